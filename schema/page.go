package schema

import (
	"context"
	"encoding/base64"
	"errors"
	"slices"
	"strings"

	"newsgraph/graph"
)

// key orders the items of a connection: newest date first, undated last,
// then by ID.
type key struct {
	date string
	id   graph.ID
}

func compareKeys(a, b key) int {
	switch {
	case a.date == b.date:
	case a.date == "":
		return 1
	case b.date == "":
		return -1
	case a.date > b.date:
		return -1
	default:
		return 1
	}
	return strings.Compare(string(a.id), string(b.id))
}

// A cursor is the key of the last item of a page, opaque to clients.
func (k key) cursor() string {
	return base64.RawURLEncoding.EncodeToString([]byte("c1\x00" + k.date + "\x00" + string(k.id)))
}

var errCursor = errors.New("after: not a cursor of this API")

func parseCursor(s *string) (*key, error) {
	if s == nil || *s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*s)
	if err != nil {
		return nil, errCursor
	}
	parts := strings.Split(string(b), "\x00")
	if len(parts) != 3 || parts[0] != "c1" {
		return nil, errCursor
	}
	return &key{date: parts[1], id: graph.ID(parts[2])}, nil
}

// pager keeps the first items after a cursor of a stream in key order,
// holding at most about twice first of them however long the stream is.
type pager[T any] struct {
	first int
	after *key
	total int // items offered, cursor or not
	items []keyed[T]
}

type keyed[T any] struct {
	key  key
	item T
}

func newPager[T any](first int, after *string) (*pager[T], error) {
	k, err := parseCursor(after)
	if err != nil {
		return nil, err
	}
	return &pager[T]{first: first, after: k}, nil
}

// add offers one item that passed the filters.
func (p *pager[T]) add(k key, item T) {
	p.total++
	if p.after != nil && compareKeys(k, *p.after) <= 0 {
		return
	}
	p.items = append(p.items, keyed[T]{k, item})
	if len(p.items) > 2*p.first+64 {
		p.trim()
	}
}

// trim sorts the items and keeps first+1 of them: one more than a page
// tells whether there is a next page.
func (p *pager[T]) trim() {
	slices.SortFunc(p.items, func(a, b keyed[T]) int { return compareKeys(a.key, b.key) })
	if len(p.items) > p.first+1 {
		clear(p.items[p.first+1:])
		p.items = p.items[:p.first+1]
	}
}

// page is one page of a connection.
type page[T any] struct {
	items   []keyed[T]
	total   int
	hasNext bool
}

func (p *pager[T]) page() page[T] {
	p.trim()
	out := page[T]{items: p.items, total: p.total}
	if len(out.items) > p.first {
		out.items, out.hasNext = out.items[:p.first], true
	}
	return out
}

func (pg page[T]) endCursor() *string {
	if len(pg.items) == 0 {
		return nil
	}
	c := pg.items[len(pg.items)-1].key.cursor()
	return &c
}

// PageInfo resolves the PageInfo type.
type PageInfo struct {
	next bool
	end  *string
}

func (p PageInfo) HasNextPage() bool  { return p.next }
func (p PageInfo) EndCursor() *string { return p.end }

func (pg page[T]) info() PageInfo { return PageInfo{next: pg.hasNext, end: pg.endCursor()} }

// Connection is one page of a list, as every list of the schema returns it:
// the total, where the page stands, and the items with their cursors.
type Connection[T any] struct {
	total int
	info  PageInfo
	edges []*ConnectionEdge[T]
}

func (c *Connection[T]) TotalCount() int32           { return int32(c.total) }
func (c *Connection[T]) PageInfo() PageInfo          { return c.info }
func (c *Connection[T]) Edges() []*ConnectionEdge[T] { return nonNil(c.edges) }
func (c *Connection[T]) Nodes() []T {
	out := make([]T, len(c.edges))
	for i, e := range c.edges {
		out[i] = e.node
	}
	return out
}

// ConnectionEdge is one item of a page with its cursor.
type ConnectionEdge[T any] struct {
	cursor string
	node   T
}

func (e *ConnectionEdge[T]) Cursor() string { return e.cursor }
func (e *ConnectionEdge[T]) Node() T        { return e.node }

// The connections of the schema.
type (
	ContactConnection   = Connection[*Contact]
	ContactEdge         = ConnectionEdge[*Contact]
	StatementConnection = Connection[*Statement]
	StatementEdge       = ConnectionEdge[*Statement]
	MentionConnection   = Connection[*Mention]
	MentionEdge         = ConnectionEdge[*Mention]
	ArticleConnection   = Connection[*Article]
	ArticleEdge         = ConnectionEdge[*Article]
)

// primeEdgePage charges a page of edges against the request's budget and
// reads, in one batch, what each edge's resolvers ask for next: its two
// ends and its article.
func (l *loader) primeEdgePage(ctx context.Context, pg page[*graph.Edge]) error {
	if err := l.charge(len(pg.items)); err != nil {
		return err
	}
	var ids []graph.ID
	for _, it := range pg.items {
		ids = append(ids, it.item.From, it.item.To, graph.ID(graph.Prop(it.item.Props, graph.PropArticle)))
	}
	return l.prime(ctx, ids)
}
