package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"newsgraph/graph"
)

// GraphML attribute types of the property types.
var graphMLTypes = map[propType]string{
	typeString: "string",
	typeBool:   "boolean",
	typeLong:   "long",
	typeDouble: "double",
	typeDate:   "string",
}

// WriteGraphML writes g as GraphML, which Gephi, yEd and Cytoscape open.
// Every attribute is declared with a <key>: the node's name as "label"
// (Gephi's label column), its kind, its aliases joined by " | ", and one
// key per property found on the nodes (prefix n_) and edges (prefix e_),
// typed boolean, long, double or string. Edges carry their kind both as
// "kind" and as "label". Nodes and edges are in ID order.
func WriteGraphML(w io.Writer, g *graph.Subgraph) error {
	g = sortedCopy(g)
	bw := bufio.NewWriter(w)
	nodeCols := propColumns(nodeProps(g), "label", "kind", "aliases")
	edgeCols := propColumns(edgeProps(g), "label", "kind")

	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	key := func(id, target, name, typ string) {
		fmt.Fprintf(bw, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, target, xmlEscape(name), typ)
	}
	key("label", "node", "label", "string")
	key("kind", "node", "kind", "string")
	key("aliases", "node", "aliases", "string")
	nodeIDs := keyIDs("n_", nodeCols)
	for i, c := range nodeCols {
		key(nodeIDs[i], "node", c.key, graphMLTypes[c.typ])
	}
	key("e_label", "edge", "label", "string")
	key("e_kind", "edge", "kind", "string")
	edgeIDs := keyIDs("e_", edgeCols)
	for i, c := range edgeCols {
		key(edgeIDs[i], "edge", c.key, graphMLTypes[c.typ])
	}
	bw.WriteString("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
	data := func(key, value string) {
		fmt.Fprintf(bw, "      <data key=\"%s\">%s</data>\n", key, xmlEscape(value))
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlEscape(string(n.ID)))
		data("label", n.Name)
		data("kind", string(n.Kind))
		if len(n.Aliases) > 0 {
			data("aliases", strings.Join(n.Aliases, " | "))
		}
		for i, c := range nodeCols {
			if v, ok := n.Props[c.key]; ok && v != nil {
				data(nodeIDs[i], formatValue(v, c.typ))
			}
		}
		bw.WriteString("    </node>\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n",
			xmlEscape(string(e.ID)), xmlEscape(string(e.From)), xmlEscape(string(e.To)))
		data("e_label", string(e.Kind))
		data("e_kind", string(e.Kind))
		for i, c := range edgeCols {
			if v, ok := e.Props[c.key]; ok && v != nil {
				data(edgeIDs[i], formatValue(v, c.typ))
			}
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// keyIDs makes XML-safe, distinct key IDs for the columns: prefix and the
// key with characters other than ASCII letters, digits and _ replaced.
func keyIDs(prefix string, cols []propColumn) []string {
	seen := map[string]bool{}
	out := make([]string, len(cols))
	for i, c := range cols {
		id := prefix + sanitizeName(c.key)
		for base, n := id, 2; seen[id]; n++ {
			id = fmt.Sprintf("%s_%d", base, n)
		}
		seen[id] = true
		out[i] = id
	}
	return out
}

// sanitizeName keeps ASCII letters, digits and _ and replaces the rest
// with _.
func sanitizeName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// xmlEscape escapes s for XML text and attribute values; characters XML
// cannot hold become U+FFFD.
func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
