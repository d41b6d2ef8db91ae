// Package badgerdb is the BadgerDB implementation of graph.Store. It is the
// only package of newsgraph that imports badger.
//
// Key layout (layout version 1, stored under "meta/version"). Parts are
// joined by NUL bytes, which no ID, kind or folded name contains:
//
//	meta/version                         "1"
//	n/<nodeID>                           node as JSON
//	e/<edgeID>                           edge as JSON
//	o/<fromID> 0 <edgeKind> 0 <edgeID>   empty: out-edge index
//	i/<toID>   0 <edgeKind> 0 <edgeID>   empty: in-edge index
//	x/<Fold(name)> 0 <nodeID>            empty: name and alias index
//	cn/<nodeKind>, ce/<edgeKind>         counts, 8-byte big-endian
//
// "All edges of X" is a prefix scan of o/X\0 and i/X\0; "all called edges of
// X" a scan of o/X\0called\0. Looking a name up is a scan of x/<key>\0, and a
// prefix search one of x/<key>.
package badgerdb

import (
	"newsgraph/graph"
)

const layoutVersion = "1"

const sep = "\x00"

var keyVersion = []byte("meta/version")

func nodeKey(id graph.ID) []byte { return []byte("n/" + string(id)) }
func edgeKey(id graph.ID) []byte { return []byte("e/" + string(id)) }

func outKey(e *graph.Edge) []byte {
	return []byte("o/" + string(e.From) + sep + string(e.Kind) + sep + string(e.ID))
}

func inKey(e *graph.Edge) []byte {
	return []byte("i/" + string(e.To) + sep + string(e.Kind) + sep + string(e.ID))
}

// adjacencyPrefix is the prefix of the out ("o/") or in ("i/") index entries
// of node id, of one kind when kind is not empty.
func adjacencyPrefix(dir string, id graph.ID, kind graph.EdgeKind) []byte {
	p := dir + string(id) + sep
	if kind != "" {
		p += string(kind) + sep
	}
	return []byte(p)
}

func nameKey(folded string, id graph.ID) []byte {
	return []byte("x/" + folded + sep + string(id))
}

func nodeCountKey(k graph.NodeKind) []byte { return []byte("cn/" + string(k)) }
func edgeCountKey(k graph.EdgeKind) []byte { return []byte("ce/" + string(k)) }

// lastPart returns what follows the last NUL byte of an index key: the ID.
func lastPart(key []byte) graph.ID {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == 0 {
			return graph.ID(key[i+1:])
		}
	}
	return graph.ID(key)
}
