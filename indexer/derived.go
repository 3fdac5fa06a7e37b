package indexer

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// DBTX is what the indexer's helpers need from pgx (a pool, a connection or a transaction).
type DBTX interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	CopyFrom(ctx context.Context, table pgx.Identifier, columns []string, src pgx.CopyFromSource) (int64, error)
}

// derivedTable is current state kept as "the latest event per key": every source event carries the
// resulting value, so no arithmetic is needed and a reorg just re-reads the surviving events.
type derivedTable struct {
	table   string
	keys    []string
	vals    []string
	sources []derivedSource
}

// derivedSource maps an event table's columns onto the derived table's keys+vals (same order).
type derivedSource struct {
	table string
	exprs []string
}

var derivedTables = []derivedTable{
	{
		table: "stake_current", keys: []string{"account", "task_id"}, vals: []string{"role", "amount"},
		sources: []derivedSource{
			{"ev_staked", []string{"account", "task_id", "role", "new_stake"}},
			{"ev_unstake_requested", []string{"account", "task_id", "role", "new_stake"}},
			{"ev_slashed", []string{"account", "task_id", "role", "new_stake"}},
		},
	},
	{
		table: "delegation_current", keys: []string{"delegator", "task_id", "participant"}, vals: []string{"amount"},
		sources: []derivedSource{
			{"ev_delegated", []string{"delegator", "task_id", "participant", "new_delegation"}},
			{"ev_undelegated", []string{"delegator", "task_id", "participant", "new_delegation"}},
		},
	},
	{
		table: "reward_share_current", keys: []string{"account"}, vals: []string{"sigma_ppm"},
		sources: []derivedSource{{"ev_reward_share_set", []string{"account", "sigma_ppm"}}},
	},
	{
		table: "claimed_total", keys: []string{"account"}, vals: []string{"amount"},
		sources: []derivedSource{{"ev_claimed", []string{"account", "cumulative_claimed"}}},
	},
}

func (d derivedTable) cols() []string { return append(append([]string(nil), d.keys...), d.vals...) }

// latestSQL selects the latest event per key from the sources, each filtered by where (which may use $1
// chain_id and further parameters).
func (d derivedTable) latestSQL(where string) string {
	cols := d.cols()
	var parts []string
	for _, s := range d.sources {
		sel := make([]string, len(cols))
		for i, c := range cols {
			sel[i] = s.exprs[i] + " AS " + c
		}
		parts = append(parts, fmt.Sprintf("SELECT %s, block_number, log_index FROM %s WHERE chain_id = $1 AND %s",
			strings.Join(sel, ", "), s.table, where))
	}
	keys := strings.Join(d.keys, ", ")
	return fmt.Sprintf("SELECT DISTINCT ON (%s) %s, block_number, log_index FROM (%s) s ORDER BY %s, block_number DESC, log_index DESC",
		keys, strings.Join(cols, ", "), strings.Join(parts, " UNION ALL "), keys)
}

// applyRange folds the events of blocks (lo, hi] into the derived table (lo -1: from the first block);
// rows only move forward. It is how a deferred backfill's derived state is caught up (restoreDerived).
// When the table holds no row of the chain (the first backfill), the rows are plainly inserted: the
// upsert's speculative insertion was a fifth of the fold's time, and the latest-per-key select yields
// each key once.
func (d derivedTable) applyRange(ctx context.Context, db DBTX, chainID int64, lo, hi int64) error {
	var empty bool
	if err := db.QueryRow(ctx, fmt.Sprintf("SELECT NOT EXISTS (SELECT 1 FROM %s WHERE chain_id = $1)", d.table), chainID).Scan(&empty); err != nil {
		return fmt.Errorf("updating %s: %w", d.table, err)
	}
	cols := d.cols()
	q := fmt.Sprintf(`INSERT INTO %s (chain_id, %s, block_number, log_index) SELECT $1, %s, block_number, log_index FROM (%s) l`,
		d.table, strings.Join(cols, ", "), strings.Join(cols, ", "), d.latestSQL("block_number > $2 AND block_number <= $3"))
	if !empty {
		set := make([]string, 0, len(d.vals)+2)
		for _, v := range d.vals {
			set = append(set, v+" = excluded."+v)
		}
		set = append(set, "block_number = excluded.block_number", "log_index = excluded.log_index")
		q += fmt.Sprintf(`
		ON CONFLICT (chain_id, %s) DO UPDATE SET %s
		WHERE (%s.block_number, %s.log_index) < (excluded.block_number, excluded.log_index)`,
			strings.Join(d.keys, ", "), strings.Join(set, ", "), d.table, d.table)
	}
	if _, err := db.Exec(ctx, q, chainID, lo, hi); err != nil {
		return fmt.Errorf("updating %s: %w", d.table, err)
	}
	return nil
}

