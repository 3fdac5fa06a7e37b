package graphql

import (
	"errors"
	"strings"
)

// A small GraphQL document reader used before graphql-go sees a query: it measures depth and
// complexity (every field selection counts, aliases included, fragments expanded), finds the
// operation type, and gives a normalized text for cache keys. Anything it cannot read is left
// for graphql-go to reject with a proper syntax error.

type token struct {
	kind byte // 'n' name, 'p' punctuator, 's' string, 'v' number
	text string
}

var errLex = errors.New("lex error")

func lex(src string) ([]token, error) {
	var out []token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == 0xEF || c == 0xBB || c == 0xBF:
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case c == '.':
			if !strings.HasPrefix(src[i:], "...") {
				return nil, errLex
			}
			out = append(out, token{'p', "..."})
			i += 3
		case strings.IndexByte("!$&()[]{}:=@|", c) >= 0:
			out = append(out, token{'p', string(c)})
			i++
		case c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i + 1
			for j < len(src) && (src[j] == '_' || (src[j]|0x20 >= 'a' && src[j]|0x20 <= 'z') || (src[j] >= '0' && src[j] <= '9')) {
				j++
			}
			out = append(out, token{'n', src[i:j]})
			i = j
		case c == '-' || (c >= '0' && c <= '9'):
			j := i + 1
			for j < len(src) && strings.IndexByte("0123456789.eE+-", src[j]) >= 0 {
				j++
			}
			out = append(out, token{'v', src[i:j]})
			i = j
		case c == '"':
			if strings.HasPrefix(src[i:], `"""`) {
				j := i + 3
				for {
					k := strings.Index(src[j:], `"""`)
					if k < 0 {
						return nil, errLex
					}
					if src[j+k-1] == '\\' {
						j += k + 3
						continue
					}
					j += k + 3
					break
				}
				out = append(out, token{'s', src[i:j]})
				i = j
				continue
			}
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				if j < len(src) && (src[j] == '\n' || src[j] == '\r') {
					return nil, errLex
				}
				j++
			}
			if j >= len(src) {
				return nil, errLex
			}
			out = append(out, token{'s', src[i : j+1]})
			i = j + 1
		default:
			return nil, errLex
		}
	}
	return out, nil
}

// sel is a selection: a field (with its sub-selections) or a fragment spread.
type sel struct {
	spread string // fragment name for a spread
	name   string // field name
	kids   []*sel
	field  bool
}

type opInfo struct {
	typ  string // query, mutation, subscription
	name string
	set  []*sel
}

type doc struct {
	ops   []*opInfo
	frags map[string][]*sel
	norm  string
}

type parser struct {
	t     []token
	i     int
	depth int
}

var errParse = errors.New("parse error")

func (p *parser) peek() token {
	if p.i < len(p.t) {
		return p.t[p.i]
	}
	return token{}
}

func (p *parser) next() token {
	t := p.peek()
	p.i++
	return t
}

func (p *parser) is(text string) bool { t := p.peek(); return t.kind != 's' && t.text == text }

func (p *parser) expect(text string) error {
	if !p.is(text) {
		return errParse
	}
	p.i++
	return nil
}

// parseDoc reads a document; it fails on anything it does not understand.
func parseDoc(src string) (*doc, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	norm := make([]string, len(toks))
	for i, t := range toks {
		norm[i] = t.text
	}
	p := &parser{t: toks}
	d := &doc{frags: map[string][]*sel{}, norm: strings.Join(norm, " ")}
	for p.i < len(p.t) {
		t := p.peek()
		switch {
		case t.kind == 'p' && t.text == "{":
			set, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			d.ops = append(d.ops, &opInfo{typ: "query", set: set})
		case t.kind == 'n' && (t.text == "query" || t.text == "mutation" || t.text == "subscription"):
			p.next()
			op := &opInfo{typ: t.text}
			if p.peek().kind == 'n' {
				op.name = p.next().text
			}
			if p.is("(") {
				if err := p.skipBalanced("(", ")"); err != nil {
					return nil, err
				}
			}
			if err := p.directives(); err != nil {
				return nil, err
			}
			set, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			op.set = set
			d.ops = append(d.ops, op)
		case t.kind == 'n' && t.text == "fragment":
			p.next()
			name := p.next()
			if name.kind != 'n' || !p.is("on") {
				return nil, errParse
			}
			p.next()
			if p.next().kind != 'n' {
				return nil, errParse
			}
			if err := p.directives(); err != nil {
				return nil, err
			}
			set, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			d.frags[name.text] = set
		default:
			return nil, errParse
		}
	}
	if len(d.ops) == 0 {
		return nil, errParse
	}
	return d, nil
}

