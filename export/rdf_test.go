package export

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"newsgraph/graph"
)

// rdfLine is one Dgraph RDF line split into its terms.
type rdfLine struct {
	subject, predicate, object string
	lang, datatype             string // of a literal object
	literal                    bool
	facets                     map[string]string // raw values
	plain                      string            // the line without its facets
}

var (
	blankRE    = regexp.MustCompile(`^_:[A-Za-z][A-Za-z0-9_:-]*$`)
	predRE     = regexp.MustCompile(`^<[A-Za-z_][A-Za-z0-9_.]*>$`)
	langRE     = regexp.MustCompile(`^[a-zA-Z]+(-[a-zA-Z0-9]+)*$`)
	facetKeyRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	dateRE     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// parseDgraphLine splits a line of Dgraph RDF by hand, strictly: subject,
// predicate, object, optional facets, " ." and nothing else (no fourth
// term).
func parseDgraphLine(line string) (*rdfLine, error) {
	l := &rdfLine{facets: map[string]string{}}
	rest := line
	next := func() (string, error) {
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			return "", fmt.Errorf("missing term")
		}
		t := rest[:i]
		rest = rest[i+1:]
		return t, nil
	}
	var err error
	if l.subject, err = next(); err != nil {
		return nil, err
	}
	if !blankRE.MatchString(l.subject) {
		return nil, fmt.Errorf("subject %q is not a blank node _:label", l.subject)
	}
	if l.predicate, err = next(); err != nil {
		return nil, err
	}
	if !predRE.MatchString(l.predicate) {
		return nil, fmt.Errorf("bad predicate %q", l.predicate)
	}
	if strings.HasPrefix(rest, `"`) {
		end, err := quotedEnd(rest)
		if err != nil {
			return nil, err
		}
		if _, err := strconv.Unquote(rest[:end]); err != nil {
			return nil, fmt.Errorf("literal %s: %v", rest[:end], err)
		}
		l.literal = true
		l.object = rest[:end]
		rest = rest[end:]
		switch {
		case strings.HasPrefix(rest, "@"):
			i := strings.IndexByte(rest, ' ')
			l.lang = rest[1:i]
			rest = rest[i:]
			if !langRE.MatchString(l.lang) {
				return nil, fmt.Errorf("bad language tag %q", l.lang)
			}
		case strings.HasPrefix(rest, "^^<"):
			i := strings.IndexByte(rest, '>')
			l.datatype = rest[3:i]
			rest = rest[i+1:]
		}
		if strings.HasPrefix(rest, "@") || strings.HasPrefix(rest, "^^") {
			return nil, fmt.Errorf("literal with both a language tag and a datatype")
		}
		if !strings.HasPrefix(rest, " ") {
			return nil, fmt.Errorf("no space after the object")
		}
		rest = rest[1:]
	} else {
		if l.object, err = next(); err != nil {
			return nil, err
		}
		if !blankRE.MatchString(l.object) {
			return nil, fmt.Errorf("object %q is not a blank node", l.object)
		}
	}
	l.plain = line
	if strings.HasPrefix(rest, "(") {
		l.plain = strings.TrimSuffix(line[:len(line)-len(rest)], " ") + " ."
		i := 1
		for {
			eq := strings.IndexByte(rest[i:], '=')
			if eq < 0 {
				return nil, fmt.Errorf("facet without =")
			}
			key := rest[i : i+eq]
			if !facetKeyRE.MatchString(key) {
				return nil, fmt.Errorf("bad facet key %q", key)
			}
			i += eq + 1
			var val string
			if strings.HasPrefix(rest[i:], `"`) {
				end, err := quotedEnd(rest[i:])
				if err != nil {
					return nil, err
				}
				val = rest[i : i+end]
				if _, err := strconv.Unquote(val); err != nil {
					return nil, fmt.Errorf("facet %s: %v", key, err)
				}
			} else {
				end := strings.IndexAny(rest[i:], ",)")
				if end < 0 {
					return nil, fmt.Errorf("facet %s: no end", key)
				}
				val = rest[i : i+end]
				if !bareFacet(val) {
					return nil, fmt.Errorf("facet %s=%s: not a number, boolean or date", key, val)
				}
			}
			if _, dup := l.facets[key]; dup {
				return nil, fmt.Errorf("facet %s repeated", key)
			}
			l.facets[key] = val
			i += len(val)
			if strings.HasPrefix(rest[i:], ", ") {
				i += 2
				continue
			}
			if strings.HasPrefix(rest[i:], ")") {
				rest = rest[i+1:]
				break
			}
			return nil, fmt.Errorf("facets: unexpected %q", rest[i:])
		}
		if !strings.HasPrefix(rest, " ") {
			return nil, fmt.Errorf("no space after the facets")
		}
		rest = rest[1:]
	}
	if rest != "." {
		return nil, fmt.Errorf("line does not end in \" .\" after the object and facets (a fourth term?): %q", rest)
	}
	return l, nil
}

