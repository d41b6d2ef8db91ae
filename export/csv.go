package export

import (
	"encoding/csv"
	"io"
	"strings"

	"newsgraph/graph"
)

// Neo4j import types of the property types.
var neo4jTypes = map[propType]string{
	typeString: "",
	typeBool:   ":boolean",
	typeLong:   ":long",
	typeDouble: ":double",
	typeDate:   ":date",
}

// Neo4j node labels of the node kinds; entities also get the label Entity.
var neo4jLabels = map[graph.NodeKind]string{
	graph.Person:       "Person;Entity",
	graph.Organization: "Organization;Entity",
	graph.Place:        "Place;Entity",
	graph.Article:      "Article",
	graph.Statement:    "Statement",
}

// CSVFiles are the names WriteCSV's two files get in an --out folder.
const (
	CSVNodesFile         = "nodes.csv"
	CSVRelationshipsFile = "relationships.csv"
)

// WriteCSV writes g as the two files of Neo4j's bulk importer:
//
//	neo4j-admin database import full --nodes=nodes.csv \
//	    --relationships=relationships.csv --multiline-fields=true neo4j
//
// nodes.csv has the header id:ID,:LABEL,name,aliases:string[] and one
// typed column per node property (name:long, date:date, direct:boolean,
// plain name for strings); relationships.csv has :START_ID,:END_ID,:TYPE,id
// and the edge properties. Relationship types are the edge kinds in upper
// case (CALLED, HOLDS_ROLE). Lists use Neo4j's default array delimiter,
// ";", so an alias that contains ";" is split in two on import. Rows are in
// ID order.
func WriteCSV(nodes, rels io.Writer, g *graph.Subgraph) error {
	g = sortedCopy(g)
	if err := writeCSVNodes(nodes, g); err != nil {
		return err
	}
	return writeCSVRelationships(rels, g)
}

func writeCSVNodes(w io.Writer, g *graph.Subgraph) error {
	cols := propColumns(nodeProps(g), "id", "name", "aliases")
	cw := csv.NewWriter(w)
	header := []string{"id:ID", ":LABEL", "name", "aliases:string[]"}
	for _, c := range cols {
		header = append(header, c.key+neo4jTypes[c.typ])
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, len(header))
	for _, n := range g.Nodes {
		label := neo4jLabels[n.Kind]
		if label == "" {
			label = neo4jLabel(string(n.Kind))
		}
		row[0], row[1], row[2], row[3] = string(n.ID), label, n.Name, strings.Join(n.Aliases, ";")
		for i, c := range cols {
			row[4+i] = formatValue(n.Props[c.key], c.typ)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeCSVRelationships(w io.Writer, g *graph.Subgraph) error {
	cols := propColumns(edgeProps(g), "id")
	cw := csv.NewWriter(w)
	header := []string{":START_ID", ":END_ID", ":TYPE", "id"}
	for _, c := range cols {
		header = append(header, c.key+neo4jTypes[c.typ])
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, len(header))
	for _, e := range g.Edges {
		row[0], row[1], row[2], row[3] = string(e.From), string(e.To), strings.ToUpper(string(e.Kind)), string(e.ID)
		for i, c := range cols {
			row[4+i] = formatValue(e.Props[c.key], c.typ)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// neo4jLabel capitalizes a kind that has no label of its own.
func neo4jLabel(kind string) string {
	if kind == "" {
		return "Node"
	}
	return strings.ToUpper(kind[:1]) + kind[1:]
}
