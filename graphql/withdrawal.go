package graphql

import "context"

// withdrawalR is one unstake (own stake, slashable) or undelegation request of an account, from
// the withdrawal_current view: what was requested, what it holds now after WithdrawalSlashed
// events, when it matures and whether it was withdrawn. Auditors and staking frontends need the
// pending side of a stake, which the stake fields (the active stake) do not show.
type withdrawalR struct {
	id, owner, task      string
	participant          *string
	slashable, withdrawn bool
	requested, amount    string
	availableAt          int64
	blockNumber          int64
	logIndex             int64
	contract             string
}

// RequestID is the staking contract's request id.
func (r *withdrawalR) RequestID() BigInt { return bigOf(r.id) }

// Account requested the withdrawal.
func (r *withdrawalR) Account() Address { return addrOf(r.owner) }

// Task the stake or delegation was in.
func (r *withdrawalR) Task() BigInt { return bigOf(r.task) }

// Kind is UNSTAKE (own stake) or UNDELEGATE (a delegation).
func (r *withdrawalR) Kind() string {
	if r.slashable {
		return "UNSTAKE"
	}
	return "UNDELEGATE"
}

// Participant is the delegation's participant (null for an unstake).
func (r *withdrawalR) Participant() *Address {
	if r.participant == nil {
		return nil
	}
	a := addrOf(*r.participant)
	return &a
}

// Slashable tells whether slashes still reach the request (own stake does, a delegation does not).
func (r *withdrawalR) Slashable() bool { return r.slashable }

// Requested is the amount asked for.
func (r *withdrawalR) Requested() BigInt { return bigOf(r.requested) }

// Amount is what the request holds now: requested less its slashes, what withdraw pays (or paid).
func (r *withdrawalR) Amount() BigInt { return bigOf(r.amount) }

// AvailableAt is when it can be withdrawn (chain time).
func (r *withdrawalR) AvailableAt() Timestamp { return Timestamp{r.availableAt} }

// Withdrawn tells whether a Withdrawn event paid it out.
func (r *withdrawalR) Withdrawn() bool { return r.withdrawn }

// BlockNumber is the block of the request.
func (r *withdrawalR) BlockNumber() int32 { return int32(r.blockNumber) }

// LogIndex is the request's log index in its block.
func (r *withdrawalR) LogIndex() int32 { return int32(r.logIndex) }

// Contract is the staking contract.
func (r *withdrawalR) Contract() Address { return addrOf(r.contract) }

type withdrawalsArgs struct {
	pageArgs
	Task      *BigInt
	Withdrawn *bool
}

// Withdrawals lists the account's withdrawal requests in chain order (one query for all sibling
// accounts).
func (r *accountR) Withdrawals(ctx context.Context, args withdrawalsArgs) (*conn[*withdrawalR], error) {
	m, err := load(r.b, "withdrawals"+argKey(args), func([]string) (map[string]*conn[*withdrawalR], error) {
		l := &list[*withdrawalR]{
			from: "withdrawal_current e",
			cols: `e.request_id::text, e.owner, e.task_id::text, e.participant, e.slashable, e.requested::text, e.amount::text,
				e.available_at::bigint, e.withdrawn, e.block_number, e.log_index::bigint, e.contract`,
			keys: evKeys,
			scan: func() (*withdrawalR, []any) {
				x := &withdrawalR{}
				return x, []any{&x.id, &x.owner, &x.task, &x.participant, &x.slashable, &x.requested, &x.amount,
					&x.availableAt, &x.withdrawn, &x.blockNumber, &x.logIndex, &x.contract}
			},
		}
		pg, err := r.s.page(args.pageArgs, l.keys)
		if err != nil {
			return nil, err
		}
		c := &cond{}
		c.add("e.chain_id = ?", r.s.opts.ChainID)
		if args.Task != nil {
			c.add("e.task_id = ?::numeric", args.Task.String())
		}
		if args.Withdrawn != nil {
			c.add("e.withdrawn = ?", *args.Withdrawn)
		}
		m, err := fetch(ctx, r.s, l, c, pg, r.part("e.owner", "text"))
		if err != nil {
			return nil, r.s.internal(ctx, "listing withdrawals", err)
		}
		return m, nil
	})
	if err != nil {
		return nil, err
	}
	return m[r.addr], nil
}
