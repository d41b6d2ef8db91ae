package en

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newsgraph/ingest"
)

// FuzzExtract checks that arbitrary text never panics and that every fact
// refers to a valid entity. Run it with
//
//	go test -fuzz FuzzExtract -fuzztime 60s ./ingest/en/
func FuzzExtract(f *testing.F) {
	f.Add("Headline\nPresident Ana Lopez met Sen. Bo Kim on Monday, the ministry said.")
	f.Add("T\n\"Yes,\" said Mr. X, \"no.\" He called for talks. According to the Kremlin, al-Y visited Cairo.")
	f.Add("CAIRO (Reuters) - A day earlier, Foreign Minister X's visit to Egypt's Foreign Ministry on 4 July 2025.")
	f.Add("“ ” \" , , 's 's the two leaders met. U.S.-brokered Jr. J. de la")
	ex := New()
	recoverPanics = false // a panic must fail the fuzz test, not be hidden
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, " ")
		}
		a := &ingest.Article{Text: text, Language: "en", Published: time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)}
		doc := &ingest.Document{Article: a, Sentences: ex.Split(text)}
		facts := ex.Extract(doc)
		checkFacts(t, facts, len(text))
	})
}

// BenchmarkExtract measures extraction speed over a synthetic article.
func BenchmarkExtract(b *testing.B) {
	para := `BAGHDAD (Reuters) - Iraqi Foreign Minister Haidar Salim met his Turkish counterpart, Mert Aksoy, in Baghdad on Tuesday, the ministry said. "We agreed to work together," Salim told reporters, "on water and trade." Aksoy, who arrived in Baghdad on Monday, said Ankara would study the request, adding that experts would meet next week. According to the Iraqi government, the two ministers also spoke by phone with Kuwaiti envoy Fahad al-Sabah.
`
	text := "Iraq and Turkey discuss water\n" + strings.Repeat(para, 20)
	ex := New()
	a := &ingest.Article{Text: text, Language: "en", Published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)}
	doc := &ingest.Document{Article: a, Sentences: ex.Split(text)}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ex.Extract(doc)
	}
}
