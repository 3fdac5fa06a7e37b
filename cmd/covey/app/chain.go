package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/covey-labs/covey/internal/redact"
)

// RPC is one JSON-RPC client over every configured RPC (chain.rpc, or --rpc): each request goes to
// the RPC that answered last and fails over to the next on a connection error, a timeout
// (indexer.request_timeout) or an HTTP error status, so settlement, publishing, verification,
// status and readiness survive one RPC going down as the indexer does. At the first use every RPC
// that answers must serve the configured chain.
func (e *Env) RPC(ctx context.Context) (*rpc.Client, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rpc != nil {
		return e.rpc, nil
	}
	c, err := dialChain(ctx, e.Config.Chain.RPC, e.Config.Chain.ID, e.requestTimeout())
	if err != nil {
		return nil, err
	}
	e.rpc = c
	e.onClose(func() error { c.Close(); return nil })
	return c, nil
}

// Chain is RPC as an ethclient (headers, contract calls, transactions).
func (e *Env) Chain(ctx context.Context) (*ethclient.Client, error) {
	c, err := e.RPC(ctx)
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(c), nil
}

func (e *Env) requestTimeout() time.Duration {
	if d := e.Config.Indexer.RequestTimeout.Duration; d > 0 {
		return d
	}
	return 10 * time.Second
}

// failoverURL is the URL the JSON-RPC client believes it talks to; the failover transport sends each
// request to a configured RPC instead. It names no RPC, so no error can carry an RPC's secrets.
const failoverURL = "http://chain.rpc/"

// dialChain checks every RPC's chain id and returns one client over them all. An RPC that does not
// answer is only warned about (the others serve); one serving another chain is refused.
func dialChain(ctx context.Context, urls []string, chainID int64, timeout time.Duration) (*rpc.Client, error) {
	var eps []endpoint
	for i, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			continue
		}
		eps = append(eps, endpoint{url: u, name: EndpointName(i, raw)})
	}
	if len(eps) == 0 {
		// WebSocket or IPC only: one client on the first, without failover.
		return dialOne(ctx, urls[0], chainID)
	}
	var answered int
	var errs []error
	for _, ep := range eps {
		id, err := chainIDOf(ctx, ep, timeout)
		switch {
		case err != nil:
			errs = append(errs, err)
		case int64(id) != chainID:
			return nil, fmt.Errorf("the RPC %s serves chain %d, the configuration says %d", ep.name, id, chainID)
		default:
			answered++
		}
	}
	if answered == 0 {
		return nil, fmt.Errorf("no RPC answers: %w", errors.Join(errs...))
	}
	return dialEndpoints(ctx, eps, timeout)
}

func dialEndpoints(ctx context.Context, eps []endpoint, timeout time.Duration) (*rpc.Client, error) {
	f := &failover{eps: eps, timeout: timeout, base: http.DefaultTransport}
	return rpc.DialOptions(ctx, failoverURL, rpc.WithHTTPClient(&http.Client{Transport: f}))
}

// chainIDOf asks one RPC alone for its chain id.
func chainIDOf(ctx context.Context, ep endpoint, timeout time.Duration) (uint64, error) {
	c, err := dialEndpoints(ctx, []endpoint{ep}, timeout)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return 0, fmt.Errorf("reading the chain id: %w", err)
	}
	return uint64(id), nil
}

func dialOne(ctx context.Context, raw string, chainID int64) (*rpc.Client, error) {
	c, err := rpc.DialContext(ctx, raw)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", EndpointName(0, raw), err)
	}
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		c.Close()
		return nil, fmt.Errorf("reading chain id from %s: %w", EndpointName(0, raw), err)
	}
	if int64(id) != chainID {
		c.Close()
		return nil, fmt.Errorf("the RPC %s serves chain %d, the configuration says %d", EndpointName(0, raw), id, chainID)
	}
	return c, nil
}

// EndpointName is an RPC URL without its secrets (redact.URL), numbered by its place in chain.rpc:
// what logs, errors and metric labels show.
func EndpointName(i int, raw string) string { return fmt.Sprintf("rpc%d:%s", i, redact.URL(raw)) }

// endpoint is one configured HTTP RPC.
type endpoint struct {
	url  *url.URL
	name string
}

// failover is an http.RoundTripper that sends a JSON-RPC request to the RPC that answered last and,
// when it fails (no connection, no answer within timeout, a status other than 2xx), to the others in
// turn; when all fail, the error names each RPC's failure (never its URL).
type failover struct {
	eps     []endpoint
	timeout time.Duration
	base    http.RoundTripper
	first   atomic.Int64
}

// RoundTrip implements http.RoundTripper.
func (f *failover) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, err
	}
	start := int(f.first.Load())
	var errs []error
	for i := range f.eps {
		k := (start + i) % len(f.eps)
		resp, err := f.try(req, body, f.eps[k])
		if err == nil {
			f.first.Store(int64(k))
			return resp, nil
		}
		errs = append(errs, err)
		if req.Context().Err() != nil {
			return nil, req.Context().Err()
		}
	}
	return nil, errors.Join(errs...)
}

// try sends the request to one RPC within the timeout; a failure names the RPC, never its URL.
func (f *failover) try(req *http.Request, body []byte, ep endpoint) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), f.timeout)
	r := req.Clone(ctx)
	u := *ep.url
	if u.User != nil {
		pw, _ := u.User.Password()
		r.SetBasicAuth(u.User.Username(), pw)
		u.User = nil
	}
	r.URL, r.Host = &u, u.Host
	r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	resp, err := f.base.RoundTrip(r)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("%s: %s", ep.name, redact.String(err.Error()))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		resp.Body.Close()
		cancel()
		return nil, fmt.Errorf("%s: %s", ep.name, resp.Status)
	}
	resp.Body = cancelOnClose{resp.Body, cancel}
	return resp, nil
}

func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil {
		return nil, nil
	}
	defer req.Body.Close()
	return io.ReadAll(req.Body)
}

// cancelOnClose ends an attempt's context once its answer has been read.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
