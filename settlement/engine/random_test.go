package engine

import (
	"math/big"
	"math/rand"
	"sort"
)

// randomInput builds a deterministic, messy but consistent epoch input from rng: Arena and FL tasks,
// stakes changing before, inside and after the epoch, delegations, reward shares, submissions (some by
// non-participants, some outside the epoch), scores with re-scores and outsiders, purchases, slash funds and
// FL rounds. Amounts are wei-sized so that every split has remainders.
func randomInput(rng *rand.Rand, p *Policy, epoch uint64, scale int) *EpochInput {
	in := &EpochInput{Epoch: epoch}
	start, end := p.EpochStart(epoch), p.EpochEnd(epoch)
	L := p.EpochLength
	when := func() int64 { // mostly inside the epoch, sometimes before or after
		switch rng.Intn(6) {
		case 0:
			return start - 1 - rng.Int63n(L)
		case 1:
			return end + rng.Int63n(L/4+1)
		case 2:
			return start + []int64{0, L - 1, L / 2}[rng.Intn(3)]
		}
		return start + rng.Int63n(L)
	}
	inside := func() int64 { return start + rng.Int63n(L) }
	wei := func() *big.Int {
		x := new(big.Int).Rand(rng, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(15+rng.Intn(8))), nil))
		if rng.Intn(10) == 0 {
			x.SetInt64(0)
		}
		return x
	}
	nAccounts := 8 + 6*scale
	accounts := make([]string, nAccounts)
	for i := range accounts {
		accounts[i] = addr(0x1000 + rng.Intn(1<<20))
	}
	pick := func() string { return accounts[rng.Intn(len(accounts))] }

	nTasks := 1 + rng.Intn(1+2*scale)
	usedIDs := map[int64]bool{}
	var subID int64 = 1
	for k := 0; k < nTasks; k++ {
		id := 1 + rng.Int63n(1000)
		if usedIDs[id] {
			continue
		}
		usedIDs[id] = true
		kind := TaskArena
		if rng.Intn(4) == 0 {
			kind = TaskFL
		}
		tid := big.NewInt(id)
		in.Tasks = append(in.Tasks, Task{ID: tid, Kind: kind})
		// Assign roles: each account at most one role in this task.
		perm := rng.Perm(len(accounts))
		nParts := 2 + rng.Intn(2+3*scale)
		if nParts > len(perm)-1 {
			nParts = len(perm) - 1
		}
		var nodes, vals, parts []string
		for _, i := range perm[:nParts] {
			a := accounts[i]
			role := RoleFL
			if kind == TaskArena {
				role = RoleNode
				if rng.Intn(2) == 0 {
					role = RoleValidator
				}
			}
			parts = append(parts, a)
			if role == RoleNode {
				nodes = append(nodes, a)
			} else if role == RoleValidator {
				vals = append(vals, a)
			}
			for c := 0; c < 1+rng.Intn(3); c++ {
				in.StakeChanges = append(in.StakeChanges, StakeChange{Account: a, Task: tid, Role: role, NewStake: wei(), Position: Position{Time: when()}})
			}
		}
		// Delegations from anyone else.
		for d := 0; d < rng.Intn(2+2*scale); d++ {
			pp := parts[rng.Intn(len(parts))]
			q := pick()
			if q == pp {
				continue
			}
			for c := 0; c < 1+rng.Intn(2); c++ {
				in.DelegationChanges = append(in.DelegationChanges, DelegationChange{Delegator: q, Participant: pp, Task: tid, NewDelegation: wei(), Position: Position{Time: when()}})
			}
		}
		if kind == TaskArena {
			var subs []int64
			for s := 0; s < 1+rng.Intn(3+3*scale); s++ {
				node := pick()
				if len(nodes) > 0 && rng.Intn(5) > 0 {
					node = nodes[rng.Intn(len(nodes))]
				}
				t := inside()
				if rng.Intn(8) == 0 {
					t = when()
				}
				in.Submissions = append(in.Submissions, Submission{ID: big.NewInt(subID), Task: tid, Node: node, Position: Position{Time: t}})
				subs = append(subs, subID)
				subID++
			}
			for _, s := range subs {
				scorers := append([]string(nil), vals...)
				if rng.Intn(3) == 0 {
					scorers = append(scorers, pick()) // maybe an outsider
				}
				for _, v := range scorers {
					if rng.Intn(5) == 0 {
						continue
					}
					for c := 0; c < 1+rng.Intn(2); c++ { // sometimes a re-score
						sc := uint32(rng.Intn(1_000_001))
						if rng.Intn(4) == 0 {
							sc = uint32(500_000 + rng.Intn(3)*100_000) // frequent ties
						}
						in.Scores = append(in.Scores, Score{Submission: big.NewInt(s), Validator: v, Score: sc, Position: Position{Time: inside()}})
					}
				}
			}
			for b := 0; b < rng.Intn(3); b++ {
				in.Purchases = append(in.Purchases, Purchase{Task: tid, Net: wei(), Position: Position{Time: when()}})
			}
		} else {
			for b := 0; b < rng.Intn(3); b++ {
				in.SlashFunds = append(in.SlashFunds, SlashFund{Task: tid, Amount: wei(), Position: Position{Time: when()}})
			}
			for r := 0; r < rng.Intn(5); r++ {
				t := inside()
				if rng.Intn(4) == 0 {
					t = when()
				}
				rd := FLRound{Task: tid, Round: uint64(r + 1), Outcome: []FLOutcome{OutcomeRejected, OutcomeAccepted, OutcomeVoid}[rng.Intn(3)], Position: Position{Time: t}}
				for _, i := range rng.Perm(len(parts)) {
					if rng.Intn(3) == 0 {
						rd.Proposers = append(rd.Proposers, FLProposer{Account: parts[i], Submitted: rng.Intn(4) > 0})
					} else {
						rd.Voters = append(rd.Voters, FLVoter{Account: parts[i], Revealed: rng.Intn(4) > 0, Accept: rng.Intn(2) == 0})
					}
				}
				in.FLRounds = append(in.FLRounds, rd)
			}
		}
	}
	for s := 0; s < rng.Intn(2+2*scale); s++ {
		sigma := uint32(rng.Intn(1_000_001))
		if rng.Intn(3) == 0 {
			sigma = []uint32{0, 1_000_000}[rng.Intn(2)]
		}
		in.RewardShares = append(in.RewardShares, RewardShareChange{Account: pick(), SigmaPpm: sigma, Position: Position{Time: when()}})
	}
	// Chain positions: blocks in time order, a few logs per block, each (block, log index) once.
	var ps []*Position
	for i := range in.StakeChanges {
		ps = append(ps, &in.StakeChanges[i].Position)
	}
	for i := range in.DelegationChanges {
		ps = append(ps, &in.DelegationChanges[i].Position)
	}
	for i := range in.RewardShares {
		ps = append(ps, &in.RewardShares[i].Position)
	}
	for i := range in.Submissions {
		ps = append(ps, &in.Submissions[i].Position)
	}
	for i := range in.Scores {
		ps = append(ps, &in.Scores[i].Position)
	}
	for i := range in.Purchases {
		ps = append(ps, &in.Purchases[i].Position)
	}
	for i := range in.SlashFunds {
		ps = append(ps, &in.SlashFunds[i].Position)
	}
	for i := range in.FLRounds {
		ps = append(ps, &in.FLRounds[i].Position)
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Time < ps[j].Time })
	var blk, log uint64 = 100, 0
	for i, pos := range ps {
		if i > 0 && (pos.Time != ps[i-1].Time || rng.Intn(3) == 0) {
			blk++
			log = 0
		}
		pos.Block, pos.LogIndex = blk, log
		log++
	}
	// Time must not go backwards within a block: blocks advance on every new timestamp above.
	return in
}

