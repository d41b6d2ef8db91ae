package export

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode"

	"newsgraph/graph"
)

// propType is the type a tabular or typed format gives a property, found
// from every value the property has in the export.
type propType int

const (
	typeString propType = iota
	typeBool
	typeLong
	typeDouble
	typeDate // every value is a YYYY-MM-DD date
)

// propColumn is one property key and the type of its values.
type propColumn struct {
	key string
	typ propType
}

// propColumns returns the keys of every props map, sorted, with the type
// that fits all their values: bool, long (integral numbers), double,
// date (YYYY-MM-DD strings), or string for everything else and for mixes.
// Keys in skip are left out.
func propColumns(all []map[string]any, skip ...string) []propColumn {
	types := map[string]propType{}
	for _, props := range all {
		for k, v := range props {
			if slices.Contains(skip, k) || v == nil {
				continue
			}
			t := typeOfValue(v)
			have, ok := types[k]
			switch {
			case !ok:
				types[k] = t
			case have == t:
			case (have == typeLong && t == typeDouble) || (have == typeDouble && t == typeLong):
				types[k] = typeDouble
			default:
				types[k] = typeString
			}
		}
	}
	cols := make([]propColumn, 0, len(types))
	for k, t := range types {
		cols = append(cols, propColumn{k, t})
	}
	slices.SortFunc(cols, func(a, b propColumn) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	return cols
}

func typeOfValue(v any) propType {
	switch v := v.(type) {
	case bool:
		return typeBool
	case int, int32, int64:
		return typeLong
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return typeLong
		}
		return typeDouble
	case float32:
		return typeDouble
	case string:
		if isDate(v) {
			return typeDate
		}
	}
	return typeString
}

// isDate reports whether s is a valid YYYY-MM-DD date.
func isDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// formatValue writes v as text for a column of type t: numbers without
// exponent, booleans as true/false, lists and objects as JSON.
func formatValue(v any, t propType) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case float32:
		return strconv.FormatFloat(float64(v), 'f', -1, 32)
	case float64:
		if t == typeLong || (v == math.Trunc(v) && math.Abs(v) < 1<<53) {
			return strconv.FormatInt(int64(v), 10)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// nodeProps and edgeProps list the props maps of g's nodes and edges.
func nodeProps(g *graph.Subgraph) []map[string]any {
	out := make([]map[string]any, len(g.Nodes))
	for i, n := range g.Nodes {
		out[i] = n.Props
	}
	return out
}

func edgeProps(g *graph.Subgraph) []map[string]any {
	out := make([]map[string]any, len(g.Edges))
	for i, e := range g.Edges {
		out[i] = e.Props
	}
	return out
}

// sortedCopy returns g's nodes and edges sorted by ID, without changing g.
func sortedCopy(g *graph.Subgraph) *graph.Subgraph {
	c := &graph.Subgraph{Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
	c.Sort()
	return c
}

// language returns "ar" when s has Arabic letters and "en" otherwise: the
// language tag of a name or statement literal.
func language(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return "ar"
		}
	}
	return "en"
}
