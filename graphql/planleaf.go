package graphql

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/graph-gophers/graphql-go/ast"
)

// A plan reads most fields of a list item through a reflective call of the resolver method
// (reflect.Value.Call), which costs more than the method itself. For the resolver types listed
// in leafTypes the plan instead calls the method as a typed function (a method expression found
// once by reflection and asserted to its type) and writes the result without boxing it: these are
// the types of list items, read once per item and field. A type missing here is still served,
// by the reflective call; leafTypes only makes it cheaper.

// leafFn reads one scalar field of recv (a resolver, as an interface value) and appends its JSON;
// false when graphql-go would report an error instead (null for non-null, a bad enum value).
type leafFn func(out []byte, recv any) ([]byte, bool)

// leafTypes maps each listed resolver type to its scalar methods, each able to make the leafFn of
// the field's schema type.
var leafTypes = leafTable(
	leaves[*leaderboardR], leaves[*epochR], leaves[*poolR], leaves[*leafR], leaves[*submissionR],
	leaves[*scoreR], leaves[*modelR], leaves[*purchaseR], leaves[*taskR], leaves[*claimR],
	leaves[*epochRewardR], leaves[*rewardPartR], leaves[*pageInfo], leaves[*accountR], leaves[*runR],
	leaves[*withdrawalR], leaves[*stakeR], leaves[*delegationR], leaves[*participantR],
)

type leafMakers = map[string]func(ast.Type) leafFn

func leafTable(types ...func() (reflect.Type, leafMakers)) map[reflect.Type]leafMakers {
	out := map[reflect.Type]leafMakers{}
	for _, f := range types {
		t, m := f()
		out[t] = m
	}
	return out
}

// leafOf is the typed reader of method name of goT for a field of schema type t, or nil.
func leafOf(goT reflect.Type, name string, t ast.Type) leafFn {
	if mk := leafTypes[goT][name]; mk != nil {
		return mk(t)
	}
	return nil
}

// leaves finds T's methods whose signature leafMaker knows.
func leaves[T any]() (reflect.Type, leafMakers) {
	t := reflect.TypeFor[T]()
	m := leafMakers{}
	for i := range t.NumMethod() {
		meth := t.Method(i)
		if mk := leafMaker[T](meth.Func.Interface()); mk != nil {
			m[meth.Name] = mk
		}
	}
	return t, m
}

// leafMaker makes the leafFn of a method expression of T returning one of the API's scalar types.
func leafMaker[T any](fn any) func(ast.Type) leafFn {
	switch f := fn.(type) {
	case func(T) int32:
		return plain(f, appendInt32Of)
	case func(T) *int32:
		return pointer(f, appendInt32Of)
	case func(T) bool:
		return plain(f, func(out []byte, b bool) ([]byte, bool) { return strconv.AppendBool(out, b), true })
	case func(T) string:
		return func(t ast.Type) leafFn { return plain(f, stringWriter(t))(t) }
	case func(T) *string:
		return func(t ast.Type) leafFn { return pointer(f, stringWriter(t))(t) }
	case func(T) Timestamp:
		return plain(f, appendTimestamp)
	case func(T) *Timestamp:
		return pointer(f, appendTimestamp)
	case func(T) BigInt:
		return plain(f, appendTextOf[BigInt])
	case func(T) *BigInt:
		return pointer(f, appendTextOf[BigInt])
	case func(T) Address:
		return plain(f, appendTextOf[Address])
	case func(T) *Address:
		return pointer(f, appendTextOf[Address])
	case func(T) Bytes32:
		return plain(f, appendTextOf[Bytes32])
	case func(T) *Bytes32:
		return pointer(f, appendTextOf[Bytes32])
	case func(T) *Bytes:
		return pointer(f, appendTextOf[Bytes])
	case func(T) []Bytes32:
		return plain(f, func(out []byte, l []Bytes32) ([]byte, bool) {
			out = append(out, '[')
			for i, h := range l {
				if i > 0 {
					out = append(out, ',')
				}
				var ok bool
				if out, ok = appendTextOf(out, h); !ok {
					return nil, false
				}
			}
			return append(out, ']'), true
		})
	}
	return nil
}

// plain reads a field that is never null.
func plain[T, R any](f func(T) R, enc func([]byte, R) ([]byte, bool)) func(ast.Type) leafFn {
	return func(ast.Type) leafFn {
		return func(out []byte, recv any) ([]byte, bool) { return enc(out, f(recv.(T))) }
	}
}

// pointer reads a field that may be null: graphql-go reports null for a non-null type.
func pointer[T, R any](f func(T) *R, enc func([]byte, R) ([]byte, bool)) func(ast.Type) leafFn {
	return func(t ast.Type) leafFn {
		_, nonNull := t.(*ast.NonNull)
		return func(out []byte, recv any) ([]byte, bool) {
			v := f(recv.(T))
			if v == nil {
				return append(out, "null"...), !nonNull
			}
			return enc(out, *v)
		}
	}
}

// stringWriter writes a Go string as the field's type: an enum value (checked) or a JSON string.
func stringWriter(t ast.Type) func([]byte, string) ([]byte, bool) {
	if nn, ok := t.(*ast.NonNull); ok {
		t = nn.OfType
	}
	if e, ok := t.(*ast.EnumTypeDefinition); ok {
		return func(out []byte, s string) ([]byte, bool) { return appendEnum(out, s, e) }
	}
	return func(out []byte, s string) ([]byte, bool) { return appendJSONString(out, s), true }
}

func appendInt32Of(out []byte, n int32) ([]byte, bool) {
	return strconv.AppendInt(out, int64(n), 10), true
}

func appendTimestamp(out []byte, t Timestamp) ([]byte, bool) {
	return strconv.AppendInt(out, t.sec, 10), true
}

// appendTextOf writes a TextMarshaler as encoding/json does: its text as a JSON string.
func appendTextOf[R encoding.TextMarshaler](out []byte, v R) ([]byte, bool) {
	b, err := v.MarshalText()
	if err != nil {
		return nil, false
	}
	return appendJSONString(out, b), true
}

// appendJSONString writes s as encoding/json does (HTML characters escaped, invalid UTF-8
// replaced): as is between quotes when nothing needs escaping, through json.Marshal otherwise.
func appendJSONString[S string | []byte](out []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(string(s))
			return append(out, b...)
		}
	}
	out = append(out, '"')
	out = append(out, s...)
	return append(out, '"')
}
