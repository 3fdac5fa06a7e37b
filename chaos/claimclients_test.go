package chaos

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/covey-labs/covey/config"
	"github.com/covey-labs/covey/contracts/bindings"
	"github.com/covey-labs/covey/merkle"
)

// claimClients claim continuously from one API and check every answer against the chain: its root
// is the one the distributor accepted for its epoch, its proof verifies for the account's amount,
// and it is never from an epoch older than one already answered before the request was sent (the
// API's monotonic reads). Odd-numbered clients also send back the highest X-Covey-Lsn they received
// as X-Covey-Min-Lsn. Answers are counted per phase of the scenario.
type claimClients struct {
	api      string
	accounts []string
	roots    *chainRoots
	stop     chan struct{}
	wg       sync.WaitGroup
	once     sync.Once

	mu     sync.Mutex
	phase  string
	phases []string
	counts map[string]*claimCounts
	first  map[int]time.Time // epoch -> when an answer from it was first received
	wrong  []string
}

// claimCounts are one phase's answers: right ones, REPLICA_BEHIND refusals, other failures (the
// replica down: INTERNAL or no answer), and the last failure.
type claimCounts struct {
	ok, behind, failed int
	lastFailure        string
}

func startClaimClients(t *testing.T, api string, accounts []string, dn *devnet, n int) *claimClients {
	t.Helper()
	roots, err := newChainRoots(dn)
	if err != nil {
		t.Fatal(err)
	}
	c := &claimClients{api: api + "/graphql", accounts: accounts, roots: roots, stop: make(chan struct{}),
		counts: map[string]*claimCounts{}, first: map[int]time.Time{}}
	c.setPhase("steady")
	for i := range n {
		c.wg.Go(func() { c.run(i) })
	}
	return c
}

func (c *claimClients) setPhase(p string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.phase = p
	if c.counts[p] == nil {
		c.counts[p] = &claimCounts{}
		c.phases = append(c.phases, p)
	}
}

func (c *claimClients) halt() {
	c.once.Do(func() { close(c.stop) })
	c.wg.Wait()
}

const claimCheckQuery = `query($a: Address!) { claim(account: $a) { account epoch root acceptedCumulativeAmount proof } }`

