package schema

import (
	"context"
	"fmt"

	graphql "github.com/graph-gophers/graphql-go"

	"newsgraph/graph"
)

// Bounds of the traversals, beyond Limits.MaxFirst.
const (
	maxDepth = 3
	maxHops  = 6
)

// Neighbourhood resolves Query.neighbourhood with graph.Neighbourhood.
func (r *Resolver) Neighbourhood(ctx context.Context, args struct {
	ID       graphql.ID
	Depth    int32
	Kinds    *[]string
	From, To *Date
	Limit    int32
}) (*Subgraph, error) {
	depth := int(args.Depth)
	if depth < 0 || depth > maxDepth {
		return nil, fmt.Errorf("depth: %d is out of range (0 to %d)", depth, maxDepth)
	}
	limit, err := r.first(args.Limit, "limit")
	if err != nil {
		return nil, err
	}
	if limit == 0 {
		return &Subgraph{r: r, g: &graph.Subgraph{}}, nil
	}
	f := graph.EdgeFilter{Kinds: kinds[graph.EdgeKind](args.Kinds), From: str(args.From), To: str(args.To)}
	g, err := graph.Neighbourhood(ctx, r.store, graph.ID(args.ID), depth, f, limit)
	if err != nil {
		return nil, err
	}
	l := r.loader(ctx)
	if err := l.charge(len(g.Nodes) + len(g.Edges)); err != nil {
		return nil, err
	}
	l.keep(g.Nodes)
	if err := l.prime(ctx, edgeArticles(g.Edges)); err != nil {
		return nil, err
	}
	return &Subgraph{r: r, g: g}, nil
}

func edgeArticles(es []*graph.Edge) []graph.ID {
	var ids []graph.ID
	for _, e := range es {
		if a := graph.Prop(e.Props, graph.PropArticle); a != "" {
			ids = append(ids, graph.ID(a))
		}
	}
	return ids
}

// Subgraph wraps a graph.Subgraph.
type Subgraph struct {
	r *Resolver
	g *graph.Subgraph
}

func (s *Subgraph) Nodes() []*GraphNode {
	out := make([]*GraphNode, len(s.g.Nodes))
	for i, n := range s.g.Nodes {
		out[i] = &GraphNode{r: s.r, n: n}
	}
	return out
}

func (s *Subgraph) Edges() []*GraphEdge {
	out := make([]*GraphEdge, len(s.g.Edges))
	for i, e := range s.g.Edges {
		out[i] = &GraphEdge{r: s.r, e: e}
	}
	return out
}

// Paths resolves Query.paths with graph.Paths.
func (r *Resolver) Paths(ctx context.Context, args struct {
	From    graphql.ID
	To      graphql.ID
	MaxHops int32
	Kinds   *[]string
	First   int32
}) ([]*Path, error) {
	hops := int(args.MaxHops)
	if hops < 1 || hops > maxHops {
		return nil, fmt.Errorf("maxHops: %d is out of range (1 to %d)", hops, maxHops)
	}
	first, err := r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	f := graph.EdgeFilter{Kinds: kinds[graph.EdgeKind](args.Kinds)}
	from, to := graph.ID(args.From), graph.ID(args.To)
	ps, err := graph.Paths(ctx, r.store, from, to, hops, f, first)
	if err != nil {
		return nil, err
	}
	l := r.loader(ctx)
	out := []*Path{}
	var ids []graph.ID
	for _, p := range ps {
		path := &Path{r: r, edges: p, nodes: []graph.ID{from}}
		at := from
		for _, e := range p {
			at = otherEnd(e, at)
			path.nodes = append(path.nodes, at)
		}
		ids = append(ids, path.nodes...)
		ids = append(ids, edgeArticles(p)...)
		if err := l.charge(len(p) + len(path.nodes)); err != nil {
			return nil, err
		}
		out = append(out, path)
	}
	if err := l.prime(ctx, ids); err != nil {
		return nil, err
	}
	return out, nil
}

// Path is a chain of edges and the nodes along it.
type Path struct {
	r     *Resolver
	edges graph.Path
	nodes []graph.ID
}

func (p *Path) Hops() int32 { return int32(len(p.edges)) }

func (p *Path) Nodes(ctx context.Context) ([]*GraphNode, error) {
	l := p.r.loader(ctx)
	out := make([]*GraphNode, 0, len(p.nodes))
	for _, id := range p.nodes {
		n, err := l.node(ctx, id)
		if err != nil {
			return nil, err
		}
		if n == nil {
			return nil, notFound("node", graphql.ID(id))
		}
		out = append(out, &GraphNode{r: p.r, n: n})
	}
	return out, nil
}

func (p *Path) Edges() []*GraphEdge {
	out := make([]*GraphEdge, len(p.edges))
	for i, e := range p.edges {
		out[i] = &GraphEdge{r: p.r, e: e}
	}
	return out
}

// GraphNode wraps any node.
type GraphNode struct {
	r *Resolver
	n *graph.Node
}

func (g *GraphNode) ID() graphql.ID { return graphql.ID(g.n.ID) }
func (g *GraphNode) Kind() string   { return enum(g.n.Kind) }
func (g *GraphNode) Name() string   { return g.n.Name }
func (g *GraphNode) Aliases() []string {
	return nonNil(g.n.Aliases)
}

func (g *GraphNode) Entity() *Entity {
	if !g.n.Kind.IsEntity() {
		return nil
	}
	return &Entity{r: g.r, n: g.n}
}

func (g *GraphNode) Article() *Article {
	if g.n.Kind != graph.Article {
		return nil
	}
	return &Article{r: g.r, n: g.n}
}

// Statement finds the said edge that ends at a statement node.
func (g *GraphNode) Statement(ctx context.Context) (*Statement, error) {
	if g.n.Kind != graph.Statement {
		return nil, nil
	}
	es, err := g.r.loader(ctx).edgesOf(ctx, g.n.ID)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		if e.Kind == graph.Said && e.To == g.n.ID {
			return &Statement{r: g.r, e: e, n: g.n}, nil
		}
	}
	return nil, nil
}

// GraphEdge wraps any edge.
type GraphEdge struct {
	r *Resolver
	e *graph.Edge
}

func (g *GraphEdge) ID() graphql.ID    { return graphql.ID(g.e.ID) }
func (g *GraphEdge) Kind() string      { return enum(g.e.Kind) }
func (g *GraphEdge) From() graphql.ID  { return graphql.ID(g.e.From) }
func (g *GraphEdge) To() graphql.ID    { return graphql.ID(g.e.To) }
func (g *GraphEdge) Date() *Date       { return datePtr(graph.Prop(g.e.Props, graph.PropDate)) }
func (g *GraphEdge) Role() *string     { return strPtr(graph.Prop(g.e.Props, graph.PropRole)) }
func (g *GraphEdge) Evidence() *string { return strPtr(graph.Prop(g.e.Props, graph.PropEvidence)) }

func (g *GraphEdge) Status() *string {
	if !g.e.Kind.IsContact() {
		return nil
	}
	s := (&Contact{e: g.e}).Status()
	return &s
}

func (g *GraphEdge) Article(ctx context.Context) (*Article, error) {
	return g.r.articleOf(ctx, g.e)
}

func (g *GraphEdge) Contact() *Contact {
	if !g.e.Kind.IsContact() {
		return nil
	}
	return &Contact{r: g.r, e: g.e}
}
