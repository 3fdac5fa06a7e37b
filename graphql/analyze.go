package graphql

import (
	"errors"
	"regexp"
	"strconv"
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
	key    string // the field's response key: its alias, or its name
	kids   []*sel
	field  bool
	size   *sizeArg // first/last, or the addresses list, when given
	args   []arg    // the field's arguments (coerce.go checks their values)
	on     string   // an inline fragment's type condition
}

// arg is one argument of a field: its name and value, read as JSON would be (strings, int64 or
// float64 numbers, bools, nil, []any, map[string]any; enums as enumValue, variables as varRef),
// and a string literal's token as written.
type arg struct {
	name  string
	value any
	raw   string
}

// varRef is a variable used as a value; enumValue an enum literal.
type (
	varRef    string
	enumValue string
)

// sizeArg is how many items a field's arguments ask for: a literal (n) or a variable's value.
type sizeArg struct {
	n       int
	varName string
	list    bool // the variable holds a list whose length counts (accounts' addresses)
}

type opInfo struct {
	typ      string // query, mutation, subscription
	name     string
	set      []*sel
	defaults map[string]int    // variables' default values that can size a list (an integer, a list's length)
	varTypes map[string]string // each variable's declared type as written ("[Address!]!")
	// plainVars: no variable has a default value or a directive.
	plainVars bool
}

// varDefaults reads the defaults of an operation's variable definitions, t being "(" … ")".
func varDefaults(t []token) map[string]int {
	var out map[string]int
	for i := 0; i+1 < len(t); i++ {
		if t[i].kind != 'p' || t[i].text != "$" || t[i+1].kind != 'n' {
			continue
		}
		name := t[i+1].text
		for j := i + 2; j+1 < len(t) && !(t[j].kind == 'p' && t[j].text == "$"); j++ {
			if t[j].kind != 'p' || t[j].text != "=" {
				continue
			}
			v := t[j+1]
			n := -1
			if v.kind == 'v' {
				if x, err := strconv.Atoi(v.text); err == nil {
					n = max(x, 0)
				}
			} else if v.kind == 'p' && v.text == "[" {
				n = listLen(t[j+1:])
			}
			if n >= 0 {
				if out == nil {
					out = map[string]int{}
				}
				out[name] = n
			}
			break
		}
	}
	return out
}

type doc struct {
	ops        []*opInfo
	frags      map[string][]*sel
	fragOn     map[string]string // each fragment's type condition
	norm       string
	directives bool // some selection, operation or fragment has a directive
}

