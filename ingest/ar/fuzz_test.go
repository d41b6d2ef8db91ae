package ar

import (
	"testing"
	"time"
	"unicode/utf8"

	"newsgraph/ingest"
)

// FuzzExtract feeds arbitrary bytes to the extractor: it must not panic,
// must return in time, and every fact must refer to a valid entity and a
// span inside the text. Run it with
//
//	go test -run XXX -fuzz FuzzExtract -fuzztime 60s ./ingest/ar/
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"قال الرئيس الروسي فلاديمير بوتين إن «السلام ممكن».",
		"التقى وزير الخارجية المصري أحمد سالم نظيره الأردني اليوم الثلاثاء.\nمقال مقترح: عنوان آخر",
		"وأضاف: \"نص غير مغلق",
		"الرئيس، ، ، المتحدث باسم «» (( ))",
		"٢٠ مارس/آذار ٢٠٢٥ أمس الأول غداً الجمعة بعد غد",
		"وصل إلى إلى في زيارة تشمل و و و",
	} {
		f.Add(s)
	}
	ex := New()
	pub := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		done := make(chan *ingest.Facts, 1)
		go func() {
			a := &ingest.Article{Text: s, Language: "ar", Published: pub}
			done <- ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(s)})
		}()
		select {
		case facts := <-done:
			checkFacts(t, facts, len(s))
		case <-time.After(10 * time.Second):
			t.Fatalf("Extract did not return within 10s on %q", s)
		}
	})
}
