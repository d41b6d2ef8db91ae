package ar

import (
	"os"
	"testing"
	"time"

	"newsgraph/ingest"
)

func TestDbg(t *testing.T) {
	name := os.Getenv("AR_DBG")
	if name == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(corpusDir + "/" + name + ".txt")
	text := string(raw)
	ex := New()
	pub, _ := time.Parse(ingest.DateLayout, os.Getenv("AR_PUB"))
	a := &ingest.Article{Text: text, Language: "ar", Published: pub}
	f := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
	t.Log("\n" + formatFacts(f))
	for _, c := range f.Contacts {
		ev := text[c.Evidence.Start:c.Evidence.End]
		if len(ev) > 90 {
			ev = ev[:90]
		}
		t.Logf("%s(%s, %s) %s %s | %s", c.Kind, f.Entities[c.From].Name, f.Entities[c.To].Name, c.Date, c.Status, ev)
	}
}
