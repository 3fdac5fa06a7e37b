package workload

import (
	"fmt"
)

// Batcher generates further events on a served workload (the head-latency measurement): the same
// generator and encoding as Build, sent through the emitter at the protocol addresses.
type Batcher struct {
	world *world
	kinds map[string]*eventKind
}

// NewBatcher loads the ABIs of the workload's contracts and starts a generator with seed.
func NewBatcher(repo string, w *Workload, seed uint64) (*Batcher, error) {
	var names []string
	for n := range w.Contracts {
		names = append(names, n)
	}
	abis, err := LoadABIs(repo, names)
	if err != nil {
		return nil, err
	}
	b := &Batcher{world: newWorld(seed, w.Spec.Accounts, abis, w.Contracts), kinds: map[string]*eventKind{}}
	for _, k := range b.world.kinds {
		b.kinds[k.Key()] = k
	}
	// Setup events first, so that later kinds have the state they need (tasks, stakes).
	for _, k := range b.world.firstKinds() {
		if _, err := b.world.next(k, Genesis); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// Tx returns the calldata and a safe gas limit of one emitter call carrying n events of kind
// ("Contract.Event", e.g. "Staking.Staked") at block time ts.
func (b *Batcher) Tx(kind string, n int, ts uint64) (input []byte, gas uint64, err error) {
	k, ok := b.kinds[kind]
	if !ok {
		return nil, 0, fmt.Errorf("unknown event kind %q", kind)
	}
	gas = 21_000 + 10_000
	for i := 0; i < n; i++ {
		vals := b.world.values(k, ts)
		if vals == nil {
			return nil, 0, fmt.Errorf("%s cannot be generated now", kind)
		}
		r, err := b.world.encode(k, vals)
		if err != nil {
			return nil, 0, err
		}
		input = AppendRecord(input, r)
		gas += RecordGas(r)
	}
	return input, gas, nil
}
