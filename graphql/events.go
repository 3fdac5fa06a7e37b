package graphql

import (
	"context"
	"strings"
)

// evMeta is what every event-sourced object carries: where the log was and how final its block is.
type evMeta struct {
	blockNumber int64
	blockHash   string
	blockTime   int64
	txHash      string
	logIndex    int64
	contract    string
	finality    string
}

// evMetaCols selects evMeta from an event table aliased e joined with blocks b (see evFrom).
const evMetaCols = "e.block_number, e.block_hash, e.block_time, e.tx_hash, e.log_index::bigint, e.contract, coalesce(b.finality, 'unsafe')"

// evKeys is the natural order of events: chain order.
var evKeys = []keyCol{{"e.block_number", "bigint"}, {"e.log_index", "bigint"}}

// evFrom joins an event table with its block (same number and hash) for finality.
func evFrom(table string) string {
	return table + " e LEFT JOIN blocks b ON b.chain_id = e.chain_id AND b.number = e.block_number AND b.hash = e.block_hash"
}

func (m *evMeta) dests() []any {
	return []any{&m.blockNumber, &m.blockHash, &m.blockTime, &m.txHash, &m.logIndex, &m.contract, &m.finality}
}

// BlockNumber is the block the event was logged in.
func (m *evMeta) BlockNumber() int32 { return int32(m.blockNumber) }

// BlockHash is that block's hash.
func (m *evMeta) BlockHash() Bytes32 { return hashOf(m.blockHash) }

// BlockTime is that block's chain time.
func (m *evMeta) BlockTime() Timestamp { return Timestamp{m.blockTime} }

// TxHash is the transaction that emitted the event.
func (m *evMeta) TxHash() Bytes32 { return hashOf(m.txHash) }

// LogIndex is the log's index in its block.
func (m *evMeta) LogIndex() int32 { return int32(m.logIndex) }

// Contract is the emitting contract.
func (m *evMeta) Contract() Address { return addrOf(m.contract) }

// Finality is the block's finality as last stored by the indexer.
func (m *evMeta) Finality() string { return strings.ToUpper(m.finality) }

// blockFilter adds a block range.
func blockFilter(c *cond, col string, r *blockRange) {
	if r == nil {
		return
	}
	if r.From != nil {
		c.add(col+" >= ?", int64(*r.From))
	}
	if r.To != nil {
		c.add(col+" <= ?", int64(*r.To))
	}
}

type blockRange struct {
	From *int32
	To   *int32
}

// ---- submissions ----

type submissionR struct {
	evMeta
	s              *Server
	b              *batch
	id, task, node string
	modelHash, uri string
}

// ID is the submission id.
func (r *submissionR) ID() BigInt { return bigOf(r.id) }

// Task is the task the model was submitted to.
func (r *submissionR) Task() BigInt { return bigOf(r.task) }

// Node is the training node that submitted.
func (r *submissionR) Node() Address { return addrOf(r.node) }

// ModelHash is the submitted model's hash.
func (r *submissionR) ModelHash() Bytes32 { return hashOf(r.modelHash) }

// URI is where the model is.
func (r *submissionR) URI() string { return r.uri }

type consensus struct {
	score int64
	epoch int64
}

func (r *submissionR) consensus(ctx context.Context) (*consensus, error) {
	m, err := load(r.b, "consensus", func(ids []string) (map[string]*consensus, error) {
		in, arg := anyKey("submission_id", 2, "numeric", ids)
		rows, err := r.s.query(ctx, `SELECT DISTINCT ON (submission_id) submission_id::text, score, epoch
			FROM epoch_leaderboard WHERE chain_id = $1 AND `+in+` AND score IS NOT NULL
			ORDER BY submission_id, epoch DESC`, r.s.opts.ChainID, arg)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		out := map[string]*consensus{}
		for rows.Next() {
			var id string
			c := &consensus{}
			if err := rows.Scan(&id, &c.score, &c.epoch); err != nil {
				return nil, err
			}
			out[id] = c
		}
		return out, rows.Err()
	})
	if err != nil {
		return nil, r.s.internal(ctx, "loading consensus scores", err)
	}
	return m[r.id], nil
}

