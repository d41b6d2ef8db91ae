package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

// chain builds A -called-> B -met-> C -met-> D, A -met-> E -met-> D and a
// mention of A in an article, dated edges 2025-07-0N.
func chain(t *testing.T) graph.Store {
	t.Helper()
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	b := &graph.Batch{Article: "art"}
	b.Nodes = append(b.Nodes, &graph.Node{ID: "art", Kind: graph.Article})
	for _, n := range []string{"A", "B", "C", "D", "E"} {
		b.Nodes = append(b.Nodes, &graph.Node{ID: graph.ID(n), Kind: graph.Person, Name: n})
	}
	for i, e := range []struct {
		kind     graph.EdgeKind
		from, to string
	}{
		{graph.Called, "A", "B"}, {graph.Met, "B", "C"}, {graph.Met, "C", "D"},
		{graph.Met, "A", "E"}, {graph.Met, "E", "D"}, {graph.MentionedIn, "A", "art"},
	} {
		b.Edges = append(b.Edges, &graph.Edge{
			ID: graph.ID(fmt.Sprintf("e%d", i)), Kind: e.kind, From: graph.ID(e.from), To: graph.ID(e.to),
			Props: map[string]any{graph.PropDate: fmt.Sprintf("2025-07-0%d", i+1)},
		})
	}
	if _, err := s.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return s
}

func ids(g *graph.Subgraph) string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, string(n.ID))
	}
	return strings.Join(out, ",")
}

func TestNeighbourhood(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	for _, tt := range []struct {
		depth int
		f     graph.EdgeFilter
		limit int
		want  string
	}{
		{1, graph.EdgeFilter{}, 0, "A,B,E,art"},
		{2, graph.EdgeFilter{}, 0, "A,B,C,D,E,art"},
		{2, graph.EdgeFilter{Kinds: []graph.EdgeKind{graph.Called}}, 0, "A,B"},
		{2, graph.EdgeFilter{From: "2025-07-02", To: "2025-07-05"}, 0, "A,D,E"},
		{1, graph.EdgeFilter{}, 2, "A,B"},
		{0, graph.EdgeFilter{}, 0, "A"},
	} {
		g, err := graph.Neighbourhood(ctx, s, "A", tt.depth, tt.f, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(g); got != tt.want {
			t.Errorf("Neighbourhood(A, %d, %+v, %d) = %s, want %s", tt.depth, tt.f, tt.limit, got, tt.want)
		}
	}
	if _, err := graph.Neighbourhood(ctx, s, "nobody", 1, graph.EdgeFilter{}, 0); err == nil {
		t.Error("no error for a missing start node")
	}
}

func TestPaths(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	show := func(ps []graph.Path) []string {
		var out []string
		for _, p := range ps {
			var parts []string
			for _, e := range p {
				parts = append(parts, string(e.ID))
			}
			out = append(out, strings.Join(parts, ">"))
		}
		return out
	}
	for _, tt := range []struct {
		from, to string
		hops     int
		f        graph.EdgeFilter
		first    int
		want     []string
	}{
		{"A", "D", 4, graph.EdgeFilter{}, 3, []string{"e3>e4"}},
		{"A", "C", 4, graph.EdgeFilter{}, 3, []string{"e0>e1"}},
		{"B", "E", 4, graph.EdgeFilter{}, 3, []string{"e0>e3"}},
		{"A", "D", 1, graph.EdgeFilter{}, 3, nil},
		{"A", "D", 4, graph.EdgeFilter{Kinds: []graph.EdgeKind{graph.Called, graph.Met}}, 3, []string{"e3>e4"}},
		{"B", "D", 4, graph.EdgeFilter{}, 3, []string{"e1>e2"}},
		{"A", "A", 4, graph.EdgeFilter{}, 3, nil},
	} {
		ps, err := graph.Paths(ctx, s, graph.ID(tt.from), graph.ID(tt.to), tt.hops, tt.f, tt.first)
		if err != nil {
			t.Fatal(err)
		}
		if got := show(ps); !slices.Equal(got, tt.want) {
			t.Errorf("Paths(%s, %s, %d) = %v, want %v", tt.from, tt.to, tt.hops, got, tt.want)
		}
	}
}
