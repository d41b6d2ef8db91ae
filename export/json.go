package export

import (
	"encoding/json"
	"io"

	"newsgraph/graph"
)

// jsonGraph is the JSON contract of ../shared/eval/FORMAT.md section 1:
// {"nodes": [...], "edges": [...]}, every node with aliases and props as
// arrays and objects (never null).
type jsonGraph struct {
	Nodes []*graph.Node `json:"nodes"`
	Edges []*graph.Edge `json:"edges"`
}

// WriteJSON writes g as indented JSON, nodes and edges in ID order.
func WriteJSON(w io.Writer, g *graph.Subgraph) error {
	out := jsonGraph{Nodes: make([]*graph.Node, len(g.Nodes)), Edges: make([]*graph.Edge, len(g.Edges))}
	for i, n := range g.Nodes {
		c := *n
		if c.Aliases == nil {
			c.Aliases = []string{}
		}
		if c.Props == nil {
			c.Props = map[string]any{}
		}
		out.Nodes[i] = &c
	}
	for i, e := range g.Edges {
		c := *e
		if c.Props == nil {
			c.Props = map[string]any{}
		}
		out.Edges[i] = &c
	}
	sorted := &graph.Subgraph{Nodes: out.Nodes, Edges: out.Edges}
	sorted.Sort()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
