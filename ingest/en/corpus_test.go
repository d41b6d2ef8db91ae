package en

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

// TestCorpus runs the extractor over the English development articles and
// checks that every fact refers to valid entities. With EN_SHOW=1 and -v it
// logs what it found in each article. To score it, build the command and
// run ../shared/eval/score.py --dir ../shared/corpus --bin ./newsgraph -v.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*-en.txt"))
	if len(files) == 0 {
		testenv.Missing(t, "%s", "no English corpus at "+corpusDir)
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
		a := &ingest.Article{Source: f, Text: text, Title: strings.SplitN(text, "\n", 2)[0], Language: "en", Published: pub}
		doc := &ingest.Document{Article: a, Sentences: ex.Split(text)}
		facts := ex.Extract(doc)
		checkFacts(t, facts, len(text))
		if testing.Verbose() && os.Getenv("EN_SHOW") != "" {
			t.Log(name + "\n" + formatFacts(facts))
		}
	}
}
