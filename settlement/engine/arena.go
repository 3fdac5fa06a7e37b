package engine

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sort"
)

// scoreAt is a validator's surviving score for a submission and where it was given.
type scoreAt struct {
	pos   Position
	score uint32
}

func (c *computation) inEpoch(t int64) bool { return t >= c.start && t < c.end }

// loadArena validates submissions, scores and purchases and keeps what epoch e needs.
func (c *computation) loadArena(in *EpochInput, pos positions) error {
	for i, s := range in.Submissions {
		what := fmt.Sprintf("submission %d", i)
		t, err := c.task(what, s.Task)
		if err != nil {
			return err
		}
		if t.kind != TaskArena {
			return fmt.Errorf("%s: task %s is an FL task", what, t.id)
		}
		if err := checkID(what, s.ID); err != nil {
			return err
		}
		node, err := normAddress(s.Node)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		k := s.ID.String()
		if _, dup := c.subs[k]; dup {
			return fmt.Errorf("%s: submission id %s appears twice", what, k)
		}
		if err := pos.add(what, s.Position); err != nil {
			return err
		}
		sub := &Submission{ID: new(big.Int).Set(s.ID), Task: t.id, Node: node, Position: s.Position}
		c.subs[k] = sub
		if c.inEpoch(s.Time) {
			t.subs = append(t.subs, sub)
		}
	}
	for i, s := range in.Scores {
		what := fmt.Sprintf("score %d", i)
		if err := checkID(what, s.Submission); err != nil {
			return err
		}
		v, err := normAddress(s.Validator)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if s.Score > ppm {
			return fmt.Errorf("%s: score %d > 1000000", what, s.Score)
		}
		if err := pos.add(what, s.Position); err != nil {
			return err
		}
		k := s.Submission.String()
		if _, known := c.subs[k]; !known || !c.inEpoch(s.Time) {
			continue // a score of an older submission, or outside the epoch: no part of epoch e
		}
		if c.scores[k] == nil {
			c.scores[k] = map[string]scoreAt{}
		}
		if prev, ok := c.scores[k][v]; !ok || prev.pos.less(s.Position) {
			c.scores[k][v] = scoreAt{s.Position, s.Score} // a later score replaces an earlier one
		}
	}
	for i, pu := range in.Purchases {
		what := fmt.Sprintf("purchase %d", i)
		t, err := c.task(what, pu.Task)
		if err != nil {
			return err
		}
		if t.kind != TaskArena {
			return fmt.Errorf("%s: task %s is an FL task", what, t.id)
		}
		if err := checkAmount(what, pu.Net); err != nil {
			return err
		}
		if err := pos.add(what, pu.Position); err != nil {
			return err
		}
		if c.inEpoch(pu.Time) {
			t.res.Revenue.Add(t.res.Revenue, pu.Net)
		}
	}
	return nil
}

// weightedScore is one validator's score of a submission, weighted by the validator's m_p.
type weightedScore struct {
	score  uint32
	weight *big.Int
}

// weightedMedian is §5's consensus: the smallest score x such that the scores <= x carry at least half
// the total weight, i.e. 2 * sum(weight of scores <= x) >= total, compared in integers.
func weightedMedian(ws []weightedScore) uint32 {
	sorted := append([]weightedScore(nil), ws...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].score < sorted[j].score })
	total := new(big.Int)
	for _, w := range sorted {
		total.Add(total, w.weight)
	}
	cum, twice := new(big.Int), new(big.Int)
	for _, w := range sorted {
		cum.Add(cum, w.weight)
		if twice.Lsh(cum, 1).Cmp(total) >= 0 {
			return w.score
		}
	}
	return sorted[len(sorted)-1].score
}

// eligibleSub is an eligible submission (§5) with its consensus and the surviving participant scores.
type eligibleSub struct {
	sub       *Submission
	consensus uint32
	scores    map[string]uint32
}

// payArena is §4–§6 for an Arena task: split the pool after the fee into node and validator pools,
// rank the nodes, weigh the validators, and set each participant's reward R_p.
func (c *computation) payArena(t *taskState, rest *big.Int) error {
	r := t.res
	g := c.p.Gamma
	sum := new(big.Rat).SetInt(new(big.Int).Add(r.NodeStake, r.ValidatorStake))
	oneMinus2g := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Mul(big.NewRat(2, 1), g))
	base := new(big.Rat).Mul(g, sum)
	wNode := new(big.Rat).Add(base, new(big.Rat).Mul(oneMinus2g, new(big.Rat).SetInt(r.NodeStake)))
	wVal := new(big.Rat).Add(base, new(big.Rat).Mul(oneMinus2g, new(big.Rat).SetInt(r.ValidatorStake)))
	pools, ok, err := splitLargestRemainder(rest, []*big.Rat{wNode, wVal}) // tie → node pool (index 0)
	if err != nil {
		return fmt.Errorf("pool split: %w", err)
	}
	if !ok { // no participant at all: the whole pool (revenue without stake) goes to the treasury
		c.toTreasury(t.id, RoleNone, KindTreasury, rest)
		r.Residual.Add(r.Residual, rest)
		return nil
	}
	r.NodePool, r.ValidatorPool = pools[0], pools[1]

	// §5 eligibility and consensus.
	var eligible []*eligibleSub
	for _, s := range t.subs {
		if p := t.parts[s.Node]; p == nil || p.role != RoleNode {
			continue
		}
		var ws []weightedScore
		kept := map[string]uint32{}
		for v, sc := range c.scores[s.ID.String()] {
			if p := t.parts[v]; p != nil && p.role == RoleValidator {
				ws = append(ws, weightedScore{sc.score, p.m})
				kept[v] = sc.score
			}
		}
		if len(ws) < c.p.MinScores {
			continue
		}
		eligible = append(eligible, &eligibleSub{sub: s, consensus: weightedMedian(ws), scores: kept})
	}
	r.Eligible = len(eligible)

	if err := c.payNodes(t, eligible); err != nil {
		return err
	}
	return c.payValidators(t, eligible)
}

