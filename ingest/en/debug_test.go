package en

import (
	"os"
	"testing"
	"time"

	"newsgraph/ingest"
)

// extractText runs the extractor on an article made of a headline and text.
func extractText(text string, pub string) *ingest.Facts {
	ex := New()
	p, _ := time.Parse(ingest.DateLayout, pub)
	a := &ingest.Article{Text: text, Language: "en", Published: p}
	return ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
}

func TestDebug(t *testing.T) {
	s := os.Getenv("EN_DEBUG")
	if s == "" {
		t.Skip("set EN_DEBUG to a text")
	}
	t.Log("\n" + formatFacts(extractText("Headline\n"+s, "2025-03-05")))
}

func TestDebugFile(t *testing.T) {
	p := os.Getenv("EN_FILE")
	if p == "" {
		t.Skip("set EN_FILE to an article")
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
