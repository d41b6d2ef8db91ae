package graph

import (
	"context"
	"slices"
)

// EdgeFilter selects edges during a traversal. Zero values select all.
type EdgeFilter struct {
	Kinds []EdgeKind // edge kinds to follow; all when empty
	// From and To bound the edge's date (YYYY-MM-DD, inclusive). Edges
	// without a date pass when both are empty and fail otherwise.
	From, To string
}

// Match reports whether e passes the filter.
func (f EdgeFilter) Match(e *Edge) bool {
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, e.Kind) {
		return false
	}
	if f.From == "" && f.To == "" {
		return true
	}
	d := Prop(e.Props, PropDate)
	if d == "" {
		return false
	}
	return (f.From == "" || d >= f.From) && (f.To == "" || d <= f.To)
}

// other returns the end of e that is not id.
func other(e *Edge, id ID) ID {
	if e.From == id {
		return e.To
	}
	return e.From
}

// Neighbourhood returns the nodes within depth hops of id, following edges
// in both directions that pass f, and the edges among them that were
// followed. It stops adding nodes once it has limit of them (0: no limit).
func Neighbourhood(ctx context.Context, s Store, id ID, depth int, f EdgeFilter, limit int) (*Subgraph, error) {
	start, err := s.Node(ctx, id)
	if err != nil {
		return nil, err
	}
	g := &Subgraph{Nodes: []*Node{start}}
	seen := map[ID]bool{id: true}
	seenEdge := map[ID]bool{}
	frontier := []ID{id}
	for hop := 0; hop < depth && len(frontier) > 0; hop++ {
		var next []ID
		for _, n := range frontier {
			edges, err := s.Edges(ctx, n, Both, "")
			if err != nil {
				return nil, err
			}
			for _, e := range edges {
				if seenEdge[e.ID] || !f.Match(e) {
					continue
				}
				o := other(e, n)
				if !seen[o] {
					if limit > 0 && len(g.Nodes) >= limit {
						continue
					}
					node, err := s.Node(ctx, o)
					if err != nil {
						return nil, err
					}
					seen[o] = true
					g.Nodes = append(g.Nodes, node)
					next = append(next, o)
				}
				seenEdge[e.ID] = true
				g.Edges = append(g.Edges, e)
			}
		}
		frontier = next
	}
	g.Sort()
	return g, nil
}

// Path is a chain of edges from one node to another.
type Path []*Edge

// Paths returns up to first shortest paths of at most maxHops edges between
// from and to, following edges in either direction that pass f. Paths do
// not pass through article or statement nodes unless f asks for
// mentioned_in or said edges.
func Paths(ctx context.Context, s Store, from, to ID, maxHops int, f EdgeFilter, first int) ([]Path, error) {
	if _, err := s.Node(ctx, from); err != nil {
		return nil, err
	}
	if _, err := s.Node(ctx, to); err != nil {
		return nil, err
	}
	if from == to || first <= 0 {
		return nil, nil
	}
	// Breadth-first search that keeps, for every node, all the edges that
	// reach it on a shortest path.
	parents := map[ID][]*Edge{from: nil}
	frontier := []ID{from}
	for hop := 0; hop < maxHops && len(frontier) > 0; hop++ {
		level := map[ID][]*Edge{}
		for _, n := range frontier {
			edges, err := s.Edges(ctx, n, Both, "")
			if err != nil {
				return nil, err
			}
			for _, e := range edges {
				if !f.Match(e) || (len(f.Kinds) == 0 && (e.Kind == MentionedIn || e.Kind == Said)) {
					continue
				}
				o := other(e, n)
				if _, done := parents[o]; done {
					continue
				}
				level[o] = append(level[o], e)
			}
		}
		var next []ID
		for n, es := range level {
			parents[n] = es
			next = append(next, n)
		}
		slices.Sort(next)
		frontier = next
		if _, ok := level[to]; ok {
			break
		}
	}
	if _, ok := parents[to]; !ok {
		return nil, nil
	}
	var out []Path
	var walk func(n ID, suffix Path)
	walk = func(n ID, suffix Path) {
		if len(out) >= first {
			return
		}
		if n == from {
			out = append(out, slices.Clone(suffix))
			return
		}
		es := slices.Clone(parents[n])
		slices.SortFunc(es, func(a, b *Edge) int { return compareIDs(a.ID, b.ID) })
		for _, e := range es {
			walk(other(e, n), append(Path{e}, suffix...))
		}
	}
	walk(to, nil)
	return out, nil
}

func compareIDs(a, b ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
