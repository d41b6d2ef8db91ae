package badgerdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/graph"
)

// overlappingBatch is article i of a set that all mention one shared
// person, each by an alias of its own, beside a person and an organization
// of the article's own. Article 7 also gives the shared person an English
// name, so concurrent writers must merge properties as well as aliases.
func overlappingBatch(i int) *graph.Batch {
	art := graph.ID(fmt.Sprintf("art-%02d", i))
	shared := &graph.Node{ID: "per-shared", Kind: graph.Person, Name: "منصف الحداد",
		Aliases: []string{fmt.Sprintf("alias %02d", i)}}
	if i == 7 {
		shared.Props = map[string]any{graph.PropNameEn: "Moncef Haddad"}
	}
	own := &graph.Node{ID: graph.ID(fmt.Sprintf("per-%02d", i)), Kind: graph.Person, Name: fmt.Sprintf("Person %02d", i)}
	org := &graph.Node{ID: graph.ID(fmt.Sprintf("org-%02d", i)), Kind: graph.Organization, Name: fmt.Sprintf("Ministry %02d", i)}
	edge := func(kind graph.EdgeKind, from, to graph.ID) *graph.Edge {
		return &graph.Edge{ID: graph.ID(fmt.Sprintf("%s-%s-%s", kind, from, to)), Kind: kind, From: from, To: to,
			Props: map[string]any{graph.PropArticle: string(art)}}
	}
	return &graph.Batch{
		Article: art,
		Nodes:   []*graph.Node{{ID: art, Kind: graph.Article, Name: string(art)}, shared, own, org},
		Edges: []*graph.Edge{
			edge(graph.MentionedIn, shared.ID, art),
			edge(graph.MentionedIn, own.ID, art),
			edge(graph.MentionedIn, org.ID, art),
			edge(graph.Met, own.ID, shared.ID),
			edge(graph.HoldsRole, own.ID, org.ID),
		},
	}
}

// dump prints a store's graph canonically: nodes and edges in ID order,
// aliases sorted (their order is the order of the writes), then the counts.
func dump(t *testing.T, s *Store) string {
	t.Helper()
	ctx := context.Background()
	g, err := graph.All(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, n := range g.Nodes {
		aliases := slices.Sorted(slices.Values(n.Aliases))
		props, _ := json.Marshal(n.Props)
		fmt.Fprintf(&b, "node %s %s %q %q %s\n", n.ID, n.Kind, n.Name, aliases, props)
	}
	for _, e := range g.Edges {
		props, _ := json.Marshal(e.Props)
		fmt.Fprintf(&b, "edge %s %s %s->%s %s\n", e.ID, e.Kind, e.From, e.To, props)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range graph.NodeKinds {
		fmt.Fprintf(&b, "count %s %d\n", k, st.Nodes[k])
	}
	for _, k := range graph.EdgeKinds {
		fmt.Fprintf(&b, "count %s %d\n", k, st.Edges[k])
	}
	return b.String()
}

// applyConcurrently applies every batch at once, one goroutine each, and
// returns what each call reported.
func applyConcurrently(s *Store, batches []*graph.Batch) ([]bool, []error) {
	added := make([]bool, len(batches))
	errs := make([]error, len(batches))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, b := range batches {
		wg.Go(func() {
			<-start
			added[i], errs[i] = s.Apply(context.Background(), b)
		})
	}
	close(start)
	wg.Wait()
	return added, errs
}

func TestConcurrentApplyMergesLikeSequential(t *testing.T) {
	const n = 64
	ctx := context.Background()
	seq, _ := openTemp(t)
	defer seq.Close()
	var batches []*graph.Batch
	for i := range n {
		if _, err := seq.Apply(ctx, overlappingBatch(i)); err != nil {
			t.Fatal(err)
		}
		batches = append(batches, overlappingBatch(i))
	}

	conc, _ := openTemp(t)
	defer conc.Close()
	added, errs := applyConcurrently(conc, batches)
	for i := range n {
		if errs[i] != nil || !added[i] {
			t.Errorf("Apply(article %d) = %v, %v; want true, nil", i, added[i], errs[i])
		}
	}

	want, got := dump(t, seq), dump(t, conc)
	if got != want {
		t.Errorf("concurrent graph differs from the sequential one\nconcurrent:\n%s\nsequential:\n%s", got, want)
	}
	// The counts are right in themselves, not only equal.
	st, _ := conc.Stats(ctx)
	if st.Nodes[graph.Person] != n+1 || st.Nodes[graph.Organization] != n || st.Nodes[graph.Article] != n ||
		st.Edges[graph.MentionedIn] != 3*n || st.Edges[graph.Met] != n || st.Edges[graph.HoldsRole] != n {
		t.Errorf("stats = %+v", st)
	}
	shared, err := conc.Node(ctx, "per-shared")
	if err != nil {
		t.Fatal(err)
	}
	if len(shared.Aliases) != n {
		t.Errorf("shared node has %d aliases, want %d", len(shared.Aliases), n)
	}
	// Every alias, and the English name, is in the name index.
	for _, name := range append(shared.Aliases, "Moncef Haddad") {
		if ids, err := conc.Lookup(ctx, name, false); err != nil || !slices.Equal(ids, []graph.ID{"per-shared"}) {
			t.Errorf("Lookup(%q) = %v, %v", name, ids, err)
		}
	}
}

func TestConcurrentApplyOfOneArticleStoresItOnce(t *testing.T) {
	const n = 32
	ctx := context.Background()
	seq, _ := openTemp(t)
	defer seq.Close()
	var batches []*graph.Batch
	for i := range n {
		if _, err := seq.Apply(ctx, overlappingBatch(i)); err != nil {
			t.Fatal(err)
		}
		// Each article twice, in separate values, as two requests would.
		batches = append(batches, overlappingBatch(i), overlappingBatch(i))
	}

	conc, _ := openTemp(t)
	defer conc.Close()
	added, errs := applyConcurrently(conc, batches)
	for i := range n {
		a, b := 2*i, 2*i+1
		if errs[a] != nil || errs[b] != nil {
			t.Errorf("article %d: errors %v, %v", i, errs[a], errs[b])
		}
		if added[a] == added[b] {
			t.Errorf("article %d: added = %v, %v; want true for exactly one", i, added[a], added[b])
		}
	}
	if want, got := dump(t, seq), dump(t, conc); got != want {
		t.Errorf("graph differs from each article applied once\ntwice, concurrently:\n%s\nonce:\n%s", got, want)
	}
}

func TestApplyStopsOnCanceledContext(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if added, err := s.Apply(ctx, overlappingBatch(0)); added || !errors.Is(err, context.Canceled) {
		t.Errorf("Apply with a canceled context = %v, %v", added, err)
	}
}