// payNodes ranks the nodes by their best consensus score (ties: earlier best submission by block, log
// index) and splits N_T by rho^rank * m_i.
func (c *computation) payNodes(t *taskState, eligible []*eligibleSub) error {
	r := t.res
	best := map[string]*eligibleSub{}
	for _, e := range eligible {
		b := best[e.sub.Node]
		if b == nil || e.consensus > b.consensus || e.consensus == b.consensus && e.sub.Position.chainLess(b.sub.Position) {
			best[e.sub.Node] = e
		}
	}
	ranked := make([]*eligibleSub, 0, len(best))
	for _, e := range best {
		ranked = append(ranked, e)
	}
	sort.Slice(ranked, func(i, j int) bool {
		a, b := ranked[i], ranked[j]
		if a.consensus != b.consensus {
			return a.consensus > b.consensus
		}
		return a.sub.Position.chainLess(b.sub.Position)
	})
	if len(ranked) == 0 {
		c.toTreasury(t.id, RoleNode, KindTreasury, r.NodePool)
		r.Residual.Add(r.Residual, r.NodePool)
		return nil
	}
	rank := map[string]int{}
	for i, e := range ranked {
		rank[e.sub.Node] = i
	}
	nodes := slices.Sorted(maps.Keys(rank)) // split order: ties to the lower address
	weights := make([]*big.Rat, len(nodes))
	for i, n := range nodes {
		k := big.NewInt(int64(rank[n]))
		w := new(big.Rat).SetFrac(new(big.Int).Exp(c.p.Rho.Num(), k, nil), new(big.Int).Exp(c.p.Rho.Denom(), k, nil))
		weights[i] = w.Mul(w, new(big.Rat).SetInt(t.parts[n].m))
	}
	shares, ok, err := splitLargestRemainder(r.NodePool, weights)
	if err != nil || !ok {
		return fmt.Errorf("node pool split: ok=%v: %v", ok, err)
	}
	for i, n := range nodes {
		t.parts[n].reward = shares[i]
	}
	for i, e := range ranked {
		n := e.sub.Node
		r.Leaderboard = append(r.Leaderboard, LeaderboardEntry{
			Node: n, Rank: i, Score: e.consensus, Submission: e.sub.ID, Block: e.sub.Block, LogIndex: e.sub.LogIndex,
			Stake: t.parts[n].m, Reward: t.parts[n].reward,
		})
	}
	return nil
}

// payValidators is §6: quality F_j = C_j * max(0, 1 - D_j/tau), weight F_j * m_j, split of V_T.
func (c *computation) payValidators(t *taskState, eligible []*eligibleSub) error {
	r := t.res
	var vals []string
	for _, a := range slices.Sorted(maps.Keys(t.parts)) {
		if t.parts[a].role == RoleValidator {
			vals = append(vals, a)
		}
	}
	weights := make([]*big.Rat, len(vals))
	for i, v := range vals {
		res := ValidatorResult{Validator: v, Stake: t.parts[v].m, Coverage: new(big.Rat), Deviation: new(big.Rat), Quality: new(big.Rat)}
		dev := new(big.Rat)
		for _, e := range eligible {
			sc, ok := e.scores[v]
			if !ok {
				continue
			}
			res.Scored++
			d := int64(sc) - int64(e.consensus)
			if d < 0 {
				d = -d
			}
			dev.Add(dev, big.NewRat(d, ppm))
		}
		if res.Scored > 0 {
			res.Deviation = dev.Quo(dev, big.NewRat(int64(res.Scored), 1))
			res.Coverage = big.NewRat(int64(res.Scored), int64(len(eligible)))
			q := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Quo(res.Deviation, c.p.Tau))
			if q.Sign() > 0 {
				res.Quality = q.Mul(q, res.Coverage)
			}
		}
		weights[i] = new(big.Rat).Mul(res.Quality, new(big.Rat).SetInt(res.Stake))
		r.Validators = append(r.Validators, res)
	}
	shares, ok, err := splitLargestRemainder(r.ValidatorPool, weights)
	if err != nil {
		return fmt.Errorf("validator pool split: %w", err)
	}
	if !ok {
		c.toTreasury(t.id, RoleValidator, KindTreasury, r.ValidatorPool)
		r.Residual.Add(r.Residual, r.ValidatorPool)
		for i := range r.Validators {
			r.Validators[i].Reward = new(big.Int)
		}
		return nil
	}
	for i, v := range vals {
		t.parts[v].reward = shares[i]
		r.Validators[i].Reward = shares[i]
	}
	return nil
}
