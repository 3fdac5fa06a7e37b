package graphql

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
)

// pageArgs are the Relay arguments every list takes, and its sort direction; embedded in each
// field's args struct (a list with a choice of sort field adds its own OrderBy, where.go).
type pageArgs struct {
	First          *int32
	After          *string
	Last           *int32
	Before         *string
	OrderDirection *string
}

// keyCol is one column of a list's sort key: its SQL expression and the type a cursor value is cast to.
type keyCol struct{ expr, cast string }

// list describes one listable table: where rows come from, what to select, the stable sort key,
// and how to scan a row (scan returns a fresh item and the destinations for `cols`). order names a
// sort other than the natural one (where.go's orderBy); its cursors carry the name, so a cursor
// is only ever read back under the ordering that made it.
//
// countFrom, when set, is where totalCount counts rows instead of from: a from that reads only the
// rows near a page (Epoch.leaves' leaf_page) or refers to the partition key (p.k) cannot be counted
// over. It is given the partition keys as a FROM item p(k) bound to the same parameter the count's
// key condition uses.
type list[T any] struct {
	from      string
	countFrom func(keys string) string
	cols      string
	keys      []keyCol
	order     string
	scan      func() (T, []any)
}

// cond is a WHERE clause under construction; `?` placeholders are numbered as they are added.
type cond struct {
	where []string
	args  []any
}

func (c *cond) add(clause string, args ...any) {
	var b strings.Builder
	i := 0
	for _, r := range clause {
		if r == '?' && i < len(args) {
			c.args = append(c.args, args[i])
			i++
			b.WriteString("$" + strconv.Itoa(len(c.args)))
			continue
		}
		b.WriteRune(r)
	}
	c.where = append(c.where, b.String())
}

func (c *cond) sql() string {
	if len(c.where) == 0 {
		return "TRUE"
	}
	return strings.Join(c.where, " AND ")
}

func (c *cond) clone() *cond {
	return &cond{where: append([]string(nil), c.where...), args: append([]any(nil), c.args...)}
}

// anyKey is the SQL for expr matching one of keys, bound as parameter $n, and that parameter's
// value: `expr = ANY($n::cast[])` with the keys, or `expr = $n::cast` with the key when there is
// one. Postgres never adopts the generic plan of a prepared statement with an array parameter
// (it assumes many elements, so it never looks cheaper than a custom plan for the actual one), so
// such a statement is planned on every execution, which costs more than running these
// lookups. Most batches hold one key: a single object's nested field.
func anyKey(expr string, n int, cast string, keys []string) (string, any) {
	if len(keys) == 1 {
		return expr + " = $" + strconv.Itoa(n) + "::" + cast, keys[0]
	}
	return expr + " = ANY($" + strconv.Itoa(n) + "::" + cast + "[])", keys
}

// keyRows is anyKey for a FROM item: a row source p(k) of the keys as text, bound as $n.
func keyRows(n int, keys []string) (string, any) {
	if len(keys) == 1 {
		return "(SELECT $" + strconv.Itoa(n) + "::text AS k) AS p", keys[0]
	}
	return "unnest($" + strconv.Itoa(n) + "::text[]) AS p(k)", keys
}

// partition fetches one page per parent key in a single query (a lateral join), so a list
// nested under a list costs one query, not one per parent.
type partition struct {
	expr string   // the column matched against each key
	cast string   // SQL type of the keys (text, numeric)
	keys []string // parent keys, as text
}

// page is a validated pageArgs.
type page struct {
	n        int
	backward bool
	desc     bool
	after    []string
	before   []string
}

// page validates p for a list in its natural order, sorted by keys.
func (s *Server) page(p pageArgs, keys []keyCol) (page, error) { return s.orderedPage(p, keys, "") }

