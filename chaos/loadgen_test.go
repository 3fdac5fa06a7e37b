package chaos

import (
	"math/rand/v2"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loadClients is how many clients apiLoad runs, each with one request in flight at a time.
const loadClients = 32

// apiLoad is rps GraphQL requests a second from loadClients paced clients, each picking a query of
// the mix at random: a feeder hands out rps tokens a second (in 10 ms slices, no backlog beyond 1 s).
// An answer is ok (data, no error), shed (the API's OVERLOADED refusal: it was at its limits) or bad
// (anything else).
type apiLoad struct {
	stopc         chan struct{}
	wg            sync.WaitGroup
	ok, shed, bad atomic.Int64
	lastBad       atomic.Value
	latMu         sync.Mutex
	lat           []time.Duration // of the answers not shed; sorted once stopped
}

// startAPILoad starts the clients against url (a /graphql endpoint) until stop.
func startAPILoad(url string, queries []string, rps int, seed uint64) *apiLoad {
	l := &apiLoad{stopc: make(chan struct{})}
	tokens := make(chan struct{}, rps)
	l.wg.Add(1)
	go l.feed(tokens, rps)
	for w := 0; w < loadClients; w++ {
		l.wg.Add(1)
		go func(w int) {
			defer l.wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			var mine []time.Duration
			defer func() { l.latMu.Lock(); l.lat = append(l.lat, mine...); l.latMu.Unlock() }()
			for range tokens {
				res := gql(url, queries[r.IntN(len(queries))], nil)
				if res.overloaded() {
					l.shed.Add(1)
					continue
				}
				if res.ok() {
					l.ok.Add(1)
				} else {
					l.bad.Add(1)
					l.lastBad.Store(res.String())
				}
				mine = append(mine, res.Latency)
			}
		}(w)
	}
	return l
}

func (l *apiLoad) feed(tokens chan struct{}, rps int) {
	defer l.wg.Done()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	carry := 0.0
	for {
		select {
		case <-l.stopc:
			close(tokens)
			return
		case <-tick.C:
		}
		carry += float64(rps) / 100
		for ; carry >= 1; carry-- {
			select {
			case tokens <- struct{}{}:
			default:
			}
		}
	}
}

// stop ends the load, waits for the clients and sorts the latencies.
func (l *apiLoad) stop() {
	close(l.stopc)
	l.wg.Wait()
	sort.Slice(l.lat, func(i, j int) bool { return l.lat[i] < l.lat[j] })
}

// eventPacer simulates epoch after epoch on a devnet, paced to perS protocol logs a second as counted
// by the indexer. The simulator is not under test: a failed epoch is tried again with other users (the
// same seed fails the same way), and after it failed 3 times in a row, empty blocks keep the chain moving.
type eventPacer struct {
	t      testing.TB
	dn     *devnet
	seed   uint64
	perS   int
	start  time.Time
	logs0  float64
	epochs int // simulated so far
	fails  int // failed in a row
	failed int // failed in all
	err    error
}

func newEventPacer(t testing.TB, dn *devnet, seed uint64, perS int, logs0 float64) *eventPacer {
	return &eventPacer{t: t, dn: dn, seed: seed, perS: perS, start: time.Now(), logs0: logs0}
}

// step simulates one epoch, or waits when the indexer's log count (logs) is ahead of the target rate.
func (p *eventPacer) step(logs float64) {
	if logs-p.logs0 > float64(p.perS)*time.Since(p.start).Seconds() {
		time.Sleep(200 * time.Millisecond)
		return
	}
	if p.err == nil || p.fails < 3 {
		if _, p.err = p.dn.trySimulate(40, 1, p.seed+uint64(p.epochs)+100+uint64(p.fails)<<32); p.err == nil {
			p.epochs, p.fails = p.epochs+1, 0
			return
		}
		p.fails++
		p.failed++
		p.t.Logf("the simulator failed after %d epochs (%v)", p.epochs, p.err)
	}
	p.dn.warp(p.t, 2)
	time.Sleep(time.Second)
}
