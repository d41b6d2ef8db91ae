// Package graph is newsgraph's domain model: the nodes and edges of the
// knowledge graph, the Store interface that persists them, and Fold, the
// name-folding key shared by the store, the extractors and search.
//
// It imports nothing of the project's and no storage library; backends such
// as graph/badgerdb implement Store beside it.
package graph
