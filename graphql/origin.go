package graphql

import (
	"net/http"
	"net/url"
	"strings"
)

// One allow-list (Options.CORSOrigins) decides which browser pages may use the API, for CORS
// requests and WebSocket upgrades alike. An entry is an origin ("https://app.example"), an origin
// whose port is a wildcard ("http://localhost:*": any port or none), or "*" (any origin).

// originAllowed tells whether a page of origin may use the API.
func (s *Server) originAllowed(origin string) bool {
	for _, p := range s.opts.CORSOrigins {
		if originMatches(p, origin) {
			return true
		}
	}
	return false
}

// originMatches matches an origin against one allow-list entry.
func originMatches(pattern, origin string) bool {
	if pattern == "*" || strings.EqualFold(pattern, origin) {
		return true
	}
	base, ok := strings.CutSuffix(pattern, ":*")
	if !ok {
		return false
	}
	u, err := url.Parse(origin)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
		return false
	}
	return strings.EqualFold(base, u.Scheme+"://"+u.Hostname())
}

// wsOriginAllowed is the WebSocket upgrade's origin check: a request without Origin (not a
// browser) or from the API's own origin (GraphiQL) passes; a browser page elsewhere must be on
// the allow-list, or any page could open subscriptions with its visitors' browsers.
func (s *Server) wsOriginAllowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if u, err := url.Parse(origin); err == nil && strings.EqualFold(u.Host, r.Host) {
		return true
	}
	return s.originAllowed(origin)
}

// cors answers preflights and marks answers readable by allowed origins. Nothing is shared with
// credentials: the API is public and read-only.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Origin")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if !s.originAllowed(origin) {
			if preflight {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r) // answered, but the browser keeps it from the page
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		if !preflight {
			w.Header().Set("Access-Control-Expose-Headers", "Retry-After, X-Cache, "+lsnHeader)
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Access-Control-Request-Method, Access-Control-Request-Headers")
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		headers := "Content-Type, Accept"
		if h := r.Header.Get("Access-Control-Request-Headers"); h != "" {
			headers = h // no credentials are honoured, so any request header is harmless
		}
		w.Header().Set("Access-Control-Allow-Headers", headers)
		w.Header().Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
	})
}
