package export

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
)

// ids prints a subgraph as "nodes | edges", each sorted, for comparison.
func ids(g *graph.Subgraph) string {
	var ns, es []string
	for _, n := range g.Nodes {
		ns = append(ns, string(n.ID))
	}
	for _, e := range g.Edges {
		if e.Kind != graph.MentionedIn {
			es = append(es, string(e.ID))
		} else {
			es = append(es, "men:"+string(e.From)+">"+string(e.To))
		}
	}
	slices.Sort(ns)
	slices.Sort(es)
	return strings.Join(ns, " ") + " | " + strings.Join(es, " ")
}

func TestSelect(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		sel  Selection
		want string
	}{
		{"contacts", Selection{Kinds: []graph.EdgeKind{graph.Called, graph.Met}},
			"per-benali per-ingrid per-kamau per-sri | con-1 con-2 con-3 con-5 con-6 con-7"},
		{"one day", Selection{From: "2026-03-11", To: "2026-03-11"},
			"per-benali per-ingrid per-kamau per-sri | con-2 con-5 con-7"},
		{"from", Selection{From: "2026-03-12", Kinds: []graph.EdgeKind{graph.Called, graph.Visited}},
			"per-ingrid per-kamau plc-kenya | con-3 con-4"},
		{"min weight", Selection{Kinds: []graph.EdgeKind{graph.Called}, MinWeight: 2},
			"per-ingrid per-kamau | con-1 con-2 con-3"},
		{"focus by Arabic name, differently spelt", Selection{Focus: "كريم بنعلى", Depth: 1, Kinds: []graph.EdgeKind{graph.Called, graph.Met}},
			"per-benali per-ingrid per-sri | con-5 con-6 con-7"},
		{"focus by ID, depth 2", Selection{Focus: "per-sri", Depth: 2, Kinds: []graph.EdgeKind{graph.Called, graph.Met}},
			"per-benali per-ingrid per-sri | con-5 con-6 con-7"},
		{"focus by name prefix", Selection{Focus: "solberg", Depth: 1, Kinds: []graph.EdgeKind{graph.Said}},
			"per-ingrid stm-1 | sai-1"},
		{"limit", Selection{Limit: 2},
			"art-1 art-2 per-benali per-ingrid stm-1 stm-2 | con-7 men:per-benali>art-2 men:per-ingrid>art-1 men:per-ingrid>art-2 sai-1 sai-2"},
		{"limit keeps the focus", Selection{Focus: "Kamau", Depth: 1, Limit: 1, Kinds: []graph.EdgeKind{graph.Called}},
			"per-kamau | "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Select(ctx, s, tc.sel)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(g); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestSelectZeroIsAll(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	all, err := graph.All(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Select(ctx, s, Selection{})
	if err != nil {
		t.Fatal(err)
	}
	if ids(g) != ids(all) {
		t.Errorf("zero selection is not the whole graph:\n%s\n%s", ids(g), ids(all))
	}
}

func TestResolveErrors(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	_, err := Resolve(ctx, s, "S")
	if !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("want ErrAmbiguous, got %v", err)
	}
	for _, want := range []string{"per-kamau", "per-ingrid", "2 candidates"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not list %s", err, want)
		}
	}
	if _, err := Resolve(ctx, s, "Nobody Atall"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("want ErrNotFound, got %v", err)
	}
}

func TestParseKinds(t *testing.T) {
	k, err := ParseKinds("called, met,,called")
	if err != nil || len(k) != 2 {
		t.Errorf("got %v, %v", k, err)
	}
	if _, err := ParseKinds("called,phoned"); err == nil || !strings.Contains(err.Error(), "phoned") {
		t.Errorf("want an error naming phoned, got %v", err)
	}
}

func TestCountriesFromStore(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	// Contacts only: no holds_role edges in the selection.
	g, err := Select(ctx, s, Selection{Kinds: []graph.EdgeKind{graph.Called}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Countries(ctx, s, g)
	if err != nil {
		t.Fatal(err)
	}
	got := map[graph.ID]graph.ID{}
	for k, v := range c {
		got[k] = v.ID
	}
	want := map[graph.ID]graph.ID{idBenali: idMorocco, idIngrid: idNorway, idKamau: idKenya}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: country %s, want %s", k, got[k], v)
		}
	}
	if _, ok := got[idSri]; ok {
		t.Errorf("per-sri has no role but got a country")
	}
}
