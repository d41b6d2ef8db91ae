package badgerdb

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"newsgraph/graph"
)

// Options configure Open.
type Options struct {
	// ReadOnly opens the database without taking the write lock.
	ReadOnly bool
	// Logger receives badger's own log lines; nil discards them.
	Logger badger.Logger
	// InMemory keeps everything in memory (tests); dir is ignored.
	InMemory bool
}

// DefaultOptions suit a 2-core machine with a few GiB to spare: small
// memtables and caches rather than badger's server-sized defaults.
var DefaultOptions = Options{}

// Store is a graph.Store backed by BadgerDB.
type Store struct {
	db *badger.DB
}

var _ graph.Store = (*Store)(nil)

// Open opens or creates the database in dir. A database held by another
// process gives an error wrapping graph.ErrLocked.
func Open(dir string, opt Options) (*Store, error) {
	bo := badger.DefaultOptions(dir).
		WithLogger(opt.Logger).
		WithReadOnly(opt.ReadOnly).
		WithInMemory(opt.InMemory).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(8).
		WithBlockCacheSize(32 << 20).
		WithIndexCacheSize(16 << 20).
		WithValueLogFileSize(64 << 20).
		WithNumCompactors(2).
		WithCompression(options.ZSTD)
	if opt.InMemory {
		bo = bo.WithDir("").WithValueDir("")
	}
	db, err := badger.Open(bo)
	if err != nil && opt.ReadOnly && strings.Contains(err.Error(), "Log truncate required") {
		// The last writer stopped without closing (killed, or its output
		// pipe closed). Its committed transactions are in the write-ahead
		// log; only a read-write open replays it and trims the unwritten
		// tail, so do that instead of refusing to read.
		db, err = badger.Open(bo.WithReadOnly(false))
	}
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") ||
			strings.Contains(err.Error(), "resource temporarily unavailable") {
			return nil, fmt.Errorf("%s: %w", dir, graph.ErrLocked)
		}
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	s := &Store{db: db}
	if err := s.checkVersion(opt.ReadOnly); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	return s, nil
}

func (s *Store) checkVersion(readOnly bool) error {
	var have string
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keyVersion)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		have = string(v)
		return err
	})
	switch {
	case err != nil:
		return err
	case have == layoutVersion:
		return nil
	case have != "":
		return fmt.Errorf("database layout version %q, this newsgraph reads %q", have, layoutVersion)
	case readOnly:
		return nil
	}
	return s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(keyVersion, []byte(layoutVersion))
	})
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Concurrent Apply calls that read and write the same keys conflict at
// commit: badger commits the first and fails the others with
// badger.ErrConflict. Two new articles always share keys (the per-kind
// counts), and often an entity. Apply then redoes its whole transaction,
// re-reading what it merges, up to maxAttempts times in all; before each
// retry it sleeps a random time below a bound that doubles from retryBase
// to retryMax (at most about 5.5s of sleep in all, bounded by ctx).
const (
	maxAttempts = 20
	retryBase   = time.Millisecond
	retryMax    = 500 * time.Millisecond
)

// Apply implements graph.Store. Write conflicts with concurrent Apply calls
// are retried; the result is as if the calls had run one after the other.
func (s *Store) Apply(ctx context.Context, b *graph.Batch) (bool, error) {
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return false, err
		}
		added, err := s.apply(b)
		switch {
		case errors.Is(err, badger.ErrTxnTooBig):
			return false, fmt.Errorf("article %s: too many facts for one transaction: %w", b.Article, err)
		case !errors.Is(err, badger.ErrConflict):
			return added, err
		case attempt == maxAttempts:
			return false, fmt.Errorf("article %s: still in conflict with concurrent writes after %d attempts: %w",
				b.Article, maxAttempts, err)
		}
		if err := sleep(ctx, backoff(attempt)); err != nil {
			return false, err
		}
	}
}