// orderedPage validates p for a list sorted by keys under the ordering named order ("" for the
// natural one): its cursors must have been made under the same ordering.
func (s *Server) orderedPage(p pageArgs, keys []keyCol, order string) (page, error) {
	var pg page
	if p.First != nil && p.Last != nil {
		return pg, badInput("pass either first or last, not both")
	}
	switch {
	case p.First != nil:
		pg.n = int(*p.First)
	case p.Last != nil:
		pg.n = int(*p.Last)
		pg.backward = true
	default:
		pg.n = s.opts.DefaultFirst
	}
	if pg.n < 0 {
		return pg, badInput("first and last must not be negative")
	}
	if pg.n > s.opts.MaxFirst {
		return pg, limitErr("first", "first/last may be at most %d", s.opts.MaxFirst)
	}
	pg.desc = p.OrderDirection != nil && *p.OrderDirection == "DESC"
	var err error
	if p.After != nil {
		if pg.after, err = decodeCursor(*p.After, keys, order); err != nil {
			return pg, err
		}
	}
	if p.Before != nil {
		if pg.before, err = decodeCursor(*p.Before, keys, order); err != nil {
			return pg, err
		}
	}
	return pg, nil
}

// encodeCursor is the cursor of a row with sort key vals under the ordering named order: the
// values (the ordering's name first, unless natural) as base64url JSON.
func encodeCursor(order string, vals []string) string {
	if order != "" {
		vals = append([]string{order}, vals...)
	}
	b, _ := json.Marshal(vals)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor checks a cursor's shape, that it was made under the ordering named order and that
// each value parses as its key column's type, so a forged cursor, or one from another ordering, is
// a client error, never a SQL error or a wrong page.
func decodeCursor(c string, keys []keyCol, order string) ([]string, error) {
	bad := badInput("invalid cursor")
	if len(c) > 1024 {
		return nil, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, bad
	}
	var vals []string
	if err := json.Unmarshal(raw, &vals); err != nil {
		return nil, bad
	}
	if order != "" {
		if len(vals) == 0 || vals[0] != order {
			return nil, badInput("invalid cursor: it was made under another orderBy")
		}
		vals = vals[1:]
	}
	if len(vals) != len(keys) {
		return nil, bad
	}
	for i, k := range keys {
		switch k.cast {
		case "bigint", "int":
			if _, err := strconv.ParseInt(vals[i], 10, 64); err != nil {
				return nil, bad
			}
		case "numeric":
			if _, err := ParseBigInt(vals[i]); err != nil {
				return nil, bad
			}
		}
		if strings.ContainsRune(vals[i], 0) {
			return nil, bad
		}
	}
	return vals, nil
}

// conn is a Relay connection over resolver items of type T.
type conn[T any] struct {
	items   []T
	cursors []string
	info    *pageInfo
	count   func(ctx context.Context) (int32, error)
}

type edge[T any] struct {
	cursor string
	node   T
}

// Cursor is the opaque position of the edge.
func (e *edge[T]) Cursor() string { return e.cursor }

// Node is the item.
func (e *edge[T]) Node() T { return e.node }

// Edges lists the page with cursors.
func (c *conn[T]) Edges() []*edge[T] {
	out := make([]*edge[T], len(c.items))
	for i := range c.items {
		out[i] = &edge[T]{c.cursors[i], c.items[i]}
	}
	return out
}

// Nodes lists the page without cursors.
func (c *conn[T]) Nodes() []T { return c.items }

// PageInfo tells whether there is more.
func (c *conn[T]) PageInfo() *pageInfo { return c.info }

// TotalCount counts all rows matching the filters (one query, only when asked).
func (c *conn[T]) TotalCount(ctx context.Context) (int32, error) { return c.count(ctx) }

type pageInfo struct {
	next, prev bool
	start, end *string
}

// HasNextPage is true when rows follow the page.
func (p *pageInfo) HasNextPage() bool { return p.next }

// HasPreviousPage is true when rows precede the page.
func (p *pageInfo) HasPreviousPage() bool { return p.prev }

// StartCursor is the first edge's cursor.
func (p *pageInfo) StartCursor() *string { return p.start }

// EndCursor is the last edge's cursor.
func (p *pageInfo) EndCursor() *string { return p.end }

func tuple(keys []keyCol) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k.expr
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

func cursorTuple(c *cond, keys []keyCol, vals []string) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		c.args = append(c.args, vals[i])
		parts[i] = "$" + strconv.Itoa(len(c.args)) + "::" + k.cast
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// fetch runs the page query (one query, partitioned or not) and returns a connection per
// partition key ("" when not partitioned).
func fetch[T any](ctx context.Context, s *Server, l *list[T], where *cond, pg page, part *partition) (map[string]*conn[T], error) {
	sql, args := pageQuery(l, where, pg, part)
	rows, err := s.query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	byKey, err := scanPages(rows, l)
	if err != nil {
		return nil, err
	}
	keys := []string{""}
	if part != nil {
		keys = part.keys
	}
	counter := s.counter(l, where, part)
	out := make(map[string]*conn[T], len(keys))
	for _, k := range keys {
		out[k] = pageConn(s, byKey[k], pg, k, counter)
	}
	return out, nil
}

// pageQuery is the SQL of a page: the rows after and before the cursors in the key order, one more than
// the page holds (to tell whether there are more), per partition key through a lateral join when
// partitioned.
func pageQuery[T any](l *list[T], where *cond, pg page, part *partition) (string, []any) {
	c := where.clone()
	keyT := tuple(l.keys)
	if pg.after != nil {
		op := ">"
		if pg.desc {
			op = "<"
		}
		c.where = append(c.where, keyT+" "+op+" "+cursorTuple(c, l.keys, pg.after))
	}
	if pg.before != nil {
		op := "<"
		if pg.desc {
			op = ">"
		}
		c.where = append(c.where, keyT+" "+op+" "+cursorTuple(c, l.keys, pg.before))
	}
	dir := "ASC"
	if pg.desc != pg.backward {
		dir = "DESC"
	}
	order := make([]string, len(l.keys))
	keySel := make([]string, len(l.keys))
	for i, k := range l.keys {
		order[i] = k.expr + " " + dir
		keySel[i] = k.expr + "::text"
	}
	if part == nil {
		return fmt.Sprintf(`SELECT '', %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d`,
			strings.Join(keySel, ", "), l.cols, l.from, c.sql(), strings.Join(order, ", "), pg.n+1), c.args
	}
	from, arg := keyRows(len(c.args)+1, part.keys)
	c.args = append(c.args, arg)
	c.where = append(c.where, part.expr+" = p.k::"+part.cast)
	return fmt.Sprintf(`SELECT p.k, s.* FROM %s CROSS JOIN LATERAL (
			SELECT %s, %s FROM %s WHERE %s ORDER BY %s LIMIT %d) s`,
		from, strings.Join(keySel, ", "), l.cols, l.from, c.sql(), strings.Join(order, ", "), pg.n+1), c.args
}

// pageRows is what a page query returned for one partition key: the items and their cursors.
type pageRows[T any] struct {
	items   []T
	cursors []string
}

// scanPages reads a page query's rows (partition key, key columns as text, the list's columns) by
// partition key.
func scanPages[T any](rows pgx.Rows, l *list[T]) (map[string]*pageRows[T], error) {
	defer rows.Close()
	byKey := map[string]*pageRows[T]{}
	for rows.Next() {
		var pk string
		keyVals := make([]string, len(l.keys))
		dest := make([]any, 0, 1+len(l.keys)+8)
		dest = append(dest, &pk)
		for i := range keyVals {
			dest = append(dest, &keyVals[i])
		}
		item, more := l.scan()
		dest = append(dest, more...)
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		a := byKey[pk]
		if a == nil {
			a = &pageRows[T]{}
			byKey[pk] = a
		}
		a.items = append(a.items, item)
		a.cursors = append(a.cursors, encodeCursor(l.order, keyVals))
	}
	return byKey, rows.Err()
}

// pageConn makes the connection of one partition key: at most pg.n items in the order asked for, the
// page info, and the total count (counter, run once for every key).
func pageConn[T any](s *Server, a *pageRows[T], pg page, key string, counter func(context.Context) (map[string]int32, error)) *conn[T] {
	if a == nil {
		a = &pageRows[T]{}
	}
	more := len(a.items) > pg.n
	if more {
		a.items, a.cursors = a.items[:pg.n], a.cursors[:pg.n]
	}
	if pg.backward {
		reverse(a.items)
		reverse(a.cursors)
	}
	info := &pageInfo{}
	if pg.backward {
		info.prev, info.next = more, pg.before != nil
	} else {
		info.next, info.prev = more, pg.after != nil
	}
	if len(a.cursors) > 0 {
		info.start, info.end = &a.cursors[0], &a.cursors[len(a.cursors)-1]
	}
	return &conn[T]{items: a.items, cursors: a.cursors, info: info, count: func(ctx context.Context) (int32, error) {
		m, err := counter(ctx)
		if err != nil {
			return 0, s.internal(ctx, "counting rows", err)
		}
		return m[key], nil
	}}
}

// counter returns a function counting the rows matching `where` for every partition key, run at
// most once however many connections ask.
func (s *Server) counter(l interface{ fromSQL(keys string) string }, where *cond, part *partition) func(ctx context.Context) (map[string]int32, error) {
	var once sync.Once
	var res map[string]int32
	var err error
	return func(ctx context.Context) (map[string]int32, error) {
		once.Do(func() {
			c := where.clone()
			var sql string
			if part != nil {
				in, arg := anyKey(part.expr+"::text", len(c.args)+1, "text", part.keys)
				keys, _ := keyRows(len(c.args)+1, part.keys)
				c.where, c.args = append(c.where, in), append(c.args, arg)
				sql = fmt.Sprintf("SELECT %s::text, count(*) FROM %s WHERE %s GROUP BY 1", part.expr, l.fromSQL(keys), c.sql())
			} else {
				sql = fmt.Sprintf("SELECT '', count(*) FROM %s WHERE %s", l.fromSQL(""), c.sql())
			}
			var rows pgx.Rows
			rows, err = s.query(ctx, sql, c.args...)
			if err != nil {
				return
			}
			defer rows.Close()
			res = map[string]int32{}
			for rows.Next() {
				var k string
				var n int64
				if err = rows.Scan(&k, &n); err != nil {
					return
				}
				res[k] = int32(min(n, 1<<31-1))
			}
			err = rows.Err()
		})
		return res, err
	}
}

func (l *list[T]) fromSQL(keys string) string {
	if l.countFrom != nil {
		return l.countFrom(keys)
	}
	return l.from
}

func reverse[T any](x []T) {
	for i, j := 0, len(x)-1; i < j; i, j = i+1, j-1 {
		x[i], x[j] = x[j], x[i]
	}
}

// batch is shared by the sibling resolvers one list produced: the first sibling to need a nested
// field loads it for all of them in one query, the others read the result.
type batch struct {
	keys  []string
	mu    sync.Mutex
	calls map[string]*batchCall
}

type batchCall struct {
	once sync.Once
	val  any
	err  error
}

func newBatch(keys []string) *batch { return &batch{keys: keys, calls: map[string]*batchCall{}} }

// load runs fn once per name for the whole batch and returns its result.
func load[V any](b *batch, name string, fn func(keys []string) (V, error)) (V, error) {
	b.mu.Lock()
	c := b.calls[name]
	if c == nil {
		c = &batchCall{}
		b.calls[name] = c
	}
	b.mu.Unlock()
	c.once.Do(func() { c.val, c.err = fn(b.keys) })
	if c.err != nil {
		var zero V
		return zero, c.err
	}
	return c.val.(V), nil
}

// argKey turns a field's arguments into a batch name part, so aliases with different arguments
// load separately and aliases with the same arguments share.
func argKey(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
