package schema_test

import (
	"context"
	"fmt"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
	"newsgraph/schema"
)

func ExampleSchema_Exec() {
	ctx := context.Background()
	store, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		panic(err)
	}
	defer store.Close()
	store.Apply(ctx, &graph.Batch{
		Nodes: []*graph.Node{
			{ID: "per-1", Kind: graph.Person, Name: "Anna Berg"},
			{ID: "per-2", Kind: graph.Person, Name: "كريم بنعلي", Aliases: []string{"بنعلي"}},
		},
		Edges: []*graph.Edge{{ID: "con-1", Kind: graph.Met, From: "per-1", To: "per-2",
			Props: map[string]any{graph.PropDate: "2026-03-12", graph.PropEvidence: "Anna Berg met Karim Benali."}}},
	})
	s, err := schema.New(store, schema.Options{})
	if err != nil {
		panic(err)
	}
	r := s.Exec(ctx, `{search(text: "بنعلي") {name contacts {nodes {type date participants {name}}}}}`, "", nil)
	fmt.Println(string(r.Data))
	// Output:
	// {"search":[{"name":"كريم بنعلي","contacts":{"nodes":[{"type":"MET","date":"2026-03-12","participants":[{"name":"Anna Berg"},{"name":"كريم بنعلي"}]}]}}]}
}
