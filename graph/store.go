package graph

import "context"

// Direction selects the edges of a node: those leaving it, those entering
// it, or both.
type Direction int

// Directions.
const (
	Out Direction = 1 << iota
	In
	Both = Out | In
)

// Store persists the graph. Implementations are safe for concurrent use.
type Store interface {
	// Apply writes one article's batch atomically. Nodes that already exist
	// are merged (aliases united, missing properties added); edges that
	// already exist are kept as they are. If the batch's article node is
	// already stored, Apply changes nothing and returns added == false.
	// Concurrent calls need no lock, even when their batches share nodes
	// or the article: they leave the graph that running them one after
	// the other, in some order, would leave, and an implementation
	// resolves its own write conflicts rather than returning them.
	Apply(ctx context.Context, b *Batch) (added bool, err error)
	// Node returns the node with the given ID, or ErrNotFound.
	Node(ctx context.Context, id ID) (*Node, error)
	// Edge returns the edge with the given ID, or ErrNotFound.
	Edge(ctx context.Context, id ID) (*Edge, error)
	// Edges returns the edges of node id in direction dir, of the given
	// kind, or of every kind when kind is "".
	Edges(ctx context.Context, id ID, dir Direction, kind EdgeKind) ([]*Edge, error)
	// Lookup returns the IDs of the nodes that have a name, alias or
	// English name (props.name_en) whose Fold equals Fold(name), or starts
	// with it when prefix is true.
	Lookup(ctx context.Context, name string, prefix bool) ([]ID, error)
	// ForEachNode and ForEachEdge visit every node or edge in ID order until
	// fn returns an error, which they return.
	ForEachNode(ctx context.Context, fn func(*Node) error) error
	ForEachEdge(ctx context.Context, fn func(*Edge) error) error
	// Stats counts nodes and edges by kind.
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Stats counts the nodes and edges of a graph by kind.
type Stats struct {
	Nodes map[NodeKind]int `json:"nodes"`
	Edges map[EdgeKind]int `json:"edges"`
}

// NodeCount and EdgeCount are the totals.
func (s Stats) NodeCount() int { return sum(s.Nodes) }
func (s Stats) EdgeCount() int { return sum(s.Edges) }

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