// ConsensusScore is the epoch score settlement gave this submission (latest settled epoch).
func (r *submissionR) ConsensusScore(ctx context.Context) (*int32, error) {
	c, err := r.consensus(ctx)
	if err != nil || c == nil {
		return nil, err
	}
	v := int32(c.score)
	return &v, nil
}

// ConsensusEpoch is the epoch ConsensusScore comes from.
func (r *submissionR) ConsensusEpoch(ctx context.Context) (*int32, error) {
	c, err := r.consensus(ctx)
	if err != nil || c == nil {
		return nil, err
	}
	v := int32(c.epoch)
	return &v, nil
}

func (s *Server) submissionList() *list[*submissionR] {
	return &list[*submissionR]{
		from: evFrom("ev_model_submitted"),
		cols: evMetaCols + ", e.submission_id::text, e.task_id::text, e.node, e.model_hash, e.uri",
		keys: evKeys,
		scan: func() (*submissionR, []any) {
			r := &submissionR{s: s}
			return r, append(r.dests(), &r.id, &r.task, &r.node, &r.modelHash, &r.uri)
		},
	}
}

type submissionFilter struct {
	Task        *BigInt
	Node        *Address
	BlockRange  *blockRange
	MinFinality *string
	Where       *submissionWhere
}

// submissionWhere is SubmissionWhere (where.go).
type submissionWhere struct {
	Task   *BigInt
	TaskIn *[]BigInt
	Node   *Address
	NodeIn *[]Address
	eventWhere
}

// eventWhere is the block number and time filters every event list's where input has.
type eventWhere struct {
	BlockNumber, BlockNumberGt, BlockNumberGte, BlockNumberLt, BlockNumberLte *int32
	BlockNumberIn                                                             *[]int32
	BlockTime, BlockTimeGt, BlockTimeGte, BlockTimeLt, BlockTimeLte           *Timestamp
	BlockTimeIn                                                               *[]Timestamp
}

func (s *Server) submissions(ctx context.Context, p pageArgs, f submissionFilter, part *partition) (map[string]*conn[*submissionR], error) {
	l := s.submissionList()
	m, err := listEvents(ctx, s, p, l, part, f.BlockRange, f.MinFinality, "listing submissions", func(c *cond) error {
		if f.Task != nil {
			c.add("e.task_id = ?::numeric", f.Task.String())
		}
		if f.Node != nil {
			c.add("e.node = ?", f.Node.lower())
		}
		return s.applyWhere(c, f.Where, submissionColumns)
	})
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, cn := range m {
		for _, it := range cn.items {
			ids = append(ids, it.id)
		}
	}
	b := newBatch(ids)
	for _, cn := range m {
		for _, it := range cn.items {
			it.b = b
		}
	}
	return m, nil
}

// ---- scores ----

type scoreR struct {
	evMeta
	task, submission, validator string
	score, previous             int64
	replaced                    bool
}

// Task is the scored submission's task.
func (r *scoreR) Task() BigInt { return bigOf(r.task) }

// Submission is the scored submission.
func (r *scoreR) Submission() BigInt { return bigOf(r.submission) }

// Validator is who scored.
func (r *scoreR) Validator() Address { return addrOf(r.validator) }

// Score is in [0, 1_000_000].
func (r *scoreR) Score() int32 { return int32(r.score) }

// Replaced is true when the validator re-scored.
func (r *scoreR) Replaced() bool { return r.replaced }

// PreviousScore is the replaced score (0 when none).
func (r *scoreR) PreviousScore() int32 { return int32(r.previous) }

