// Package export writes a graph.Subgraph in the formats that people and
// other graph tools read, one file per format: JSON (json.go), Graphviz
// DOT and pictures drawn from it (dot.go, render.go), GraphML (graphml.go),
// CSV for Neo4j's importer (csv.go), RDF for Dgraph and N-Quads (rdf.go,
// dgraph_schema.go).
//
// Select (select.go) reads the part of a graph.Store that a Selection
// names — the neighbourhood of one entity, a date range, edge kinds,
// repeated contacts, the best-connected entities — so that the command
// line and the server choose subgraphs the same way.
//
// Every writer sorts what it writes, so the same subgraph always gives the
// same bytes; testdata/ holds golden files (go test ./export -update
// rewrites them).
package export
