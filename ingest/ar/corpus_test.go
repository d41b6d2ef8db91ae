package ar

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/ingest"
	"newsgraph/internal/testenv"
)

// corpusDir is the shared development corpus, relative to this package.
const corpusDir = "../../../shared/corpus"

// TestCorpus runs the extractor over the Arabic development articles and
// checks that every fact refers to valid entities. With AR_SHOW=1 and -v it
// logs what it found in each article:
//
//	AR_SHOW=1 go test -v -run TestCorpus ./ingest/ar/
//
// To score what it finds, build the command and run the evaluation:
// python3 ../shared/eval/score.py --dir ../shared/corpus --bin ./newsgraph -v
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*-ar.txt"))
	if len(files) == 0 {
		testenv.Missing(t, "%s", "no Arabic corpus at "+corpusDir)
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
	}
}