type scoreFilter struct {
	Task        *BigInt
	Submission  *BigInt
	Validator   *Address
	BlockRange  *blockRange
	MinFinality *string
	Where       *scoreWhere
	OrderBy     *string
}

// scoreWhere is ScoreWhere (where.go).
type scoreWhere struct {
	Task                                        *BigInt
	TaskIn                                      *[]BigInt
	Submission                                  *BigInt
	SubmissionIn                                *[]BigInt
	Validator                                   *Address
	ValidatorIn                                 *[]Address
	Score, ScoreGt, ScoreGte, ScoreLt, ScoreLte *int32
	ScoreIn                                     *[]int32
	eventWhere
}

func (s *Server) scores(ctx context.Context, p pageArgs, f scoreFilter, part *partition) (map[string]*conn[*scoreR], error) {
	l := &list[*scoreR]{
		from: evFrom("ev_score_submitted"),
		cols: evMetaCols + ", e.task_id::text, e.submission_id::text, e.validator, e.score::bigint, e.replaced, e.previous_score::bigint",
		scan: func() (*scoreR, []any) {
			r := &scoreR{}
			return r, append(r.dests(), &r.task, &r.submission, &r.validator, &r.score, &r.replaced, &r.previous)
		},
	}
	l.keys, l.order = sortedBy(f.OrderBy, "blockNumber", scoreColumns, evKeys)
	return listEvents(ctx, s, p, l, part, f.BlockRange, f.MinFinality, "listing scores", func(c *cond) error {
		if f.Task != nil {
			c.add("e.task_id = ?::numeric", f.Task.String())
		}
		if f.Submission != nil {
			c.add("e.submission_id = ?::numeric", f.Submission.String())
		}
		if f.Validator != nil {
			c.add("e.validator = ?", f.Validator.lower())
		}
		return s.applyWhere(c, f.Where, scoreColumns)
	})
}

// ---- model listings ----

type modelR struct {
	evMeta
	id, task, seller, submission, price string
}

// ID is the model (listing) id.
func (r *modelR) ID() BigInt { return bigOf(r.id) }

// Task is the task the model was trained for.
func (r *modelR) Task() BigInt { return bigOf(r.task) }

// Seller listed the model.
func (r *modelR) Seller() Address { return addrOf(r.seller) }

// Submission is the listed submission.
func (r *modelR) Submission() BigInt { return bigOf(r.submission) }

// Price is in token wei.
func (r *modelR) Price() BigInt { return bigOf(r.price) }

type modelFilter struct {
	Task        *BigInt
	Seller      *Address
	BlockRange  *blockRange
	MinFinality *string
	Where       *modelWhere
	OrderBy     *string
}

// modelWhere is ModelWhere (where.go).
type modelWhere struct {
	Task                                        *BigInt
	TaskIn                                      *[]BigInt
	Seller                                      *Address
	SellerIn                                    *[]Address
	Price, PriceGt, PriceGte, PriceLt, PriceLte *BigInt
	PriceIn                                     *[]BigInt
	eventWhere
}

func (s *Server) models(ctx context.Context, p pageArgs, f modelFilter) (*conn[*modelR], error) {
	l := &list[*modelR]{
		from: evFrom("ev_model_listed"),
		cols: evMetaCols + ", e.model_id::text, e.task_id::text, e.seller, e.submission_id::text, e.price::text",
		scan: func() (*modelR, []any) {
			r := &modelR{}
			return r, append(r.dests(), &r.id, &r.task, &r.seller, &r.submission, &r.price)
		},
	}
	l.keys, l.order = sortedBy(f.OrderBy, "blockNumber", modelColumns, evKeys)
	m, err := listEvents(ctx, s, p, l, nil, f.BlockRange, f.MinFinality, "listing models", func(c *cond) error {
		if f.Task != nil {
			c.add("e.task_id = ?::numeric", f.Task.String())
		}
		if f.Seller != nil {
			c.add("e.seller = ?", f.Seller.lower())
		}
		return s.applyWhere(c, f.Where, modelColumns)
	})
	if err != nil {
		return nil, err
	}
	return m[""], nil
}