// shuffled returns a copy of in with every list (and every round's lists) in a random order.
func shuffled(rng *rand.Rand, in *EpochInput) *EpochInput {
	out := *in
	shuffle := func(n int, swap func(i, j int)) { rng.Shuffle(n, swap) }
	out.Tasks = append([]Task(nil), in.Tasks...)
	shuffle(len(out.Tasks), func(i, j int) { out.Tasks[i], out.Tasks[j] = out.Tasks[j], out.Tasks[i] })
	out.StakeChanges = append([]StakeChange(nil), in.StakeChanges...)
	shuffle(len(out.StakeChanges), func(i, j int) {
		out.StakeChanges[i], out.StakeChanges[j] = out.StakeChanges[j], out.StakeChanges[i]
	})
	out.DelegationChanges = append([]DelegationChange(nil), in.DelegationChanges...)
	shuffle(len(out.DelegationChanges), func(i, j int) {
		out.DelegationChanges[i], out.DelegationChanges[j] = out.DelegationChanges[j], out.DelegationChanges[i]
	})
	out.RewardShares = append([]RewardShareChange(nil), in.RewardShares...)
	shuffle(len(out.RewardShares), func(i, j int) {
		out.RewardShares[i], out.RewardShares[j] = out.RewardShares[j], out.RewardShares[i]
	})
	out.Submissions = append([]Submission(nil), in.Submissions...)
	shuffle(len(out.Submissions), func(i, j int) { out.Submissions[i], out.Submissions[j] = out.Submissions[j], out.Submissions[i] })
	out.Scores = append([]Score(nil), in.Scores...)
	shuffle(len(out.Scores), func(i, j int) { out.Scores[i], out.Scores[j] = out.Scores[j], out.Scores[i] })
	out.Purchases = append([]Purchase(nil), in.Purchases...)
	shuffle(len(out.Purchases), func(i, j int) { out.Purchases[i], out.Purchases[j] = out.Purchases[j], out.Purchases[i] })
	out.SlashFunds = append([]SlashFund(nil), in.SlashFunds...)
	shuffle(len(out.SlashFunds), func(i, j int) { out.SlashFunds[i], out.SlashFunds[j] = out.SlashFunds[j], out.SlashFunds[i] })
	out.FLRounds = nil
	for _, rd := range in.FLRounds {
		rd.Proposers = append([]FLProposer(nil), rd.Proposers...)
		rd.Voters = append([]FLVoter(nil), rd.Voters...)
		shuffle(len(rd.Proposers), func(i, j int) { rd.Proposers[i], rd.Proposers[j] = rd.Proposers[j], rd.Proposers[i] })
		shuffle(len(rd.Voters), func(i, j int) { rd.Voters[i], rd.Voters[j] = rd.Voters[j], rd.Voters[i] })
		out.FLRounds = append(out.FLRounds, rd)
	}
	shuffle(len(out.FLRounds), func(i, j int) { out.FLRounds[i], out.FLRounds[j] = out.FLRounds[j], out.FLRounds[i] })
	return &out
}
