package main

import (
	"context"
	"testing"

	"newsgraph/examples"
	"newsgraph/graph/badgerdb"
	"newsgraph/ingest"
)

// BenchmarkIngestExamples measures the whole path of one batch: extraction
// of the example articles and their transactions in an in-memory store.
//
//	go test -run XXX -bench IngestExamples -count 6 ./cmd/newsgraph/
func BenchmarkIngestExamples(b *testing.B) {
	names, err := fsGlob(examples.Files, "*.txt")
	if err != nil || len(names) == 0 {
		b.Fatal("no examples", err)
	}
	var texts [][]byte
	size := 0
	for _, n := range names {
		data, _ := examples.Files.ReadFile(n)
		texts = append(texts, data)
		size += len(data)
	}
	p := newPipeline()
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		store, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, data := range texts {
			a, err := ingest.ParseText(data)
			if err != nil {
				b.Fatal(err)
			}
			a.Published = demoPublished
			batch, err := p.Process(a)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := store.Apply(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
