package schema

import (
	"context"
	"testing"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

func TestSchemaParses(t *testing.T) {
	if _, err := New(fixtureStore(t), Options{}); err != nil {
		t.Fatal(err)
	}
}

// Exact matches come before prefix matches, and Exec works without HTTP.
func TestSearchOrder(t *testing.T) {
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := &graph.Batch{Nodes: []*graph.Node{
		{ID: "per-a", Kind: graph.Person, Name: "Kenyatta Odhiambo"},
		{ID: "plc-b", Kind: graph.Place, Name: "Republic of Kenya", Aliases: []string{"Kenya", "كينيا"}},
		{ID: "org-c", Kind: graph.Organization, Name: "Kenya Airways"},
		{ID: "art-d", Kind: graph.Article, Name: "Kenya"},
	}}
	if _, err := s.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	sch, err := New(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		`{search(text: "kenya") {id}}`:                     `{"search":[{"id":"plc-b"},{"id":"org-c"},{"id":"per-a"}]}`,
		`{search(text: "KENYA", kinds: [PERSON]) {id}}`:    `{"search":[{"id":"per-a"}]}`,
		`{search(text: "كينيا") {name}}`:                   `{"search":[{"name":"Republic of Kenya"}]}`,
		`{search(text: "  ") {id}}`:                        `{"search":[]}`,
		`{search(text: "kenya", first: 0) {id}}`:           `{"search":[]}`,
		`{search(text: "Kenyatta Odhiambo!") {id degree}}`: `{"search":[{"id":"per-a","degree":0}]}`,
	} {
		r := sch.Exec(context.Background(), q, "", nil)
		if len(r.Errors) > 0 || string(r.Data) != want {
			t.Errorf("%s: %s %v; want %s", q, r.Data, r.Errors, want)
		}
	}
}

// A list reads the nodes of its next level once, however many items
// refer to them.
func TestListsReadEachNodeOnce(t *testing.T) {
	cs := &countingStore{Store: fixtureStore(t), nodes: map[graph.ID]int{}, edges: map[graph.ID]int{}}
	srv := server(t, cs, Options{})
	mustQuery(t, srv, `{
		contacts {nodes {participants {name degree firstSeen roles {role}} initiator {name} article {title}}}
		statements {nodes {speaker {name} article {title}}}
		search(text: "s") {name degree mentions {nodes {article {title}}}}
	}`, nil)
	for id, n := range cs.nodes {
		if n > 1 {
			t.Errorf("node %s read %d times", id, n)
		}
	}
	for id, n := range cs.edges {
		if n > 1 {
			t.Errorf("edges of %s read %d times", id, n)
		}
	}
	if len(cs.nodes) == 0 || len(cs.edges) == 0 {
		t.Errorf("no reads counted: %v %v", cs.nodes, cs.edges)
	}
}
