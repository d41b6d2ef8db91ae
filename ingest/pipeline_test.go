package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
)

// fixedExtractor returns the same facts for every document; it lets these
// tests check Build without depending on a language package.
type fixedExtractor struct {
	lang  string
	facts func(doc *Document) *Facts
}

func (f fixedExtractor) Language() string             { return f.lang }
func (f fixedExtractor) Extract(doc *Document) *Facts { return f.facts(doc) }

func TestBuild(t *testing.T) {
	text := "Call\n\nAnna Berg called Paul Kern. Berg said the call went well."
	sent := func(doc *Document, i int) Span { return doc.Sentences[i] }
	ex := fixedExtractor{lang: "en", facts: func(doc *Document) *Facts {
		return &Facts{
			Entities: []*Entity{
				{Kind: graph.Person, Name: "Anna Berg", Aliases: []string{"Berg", "Anna Berg"}},
				{Kind: graph.Person, Name: "Paul Kern"},
				{Kind: graph.Place, Name: "Austria", NameEn: "Austria", Key: "place:AT"},
			},
			Statements: []Statement{{Speaker: 0, Text: "the call went well", Verb: "said", Evidence: sent(doc, 2)}},
			Contacts: []Contact{
				{Kind: graph.Called, From: 0, To: 1, Date: "2025-07-04", Evidence: sent(doc, 1)},
				{Kind: graph.Called, From: 1, To: 0, Date: "2025-07-04", Evidence: sent(doc, 2)}, // the same call again: dropped
				{Kind: graph.Met, From: 0, To: 0, Evidence: sent(doc, 1)},                        // self-contact: dropped
				{Kind: graph.Met, From: 0, To: 9, Evidence: sent(doc, 1)},                        // bad index: dropped
			},
			Roles: []Role{{Person: 1, Org: 2, Role: "ambassador", Evidence: sent(doc, 1)}},
		}
	}}
	p := NewPipeline(ex)
	a := &Article{Text: text, Title: "Call", Published: time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)}
	b, err := p.Process(a)
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "en" {
		t.Errorf("language not detected: %q", a.Language)
	}
	names := map[graph.ID]string{}
	var nodes []string
	for _, n := range b.Nodes {
		names[n.ID] = n.Name
		nodes = append(nodes, fmt.Sprintf("%s %s %q", n.Kind, n.Name, n.Aliases))
	}
	var edges []string
	for _, e := range b.Edges {
		s := fmt.Sprintf("%s(%s, %s)", e.Kind, names[e.From], names[e.To])
		if ev := graph.Prop(e.Props, graph.PropEvidence); ev != "" {
			s += " | " + ev
		}
		if d := graph.Prop(e.Props, graph.PropDate); d != "" {
			s += " | " + d
		}
		edges = append(edges, s)
	}
	wantNodes := []string{
		`article Call []`,
		`person Anna Berg ["Berg"]`,
		`person Paul Kern []`,
		`place Austria []`,
		`statement the call went well []`,
	}
	wantEdges := []string{
		"mentioned_in(Anna Berg, Call)",
		"mentioned_in(Paul Kern, Call)",
		"mentioned_in(Austria, Call)",
		"said(Anna Berg, the call went well) | Berg said the call went well. | 2025-07-04", // the article's date: no date of its own
		"called(Anna Berg, Paul Kern) | Anna Berg called Paul Kern. | 2025-07-04",
		"holds_role(Paul Kern, Austria) | Anna Berg called Paul Kern.",
	}
	if !slices.Equal(nodes, wantNodes) {
		t.Errorf("nodes:\n%s\nwant:\n%s", strings.Join(nodes, "\n"), strings.Join(wantNodes, "\n"))
	}
	if !slices.Equal(edges, wantEdges) {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(edges, "\n"), strings.Join(wantEdges, "\n"))
	}
	for _, e := range b.Edges {
		if e.Kind != graph.MentionedIn && graph.Prop(e.Props, graph.PropArticle) != string(b.Article) {
			t.Errorf("%s edge without its article", e.Kind)
		}
	}

	// The same article gives the same IDs; another gives another article
	// ID but the same entity IDs.
	b2, _ := p.Process(&Article{Text: text, Title: "Call", Language: "en"})
	if b2.Article != b.Article || b2.Nodes[1].ID != b.Nodes[1].ID {
		t.Error("IDs are not deterministic")
	}
	b3, _ := p.Process(&Article{Text: text + " More.", Language: "en"})
	if b3.Article == b.Article || b3.Nodes[1].ID != b.Nodes[1].ID {
		t.Error("a different article should share entity IDs but not the article ID")
	}
}

func TestProcessUnknownLanguage(t *testing.T) {
	p := NewPipeline(fixedExtractor{lang: "en", facts: func(*Document) *Facts { return nil }})
	if _, err := p.Process(&Article{Text: "Это статья."}); err == nil {
		t.Error("an article in a language without an extractor was accepted")
	}
}

func TestFactsValidate(t *testing.T) {
	good := func() *Facts {
		return &Facts{
			Entities: []*Entity{{Kind: graph.Person, Name: "A", Mentions: []Span{{0, 1}}}, {Kind: graph.Person, Name: "B"}},
			Contacts: []Contact{{Kind: graph.Met, From: 0, To: 1, Evidence: Span{0, 5}}},
		}
	}
	if err := good().Validate(5); err != nil {
		t.Errorf("valid facts: %v", err)
	}
	for name, spoil := range map[string]func(*Facts){
		"unnamed entity":    func(f *Facts) { f.Entities[1].Name = "" },
		"mention past end":  func(f *Facts) { f.Entities[0].Mentions[0].End = 6 },
		"contact bad index": func(f *Facts) { f.Contacts[0].To = 2 },
		"statement speaker": func(f *Facts) { f.Statements = []Statement{{Speaker: -1}} },
		"role evidence":     func(f *Facts) { f.Roles = []Role{{Person: 0, Org: 1, Evidence: Span{3, 2}}} },
	} {
		f := good()
		spoil(f)
		if f.Validate(5) == nil {
			t.Errorf("%s: not reported", name)
		}
	}
	var none *Facts
	if none.Validate(0) == nil {
		t.Error("nil facts: not reported")
	}
}
