package graphql

import (
	"context"
	"reflect"
	"strings"
	"sync/atomic"

	"github.com/graph-gophers/graphql-go/ast"
)

// Query plans. graphql-go re-reads every request's document and then resolves each field of
// each list item through reflection, a goroutine-safe buffer per field and json.Marshal per
// scalar: the CPU profile of a 120-entry leaderboard (BenchmarkLeaderboardQuery, 1M settled
// accounts) spends 60 % of the server's time in its executor and 15 % in the garbage collector
// behind it, against 6 % in the resolvers' own work. A query document that check has read and
// graphql-go has validated is therefore compiled once, with check's verdict, into a plan: its
// selections merged by response key as graphql-go merges them, fragments expanded, each field
// bound to the resolver method graphql-go would call and its arguments to the fields of the
// method's args struct. Executing a plan calls the same resolvers with the same arguments (one
// reflective call per field that takes a context or arguments, once per list rather than per
// item), reads scalar fields of registered resolver types through typed functions (planleaf.go)
// and writes the same compact JSON graphql-go writes. Every list query goes through it; the
// resolvers stay as they are.
//
// A plan serves only what it answers exactly as graphql-go would: anything outside the subset
// it compiles (directives, interfaces, introspection, escapes in string literals, defaults) gets
// no plan, and anything that would make graphql-go report an error at run time (a resolver
// error or panic, null for a non-null field, a missing non-null variable, an argument value
// its resolver type cannot take, an unknown enum value) makes the plan decline: the request is
// then answered by graphql-go in the same snapshot, which writes the usual data and errors.
// TestPlanMatchesGraphQLGo compares the two byte for byte over many query shapes.

// plan is a compiled query operation.
type plan struct {
	fields []*planField
	// nonNull lists the operation's non-null variables: a request without one is graphql-go's
	// to refuse.
	nonNull []string
	// oneRead: the operation reads the database in one statement (its only resolver that takes
	// a context is in singleStatement), so it needs no snapshot transaction around it.
	oneRead bool
	// size is the length of the last answer: the next one's buffer starts at about that size.
	size atomic.Int64
	n    int // fields compiled (checkedDocs.reserve)
}

// planField is one response key of an object's selection.
type planField struct {
	key      string
	name     string // the schema field's name (selects)
	typename string // set for __typename: the object type's name
	mname    string // the resolver method's name
	method   reflect.Value
	ctx      bool         // the method takes a context
	argType  reflect.Type // the method's args struct (nil: none)
	args     []planArg
	hasErr   bool
	leaf     leafFn // a typed reader of a scalar field without context, arguments or error
	typ      ast.Type
	kids     []*planField // an object type's selection
}

// planArg is one argument as written (variables as varRef) and the args struct field it fills.
type planArg struct {
	index []int
	value any
}

// singleStatement names the fields whose resolvers read in exactly one statement, which is its
// own snapshot: a plan whose only reading resolver is one of them runs without BEGIN and ROLLBACK.
var singleStatement = map[string]bool{"Query.claim": true}

var (
	ctxType = reflect.TypeFor[context.Context]()
	errType = reflect.TypeFor[error]()
)

// maxPlanFields bounds the fields one plan compiles (check's complexity limit bounds them
// already; this keeps a fragment expanded many times from costing more than graphql-go would).
const maxPlanFields = 4000

// planCompiler compiles one operation.
type planCompiler struct {
	d      *doc
	n      int // fields compiled
	reads  []string
	failed bool
}

