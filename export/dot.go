package export

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emicklei/dot"

	"newsgraph/graph"
)

// DefaultFont has Arabic glyphs as well as Latin ones. Debian's
// fonts-dejavu-core installs it (Graphviz pulls it in); without a font that
// covers Arabic, Graphviz draws boxes instead of letters.
const DefaultFont = "DejaVu Sans"

// LargeGraph is the node count from which DefaultLayout picks sfdp: dot's
// hierarchical layout gets slow and unreadable beyond it.
const LargeGraph = 200

// DefaultLayout returns the Graphviz layout engine for a diagram of n nodes:
// "dot" for small ones, "sfdp" from LargeGraph nodes on.
func DefaultLayout(n int) string {
	if n < LargeGraph {
		return "dot"
	}
	return "sfdp"
}

// Layouts are the Graphviz engines a diagram may ask for.
var Layouts = []string{"dot", "sfdp", "neato", "fdp", "circo", "twopi"}

// DOTOptions change how WriteDOT draws a subgraph. The zero value folds
// repeated contacts, leaves out articles, picks the layout by size and
// draws a legend.
type DOTOptions struct {
	// Unfold draws every contact as its own edge instead of one edge per
	// pair, kind and status with a count and date range.
	Unfold bool
	// Layout is the Graphviz engine written in the graph's layout
	// attribute; "" means DefaultLayout of the number of nodes drawn.
	Layout string
	// Cluster groups nodes: "" for none, "country" to draw each country
	// (a place that people hold roles in) as a box around its people,
	// organizations and itself.
	Cluster string
	// Countries maps nodes to their country when Cluster is "country"
	// (see Countries); when nil they are found from g's holds_role edges.
	Countries map[graph.ID]*graph.Node
	// Articles draws article nodes and mentioned_in edges, which are left
	// out otherwise.
	Articles bool
	// NoLegend leaves out the legend.
	NoLegend bool
	// Font is the font of every label; "" means DefaultFont.
	Font string
}

// Clusterings are the values DOTOptions.Cluster accepts.
var Clusterings = []string{"", "country"}

type nodeStyle struct{ shape, style, fill, border string }

var nodeStyles = map[graph.NodeKind]nodeStyle{
	graph.Person:       {"ellipse", "filled", "#cfe2f3", "#3d85c6"},
	graph.Organization: {"box", "rounded,filled", "#d9ead3", "#6aa84f"},
	graph.Place:        {"hexagon", "filled", "#fff2cc", "#bf9000"},
	graph.Article:      {"tab", "filled", "#eeeeee", "#999999"},
	graph.Statement:    {"note", "filled", "#fdf5e6", "#e69138"},
}

var edgeColours = map[graph.EdgeKind]string{
	graph.Called:      "#1f77b4",
	graph.Met:         "#2ca02c",
	graph.Visited:     "#ff7f0e",
	graph.WroteTo:     "#9467bd",
	graph.Contacted:   "#7f7f7f",
	graph.Said:        "#e69138",
	graph.HoldsRole:   "#999999",
	graph.MentionedIn: "#cccccc",
}

// statusStyles draw contacts that did not (or not yet) happen.
var statusStyles = map[string]string{
	graph.StatusPlanned: "dashed",
	graph.StatusDenied:  "dotted",
}

// Label sizes, in runes.
const (
	maxNameLen      = 60
	maxStatementLen = 160
	wrapStatement   = 36
)

// WriteDOT writes g as a Graphviz diagram: a shape and colour per node kind,
// contacts labelled with their kind and dates, statements as notes beside
// their speakers, and a legend. Nodes and edges are written in ID order, so
// the same subgraph always gives the same file.
func WriteDOT(w io.Writer, g *graph.Subgraph, opt DOTOptions) error {
	d, err := buildDOT(g, opt)
	if err != nil {
		return err
	}
	d.Write(w)
	return nil
}

