package schema

import (
	"context"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"

	"newsgraph/graph"
)

type statementArgs struct {
	Speaker  *graphql.ID
	About    *graphql.ID
	Text     *string
	From, To *Date
	Direct   *bool
	First    int32
	After    *string
}

// Statements resolves Query.statements. Candidates come from an index when
// it can: the speaker's said edges, or the statements of the articles that
// mention the about entity; otherwise from a scan of every edge, holding
// only one page in memory.
func (r *Resolver) Statements(ctx context.Context, args statementArgs) (*StatementConnection, error) {
	first, err := r.first(args.First, "first")
	if err != nil {
		return nil, err
	}
	p, err := newPager[*graph.Edge](first, args.After)
	if err != nil {
		return nil, err
	}
	l := r.loader(ctx)
	dates := graph.EdgeFilter{From: str(args.From), To: str(args.To)}

	// Node-level filters: the statement's text, direct, and what it names.
	var text string
	if args.Text != nil {
		text = graph.Fold(*args.Text)
	}
	var aboutNames []string
	if args.About != nil {
		about, err := l.node(ctx, graph.ID(*args.About))
		if err != nil {
			return nil, err
		}
		if about == nil {
			return nil, notFound("about: entity", *args.About)
		}
		aboutNames = foldedNames(about)
	}
	nodeMatch := func(n *graph.Node) bool {
		if n == nil || n.Kind != graph.Statement {
			return false
		}
		if args.Direct != nil && (n.Props[graph.PropDirect] == true) != *args.Direct {
			return false
		}
		folded := graph.Fold(statementText(n))
		if text != "" && !strings.Contains(folded, text) {
			return false
		}
		if aboutNames != nil && !containsAny(folded, aboutNames) {
			return false
		}
		return true
	}
	nodeFilters := text != "" || args.Direct != nil || aboutNames != nil
	edgeMatch := func(e *graph.Edge) bool { return e.Kind == graph.Said && dates.Match(e) }

	var candidates []*graph.Edge
	switch {
	case args.Speaker != nil:
		es, err := l.edgesOf(ctx, graph.ID(*args.Speaker))
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if e.From == graph.ID(*args.Speaker) && edgeMatch(e) {
				candidates = append(candidates, e)
			}
		}
	case args.About != nil:
		candidates, err = r.statementsAround(ctx, graph.ID(*args.About), edgeMatch)
		if err != nil {
			return nil, err
		}
	default:
		// A scan: with node filters, first find the statements that pass
		// them, then their said edges.
		var pass map[graph.ID]bool
		if nodeFilters {
			pass = map[graph.ID]bool{}
			err := r.store.ForEachNode(ctx, func(n *graph.Node) error {
				if nodeMatch(n) {
					pass[n.ID] = true
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		err := r.store.ForEachEdge(ctx, func(e *graph.Edge) error {
			if edgeMatch(e) && (pass == nil || pass[e.To]) {
				p.add(key{graph.Prop(e.Props, graph.PropDate), e.ID}, e)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if candidates != nil {
		if nodeFilters {
			ids := make([]graph.ID, len(candidates))
			for i, e := range candidates {
				ids[i] = e.To
			}
			if err := l.charge(len(ids)); err != nil {
				return nil, err
			}
			if err := l.prime(ctx, ids); err != nil {
				return nil, err
			}
		}
		for _, e := range candidates {
			if nodeFilters {
				if n, _ := l.node(ctx, e.To); !nodeMatch(n) {
					continue
				}
			}
			p.add(key{graph.Prop(e.Props, graph.PropDate), e.ID}, e)
		}
	}
	pg := p.page()
	// The next level for the whole page at once: both ends and articles.
	if err := l.primeEdgePage(ctx, pg); err != nil {
		return nil, err
	}
	c := &StatementConnection{total: pg.total, info: pg.info()}
	for _, it := range pg.items {
		n, _ := l.node(ctx, it.item.To)
		if n == nil {
			continue
		}
		c.edges = append(c.edges, &StatementEdge{cursor: it.key.cursor(), node: &Statement{r: r, e: it.item, n: n}})
	}
	return c, nil
}

// statementsAround returns the said edges of the articles that mention
// entity id: every entity mentioned in one of those articles, its said
// edges from that article.
func (r *Resolver) statementsAround(ctx context.Context, id graph.ID, match func(*graph.Edge) bool) ([]*graph.Edge, error) {
	l := r.loader(ctx)
	es, err := l.edgesOf(ctx, id)
	if err != nil {
		return nil, err
	}
	seen := map[graph.ID]bool{}
	out := []*graph.Edge{}
	for _, e := range es {
		if e.Kind != graph.MentionedIn || e.From != id {
			continue
		}
		art := e.To
		ments, err := l.edgesOf(ctx, art)
		if err != nil {
			return nil, err
		}
		if err := l.charge(len(ments)); err != nil {
			return nil, err
		}
		for _, m := range ments {
			if m.Kind != graph.MentionedIn || m.To != art {
				continue
			}
			said, err := l.edgesOf(ctx, m.From)
			if err != nil {
				return nil, err
			}
			for _, s := range said {
				if s.From == m.From && graph.Prop(s.Props, graph.PropArticle) == string(art) && !seen[s.ID] && match(s) {
					seen[s.ID] = true
					out = append(out, s)
				}
			}
		}
	}
	return out, nil
}

// foldedNames returns the folded name and aliases of n.
func foldedNames(n *graph.Node) []string {
	out := []string{}
	for _, name := range n.Names() {
		if f := graph.Fold(name); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func statementText(n *graph.Node) string {
	if t := graph.Prop(n.Props, graph.PropText); t != "" {
		return t
	}
	return n.Name
}

// Statement wraps a said edge and its statement node.
type Statement struct {
	r *Resolver
	e *graph.Edge
	n *graph.Node
}

func (s *Statement) ID() graphql.ID   { return graphql.ID(s.n.ID) }
func (s *Statement) Text() string     { return statementText(s.n) }
func (s *Statement) Direct() bool     { return s.n.Props[graph.PropDirect] == true }
func (s *Statement) Verb() *string    { return strPtr(graph.Prop(s.e.Props, "verb")) }
func (s *Statement) Date() *Date      { return datePtr(graph.Prop(s.e.Props, graph.PropDate)) }
func (s *Statement) Evidence() string { return graph.Prop(s.e.Props, graph.PropEvidence) }

func (s *Statement) Speaker(ctx context.Context) (*Entity, error) {
	n, err := s.r.loader(ctx).node(ctx, s.e.From)
	if err != nil {
		return nil, err
	}
	if n == nil {
		return nil, notFound("speaker", graphql.ID(s.e.From))
	}
	return &Entity{r: s.r, n: n}, nil
}

func (s *Statement) Article(ctx context.Context) (*Article, error) {
	return s.r.articleOf(ctx, s.e)
}
