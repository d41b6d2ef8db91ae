package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/graph"
)

// memStore is the part of a graph.Store that Ingest uses: it records the
// articles applied, and refuses the batches of articles titled "refuse".
type memStore struct {
	graph.Store
	mu       sync.Mutex
	articles map[graph.ID]bool
}

var errRefused = errors.New("refused")

func (s *memStore) Apply(_ context.Context, b *graph.Batch) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b.Nodes[0].Name == "refuse" {
		return false, errRefused
	}
	if s.articles[b.Article] {
		return false, nil
	}
	s.articles[b.Article] = true
	return true, nil
}

// TestIngest feeds good articles, a read error, an article without an
// extractor, one whose extractor panics, one the store refuses and one
// twice, and checks the counts, the errors and the order of the events.
func TestIngest(t *testing.T) {
	ex := fixedExtractor{lang: "en", facts: func(doc *Document) *Facts {
		if strings.Contains(doc.Text, "panic") {
			panic("boom")
		}
		return nil
	}}
	p := NewPipeline(ex)
	readErr := fmt.Errorf("in.jsonl: line 3: %w", ErrEmpty)
	texts := []string{"one\n\nSee 2025-01-02.", "two", "panic", "refuse", "مرحبا", "one\n\nSee 2025-01-02.", "three"}
	feed := func(emit func(*Article, error), done func()) {
		for i, text := range texts {
			if i == 2 {
				emit(nil, readErr)
				done()
			}
			a, err := ParseText([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			a.Source = fmt.Sprintf("a%d", i)
			if text == "one\n\nSee 2025-01-02." {
				a.Published = time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
			}
			emit(a, nil)
		}
		done()
	}
	for _, workers := range []int{1, 4} {
		store := &memStore{articles: map[graph.ID]bool{}}
		var events []string
		res, err := p.Ingest(context.Background(), store, feed, IngestOptions{
			Workers: workers, Language: "",
			Progress: func(ev Event) {
				switch ev.Outcome {
				case Added:
					events = append(events, "added "+ev.Source)
				case Present:
					events = append(events, "present "+ev.Source)
				case Failed:
					events = append(events, "failed "+ev.Err.Error())
				case InputDone:
					events = append(events, "done")
				}
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Join([]string{
			"added a0", "added a1",
			"failed in.jsonl: line 3: empty input", "done",
			"failed a2: extractor failed: boom",
			"failed a3: refused",
			`failed a4: no extractor for language "ar"`,
			"present a5", "added a6", "done",
		}, "\n")
		if got := strings.Join(events, "\n"); got != want {
			t.Errorf("%d workers: events\n%s\nwant\n%s", workers, got, want)
		}
		if res.Read != 5 || res.Added != 3 || res.Present != 1 || res.Failed != 4 || res.Undated != 3 {
			t.Errorf("%d workers: %+v, want 5 read, 3 added, 1 present, 4 failed, 3 undated", workers, res)
		}
		if len(res.Errors) != 4 || !errors.Is(res.Errors[0], ErrEmpty) || !errors.Is(res.Errors[2], errRefused) || !errors.Is(res.Errors[3], ErrNoExtractor) {
			t.Errorf("%d workers: errors %q lost their chain", workers, res.Errors)
		}
		var pe *PanicError
		var ae *ArticleError
		if !errors.As(res.Errors[1], &pe) || len(pe.Stack) == 0 || !errors.As(res.Errors[1], &ae) || ae.Source != "a2" {
			t.Errorf("%d workers: panic reported as %#v", workers, res.Errors[1])
		}
		if len(res.Articles) != 4 || res.Articles[0] != res.Articles[2] {
			t.Errorf("%d workers: articles %q, want 4 in input order", workers, res.Articles)
		}
	}
}

// TestIngestOptions checks that the default date and language apply to
// the articles that need them.
func TestIngestOptions(t *testing.T) {
	var got []*Article
	var mu sync.Mutex
	p := NewPipeline(fixedExtractor{lang: "ar", facts: func(doc *Document) *Facts {
		mu.Lock()
		got = append(got, doc.Article)
		mu.Unlock()
		return nil
	}})
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	own := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	feed := func(emit func(*Article, error), done func()) {
		emit(&Article{Text: "English text.", Source: "a"}, nil)
		emit(&Article{Text: "More English.", Source: "b", Published: own}, nil)
		done()
	}
	res, err := p.Ingest(context.Background(), &memStore{articles: map[graph.ID]bool{}}, feed,
		IngestOptions{Published: pub, Language: "ar"})
	if err != nil || res.Added != 2 || res.Undated != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	for _, a := range got {
		want := pub
		if a.Source == "b" {
			want = own
		}
		if a.Language != "ar" || !a.Published.Equal(want) {
			t.Errorf("%s: language %q, published %v; want ar, %v", a.Source, a.Language, a.Published, want)
		}
	}
}

// TestIngestCanceled stops an endless feed with its context.
func TestIngestCanceled(t *testing.T) {
	p := NewPipeline(fixedExtractor{lang: "en", facts: func(*Document) *Facts { return nil }})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := func(emit func(*Article, error), done func()) {
		for i := 0; ctx.Err() == nil; i++ {
			emit(&Article{Text: fmt.Sprintf("Article %d.", i)}, nil)
		}
	}
	res, err := p.Ingest(ctx, &memStore{articles: map[graph.ID]bool{}}, feed, IngestOptions{
		Workers:  2,
		Progress: func(ev Event) { cancel() },
	})
	if !errors.Is(err, context.Canceled) || res.Added != 1 {
		t.Errorf("%+v %v; want 1 added and context.Canceled", res, err)
	}
}
