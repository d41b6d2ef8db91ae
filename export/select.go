package export

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"newsgraph/graph"
)

// Selection says which part of the graph to export. The zero Selection is
// the whole graph, unchanged.
type Selection struct {
	// Focus is a node ID or an entity's name or alias; when set, only the
	// nodes within Depth hops of it are exported (graph.Neighbourhood;
	// Depth 0 is the focus alone).
	Focus string
	Depth int
	// From and To bound edge dates (YYYY-MM-DD, inclusive); edges without
	// a date are left out when either is set.
	From, To string
	// Kinds are the edge kinds to keep; all when empty.
	Kinds []graph.EdgeKind
	// MinWeight drops contact edges whose folded group (same pair, kind
	// and status: one edge of a DOT diagram) has fewer than MinWeight
	// contacts.
	MinWeight int
	// Limit keeps the Limit entities of highest degree (edges other than
	// mentioned_in, then mentions, then ID), the focus always among them,
	// and the statements and articles attached to them.
	Limit int
}

// filtersEdges reports whether s drops edges, and so the nodes that no
// kept edge touches.
func (s Selection) filtersEdges() bool {
	return len(s.Kinds) > 0 || s.From != "" || s.To != "" || s.MinWeight > 1
}

// IsZero reports whether s selects the whole graph.
func (s Selection) IsZero() bool {
	return s.Focus == "" && !s.filtersEdges() && s.Limit <= 0
}

func (s Selection) edgeFilter() graph.EdgeFilter {
	return graph.EdgeFilter{Kinds: s.Kinds, From: s.From, To: s.To}
}

// ErrAmbiguous means a focus name matches several nodes; the error that
// wraps it lists them.
var ErrAmbiguous = errors.New("ambiguous name")