// run is client i's loop.
func (c *claimClients) run(i int) {
	var watermark string
	var highest uint64
	for k := 0; ; k++ {
		select {
		case <-c.stop:
			return
		default:
		}
		account := c.accounts[(i+k)%len(c.accounts)]
		body, _ := json.Marshal(map[string]any{"query": claimCheckQuery, "variables": map[string]any{"a": account}})
		req, _ := http.NewRequest(http.MethodPost, c.api, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if i%2 == 1 && watermark != "" {
			req.Header.Set("X-Covey-Min-Lsn", watermark)
		}
		sent := time.Now()
		resp, err := apiClient.Do(req)
		if err != nil {
			c.count(func(n *claimCounts) { n.failed++; n.lastFailure = err.Error() })
			time.Sleep(20 * time.Millisecond)
			continue
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if lsn := resp.Header.Get("X-Covey-Lsn"); lsn != "" {
			if p, ok := parseWALPosition(lsn); ok && p > highest {
				highest, watermark = p, lsn
			}
		}
		if !c.check(account, sent, resp.StatusCode, resp.Header, raw) {
			time.Sleep(20 * time.Millisecond) // the replica is down or behind: no tight loop
		}
	}
}

// parseWALPosition reads pg_lsn's "X/Y".
func parseWALPosition(s string) (uint64, bool) {
	hi, lo, ok := strings.Cut(s, "/")
	h, err1 := strconv.ParseUint(hi, 16, 32)
	l, err2 := strconv.ParseUint(lo, 16, 32)
	return h<<32 | l, ok && err1 == nil && err2 == nil
}

type claimAnswer struct {
	Data *struct {
		Claim struct {
			Account                  common.Address
			Epoch                    *int
			Root                     *common.Hash
			AcceptedCumulativeAmount string
			Proof                    []common.Hash
		}
	}
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	}
}

// check judges one answer; false when it was a refusal or a failure.
func (c *claimClients) check(account string, sent time.Time, status int, h http.Header, raw []byte) bool {
	var a claimAnswer
	if err := json.Unmarshal(raw, &a); err != nil {
		c.count(func(n *claimCounts) {
			n.failed++
			n.lastFailure = fmt.Sprintf("HTTP %d: %q", status, trim(string(raw)))
		})
		return false
	}
	if len(a.Errors) > 0 {
		if a.Errors[0].Extensions.Code == "REPLICA_BEHIND" && status == http.StatusServiceUnavailable && h.Get("Retry-After") != "" {
			c.count(func(n *claimCounts) { n.behind++ })
			return false
		}
		c.count(func(n *claimCounts) { n.failed++; n.lastFailure = trim(string(raw)) })
		return false
	}
	if a.Data == nil {
		c.flag(fmt.Sprintf("HTTP %d without data or errors: %s", status, raw))
		return false
	}
	if h.Get("X-Covey-Lsn") == "" {
		c.flag("an answer from the replica without X-Covey-Lsn: " + trim(string(raw)))
		return false
	}
	if why := c.verify(account, a); why != "" {
		c.flag(why + ": " + trim(string(raw)))
		return false
	}
	epoch := -1
	if a.Data.Claim.Epoch != nil {
		epoch = *a.Data.Claim.Epoch
	}
	c.answered(epoch, sent)
	return true
}

// verify checks a claim against the chain: "" when right.
func (c *claimClients) verify(account string, a claimAnswer) string {
	cl := a.Data.Claim
	if !strings.EqualFold(cl.Account.Hex(), account) {
		return "the answer is for another account"
	}
	if cl.Epoch == nil {
		if cl.Root != nil || len(cl.Proof) > 0 {
			return "a root or proof without an accepted epoch"
		}
		return ""
	}
	root, err := c.roots.root(uint64(*cl.Epoch))
	if err != nil {
		return err.Error()
	}
	if cl.Root == nil || *cl.Root != root {
		return fmt.Sprintf("epoch %d's root is not the one the chain accepted (%s)", *cl.Epoch, root.Hex())
	}
	amount, ok := new(big.Int).SetString(cl.AcceptedCumulativeAmount, 10)
	if !ok {
		return "acceptedCumulativeAmount is not a decimal"
	}
	proof := make([][32]byte, len(cl.Proof))
	for i, p := range cl.Proof {
		proof[i] = p
	}
	if !merkle.Verify(root, merkle.Leaf{Account: cl.Account, Amount: amount}, proof) {
		return fmt.Sprintf("the proof does not verify against epoch %d's on-chain root", *cl.Epoch)
	}
	return ""
}

// answered records a right answer from epoch (-1: none accepted), sent at sent; it is wrong when an
// answer from a later epoch had been received before sent.
func (c *claimClients) answered(epoch int, sent time.Time) {
	now := time.Now()
	c.mu.Lock()
	for e, at := range c.first {
		if e > epoch && at.Before(sent) {
			c.wrong = append(c.wrong, fmt.Sprintf("epoch %d answered to a request sent %s after epoch %d had been answered (phase %s)",
				epoch, fmtDur(sent.Sub(at)), e, c.phase))
			break
		}
	}
	if _, ok := c.first[epoch]; !ok {
		c.first[epoch] = now
	}
	c.counts[c.phase].ok++
	c.mu.Unlock()
}

func (c *claimClients) count(f func(*claimCounts)) {
	c.mu.Lock()
	f(c.counts[c.phase])
	c.mu.Unlock()
}

// flag records a wrong answer.
func (c *claimClients) flag(s string) {
	c.mu.Lock()
	c.wrong = append(c.wrong, fmt.Sprintf("(phase %s) %s", c.phase, s))
	c.mu.Unlock()
}

// top is the latest epoch answered so far (-1 for none).
func (c *claimClients) top() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	top := -1
	for e := range c.first {
		top = max(top, e)
	}
	return top
}

func (c *claimClients) wrongAnswers() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.wrong...)
}

// report says, per phase, how many answers were right, refused (REPLICA_BEHIND) and failed.
func (c *claimClients) report() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var parts []string
	for _, p := range c.phases {
		n := c.counts[p]
		s := fmt.Sprintf("%s: %d ok, %d REPLICA_BEHIND, %d failed", p, n.ok, n.behind, n.failed)
		if n.lastFailure != "" {
			s += fmt.Sprintf(" (last: %s)", trim(n.lastFailure))
		}
		parts = append(parts, s)
	}
	var epochs []int
	for e := range c.first {
		epochs = append(epochs, e)
	}
	sort.Ints(epochs)
	return fmt.Sprintf("%s; epochs answered %v", strings.Join(parts, "; "), epochs)
}

// chainRoots are the roots the distributor accepted, by epoch, read from the chain's RootAccepted
// logs (never from covey's database).
type chainRoots struct {
	f     *bindings.RewardsDistributorFilterer
	mu    sync.Mutex
	roots map[uint64]common.Hash
}

func newChainRoots(dn *devnet) (*chainRoots, error) {
	f, err := bindings.NewRewardsDistributorFilterer(dn.d.Contracts[config.RewardsDistributor].Address, ethclient.NewClient(dn.rpc))
	if err != nil {
		return nil, err
	}
	return &chainRoots{f: f, roots: map[uint64]common.Hash{}}, nil
}

// root is epoch's accepted root; the logs are read again when it is not known yet.
func (c *chainRoots) root(epoch uint64) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.roots[epoch]; ok {
		return r, nil
	}
	it, err := c.f.FilterRootAccepted(&bind.FilterOpts{}, nil, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("reading RootAccepted logs: %w", err)
	}
	defer it.Close()
	for it.Next() {
		c.roots[it.Event.Epoch.Uint64()] = it.Event.Root
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, fmt.Errorf("reading RootAccepted logs: %w", err)
	}
	r, ok := c.roots[epoch]
	if !ok {
		return common.Hash{}, fmt.Errorf("epoch %d was served but the chain has accepted no root for it", epoch)
	}
	return r, nil
}
