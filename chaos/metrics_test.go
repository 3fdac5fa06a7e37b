package chaos

import (
	"bufio"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// scrapeMetrics reads a Prometheus text endpoint into series name -> value summed over labels.
func scrapeMetrics(url string) (map[string]float64, error) {
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sp := strings.LastIndexByte(line, ' ')
		if sp < 0 {
			continue
		}
		name := line[:sp]
		if i := strings.IndexByte(name, '{'); i >= 0 {
			name = name[:i]
		}
		v, err := strconv.ParseFloat(line[sp+1:], 64)
		if err != nil {
			continue
		}
		out[name] += v
	}
	return out, sc.Err()
}

// mustScrape is scrapeMetrics; a failed scrape fails the test.
func mustScrape(t testing.TB, url string) map[string]float64 {
	t.Helper()
	m, err := scrapeMetrics(url)
	if err != nil {
		t.Fatalf("scraping %s: %v", url, err)
	}
	return m
}

// scrapeMetric is one series (summed over labels); 0 when absent. A failed scrape fails the test.
func scrapeMetric(t testing.TB, url, name string) float64 {
	t.Helper()
	return mustScrape(t, url)[name]
}
