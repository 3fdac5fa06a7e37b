package graphql

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"sync/atomic"

	"github.com/graph-gophers/graphql-go/ast"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// planSlot is a checked document's plan: compiled after the first request graphql-go's validator
// accepts with its variables (validation reads variables' values, so a request with bad ones
// leaves the slot for the next), then read without locks.
type planSlot struct {
	p    atomic.Pointer[plan]
	done atomic.Bool // compiled, or found not to compile
}

// planFor returns the plan of c for req, compiling it on first use; nil when graphql-go answers.
// Until then each request is validated here, and its validation errors are returned: they are
// graphql-go's answer (Exec validates the same way and answers with them), so it does not validate
// the request twice.
func (s *Server) planFor(c checkedDoc, req request) (*plan, []*gqlerrors.QueryError) {
	if c.plan == nil || c.typ != "query" || s.noPlan {
		return nil, nil
	}
	if c.plan.done.Load() {
		return c.plan.p.Load(), nil
	}
	if errs := s.schema.ValidateWithVariables(req.Query, req.Variables); len(errs) > 0 {
		return nil, errs
	}
	if p := compilePlan(s.schema.ASTSchema(), s.rootType, c.d, req.Query, req.OperationName); p != nil && s.checked.reserve(p.n, s.planBudget) {
		c.plan.p.Store(p)
	}
	c.plan.done.Store(true)
	return c.plan.p.Load(), nil
}

// planRun is one execution of a plan.
type planRun struct {
	ctx  context.Context
	vars map[string]any
}

// execPlan answers a request with p: the data graphql-go would write, or ok false when graphql-go
// must answer it (see plan.go).
func (s *Server) execPlan(ctx context.Context, p *plan, vars map[string]any) (data []byte, ok bool) {
	for _, name := range p.nonNull {
		if vars[name] == nil {
			return nil, false
		}
	}
	for _, v := range vars {
		if hasObject(v) {
			return nil, false // graphql-go validates input objects' fields from variables
		}
	}
	defer func() {
		if recover() != nil {
			data, ok = nil, false // graphql-go runs it again and reports the panic
		}
	}()
	r := &planRun{ctx: ctx, vars: vars}
	n := p.size.Load()
	data, ok = r.object(make([]byte, 0, n+n/4+512), s.root, p.fields)
	p.size.Store(int64(len(data)))
	return data, ok
}

func hasObject(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return true
	case []any:
		for _, e := range x {
			if hasObject(e) {
				return true
			}
		}
	}
	return false
}

// object writes recv's selection, as graphql-go's execSelections does.
func (r *planRun) object(out []byte, recv reflect.Value, fields []*planField) ([]byte, bool) {
	out = append(out, '{')
	var iface any
	ok := true
	for i, f := range fields {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '"')
		out = append(out, f.key...)
		out = append(out, '"', ':')
		switch {
		case f.typename != "":
			out = append(out, '"')
			out = append(out, f.typename...)
			out = append(out, '"')
		case f.leaf != nil:
			if iface == nil {
				iface = recv.Interface()
			}
			out, ok = f.leaf(out, iface)
		default:
			var v reflect.Value
			if v, ok = r.call(f, recv); ok {
				out, ok = r.value(out, v, f.typ, f.kids)
			}
		}
		if !ok {
			return nil, false
		}
	}
	return append(out, '}'), true
}

// call runs f's resolver method on recv.
func (r *planRun) call(f *planField, recv reflect.Value) (reflect.Value, bool) {
	in := make([]reflect.Value, 1, 3)
	in[0] = recv
	if f.ctx {
		if r.ctx.Err() != nil {
			return reflect.Value{}, false
		}
		ctx := r.ctx
		if len(f.kids) > 0 {
			ctx = withPlanField(ctx, f) // what it selects (selection.go)
		}
		in = append(in, reflect.ValueOf(ctx))
	}
	if f.argType != nil {
		a, ok := r.pack(f)
		if !ok {
			return reflect.Value{}, false
		}
		in = append(in, a)
	}
	out := f.method.Call(in)
	if f.hasErr && !out[1].IsNil() {
		return reflect.Value{}, false
	}
	return out[0], true
}