type parser struct {
	t            []token
	i            int
	depth        int
	sawDirective bool // directives() read one
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
	d := &doc{frags: map[string][]*sel{}, fragOn: map[string]string{}, norm: strings.Join(norm, " ")}
	for p.i < len(p.t) {
		t := p.peek()
		switch {
		case t.kind == 'p' && t.text == "{":
			set, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			d.ops = append(d.ops, &opInfo{typ: "query", set: set, plainVars: true})
		case t.kind == 'n' && (t.text == "query" || t.text == "mutation" || t.text == "subscription"):
			p.next()
			op := &opInfo{typ: t.text, plainVars: true}
			if p.peek().kind == 'n' {
				op.name = p.next().text
			}
			if p.is("(") {
				start := p.i
				if err := p.skipBalanced("(", ")"); err != nil {
					return nil, err
				}
				op.defaults = varDefaults(p.t[start:p.i])
				op.varTypes = varTypes(p.t[start:p.i])
				for _, x := range p.t[start:p.i] {
					if x.kind == 'p' && (x.text == "=" || x.text == "@") {
						op.plainVars = false
					}
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
			on := p.next()
			if on.kind != 'n' {
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
			d.fragOn[name.text] = on.text
		default:
			return nil, errParse
		}
	}
	if len(d.ops) == 0 {
		return nil, errParse
	}
	d.directives = p.sawDirective
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

// arguments reads a field's argument list, keeping only what sizes a list: first or last (an
// integer literal or a variable) and addresses (a list literal's length or a variable).
func (p *parser) arguments() (*sizeArg, []arg, error) {
	start := p.i
	if err := p.skipBalanced("(", ")"); err != nil {
		return nil, nil, err
	}
	end := p.i
	args, err := readArgs(p.t[start+1 : end-1])
	if err != nil {
		return nil, nil, err
	}
	var size *sizeArg
	for i := start + 1; i+2 < end; i++ {
		t := p.t[i]
		if t.kind != 'n' || p.t[i+1].kind != 'p' || p.t[i+1].text != ":" {
			continue
		}
		v := p.t[i+2]
		switch {
		case t.text == "first" || t.text == "last":
			if v.kind == 'v' {
				if n, err := strconv.Atoi(v.text); err == nil {
					size = &sizeArg{n: max(n, 0)}
				}
			} else if v.kind == 'p' && v.text == "$" && i+3 < end && p.t[i+3].kind == 'n' {
				size = &sizeArg{varName: p.t[i+3].text}
			}
		case t.text == "addresses":
			if v.kind == 'p' && v.text == "$" && i+3 < end && p.t[i+3].kind == 'n' {
				size = &sizeArg{varName: p.t[i+3].text, list: true}
			} else if v.kind == 'p' && v.text == "[" {
				size = &sizeArg{n: listLen(p.t[i+2 : end])}
			}
		}
	}
	return size, args, nil
}

// listLen counts the values of the list literal t starts with.
func listLen(t []token) int {
	n, depth := 0, 0
	for i, tok := range t {
		if tok.kind == 'p' {
			switch tok.text {
			case "[", "{":
				if depth == 1 {
					n++
				}
				depth++
				continue
			case "]", "}":
				depth--
				if depth == 0 {
					return n
				}
				continue
			case "$":
				if depth == 1 {
					n++
				}
				continue
			}
			continue
		}
		if depth == 1 && !(i > 0 && t[i-1].kind == 'p' && t[i-1].text == "$") {
			n++
		}
	}
	return n
}

func (p *parser) directives() error {
	for p.is("@") {
		p.sawDirective = true
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
			on := ""
			if p.is("on") {
				p.next()
				t := p.next()
				if t.kind != 'n' {
					return nil, errParse
				}
				on = t.text
			}
			if err := p.directives(); err != nil {
				return nil, err
			}
			kids, err := p.selectionSet()
			if err != nil {
				return nil, err
			}
			out = append(out, &sel{kids: kids, on: on}) // inline fragment: not a field itself
			continue
		}
		nt := p.next()
		if nt.kind != 'n' {
			return nil, errParse
		}
		name := nt.text
		key := name
		if p.is(":") {
			p.next()
			nt = p.next()
			if nt.kind != 'n' {
				return nil, errParse
			}
			name = nt.text
		}
		var size *sizeArg
		var args []arg
		if p.is("(") {
			var err error
			if size, args, err = p.arguments(); err != nil {
				return nil, err
			}
		}
		if err := p.directives(); err != nil {
			return nil, err
		}
		s := &sel{field: true, name: name, key: key, size: size, args: args}
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

// pagedFields are the schema's fields that take first/last (by name: a name paged on one type is
// counted as paged on every type, which can only overcount).
var pagedFields = func() map[string]bool {
	out := map[string]bool{}
	for _, m := range regexp.MustCompile(`(\w+)\s*\(([^)]*)\)\s*:`).FindAllStringSubmatch(schemaSDL, -1) {
		if regexp.MustCompile(`\bfirst\s*:`).MatchString(m[2]) {
			out[m[1]] = true
		}
	}
	return out
}()

// sizedByVariables tells whether a list size in op comes from a variable (so nodes must be
// measured per request rather than once per document).
func (d *doc) sizedByVariables(op *opInfo) bool {
	found := false
	// Each fragment is looked into once: a fragment bomb (F1 { ...F0 ...F0 }, F2 { ...F1 ...F1 }, …)
	// spreads 2^n times but holds n fragments.
	seen := map[string]bool{}
	var walk func(set []*sel)
	walk = func(set []*sel) {
		for _, s := range set {
			if found {
				return
			}
			if s.spread != "" {
				if !seen[s.spread] {
					seen[s.spread] = true
					walk(d.frags[s.spread])
				}
				continue
			}
			if s.size != nil && s.size.varName != "" {
				found = true
				return
			}
			walk(s.kids)
		}
	}
	walk(op.set)
	return found
}

// nodes is how many list items op may return: every paged field counts its first or last (the
// variable's value, or defaultFirst when neither is given), accounts its addresses, each times
// the items of the lists it is nested in. It stops once past limit (so a fragment bomb costs no
// more than the limit to measure).
func (d *doc) nodes(op *opInfo, vars map[string]any, defaultFirst, limit int) int {
	// What a fragment spread adds depends only on the fragment and the multiplier it is spread under:
	// remembered, so a fragment bomb (2^n spreads of n fragments) costs n walks, not 2^n. Sums are
	// capped at limit+1 (over the limit is all that matters, and the cap keeps them from overflowing).
	type spreadKey struct {
		name string
		mult int
	}
	memo := map[spreadKey]int{}
	var walk func(set []*sel, mult int, stack map[string]bool) int
	walk = func(set []*sel, mult int, stack map[string]bool) int {
		sum := 0
		for _, s := range set {
			if sum > limit {
				return sum
			}
			switch {
			case s.spread != "":
				if stack[s.spread] {
					continue
				}
				k := spreadKey{s.spread, mult}
				v, ok := memo[k]
				if !ok {
					stack[s.spread] = true
					v = walk(d.frags[s.spread], mult, stack)
					delete(stack, s.spread)
					memo[k] = v
				}
				sum = min(sum+v, limit+1)
			case s.field:
				n := -1
				if s.size != nil {
					n = s.size.value(vars, op.defaults, defaultFirst)
				} else if pagedFields[s.name] {
					n = defaultFirst
				}
				m := mult
				if n >= 0 {
					m = min(mult*max(n, 1), limit+1) // an empty page still resolves its fields once
					sum = min(sum+min(mult*n, limit+1), limit+1)
				}
				sum = min(sum+walk(s.kids, m, stack), limit+1)
			default:
				sum = min(sum+walk(s.kids, mult, stack), limit+1)
			}
		}
		return sum
	}
	return walk(op.set, 1, map[string]bool{})
}

// value is the size the argument asks for; a variable that is absent counts as its default value
// (or, for first/last, as the server's page size), one of the wrong type as 0 (graphql-go rejects it).
func (a *sizeArg) value(vars map[string]any, defaults map[string]int, defaultFirst int) int {
	if a.varName == "" {
		return a.n
	}
	v, ok := vars[a.varName]
	if !ok {
		if n, ok := defaults[a.varName]; ok {
			return n
		}
	}
	if v == nil {
		if a.list {
			return 0
		}
		return defaultFirst
	}
	if a.list {
		l, _ := v.([]any)
		return len(l)
	}
	f, _ := v.(float64)
	if f < 0 {
		return 0
	}
	return int(min(f, 1<<30))
}
