package graph

import (
	"cmp"
	"context"
	"slices"
)

// Subgraph is a selection of nodes and the edges among them, as exporters
// and queries return it.
type Subgraph struct {
	Nodes []*Node
	Edges []*Edge
}

// Sort orders nodes and edges by ID, so that output does not depend on the
// order they were collected in.
func (g *Subgraph) Sort() {
	slices.SortFunc(g.Nodes, func(a, b *Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Edges, func(a, b *Edge) int { return cmp.Compare(a.ID, b.ID) })
}

// All reads the whole graph of s, sorted by ID.
func All(ctx context.Context, s Store) (*Subgraph, error) {
	g := new(Subgraph)
	if err := s.ForEachNode(ctx, func(n *Node) error { g.Nodes = append(g.Nodes, n); return nil }); err != nil {
		return nil, err
	}
	if err := s.ForEachEdge(ctx, func(e *Edge) error { g.Edges = append(g.Edges, e); return nil }); err != nil {
		return nil, err
	}
	g.Sort()
	return g, nil
}