// rollback recomputes the rows last set above block anc, after the events above anc were deleted:
// rows with a surviving earlier event take its value, the others disappear.
func (d derivedTable) rollback(ctx context.Context, db DBTX, chainID int64, anc uint64) error {
	keys := strings.Join(d.keys, ", ")
	affected := fmt.Sprintf("(%s) IN (SELECT %s FROM %s WHERE chain_id = $1 AND block_number > $2)", keys, keys, d.table)
	set := make([]string, 0, len(d.vals)+2)
	for _, v := range d.vals {
		set = append(set, v+" = l."+v)
	}
	set = append(set, "block_number = l.block_number", "log_index = l.log_index")
	match := make([]string, len(d.keys))
	for i, k := range d.keys {
		match[i] = fmt.Sprintf("t.%s = l.%s", k, k)
	}
	q := fmt.Sprintf(`UPDATE %s t SET %s FROM (%s) l WHERE t.chain_id = $1 AND t.block_number > $2 AND %s`,
		d.table, strings.Join(set, ", "), d.latestSQL(affected), strings.Join(match, " AND "))
	if _, err := db.Exec(ctx, q, chainID, int64(anc)); err != nil {
		return fmt.Errorf("recomputing %s: %w", d.table, err)
	}
	if _, err := db.Exec(ctx, fmt.Sprintf("DELETE FROM %s WHERE chain_id = $1 AND block_number > $2", d.table), chainID, int64(anc)); err != nil {
		return fmt.Errorf("recomputing %s: %w", d.table, err)
	}
	return nil
}

// derivedUse says how one event table feeds one derived table: which argument columns (indexes into
// Event.Columns) give the derived table's keys+vals, and their kinds.
type derivedUse struct {
	d     int // index into derivedTables
	pos   []int
	kinds []colKind
}

// derivedUses maps each source event that has a table onto the derived tables it feeds.
func derivedUses(tables map[string]*Event) (map[*Event][]derivedUse, error) {
	out := map[*Event][]derivedUse{}
	for di, d := range derivedTables {
		for _, s := range d.sources {
			e, ok := tables[s.table]
			if !ok {
				continue
			}
			u := derivedUse{d: di, pos: make([]int, len(s.exprs)), kinds: make([]colKind, len(s.exprs))}
			for i, name := range s.exprs {
				u.pos[i] = -1
				for j, c := range e.Columns {
					if c.Name == name {
						u.pos[i], u.kinds[i] = j, c.kind
					}
				}
				if u.pos[i] < 0 {
					return nil, fmt.Errorf("%s: %s has no column %s", d.table, s.table, name)
				}
			}
			out[e] = append(out[e], u)
		}
	}
	return out, nil
}

// latest is the latest event of a batch for one derived key.
type latest struct {
	vals   []any
	bn, li int64
}

// derivedAcc is a batch's latest event per key for one derived table, computed by the fetch worker so
// the writer only sends one upsert.
type derivedAcc struct {
	kinds []colKind
	best  map[string]*latest
}