// ParseKinds parses a comma-separated list of edge kinds ("called,met").
func ParseKinds(list string) ([]graph.EdgeKind, error) {
	var out []graph.EdgeKind
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		k := graph.EdgeKind(f)
		if !slices.Contains(graph.EdgeKinds, k) {
			var all []string
			for _, k := range graph.EdgeKinds {
				all = append(all, string(k))
			}
			return nil, fmt.Errorf("unknown edge kind %q (want %s)", f, strings.Join(all, ", "))
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out, nil
}

// Resolve finds the node that focus names: a node ID, else an entity whose
// name or alias folds to focus, else the only entity whose name starts
// with it. Several matches give an error wrapping ErrAmbiguous that lists
// them; none gives one wrapping graph.ErrNotFound.
func Resolve(ctx context.Context, s graph.Store, focus string) (graph.ID, error) {
	if n, err := s.Node(ctx, graph.ID(focus)); err == nil {
		return n.ID, nil
	} else if !errors.Is(err, graph.ErrNotFound) {
		return "", err
	}
	ids, err := s.Lookup(ctx, focus, false)
	if err != nil {
		return "", err
	}
	if len(ids) == 0 {
		if ids, err = s.Lookup(ctx, focus, true); err != nil {
			return "", err
		}
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("focus %q: no node with that ID or name: %w", focus, graph.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	var cands []string
	for _, id := range ids {
		n, err := s.Node(ctx, id)
		if err != nil {
			return "", err
		}
		cands = append(cands, fmt.Sprintf("%s (%s %q)", id, n.Kind, n.Name))
	}
	return "", fmt.Errorf("focus %q: %w, %d candidates (give one ID): %s",
		focus, ErrAmbiguous, len(ids), strings.Join(cands, ", "))
}

// Select reads the part of the graph that sel describes, sorted by ID.
// With a zero Selection it is graph.All.
func Select(ctx context.Context, s graph.Store, sel Selection) (*graph.Subgraph, error) {
	var (
		g     *graph.Subgraph
		focus graph.ID
		err   error
	)
	if sel.IsZero() {
		return graph.All(ctx, s)
	}
	if sel.Focus != "" {
		if focus, err = Resolve(ctx, s, sel.Focus); err != nil {
			return nil, err
		}
		g, err = graph.Neighbourhood(ctx, s, focus, sel.Depth, sel.edgeFilter(), 0)
	} else {
		g, err = graph.All(ctx, s)
		if err == nil && sel.filtersEdges() {
			f := sel.edgeFilter()
			g.Edges = slices.DeleteFunc(g.Edges, func(e *graph.Edge) bool { return !f.Match(e) })
		}
	}
	if err != nil {
		return nil, err
	}
	Refine(g, sel, focus)
	return g, nil
}

// Refine applies the parts of sel that work on a subgraph already read —
// MinWeight and Limit, and dropping nodes that no kept edge touches when
// sel filters edges — keeping focus, when set, in any case. It leaves g
// sorted by ID.
func Refine(g *graph.Subgraph, sel Selection, focus graph.ID) {
	if sel.MinWeight > 1 {
		weight := map[contactKey]int{}
		for _, e := range g.Edges {
			if e.Kind.IsContact() {
				weight[keyOf(e)]++
			}
		}
		g.Edges = slices.DeleteFunc(g.Edges, func(e *graph.Edge) bool {
			return e.Kind.IsContact() && weight[keyOf(e)] < sel.MinWeight
		})
	}
	if sel.filtersEdges() {
		keep := map[graph.ID]bool{focus: true}
		for _, e := range g.Edges {
			keep[e.From], keep[e.To] = true, true
		}
		g.Nodes = slices.DeleteFunc(g.Nodes, func(n *graph.Node) bool { return !keep[n.ID] })
	}
	if sel.Limit > 0 {
		limit(g, sel.Limit, focus)
	}
	dropDangling(g)
	g.Sort()
}

// limit keeps the n entities of highest degree, the statements and
// articles attached to them, and the edges among what is kept.
func limit(g *graph.Subgraph, n int, focus graph.ID) {
	type score struct {
		id              graph.ID
		degree, mention int
	}
	byID := map[graph.ID]*score{}
	var ents []*score
	for _, nd := range g.Nodes {
		if nd.Kind.IsEntity() {
			s := &score{id: nd.ID}
			byID[nd.ID] = s
			ents = append(ents, s)
		}
	}
	if len(ents) <= n {
		return
	}
	for _, e := range g.Edges {
		for _, id := range []graph.ID{e.From, e.To} {
			if s := byID[id]; s != nil {
				if e.Kind == graph.MentionedIn {
					s.mention++
				} else {
					s.degree++
				}
			}
		}
	}
	slices.SortFunc(ents, func(a, b *score) int {
		if c := cmp.Compare(b.degree, a.degree); c != 0 {
			return c
		}
		if c := cmp.Compare(b.mention, a.mention); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	keep := map[graph.ID]bool{}
	if byID[focus] != nil {
		keep[focus] = true
	}
	for _, s := range ents {
		if len(keep) >= n {
			break
		}
		keep[s.id] = true
	}
	// Statements and articles stay when an edge joins them to a kept
	// entity.
	attached := map[graph.ID]bool{}
	for _, e := range g.Edges {
		if keep[e.From] && byID[e.To] == nil {
			attached[e.To] = true
		}
		if keep[e.To] && byID[e.From] == nil {
			attached[e.From] = true
		}
	}
	g.Nodes = slices.DeleteFunc(g.Nodes, func(nd *graph.Node) bool {
		if nd.Kind.IsEntity() {
			return !keep[nd.ID]
		}
		return !attached[nd.ID]
	})
}

// dropDangling removes the edges whose ends are not both in g.
func dropDangling(g *graph.Subgraph) {
	in := make(map[graph.ID]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		in[n.ID] = true
	}
	g.Edges = slices.DeleteFunc(g.Edges, func(e *graph.Edge) bool { return !in[e.From] || !in[e.To] })
}