// apply writes b in one transaction and reports whether it added the
// article.
func (s *Store) apply(b *graph.Batch) (bool, error) {
	added := false
	err := s.db.Update(func(txn *badger.Txn) error {
		if b.Article != "" {
			_, err := txn.Get(nodeKey(b.Article))
			if err == nil {
				return nil
			}
			if !errors.Is(err, badger.ErrKeyNotFound) {
				return err
			}
		}
		for _, n := range b.Nodes {
			if err := putNode(txn, n); err != nil {
				return err
			}
		}
		for _, e := range b.Edges {
			if err := putEdge(txn, e); err != nil {
				return err
			}
		}
		added = true
		return nil
	})
	return added && err == nil, err
}

// backoff is the pause after the given failed attempt (1, 2, ...): a
// random duration below min(retryBase<<(attempt-1), retryMax), so writers
// that conflicted together spread out instead of colliding again.
func backoff(attempt int) time.Duration {
	limit := min(retryBase<<(attempt-1), retryMax) // attempt < maxAttempts: no overflow
	return rand.N(limit) + 1
}

// sleep waits for d or until ctx is done, whichever comes first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func putNode(txn *badger.Txn, n *graph.Node) error {
	if n.ID == "" || n.Kind == "" {
		return fmt.Errorf("node %q: missing ID or kind", n.Name)
	}
	stored, err := getNode(txn, n.ID)
	switch {
	case errors.Is(err, graph.ErrNotFound):
		stored = cloneNode(n)
		slices.Sort(stored.Aliases) // as Merge keeps them
		if err := addCount(txn, nodeCountKey(n.Kind), 1); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		if !stored.Merge(n) {
			return nil
		}
	}
	v, err := json.Marshal(stored)
	if err != nil {
		return err
	}
	if err := txn.Set(nodeKey(n.ID), v); err != nil {
		return err
	}
	if !n.Kind.IsEntity() {
		return nil
	}
	names := stored.Names()
	if en := graph.Prop(stored.Props, graph.PropNameEn); en != "" {
		names = append(names, en)
	}
	for _, name := range names {
		if f := graph.Fold(name); f != "" {
			if err := txn.Set(nameKey(f, n.ID), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func cloneNode(n *graph.Node) *graph.Node {
	c := *n
	c.Aliases = slices.Clone(n.Aliases)
	c.Props = maps.Clone(n.Props)
	return &c
}

func putEdge(txn *badger.Txn, e *graph.Edge) error {
	if e.ID == "" || e.Kind == "" || e.From == "" || e.To == "" {
		return fmt.Errorf("edge %q: missing ID, kind or end", e.ID)
	}
	_, err := txn.Get(edgeKey(e.ID))
	if err == nil {
		return nil // already stored: edges are immutable facts
	}
	if !errors.Is(err, badger.ErrKeyNotFound) {
		return err
	}
	v, err := json.Marshal(e)
	if err != nil {
		return err
	}
	for _, kv := range [][2][]byte{{edgeKey(e.ID), v}, {outKey(e), nil}, {inKey(e), nil}} {
		if err := txn.Set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return addCount(txn, edgeCountKey(e.Kind), 1)
}

func addCount(txn *badger.Txn, key []byte, delta int64) error {
	n, err := getCount(txn, key)
	if err != nil {
		return err
	}
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(n+delta))
	return txn.Set(key, buf[:])
}

func getCount(txn *badger.Txn, key []byte) (int64, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	var n int64
	err = item.Value(func(v []byte) error {
		if len(v) != 8 {
			return fmt.Errorf("count %s: corrupt value", key)
		}
		n = int64(binary.BigEndian.Uint64(v))
		return nil
	})
	return n, err
}

// Node implements graph.Store.
func (s *Store) Node(ctx context.Context, id graph.ID) (*graph.Node, error) {
	var n *graph.Node
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		n, err = getNode(txn, id)
		return err
	})
	return n, err
}

func getNode(txn *badger.Txn, id graph.ID) (*graph.Node, error) {
	n := new(graph.Node)
	if err := getJSON(txn, nodeKey(id), n); err != nil {
		return nil, fmt.Errorf("node %s: %w", id, err)
	}
	return n, nil
}

// Edge implements graph.Store.
func (s *Store) Edge(ctx context.Context, id graph.ID) (*graph.Edge, error) {
	e := new(graph.Edge)
	err := s.db.View(func(txn *badger.Txn) error {
		return getJSON(txn, edgeKey(id), e)
	})
	if err != nil {
		return nil, fmt.Errorf("edge %s: %w", id, err)
	}
	return e, nil
}

func getJSON(txn *badger.Txn, key []byte, v any) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return graph.ErrNotFound
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

// Edges implements graph.Store.
func (s *Store) Edges(ctx context.Context, id graph.ID, dir graph.Direction, kind graph.EdgeKind) ([]*graph.Edge, error) {
	var out []*graph.Edge
	err := s.db.View(func(txn *badger.Txn) error {
		var prefixes [][]byte
		if dir&graph.Out != 0 {
			prefixes = append(prefixes, adjacencyPrefix("o/", id, kind))
		}
		if dir&graph.In != 0 {
			prefixes = append(prefixes, adjacencyPrefix("i/", id, kind))
		}
		for _, p := range prefixes {
			ids, err := scanIDs(ctx, txn, p)
			if err != nil {
				return err
			}
			for _, eid := range ids {
				e := new(graph.Edge)
				if err := getJSON(txn, edgeKey(eid), e); err != nil {
					return fmt.Errorf("edge %s: %w", eid, err)
				}
				out = append(out, e)
			}
		}
		return nil
	})
	return out, err
}

// scanIDs returns the IDs at the end of the keys that start with prefix.
func scanIDs(ctx context.Context, txn *badger.Txn, prefix []byte) ([]graph.ID, error) {
	opt := badger.DefaultIteratorOptions
	opt.PrefetchValues = false
	opt.Prefix = prefix
	it := txn.NewIterator(opt)
	defer it.Close()
	var ids []graph.ID
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ids = append(ids, lastPart(it.Item().Key()))
	}
	return ids, nil
}

