package settlement

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Manifests finds an epoch's published manifest. What it returns is not trusted: the verifier
// checks its keccak256 against the chain (or against the next epoch's previousManifestHash) before
// reading anything in it. from says where the bytes came from, for messages.
type Manifests interface {
	Manifest(ctx context.Context, epoch uint64) (b []byte, from string, err error)
}

// ErrManifestNotFound means no manifest could be found for an epoch where it was looked for.
var ErrManifestNotFound = errors.New("manifest not found")

// DefaultMaxManifestBytes bounds a fetched manifest (one of 1M accounts is about 160 MB).
const DefaultMaxManifestBytes = 2 << 30

// ManifestLocator fetches manifests from files and HTTP(S) URLs: One (a file or URL) for epoch
// Epoch, and Base for every epoch: a base URL read as the distributor's manifestURI reads its
// manifestBaseURI (<Base><epoch>.json, so a base ends with "/"; "{epoch}" in it is replaced instead), or
// a directory holding <epoch>.json or settlement's epoch-<epoch>.json. `covey serve` answers at
// <api>/manifests/.
type ManifestLocator struct {
	Epoch    uint64
	One      string
	Base     string
	HTTP     *http.Client // default: 30 s timeout
	MaxBytes int64        // default DefaultMaxManifestBytes
}

// Manifest fetches epoch's manifest bytes.
func (m *ManifestLocator) Manifest(ctx context.Context, epoch uint64) ([]byte, string, error) {
	b, from, err := m.locate(ctx, epoch)
	if err != nil {
		return nil, from, fmt.Errorf("epoch %d's manifest: %w", epoch, err)
	}
	return b, from, nil
}

func (m *ManifestLocator) locate(ctx context.Context, epoch uint64) ([]byte, string, error) {
	if m.One != "" && epoch == m.Epoch {
		return m.fetch(ctx, m.One)
	}
	if m.Base == "" {
		return nil, "", fmt.Errorf("no manifest location (give --manifest; the distributor records no manifestBaseURI): %w", ErrManifestNotFound)
	}
	n := strconv.FormatUint(epoch, 10)
	if strings.Contains(m.Base, "{epoch}") {
		return m.fetch(ctx, strings.ReplaceAll(m.Base, "{epoch}", n))
	}
	if isURL(m.Base) {
		return m.fetch(ctx, m.Base+n+".json")
	}
	b, from, err := m.fetch(ctx, filepath.Join(m.Base, n+".json"))
	if errors.Is(err, ErrManifestNotFound) {
		return m.fetch(ctx, ManifestPath(m.Base, epoch))
	}
	return b, from, err
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// fetch reads a file or an HTTP(S) URL, at most MaxBytes.
func (m *ManifestLocator) fetch(ctx context.Context, where string) ([]byte, string, error) {
	limit := m.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxManifestBytes
	}
	var r io.Reader
	from := where
	if isURL(where) {
		u, err := url.Parse(where)
		if err != nil {
			return nil, where, fmt.Errorf("manifest URL %q: %w", where, err)
		}
		from = u.Redacted()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, where, nil)
		if err != nil {
			return nil, from, err
		}
		hc := m.HTTP
		if hc == nil {
			hc = &http.Client{Timeout: 30 * time.Second}
		}
		res, err := hc.Do(req)
		if err != nil {
			return nil, from, fmt.Errorf("fetching the manifest from %s: %w", from, err)
		}
		defer res.Body.Close()
		switch {
		case res.StatusCode == http.StatusNotFound:
			return nil, from, fmt.Errorf("%s: %w (HTTP 404)", from, ErrManifestNotFound)
		case res.StatusCode != http.StatusOK:
			return nil, from, fmt.Errorf("fetching the manifest from %s: HTTP %s", from, res.Status)
		}
		r = res.Body
	} else {
		if strings.Contains(where, "://") {
			return nil, from, fmt.Errorf("manifest location %q: only files and http(s) URLs are supported", where)
		}
		f, err := os.Open(where)
		if errors.Is(err, os.ErrNotExist) {
			return nil, from, fmt.Errorf("%s: %w", from, ErrManifestNotFound)
		}
		if err != nil {
			return nil, from, fmt.Errorf("reading the manifest: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, from, fmt.Errorf("reading the manifest from %s: %w", from, err)
	}
	if int64(len(b)) > limit {
		return nil, from, fmt.Errorf("the manifest at %s is larger than %d bytes", from, limit)
	}
	return b, from, nil
}
