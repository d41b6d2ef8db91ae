package schema

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"newsgraph/export"
	"newsgraph/graph"
)

// ErrTooLarge means an export selection holds more nodes than the limits
// allow; the error that wraps it says how many.
var ErrTooLarge = errors.New("selection too large")

// exportSelection checks p against the limits of the schema (depth as for
// neighbourhood, limit at most MaxFirst) and turns it into a selection and
// the options of its diagram with export.Params.Parse. name spells a
// parameter in messages.
func (r *Resolver) exportSelection(p export.Params, name func(param string) string) (export.Selection, export.DOTOptions, error) {
	if p.Depth < 0 || p.Depth > maxDepth {
		return export.Selection{}, export.DOTOptions{}, fmt.Errorf("%s: %d is out of range (0 to %d)", name("depth"), p.Depth, maxDepth)
	}
	if p.Limit < 0 || p.Limit > r.limits.MaxFirst {
		return export.Selection{}, export.DOTOptions{}, fmt.Errorf("%s: %d is out of range (0 to %d)", name("limit"), p.Limit, r.limits.MaxFirst)
	}
	return p.Parse(name)
}

// exportGraph reads a selection with export.Select, refusing one of more
// than maxNodes nodes with an error wrapping ErrTooLarge. When opt
// clusters by country it fills opt.Countries.
func (r *Resolver) exportGraph(ctx context.Context, sel export.Selection, opt *export.DOTOptions, maxNodes int) (*graph.Subgraph, error) {
	g, err := export.Select(ctx, r.store, sel)
	if err != nil {
		return nil, err
	}
	if len(g.Nodes) > maxNodes {
		return nil, fmt.Errorf("%w: %d nodes, more than %d; narrow it with focus (and depth), kinds, from and to, or limit",
			ErrTooLarge, len(g.Nodes), maxNodes)
	}
	if opt.Cluster == "country" {
		if opt.Countries, err = export.Countries(ctx, r.store, g); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// graphqlName spells a parameter of export.Params as the graphviz field's
// argument ("min-weight" is minWeight).
func graphqlName(param string) string {
	if param == "min-weight" {
		return "minWeight"
	}
	return param
}

// Graphviz resolves Query.graphviz: the DOT source of the diagram that
// "newsgraph export --format dot" and GET /export?format=dot draw of the
// same selection.
func (r *Resolver) Graphviz(ctx context.Context, args struct {
	Focus     *string
	Depth     int32
	Kinds     *[]string
	From, To  *Date
	MinWeight *int32
	Limit     *int32
	Fold      bool
	Cluster   *string
}) (string, error) {
	deref := func(p *int32) int {
		if p == nil {
			return 0
		}
		return int(*p)
	}
	var ks []string
	for _, k := range kinds[graph.EdgeKind](args.Kinds) {
		ks = append(ks, string(k))
	}
	p := export.Params{
		Depth: int(args.Depth), From: str(args.From), To: str(args.To), Kinds: strings.Join(ks, ","),
		MinWeight: deref(args.MinWeight), Limit: deref(args.Limit), Fold: args.Fold, Diagram: true,
	}
	if args.Focus != nil {
		p.Focus = *args.Focus
	}
	if args.Cluster != nil {
		p.Cluster = *args.Cluster
	}
	sel, opt, err := r.exportSelection(p, graphqlName)
	if err != nil {
		return "", err
	}
	g, err := r.exportGraph(ctx, sel, &opt, r.limits.MaxExportNodes)
	if err != nil {
		return "", err
	}
	if err := r.loader(ctx).charge(len(g.Nodes) + len(g.Edges)); err != nil {
		return "", err
	}
	var b strings.Builder
	if err := export.WriteDOT(&b, g, opt); err != nil {
		return "", err
	}
	return b.String(), nil
}
