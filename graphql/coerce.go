package graphql

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/graph-gophers/graphql-go/ast"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
)

// Argument values of the custom scalars (BigInt, Address, Bytes32, Bytes, Timestamp) are checked
// before execution, literals with the document and variables with each request. graphql-go
// validates only the built-in scalars' literals and unpacks custom ones while executing, where a
// bad one drops its field: a query answered `data: {}` with the field missing, and a subscription
// with a bad argument (claimable(account: "0x123")) panicked in graphql-go's Subscribe (it takes the
// first selected field, and there was none). A bad value is a request error (BAD_USER_INPUT, HTTP
// 400, no data) naming the argument or variable and the list element.

// customScalars unpack a value as the resolvers' argument types do.
var customScalars = map[string]func(any) error{
	"BigInt":    func(v any) error { return new(BigInt).UnmarshalGraphQL(v) },
	"Address":   func(v any) error { return new(Address).UnmarshalGraphQL(v) },
	"Bytes32":   func(v any) error { return new(Bytes32).UnmarshalGraphQL(v) },
	"Bytes":     func(v any) error { return new(Bytes).UnmarshalGraphQL(v) },
	"Timestamp": func(v any) error { return new(Timestamp).UnmarshalGraphQL(v) },
}

// builtinScalars check a value of the built-in scalars as JSON (variables) or a literal gives it.
// graphql-go checks their literals but unpacks variables while executing, where a bad one dropped
// its field (data: {} and an error about int32).
var builtinScalars = map[string]func(any) error{
	"Int": func(v any) error {
		switch n := v.(type) {
		case int64:
			if n == int64(int32(n)) {
				return nil
			}
		case float64:
			if n == math.Trunc(n) && n >= math.MinInt32 && n <= math.MaxInt32 {
				return nil
			}
		}
		return fmt.Errorf("Int must be a whole number between -2^31 and 2^31-1, got %s", show(v))
	},
	"Float": func(v any) error {
		switch v.(type) {
		case int64, float64:
			return nil
		}
		return fmt.Errorf("Float must be a number, got %s", show(v))
	},
	"String": func(v any) error {
		if _, ok := v.(string); ok {
			return nil
		}
		return fmt.Errorf("String must be a string, got %s", show(v))
	},
	"Boolean": func(v any) error {
		if _, ok := v.(bool); ok {
			return nil
		}
		return fmt.Errorf("Boolean must be true or false, got %s", show(v))
	},
	"ID": func(v any) error {
		switch n := v.(type) {
		case string, int64:
			return nil
		case float64:
			if n == math.Trunc(n) {
				return nil
			}
		}
		return fmt.Errorf("ID must be a string or a whole number, got %s", show(v))
	},
}

