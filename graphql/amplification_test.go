package graphql

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// aliasConflicts is issue 17's amplification attack: 990 fields under one alias with different
// arguments (a 31 KB document). Every pair conflicts: 489,555 pairs for the validator to compare,
// each a separate error.
func aliasConflicts() []byte {
	var b strings.Builder
	b.WriteString("{")
	for i := range 990 {
		fmt.Fprintf(&b, "a: epoch(number: %d) { number } ", i)
	}
	b.WriteString("}")
	body, _ := json.Marshal(map[string]any{"query": b.String()})
	return body
}

// peakGrowthMiB bounds how far a server's resident memory may rise above its idle size under the
// attack (the old server rose 168 MiB for one request, 677 for four, 1,015 for six clients that
// never read).
const peakGrowthMiB = 64

// TestAmplificationMemory (SECURITY.md, anonymous API client): a request under the body limit
// costs bounded memory. A real server process gets the attack once, four at a time, and from six
// clients that send it and never read their answer; its peak RSS (VmHWM) stays within
// peakGrowthMiB of its idle RSS, and each answer holds at most maxErrors errors.
func TestAmplificationMemory(t *testing.T) {
	c := startChild(t)
	url := "http://" + c.addr + "/graphql"
	attack := aliasConflicts()
	send := func() (int, int) {
		resp, err := http.Post(url, "application/json", bytes.NewReader(attack))
		if err != nil {
			t.Error(err)
			return 0, 0
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var out struct{ Errors []json.RawMessage }
		if err := json.Unmarshal(b, &out); err != nil {
			t.Errorf("answer is not JSON: %.200s", b)
		}
		return len(b), len(out.Errors)
	}
	for range 5 { // warm up: the idle size of a server that has answered requests
		resp, err := http.Post(url, "application/json", strings.NewReader(`{"query":"{ status { chainId } epochs { nodes { number } } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	idle := c.memKB(t, "VmRSS")
	c.resetPeak(t)
	check := func(phase string) {
		t.Helper()
		peak := c.memKB(t, "VmHWM")
		t.Logf("%s: idle %d KiB, peak %d KiB (+%d MiB)", phase, idle, peak, (peak-idle)>>10)
		if growth := (peak - idle) >> 10; growth > peakGrowthMiB {
			t.Errorf("%s: RSS rose %d MiB above idle (%d KiB), more than %d MiB", phase, growth, idle, peakGrowthMiB)
		}
	}

	size, errs := send()
	t.Logf("one answer: %d bytes, %d errors", size, errs)
	if errs == 0 || errs > maxErrors {
		t.Errorf("the answer holds %d errors, want 1..%d", errs, maxErrors)
	}
	check("one request")

	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { send() })
	}
	wg.Wait()
	check("four in parallel")

	req := fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", c.addr, len(attack), attack)
	for range 6 {
		conn, err := net.Dial("tcp", c.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := io.WriteString(conn, req); err != nil {
			t.Fatal(err)
		}
	}
	// The six answers are computed and written as far as the sockets take them, then held.
	time.Sleep(5 * time.Second)
	check("six clients that never read")
}
