package graphql

import (
	"context"
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// manifestRoute is where settled epochs' manifests are served: GET /manifests/{epoch}.json.
const manifestRoute = "/manifests/"

// manifestSlots bounds the manifests read and written at once: one holds every leaf of its epoch
// (about 160 bytes an account), so a burst of requests must not hold a burst of them in memory.
const manifestSlots = 4

// manifestURL is where an epoch's manifest is served: under PublicURL when set, else a path on
// this API's origin.
func (s *Server) manifestURL(epoch int64) string {
	return strings.TrimRight(s.opts.PublicURL, "/") + manifestRoute + strconv.FormatInt(epoch, 10) + ".json"
}

// serveManifest answers GET (and HEAD) /manifests/{epoch}.json with the exact bytes settlement stored
// and hashed: anyone can check them against the manifestHash on-chain, so they are served to anyone,
// as application/json with their keccak256 as a strong ETag and cached as immutable (a settled
// epoch's manifest is never rewritten). Each request counts against the client's rate limit.
func (s *Server) serveManifest(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	digits, ok := strings.CutSuffix(name, ".json")
	epoch, err := strconv.ParseInt(digits, 10, 64)
	if !ok || err != nil || epoch < 0 || strconv.FormatInt(epoch, 10) != digits {
		http.Error(w, "not found: manifests are at /manifests/{epoch}.json, epoch a decimal integer\n", http.StatusNotFound)
		return
	}
	if v := s.allow(r.Context(), s.clientKey(r)); !v.ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(max(v.retryAfter, time.Second).Seconds()))))
		status, e := s.rateLimitError(v)
		http.Error(w, e.Message+"\n", status)
		return
	}
	select {
	case s.manifestSlots <- struct{}{}:
		defer func() { <-s.manifestSlots }()
	case <-r.Context().Done():
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	var hash string
	var body []byte
	err = s.pool.QueryRow(ctx, `SELECT manifest_hash, manifest FROM settlement_epochs WHERE chain_id = $1 AND epoch = $2`,
		s.opts.ChainID, epoch).Scan(&hash, &body)
	if errors.Is(err, pgx.ErrNoRows) {
		http.Error(w, "no settled epoch "+digits+"\n", http.StatusNotFound)
		return
	}
	if err != nil {
		s.log.ErrorContext(ctx, "reading a manifest", "epoch", epoch, "err", err)
		http.Error(w, "internal error\n", http.StatusInternalServerError)
		return
	}
	etag := `"` + hash + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	if match := r.Header.Get("If-None-Match"); match == etag || match == "*" {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
