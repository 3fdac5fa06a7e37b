package config

import "strings"

// DefaultRedisPrefix is the namespace of every Redis key and channel covey uses unless redis.prefix
// says otherwise.
const DefaultRedisPrefix = "covey:"

// RedisName moves name, spelled in the default "covey:" namespace, into prefix's namespace. The
// indexer, settlement and the API each apply it to their own keys and channels, so that two
// deployments (or two test runs) can share one Redis without taking each other's settlement lock or
// invalidating each other's cache, while the components of one deployment still meet on the same
// channels.
func RedisName(prefix, name string) string {
	if prefix == "" || prefix == DefaultRedisPrefix {
		return name
	}
	return prefix + strings.TrimPrefix(name, DefaultRedisPrefix)
}

// validRedisPrefix keeps prefixes readable in redis-cli and unambiguous: a namespace ending in ':'.
func validRedisPrefix(p string) bool {
	if len(p) < 2 || !strings.HasSuffix(p, ":") {
		return false
	}
	for _, r := range p {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.:", r)
		if !ok {
			return false
		}
	}
	return true
}