// Lookup implements graph.Store.
func (s *Store) Lookup(ctx context.Context, name string, prefix bool) ([]graph.ID, error) {
	f := graph.Fold(name)
	if f == "" {
		return nil, nil
	}
	p := "x/" + f
	if !prefix {
		p += sep
	}
	var ids []graph.ID
	err := s.db.View(func(txn *badger.Txn) error {
		var err error
		ids, err = scanIDs(ctx, txn, []byte(p))
		return err
	})
	slices.Sort(ids)
	return slices.Compact(ids), err
}

// ForEachNode implements graph.Store.
func (s *Store) ForEachNode(ctx context.Context, fn func(*graph.Node) error) error {
	return forEach(ctx, s.db, []byte("n/"), fn)
}

// ForEachEdge implements graph.Store.
func (s *Store) ForEachEdge(ctx context.Context, fn func(*graph.Edge) error) error {
	return forEach(ctx, s.db, []byte("e/"), fn)
}

func forEach[T any](ctx context.Context, db *badger.DB, prefix []byte, fn func(*T) error) error {
	return db.View(func(txn *badger.Txn) error {
		opt := badger.DefaultIteratorOptions
		opt.Prefix = prefix
		it := txn.NewIterator(opt)
		defer it.Close()
		for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			v := new(T)
			item := it.Item()
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, v) }); err != nil {
				return fmt.Errorf("%s: %w", item.Key(), err)
			}
			if err := fn(v); err != nil {
				return err
			}
		}
		return nil
	})
}

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{Nodes: map[graph.NodeKind]int{}, Edges: map[graph.EdgeKind]int{}}
	err := s.db.View(func(txn *badger.Txn) error {
		for _, k := range graph.NodeKinds {
			n, err := getCount(txn, nodeCountKey(k))
			if err != nil {
				return err
			}
			st.Nodes[k] = int(n)
		}
		for _, k := range graph.EdgeKinds {
			n, err := getCount(txn, edgeCountKey(k))
			if err != nil {
				return err
			}
			st.Edges[k] = int(n)
		}
		return nil
	})
	return st, err
}
