package badgerdb

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"slices"
	"testing"

	"newsgraph/graph"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// sampleBatch is one article that says a person called another.
func sampleBatch(article string) *graph.Batch {
	art := graph.ID("art-" + article)
	a := &graph.Node{ID: "per-a", Kind: graph.Person, Name: "Volodymyr Zelensky", Aliases: []string{"Zelensky"}}
	b := &graph.Node{ID: "per-b", Kind: graph.Person, Name: "دونالد ترامب", Aliases: []string{"ترامب"},
		Props: map[string]any{graph.PropNameEn: "Donald Trump"}}
	return &graph.Batch{
		Article: art,
		Nodes:   []*graph.Node{{ID: art, Kind: graph.Article, Name: article}, a, b},
		Edges: []*graph.Edge{
			{ID: graph.ID("m-a-" + article), Kind: graph.MentionedIn, From: a.ID, To: art},
			{ID: graph.ID("m-b-" + article), Kind: graph.MentionedIn, From: b.ID, To: art},
			{ID: graph.ID("c-" + article), Kind: graph.Called, From: a.ID, To: b.ID,
				Props: map[string]any{graph.PropArticle: string(art), graph.PropDate: "2025-07-04"}},
		},
	}
}

func TestRoundTripAndIndexes(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	added, err := s.Apply(ctx, sampleBatch("one"))
	if err != nil || !added {
		t.Fatalf("Apply = %v, %v", added, err)
	}
	n, err := s.Node(ctx, "per-b")
	if err != nil {
		t.Fatal(err)
	}
	if n.Name != "دونالد ترامب" || !slices.Equal(n.Aliases, []string{"ترامب"}) {
		t.Errorf("node = %+v", n)
	}
	if _, err := s.Node(ctx, "per-zzz"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("missing node: err = %v, want ErrNotFound", err)
	}

	edgeIDs := func(id graph.ID, dir graph.Direction, kind graph.EdgeKind) []string {
		es, err := s.Edges(ctx, id, dir, kind)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range es {
			ids = append(ids, string(e.ID))
		}
		slices.Sort(ids)
		return ids
	}
	for _, tt := range []struct {
		id   graph.ID
		dir  graph.Direction
		kind graph.EdgeKind
		want []string
	}{
		{"per-a", graph.Out, "", []string{"c-one", "m-a-one"}},
		{"per-a", graph.Out, graph.Called, []string{"c-one"}},
		{"per-a", graph.In, "", nil},
		{"per-b", graph.In, graph.Called, []string{"c-one"}},
		{"per-b", graph.Both, "", []string{"c-one", "m-b-one"}},
		{"art-one", graph.In, graph.MentionedIn, []string{"m-a-one", "m-b-one"}},
		{"per-b", graph.Out, graph.Met, nil},
	} {
		if got := edgeIDs(tt.id, tt.dir, tt.kind); !slices.Equal(got, tt.want) {
			t.Errorf("Edges(%s, %d, %q) = %v, want %v", tt.id, tt.dir, tt.kind, got, tt.want)
		}
	}

	for _, tt := range []struct {
		name   string
		prefix bool
		want   []graph.ID
	}{
		{"zelensky", false, []graph.ID{"per-a"}},
		{"ZELENSKY", false, []graph.ID{"per-a"}},
		{"ترامب", false, []graph.ID{"per-b"}},
		{"ترامبُ", false, []graph.ID{"per-b"}}, // diacritic folded away
		{"دونالد", false, nil},
		{"دونالد", true, []graph.ID{"per-b"}},
		{"zel", true, []graph.ID{"per-a"}},
		{"donald trump", false, []graph.ID{"per-b"}}, // by props.name_en
		{"", true, nil},
	} {
		got, err := s.Lookup(ctx, tt.name, tt.prefix)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q, %v) = %v, want %v", tt.name, tt.prefix, got, tt.want)
		}
	}
}

func TestApplyIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	if _, err := s.Apply(ctx, sampleBatch("one")); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Stats(ctx)
	added, err := s.Apply(ctx, sampleBatch("one"))
	if err != nil || added {
		t.Fatalf("second Apply = %v, %v; want false, nil", added, err)
	}
	after, _ := s.Stats(ctx)
	if before.NodeCount() != after.NodeCount() || before.EdgeCount() != after.EdgeCount() {
		t.Errorf("stats changed: %+v -> %+v", before, after)
	}
	if before.NodeCount() != 3 || before.EdgeCount() != 3 || before.Edges[graph.Called] != 1 {
		t.Errorf("stats = %+v", before)
	}
}

func TestSecondArticleMergesEntities(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	s.Apply(ctx, sampleBatch("one"))
	b := sampleBatch("two")
	b.Nodes[1].Aliases = []string{"الرئيس الأوكراني"}
	if _, err := s.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	n, _ := s.Node(ctx, "per-a")
	if !slices.Equal(n.Aliases, []string{"Zelensky", "الرئيس الأوكراني"}) {
		t.Errorf("aliases = %q", n.Aliases)
	}
	if ids, _ := s.Lookup(ctx, "الرئيس الاوكراني", false); !slices.Equal(ids, []graph.ID{"per-a"}) {
		t.Errorf("new alias not indexed: %v", ids)
	}
	st, _ := s.Stats(ctx)
	if st.Nodes[graph.Person] != 2 || st.Nodes[graph.Article] != 2 || st.Edges[graph.Called] != 2 {
		t.Errorf("stats = %+v", st)
	}
}

func TestApplyIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	b := sampleBatch("bad")
	b.Edges = append(b.Edges, &graph.Edge{ID: "broken", Kind: graph.Met}) // no ends
	if _, err := s.Apply(ctx, b); err == nil {
		t.Fatal("Apply of a broken batch succeeded")
	}
	st, _ := s.Stats(ctx)
	if st.NodeCount() != 0 || st.EdgeCount() != 0 {
		t.Errorf("a failed batch left %+v behind", st)
	}
	if _, err := s.Node(ctx, "art-bad"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("article of failed batch stored: %v", err)
	}
	// The same article, mended, is stored afterwards.
	if added, err := s.Apply(ctx, sampleBatch("bad")); err != nil || !added {
		t.Errorf("mended batch: %v, %v", added, err)
	}
}

func TestReopenAndLock(t *testing.T) {
	ctx := context.Background()
	s, dir := openTemp(t)
	s.Apply(ctx, sampleBatch("one"))
	if _, err := Open(dir, DefaultOptions); !errors.Is(err, graph.ErrLocked) {
		t.Errorf("second Open while held: err = %v, want ErrLocked", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := graph.All(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 3 || len(g.Edges) != 3 {
		t.Errorf("after reopen: %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
}

func TestReadOnlyAfterUncleanStop(t *testing.T) {
	if os.Getenv("NEWSGRAPH_UNCLEAN_CHILD") != "" {
		// The child: write one article and exit without closing.
		s, err := Open(os.Getenv("NEWSGRAPH_UNCLEAN_CHILD"), DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Apply(context.Background(), sampleBatch("one")); err != nil {
			t.Fatal(err)
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReadOnlyAfterUncleanStop$")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_UNCLEAN_CHILD="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open after an unclean stop: %v", err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil || st.NodeCount() != 3 {
		t.Errorf("stats after recovery = %+v, %v; want the child's 3 nodes", st, err)
	}
}
