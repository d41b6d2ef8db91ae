package ar

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

// TestCorpus runs the extractor over the Arabic development articles and
// checks that every fact refers to valid entities. With AR_SHOW=1 and -v it
// logs what it found in each article:
//
//	AR_SHOW=1 go test -v -run TestCorpus ./ingest/ar/
//
// With AR_DUMP naming a folder it writes each article's graph there as
// export JSON, for the scorer without the newsgraph binary:
//
//	AR_DUMP=/tmp/ar go test -run TestCorpus ./ingest/ar/
//	python3 ../shared/eval/score.py --graph /tmp/ar/dev-01-ar.json --gold ../shared/corpus/dev-01-ar.gold.json
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*-ar.txt"))
	if len(files) == 0 {
		t.Skip("no Arabic corpus at " + corpusDir)
	}
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
		a := &ingest.Article{Source: f, Text: text, Title: strings.SplitN(text, "\n", 2)[0], Language: "ar", Published: pub}
		facts := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
		checkFacts(t, facts, len(text))
		if testing.Verbose() && os.Getenv("AR_SHOW") != "" {
			t.Log(name + "\n" + formatFacts(facts))
		}
		if dir := os.Getenv("AR_DUMP"); dir != "" {
			writeGraph(t, filepath.Join(dir, name+".json"), ingest.Build(a, facts))
		}
	}
}

// writeGraph writes one article's batch as export JSON, merging repeated
// nodes and edges as a store would.
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
	seen := map[graph.ID]bool{}
	var edges []*graph.Edge
	for _, e := range b.Edges {
		if !seen[e.ID] {
			seen[e.ID] = true
			edges = append(edges, e)
		}
	}
	out, err := json.MarshalIndent(map[string]any{"nodes": order, "edges": edges}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