// value writes a resolver's result of schema type t, as graphql-go's execSelectionSet does.
func (r *planRun) value(out []byte, v reflect.Value, t ast.Type, kids []*planField) ([]byte, bool) {
	nn, nonNull := t.(*ast.NonNull)
	if nonNull {
		t = nn.OfType
	}
	if !v.IsValid() || ((v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil()) {
		if nonNull {
			return nil, false
		}
		return append(out, "null"...), true
	}
	if obj, ok := t.(*ast.ObjectTypeDefinition); ok && obj != nil {
		return r.object(out, v, kids)
	}
	if v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	switch t := t.(type) {
	case *ast.List:
		out = append(out, '[')
		for i := range v.Len() {
			if i > 0 {
				out = append(out, ',')
			}
			var ok bool
			if out, ok = r.value(out, v.Index(i), t.OfType, kids); !ok {
				return nil, false
			}
		}
		return append(out, ']'), true
	case *ast.ScalarTypeDefinition:
		return appendScalar(out, v.Interface())
	case *ast.EnumTypeDefinition:
		name := v.String()
		if st, ok := v.Interface().(fmt.Stringer); ok {
			name = st.String()
		}
		return appendEnum(out, name, t)
	}
	return nil, false
}

// appendScalar writes a scalar as json.Marshal does (graphql-go marshals each scalar so).
func appendScalar(out []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case int32:
		return strconv.AppendInt(out, int64(x), 10), true
	case bool:
		return strconv.AppendBool(out, x), true
	case string:
		return appendJSONString(out, x), true
	case Timestamp:
		return strconv.AppendInt(out, x.sec, 10), true
	case BigInt:
		return appendTextOf(out, x)
	case Address:
		return appendTextOf(out, x)
	case Bytes32:
		return appendTextOf(out, x)
	case Bytes:
		return appendTextOf(out, x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, false
	}
	return append(out, b...), true
}

// appendEnum writes an enum value graphql-go would accept (it reports any other as an error).
func appendEnum(out []byte, name string, t *ast.EnumTypeDefinition) ([]byte, bool) {
	for _, v := range t.EnumValuesDefinition {
		if v.EnumValue == name {
			out = append(out, '"')
			out = append(out, name...)
			return append(out, '"'), true
		}
	}
	return nil, false
}

// pack builds f's args struct from the arguments as written and the request's variables, as
// graphql-go's packer does for the values it would accept.
func (r *planRun) pack(f *planField) (reflect.Value, bool) {
	st, ptr := f.argType, false
	if st.Kind() == reflect.Pointer {
		st, ptr = st.Elem(), true
	}
	v := reflect.New(st)
	for _, a := range f.args {
		if !packValue(v.Elem().FieldByIndex(a.index), r.resolve(a.value)) {
			return reflect.Value{}, false
		}
	}
	if ptr {
		return v, true
	}
	return v.Elem(), true
}

// resolve replaces variables in a value as written by the request's values (absent: null).
func (r *planRun) resolve(v any) any {
	switch x := v.(type) {
	case varRef:
		return r.vars[string(x)]
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = r.resolve(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = r.resolve(e)
		}
		return out
	}
	return v
}

// graphQLUnmarshaler is how graphql-go unpacks custom scalars (and ID).
type graphQLUnmarshaler interface {
	ImplementsGraphQLType(name string) bool
	UnmarshalGraphQL(input any) error
}

// packValue stores x (a value as JSON or a literal gives it) in dst, false when the plan does
// not know how graphql-go would.
func packValue(dst reflect.Value, x any) bool {
	if x == nil {
		switch dst.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			dst.SetZero()
			return true
		}
		return false
	}
	if dst.Kind() == reflect.Pointer {
		e := reflect.New(dst.Type().Elem())
		if !packValue(e.Elem(), x) {
			return false
		}
		dst.Set(e)
		return true
	}
	if u, ok := dst.Addr().Interface().(graphQLUnmarshaler); ok {
		if n, isInt := x.(int64); isInt {
			if n != int64(int32(n)) {
				return false
			}
			x = int32(n) // graphql-go reads an Int literal as int32
		}
		return u.UnmarshalGraphQL(x) == nil
	}
	switch dst.Kind() {
	case reflect.String:
		switch s := x.(type) {
		case string:
			dst.SetString(s)
		case enumValue:
			dst.SetString(string(s))
		default:
			return false
		}
	case reflect.Int32:
		n, ok := int32Of(x)
		if !ok {
			return false
		}
		dst.SetInt(int64(n))
	case reflect.Bool:
		b, ok := x.(bool)
		if !ok {
			return false
		}
		dst.SetBool(b)
	case reflect.Slice:
		l, isList := x.([]any)
		if !isList {
			l = []any{x}
		}
		s := reflect.MakeSlice(dst.Type(), len(l), len(l))
		for i := range l {
			if !packValue(s.Index(i), l[i]) {
				return false
			}
		}
		dst.Set(s)
	case reflect.Struct:
		m, ok := x.(map[string]any)
		if !ok {
			return false
		}
		for k, e := range m {
			sf, ok := dst.Type().FieldByNameFunc(nameMatches(k))
			if !ok || !packValue(dst.FieldByIndex(sf.Index), e) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// int32Of reads an Int: a literal (int64), a JSON number (float64) or a Go int, whole and in range.
func int32Of(x any) (int32, bool) {
	switch n := x.(type) {
	case int:
		return int32(n), n == int(int32(n))
	case int64:
		return int32(n), n == int64(int32(n))
	case float64:
		return int32(n), n == float64(int32(n))
	}
	return 0, false
}
