package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// canonicalJSON renders v with sorted object keys and no insignificant white space, so that equal
// values give equal bytes (and equal hashes) everywhere.
func canonicalJSON(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(generic); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// normAddress validates a 0x-prefixed 20-byte hex address and returns it in lowercase, the form every
// table and every comparison (tie-breaks by lower address) uses.
func normAddress(s string) (string, error) {
	if !addressRe.MatchString(s) {
		return "", fmt.Errorf("invalid address %q", s)
	}
	return strings.ToLower(s), nil
}