// ---- purchases ----

type purchaseR struct {
	evMeta
	model, task, buyer, price, fee, net string
}

// Model is the purchased model id.
func (r *purchaseR) Model() BigInt { return bigOf(r.model) }

// Task is the model's task (whose rewards the net price funds).
func (r *purchaseR) Task() BigInt { return bigOf(r.task) }

// Buyer paid.
func (r *purchaseR) Buyer() Address { return addrOf(r.buyer) }

// Price is what the buyer paid.
func (r *purchaseR) Price() BigInt { return bigOf(r.price) }

// Fee went to the treasury.
func (r *purchaseR) Fee() BigInt { return bigOf(r.fee) }

// Net went to the distributor for the task.
func (r *purchaseR) Net() BigInt { return bigOf(r.net) }

type purchaseFilter struct {
	Task        *BigInt
	Model       *BigInt
	Buyer       *Address
	BlockRange  *blockRange
	MinFinality *string
	Where       *purchaseWhere
	OrderBy     *string
}

// purchaseWhere is PurchaseWhere (where.go).
type purchaseWhere struct {
	Task                                        *BigInt
	TaskIn                                      *[]BigInt
	Model                                       *BigInt
	ModelIn                                     *[]BigInt
	Buyer                                       *Address
	BuyerIn                                     *[]Address
	Price, PriceGt, PriceGte, PriceLt, PriceLte *BigInt
	PriceIn                                     *[]BigInt
	eventWhere
}

func (s *Server) purchases(ctx context.Context, p pageArgs, f purchaseFilter, part *partition) (map[string]*conn[*purchaseR], error) {
	l := &list[*purchaseR]{
		from: evFrom("ev_model_purchased"),
		cols: evMetaCols + ", e.model_id::text, e.task_id::text, e.buyer, e.price::text, e.fee::text, e.net::text",
		scan: func() (*purchaseR, []any) {
			r := &purchaseR{}
			return r, append(r.dests(), &r.model, &r.task, &r.buyer, &r.price, &r.fee, &r.net)
		},
	}
	l.keys, l.order = sortedBy(f.OrderBy, "blockNumber", purchaseColumns, evKeys)
	return listEvents(ctx, s, p, l, part, f.BlockRange, f.MinFinality, "listing purchases", func(c *cond) error {
		if f.Task != nil {
			c.add("e.task_id = ?::numeric", f.Task.String())
		}
		if f.Model != nil {
			c.add("e.model_id = ?::numeric", f.Model.String())
		}
		if f.Buyer != nil {
			c.add("e.buyer = ?", f.Buyer.lower())
		}
		return s.applyWhere(c, f.Where, purchaseColumns)
	})
}

// listEvents runs one event list: the page (in the list's order), the chain's rows, the caller's
// filters (an error refuses the request), the block range and the minFinality bound;
// a query failure is logged and answered as an internal error naming what was listed.
func listEvents[T any](ctx context.Context, s *Server, p pageArgs, l *list[T], part *partition, br *blockRange, minFinality *string, what string, filter func(c *cond) error) (map[string]*conn[T], error) {
	pg, err := s.orderedPage(p, l.keys, l.order)
	if err != nil {
		return nil, err
	}
	c := &cond{}
	c.add("e.chain_id = ?", s.opts.ChainID)
	if err := filter(c); err != nil {
		return nil, err
	}
	blockFilter(c, "e.block_number", br)
	if err := s.finalityFilter(ctx, c, "e.block_number", minFinality); err != nil {
		return nil, err
	}
	m, err := fetch(ctx, s, l, c, pg, part)
	if err != nil {
		return nil, s.internal(ctx, what, err)
	}
	return m, nil
}