func buildDOT(g *graph.Subgraph, opt DOTOptions) (*dot.Graph, error) {
	if !slices.Contains(Clusterings, opt.Cluster) {
		return nil, fmt.Errorf("unknown clustering %q (want country)", opt.Cluster)
	}
	if opt.Layout != "" && !slices.Contains(Layouts, opt.Layout) {
		return nil, fmt.Errorf("unknown layout %q (want %s)", opt.Layout, strings.Join(Layouts, ", "))
	}
	font := cmp.Or(opt.Font, DefaultFont)
	sorted := sortedCopy(g)

	// What is drawn: every node but articles (unless asked for), and the
	// edges between drawn nodes.
	drawn := map[graph.ID]*graph.Node{}
	var nodes []*graph.Node
	for _, n := range sorted.Nodes {
		if n.Kind == graph.Article && !opt.Articles {
			continue
		}
		drawn[n.ID] = n
		nodes = append(nodes, n)
	}
	var edges []*graph.Edge
	for _, e := range sorted.Edges {
		if (e.Kind == graph.MentionedIn && !opt.Articles) || drawn[e.From] == nil || drawn[e.To] == nil {
			continue
		}
		edges = append(edges, e)
	}

	layout := cmp.Or(opt.Layout, DefaultLayout(len(nodes)))
	d := dot.NewGraph(dot.Directed)
	d.ID("newsgraph")
	d.Attr("layout", layout)
	d.Attr("charset", "UTF-8")
	d.Attr("fontname", font)
	d.Attr("outputorder", "edgesfirst")
	switch layout {
	case "dot":
		d.Attr("rankdir", "LR")
	default:
		d.Attr("overlap", "false")
	}

	var countries map[graph.ID]*graph.Node
	if opt.Cluster == "country" {
		countries = opt.Countries
		if countries == nil {
			countries = countriesFrom(nodes, edges, func(id graph.ID) *graph.Node { return drawn[id] })
		}
	}
	dn := make(map[graph.ID]dot.Node, len(nodes))
	nodeKinds := map[graph.NodeKind]bool{}
	for _, n := range nodes {
		parent := d
		if c := countries[n.ID]; c != nil {
			parent = d.Subgraph(string(c.ID), dot.ClusterOption{})
			parent.Attr("label", quote(nodeLabel(c)))
			parent.Attr("fontname", font)
			parent.Attr("style", "rounded")
			parent.Attr("color", "#bbbbbb")
		}
		x := parent.Node(string(n.ID))
		st := nodeStyles[n.Kind]
		if st.shape == "" {
			st = nodeStyle{"ellipse", "", "", "black"}
		}
		x.Attr("shape", st.shape)
		if st.style != "" {
			x.Attr("style", st.style)
			x.Attr("fillcolor", st.fill)
		}
		x.Attr("color", st.border)
		x.Attr("fontname", font)
		x.Attr("id", quote(string(n.ID)))
		x.Attr("tooltip", quote(string(n.ID)))
		if n.Kind == graph.Statement {
			x.Attr("fontsize", "10")
			x.Attr("label", quote(statementLabel(n)))
		} else {
			x.Attr("label", quote(nodeLabel(n)))
		}
		dn[n.ID] = x
		nodeKinds[n.Kind] = true
	}

	edgeKinds := map[graph.EdgeKind]bool{}
	statuses := map[string]bool{}
	edge := func(from, to graph.ID, kind graph.EdgeKind, label string) dot.Edge {
		x := d.Edge(dn[from], dn[to])
		x.Attr("color", edgeColours[kind])
		x.Attr("fontcolor", edgeColours[kind])
		x.Attr("fontname", font)
		x.Attr("fontsize", "10")
		if label != "" {
			x.Attr("label", quote(label))
		}
		edgeKinds[kind] = true
		return x
	}
	contact := func(from, to graph.ID, kind graph.EdgeKind, status, label string) dot.Edge {
		x := edge(from, to, kind, label)
		if s := statusStyles[status]; s != "" {
			x.Attr("style", s)
			statuses[status] = true
		}
		return x
	}
	var contacts []*graph.Edge
	for _, e := range edges {
		switch {
		case e.Kind.IsContact():
			if opt.Unfold {
				status := graph.Prop(e.Props, graph.PropStatus)
				x := contact(e.From, e.To, e.Kind, status, contactLabel(e.Kind, status, 1, graph.Prop(e.Props, graph.PropDate), ""))
				x.Attr("id", quote(string(e.ID)))
			} else {
				contacts = append(contacts, e)
			}
		case e.Kind == graph.Said:
			x := edge(e.From, e.To, e.Kind, graph.Prop(e.Props, graph.PropDate))
			x.Attr("style", "dashed")
			x.Attr("arrowhead", "none")
		case e.Kind == graph.HoldsRole:
			x := edge(e.From, e.To, e.Kind, graph.Prop(e.Props, graph.PropRole))
			x.Attr("style", "dashed")
			x.Attr("arrowhead", "empty")
		default:
			x := edge(e.From, e.To, e.Kind, "")
			x.Attr("style", "dotted")
			x.Attr("arrowhead", "none")
		}
	}
	folded := false
	for _, grp := range foldContacts(contacts) {
		from, to := grp.a, grp.b
		if !grp.forward {
			from, to = to, from
		}
		x := contact(from, to, grp.kind, grp.status, contactLabel(grp.kind, grp.status, len(grp.edges), grp.first, grp.last))
		if grp.forward && grp.backward {
			x.Attr("dir", "both")
		}
		if n := len(grp.edges); n > 1 {
			folded = true
			x.Attr("penwidth", fmt.Sprintf("%.1f", min(1+float64(n)/2, 6)))
		}
	}
	if !opt.NoLegend && (len(nodeKinds) > 0 || len(edgeKinds) > 0) {
		d.Attr("label", dot.HTML(legend(nodeKinds, edgeKinds, statuses, folded)))
		d.Attr("labelloc", "b")
		d.Attr("labeljust", "l")
	}
	return d, nil
}

