package export

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"

	"newsgraph/graph"
)

// RDF output comes in two flavours that share one writer:
//
//   - Dgraph (WriteDgraph): the RDF that "dgraph live" and "dgraph bulk"
//     load. Subjects are blank nodes named after the node IDs (_:per-…),
//     types are <dgraph.type> triples, edges are uid triples whose
//     properties are facets, and schema.dql (WriteDgraphSchema) declares
//     every predicate.
//   - N-Quads (WriteNQuads): plain RDF 1.1 for other triple stores. Nodes
//     and edges are IRIs under urn:newsgraph:, types are rdf:type, and each
//     edge is also a resource of its own carrying its properties, since
//     plain RDF has no facets.
//
// Both write one triple per line and no graph label (no fourth term).
// Names and statements are language-tagged literals ("…"@ar, "…"@en, by
// script); other values are plain strings or typed literals, never both a
// tag and a type.

const (
	nsNewsgraph = "urn:newsgraph:"
	rdfType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	xsdNS       = "http://www.w3.org/2001/XMLSchema#"
)

// Dgraph predicates that every export declares.
const (
	predXID   = "xid"
	predName  = "name"
	predAlias = "alias"
	predText  = "text"
	predArt   = "article" // a statement's article, as a uid edge
)

// DgraphFiles are the names of the files --format dgraph writes.
const (
	DgraphDataFile    = "data.rdf.gz"
	DgraphSchemaFile  = "schema.dql"
	DgraphGraphQLFile = "schema.graphql"
)

type rdfFlavour int

const (
	flavourDgraph rdfFlavour = iota
	flavourNQuads
)

type rdfWriter struct {
	w       *bufio.Writer
	flavour rdfFlavour
	labels  map[graph.ID]string
	types   map[string]propType // of node properties, then of edge properties
}

// WriteDgraph writes g as RDF for Dgraph's live and bulk loaders. Load it
// with the schema of WriteDgraphSchema; that file's header says how to load
// twice without duplicating nodes.
//
// Dgraph keeps one edge per subject, predicate and object, so contacts of
// one kind from one node to another are folded into one edge: its facets
// are those of the latest contact, with folded= (how many) and first= (the
// earliest date) when there are several.
func WriteDgraph(w io.Writer, g *graph.Subgraph) error {
	return writeRDF(w, g, flavourDgraph)
}

// WriteNQuads writes g as N-Quads (one triple per line, IRIs under
// urn:newsgraph:) for other triple stores.
func WriteNQuads(w io.Writer, g *graph.Subgraph) error {
	return writeRDF(w, g, flavourNQuads)
}

func writeRDF(w io.Writer, g *graph.Subgraph, flavour rdfFlavour) error {
	g = sortedCopy(g)
	rw := &rdfWriter{w: bufio.NewWriter(w), flavour: flavour, labels: blankLabels(g), types: columnTypes(nodeProps(g))}
	in := map[graph.ID]bool{}
	for _, n := range g.Nodes {
		in[n.ID] = true
	}
	for _, n := range g.Nodes {
		rw.node(n, in)
	}
	if flavour == flavourDgraph {
		rw.dgraphEdges(g.Edges)
	} else {
		rw.types = columnTypes(edgeProps(g))
		rw.nquadsEdges(g.Edges)
	}
	return rw.w.Flush()
}

// blankLabels names each node for Dgraph: its ID when that is made of ASCII
// letters, digits, _ and - and starts with a letter (the IDs newsgraph
// makes always are); otherwise the ID with other characters replaced by _
// and a hash of the ID appended, so that labels stay distinct and the same
// from one export to the next. (Dgraph would take ":" too, but N-Quads
// blank node labels may not hold it.)
func blankLabels(g *graph.Subgraph) map[graph.ID]string {
	out := make(map[graph.ID]string, len(g.Nodes))
	for _, n := range g.Nodes {
		out[n.ID] = blankLabel(n.ID)
	}
	for _, e := range g.Edges {
		for _, id := range []graph.ID{e.From, e.To} {
			if _, ok := out[id]; !ok {
				out[id] = blankLabel(id)
			}
		}
	}
	return out
}

