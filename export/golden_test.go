package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/internal/testenv"
)

// format is one output of the golden tests.
type format struct {
	golden string
	write  func(w io.Writer, g *graph.Subgraph) error
}

func dotFormat(opt DOTOptions) func(io.Writer, *graph.Subgraph) error {
	return func(w io.Writer, g *graph.Subgraph) error { return WriteDOT(w, g, opt) }
}

var formats = []format{
	{"fixture.json", WriteJSON},
	{"fixture.dot", dotFormat(DOTOptions{})},
	{"fixture-unfold.dot", dotFormat(DOTOptions{Unfold: true})},
	{"fixture-country.dot", dotFormat(DOTOptions{Cluster: "country"})},
	{"fixture-articles.dot", dotFormat(DOTOptions{Articles: true, Layout: "sfdp", NoLegend: true})},
	{"fixture.graphml", WriteGraphML},
	{"fixture.nodes.csv", func(w io.Writer, g *graph.Subgraph) error { return WriteCSV(w, io.Discard, g) }},
	{"fixture.relationships.csv", func(w io.Writer, g *graph.Subgraph) error { return WriteCSV(io.Discard, w, g) }},
	{"fixture.rdf", WriteDgraph},
	{"fixture.schema.dql", WriteDgraphSchema},
	{"fixture.nq", WriteNQuads},
}

func TestGolden(t *testing.T) {
	for _, f := range formats {
		t.Run(f.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, fixture()); err != nil {
				t.Fatal(err)
			}
			golden(t, f.golden, buf.Bytes())
		})
	}
}

// TestGoldenFromStore checks that the fixture read back from a store, where
// numbers have become float64 and order is the store's, gives the same
// bytes in every format.
func TestGoldenFromStore(t *testing.T) {
	g, err := Select(context.Background(), fixtureStore(t), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range formats {
		var want, got bytes.Buffer
		if err := f.write(&want, fixture()); err != nil {
			t.Fatal(err)
		}
		if err := f.write(&got, g); err != nil {
			t.Fatal(err)
		}
		if want.String() != got.String() {
			t.Errorf("%s: output from the store differs from output of the fixture:\n%s", f.golden, got.String())
		}
	}
}

// TestDOTRenders renders every DOT golden file with Graphviz and fails on
// any error or warning.
func TestDOTRenders(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		testenv.Missing(t, "graphviz is not installed (apt-get install graphviz); DOT files not rendered")
	}
	files, err := filepath.Glob("testdata/*.dot")
	if err != nil || len(files) == 0 {
		t.Fatalf("no DOT files in testdata: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var out, warn bytes.Buffer
		if err := RenderDOT(context.Background(), &out, src, "svg", &warn); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if warn.Len() > 0 {
			t.Errorf("%s: graphviz warns: %s", f, warn.String())
		}
		if !strings.Contains(out.String(), "</svg>") {
			t.Errorf("%s: no SVG out", f)
		}
	}
}

// TestDOTEscaping draws names that break naive DOT writers and checks that
// Graphviz shows them as they are, without warnings.
func TestDOTEscaping(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		testenv.Missing(t, "graphviz is not installed (apt-get install graphviz)")
	}
	names := map[graph.ID]string{
		"a": `back\slash`,
		"b": `ends in a backslash\`,
		"c": `\N \G \l \r escapes`,
		"d": `<b>not html</b> & "quoted"`,
		"e": "ٱلْعَرَبِيَّة مع تشكيل",
		"f": "\u200fرئيس\u200e with marks",
		"g": "ctrl\x01\x7f and bad \xff utf8",
		"h": "emoji 🙂 and tab\tend",
	}
	g := &graph.Subgraph{}
	for id, name := range names {
		g.Nodes = append(g.Nodes, &graph.Node{ID: id, Kind: graph.Person, Name: name})
	}
	g.Edges = append(g.Edges, &graph.Edge{ID: "e1", Kind: graph.Met, From: "a", To: "b",
		Props: map[string]any{graph.PropDate: `2026-01-01"]; x [label="injected`}})
	var src, svg, warn bytes.Buffer
	if err := WriteDOT(&src, g, DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := RenderDOT(context.Background(), &svg, src.Bytes(), "svg", &warn); err != nil {
		t.Fatalf("%v\n%s", err, src.String())
	}
	if warn.Len() > 0 {
		t.Errorf("graphviz warns: %s", warn.String())
	}
	texts := svgTexts(t, svg.Bytes())
	for _, want := range []string{
		`back\slash`, `ends in a backslash\`, `\N \G \l \r escapes`, `<b>not html</b> & "quoted"`,
		"ٱلْعَرَبِيَّة مع تشكيل", "\u200fرئيس\u200e with marks", "ctrl and bad \uFFFD utf8", "emoji 🙂 and tab end",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("SVG does not show %q; texts: %q", want, texts)
		}
	}
	if strings.Contains(src.String(), `x [label`) && !strings.Contains(src.String(), `\"]; x [label=\"injected`) {
		t.Errorf("edge label broke out of its string:\n%s", src.String())
	}
}

// svgTexts returns the contents of the <text> elements of an SVG.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	var out []string
	in := false
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				in = true
				cur.Reset()
			}
		case xml.CharData:
			if in {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				in = false
				out = append(out, cur.String())
			}
		}
	}
}