// quotedEnd returns the index after the closing quote of the string
// literal that s starts with.
func quotedEnd(s string) (int, error) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("unterminated string %q", s)
}

func bareFacet(v string) bool {
	if v == "true" || v == "false" || dateRE.MatchString(v) {
		return true
	}
	_, err := strconv.ParseFloat(v, 64)
	return err == nil
}

// schemaDecls maps each predicate of a DQL schema to its declaration.
func schemaDecls(schema string, bad func(string, ...any)) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(schema, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "type ") ||
			strings.HasPrefix(line, "  ") || line == "}" {
			continue
		}
		name, decl, ok := strings.Cut(line, ":")
		if !ok || !strings.HasSuffix(decl, " .") {
			bad("schema line %q is not \"name: type ... .\"", line)
			continue
		}
		out[name] = strings.TrimSpace(decl)
	}
	return out
}

var dgraphDatatypes = map[string]string{
	"xs:boolean": "bool", "xs:int": "int", "xs:float": "float", "xs:dateTime": "datetime", "xs:string": "string",
}

// checkDgraph checks Dgraph RDF against its schema and the rules of the
// loaders.
func checkDgraph(t *testing.T, data, schema string) {
	t.Helper()
	for _, p := range dgraphProblems(data, schema) {
		t.Error(p)
	}
}

// dgraphProblems lists what breaks the rules in data and schema.
func dgraphProblems(data, schema string) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	decls := schemaDecls(schema, bad)
	var stripped strings.Builder
	for n, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		l, err := parseDgraphLine(line)
		if err != nil {
			bad("line %d: %v\n%s", n+1, err, line)
			continue
		}
		pred := strings.Trim(l.predicate, "<>")
		decl, declared := decls[pred]
		switch {
		case pred == "dgraph.type":
			if !l.literal || l.lang != "" || l.datatype != "" {
				bad("line %d: dgraph.type needs a plain string: %s", n+1, line)
			}
		case !declared:
			bad("line %d: predicate %s is not declared in the schema", n+1, pred)
		case !l.literal:
			if !strings.HasPrefix(decl, "[uid]") {
				bad("line %d: edge predicate %s declared %q, not [uid]", n+1, pred, decl)
			}
		case l.lang != "":
			if !strings.Contains(decl, "@lang") {
				bad("line %d: %s has a language tag but is declared %q, without @lang", n+1, pred, decl)
			}
		case l.datatype != "":
			want := dgraphDatatypes[l.datatype]
			if want == "" || !strings.HasPrefix(decl, want+" ") && !strings.HasPrefix(decl, "["+want+"]") {
				bad("line %d: %s is %s but declared %q", n+1, pred, l.datatype, decl)
			}
		default:
			if !strings.HasPrefix(decl, "string") && !strings.HasPrefix(decl, "[string]") {
				bad("line %d: %s is a plain string but declared %q", n+1, pred, decl)
			}
		}
		if len(l.facets) > 0 && l.literal {
			bad("line %d: facets on a literal", n+1)
		}
		// The line without its facets is N-Quads; the Dgraph-only
		// datatype prefix xs: is spelled out for the N-Quads parser.
		plain := strings.Replace(l.plain, "^^<xs:", "^^<http://www.w3.org/2001/XMLSchema#", 1)
		plain = strings.Replace(plain, " <dgraph.type> ", " <dgraph:type> ", 1)
		stripped.WriteString(toIRIPredicate(plain) + "\n")
	}
	ds, err := ld.ParseNQuads(stripped.String())
	if err != nil {
		bad("N-Quads parser rejects the lines without facets: %v", err)
	} else if len(ds.Graphs["@default"]) == 0 {
		bad("N-Quads parser found no triples")
	}
	return problems
}

// toIRIPredicate makes the bare predicate of a Dgraph line (<name>) an
// absolute IRI, which N-Quads requires.
func toIRIPredicate(line string) string {
	s, rest, _ := strings.Cut(line, " ")
	p, rest, _ := strings.Cut(rest, " ")
	if !strings.Contains(p, ":") {
		p = "<urn:p:" + strings.Trim(p, "<>") + ">"
	}
	return s + " " + p + " " + rest
}

func TestDgraphRules(t *testing.T) {
	var data, schema bytes.Buffer
	g := fixture()
	if err := WriteDgraph(&data, g); err != nil {
		t.Fatal(err)
	}
	if err := WriteDgraphSchema(&schema, g); err != nil {
		t.Fatal(err)
	}
	checkDgraph(t, data.String(), schema.String())

	// Every node has a stable xid and a type.
	for _, n := range g.Nodes {
		for _, want := range []string{
			fmt.Sprintf("_:%s <xid> %q .\n", n.ID, n.ID),
			fmt.Sprintf("_:%s <dgraph.type> %q .\n", n.ID, typeName(n.Kind)),
		} {
			if !strings.Contains(data.String(), want) {
				t.Errorf("missing %q", want)
			}
		}
	}
	// Names in Arabic and English are tagged by script.
	for _, want := range []string{
		`_:per-benali <name> "كريم بنعلي"@ar .`,
		`_:per-benali <name> "Karim Benali"@en .`,
		`(article="art-1", date=2026-03-11, evidence="The sentence that says so.", id="con-7", status="denied") .`,
		`first=2026-03-10, folded=2, id="con-3"`,
	} {
		if !strings.Contains(data.String(), want) {
			t.Errorf("missing %s", want)
		}
	}
}

