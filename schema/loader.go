package schema

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"

	"newsgraph/graph"
)

// loader is one request's view of the store: it reads each node and each
// node's edges at most once, and lets a list read the next level of all its
// items in one call (prime) before their resolvers ask one by one.
type loader struct {
	store graph.Store
	items atomic.Int64 // objects resolved so far, against maxItems
	max   int64

	mu    sync.Mutex
	nodes map[graph.ID]*nodeEntry
	edges map[graph.ID]*edgesEntry
}

type loaderKey struct{}

// withLoader returns ctx with a fresh loader for one request.
func withLoader(ctx context.Context, s graph.Store, maxItems int) context.Context {
	return context.WithValue(ctx, loaderKey{}, &loader{
		store: s, max: int64(maxItems),
		nodes: map[graph.ID]*nodeEntry{}, edges: map[graph.ID]*edgesEntry{},
	})
}

// loader returns the request's loader (Schema.exec installs one); without
// one, each call gets a fresh loader, which is correct but caches nothing.
func (r *Resolver) loader(ctx context.Context) *loader {
	if l, ok := ctx.Value(loaderKey{}).(*loader); ok {
		return l
	}
	return &loader{store: r.store, max: int64(r.limits.MaxItems),
		nodes: map[graph.ID]*nodeEntry{}, edges: map[graph.ID]*edgesEntry{}}
}

// charge counts n more objects against the request's budget.
func (l *loader) charge(n int) error {
	if l.items.Add(int64(n)) > l.max {
		return ErrTooMany
	}
	return nil
}

// prime reads the nodes of ids that the loader has not read yet, and
// waits for those that another resolver of the request is reading.
func (l *loader) prime(ctx context.Context, ids []graph.ID) error {
	var mine, theirs []*nodeEntry
	l.mu.Lock()
	for _, id := range ids {
		if id == "" {
			continue
		}
		if e, ok := l.nodes[id]; ok {
			theirs = append(theirs, e)
			continue
		}
		e := &nodeEntry{id: id, done: make(chan struct{})}
		l.nodes[id] = e
		mine = append(mine, e)
	}
	l.mu.Unlock()
	var err error
	for _, e := range mine {
		if err == nil {
			e.n, e.err = l.store.Node(ctx, e.id)
			if errors.Is(e.err, graph.ErrNotFound) {
				e.n, e.err = nil, nil
			}
			err = e.err
		} else {
			e.err = err
		}
		close(e.done)
	}
	if err != nil {
		return err
	}
	for _, e := range theirs {
		select {
		case <-e.done:
			if e.err != nil {
				return e.err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// nodeEntry is a node read, or being read, by the loader.
type nodeEntry struct {
	id   graph.ID
	done chan struct{} // closed when n and err are set
	n    *graph.Node   // nil: not found
	err  error
}

// node returns the node id, or nil when it does not exist.
func (l *loader) node(ctx context.Context, id graph.ID) (*graph.Node, error) {
	if id == "" {
		return nil, nil
	}
	if err := l.prime(ctx, []graph.ID{id}); err != nil {
		return nil, err
	}
	l.mu.Lock()
	e := l.nodes[id]
	l.mu.Unlock()
	return e.n, e.err
}

// keep records nodes read elsewhere.
func (l *loader) keep(ns []*graph.Node) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, n := range ns {
		if _, ok := l.nodes[n.ID]; !ok {
			e := &nodeEntry{id: n.ID, done: make(chan struct{}), n: n}
			close(e.done)
			l.nodes[n.ID] = e
		}
	}
}

// edgesOf returns every edge at id, both directions, read once.
func (l *loader) edgesOf(ctx context.Context, id graph.ID) ([]*graph.Edge, error) {
	l.mu.Lock()
	e, ok := l.edges[id]
	if !ok {
		e = &edgesEntry{done: make(chan struct{})}
		l.edges[id] = e
	}
	l.mu.Unlock()
	if ok {
		select {
		case <-e.done:
			return e.es, e.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e.es, e.err = l.store.Edges(ctx, id, graph.Both, "")
	close(e.done)
	return e.es, e.err
}

// edgesEntry is the edges of a node, read or being read.
type edgesEntry struct {
	done chan struct{}
	es   []*graph.Edge
	err  error
}

// edgesOfKinds returns the edges at id of the given kinds: from the edges
// already read when there are, else with one index scan a kind, which
// skips the mentions and statements that make up most of an entity's
// edges.
func (l *loader) edgesOfKinds(ctx context.Context, id graph.ID, kinds []graph.EdgeKind) ([]*graph.Edge, error) {
	l.mu.Lock()
	_, ok := l.edges[id]
	l.mu.Unlock()
	var out []*graph.Edge
	if ok {
		all, err := l.edgesOf(ctx, id) // read, or being read
		if err != nil {
			return nil, err
		}
		for _, e := range all {
			if slices.Contains(kinds, e.Kind) {
				out = append(out, e)
			}
		}
		return out, nil
	}
	for _, k := range kinds {
		es, err := l.store.Edges(ctx, id, graph.Both, k)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// primeEdges reads the edges of every id, so that the resolvers of a list
// of entities find them read.
func (l *loader) primeEdges(ctx context.Context, ids []graph.ID) error {
	for _, id := range ids {
		if _, err := l.edgesOf(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// otherEnd returns the end of e that is not id.
func otherEnd(e *graph.Edge, id graph.ID) graph.ID {
	if e.From == id {
		return e.To
	}
	return e.From
}
