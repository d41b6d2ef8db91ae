package export

import (
	"cmp"
	"slices"

	"newsgraph/graph"
)

// contactKey groups repeated contacts: the same pair (in either
// direction), kind and status.
type contactKey struct {
	a, b   graph.ID // a < b
	kind   graph.EdgeKind
	status string
}

func keyOf(e *graph.Edge) contactKey {
	a, b := e.From, e.To
	if b < a {
		a, b = b, a
	}
	return contactKey{a: a, b: b, kind: e.Kind, status: graph.Prop(e.Props, graph.PropStatus)}
}

// contactGroup is one folded contact: every edge of one contactKey.
type contactGroup struct {
	contactKey
	edges       []*graph.Edge // sorted by date, then ID
	first, last string        // the earliest and latest dates, "" if none
	forward     bool          // some edge goes a -> b
	backward    bool          // some edge goes b -> a
}

// foldContacts groups the contact edges of edges, sorted by pair, kind and
// status.
func foldContacts(edges []*graph.Edge) []*contactGroup {
	byKey := map[contactKey]*contactGroup{}
	var out []*contactGroup
	for _, e := range edges {
		if !e.Kind.IsContact() {
			continue
		}
		k := keyOf(e)
		grp := byKey[k]
		if grp == nil {
			grp = &contactGroup{contactKey: k}
			byKey[k] = grp
			out = append(out, grp)
		}
		grp.edges = append(grp.edges, e)
		if e.From == k.a {
			grp.forward = true
		} else {
			grp.backward = true
		}
		if d := graph.Prop(e.Props, graph.PropDate); d != "" {
			if grp.first == "" || d < grp.first {
				grp.first = d
			}
			if d > grp.last {
				grp.last = d
			}
		}
	}
	for _, grp := range out {
		slices.SortFunc(grp.edges, func(x, y *graph.Edge) int {
			if c := cmp.Compare(graph.Prop(x.Props, graph.PropDate), graph.Prop(y.Props, graph.PropDate)); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
	}
	slices.SortFunc(out, func(x, y *contactGroup) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.kind, y.kind), cmp.Compare(x.status, y.status))
	})
	return out
}
