package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"newsgraph/graph"
)

// Params are a Selection and the DOTOptions of its diagram as text and
// numbers, the way the export command's flags and the server's /export
// query parameters give them. Parse checks them, so that the command line
// and the server accept and refuse the same selections.
type Params struct {
	Focus     string // node ID, name or alias
	Depth     int    // hops from Focus
	From, To  string // YYYY-MM-DD, inclusive
	Kinds     string // comma-separated edge kinds ("called,met")
	MinWeight int
	Limit     int
	Fold      bool   // draw repeated contacts as one edge
	Layout    string // a Graphviz engine of Layouts, or "" for DefaultLayout
	Cluster   string // one of Clusterings
	// Diagram says the selection is drawn (DOT, SVG, PNG): with no Kinds,
	// it keeps every kind but mentioned_in.
	Diagram bool
}

// Parse checks p and returns the Selection and the DOTOptions it
// describes; DOTOptions.Countries is left for the caller to fill (see
// Countries). Messages name a parameter as name spells it ("min-weight"
// may become "--min-weight" or "min_weight"); a nil name leaves it as is.
func (p Params) Parse(name func(param string) string) (Selection, DOTOptions, error) {
	if name == nil {
		name = func(param string) string { return param }
	}
	sel := Selection{Focus: p.Focus, Depth: p.Depth, From: p.From, To: p.To, MinWeight: p.MinWeight, Limit: p.Limit}
	for _, d := range []struct{ param, value string }{{"from", p.From}, {"to", p.To}} {
		if _, err := time.Parse("2006-01-02", d.value); d.value != "" && err != nil {
			return Selection{}, DOTOptions{}, fmt.Errorf("%s %q is not a date (want YYYY-MM-DD)", name(d.param), d.value)
		}
	}
	var err error
	if sel.Kinds, err = ParseKinds(p.Kinds); err != nil {
		return Selection{}, DOTOptions{}, fmt.Errorf("%s: %w", name("kinds"), err)
	}
	if p.Depth < 0 || p.MinWeight < 0 || p.Limit < 0 {
		return Selection{}, DOTOptions{}, fmt.Errorf("%s, %s and %s cannot be negative", name("depth"), name("min-weight"), name("limit"))
	}
	if p.Layout != "" && !slices.Contains(Layouts, p.Layout) {
		return Selection{}, DOTOptions{}, fmt.Errorf("unknown %s %q (want %s)", name("layout"), p.Layout, strings.Join(Layouts, ", "))
	}
	if !slices.Contains(Clusterings, p.Cluster) {
		return Selection{}, DOTOptions{}, fmt.Errorf("unknown %s %q (want country)", name("cluster"), p.Cluster)
	}
	opt := DOTOptions{Unfold: !p.Fold, Layout: p.Layout, Cluster: p.Cluster, Articles: slices.Contains(sel.Kinds, graph.MentionedIn)}
	if p.Diagram && len(sel.Kinds) == 0 {
		for _, k := range graph.EdgeKinds {
			if k != graph.MentionedIn {
				sel.Kinds = append(sel.Kinds, k)
			}
		}
	}
	return sel, opt, nil
}
