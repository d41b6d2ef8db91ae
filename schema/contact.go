package schema

import (
	"context"

	graphql "github.com/graph-gophers/graphql-go"

	"newsgraph/graph"
)

// Contacts resolves Query.contacts.
func (r *Resolver) Contacts(ctx context.Context, args struct {
	Participant *graphql.ID
	With        *graphql.ID
	Types       *[]string
	From, To    *Date
	First       int32
	After       *string
}) (*ContactConnection, error) {
	var at graph.ID
	with := args.With
	switch {
	case args.Participant != nil:
		at = graph.ID(*args.Participant)
	case args.With != nil:
		// Contacts are symmetric for filtering: "with X" alone is "of X".
		at, with = graph.ID(*args.With), nil
	}
	return r.contacts(ctx, at, with, args.Types, args.From, args.To, args.First, args.After)
}

// contacts returns a page of the contacts of at (of the whole graph when
// at is ""), newest first.
func (r *Resolver) contacts(ctx context.Context, at graph.ID, with *graphql.ID, types *[]string, from, to *Date, firstArg int32, after *string) (*ContactConnection, error) {
	first, err := r.first(firstArg, "first")
	if err != nil {
		return nil, err
	}
	p, err := newPager[*graph.Edge](first, after)
	if err != nil {
		return nil, err
	}
	f := graph.EdgeFilter{Kinds: kinds[graph.EdgeKind](types), From: str(from), To: str(to)}
	match := func(e *graph.Edge) bool {
		if !e.Kind.IsContact() || !f.Match(e) {
			return false
		}
		if at != "" && e.From != at && e.To != at {
			return false
		}
		return with == nil || otherEnd(e, at) == graph.ID(*with)
	}
	add := func(e *graph.Edge) error {
		if match(e) {
			p.add(key{graph.Prop(e.Props, graph.PropDate), e.ID}, e)
		}
		return nil
	}
	l := r.loader(ctx)
	if at != "" {
		ks := f.Kinds
		if len(ks) == 0 {
			ks = contactKinds
		}
		es, err := l.edgesOfKinds(ctx, at, ks)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			add(e)
		}
	} else if err := r.store.ForEachEdge(ctx, add); err != nil {
		return nil, err
	}
	pg := p.page()
	// The next level for the whole page at once: both ends and articles.
	if err := l.primeEdgePage(ctx, pg); err != nil {
		return nil, err
	}
	c := &ContactConnection{total: pg.total, info: pg.info()}
	for _, it := range pg.items {
		c.edges = append(c.edges, &ContactEdge{cursor: it.key.cursor(), node: &Contact{r: r, e: it.item}})
	}
	return c, nil
}

var contactKinds = []graph.EdgeKind{graph.Called, graph.Met, graph.Visited, graph.WroteTo, graph.Contacted}

// Contact wraps a contact edge.
type Contact struct {
	r *Resolver
	e *graph.Edge
}

func (c *Contact) ID() graphql.ID    { return graphql.ID(c.e.ID) }
func (c *Contact) Type() string      { return enum(c.e.Kind) }
func (c *Contact) Date() *Date       { return datePtr(graph.Prop(c.e.Props, graph.PropDate)) }
func (c *Contact) DateText() *string { return strPtr(graph.Prop(c.e.Props, graph.PropDateText)) }
func (c *Contact) Evidence() string  { return graph.Prop(c.e.Props, graph.PropEvidence) }

func (c *Contact) Status() string {
	if s := graph.Prop(c.e.Props, graph.PropStatus); s != "" {
		return enum(s)
	}
	return enum(graph.StatusHappened)
}

// Confidence is the extractor's, when it recorded one; else 1 for a dated
// contact, 0.9 when the date was adjusted to a named weekday, 0.75 when
// undated.
func (c *Contact) Confidence() float64 {
	if v, ok := c.e.Props["confidence"].(float64); ok {
		return v
	}
	switch {
	case graph.Prop(c.e.Props, graph.PropDate) == "":
		return 0.75
	case c.e.Props["date_adjusted"] == true:
		return 0.9
	}
	return 1
}

func (c *Contact) Participants(ctx context.Context) ([]*Entity, error) {
	l := c.r.loader(ctx)
	out := []*Entity{}
	for _, id := range []graph.ID{c.e.From, c.e.To} {
		n, err := l.node(ctx, id)
		if err != nil {
			return nil, err
		}
		if n != nil {
			out = append(out, &Entity{r: c.r, n: n})
		}
	}
	return out, nil
}

// Initiator is the edge's From end, except for meetings, where the order
// of the two says nothing.
func (c *Contact) Initiator(ctx context.Context) (*Entity, error) {
	if c.e.Kind == graph.Met {
		return nil, nil
	}
	n, err := c.r.loader(ctx).node(ctx, c.e.From)
	if err != nil || n == nil {
		return nil, err
	}
	return &Entity{r: c.r, n: n}, nil
}

func (c *Contact) Article(ctx context.Context) (*Article, error) {
	return c.r.articleOf(ctx, c.e)
}

// articleOf returns the article an edge comes from, or nil.
func (r *Resolver) articleOf(ctx context.Context, e *graph.Edge) (*Article, error) {
	id := graph.Prop(e.Props, graph.PropArticle)
	if id == "" {
		return nil, nil
	}
	n, err := r.loader(ctx).node(ctx, graph.ID(id))
	if err != nil || n == nil {
		return nil, err
	}
	return &Article{r: r, n: n}, nil
}
