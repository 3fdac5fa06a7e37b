package graphql

import (
	"context"
	"strconv"
	"strings"
)

// The claim query is what every dApp user's page sends, for every account, and a cache rarely
// holds it (a million accounts, each asking about itself). graphql-go parses and validates the
// document on every request, then resolves each field through reflection and json.Marshal:
// about 60 µs of CPU per claim on the 2-core benchmark machine, more than the rest of the
// request outside Postgres. A document that is nothing but Query.claim with scalar fields is
// therefore recognized once (claimPlan, remembered with check's verdict) and answered directly:
// the same claims() query, the same resolver methods and scalars, written in the same compact
// JSON graphql-go writes (TestClaimPlanMatchesGraphQLGo compares them byte for byte). Anything
// else (another shape, a directive, a variable that is missing or not a valid address, a database
// error) goes through graphql-go, which produces the usual answer or error.

// claimPlan is a recognized claim document.
type claimPlan struct {
	key     string // the claim field's response key (its alias, or "claim")
	varName string // the account variable, or "" when the account is a literal
	literal string
	fields  []claimField
}

// claimField is one selected Claim field: response key and field name.
type claimField struct{ key, name string }

var claimFields = map[string]bool{
	"account": true, "block": true, "settledEpoch": true, "cumulativeAmount": true, "claimed": true, "epoch": true, "root": true,
	"acceptedCumulativeAmount": true, "claimable": true, "proof": true, "distributor": true, "calldata": true, "__typename": true,
}

// planClaim recognizes `[query [Name] [($v: Address!)]] { [alias:] claim(account: $v | "0x…") { [alias:] field … } }`
// in a document check read, when operationName is empty or names the operation; nil otherwise.
func planClaim(d *doc, operationName string) *claimPlan {
	op := claimOperation(d, operationName)
	if op == nil {
		return nil
	}
	f := op.set[0]
	p := &claimPlan{key: f.key}
	if !claimAccount(p, op, f) {
		return nil
	}
	seen := map[string]bool{}
	for _, k := range f.kids {
		if !k.field || !claimFields[k.name] || k.args != nil || k.kids != nil || seen[k.key] {
			return nil
		}
		seen[k.key] = true
		p.fields = append(p.fields, claimField{k.key, k.name})
	}
	if len(p.fields) == 0 {
		return nil
	}
	return p
}

// claimOperation is the document's only operation when it is a query of one claim field, without
// fragments or directives.
func claimOperation(d *doc, operationName string) *opInfo {
	if d == nil || len(d.ops) != 1 || len(d.frags) != 0 || d.directives {
		return nil
	}
	op := d.ops[0]
	if op.typ != "query" || (operationName != "" && operationName != op.name) || !op.plainVars || len(op.set) != 1 {
		return nil
	}
	if f := op.set[0]; !f.field || f.name != "claim" || len(f.args) != 1 || f.args[0].name != "account" {
		return nil
	}
	return op
}

// claimAccount takes the account from the claim field's argument: the operation's one variable,
// declared Address!, or a string literal written without escapes.
func claimAccount(p *claimPlan, op *opInfo, f *sel) bool {
	switch v := f.args[0].value.(type) {
	case varRef:
		if len(op.varTypes) != 1 || op.varTypes[string(v)] != "Address!" {
			return false
		}
		p.varName = string(v)
	case string:
		if len(op.varTypes) != 0 || f.args[0].raw != `"`+v+`"` || strings.ContainsRune(v, '\\') {
			return false // a declared variable left unused: graphql-go rejects the document
		}
		p.literal = v
	default:
		return false
	}
	return true
}

// execClaim answers a planned claim document; ok is false when graphql-go must answer instead.
func (s *Server) execClaim(ctx context.Context, p *claimPlan, vars map[string]any) ([]byte, bool) {
	input := any(p.literal)
	if p.varName != "" {
		input = vars[p.varName]
	}
	var a Address
	if err := a.UnmarshalGraphQL(input); err != nil {
		return nil, false
	}
	acct := a.lower()
	m, err := s.claims(ctx, []string{acct})
	if err != nil || m[acct] == nil {
		return nil, false
	}
	return p.write(m[acct]), true
}

// write renders c as graphql-go renders the planned selection of it.
func (p *claimPlan) write(c *claimR) []byte {
	out := make([]byte, 0, 2048)
	out = append(out, `{"`...)
	out = append(out, p.key...)
	out = append(out, `":{`...)
	for i, f := range p.fields {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, '"')
		out = append(out, f.key...)
		out = append(out, `":`...)
		switch f.name {
		case "__typename":
			out = append(out, `"Claim"`...)
		case "account":
			out = appendText(out, c.Account())
		case "block":
			out = appendInt32(out, c.Block())
		case "settledEpoch":
			out = appendInt32(out, c.SettledEpoch())
		case "cumulativeAmount":
			out = appendText(out, c.CumulativeAmount())
		case "claimed":
			out = appendText(out, c.Claimed())
		case "epoch":
			out = appendInt32(out, c.Epoch())
		case "root":
			if r := c.Root(); r != nil {
				out = appendText(out, *r)
			} else {
				out = append(out, "null"...)
			}
		case "acceptedCumulativeAmount":
			out = appendText(out, c.AcceptedCumulativeAmount())
		case "claimable":
			out = appendText(out, c.Claimable())
		case "proof":
			out = append(out, '[')
			for j, h := range c.Proof() {
				if j > 0 {
					out = append(out, ',')
				}
				out = appendText(out, h)
			}
			out = append(out, ']')
		case "distributor":
			if d := c.Distributor(); d != nil {
				out = appendText(out, *d)
			} else {
				out = append(out, "null"...)
			}
		case "calldata":
			if b := c.Calldata(); b != nil {
				out = appendText(out, *b)
			} else {
				out = append(out, "null"...)
			}
		}
	}
	return append(out, "}}"...)
}

// appendText writes a scalar as encoding/json writes a TextMarshaler: a JSON string. The claim's
// scalars are hex and decimal digits, which need no escaping.
func appendText(out []byte, v interface{ MarshalText() ([]byte, error) }) []byte {
	b, _ := v.MarshalText()
	out = append(out, '"')
	out = append(out, b...)
	return append(out, '"')
}

func appendInt32(out []byte, v *int32) []byte {
	if v == nil {
		return append(out, "null"...)
	}
	return strconv.AppendInt(out, int64(*v), 10)
}
