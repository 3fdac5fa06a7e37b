package app

import (
	"github.com/covey-labs/covey/chainrpc"
	"github.com/covey-labs/covey/indexer"
	"github.com/covey-labs/covey/settlement/chainload"
)

// ChainLogs is the chain path's reader over every configured RPC (chainrpc: failover, adaptive
// log ranges, the fast log decoder), opened once: what the publisher's self-check re-derives epochs
// from, apart from the indexer's rows.
func (e *Env) ChainLogs() (chainload.Source, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.logs != nil {
		return e.logs, nil
	}
	o := indexer.RPCOptions(e.Config)
	o.Subsystem, o.Logger = "settlement", e.log
	p, err := chainrpc.Dial(e.Config.Chain.RPC, o)
	if err != nil {
		return nil, err
	}
	e.logs = chainload.FromPool(p)
	e.onClose(func() error { p.Close(); return nil })
	return e.logs, nil
}
