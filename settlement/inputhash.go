package settlement

import (
	"bufio"
	"encoding/json"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/covey-labs/covey/settlement/engine"
)

// InputHash is keccak256 of the canonical serialization of an engine input (see the package
// documentation for the exact bytes), so that an auditor who loads the same events gets the same hash
// and one who does not can find out before comparing amounts.
func InputHash(in *engine.EpochInput) (common.Hash, error) {
	h := crypto.NewKeccakState()
	if err := WriteCanonicalInput(h, in); err != nil {
		return common.Hash{}, err
	}
	var out common.Hash
	_, _ = h.Read(out[:])
	return out, nil
}

type posOrd struct{ block, log uint64 }

func ord(p engine.Position) posOrd { return posOrd{p.Block, p.LogIndex} }
func (a posOrd) less(b posOrd) bool {
	if a.block != b.block {
		return a.block < b.block
	}
	return a.log < b.log
}

func u(x uint64) string  { return strconv.FormatUint(x, 10) }
func i64(x int64) string { return strconv.FormatInt(x, 10) }
func bi(x *big.Int) string {
	if x == nil {
		return ""
	}
	return x.String()
}
func lc(s string) string { return strings.ToLower(s) }
func bs(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Element shapes: fields in alphabetical order of their JSON names, all strings.
type (
	cjDelegation struct {
		Block         string `json:"block"`
		Delegator     string `json:"delegator"`
		LogIndex      string `json:"logIndex"`
		NewDelegation string `json:"newDelegation"`
		Participant   string `json:"participant"`
		Task          string `json:"task"`
		Time          string `json:"time"`
	}
	cjProposer struct {
		Account   string `json:"account"`
		Submitted string `json:"submitted"`
	}
	cjVoter struct {
		Accept   string `json:"accept"`
		Account  string `json:"account"`
		Revealed string `json:"revealed"`
	}
	cjRound struct {
		Block     string       `json:"block"`
		LogIndex  string       `json:"logIndex"`
		Outcome   string       `json:"outcome"`
		Proposers []cjProposer `json:"proposers"`
		Round     string       `json:"round"`
		Task      string       `json:"task"`
		Time      string       `json:"time"`
		Voters    []cjVoter    `json:"voters"`
	}
	cjPurchase struct {
		Block    string `json:"block"`
		LogIndex string `json:"logIndex"`
		Net      string `json:"net"`
		Task     string `json:"task"`
		Time     string `json:"time"`
	}
	cjShare struct {
		Account  string `json:"account"`
		Block    string `json:"block"`
		LogIndex string `json:"logIndex"`
		SigmaPpm string `json:"sigmaPpm"`
		Time     string `json:"time"`
	}
	cjScore struct {
		Block      string `json:"block"`
		LogIndex   string `json:"logIndex"`
		Score      string `json:"score"`
		Submission string `json:"submission"`
		Time       string `json:"time"`
		Validator  string `json:"validator"`
	}
	cjSlashFund struct {
		Amount   string `json:"amount"`
		Block    string `json:"block"`
		LogIndex string `json:"logIndex"`
		Task     string `json:"task"`
		Time     string `json:"time"`
	}
	cjStake struct {
		Account  string `json:"account"`
		Block    string `json:"block"`
		LogIndex string `json:"logIndex"`
		NewStake string `json:"newStake"`
		Role     string `json:"role"`
		Task     string `json:"task"`
		Time     string `json:"time"`
	}
	cjSubmission struct {
		Block    string `json:"block"`
		ID       string `json:"id"`
		LogIndex string `json:"logIndex"`
		Node     string `json:"node"`
		Task     string `json:"task"`
		Time     string `json:"time"`
	}
	cjTask struct {
		ID   string `json:"id"`
		Kind string `json:"kind"`
	}
)

// writeList writes "name":[e0,e1,…] with elements sorted by key.
func writeList[T any](w *bufio.Writer, enc *json.Encoder, name string, items []T, less func(a, b T) bool, view func(T) any) error {
	sorted := append([]T(nil), items...)
	sort.SliceStable(sorted, func(i, j int) bool { return less(sorted[i], sorted[j]) })
	w.WriteString(`"` + name + `":[`)
	for i, it := range sorted {
		if i > 0 {
			w.WriteByte(',')
		}
		// json.Encoder appends a newline; trimWriter drops it.
		if err := enc.Encode(view(it)); err != nil {
			return err
		}
	}
	w.WriteByte(']')
	return nil
}

// WriteCanonicalInput writes the canonical serialization InputHash hashes.
func WriteCanonicalInput(out io.Writer, in *engine.EpochInput) error {
	w := &trimWriter{w: out}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	byPos := func(a, b engine.Position) bool { return ord(a).less(ord(b)) }
	bw.WriteString(`{`)
	steps := []func() error{
		func() error {
			return writeList(bw, enc, "delegationChanges", in.DelegationChanges,
				func(a, b engine.DelegationChange) bool { return byPos(a.Position, b.Position) },
				func(d engine.DelegationChange) any {
					return cjDelegation{u(d.Block), lc(d.Delegator), u(d.LogIndex), bi(d.NewDelegation), lc(d.Participant), bi(d.Task), i64(d.Time)}
				})
		},
		func() error { bw.WriteString(`"epoch":"` + u(in.Epoch) + `"`); return nil },
		func() error {
			return writeList(bw, enc, "flRounds", in.FLRounds,
				func(a, b engine.FLRound) bool { return byPos(a.Position, b.Position) },
				func(r engine.FLRound) any {
					ps := make([]cjProposer, 0, len(r.Proposers))
					for _, p := range r.Proposers {
						ps = append(ps, cjProposer{lc(p.Account), bs(p.Submitted)})
					}
					vs := make([]cjVoter, 0, len(r.Voters))
					for _, v := range r.Voters {
						vs = append(vs, cjVoter{bs(v.Accept), lc(v.Account), bs(v.Revealed)})
					}
					return cjRound{u(r.Block), u(r.LogIndex), r.Outcome.String(), ps, u(r.Round), bi(r.Task), i64(r.Time), vs}
				})
		},
		func() error {
			return writeList(bw, enc, "purchases", in.Purchases,
				func(a, b engine.Purchase) bool { return byPos(a.Position, b.Position) },
				func(p engine.Purchase) any {
					return cjPurchase{u(p.Block), u(p.LogIndex), bi(p.Net), bi(p.Task), i64(p.Time)}
				})
		},
		func() error {
			return writeList(bw, enc, "rewardShares", in.RewardShares,
				func(a, b engine.RewardShareChange) bool { return byPos(a.Position, b.Position) },
				func(s engine.RewardShareChange) any {
					return cjShare{lc(s.Account), u(s.Block), u(s.LogIndex), u(uint64(s.SigmaPpm)), i64(s.Time)}
				})
		},
		func() error {
			return writeList(bw, enc, "scores", in.Scores,
				func(a, b engine.Score) bool { return byPos(a.Position, b.Position) },
				func(s engine.Score) any {
					return cjScore{u(s.Block), u(s.LogIndex), u(uint64(s.Score)), bi(s.Submission), i64(s.Time), lc(s.Validator)}
				})
		},
		func() error {
			return writeList(bw, enc, "slashFunds", in.SlashFunds,
				func(a, b engine.SlashFund) bool { return byPos(a.Position, b.Position) },
				func(s engine.SlashFund) any {
					return cjSlashFund{bi(s.Amount), u(s.Block), u(s.LogIndex), bi(s.Task), i64(s.Time)}
				})
		},
		func() error {
			return writeList(bw, enc, "stakeChanges", in.StakeChanges,
				func(a, b engine.StakeChange) bool { return byPos(a.Position, b.Position) },
				func(s engine.StakeChange) any {
					return cjStake{lc(s.Account), u(s.Block), u(s.LogIndex), bi(s.NewStake), u(uint64(s.Role)), bi(s.Task), i64(s.Time)}
				})
		},
		func() error {
			return writeList(bw, enc, "submissions", in.Submissions,
				func(a, b engine.Submission) bool { return byPos(a.Position, b.Position) },
				func(s engine.Submission) any {
					return cjSubmission{u(s.Block), bi(s.ID), u(s.LogIndex), lc(s.Node), bi(s.Task), i64(s.Time)}
				})
		},
		func() error {
			return writeList(bw, enc, "tasks", in.Tasks,
				func(a, b engine.Task) bool { return a.ID.Cmp(b.ID) < 0 },
				func(t engine.Task) any { return cjTask{bi(t.ID), t.Kind.String()} })
		},
	}
	for i, step := range steps {
		if i > 0 {
			bw.WriteByte(',')
		}
		if err := step(); err != nil {
			return err
		}
	}
	bw.WriteString(`}`)
	if err := bw.Flush(); err != nil {
		return err
	}
	return w.err
}

// trimWriter drops every '\n' written to it. Canonical JSON of strings never contains a raw newline
// (encoding/json escapes it inside strings), so the only newlines are the encoder's separators.
type trimWriter struct {
	w   io.Writer
	err error
}

func (t *trimWriter) Write(p []byte) (int, error) {
	n := len(p)
	start := 0
	for i, c := range p {
		if c == '\n' {
			if i > start {
				if _, err := t.w.Write(p[start:i]); err != nil {
					t.err = err
					return 0, err
				}
			}
			start = i + 1
		}
	}
	if start < len(p) {
		if _, err := t.w.Write(p[start:]); err != nil {
			t.err = err
			return 0, err
		}
	}
	return n, nil
}
