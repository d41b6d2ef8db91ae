package export

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Node IDs of the fixture.
const (
	idBenali  = graph.ID("per-benali")
	idSri     = graph.ID("per-sri")
	idKamau   = graph.ID("per-kamau")
	idIngrid  = graph.ID("per-ingrid")
	idMFA     = graph.ID("org-mfa")
	idMFAar   = graph.ID("org-mfa-ma")
	idMorocco = graph.ID("plc-morocco")
	idNorway  = graph.ID("plc-norway")
	idKenya   = graph.ID("plc-kenya")
	idArt1    = graph.ID("art-1")
	idArt2    = graph.ID("art-2")
)

// fixture is a small graph with what breaks writers: Arabic names and
// statements, quotes, backslashes and newlines in names, several contacts
// between one pair in both directions, planned and denied contacts,
// statements, roles in places and organizations, and numbers that
// round-trip through JSON as float64.
func fixture() *graph.Subgraph {
	fact := func(art graph.ID, date string, extra ...string) map[string]any {
		p := map[string]any{graph.PropArticle: string(art), graph.PropEvidence: "The sentence that says so."}
		if date != "" {
			p[graph.PropDate] = date
		}
		for i := 0; i+1 < len(extra); i += 2 {
			p[extra[i]] = extra[i+1]
		}
		return p
	}
	contact := func(id string, kind graph.EdgeKind, from, to graph.ID, date, status string) *graph.Edge {
		return &graph.Edge{ID: graph.ID(id), Kind: kind, From: from, To: to, Props: fact(idArt1, date, graph.PropStatus, status)}
	}
	g := &graph.Subgraph{
		Nodes: []*graph.Node{
			{ID: idBenali, Kind: graph.Person, Name: "كريم بنعلي", Aliases: []string{"بنعلي", "وزير الخارجية المغربي"},
				Props: map[string]any{graph.PropNameEn: "Karim Benali"}},
			{ID: idSri, Kind: graph.Person, Name: "سري ويداياتي", Props: map[string]any{}},
			{ID: idKamau, Kind: graph.Person, Name: "Samuel \"Sam\" Kamau\\Jr.\nof Nairobi", Aliases: []string{"Kamau", "S. K.; the envoy"}},
			{ID: idIngrid, Kind: graph.Person, Name: "Ingrid Solberg-Haugen", Aliases: []string{"Solberg-Haugen"}},
			{ID: idMFA, Kind: graph.Organization, Name: "Norwegian Foreign Ministry"},
			{ID: idMFAar, Kind: graph.Organization, Name: "وزارة الخارجية المغربية"},
			{ID: idMorocco, Kind: graph.Place, Name: "المغرب", Props: map[string]any{graph.PropNameEn: "Morocco"}},
			{ID: idNorway, Kind: graph.Place, Name: "Norway", Props: map[string]any{graph.PropNameEn: "Norway"}},
			{ID: idKenya, Kind: graph.Place, Name: "Kenya"},
			{ID: idArt1, Kind: graph.Article, Name: "Norwegian and Kenyan ministers <discuss> grain & corridor",
				Props: map[string]any{"language": "en", "published": "2026-03-12", "url": "https://example.com/a?x=1&y=\"2\""}},
			{ID: idArt2, Kind: graph.Article, Name: "وزير الخارجية المغربي يبحث هاتفياً مع نظيره الإندونيسي",
				Props: map[string]any{"language": "ar", "published": "2026-03-11", "source": "examples/04-ar-call.txt"}},
			{ID: "stm-1", Kind: graph.Statement, Name: "We agreed that food must keep moving, whatever the politics",
				Props: map[string]any{graph.PropText: "We agreed that food must keep moving, whatever the politics", graph.PropDirect: true, graph.PropArticle: string(idArt1)}},
			{ID: "stm-2", Kind: graph.Statement, Name: "المغرب يرى في إندونيسيا شريكاً أساسياً في آسيا",
				Props: map[string]any{graph.PropText: "المغرب يرى في إندونيسيا شريكاً أساسياً في آسيا", graph.PropDirect: true, graph.PropArticle: string(idArt2)}},
			{ID: "stm-3", Kind: graph.Statement, Name: "Kenya was ready\nto host a \"technical\" meeting \\ of port officials next month, and {braces} <tags> too",
				Props: map[string]any{graph.PropText: "Kenya was ready\nto host a \"technical\" meeting \\ of port officials next month, and {braces} <tags> too", graph.PropDirect: false, graph.PropArticle: string(idArt1)}},
		},
		Edges: []*graph.Edge{
			contact("con-1", graph.Called, idIngrid, idKamau, "2026-03-10", graph.StatusHappened),
			contact("con-2", graph.Called, idKamau, idIngrid, "2026-03-11", graph.StatusHappened),
			contact("con-3", graph.Called, idIngrid, idKamau, "2026-03-12", graph.StatusHappened),
			contact("con-4", graph.Visited, idIngrid, idKenya, "2026-03-13", graph.StatusPlanned),
			contact("con-5", graph.Called, idBenali, idSri, "2026-03-11", graph.StatusHappened),
			contact("con-6", graph.Met, idBenali, idSri, "", graph.StatusHappened),
			contact("con-7", graph.Called, idBenali, idIngrid, "2026-03-11", graph.StatusDenied),
			{ID: "sai-1", Kind: graph.Said, From: idIngrid, To: "stm-1", Props: fact(idArt1, "2026-03-10", "verb", "told")},
			{ID: "sai-2", Kind: graph.Said, From: idBenali, To: "stm-2", Props: fact(idArt2, "", "verb", "قال")},
			{ID: "sai-3", Kind: graph.Said, From: idKamau, To: "stm-3", Props: fact(idArt1, "")},
			{ID: "rol-1", Kind: graph.HoldsRole, From: idIngrid, To: idNorway, Props: fact(idArt1, "", graph.PropRole, "foreign minister")},
			{ID: "rol-2", Kind: graph.HoldsRole, From: idBenali, To: idMorocco, Props: fact(idArt2, "", graph.PropRole, "وزير الخارجية")},
			{ID: "rol-3", Kind: graph.HoldsRole, From: idIngrid, To: idMFA, Props: fact(idArt1, "", graph.PropRole, "minister")},
			{ID: "rol-4", Kind: graph.HoldsRole, From: idBenali, To: idMFAar, Props: fact(idArt2, "", graph.PropRole, "وزير")},
			{ID: "rol-5", Kind: graph.HoldsRole, From: idKamau, To: idKenya, Props: fact(idArt1, "", graph.PropRole, "foreign minister")},
		},
	}
	mention := func(ent, art graph.ID, n int) {
		g.Edges = append(g.Edges, &graph.Edge{ID: graph.NewID("men", string(ent), string(art)), Kind: graph.MentionedIn,
			From: ent, To: art, Props: map[string]any{"count": n}})
	}
	for _, id := range []graph.ID{idIngrid, idKamau, idMFA, idNorway, idKenya} {
		mention(id, idArt1, 2)
	}
	for _, id := range []graph.ID{idBenali, idSri, idMFAar, idMorocco} {
		mention(id, idArt2, 1)
	}
	mention(idIngrid, idArt2, 1) // the denied call
	g.Sort()
	return g
}

// fixtureStore is the fixture in an in-memory store.
func fixtureStore(t testing.TB) graph.Store {
	t.Helper()
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	g := fixture()
	if _, err := s.Apply(context.Background(), &graph.Batch{Nodes: g.Nodes, Edges: g.Edges}); err != nil {
		t.Fatal(err)
	}
	return s
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./export -update rewrites it); got:\n%s", path, got)
	}
}