// skipBalanced skips from an opening punctuator to its match, strings included.
func (p *parser) skipBalanced(open, close string) error {
	if err := p.expect(open); err != nil {
		return err
	}
	n := 1
	for n > 0 {
		if p.i >= len(p.t) {
			return errParse
		}
		t := p.next()
		if t.kind != 'p' {
			continue
		}
		switch t.text {
		case "(", "[", "{":
			n++
		case ")", "]", "}":
			n--
		}
	}
	return nil
}

func (p *parser) directives() error {
	for p.is("@") {
		p.next()
		if p.next().kind != 'n' {
			return errParse
		}
		if p.is("(") {
			if err := p.skipBalanced("(", ")"); err != nil {
				return err
			}
		}
	}
	return nil
}

const maxParseNesting = 512

func (p *parser) selectionSet() ([]*sel, error) {
	if err := p.expect("{"); err != nil {
		return nil, err
	}
	p.depth++
	if p.depth > maxParseNesting {
		return nil, errParse
	}
	defer func() { p.depth-- }()
	var out []*sel
	for !p.is("}") {
		if p.i >= len(p.t) {
			return nil, errParse
		}
		if p.is("...") {
			p.next()
			if p.peek().kind == 'n' && p.peek().text != "on" {
				name := p.next().text
				if err := p.directives(); err != nil {
					return nil, err
				}
				out = append(out, &sel{spread: name})
				continue
			}
			if p.is("on") {
				p.next()
				if p.next().kind != 'n' {
					return nil, errParse
				}
			}
			if err := p.directives(); err != nil {
				return nil, err
			}
			kids, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			out = append(out, &sel{kids: kids}) // inline fragment: not a field itself
			continue
		}
		nt := p.next()
		if nt.kind != 'n' {
			return nil, errParse
		}
		name := nt.text
		if p.is(":") {
			p.next()
			nt = p.next()
			if nt.kind != 'n' {
				return nil, errParse
			}
			name = nt.text
		}
		if p.is("(") {
			if err := p.skipBalanced("(", ")"); err != nil {
				return nil, err
			}
		}
		if err := p.directives(); err != nil {
			return nil, err
		}
		s := &sel{field: true, name: name}
		if p.is("{") {
			kids, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			s.kids = kids
		}
		out = append(out, s)
	}
	p.next()
	return out, nil
}

// operation picks the operation graphql-go will run.
func (d *doc) operation(name string) *opInfo {
	if name == "" {
		if len(d.ops) == 1 {
			return d.ops[0]
		}
		return nil
	}
	for _, op := range d.ops {
		if op.name == name {
			return op
		}
	}
	return nil
}

// measure returns the operation's depth and complexity, stopping once either passes its cap
// (so a fragment bomb costs no more than the caps to measure).
func (d *doc) measure(op *opInfo, maxDepth, maxComplexity int) (depth, complexity int) {
	var walk func(set []*sel, level int, stack map[string]bool)
	walk = func(set []*sel, level int, stack map[string]bool) {
		for _, s := range set {
			if complexity > maxComplexity || depth > maxDepth {
				return
			}
			switch {
			case s.spread != "":
				if stack[s.spread] {
					continue // a cycle; graphql-go rejects it
				}
				stack[s.spread] = true
				walk(d.frags[s.spread], level, stack)
				delete(stack, s.spread)
			case s.field && strings.HasPrefix(s.name, "__"):
				// Introspection: bounded by the schema, and GraphiQL's query nests deep.
				complexity++
			case s.field:
				complexity++
				if level > depth {
					depth = level
				}
				walk(s.kids, level+1, stack)
			default:
				walk(s.kids, level, stack)
			}
		}
	}
	walk(op.set, 1, map[string]bool{})
	return depth, complexity
}
