package chainrpc

import (
	"fmt"
	"testing"
)

// TestClassifyLogsError: provider range errors are recognized and their suggested ranges followed.
func TestClassifyLogsError(t *testing.T) {
	for _, tc := range []struct {
		msg      string
		ok, hint bool
		from, to uint64
	}{
		{"query returned more than 10000 results. Try with this block range [0x64, 0x6E].", true, true, 100, 110},
		{"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x64, 0x70]", true, true, 100, 112},
		{"block range is too large, max is 1000", true, true, 100, 1099},
		{"exceed maximum block range: 5000", true, true, 100, 5099},
		{"query timeout exceeded", true, false, 0, 0},
		{"limit exceeded", true, false, 0, 0},
		{"header not found", false, false, 0, 0},
		{"unexpected end of JSON input", false, false, 0, 0},
	} {
		re, ok := classifyLogsError(fmt.Errorf("%s", tc.msg), 100)
		if ok != tc.ok {
			t.Errorf("%q: range error %v, want %v", tc.msg, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if re.HasHint != tc.hint || (tc.hint && (re.Suggest[0] != tc.from || re.Suggest[1] != tc.to)) {
			t.Errorf("%q: hint %v %v, want %v [%d, %d]", tc.msg, re.HasHint, re.Suggest, tc.hint, tc.from, tc.to)
		}
	}
}
