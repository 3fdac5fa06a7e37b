package engine

import (
	"fmt"
	"math/big"
	"sort"
)

// loadFL validates slash funding and FL rounds and keeps what epoch e needs (§11).
func (c *computation) loadFL(in *EpochInput, pos positions) error {
	for i, f := range in.SlashFunds {
		what := fmt.Sprintf("slash fund %d", i)
		t, err := c.task(what, f.Task)
		if err != nil {
			return err
		}
		if t.kind != TaskFL {
			return fmt.Errorf("%s: task %s is not an FL task", what, t.id)
		}
		if err := checkAmount(what, f.Amount); err != nil {
			return err
		}
		if err := pos.add(what, f.Position); err != nil {
			return err
		}
		if c.inEpoch(f.Time) {
			t.res.Revenue.Add(t.res.Revenue, f.Amount)
		}
	}
	seen := map[string]bool{}
	for i := range in.FLRounds {
		rd := in.FLRounds[i]
		what := fmt.Sprintf("FL round %d", i)
		t, err := c.task(what, rd.Task)
		if err != nil {
			return err
		}
		if t.kind != TaskFL {
			return fmt.Errorf("%s: task %s is not an FL task", what, t.id)
		}
		key := fmt.Sprintf("%s/%d", t.id, rd.Round)
		if seen[key] {
			return fmt.Errorf("%s: round %d of task %s appears twice", what, rd.Round, t.id)
		}
		seen[key] = true
		if err := pos.add(what, rd.Position); err != nil {
			return err
		}
		if rd.Outcome < OutcomeAccepted || rd.Outcome > OutcomeVoid {
			return fmt.Errorf("%s: unknown outcome %d", what, rd.Outcome)
		}
		norm := FLRound{Task: t.id, Round: rd.Round, Outcome: rd.Outcome, Position: rd.Position}
		inRound := map[string]bool{}
		for _, pr := range rd.Proposers {
			a, err := normAddress(pr.Account)
			if err != nil || inRound[a] {
				return fmt.Errorf("%s: bad or repeated proposer %q", what, pr.Account)
			}
			inRound[a] = true
			norm.Proposers = append(norm.Proposers, FLProposer{Account: a, Submitted: pr.Submitted})
		}
		for _, v := range rd.Voters {
			a, err := normAddress(v.Account)
			if err != nil || inRound[a] {
				return fmt.Errorf("%s: bad or repeated voter %q", what, v.Account)
			}
			inRound[a] = true
			norm.Voters = append(norm.Voters, FLVoter{Account: a, Revealed: v.Revealed, Accept: v.Accept})
		}
		if c.inEpoch(rd.Time) {
			t.rnds = append(t.rnds, &norm)
		}
	}
	return nil
}

// flPaid lists the accounts a round pays: active participants that were not slashed in it. A proposer is
// active when it submitted; a voter is active when it revealed. "Slashed in it" is the slashing rule's
// loser whatever stake was left to take (§11): a proposer of a rejected round, a voter whose revealed vote
// went against an accepted or rejected outcome. A void round has no losers. The rule alone decides: the
// round's ParticipantSlashed events (none for a loser with nothing left, or with slashRate 0) are not read.
func flPaid(rd *FLRound) []string {
	var paid []string
	accepted := rd.Outcome == OutcomeAccepted
	for _, p := range rd.Proposers {
		if p.Submitted && rd.Outcome != OutcomeRejected {
			paid = append(paid, p.Account)
		}
	}
	for _, v := range rd.Voters {
		if v.Revealed && (rd.Outcome == OutcomeVoid || v.Accept == accepted) {
			paid = append(paid, v.Account)
		}
	}
	sort.Strings(paid)
	return paid
}

// payFL is §11: the pool after the fee splits equally between the rounds finalized in the epoch (leftover
// to the lower round number), each round's share by m_p among its paid participants; a participant's
// round rewards add up to R_p, split with its delegators once by the caller.
func (c *computation) payFL(t *taskState, rest *big.Int) error {
	r := t.res
	sort.Slice(t.rnds, func(i, j int) bool { return t.rnds[i].Round < t.rnds[j].Round })
	if len(t.rnds) == 0 {
		c.toTreasury(t.id, RoleNone, KindTreasury, rest)
		r.Residual.Add(r.Residual, rest)
		return nil
	}
	equal := make([]*big.Rat, len(t.rnds))
	for i := range equal {
		equal[i] = big.NewRat(1, 1)
	}
	roundShares, _, err := splitLargestRemainder(rest, equal)
	if err != nil {
		return fmt.Errorf("round split: %w", err)
	}
	for i, rd := range t.rnds {
		res := RoundResult{Round: rd.Round, Outcome: rd.Outcome, Share: roundShares[i], Paid: new(big.Int), Residual: new(big.Int)}
		var names []string
		var weights []*big.Rat
		for _, a := range flPaid(rd) {
			if p := t.parts[a]; p != nil && p.role == RoleFL {
				names = append(names, a)
				weights = append(weights, new(big.Rat).SetInt(p.m))
			}
		}
		shares, ok, err := splitLargestRemainder(res.Share, weights)
		if err != nil {
			return fmt.Errorf("round %d split: %w", rd.Round, err)
		}
		if !ok {
			res.Residual.Set(res.Share)
			c.toTreasury(t.id, RoleFL, KindTreasury, res.Share)
			r.Residual.Add(r.Residual, res.Share)
		} else {
			for j, a := range names {
				p := t.parts[a]
				if p.reward == nil {
					p.reward = new(big.Int)
				}
				p.reward.Add(p.reward, shares[j])
				res.Paid.Add(res.Paid, shares[j])
			}
		}
		r.Rounds = append(r.Rounds, res)
	}
	return nil
}
