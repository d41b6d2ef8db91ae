package schema

import (
	"cmp"
	"context"
	"slices"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"

	"newsgraph/graph"
)

// Article resolves Query.article: null for an unknown ID.
func (r *Resolver) Article(ctx context.Context, args struct{ ID graphql.ID }) (*Article, error) {
	n, err := r.loader(ctx).node(ctx, graph.ID(args.ID))
	if err != nil || n == nil || n.Kind != graph.Article {
		return nil, err
	}
	return &Article{r: r, n: n}, nil
}

// Articles resolves Query.articles: a scan of the nodes that holds one page
// in memory.
func (r *Resolver) Articles(ctx context.Context, args struct {
	From, To *Date
	Language *string
	First    int32
	After    *string
}) (*ArticleConnection, error) {
	first, err := r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	p, err := newPager[*graph.Node](first, args.After)
	if err != nil {
		return nil, err
	}
	from, to := str(args.From), str(args.To)
	err = r.store.ForEachNode(ctx, func(n *graph.Node) error {
		if n.Kind != graph.Article {
			return nil
		}
		if args.Language != nil && !strings.EqualFold(graph.Prop(n.Props, "language"), *args.Language) {
			return nil
		}
		d := graph.Prop(n.Props, "published")
		if (from != "" || to != "") && (d == "" || (from != "" && d < from) || (to != "" && d > to)) {
			return nil
		}
		p.add(key{d, n.ID}, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	pg := p.page()
	l := r.loader(ctx)
	if err := l.charge(len(pg.items)); err != nil {
		return nil, err
	}
	c := &ArticleConnection{total: pg.total, info: pg.info()}
	for _, it := range pg.items {
		l.keep([]*graph.Node{it.item})
		c.edges = append(c.edges, &ArticleEdge{cursor: it.key.cursor(), node: &Article{r: r, n: it.item}})
	}
	return c, nil
}

// Article wraps an article node.
type Article struct {
	r *Resolver
	n *graph.Node
}

func (a *Article) ID() graphql.ID    { return graphql.ID(a.n.ID) }
func (a *Article) Title() string     { return a.n.Name }
func (a *Article) URL() *string      { return strPtr(graph.Prop(a.n.Props, "url")) }
func (a *Article) Source() *string   { return strPtr(graph.Prop(a.n.Props, "source")) }
func (a *Article) Language() *string { return strPtr(graph.Prop(a.n.Props, "language")) }
func (a *Article) Published() *Date  { return datePtr(graph.Prop(a.n.Props, "published")) }

// Entities resolves Article.entities: the entities mentioned, most
// mentioned first.
func (a *Article) Entities(ctx context.Context, args struct {
	Kinds *[]string
	First int32
}) ([]*Mention, error) {
	first, err := a.r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	l := a.r.loader(ctx)
	es, err := l.edgesOf(ctx, a.n.ID)
	if err != nil {
		return nil, err
	}
	var ids []graph.ID
	for _, e := range es {
		if e.Kind == graph.MentionedIn && e.To == a.n.ID {
			ids = append(ids, e.From)
		}
	}
	if err := l.charge(len(ids)); err != nil {
		return nil, err
	}
	if err := l.prime(ctx, ids); err != nil {
		return nil, err
	}
	want := kinds[graph.NodeKind](args.Kinds)
	out := []*Mention{}
	for _, e := range es {
		if e.Kind != graph.MentionedIn || e.To != a.n.ID {
			continue
		}
		n, _ := l.node(ctx, e.From)
		if n != nil && (len(want) == 0 || slices.Contains(want, n.Kind)) {
			out = append(out, &Mention{r: a.r, e: e, article: a.n, entity: n})
		}
	}
	slices.SortFunc(out, func(x, y *Mention) int {
		return cmp.Or(cmp.Compare(y.Count(), x.Count()), strings.Compare(x.entity.Name, y.entity.Name))
	})
	if len(out) > first {
		out = out[:first]
	}
	return out, nil
}

// Stats resolves Query.stats.
func (r *Resolver) Stats(ctx context.Context) (*Stats, error) {
	st, err := r.store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	return &Stats{st}, nil
}

// Stats wraps graph.Stats.
type Stats struct{ s graph.Stats }

func (s *Stats) Nodes() int32 { return int32(s.s.NodeCount()) }
func (s *Stats) Edges() int32 { return int32(s.s.EdgeCount()) }

func (s *Stats) NodeKinds() []*KindCount {
	out := make([]*KindCount, len(graph.NodeKinds))
	for i, k := range graph.NodeKinds {
		out[i] = &KindCount{enum(k), s.s.Nodes[k]}
	}
	return out
}

func (s *Stats) EdgeKinds() []*KindCount {
	out := make([]*KindCount, len(graph.EdgeKinds))
	for i, k := range graph.EdgeKinds {
		out[i] = &KindCount{enum(k), s.s.Edges[k]}
	}
	return out
}

// KindCount is a kind and how many nodes or edges have it.
type KindCount struct {
	kind  string
	count int
}

func (k *KindCount) Kind() string { return k.kind }
func (k *KindCount) Count() int32 { return int32(k.count) }
