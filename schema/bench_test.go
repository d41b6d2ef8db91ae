package schema

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

// benchGraph is a generated graph: 600 articles naming 4,000 people on a
// skewed (Zipf) distribution, so that a few are in many articles; each
// article has 8 mentions, 4 contacts and 2 statements.
func benchGraph(b *testing.B) graph.Store {
	b.Helper()
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	r := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(r, 1.1, 8, 3999)
	contactKinds := []graph.EdgeKind{graph.Called, graph.Met, graph.Visited, graph.WroteTo}
	for a := range 600 {
		art := graph.ID(fmt.Sprintf("art-%03d", a))
		date := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, a/4).Format("2006-01-02")
		bt := &graph.Batch{Article: art, Nodes: []*graph.Node{{ID: art, Kind: graph.Article, Name: "Article " + string(art),
			Props: map[string]any{"published": date, "language": "en"}}}}
		var people []graph.ID
		for len(people) < 8 {
			p := graph.ID(fmt.Sprintf("per-%04d", zipf.Uint64()))
			if !slices.Contains(people, p) {
				people = append(people, p)
			}
		}
		for _, p := range people {
			bt.Nodes = append(bt.Nodes, &graph.Node{ID: p, Kind: graph.Person, Name: "Person " + string(p)})
			bt.Edges = append(bt.Edges, &graph.Edge{ID: "men-" + p + "-" + art, Kind: graph.MentionedIn, From: p, To: art, Props: map[string]any{"count": 1}})
		}
		for c := range 4 {
			from, to := people[r.IntN(8)], people[r.IntN(8)]
			if from == to {
				continue
			}
			bt.Edges = append(bt.Edges, &graph.Edge{ID: graph.ID(fmt.Sprintf("con-%s-%d", art, c)), Kind: contactKinds[c], From: from, To: to,
				Props: map[string]any{graph.PropDate: date, graph.PropStatus: graph.StatusHappened, graph.PropArticle: string(art), graph.PropEvidence: "They met."}})
		}
		for st := range 2 {
			id := graph.ID(fmt.Sprintf("stm-%s-%d", art, st))
			bt.Nodes = append(bt.Nodes, &graph.Node{ID: id, Kind: graph.Statement, Name: "We agree.", Props: map[string]any{graph.PropText: "We agree.", graph.PropDirect: true}})
			bt.Edges = append(bt.Edges, &graph.Edge{ID: "sai-" + id, Kind: graph.Said, From: people[st], To: id,
				Props: map[string]any{graph.PropDate: date, graph.PropArticle: string(art), graph.PropEvidence: `"We agree," they said.`}})
		}
		if _, err := s.Apply(context.Background(), bt); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// benchQuery runs query through the schema b.N times and reports the 50th
// and 99th percentile latency besides ns/op.
func benchQuery(b *testing.B, query string) {
	store := benchGraph(b)
	st, _ := store.Stats(context.Background())
	s, err := New(store, Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if r := s.Exec(ctx, query, "", nil); len(r.Errors) > 0 {
		b.Fatal(r.Errors)
	}
	b.ReportAllocs()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		r := s.Exec(ctx, query, "", nil)
		times = append(times, time.Since(start))
		if len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(st.NodeCount()), "nodes")
	b.ReportMetric(float64(st.EdgeCount()), "edges")
}

// go test -run '^$' -bench . -benchtime 200x ./schema/
func BenchmarkContactsOfHub(b *testing.B) {
	benchQuery(b, `{contacts(participant: "per-0000", first: 20) {totalCount nodes {id type date participants {name} article {title}}}}`)
}

func BenchmarkContactsOfTypical(b *testing.B) {
	benchQuery(b, `{contacts(participant: "per-0050", first: 20) {totalCount nodes {id type date participants {name} article {title}}}}`)
}

func BenchmarkNeighbourhoodDepth2(b *testing.B) {
	benchQuery(b, `{neighbourhood(id: "per-0050", depth: 2, limit: 500) {nodes {id kind name} edges {id kind from to date}}}`)
}

func BenchmarkContactsAllScan(b *testing.B) {
	benchQuery(b, `{contacts(first: 20) {totalCount nodes {id date participants {name}}}}`)
}
