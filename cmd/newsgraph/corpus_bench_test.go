package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
	"newsgraph/ingest"
	"newsgraph/schema"
)

// BenchmarkCorpusQueries measures the latency of two analyst queries over
// real HTTP on loopback, on the graph of the annotated corpus
// (../shared/corpus, skipped where it is absent): contacts(participant:)
// and neighbourhood(depth: 2), each asked for every entity that has a
// contact. It reports the median and 99th percentile per query.
//
//	go test -run XXX -bench CorpusQueries -benchtime 20x ./cmd/newsgraph/
func BenchmarkCorpusQueries(b *testing.B) {
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("no corpus at %s", corpusDir)
	}
	store, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	ctx := context.Background()
	p := newPipeline()
	inputs, _, _ := ingest.Collect([]string{corpusDir})
	for _, in := range inputs {
		ingest.Read(in, nil, func(a *ingest.Article, err error) {
			if err != nil {
				b.Fatal(err)
			}
			batch, err := p.Process(a)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := store.Apply(ctx, batch); err != nil {
				b.Fatal(err)
			}
		})
	}
	var ids []string
	err = store.ForEachEdge(ctx, func(e *graph.Edge) error {
		if e.Kind.IsContact() {
			ids = append(ids, string(e.From), string(e.To))
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	h, err := schema.NewHandler(store, schema.Options{})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	queries := []struct{ name, query string }{
		{"contacts", `query($id: ID!) { contacts(participant: $id, first: 50) { nodes { id type date participants { name } evidence } } }`},
		{"neighbourhood2", `query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500) { nodes { id name } edges { id kind } } }`},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				for _, id := range ids {
					body, _ := json.Marshal(map[string]any{"query": q.query, "variables": map[string]any{"id": id}})
					start := time.Now()
					resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
					if err != nil {
						b.Fatal(err)
					}
					var out struct{ Errors []any }
					err = json.NewDecoder(resp.Body).Decode(&out)
					resp.Body.Close()
					lat = append(lat, time.Since(start))
					if err != nil || len(out.Errors) > 0 {
						b.Fatalf("%s(%s): %v %v", q.name, id, err, out.Errors)
					}
				}
			}
			slices.Sort(lat)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
			b.ReportMetric(float64(len(ids)), "entities")
		})
	}
}