// nodeLabel is a node's name, with its English name below when that
// differs.
func nodeLabel(n *graph.Node) string {
	s := truncate(n.Name, maxNameLen)
	if en := graph.Prop(n.Props, graph.PropNameEn); en != "" && en != n.Name {
		s += "\n" + truncate(en, maxNameLen)
	}
	if s == "" {
		s = string(n.ID)
	}
	return s
}

// statementLabel is the statement's text, shortened, wrapped, and in
// quotation marks when it is a verbatim quote (« » for Arabic).
func statementLabel(n *graph.Node) string {
	text := graph.Prop(n.Props, graph.PropText)
	if text == "" {
		text = n.Name
	}
	text = wrap(truncate(strings.Join(strings.Fields(text), " "), maxStatementLen), wrapStatement)
	if direct, _ := n.Props[graph.PropDirect].(bool); direct {
		if language(text) == "ar" {
			text = "«" + text + "»"
		} else {
			text = "“" + text + "”"
		}
	}
	return text
}

// contactLabel is "called ×3 (planned)" over the date or date range.
func contactLabel(kind graph.EdgeKind, status string, count int, first, last string) string {
	s := string(kind)
	if count > 1 {
		s += fmt.Sprintf(" ×%d", count)
	}
	if status != "" && status != graph.StatusHappened {
		s += " (" + status + ")"
	}
	switch {
	case first != "" && last != "" && last != first:
		s += "\n" + first + " – " + last
	case first != "":
		s += "\n" + first
	}
	return s
}

// legend is an HTML-like label listing the node kinds, edge kinds and
// statuses that the diagram shows. Its strings are fixed, so it needs no
// escaping.
func legend(nodes map[graph.NodeKind]bool, edges map[graph.EdgeKind]bool, statuses map[string]bool, folded bool) string {
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="1" cellspacing="0" cellpadding="3">`)
	for _, k := range graph.NodeKinds {
		if nodes[k] {
			st := nodeStyles[k]
			fmt.Fprintf(&b, `<tr><td bgcolor="%s">%s</td><td>%s</td></tr>`, st.fill, k, st.shape)
		}
	}
	for _, k := range graph.EdgeKinds {
		if edges[k] {
			note := "contact"
			switch k {
			case graph.Said:
				note = "speaker - - statement"
			case graph.HoldsRole:
				note = "role - -▷"
			case graph.MentionedIn:
				note = "entity · · article"
			}
			fmt.Fprintf(&b, `<tr><td><font color="%s">%s</font></td><td><font color="%s">%s</font></td></tr>`,
				edgeColours[k], k, edgeColours[k], note)
		}
	}
	if folded {
		b.WriteString(`<tr><td>×N</td><td>N contacts, first – last date</td></tr>`)
	}
	for _, s := range []string{graph.StatusPlanned, graph.StatusDenied} {
		if statuses[s] {
			fmt.Fprintf(&b, `<tr><td>%s</td><td>%s line</td></tr>`, s, statusStyles[s])
		}
	}
	b.WriteString(`</table>`)
	return b.String()
}

// quote makes s a DOT string that Graphviz reads back as s: quotes and
// backslashes escaped, line breaks as \n, other control characters and
// invalid UTF-8 replaced by U+FFFD. Letters of every script, Arabic included, and
// the bidirectional marks are written as they are, in logical order: the
// renderer (a browser for SVG, Pango for PNG) lays right-to-left text out.
func quote(s string) dot.Literal {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			// other control characters: dropped
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return dot.Literal(b.String())
}

// truncate shortens s to at most n runes, ending it with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// wrap breaks s into lines of about width runes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		if i > 0 {
			if line+1+n > width {
				b.WriteByte('\n')
				line = 0
			} else {
				b.WriteByte(' ')
				line++
			}
		}
		b.WriteString(w)
		line += n
	}
	return b.String()
}
