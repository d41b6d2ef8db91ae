package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"newsgraph/graph"
)

// Feed reads the articles to ingest. It calls emit with every article, or
// error, it reads, and done after each of its inputs (a file, a request
// body), so that progress can be counted by input. Errors name their input
// (and line) in their text, as Read's do.
type Feed func(emit func(*Article, error), done func())

// IngestOptions tune Ingest.
type IngestOptions struct {
	// Workers is the number of articles extracted at once; GOMAXPROCS
	// when it is less than 1. The graph is the same for any number.
	Workers int
	// Published dates the articles that have no publication date of
	// their own, before one is looked for in their text (Process).
	Published time.Time
	// Language, when set, is the language of every article.
	Language string
	// Progress, when set, is called once for every article emitted (stored
	// or failed), every error emitted and every input done, in the order
	// the feed emitted them, on the goroutine that called Ingest.
	Progress func(Event)
}

// Outcome is what became of one step of an ingest.
type Outcome int

// Outcomes of Event.
const (
	Added     Outcome = iota + 1 // the article was stored
	Present                      // the article was already in the store
	Failed                       // it could not be read, extracted or stored
	InputDone                    // the feed finished one of its inputs
)

// Event reports one step of an ingest.
type Event struct {
	Outcome Outcome
	Source  string   // the article's source; "" for InputDone and read errors
	ID      graph.ID // the article's ID when it was stored (Added, Present)
	Err     error    // why it failed (Failed)
}

// Result is what one ingest did. Read counts the articles extracted;
// those the store then refused are counted in Failed too, like the
// errors the feed emitted and the articles whose extraction failed.
type Result struct {
	Read, Added, Present, Failed int
	// Undated counts the articles read that had no publication date
	// after all (their relative dates are left unresolved).
	Undated int
	// Errors are the failures in the order the feed emitted them: read
	// errors as the feed gave them, extraction and store errors as
	// *ArticleError.
	Errors []error
	// Articles are the IDs of the articles stored (added or present), in
	// the order the feed emitted them.
	Articles []graph.ID
}

// ArticleError is the failure of one article that was read: its
// extraction failed or the store refused its batch.
type ArticleError struct {
	Source string // Article.Source
	Err    error
}

func (e *ArticleError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *ArticleError) Unwrap() error { return e.Err }

// PanicError is an extractor's panic, recovered and turned into the error
// of the article it was extracting.
type PanicError struct {
	Value any
	Stack []byte // the panicking goroutine's stack
}

func (e *PanicError) Error() string { return fmt.Sprintf("extractor failed: %v", e.Value) }

// Ingest extracts the articles that feed emits, on a pool of opt.Workers
// goroutines, and applies each article's batch to store, one transaction
// an article, in the order the feed emitted them (so the result does not
// depend on scheduling). A failure is counted and reported for its
// article alone and never stops the others: a panic in an extractor
// becomes a *PanicError. Ingest returns when the feed has returned and
// every article is stored or failed; when ctx ends, it stops storing and
// returns what it did so far with ctx's error.
func (p *Pipeline) Ingest(ctx context.Context, store graph.Store, feed Feed, opt IngestOptions) (Result, error) {
	workers := opt.Workers
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	// step is one emitted article, error or input end, numbered in the
	// order of the feed.
	type step struct {
		seq   int
		a     *Article
		b     *graph.Batch
		err   error
		input bool
	}
	// window bounds the steps emitted but not yet applied, so that a slow
	// article holds back only a few finished ones.
	window := make(chan struct{}, 4*workers)
	todo := make(chan *step)
	done := make(chan *step)
	var wg sync.WaitGroup
	wg.Add(workers + 1)
	go func() {
		defer wg.Done()
		defer close(todo)
		seq := 0
		push := func(s *step) {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			s.seq = seq
			seq++
			if s.a == nil {
				done <- s
				return
			}
			todo <- s
		}
		feed(func(a *Article, err error) {
			if err != nil {
				push(&step{err: err})
				return
			}
			if a.Published.IsZero() {
				a.Published = opt.Published
			}
			if opt.Language != "" {
				a.Language = opt.Language
			}
			push(&step{a: a})
		}, func() { push(&step{input: true}) })
	}()
	for range workers {
		go func() {
			defer wg.Done()
			for s := range todo {
				if ctx.Err() == nil {
					s.b, s.err = p.process(s.a)
				}
				done <- s
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	var res Result
	progress := func(ev Event) {
		if opt.Progress != nil {
			opt.Progress(ev)
		}
	}
	fail := func(err error, source string) {
		res.Failed++
		res.Errors = append(res.Errors, err)
		progress(Event{Outcome: Failed, Source: source, Err: err})
	}
	apply := func(s *step) {
		switch {
		case s.input:
			progress(Event{Outcome: InputDone})
			return
		case s.a == nil:
			fail(s.err, "")
			return
		case s.err != nil:
			fail(s.err, s.a.Source)
			return
		}
		res.Read++
		if s.a.Published.IsZero() {
			res.Undated++
		}
		added, err := store.Apply(ctx, s.b)
		if err != nil {
			fail(&ArticleError{Source: s.a.Source, Err: err}, s.a.Source)
			return
		}
		ev := Event{Outcome: Present, Source: s.a.Source, ID: s.b.Article}
		if added {
			res.Added++
			ev.Outcome = Added
		} else {
			res.Present++
		}
		res.Articles = append(res.Articles, s.b.Article)
		progress(ev)
	}
	pending := map[int]*step{}
	next := 0
	for s := range done {
		pending[s.seq] = s
		for {
			s, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if ctx.Err() == nil {
				apply(s)
			}
			<-window
		}
	}
	return res, ctx.Err()
}

// process extracts one article's batch, turning a panic in an extractor
// into an error for that article alone.
func (p *Pipeline) process(a *Article) (b *graph.Batch, err error) {
	defer func() {
		if r := recover(); r != nil {
			buf := make([]byte, 4096)
			buf = buf[:runtime.Stack(buf, false)]
			b, err = nil, &ArticleError{Source: a.Source, Err: &PanicError{Value: r, Stack: buf}}
		}
	}()
	b, err = p.Process(a)
	if err != nil {
		return nil, &ArticleError{Source: a.Source, Err: err}
	}
	return b, nil
}