// compilePlan compiles operation opName of d (query text q) for root, the resolver graphql-go
// runs; nil when the plan could not answer it exactly as graphql-go would.
func compilePlan(schema *ast.Schema, root reflect.Type, d *doc, q, opName string) *plan {
	if d == nil || d.directives || strings.Contains(q, `\`) || strings.Contains(q, `"""`) {
		return nil
	}
	op := d.operation(opName)
	if op == nil || op.typ != "query" || !op.plainVars {
		return nil
	}
	qt, ok := schema.RootOperationTypes["query"].(*ast.ObjectTypeDefinition)
	if !ok {
		return nil
	}
	c := &planCompiler{d: d}
	fields := c.object(qt, root, op.set)
	if c.failed {
		return nil
	}
	p := &plan{fields: fields, oneRead: len(c.reads) == 1 && singleStatement[c.reads[0]], n: c.n}
	for name, typ := range op.varTypes {
		if strings.HasSuffix(typ, "!") {
			p.nonNull = append(p.nonNull, name)
		}
	}
	return p
}

// object compiles a selection set on object type t, resolved by Go type goT.
func (c *planCompiler) object(t *ast.ObjectTypeDefinition, goT reflect.Type, set []*sel) []*planField {
	var keys []string
	groups := map[string][]*sel{}
	c.collect(t.Name, set, &keys, groups, 0)
	out := make([]*planField, 0, len(keys))
	for _, k := range keys {
		if c.failed {
			return nil
		}
		out = append(out, c.field(t, goT, groups[k]))
	}
	return out
}

// collect gathers the fields of set by response key in order of first appearance, expanding
// fragments on t (a fragment on another type, possible only with interfaces, fails the plan).
func (c *planCompiler) collect(t string, set []*sel, keys *[]string, groups map[string][]*sel, depth int) {
	if depth > maxParseNesting {
		c.failed = true
		return
	}
	for _, x := range set {
		switch {
		case x.field:
			if _, ok := groups[x.key]; !ok {
				*keys = append(*keys, x.key)
			}
			groups[x.key] = append(groups[x.key], x)
		case x.spread != "":
			kids, ok := c.d.frags[x.spread]
			if !ok || c.d.fragOn[x.spread] != t {
				c.failed = true
				return
			}
			c.collect(t, kids, keys, groups, depth+1)
		default:
			if x.on != "" && x.on != t {
				c.failed = true
				return
			}
			c.collect(t, x.kids, keys, groups, depth+1)
		}
	}
}

// field compiles the selections of one response key (graphql-go's validation made them the same
// field with the same arguments) on type t.
func (c *planCompiler) field(t *ast.ObjectTypeDefinition, goT reflect.Type, sels []*sel) *planField {
	first := sels[0]
	c.n++
	if c.n > maxPlanFields {
		c.failed = true
		return nil
	}
	if first.name == "__typename" {
		return &planField{key: first.key, name: first.name, typename: t.Name}
	}
	fd := t.Fields.Get(first.name)
	if fd == nil || strings.HasPrefix(first.name, "__") {
		c.failed = true
		return nil
	}
	f := &planField{key: first.key, name: first.name, typ: fd.Type}
	if !c.bind(f, goT, fd, first) {
		c.failed = true
		return nil
	}
	if f.ctx {
		c.reads = append(c.reads, t.Name+"."+fd.Name)
	}
	var kids []*sel
	for _, x := range sels {
		kids = append(kids, x.kids...)
	}
	retT := f.method.Type().Out(0)
	named, elemT, ok := unwrapTypes(fd.Type, retT)
	if !ok {
		c.failed = true
		return nil
	}
	switch nt := named.(type) {
	case *ast.ObjectTypeDefinition:
		f.kids = c.object(nt, elemT, kids)
	case *ast.ScalarTypeDefinition, *ast.EnumTypeDefinition:
		if len(kids) > 0 {
			c.failed = true
			return nil
		}
		if !f.ctx && f.argType == nil && !f.hasErr {
			f.leaf = leafOf(goT, f.mname, fd.Type)
		}
	default: // interfaces and unions
		c.failed = true
		return nil
	}
	return f
}

// bind finds the method graphql-go calls for fd on goT (its name without underscores, any case)
// and the args struct fields of the arguments given.
func (c *planCompiler) bind(f *planField, goT reflect.Type, fd *ast.FieldDefinition, s *sel) bool {
	m, ok := findMethod(goT, fd.Name)
	if !ok {
		return false
	}
	mt := m.Type
	in := 1
	if mt.NumIn() > in && mt.In(in) == ctxType {
		f.ctx = true
		in++
	}
	if mt.NumIn() > in {
		f.argType = mt.In(in)
		in++
	}
	if mt.NumIn() != in || mt.NumOut() < 1 || mt.NumOut() > 2 || (mt.NumOut() == 2 && mt.Out(1) != errType) {
		return false
	}
	f.mname, f.method, f.hasErr = m.Name, m.Func, mt.NumOut() == 2
	for _, a := range fd.Arguments {
		if a.Default != nil {
			return false
		}
	}
	if len(s.args) == 0 {
		return true
	}
	st := f.argType
	if st == nil {
		return false
	}
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() != reflect.Struct {
		return false
	}
	for _, a := range s.args {
		sf, ok := st.FieldByNameFunc(nameMatches(a.name))
		if !ok || fd.Arguments.Get(a.name) == nil {
			return false
		}
		f.args = append(f.args, planArg{index: sf.Index, value: a.value})
	}
	return true
}

// findMethod is graphql-go's rule: the method named as the field, underscores dropped, any case.
func findMethod(t reflect.Type, name string) (reflect.Method, bool) {
	match := nameMatches(name)
	for i := range t.NumMethod() {
		if m := t.Method(i); match(m.Name) {
			return m, true
		}
	}
	return reflect.Method{}, false
}

func nameMatches(name string) func(string) bool {
	want := strings.ReplaceAll(name, "_", "")
	return func(n string) bool { return strings.EqualFold(strings.ReplaceAll(n, "_", ""), want) }
}

// unwrapTypes strips lists and non-null from a schema type and the matching pointers and slices
// from the resolver's Go type, returning the named type and the Go type of its values.
func unwrapTypes(t ast.Type, goT reflect.Type) (ast.Type, reflect.Type, bool) {
	for {
		switch w := t.(type) {
		case *ast.NonNull:
			t = w.OfType
		case *ast.List:
			if goT.Kind() == reflect.Pointer {
				goT = goT.Elem()
			}
			if goT.Kind() != reflect.Slice {
				return nil, nil, false
			}
			t, goT = w.OfType, goT.Elem()
		default:
			if _, obj := t.(*ast.ObjectTypeDefinition); obj && goT.Kind() == reflect.Interface {
				return nil, nil, false
			}
			return t, goT, true
		}
	}
}
