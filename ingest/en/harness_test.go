package en

import (
	"os"
	"testing"
	"time"

	"newsgraph/ingest"
)

// This file holds helpers for the tests and two tools for trying the
// extractor by hand:
//
//	EN_DEBUG='President Ana Ruiz met …' go test -v -run 'TestDebug$' ./ingest/en/
//	EN_FILE=article.txt EN_PUB=2025-07-04 go test -v -run TestDebugFile ./ingest/en/

// mustDate parses a YYYY-MM-DD date.
func mustDate(s string) time.Time {
	d, err := time.Parse(ingest.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// extractText runs the extractor on text (its first line is the
// headline) published on pub (YYYY-MM-DD).
func extractText(text string, pub string) *ingest.Facts {
	ex := New()
	p, _ := time.Parse(ingest.DateLayout, pub)
	a := &ingest.Article{Text: text, Language: "en", Published: p}
	return ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
}

// TestDebug prints the facts of the text in EN_DEBUG (a headline is added).
func TestDebug(t *testing.T) {
	s := os.Getenv("EN_DEBUG")
	if s == "" {
		t.Skip("set EN_DEBUG to a text to see its facts")
	}
	t.Log("\n" + formatFacts(extractText("Headline\n"+s, "2025-03-05")))
}

// TestDebugFile prints the facts of the article in the file EN_FILE,
// published on EN_PUB.
func TestDebugFile(t *testing.T) {
	p := os.Getenv("EN_FILE")
	if p == "" {
		t.Skip("set EN_FILE to an article file to see its facts")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	pub := os.Getenv("EN_PUB")
	if pub == "" {
		pub = "2025-10-03"
	}
	t.Log("\n" + formatFacts(extractText(string(b), pub)))
}
