package engine

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/covey-labs/covey/settlement/policy"
)

// addr is a readable test address: addr(0xa1) = 0x00…00a1.
func addr(n int) string { return fmt.Sprintf("0x%040x", n) }

// Names used across the worked examples. Their numeric order is their tie-break order.
var (
	nodeA, nodeB, nodeC = addr(0xa1), addr(0xa2), addr(0xa3)
	val1, val2, val3    = addr(0xb1), addr(0xb2), addr(0xb3)
	del1, del2          = addr(0xc1), addr(0xc2)
	fl1, fl2, fl3       = addr(0xd1), addr(0xd2), addr(0xd3)
	treasury            = addr(0xee)
)

func bi(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return x
}

func ratOf(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

// smallPolicy has numbers a worked example can be done by hand with: epochs of 100 s from 0, 1000 wei
// per epoch, no decay, gamma 0.1, rho 0.5, tau 0.2, minScores 2, no fee.
func smallPolicy() *Policy {
	return &Policy{
		Version: 1, EpochLength: 100, Genesis: 0, Grace: 10, Emission0: big.NewInt(1000),
		Decay: ratOf("0"), DecayEvery: 30, Gamma: ratOf("0.1"), Rho: ratOf("0.5"), Tau: ratOf("0.2"),
		MinScores: 2, Phi: ratOf("0"), Treasury: treasury, SlashRate: ratOf("0.1"), SlashToPool: ratOf("0.9"),
	}
}

func defaultPolicy(t testing.TB) *Policy {
	p, err := LoadPolicy(bytes.NewReader(policy.V1))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// fx builds an EpochInput; every event gets the next block, so input order is chain order unless a
// test says otherwise.
type fx struct {
	in  EpochInput
	blk uint64
}

func newFx(epoch uint64, tasks ...int64) *fx {
	f := &fx{in: EpochInput{Epoch: epoch}}
	for _, id := range tasks {
		f.in.Tasks = append(f.in.Tasks, Task{ID: big.NewInt(id), Kind: TaskArena})
	}
	return f
}

func (f *fx) flTask(id int64) *fx {
	f.in.Tasks = append(f.in.Tasks, Task{ID: big.NewInt(id), Kind: TaskFL})
	return f
}

func (f *fx) pos(t int64) Position { f.blk++; return Position{Time: t, Block: f.blk} }

func (f *fx) stake(a string, task int64, role Role, newStake int64, t int64) *fx {
	f.in.StakeChanges = append(f.in.StakeChanges, StakeChange{Account: a, Task: big.NewInt(task), Role: role, NewStake: big.NewInt(newStake), Position: f.pos(t)})
	return f
}

func (f *fx) deleg(q, p string, task int64, newDel int64, t int64) *fx {
	f.in.DelegationChanges = append(f.in.DelegationChanges, DelegationChange{Delegator: q, Participant: p, Task: big.NewInt(task), NewDelegation: big.NewInt(newDel), Position: f.pos(t)})
	return f
}

func (f *fx) sigma(a string, ppm uint32, t int64) *fx {
	f.in.RewardShares = append(f.in.RewardShares, RewardShareChange{Account: a, SigmaPpm: ppm, Position: f.pos(t)})
	return f
}

func (f *fx) sub(id, task int64, node string, t int64) *fx {
	f.in.Submissions = append(f.in.Submissions, Submission{ID: big.NewInt(id), Task: big.NewInt(task), Node: node, Position: f.pos(t)})
	return f
}

func (f *fx) score(sub int64, v string, s uint32, t int64) *fx {
	f.in.Scores = append(f.in.Scores, Score{Submission: big.NewInt(sub), Validator: v, Score: s, Position: f.pos(t)})
	return f
}

func (f *fx) buy(task, net int64, t int64) *fx {
	f.in.Purchases = append(f.in.Purchases, Purchase{Task: big.NewInt(task), Net: big.NewInt(net), Position: f.pos(t)})
	return f
}

func (f *fx) run(t *testing.T, p *Policy) *Result {
	t.Helper()
	r, err := Compute(p, &f.in)
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	checkInvariants(t, r)
	return r
}

// amounts maps account → amount for compact expectations.
func amounts(r *Result) map[string]string {
	m := map[string]string{}
	for _, a := range r.Accounts {
		m[a.Account] = a.Amount.String()
	}
	return m
}

func taskRes(t *testing.T, r *Result, id int64) *TaskResult {
	t.Helper()
	for i := range r.Tasks {
		if r.Tasks[i].Task.Int64() == id {
			return &r.Tasks[i]
		}
	}
	t.Fatalf("no task %d in result", id)
	return nil
}

func eqAmounts(t *testing.T, got map[string]string, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("account %s: got %q want %q", k, got[k], v)
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected account %s with %s", k, v)
		}
	}
}

