package export

// Benchmarks on synthetic graphs:
//
//	go test ./export -run '^$' -bench . -benchtime 3x
//	go test ./export -run 'TestWriteLargeFast|TestRenderLarge' -v   # the limits (not in -short)

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os/exec"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
	"newsgraph/internal/testenv"
)

// synthetic returns a graph of n nodes — people, organizations, places
// and statements — with about three contacts per person, a role each
// and a statement for every fourth person.
func synthetic(n int) *graph.Subgraph {
	r := rand.New(rand.NewPCG(1, 2))
	g := &graph.Subgraph{}
	var people, places []graph.ID
	add := func(kind graph.NodeKind, name string, props map[string]any) graph.ID {
		id := graph.NewID(string(kind)[:3], fmt.Sprint(len(g.Nodes)))
		g.Nodes = append(g.Nodes, &graph.Node{ID: id, Kind: kind, Name: name, Props: props})
		return id
	}
	for len(g.Nodes) < n {
		i := len(g.Nodes)
		switch {
		case i%20 == 0:
			places = append(places, add(graph.Place, fmt.Sprintf("البلد %d", i), map[string]any{graph.PropNameEn: fmt.Sprintf("Country %d", i)}))
		case i%20 == 1:
			add(graph.Organization, fmt.Sprintf("Ministry %d", i), nil)
		case i%5 == 2 && len(people) > 0:
			sp := people[r.IntN(len(people))]
			st := add(graph.Statement, fmt.Sprintf("Statement number %d says something about the talks", i),
				map[string]any{graph.PropText: "…", graph.PropDirect: i%2 == 0})
			g.Edges = append(g.Edges, &graph.Edge{ID: graph.NewID("sai", string(st)), Kind: graph.Said, From: sp, To: st,
				Props: map[string]any{graph.PropDate: "2026-03-01"}})
		default:
			name := fmt.Sprintf("Person %d", i)
			if i%2 == 0 {
				name = fmt.Sprintf("الشخص %d", i)
			}
			people = append(people, add(graph.Person, name, nil))
		}
	}
	kinds := []graph.EdgeKind{graph.Called, graph.Met, graph.Visited, graph.WroteTo}
	for i, p := range people {
		for j := 0; j < 3; j++ {
			q := people[r.IntN(len(people))]
			if q == p {
				continue
			}
			g.Edges = append(g.Edges, &graph.Edge{ID: graph.NewID("con", fmt.Sprint(i, j)), Kind: kinds[r.IntN(len(kinds))], From: p, To: q,
				Props: map[string]any{graph.PropDate: fmt.Sprintf("2026-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)), graph.PropStatus: graph.StatusHappened, graph.PropArticle: "art-x"}})
		}
		g.Edges = append(g.Edges, &graph.Edge{ID: graph.NewID("rol", fmt.Sprint(i)), Kind: graph.HoldsRole, From: p, To: places[r.IntN(len(places))],
			Props: map[string]any{graph.PropRole: "minister"}})
	}
	g.Sort()
	return g
}

// syntheticStore is synthetic(n) in an in-memory store.
func syntheticStore(tb testing.TB, n int) graph.Store {
	tb.Helper()
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	g := synthetic(n)
	const chunk = 1000
	for i := 0; i < len(g.Nodes); i += chunk {
		b := &graph.Batch{Nodes: g.Nodes[i:min(i+chunk, len(g.Nodes))]}
		if _, err := s.Apply(context.Background(), b); err != nil {
			tb.Fatal(err)
		}
	}
	for i := 0; i < len(g.Edges); i += chunk {
		b := &graph.Batch{Edges: g.Edges[i:min(i+chunk, len(g.Edges))]}
		if _, err := s.Apply(context.Background(), b); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}

// diagramKinds are the edge kinds a diagram shows by default.
var diagramKinds = []graph.EdgeKind{graph.Said, graph.Called, graph.Met, graph.Visited, graph.WroteTo, graph.Contacted, graph.HoldsRole}

// BenchmarkSelectDOT10k reads a 10,000-node selection from a store and
// writes it as DOT, as "newsgraph export --format dot" does.
func BenchmarkSelectDOT10k(b *testing.B) {
	s := syntheticStore(b, 10_000)
	ctx := context.Background()
	for b.Loop() {
		g, err := Select(ctx, s, Selection{Kinds: diagramKinds})
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteDOT(io.Discard, g, DOTOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkWrite(b *testing.B, n int, write func(io.Writer, *graph.Subgraph) error) {
	g := synthetic(n)
	var buf bytes.Buffer
	if err := write(&buf, g); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for b.Loop() {
		if err := write(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteDOT10k(b *testing.B) { benchmarkWrite(b, 10_000, dotFormat(DOTOptions{})) }
func BenchmarkWriteDOTCluster10k(b *testing.B) {
	benchmarkWrite(b, 10_000, dotFormat(DOTOptions{Cluster: "country"}))
}
func BenchmarkWriteJSON10k(b *testing.B)    { benchmarkWrite(b, 10_000, WriteJSON) }
func BenchmarkWriteGraphML10k(b *testing.B) { benchmarkWrite(b, 10_000, WriteGraphML) }
func BenchmarkWriteDgraph10k(b *testing.B)  { benchmarkWrite(b, 10_000, WriteDgraph) }
func BenchmarkWriteCSV10k(b *testing.B) {
	benchmarkWrite(b, 10_000, func(w io.Writer, g *graph.Subgraph) error { return WriteCSV(w, w, g) })
}

// TestWriteLarge reads the 10,000-node graph from a store and writes it as
// DOT and JSON. How fast is for BenchmarkSelectWrite10k, not a test.
func TestWriteLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large export skipped in -short")
	}
	s := syntheticStore(t, 10_000)
	for _, f := range largeExports {
		g, err := Select(context.Background(), s, f.sel)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := f.write(&out, g); err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) < 9_000 || out.Len() < 100*len(g.Nodes) {
			t.Errorf("%s: %d nodes, %d bytes", f.name, len(g.Nodes), out.Len())
		}
	}
}

var largeExports = []struct {
	name  string
	sel   Selection
	write func(io.Writer, *graph.Subgraph) error
}{{"dot", Selection{Kinds: diagramKinds}, dotFormat(DOTOptions{})}, {"json", Selection{}, WriteJSON}}

// BenchmarkSelectWrite10k reads the 10,000-node graph from a store and
// writes it: the goal is under a second for each format.
func BenchmarkSelectWrite10k(b *testing.B) {
	s := syntheticStore(b, 10_000)
	for _, f := range largeExports {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				g, err := Select(context.Background(), s, f.sel)
				if err != nil {
					b.Fatal(err)
				}
				if err := f.write(io.Discard, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRenderLarge renders a 1,000-node selection to SVG with the layout
// engine chosen by size (sfdp), without warnings; BenchmarkRenderSVG1k
// times it (the goal is under 5 seconds).
func TestRenderLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000-node rendering skipped in -short")
	}
	if _, err := exec.LookPath("dot"); err != nil {
		testenv.Missing(t, "graphviz is not installed (apt-get install graphviz)")
	}
	g := synthetic(1000)
	var out, warn bytes.Buffer
	if err := Render(context.Background(), &out, g, "svg", DOTOptions{}, &warn); err != nil {
		t.Fatal(err)
	}
	if warn.Len() > 0 {
		t.Errorf("graphviz warns: %s", warn.String())
	}
	if !bytes.Contains(out.Bytes(), []byte("<svg")) {
		t.Errorf("no SVG: %.200s", out.String())
	}
}

func BenchmarkRenderSVG1k(b *testing.B) {
	if _, err := exec.LookPath("dot"); err != nil {
		b.Skip("graphviz is not installed")
	}
	g := synthetic(1000)
	for b.Loop() {
		if err := Render(context.Background(), io.Discard, g, "svg", DOTOptions{}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