// TestDgraphOddNodes checks the rules on IDs and values that newsgraph does
// not make but an old or edited database might hold.
func TestDgraphOddNodes(t *testing.T) {
	g := &graph.Subgraph{
		Nodes: []*graph.Node{
			{ID: "123", Kind: graph.Person, Name: "digits only"},
			{ID: "a b/c", Kind: graph.Person, Name: "tab\there, bell\a, CR\r, NUL\x00 and \xff bad UTF-8"},
			{ID: "a_b_c", Kind: graph.Organization, Name: "\u200fRLM and \u200eLRM marks", Props: map[string]any{
				"weight": 1.5, "count": 3.0, "flag": true, "list": []any{"x", "y"}, "mixed": "2026-01-01", "kind": "k"}},
			{ID: "x", Kind: graph.Place, Name: "", Props: map[string]any{"mixed": 4.0}},
		},
		Edges: []*graph.Edge{
			{ID: "e1", Kind: graph.Met, From: "123", To: "a b/c", Props: map[string]any{
				"date": "2026-02-30", "confidence": 0.75, "note": "a \"quoted\" (paren) \\ value, with = and )"}},
		},
	}
	var data, schema bytes.Buffer
	if err := WriteDgraph(&data, g); err != nil {
		t.Fatal(err)
	}
	if err := WriteDgraphSchema(&schema, g); err != nil {
		t.Fatal(err)
	}
	checkDgraph(t, data.String(), schema.String())
	labels := map[string]bool{}
	for _, n := range g.Nodes {
		l := blankLabel(n.ID)
		if labels[l] {
			t.Errorf("label %q given twice", l)
		}
		labels[l] = true
		if l != blankLabel(n.ID) {
			t.Errorf("label of %q not stable", n.ID)
		}
	}
	var nq bytes.Buffer
	if err := WriteNQuads(&nq, g); err != nil {
		t.Fatal(err)
	}
	if _, err := ld.ParseNQuads(nq.String()); err != nil {
		t.Errorf("N-Quads: %v\n%s", err, nq.String())
	}
}

func TestNQuadsParse(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteNQuads(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	ds, err := ld.ParseNQuads(buf.String())
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(buf.String(), "\n")
	if got := len(ds.Graphs["@default"]); got != lines {
		t.Errorf("parsed %d triples from %d lines", got, lines)
	}
	// The Arabic name comes back intact and tagged.
	found := false
	for _, q := range ds.Graphs["@default"] {
		if lit, ok := q.Object.(ld.Literal); ok && lit.Value == "كريم بنعلي" && lit.Language == "ar" {
			found = true
		}
		if lit, ok := q.Object.(ld.Literal); ok && strings.HasPrefix(lit.Value, "Samuel") && lit.Value != "Samuel \"Sam\" Kamau\\Jr.\nof Nairobi" {
			t.Errorf("name read back as %q", lit.Value)
		}
	}
	if !found {
		t.Error("Arabic name not read back with @ar")
	}
}

// TestDgraphCheckerCatches makes sure the checks above fail on what they
// are meant to catch.
func TestDgraphCheckerCatches(t *testing.T) {
	schema := "name: string @lang .\nnote: string .\nmet: [uid] .\nfriend: string .\n"
	for _, data := range []string{
		`_:a <name> "x"@en <graph> .`,                  // fourth term
		`_:a <name> "x"@en^^<xs:string> .`,             // tag and datatype
		`_:a <note> "x"@en .`,                          // tag on a predicate without @lang
		`_:a <friend> _:b .`,                           // edge not declared [uid]
		`_:a <other> "x" .`,                            // undeclared
		`_:12 <met> _:b .`,                             // bare number label
		`<12> <met> _:b .`,                             // not a blank node
		`_:a <met> _:b (date=2025-07-04 status="x") .`, // facets without comma
		`_:a <met> _:b (note=plain) .`,                 // unquoted string facet
		`_:a <met> _:b (note="a"b") .`,                 // broken quoting
		`_:a <met> _:b .  `,                            // trailing junk
	} {
		if len(dgraphProblems(data+"\n", schema)) == 0 {
			t.Errorf("no problem found in %s", data)
		}
	}
	if p := dgraphProblems(`_:a <met> _:b (date=2025-07-04, status="planned", n=2, ok=true) .`+"\n", schema); len(p) > 0 {
		t.Errorf("good line rejected: %v", p)
	}
}