// add records the event (vals in keys+vals order) at (bn, li) unless a later one is already there.
func (a *derivedAcc) add(nkeys int, kinds []colKind, vals []any, bn, li int64) {
	if a.best == nil {
		a.best, a.kinds = map[string]*latest{}, kinds
	}
	var key strings.Builder
	for i := 0; i < nkeys; i++ {
		key.WriteString(keyString(vals[i]))
		key.WriteByte('|')
	}
	k := key.String()
	if p, ok := a.best[k]; ok && (p.bn > bn || p.bn == bn && p.li > li) {
		return
	}
	a.best[k] = &latest{vals: vals, bn: bn, li: li}
}

// merge folds a later batch's accumulator into a.
func (a *derivedAcc) merge(b *derivedAcc) {
	if b == nil || len(b.best) == 0 {
		return
	}
	if a.best == nil {
		a.best, a.kinds = map[string]*latest{}, b.kinds
	}
	for k, l := range b.best {
		if p, ok := a.best[k]; ok && (p.bn > l.bn || p.bn == l.bn && p.li > l.li) {
			continue
		}
		a.best[k] = l
	}
}

// applyBatch folds a batch's latest event per key into the derived table as one upsert (rows sent as
// arrays through unnest); rows only move forward.
func (d derivedTable) applyBatch(ctx context.Context, db DBTX, chainID int64, acc *derivedAcc) (bool, error) {
	if acc == nil || len(acc.best) == 0 {
		return false, nil
	}
	best, kinds := acc.best, acc.kinds
	cols := d.cols()
	list := make([]*latest, 0, len(best)) // one order for every column array
	for _, l := range best {
		list = append(list, l)
	}
	arrays := make([]any, len(cols)+2)
	casts := make([]string, len(cols)+2)
	for i, k := range kinds {
		switch k {
		case kindNumeric:
			a := make([]pgtype.Numeric, 0, len(best))
			for _, l := range list {
				a = append(a, l.vals[i].(pgtype.Numeric))
			}
			arrays[i], casts[i] = a, "numeric[]"
		case kindBigint:
			a := make([]int64, 0, len(best))
			for _, l := range list {
				a = append(a, l.vals[i].(int64))
			}
			arrays[i], casts[i] = a, "bigint[]"
		case kindBool:
			a := make([]bool, 0, len(best))
			for _, l := range list {
				a = append(a, l.vals[i].(bool))
			}
			arrays[i], casts[i] = a, "boolean[]"
		default:
			a := make([]string, 0, len(best))
			for _, l := range list {
				a = append(a, l.vals[i].(string))
			}
			arrays[i], casts[i] = a, "text[]"
		}
	}
	bns, lis := make([]int64, 0, len(best)), make([]int64, 0, len(best))
	for _, l := range list {
		bns, lis = append(bns, l.bn), append(lis, l.li)
	}
	arrays[len(cols)], casts[len(cols)] = bns, "bigint[]"
	arrays[len(cols)+1], casts[len(cols)+1] = lis, "bigint[]"
	params := make([]string, len(arrays))
	for i := range arrays {
		params[i] = fmt.Sprintf("$%d::%s", i+2, casts[i])
	}
	set := make([]string, 0, len(d.vals)+2)
	for _, v := range d.vals {
		set = append(set, v+" = excluded."+v)
	}
	set = append(set, "block_number = excluded.block_number", "log_index = excluded.log_index")
	q := fmt.Sprintf(`INSERT INTO %s (chain_id, %s, block_number, log_index) SELECT $1, * FROM unnest(%s)
		ON CONFLICT (chain_id, %s) DO UPDATE SET %s
		WHERE (%s.block_number, %s.log_index) < (excluded.block_number, excluded.log_index)`,
		d.table, strings.Join(cols, ", "), strings.Join(params, ", "), strings.Join(d.keys, ", "), strings.Join(set, ", "), d.table, d.table)
	if _, err := db.Exec(ctx, q, append([]any{chainID}, arrays...)...); err != nil {
		return true, fmt.Errorf("updating %s: %w", d.table, err)
	}
	return true, nil
}

func keyString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case pgtype.Numeric:
		return x.Int.String()
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}
