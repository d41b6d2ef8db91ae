package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"newsgraph/graph"
	"newsgraph/ingest"
	"newsgraph/ingest/ar"
	"newsgraph/ingest/en"
)

func newPipeline() *ingest.Pipeline {
	return ingest.NewPipeline(ar.New(), en.New())
}

func (e *env) ingest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	published := fs.String("published", "", "publication `date` (YYYY-MM-DD) of articles whose source (JSON line, HTML metadata) gives none; overrides a date read from the text")
	lang := fs.String("lang", "", "language of the articles (ar, en) when it should not be detected")
	quiet := fs.Bool("q", false, "no progress bar")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "`number` of articles extracted at once (the graph is the same for any number)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: newsgraph ingest [flags] PATH...

Reads articles and adds what they say to the graph. PATH is a .txt file (first
line is the title), an .html page, a .jsonl file (one {"url","title","published",
"language","text"} per line), a folder (read recursively) or - for standard input.
Articles already in the database are left as they are.

The publication date, against which "yesterday" and "اليوم الجمعة" are
resolved, is the JSON line's or the HTML page's own; else --published; else
one read from the text (a timestamp line, a dateline such as "BEIJING, June 22
(Xinhua) --") or the URL. Articles left without one are counted.

Flags:
`)
		fs.PrintDefaults()
	}
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "newsgraph ingest: no PATH given")
		fs.Usage()
		return errUsage
	}
	if *workers < 1 {
		fmt.Fprintln(e.stderr, "newsgraph ingest: --workers must be at least 1")
		return errUsage
	}
	opt := ingestOptions{lang: *lang, quiet: *quiet, workers: *workers}
	if *published != "" {
		t, err := ingest.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(e.stderr, "newsgraph ingest: --published: %v\n", err)
			return errUsage
		}
		opt.published = t
	}
	store, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer store.Close()
	sum, err := e.ingestPaths(ctx, store, newPipeline(), paths, opt)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, sum)
	if sum.failed > 0 {
		return errSomeFailed
	}
	return nil
}

type ingestOptions struct {
	published time.Time
	lang      string
	quiet     bool
	workers   int // extraction workers; GOMAXPROCS when 0
}

// summary is what one ingest run did.
type summary struct {
	read, added, present, failed, skipped int
	undated                               int // read without a publication date
	nodes, edges                          int
	elapsed                               time.Duration
}

func (s summary) String() string {
	rate := float64(s.read) / s.elapsed.Seconds()
	out := fmt.Sprintf("ingested %d articles: %d new, %d already present, %d failed; graph has %d nodes, %d edges; %.2fs (%.1f articles/s)",
		s.read, s.added, s.present, s.failed, s.nodes, s.edges, s.elapsed.Seconds(), rate)
	if s.skipped > 0 {
		out += fmt.Sprintf("; skipped %d %s of other types", s.skipped, plural(s.skipped, "file", "files"))
	}
	if s.undated > 0 {
		out += fmt.Sprintf("; %d %s no publication date, so %s relative dates are left unresolved (give --published)",
			s.undated, plural(s.undated, "article had", "articles had"), plural(s.undated, "its", "their"))
	}
	return out
}

// ingestPaths reads every input and ingests its articles (ingestArticles).
// The paths that cannot be read are reported and counted as failed.
func (e *env) ingestPaths(ctx context.Context, store graph.Store, p *ingest.Pipeline, paths []string, opt ingestOptions) (summary, error) {
	inputs, skipped, errs := ingest.Collect(paths)
	feed := func(emit func(*ingest.Article, error), done func()) {
		for _, err := range errs {
			emit(nil, err)
		}
		for _, in := range inputs {
			if ctx.Err() != nil {
				return
			}
			ingest.Read(in, e.stdin, emit)
			done()
		}
	}
	sum, err := e.ingestArticles(ctx, store, p, len(inputs), feed, opt)
	sum.skipped = skipped
	return sum, err
}

// ingestArticles runs the articles that feed emits through the pipeline
// into the store (Pipeline.Ingest), with a progress bar over the feed's
// total inputs when stderr is a terminal. Failures are reported on stderr
// as they come and counted; they never stop the others.
func (e *env) ingestArticles(ctx context.Context, store graph.Store, p *ingest.Pipeline, total int, feed ingest.Feed, opt ingestOptions) (summary, error) {
	start := time.Now()
	var bar *progressbar.ProgressBar
	if f, ok := e.stderr.(*os.File); ok && !opt.quiet && term.IsTerminal(int(f.Fd())) && total > 1 {
		bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
	}
	progress := func(ev ingest.Event) {
		switch ev.Outcome {
		case ingest.InputDone:
			if bar != nil {
				bar.Add(1)
			}
		case ingest.Failed:
			if bar != nil {
				bar.Clear()
			}
			fmt.Fprintf(e.stderr, "newsgraph: %v\n", ev.Err)
			if pe := (*ingest.PanicError)(nil); errors.As(ev.Err, &pe) {
				fmt.Fprintf(e.stderr, "%s\n", pe.Stack)
			}
		}
	}
	res, err := p.Ingest(ctx, store, feed, ingest.IngestOptions{
		Workers: opt.workers, Published: opt.published, Language: opt.lang, Progress: progress,
	})
	if bar != nil {
		bar.Finish()
	}
	sum := summary{read: res.Read, added: res.Added, present: res.Present, failed: res.Failed, undated: res.Undated}
	if err != nil {
		return sum, err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return sum, err
	}
	sum.nodes, sum.edges = st.NodeCount(), st.EdgeCount()
	sum.elapsed = time.Since(start)
	return sum, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
