// Package export writes a graph.Subgraph in the formats that people and
// other graph tools read, one file per format.
package export