// show writes a value for an error message, cut short.
func show(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

// schemaIndex is what the checks need of the schema: each output type's fields (their argument
// types and the named type they return), each input object's fields, types written as in SDL,
// and each enum's values.
type schemaIndex struct {
	fields map[string]map[string]fieldTypes
	inputs map[string]map[string]string
	enums  map[string]map[string]bool
}

type fieldTypes struct {
	ret  string
	args map[string]string
}

func indexSchema(s *ast.Schema) *schemaIndex {
	x := &schemaIndex{fields: map[string]map[string]fieldTypes{}, inputs: map[string]map[string]string{}, enums: map[string]map[string]bool{}}
	addFields := func(typ string, fs ast.FieldsDefinition) {
		m := map[string]fieldTypes{}
		for _, f := range fs {
			ft := fieldTypes{ret: namedOf(f.Type), args: map[string]string{}}
			for _, a := range f.Arguments {
				ft.args[a.Name.Name] = a.Type.String()
			}
			m[f.Name] = ft
		}
		x.fields[typ] = m
	}
	for name, t := range s.Types {
		switch t := t.(type) {
		case *ast.ObjectTypeDefinition:
			addFields(name, t.Fields)
		case *ast.InterfaceTypeDefinition:
			addFields(name, t.Fields)
		case *ast.EnumTypeDefinition:
			m := map[string]bool{}
			for _, v := range t.EnumValuesDefinition {
				m[v.EnumValue] = true
			}
			x.enums[name] = m
		case *ast.InputObject:
			m := map[string]string{}
			for _, v := range t.Values {
				m[v.Name.Name] = v.Type.String()
			}
			x.inputs[name] = m
		}
	}
	return x
}

// namedOf strips lists and non-null from a type.
func namedOf(t ast.Type) string {
	for {
		switch w := t.(type) {
		case *ast.NonNull:
			t = w.OfType
		case *ast.List:
			t = w.OfType
		default:
			return t.String()
		}
	}
}

// badValue is a value a custom scalar refused, and where: the list indexes and input fields
// inside the argument or variable.
type badValue struct {
	path []any
	err  error
}

// checkValue checks v against typ (SDL form): scalars, enums, lists and input objects' fields (an
// unknown input field or a missing one is graphql-go's to refuse). Variables inside literals are
// skipped (their values are checked against their declared types).
func (x *schemaIndex) checkValue(typ string, v any, path []any) *badValue {
	nonNull := strings.HasSuffix(typ, "!")
	typ = strings.TrimSuffix(typ, "!")
	if _, ok := v.(varRef); ok {
		return nil
	}
	if v == nil {
		if nonNull {
			return &badValue{path: path, err: fmt.Errorf("%s! must not be null", typ)}
		}
		return nil
	}
	if strings.HasPrefix(typ, "[") {
		elem := typ[1 : len(typ)-1]
		l, ok := v.([]any)
		if !ok {
			return x.checkValue(elem, v, path) // a single value stands for a list of one
		}
		for i, e := range l {
			if b := x.checkValue(elem, e, append(path[:len(path):len(path)], i)); b != nil {
				return b
			}
		}
		return nil
	}
	if unpack, ok := customScalars[typ]; ok {
		if err := unpack(v); err != nil {
			return &badValue{path: path, err: err}
		}
		return nil
	}
	if check, ok := builtinScalars[typ]; ok {
		if err := check(v); err != nil {
			return &badValue{path: path, err: err}
		}
		return nil
	}
	if values, ok := x.enums[typ]; ok {
		name, isEnum := v.(enumValue)
		if str, isStr := v.(string); isStr {
			name, isEnum = enumValue(str), true
		}
		if !isEnum || !values[string(name)] {
			return &badValue{path: path, err: fmt.Errorf("%s is not a value of %s", show(v), typ)}
		}
		return nil
	}
	if fields, ok := x.inputs[typ]; ok {
		obj, _ := v.(map[string]any)
		for name, fv := range obj {
			if ft, ok := fields[name]; ok {
				if b := x.checkValue(ft, fv, append(path[:len(path):len(path)], name)); b != nil {
					return b
				}
			}
		}
	}
	return nil
}

// checkLiterals checks the argument literals of every operation of d (each fragment once).
func (x *schemaIndex) checkLiterals(d *doc) *gqlerrors.QueryError {
	seen := map[string]bool{}
	var bad *gqlerrors.QueryError
	var walk func(set []*sel, typ string)
	walk = func(set []*sel, typ string) {
		for _, s := range set {
			if bad != nil {
				return
			}
			switch {
			case s.spread != "":
				if !seen[s.spread] {
					seen[s.spread] = true
					walk(d.frags[s.spread], d.fragOn[s.spread])
				}
			case s.field:
				ft, ok := x.fields[typ][s.name]
				if !ok {
					continue // graphql-go rejects an unknown field
				}
				for _, a := range s.args {
					if t, ok := ft.args[a.name]; ok {
						if b := x.checkValue(t, a.value, nil); b != nil {
							bad = argumentError(s.name, a.name, b)
							return
						}
					}
				}
				walk(s.kids, ft.ret)
			default:
				on := typ
				if s.on != "" {
					on = s.on
				}
				walk(s.kids, on)
			}
		}
	}
	for _, op := range d.ops {
		walk(op.set, rootType(op.typ))
	}
	return bad
}

// checkVariables checks the request's variables against the types op declares.
func (x *schemaIndex) checkVariables(op *opInfo, vars map[string]any) *gqlerrors.QueryError {
	for name, typ := range op.varTypes {
		if v, ok := vars[name]; ok {
			if b := x.checkValue(typ, v, nil); b != nil {
				return variableError(name, b)
			}
		}
	}
	return nil
}

func rootType(opType string) string {
	switch opType {
	case "subscription":
		return "Subscription"
	case "mutation":
		return "Mutation"
	}
	return "Query"
}

// argumentError is a bad argument literal: extensions.argument is "field.argument", extensions.at
// the list indexes and input fields inside it.
func argumentError(field, name string, b *badValue) *gqlerrors.QueryError {
	e := requestError(CodeBadUserInput, "", fmt.Sprintf("argument %s.%s%s: %v", field, name, where(b.path), b.err))
	e.Extensions["argument"] = field + "." + name
	if len(b.path) > 0 {
		e.Extensions["at"] = b.path
	}
	return e
}

// variableError is a bad variable value: extensions.variable names it, extensions.at as above.
func variableError(name string, b *badValue) *gqlerrors.QueryError {
	e := requestError(CodeBadUserInput, "", fmt.Sprintf("variable $%s%s: %v", name, where(b.path), b.err))
	e.Extensions["variable"] = name
	if len(b.path) > 0 {
		e.Extensions["at"] = b.path
	}
	return e
}

// where writes a path inside a value: [2].to
func where(path []any) string {
	var b strings.Builder
	for _, p := range path {
		if i, ok := p.(int); ok {
			fmt.Fprintf(&b, "[%d]", i)
		} else {
			fmt.Fprintf(&b, ".%v", p)
		}
	}
	return b.String()
}

// readArgs reads an argument list's tokens (between the parentheses): name: value ...
func readArgs(t []token) ([]arg, error) {
	var out []arg
	for i := 0; i < len(t); {
		if t[i].kind != 'n' || i+1 >= len(t) || t[i+1].text != ":" {
			return nil, errParse
		}
		v, n, err := readValue(t[i+2:])
		if err != nil {
			return nil, err
		}
		a := arg{name: t[i].text, value: v}
		if t[i+2].kind == 's' {
			a.raw = t[i+2].text
		}
		out = append(out, a)
		i += 2 + n
	}
	return out, nil
}

// readValue reads one value from the front of t and says how many tokens it took.
func readValue(t []token) (any, int, error) {
	if len(t) == 0 {
		return nil, 0, errParse
	}
	switch tok := t[0]; {
	case tok.kind == 's':
		return unquote(tok.text), 1, nil
	case tok.kind == 'v':
		if n, err := strconv.ParseInt(tok.text, 10, 64); err == nil {
			return n, 1, nil
		}
		f, err := strconv.ParseFloat(tok.text, 64)
		if err != nil {
			return nil, 0, errParse
		}
		return f, 1, nil
	case tok.kind == 'n':
		switch tok.text {
		case "true", "false":
			return tok.text == "true", 1, nil
		case "null":
			return nil, 1, nil
		}
		return enumValue(tok.text), 1, nil
	case tok.text == "$":
		if len(t) < 2 || t[1].kind != 'n' {
			return nil, 0, errParse
		}
		return varRef(t[1].text), 2, nil
	case tok.text == "[":
		var l []any
		i := 1
		for i < len(t) && t[i].text != "]" {
			v, n, err := readValue(t[i:])
			if err != nil {
				return nil, 0, err
			}
			l = append(l, v)
			i += n
		}
		if i >= len(t) {
			return nil, 0, errParse
		}
		return l, i + 1, nil
	case tok.text == "{":
		m := map[string]any{}
		i := 1
		for i < len(t) && t[i].text != "}" {
			if t[i].kind != 'n' || i+1 >= len(t) || t[i+1].text != ":" {
				return nil, 0, errParse
			}
			v, n, err := readValue(t[i+2:])
			if err != nil {
				return nil, 0, err
			}
			m[t[i].text] = v
			i += 2 + n
		}
		if i >= len(t) {
			return nil, 0, errParse
		}
		return m, i + 1, nil
	}
	return nil, 0, errParse
}

// unquote is a string token's value (a block string keeps its inside as written).
func unquote(s string) string {
	if strings.HasPrefix(s, `"""`) {
		return s[3 : len(s)-3]
	}
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s[1 : len(s)-1]
}

// varTypes reads each variable's declared type from an operation's variable definitions, t being
// "(" … ")".
func varTypes(t []token) map[string]string {
	out := map[string]string{}
	for i := 0; i+3 < len(t); i++ {
		if t[i].text != "$" || t[i].kind != 'p' || t[i+1].kind != 'n' || t[i+2].text != ":" {
			continue
		}
		var b strings.Builder
		depth := 0
		for j := i + 3; j < len(t); j++ {
			x := t[j]
			if x.kind == 'p' && (x.text == "=" || x.text == "@" || x.text == "$" || (x.text == ")" && depth == 0)) {
				break
			}
			switch x.text {
			case "[":
				depth++
			case "]":
				depth--
			}
			b.WriteString(x.text)
			if depth == 0 && x.text != "[" && (j+1 >= len(t) || t[j+1].text != "!") {
				break
			}
		}
		out[t[i+1].text] = b.String()
	}
	return out
}
