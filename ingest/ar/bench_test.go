package ar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/ingest"
)

// benchText is the text the benchmark reads: the Arabic development corpus
// when it is present, else the sentences of the table tests.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*-ar.txt"))
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n")
	}
	if sb.Len() == 0 {
		for _, c := range extractCases {
			sb.WriteString(c.text + "\n")
		}
	}
	return sb.String()
}

// BenchmarkExtract measures splitting and extraction in MB/s:
//
//	go test -run XXX -bench . ./ingest/ar/
func BenchmarkExtract(b *testing.B) {
	text := benchText(b)
	ex := New()
	pub := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &ingest.Article{Text: text, Language: "ar", Published: pub}
		ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
	}
}

// BenchmarkNew measures building the tables.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		New()
	}
}
