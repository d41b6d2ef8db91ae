package schema

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	graphql "github.com/graph-gophers/graphql-go"

	"newsgraph/graph"
)

// maxPrefixCandidates bounds how many prefix matches a search reads before
// ranking them.
const maxPrefixCandidates = 2000

// Search resolves Query.search.
func (r *Resolver) Search(ctx context.Context, args struct {
	Text  string
	Kinds *[]string
	First int32
}) ([]*Entity, error) {
	first, err := r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	l := r.loader(ctx)
	exact, err := r.store.Lookup(ctx, args.Text, false)
	if err != nil {
		return nil, err
	}
	prefix, err := r.store.Lookup(ctx, args.Text, true)
	if err != nil {
		return nil, err
	}
	prefix = slices.DeleteFunc(prefix, func(id graph.ID) bool { return slices.Contains(exact, id) })
	if len(prefix) > maxPrefixCandidates {
		prefix = prefix[:maxPrefixCandidates]
	}
	if err := l.charge(len(exact) + len(prefix)); err != nil {
		return nil, err
	}
	if err := l.prime(ctx, append(slices.Clone(exact), prefix...)); err != nil {
		return nil, err
	}
	want := kinds[graph.NodeKind](args.Kinds)
	folded := graph.Fold(args.Text)
	var out []*Entity
	for _, group := range [][]graph.ID{exact, prefix} {
		var ns []*graph.Node
		for _, id := range group {
			n, _ := l.node(ctx, id)
			if n != nil && n.Kind.IsEntity() && (len(want) == 0 || slices.Contains(want, n.Kind)) {
				ns = append(ns, n)
			}
		}
		// Closest first: the shortest matching name, then the name.
		slices.SortFunc(ns, func(a, b *graph.Node) int {
			return cmp.Or(cmp.Compare(closeness(a, folded), closeness(b, folded)),
				strings.Compare(a.Name, b.Name), strings.Compare(string(a.ID), string(b.ID)))
		})
		for _, n := range ns {
			if len(out) == first {
				break
			}
			out = append(out, &Entity{r: r, n: n})
		}
	}
	if entityFieldsSelected(ctx) {
		ids := make([]graph.ID, len(out))
		for i, e := range out {
			ids[i] = e.n.ID
		}
		if err := l.primeEdges(ctx, ids); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// closeness is the length of the shortest name of n whose folded form
// starts with folded: an exact match scores its own length.
func closeness(n *graph.Node, folded string) int {
	best := 1 << 30
	for _, name := range n.Names() {
		if f := graph.Fold(name); strings.HasPrefix(f, folded) {
			best = min(best, utf8.RuneCountInString(f))
		}
	}
	return best
}

// entityFieldsSelected reports whether the query asks entities of a list
// for fields that read their edges.
func entityFieldsSelected(ctx context.Context) bool {
	for _, f := range []string{"contacts", "statements", "mentions", "roles", "degree", "firstSeen", "lastSeen"} {
		if graphql.HasSelectedField(ctx, f) {
			return true
		}
	}
	return false
}

// Entity resolves Query.entity: null for an unknown ID or one that is not
// an entity.
func (r *Resolver) Entity(ctx context.Context, args struct{ ID graphql.ID }) (*Entity, error) {
	n, err := r.loader(ctx).node(ctx, graph.ID(args.ID))
	if err != nil || n == nil || !n.Kind.IsEntity() {
		return nil, err
	}
	return &Entity{r: r, n: n}, nil
}

// Entity wraps an entity node.
type Entity struct {
	r *Resolver
	n *graph.Node
}

func (e *Entity) ID() graphql.ID { return graphql.ID(e.n.ID) }
func (e *Entity) Kind() string   { return enum(e.n.Kind) }
func (e *Entity) Name() string   { return e.n.Name }
func (e *Entity) NameEn() *string {
	return strPtr(graph.Prop(e.n.Props, graph.PropNameEn))
}

func (e *Entity) Aliases() []string {
	if e.n.Aliases == nil {
		return []string{}
	}
	return e.n.Aliases
}

// Degree is the number of edges at the entity.
func (e *Entity) Degree(ctx context.Context) (int32, error) {
	es, err := e.r.loader(ctx).edgesOf(ctx, e.n.ID)
	return int32(len(es)), err
}

func (e *Entity) FirstSeen(ctx context.Context) (*Date, error) {
	lo, _, err := e.seen(ctx)
	return datePtr(lo), err
}

func (e *Entity) LastSeen(ctx context.Context) (*Date, error) {
	_, hi, err := e.seen(ctx)
	return datePtr(hi), err
}

// seen returns the earliest and latest dates of the entity's articles,
// contacts and statements.
func (e *Entity) seen(ctx context.Context) (lo, hi string, err error) {
	l := e.r.loader(ctx)
	es, err := l.edgesOf(ctx, e.n.ID)
	if err != nil {
		return "", "", err
	}
	var articles []graph.ID
	for _, ed := range es {
		if ed.Kind == graph.MentionedIn {
			articles = append(articles, ed.To)
		}
	}
	if err := l.prime(ctx, articles); err != nil {
		return "", "", err
	}
	note := func(d string) {
		if d == "" {
			return
		}
		if lo == "" || d < lo {
			lo = d
		}
		if d > hi {
			hi = d
		}
	}
	for _, ed := range es {
		if ed.Kind == graph.MentionedIn {
			if a, _ := l.node(ctx, ed.To); a != nil {
				note(graph.Prop(a.Props, "published"))
			}
			continue
		}
		note(graph.Prop(ed.Props, graph.PropDate))
	}
	return lo, hi, nil
}

// Roles lists the entity's roles, one per role and organization.
func (e *Entity) Roles(ctx context.Context) ([]*Role, error) {
	l := e.r.loader(ctx)
	es, err := l.edgesOf(ctx, e.n.ID)
	if err != nil {
		return nil, err
	}
	type rk struct {
		role string
		org  graph.ID
	}
	seen := map[rk]bool{}
	var roles []*graph.Edge
	var ids []graph.ID
	for _, ed := range es {
		k := rk{graph.Prop(ed.Props, graph.PropRole), ed.To}
		if ed.Kind != graph.HoldsRole || ed.From != e.n.ID || seen[k] {
			continue
		}
		seen[k] = true
		roles = append(roles, ed)
		ids = append(ids, ed.To, graph.ID(graph.Prop(ed.Props, graph.PropArticle)))
	}
	if err := l.charge(len(roles)); err != nil {
		return nil, err
	}
	if err := l.prime(ctx, ids); err != nil {
		return nil, err
	}
	out := []*Role{}
	for _, ed := range roles {
		org, _ := l.node(ctx, ed.To)
		if org != nil {
			out = append(out, &Role{r: e.r, e: ed, org: org})
		}
	}
	slices.SortFunc(out, func(a, b *Role) int {
		return cmp.Or(strings.Compare(a.Role(), b.Role()), strings.Compare(a.org.Name, b.org.Name))
	})
	return out, nil
}

// Role wraps a holds_role edge.
type Role struct {
	r   *Resolver
	e   *graph.Edge
	org *graph.Node
}

func (ro *Role) Role() string          { return graph.Prop(ro.e.Props, graph.PropRole) }
func (ro *Role) Organization() *Entity { return &Entity{r: ro.r, n: ro.org} }
func (ro *Role) Evidence() string      { return graph.Prop(ro.e.Props, graph.PropEvidence) }
func (ro *Role) Article(ctx context.Context) (*Article, error) {
	return ro.r.articleOf(ctx, ro.e)
}

// Contacts resolves Entity.contacts.
func (e *Entity) Contacts(ctx context.Context, args struct {
	With     *graphql.ID
	Types    *[]string
	From, To *Date
	First    int32
	After    *string
}) (*ContactConnection, error) {
	return e.r.contacts(ctx, e.n.ID, args.With, args.Types, args.From, args.To, args.First, args.After)
}

// Statements resolves Entity.statements.
func (e *Entity) Statements(ctx context.Context, args struct {
	About    *graphql.ID
	From, To *Date
	First    int32
	After    *string
}) (*StatementConnection, error) {
	sp := graphql.ID(e.n.ID)
	return e.r.Statements(ctx, statementArgs{Speaker: &sp, About: args.About, From: args.From, To: args.To, First: args.First, After: args.After})
}

// Mentions resolves Entity.mentions: the articles that mention the entity,
// newest first.
func (e *Entity) Mentions(ctx context.Context, args struct {
	First int32
	After *string
}) (*MentionConnection, error) {
	first, err := e.r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	p, err := newPager[*graph.Edge](first, args.After)
	if err != nil {
		return nil, err
	}
	l := e.r.loader(ctx)
	es, err := l.edgesOf(ctx, e.n.ID)
	if err != nil {
		return nil, err
	}
	var ids []graph.ID
	for _, ed := range es {
		if ed.Kind == graph.MentionedIn && ed.From == e.n.ID {
			ids = append(ids, ed.To)
		}
	}
	if err := l.prime(ctx, ids); err != nil {
		return nil, err
	}
	for _, ed := range es {
		if ed.Kind == graph.MentionedIn && ed.From == e.n.ID {
			a, _ := l.node(ctx, ed.To)
			if a != nil {
				p.add(key{graph.Prop(a.Props, "published"), a.ID}, ed)
			}
		}
	}
	pg := p.page()
	if err := l.charge(len(pg.items)); err != nil {
		return nil, err
	}
	c := &MentionConnection{total: pg.total, info: pg.info()}
	for _, it := range pg.items {
		a, _ := l.node(ctx, it.item.To)
		m := &Mention{r: e.r, e: it.item, article: a, entity: e.n}
		c.edges = append(c.edges, &MentionEdge{cursor: it.key.cursor(), node: m})
	}
	return c, nil
}

// Mention is an entity mentioned in an article.
type Mention struct {
	r       *Resolver
	e       *graph.Edge
	article *graph.Node
	entity  *graph.Node
}

func (m *Mention) Article() *Article { return &Article{r: m.r, n: m.article} }
func (m *Mention) Entity() *Entity   { return &Entity{r: m.r, n: m.entity} }
func (m *Mention) Count() int32 {
	switch v := m.e.Props["count"].(type) {
	case float64:
		return int32(v)
	case int:
		return int32(v)
	}
	return 0
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// notFound is the error for an ID that names nothing of the kind.
func notFound(what string, id graphql.ID) error {
	return fmt.Errorf("%s %q: %w", what, string(id), graph.ErrNotFound)
}