func blankLabel(id graph.ID) string {
	s := string(id)
	ok := s != "" && isASCIILetter(s[0])
	b := []byte(s)
	for i, c := range b {
		if !(isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-') {
			b[i] = '_'
			ok = false
		}
	}
	if ok {
		return s
	}
	h := sha256.Sum256([]byte(s))
	return "n_" + string(b) + "-" + hex.EncodeToString(h[:6])
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// subject returns the term that names node id.
func (rw *rdfWriter) subject(id graph.ID) string {
	if rw.flavour == flavourDgraph {
		return "_:" + rw.labels[id]
	}
	return "<" + nsNewsgraph + iriEscape(string(id)) + ">"
}

// pred returns the term of predicate name.
func (rw *rdfWriter) pred(name string) string {
	if rw.flavour == flavourDgraph {
		return "<" + name + ">"
	}
	return "<" + nsNewsgraph + name + ">"
}

func (rw *rdfWriter) triple(s, p, o string) {
	rw.w.WriteString(s)
	rw.w.WriteByte(' ')
	rw.w.WriteString(p)
	rw.w.WriteByte(' ')
	rw.w.WriteString(o)
	rw.w.WriteString(" .\n")
}

// typeName is the Dgraph type or RDF class of a node kind: Person.
func typeName(kind graph.NodeKind) string { return neo4jLabel(string(kind)) }

func (rw *rdfWriter) node(n *graph.Node, in map[graph.ID]bool) {
	s := rw.subject(n.ID)
	if rw.flavour == flavourDgraph {
		rw.triple(s, "<dgraph.type>", literal(typeName(n.Kind)))
	} else {
		rw.triple(s, "<"+rdfType+">", "<"+nsNewsgraph+typeName(n.Kind)+">")
	}
	rw.triple(s, rw.pred(predXID), literal(string(n.ID)))
	if n.Name != "" {
		rw.triple(s, rw.pred(predName), langLiteral(n.Name))
	}
	aliases := slices.Clone(n.Aliases)
	if en := graph.Prop(n.Props, graph.PropNameEn); en != "" && en != n.Name {
		if language(n.Name) != "en" {
			rw.triple(s, rw.pred(predName), literal(en)+"@en")
		} else if !slices.Contains(aliases, en) {
			aliases = append(aliases, en)
		}
	}
	for _, a := range aliases {
		rw.triple(s, rw.pred(predAlias), literal(a))
	}
	for _, k := range sortedKeys(n.Props) {
		v := n.Props[k]
		switch {
		case v == nil || k == graph.PropNameEn:
		case k == graph.PropText:
			rw.triple(s, rw.pred(predText), langLiteral(formatValue(v, typeString)))
		case k == graph.PropArticle:
			if id, ok := v.(string); ok && in[graph.ID(id)] {
				rw.triple(s, rw.pred(predArt), rw.subject(graph.ID(id)))
			}
		default:
			rw.triple(s, rw.pred(nodePredicate(k)), rw.typedLiteral(v, rw.types[k]))
		}
	}
}

// nodePredicate is the predicate of node property k; keys that the
// writer uses for its own predicates get a prefix.
func nodePredicate(k string) string {
	k = sanitizeName(k)
	switch k {
	case predXID, predName, predAlias, predText, predArt:
		return "prop_" + k
	}
	if slices.Contains(graph.EdgeKinds, graph.EdgeKind(k)) {
		return "prop_" + k
	}
	return k
}

// columnTypes maps each property key to the type of all its values.
func columnTypes(props []map[string]any) map[string]propType {
	out := map[string]propType{}
	for _, c := range propColumns(props) {
		out[c.key] = c.typ
	}
	return out
}

// typedLiteral writes a property value of a column of type t: booleans and
// numbers typed, YYYY-MM-DD dates as xs:dateTime (Dgraph) or xsd:date,
// everything else a plain string.
func (rw *rdfWriter) typedLiteral(v any, t propType) string {
	val := formatValue(v, t)
	var dt string
	switch t {
	case typeBool:
		dt = "boolean"
	case typeLong:
		dt = "int"
		if rw.flavour == flavourNQuads {
			dt = "integer"
		}
	case typeDouble:
		dt = "float"
		if rw.flavour == flavourNQuads {
			dt = "double"
		}
	case typeDate:
		dt = "dateTime"
		if rw.flavour == flavourNQuads {
			dt = "date"
		}
	default:
		return literal(val)
	}
	if rw.flavour == flavourDgraph {
		return literal(val) + "^^<xs:" + dt + ">"
	}
	return literal(val) + "^^<" + xsdNS + dt + ">"
}

// dgraphEdges writes one uid triple per subject, predicate and object,
// with the edge properties as facets.
func (rw *rdfWriter) dgraphEdges(edges []*graph.Edge) {
	type spo struct {
		from, to graph.ID
		kind     graph.EdgeKind
	}
	groups := map[spo][]*graph.Edge{}
	var order []spo
	for _, e := range edges {
		k := spo{e.From, e.To, e.Kind}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	for _, k := range order {
		es := groups[k]
		slices.SortFunc(es, func(a, b *graph.Edge) int {
			return cmp.Or(cmp.Compare(graph.Prop(a.Props, graph.PropDate), graph.Prop(b.Props, graph.PropDate)), cmp.Compare(a.ID, b.ID))
		})
		last := es[len(es)-1]
		facets := map[string]any{}
		for key, v := range last.Props {
			facets[sanitizeName(key)] = v
		}
		facets["id"] = string(last.ID)
		if len(es) > 1 {
			facets["folded"] = len(es)
			if d := graph.Prop(es[0].Props, graph.PropDate); d != "" {
				facets["first"] = d
			}
		}
		rw.w.WriteString(rw.subject(k.from))
		rw.w.WriteByte(' ')
		rw.w.WriteString(rw.pred(string(k.kind)))
		rw.w.WriteByte(' ')
		rw.w.WriteString(rw.subject(k.to))
		rw.w.WriteString(" (")
		for i, key := range sortedKeys(facets) {
			if i > 0 {
				rw.w.WriteString(", ")
			}
			rw.w.WriteString(key)
			rw.w.WriteByte('=')
			rw.w.WriteString(facetValue(facets[key]))
		}
		rw.w.WriteString(") .\n")
	}
}

// facetValue writes a facet value as Dgraph reads it: strings quoted (Go
// syntax), YYYY-MM-DD dates, numbers and booleans bare.
func facetValue(v any) string {
	switch t := typeOfValue(v); t {
	case typeBool, typeLong, typeDouble, typeDate:
		return formatValue(v, t)
	}
	return literal(formatValue(v, typeString))
}

// nquadsEdges writes each edge as a triple between its ends, once per
// subject, predicate and object, and as a resource of its own that holds
// its kind, ends and properties (its article as a link, its evidence
// language-tagged).
func (rw *rdfWriter) nquadsEdges(edges []*graph.Edge) {
	seen := map[string]bool{}
	for _, e := range edges {
		t := rw.subject(e.From) + " " + rw.pred(string(e.Kind)) + " " + rw.subject(e.To)
		if !seen[t] {
			seen[t] = true
			rw.w.WriteString(t + " .\n")
		}
	}
	for _, e := range edges {
		s := rw.subject(e.ID)
		rw.triple(s, "<"+rdfType+">", "<"+nsNewsgraph+"Edge>")
		rw.triple(s, rw.pred("kind"), literal(string(e.Kind)))
		rw.triple(s, rw.pred("from"), rw.subject(e.From))
		rw.triple(s, rw.pred("to"), rw.subject(e.To))
		for _, k := range sortedKeys(e.Props) {
			if v := e.Props[k]; v != nil {
				art, isArt := v.(string)
				switch {
				case k == graph.PropArticle && isArt:
					rw.triple(s, rw.pred(k), rw.subject(graph.ID(art)))
				case k == graph.PropEvidence:
					rw.triple(s, rw.pred(sanitizeName(k)), langLiteral(formatValue(v, typeString)))
				default:
					rw.triple(s, rw.pred(sanitizeName(k)), rw.typedLiteral(v, rw.types[k]))
				}
			}
		}
	}
}

// literal quotes s as an RDF string that both N-Quads and Dgraph (which
// unquotes with Go's rules) read back as s: " \ and line breaks escaped,
// other control characters as \u00XX, everything else as it is.
func literal(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// langLiteral is s tagged with its language: "…"@ar or "…"@en.
func langLiteral(s string) string { return literal(s) + "@" + language(s) }

// iriEscape percent-encodes the characters an IRI cannot hold.
func iriEscape(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if r <= 0x20 || r == 0x7f || strings.ContainsRune("<>\"{}|^`\\%", r) {
			fmt.Fprintf(&b, "%%%02X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
