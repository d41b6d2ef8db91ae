package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// ID identifies a node or an edge. IDs are deterministic: the same article,
// entity or fact always gets the same ID (see NewID).
type ID string

// NodeKind says what a node stands for. Its values are the strings of the
// JSON export contract.
type NodeKind string

// Node kinds.
const (
	Person       NodeKind = "person"
	Organization NodeKind = "organization"
	Place        NodeKind = "place"
	Article      NodeKind = "article"
	Statement    NodeKind = "statement"
)

// NodeKinds lists every node kind, in a stable order.
var NodeKinds = []NodeKind{Person, Organization, Place, Article, Statement}

// IsEntity reports whether nodes of kind k are named entities (people,
// organizations, places) that get a name index entry and mentions.
func (k NodeKind) IsEntity() bool {
	return k == Person || k == Organization || k == Place
}

// EdgeKind says what relation an edge records.
type EdgeKind string

// Edge kinds. MentionedIn links an entity to an article; Said links a speaker
// to a statement; Called, Met, Visited, WroteTo and Contacted are contacts;
// HoldsRole links a person to an organization or place.
const (
	MentionedIn EdgeKind = "mentioned_in"
	Said        EdgeKind = "said"
	Called      EdgeKind = "called"
	Met         EdgeKind = "met"
	Visited     EdgeKind = "visited"
	WroteTo     EdgeKind = "wrote_to"
	Contacted   EdgeKind = "contacted"
	HoldsRole   EdgeKind = "holds_role"
)

// EdgeKinds lists every edge kind, in a stable order.
var EdgeKinds = []EdgeKind{MentionedIn, Said, Called, Met, Visited, WroteTo, Contacted, HoldsRole}

// IsContact reports whether edges of kind k record a contact between two
// entities.
func (k EdgeKind) IsContact() bool {
	switch k {
	case Called, Met, Visited, WroteTo, Contacted:
		return true
	}
	return false
}

// Property keys used on edges and nodes.
const (
	PropArticle  = "article"  // the ID of the article an edge comes from
	PropEvidence = "evidence" // the sentence that supports an edge
	PropDate     = "date"     // YYYY-MM-DD, when known
	PropDateText = "date_text"
	PropStatus   = "status" // contacts: happened, planned, denied
	PropNameEn   = "name_en"
	PropText     = "text"   // statements: what was said
	PropDirect   = "direct" // statements: verbatim quote
	PropRole     = "role"   // holds_role: which role
)

// Contact statuses.
const (
	StatusHappened = "happened"
	StatusPlanned  = "planned"
	StatusDenied   = "denied"
)

// Node is an entity, an article or a statement.
type Node struct {
	ID      ID             `json:"id"`
	Kind    NodeKind       `json:"kind"`
	Name    string         `json:"name"`
	Aliases []string       `json:"aliases"`
	Props   map[string]any `json:"props"`
}

// Edge is a directed relation between two nodes.
type Edge struct {
	ID    ID             `json:"id"`
	Kind  EdgeKind       `json:"kind"`
	From  ID             `json:"from"`
	To    ID             `json:"to"`
	Props map[string]any `json:"props"`
}

// Prop returns the string property key of props, or "".
func Prop(props map[string]any, key string) string {
	s, _ := props[key].(string)
	return s
}

// Names returns the node's name followed by its aliases, without repeats.
func (n *Node) Names() []string {
	out := []string{n.Name}
	for _, a := range n.Aliases {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// Merge folds other, another sighting of the same node, into n. The result
// does not depend on the order of the sightings, so that a graph built
// from the same articles is the same whatever order they were stored in:
// the name is the one in the article's language over the English name,
// else the fullest (see betterName), the other names are aliases, kept sorted, and a
// property both give keeps the smaller value. It reports whether n changed.
func (n *Node) Merge(other *Node) bool {
	changed := false
	for k, v := range other.Props {
		if mine, ok := n.Props[k]; !ok || fmt.Sprint(v) < fmt.Sprint(mine) {
			if n.Props == nil {
				n.Props = map[string]any{}
			}
			n.Props[k] = v
			changed = true
		}
	}
	names := append(n.Names(), other.Names()...)
	if other.Name != n.Name && betterName(other.Name, n.Name, Prop(n.Props, PropNameEn)) {
		n.Name = other.Name
		changed = true
	}
	var aliases []string
	for _, a := range names {
		if a != n.Name && !slices.Contains(aliases, a) {
			aliases = append(aliases, a)
		}
	}
	slices.Sort(aliases)
	if !slices.Equal(aliases, n.Aliases) {
		n.Aliases = aliases
		changed = true
	}
	return changed
}

// betterName reports whether a is a better name for a node than b: the
// name in the article's own language rather than the English name the node
// also carries (nameEn), else the one with more letters, else the last in
// code-point order (a name in its own script over a Latin transliteration
// of the same length).
func betterName(a, b, nameEn string) bool {
	if (a == nameEn) != (b == nameEn) {
		return b == nameEn
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la != lb {
		return la > lb
	}
	return a > b
}

// NewID returns a deterministic ID: prefix, a dash and 16 hex digits of the
// SHA-256 of parts joined by NUL bytes.
func NewID(prefix string, parts ...string) ID {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return ID(prefix + "-" + hex.EncodeToString(h[:8]))
}

// Batch is everything one article adds to the graph. A Store applies a batch
// atomically: all of it or none of it.
type Batch struct {
	Article ID // the article node's ID; the batch is skipped if it exists
	Nodes   []*Node
	Edges   []*Edge
}

// Errors that callers branch on.
var (
	ErrNotFound = errors.New("not found")
	// ErrLocked means another process holds the database.
	ErrLocked = errors.New("database is in use by another process")
)