// checkInvariants re-checks, independently of Compute, that every pool adds up.
func checkInvariants(t testing.TB, r *Result) {
	t.Helper()
	sum := func(xs ...*big.Int) *big.Int {
		s := new(big.Int)
		for _, x := range xs {
			s.Add(s, x)
		}
		return s
	}
	total := new(big.Int)
	for _, a := range r.Accounts {
		s := new(big.Int)
		for _, c := range a.Breakdown {
			s.Add(s, c.Amount)
		}
		if s.Cmp(a.Amount) != 0 {
			t.Errorf("account %s: breakdown %s != amount %s", a.Account, s, a.Amount)
		}
		total.Add(total, a.Amount)
	}
	if in := sum(r.Emission, r.Revenue); total.Cmp(in) != 0 {
		t.Errorf("total out %s != E_e + R %s", total, in)
	}
	emitted, revenue, fees, residual := new(big.Int).Set(r.Unallocated), new(big.Int), new(big.Int), new(big.Int).Set(r.Unallocated)
	via := map[string]*big.Int{} // task/participant → delegated credits
	for _, a := range r.Accounts {
		for _, c := range a.Breakdown {
			if c.Kind == KindDelegated {
				k := c.Task.String() + "/" + c.Via
				if via[k] == nil {
					via[k] = new(big.Int)
				}
				via[k].Add(via[k], c.Amount)
			}
		}
	}
	for _, tr := range r.Tasks {
		emitted.Add(emitted, tr.Emission)
		revenue.Add(revenue, tr.Revenue)
		fees.Add(fees, tr.Fee)
		residual.Add(residual, tr.Residual)
		if sum(tr.Emission, tr.Revenue).Cmp(tr.Pool) != 0 {
			t.Errorf("task %s: P_T != E_T + R_T", tr.Task)
		}
		paid := new(big.Int)
		for _, p := range tr.Participants {
			paid.Add(paid, p.Reward)
			d := via[tr.Task.String()+"/"+p.Account]
			if d == nil {
				d = new(big.Int)
			}
			if sum(p.Kept, d).Cmp(p.Reward) != 0 {
				t.Errorf("task %s participant %s: kept %s + delegated %s != reward %s", tr.Task, p.Account, p.Kept, d, p.Reward)
			}
			if sum(p.Own, p.Delegated).Cmp(p.Stake) != 0 || p.Stake.Sign() <= 0 {
				t.Errorf("task %s participant %s: bad stake", tr.Task, p.Account)
			}
		}
		if sum(paid, tr.Fee, tr.Residual).Cmp(tr.Pool) != 0 {
			t.Errorf("task %s: paid %s + fee %s + residual %s != pool %s", tr.Task, paid, tr.Fee, tr.Residual, tr.Pool)
		}
		if tr.Kind == TaskArena && (tr.NodePool.Sign() > 0 || tr.ValidatorPool.Sign() > 0) {
			if sum(tr.Fee, tr.NodePool, tr.ValidatorPool).Cmp(tr.Pool) != 0 {
				t.Errorf("task %s: fee + N + V != pool", tr.Task)
			}
			lb := new(big.Int)
			for _, e := range tr.Leaderboard {
				lb.Add(lb, e.Reward)
			}
			if len(tr.Leaderboard) > 0 && lb.Cmp(tr.NodePool) != 0 {
				t.Errorf("task %s: leaderboard %s != node pool %s", tr.Task, lb, tr.NodePool)
			}
			vs := new(big.Int)
			for _, v := range tr.Validators {
				vs.Add(vs, v.Reward)
			}
			if vs.Sign() > 0 && vs.Cmp(tr.ValidatorPool) != 0 {
				t.Errorf("task %s: validators %s != validator pool %s", tr.Task, vs, tr.ValidatorPool)
			}
		}
		if tr.Kind == TaskFL && len(tr.Rounds) > 0 {
			rs := new(big.Int)
			for _, rd := range tr.Rounds {
				if sum(rd.Paid, rd.Residual).Cmp(rd.Share) != 0 {
					t.Errorf("task %s round %d: paid + residual != share", tr.Task, rd.Round)
				}
				rs.Add(rs, rd.Share)
			}
			if sum(rs, tr.Fee).Cmp(tr.Pool) != 0 {
				t.Errorf("task %s: rounds + fee != pool", tr.Task)
			}
		}
	}
	if emitted.Cmp(r.Emission) != 0 {
		t.Errorf("sum E_T + unallocated %s != E_e %s", emitted, r.Emission)
	}
	if revenue.Cmp(r.Revenue) != 0 {
		t.Errorf("sum R_T %s != revenue %s", revenue, r.Revenue)
	}
	if fees.Cmp(r.TreasuryFees) != 0 || residual.Cmp(r.TreasuryResidual) != 0 {
		t.Errorf("treasury fees %s/%s residual %s/%s", fees, r.TreasuryFees, residual, r.TreasuryResidual)
	}
}
