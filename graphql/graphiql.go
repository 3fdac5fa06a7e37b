package graphql

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

// graphiqlFiles is GraphiQL's page (web/graphiql: index.html, start.js, page.css) and the pinned
// builds it loads (web/graphiql/vendor: graphiql, react, react-dom, copied from npm by
// web/gen.sh): the page needs nothing but this server, so it works on a machine without internet
// access.
//
//go:embed web/graphiql
var graphiqlFiles embed.FS

// graphiqlCSP keeps the page to this server: a script, style, font or request from anywhere else is
// refused by the browser (GraphiQL sets inline styles, and its icons are data: URLs).
const graphiqlCSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// graphiqlAsset is one embedded file as served.
type graphiqlAsset struct {
	body, gzipped []byte
	contentType   string
	etag          string
}

// graphiqlAssets reads and gzips the embedded files once, on the first request for one (about
// 1.6 MB, 0.66 MB gzipped), not at start-up: every covey command links this package.
var graphiqlAssets = sync.OnceValue(func() map[string]*graphiqlAsset {
	assets := map[string]*graphiqlAsset{}
	_ = fs.WalkDir(graphiqlFiles, "web/graphiql", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := graphiqlFiles.ReadFile(p)
		if err != nil {
			return err
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		_, _ = zw.Write(body)
		_ = zw.Close()
		sum := sha256.Sum256(body)
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = "text/plain; charset=utf-8"
		}
		assets[strings.TrimPrefix(p, "web/graphiql/")] = &graphiqlAsset{body: body, gzipped: gz.Bytes(), contentType: ctype,
			etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		return nil
	})
	return assets
})

// graphiqlRoutes serves the page at / and its files under /graphiql/.
func graphiqlRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { serveGraphiQLAsset(w, r, "index.html") })
	mux.HandleFunc("GET /graphiql/{file...}", func(w http.ResponseWriter, r *http.Request) {
		serveGraphiQLAsset(w, r, r.PathValue("file"))
	})
}

// serveGraphiQLAsset answers one embedded file, gzipped when the client takes it, revalidated by
// its content hash (a new binary with other files changes every ETag).
func serveGraphiQLAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := graphiqlAssets()[name]
	if !ok || name == "index.html" && r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Add("Vary", "Accept-Encoding")
	if name == "index.html" {
		h.Set("Content-Security-Policy", graphiqlCSP)
		h.Set("Referrer-Policy", "no-referrer")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && match == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = a.gzipped
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip (without q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}
