package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// DialAnyChain is dialChain for a command that has no configuration (`covey verify --rpc URL`,
// `covey guard`): the chain is the one the first answering RPC serves, and every other RPC that
// answers must serve it too. Errors name RPCs by EndpointName, never by URL.
func DialAnyChain(ctx context.Context, urls []string, timeout time.Duration) (*rpc.Client, int64, error) {
	if len(urls) == 0 {
		return nil, 0, errors.New("no RPC given")
	}
	var errs []error
	for i, raw := range urls {
		id, err := chainIDAt(ctx, i, raw, timeout)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c, err := dialChain(ctx, urls, id, timeout)
		return c, id, err
	}
	return nil, 0, fmt.Errorf("no RPC answers: %w", errors.Join(errs...))
}

// chainIDAt asks the i-th RPC alone for its chain id, within timeout.
func chainIDAt(ctx context.Context, i int, raw string, timeout time.Duration) (int64, error) {
	u, err := url.Parse(raw)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		id, err := chainIDOf(ctx, endpoint{url: u, name: EndpointName(i, raw)}, timeout)
		return int64(id), err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := rpc.DialContext(ctx, raw)
	if err != nil {
		return 0, fmt.Errorf("connecting to %s: %w", EndpointName(i, raw), err)
	}
	defer c.Close()
	var id hexutil.Uint64
	if err := c.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return 0, fmt.Errorf("%s: reading the chain id: %w", EndpointName(i, raw), err)
	}
	return int64(id), nil
}
