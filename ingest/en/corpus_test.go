package en

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// corpusDir is the shared development corpus, relative to this package.
const corpusDir = "../../../shared/corpus"

// TestCorpus runs the extractor over the English development articles. It
// checks that every fact refers to valid entities and, when EN_DUMP names a
// folder, writes each article's graph there as JSON (the shape of
// `newsgraph export --format json`) for the scorer.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*-en.txt"))
	if len(files) == 0 {
		t.Skip("no English corpus at " + corpusDir)
	}
	dump := os.Getenv("EN_DUMP")
	ex := New()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		var gold struct {
			Published string `json:"published"`
		}
		if b, err := os.ReadFile(filepath.Join(corpusDir, name+".gold.json")); err == nil {
			_ = json.Unmarshal(b, &gold)
		}
		pub, _ := time.Parse(ingest.DateLayout, gold.Published)
		text := string(raw)
		a := &ingest.Article{Source: f, Text: text, Title: strings.SplitN(text, "\n", 2)[0], Language: "en", Published: pub}
		doc := &ingest.Document{Article: a, Sentences: ex.Split(text)}
		facts := ex.Extract(doc)
		checkFacts(t, facts, len(text))
		if dump != "" {
			writeGraph(t, filepath.Join(dump, name+".json"), ingest.Build(a, facts))
		}
		if testing.Verbose() && os.Getenv("EN_SHOW") != "" {
			t.Log(name + "\n" + formatFacts(facts))
		}
	}
}

// writeGraph writes a batch as export JSON, merging repeated nodes as a
// store would.
func writeGraph(t *testing.T, path string, b *graph.Batch) {
	t.Helper()
	nodes := map[graph.ID]*graph.Node{}
	var order []*graph.Node
	for _, n := range b.Nodes {
		if m, ok := nodes[n.ID]; ok {
			m.Merge(n)
			continue
		}
		nodes[n.ID] = n
		order = append(order, n)
	}
	edges := map[graph.ID]bool{}
	var es []*graph.Edge
	for _, e := range b.Edges {
		if !edges[e.ID] {
			edges[e.ID] = true
			es = append(es, e)
		}
	}
	out, err := json.MarshalIndent(map[string]any{"nodes": order, "edges": es}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
