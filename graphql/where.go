package graphql

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Filtering and sorting as The Graph and Ponder offer them: a list's `where` input compares its
// fields (`field`, `field_gt`, `_gte`, `_lt`, `_lte`, `_in`) and `orderBy` picks the field it is
// sorted by, ties broken by the list's natural key. Only the columns a list names in its table
// (below) are ever put into SQL, each by a fixed expression; every value is a bound parameter.

// column is a field a list can be filtered or sorted on: its SQL expression, part of the list's
// fixed query text, and the SQL type values are bound as.
type column struct{ expr, cast string }

// Columns of the lists with a `where` (keyed by the schema's field name).
var (
	eventColumns = map[string]column{
		"blockNumber": {"e.block_number", "bigint"},
		"blockTime":   {"e.block_time", "bigint"},
	}
	leafColumns = map[string]column{
		"account":          {"e.account", "text"},
		"amount":           {"e.amount", "numeric"},
		"cumulativeAmount": {"e.cumulative", "numeric"},
	}
	scoreColumns = withEvents(map[string]column{
		"task":       {"e.task_id", "numeric"},
		"submission": {"e.submission_id", "numeric"},
		"validator":  {"e.validator", "text"},
		"score":      {"e.score", "bigint"},
	})
	purchaseColumns = withEvents(map[string]column{
		"task":  {"e.task_id", "numeric"},
		"model": {"e.model_id", "numeric"},
		"buyer": {"e.buyer", "text"},
		"price": {"e.price", "numeric"},
	})
	modelColumns = withEvents(map[string]column{
		"task":   {"e.task_id", "numeric"},
		"seller": {"e.seller", "text"},
		"price":  {"e.price", "numeric"},
	})
	submissionColumns = withEvents(map[string]column{
		"task": {"e.task_id", "numeric"},
		"node": {"e.node", "text"},
	})
)

// withEvents adds an event list's block number and time to its own columns.
func withEvents(cols map[string]column) map[string]column {
	for k, v := range eventColumns {
		cols[k] = v
	}
	return cols
}

// whereOps are the comparisons, by the suffix graph-gophers gives a where field's Go name
// (amount_gte fills AmountGte); no suffix is equality. Longer suffixes first.
var whereOps = []struct{ suffix, sql string }{{"Gte", ">="}, {"Lte", "<="}, {"Gt", ">"}, {"Lt", "<"}, {"In", "in"}, {"", "="}}

// applyWhere adds to c the conditions of w, a pointer to a where struct (nil: none). Each non-nil
// field <Field><Op> (an embedded struct's too) compares cols[field] with its value; an `_in` list
// may hold at most MaxFirst values.
func (s *Server) applyWhere(c *cond, w any, cols map[string]column) error {
	v := reflect.ValueOf(w)
	if !v.IsValid() || v.IsNil() {
		return nil
	}
	return s.applyWhereStruct(c, v.Elem(), cols)
}

func (s *Server) applyWhereStruct(c *cond, v reflect.Value, cols map[string]column) error {
	for i := range v.NumField() {
		f, sf := v.Field(i), v.Type().Field(i)
		if sf.Anonymous {
			if err := s.applyWhereStruct(c, f, cols); err != nil {
				return err
			}
			continue
		}
		if f.IsNil() {
			continue
		}
		name, op := whereField(sf.Name)
		col, ok := cols[name]
		if !ok {
			panic(fmt.Sprintf("graphql: %s.%s has no column", v.Type(), sf.Name)) // TestWhereInputs
		}
		if op != "in" {
			c.add(col.expr+" "+op+" ?::"+col.cast, whereValue(f.Elem().Interface()))
			continue
		}
		list := f.Elem()
		if list.Len() > s.opts.MaxFirst {
			return limitErr("first", "%s_in may list at most %d values", name, s.opts.MaxFirst)
		}
		c.add(col.expr+" = ANY(?::"+col.cast+"[])", whereList(list, col.cast))
	}
	return nil
}

// whereList is an `_in` list as its bound array parameter: int64s for a bigint column, text
// otherwise (numeric parses it).
func whereList(list reflect.Value, cast string) any {
	if cast == "bigint" {
		out := make([]int64, list.Len())
		for j := range out {
			out[j] = whereValue(list.Index(j).Interface()).(int64)
		}
		return out
	}
	out := make([]string, list.Len())
	for j := range out {
		out[j] = whereValue(list.Index(j).Interface()).(string)
	}
	return out
}

// whereField splits a where struct's field name into the schema's field name and the SQL
// comparison (AmountGte: "amount", ">=").
func whereField(goName string) (field, op string) {
	for _, o := range whereOps {
		if base, ok := strings.CutSuffix(goName, o.suffix); ok && base != "" {
			r, n := utf8.DecodeRuneInString(base)
			return string(unicode.ToLower(r)) + base[n:], o.sql
		}
	}
	panic("unreachable: the empty suffix always matches")
}

// whereValue is a scalar input as its bound parameter: uint256s and addresses as the text
// Postgres stores (lowercase hex), Int and Timestamp as int64.
func whereValue(v any) any {
	switch x := v.(type) {
	case BigInt:
		return x.String()
	case Address:
		return x.lower()
	case int32:
		return int64(x)
	case Timestamp:
		return x.sec
	}
	panic(fmt.Sprintf("graphql: no where value for %T", v))
}

// sortedBy returns the keys of a list sorted by the field orderBy names (nil, or natural, the
// list's natural order: natural alone), ties broken by the natural keys, and the ordering's name
// for its cursors ("" for the natural order).
func sortedBy(orderBy *string, natural string, cols map[string]column, keys []keyCol) ([]keyCol, string) {
	if orderBy == nil || *orderBy == natural {
		return keys, ""
	}
	col, ok := cols[*orderBy]
	if !ok {
		panic(fmt.Sprintf("graphql: no column for orderBy %q", *orderBy)) // the schema's enums list only columns (TestWhereInputs)
	}
	return append([]keyCol{{col.expr, col.cast}}, keys...), *orderBy
}
