package export

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"newsgraph/graph"
)

// Countries maps the entities of g to their country for DOTOptions.Cluster
// "country", reading holds_role edges from s so that it works when the
// selection left them out: a person's country is the place they hold a
// role in (the one named most often, then the first by ID); an
// organization's is the country shared by all the people holding roles in
// it; a place that is someone's country is its own.
func Countries(ctx context.Context, s graph.Store, g *graph.Subgraph) (map[graph.ID]*graph.Node, error) {
	cache := map[graph.ID]*graph.Node{}
	for _, n := range g.Nodes {
		cache[n.ID] = n
	}
	var roles []*graph.Edge
	var ents []*graph.Node
	for _, n := range g.Nodes {
		if n.Kind != graph.Person && n.Kind != graph.Organization {
			if n.Kind == graph.Place {
				ents = append(ents, n)
			}
			continue
		}
		ents = append(ents, n)
		dir := graph.Out
		if n.Kind == graph.Organization {
			dir = graph.In
		}
		es, err := s.Edges(ctx, n.ID, dir, graph.HoldsRole)
		if err != nil {
			return nil, err
		}
		roles = append(roles, es...)
	}
	// Organizations need their members' countries, members that may lie
	// outside g.
	for _, e := range roles {
		for _, id := range []graph.ID{e.From, e.To} {
			if cache[id] != nil {
				continue
			}
			n, err := s.Node(ctx, id)
			if errors.Is(err, graph.ErrNotFound) {
				continue
			}
			if err != nil {
				return nil, err
			}
			cache[id] = n
		}
	}
	for _, e := range slices.Clone(roles) {
		if n := cache[e.From]; n != nil && n.Kind == graph.Person && cache[e.To] != nil && cache[e.To].Kind == graph.Organization {
			es, err := s.Edges(ctx, e.From, graph.Out, graph.HoldsRole)
			if err != nil {
				return nil, err
			}
			for _, r := range es {
				if cache[r.To] == nil {
					n, err := s.Node(ctx, r.To)
					if err != nil && !errors.Is(err, graph.ErrNotFound) {
						return nil, err
					}
					if n != nil {
						cache[r.To] = n
					}
				}
				roles = append(roles, r)
			}
		}
	}
	slices.SortFunc(roles, func(a, b *graph.Edge) int { return cmp.Compare(a.ID, b.ID) })
	roles = slices.CompactFunc(roles, func(a, b *graph.Edge) bool { return a.ID == b.ID })
	return countriesFrom(ents, roles, func(id graph.ID) *graph.Node { return cache[id] }), nil
}

// countriesFrom assigns countries to ents from the holds_role edges among
// edges; node finds the nodes those edges point to.
func countriesFrom(ents []*graph.Node, edges []*graph.Edge, node func(graph.ID) *graph.Node) map[graph.ID]*graph.Node {
	// places[person][place] counts the person's roles in that place.
	places := map[graph.ID]map[graph.ID]int{}
	members := map[graph.ID][]graph.ID{} // organization -> people
	for _, e := range edges {
		if e.Kind != graph.HoldsRole {
			continue
		}
		to := node(e.To)
		if to == nil {
			continue
		}
		switch to.Kind {
		case graph.Place:
			if places[e.From] == nil {
				places[e.From] = map[graph.ID]int{}
			}
			places[e.From][e.To]++
		case graph.Organization:
			members[e.To] = append(members[e.To], e.From)
		}
	}
	countryOf := func(id graph.ID) graph.ID {
		var best graph.ID
		for p, n := range places[id] {
			if best == "" || n > places[id][best] || (n == places[id][best] && p < best) {
				best = p
			}
		}
		return best
	}
	out := map[graph.ID]*graph.Node{}
	isCountry := map[graph.ID]bool{}
	for _, n := range ents {
		switch n.Kind {
		case graph.Person:
			if c := countryOf(n.ID); c != "" {
				out[n.ID] = node(c)
				isCountry[c] = true
			}
		case graph.Organization:
			var c graph.ID
			for _, m := range members[n.ID] {
				mc := countryOf(m)
				if mc == "" {
					continue
				}
				if c != "" && mc != c {
					c = ""
					break
				}
				c = mc
			}
			if c != "" {
				out[n.ID] = node(c)
				isCountry[c] = true
			}
		}
	}
	for _, n := range ents {
		if n.Kind == graph.Place && isCountry[n.ID] {
			out[n.ID] = n
		}
	}
	return out
}
