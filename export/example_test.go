package export_test

import (
	"os"

	"newsgraph/export"
	"newsgraph/graph"
)

func example() *graph.Subgraph {
	return &graph.Subgraph{
		Nodes: []*graph.Node{
			{ID: "per-a", Kind: graph.Person, Name: "كريم بنعلي", Props: map[string]any{graph.PropNameEn: "Karim Benali"}},
			{ID: "per-b", Kind: graph.Person, Name: "Sri Widayati"},
		},
		Edges: []*graph.Edge{
			{ID: "con-1", Kind: graph.Called, From: "per-a", To: "per-b",
				Props: map[string]any{graph.PropDate: "2026-03-11", graph.PropStatus: graph.StatusPlanned}},
		},
	}
}

func ExampleWriteDgraph() {
	export.WriteDgraph(os.Stdout, example())
	// Output:
	// _:per-a <dgraph.type> "Person" .
	// _:per-a <xid> "per-a" .
	// _:per-a <name> "كريم بنعلي"@ar .
	// _:per-a <name> "Karim Benali"@en .
	// _:per-b <dgraph.type> "Person" .
	// _:per-b <xid> "per-b" .
	// _:per-b <name> "Sri Widayati"@en .
	// _:per-a <called> _:per-b (date=2026-03-11, id="con-1", status="planned") .
}

func ExampleWriteCSV() {
	export.WriteCSV(os.Stdout, os.Stdout, example())
	// Output:
	// id:ID,:LABEL,name,aliases:string[],name_en
	// per-a,Person;Entity,كريم بنعلي,,Karim Benali
	// per-b,Person;Entity,Sri Widayati,,
	// :START_ID,:END_ID,:TYPE,id,date:date,status
	// per-a,per-b,CALLED,con-1,2026-03-11,planned
}
