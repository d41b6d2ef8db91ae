package schema

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"
	"time"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// ingester adds articles to the store through the pipeline. Concurrent
// requests need no lock: the store merges concurrent writes itself.
type ingester struct {
	store    graph.Store
	pipeline *ingest.Pipeline
	allow    bool
	token    string
}

func newIngester(s graph.Store, opt Options) *ingester {
	return &ingester{store: s, pipeline: opt.Pipeline, allow: opt.AllowIngest && opt.Pipeline != nil, token: opt.Token}
}

// request is what the HTTP handler tells resolvers about the request.
type request struct {
	method string
	bearer string // the Authorization: Bearer token, if any
}

type requestKey struct{}

func withRequest(ctx context.Context, req request) context.Context {
	return context.WithValue(ctx, requestKey{}, req)
}

// authorize reports whether the request may ingest.
func (in *ingester) authorize(ctx context.Context) error {
	if !in.allow {
		return ErrIngestOff
	}
	req, _ := ctx.Value(requestKey{}).(request)
	if req.method != "" && req.method != "POST" {
		return errors.New("ingest: mutations need POST")
	}
	if in.token != "" && subtle.ConstantTimeCompare([]byte(req.bearer), []byte(in.token)) != 1 {
		return ErrUnauthorized
	}
	return nil
}

// ingestResult is what one ingest request did.
type ingestResult struct {
	Read     int        `json:"read"`
	Added    int        `json:"added"`
	Present  int        `json:"present"`
	Failed   int        `json:"failed"`
	Errors   []string   `json:"errors"`
	Articles []graph.ID `json:"articles"`
}

// add extracts and stores articles with the pipeline's Ingest (and counts
// the errors of the ones that could not be read, before them). opt gives
// the publication date and language of articles that have none.
func (in *ingester) add(ctx context.Context, articles []*ingest.Article, readErrs []error, opt ingest.IngestOptions) (*ingestResult, error) {
	feed := func(emit func(*ingest.Article, error), done func()) {
		for _, err := range readErrs {
			emit(nil, err)
		}
		for _, a := range articles {
			emit(a, nil)
		}
		done()
	}
	r, err := in.pipeline.Ingest(ctx, in.store, feed, opt)
	if err != nil {
		return nil, err
	}
	res := &ingestResult{Read: r.Read, Added: r.Added, Present: r.Present, Failed: r.Failed,
		Errors: make([]string, len(r.Errors)), Articles: r.Articles}
	for i, err := range r.Errors {
		res.Errors[i] = err.Error()
	}
	if res.Articles == nil {
		res.Articles = []graph.ID{}
	}
	return res, nil
}

// ArticleInput is the GraphQL input type.
type ArticleInput struct {
	Text      string
	Title     *string
	URL       *string
	Language  *string
	Published *Date
}

// Ingest resolves Mutation.ingest.
func (r *Resolver) Ingest(ctx context.Context, args struct{ Articles []ArticleInput }) (*IngestResult, error) {
	if err := r.ingester.authorize(ctx); err != nil {
		return nil, err
	}
	if len(args.Articles) > r.limits.MaxArticles {
		return nil, fmt.Errorf("ingest: %d articles, at most %d a request", len(args.Articles), r.limits.MaxArticles)
	}
	var articles []*ingest.Article
	var readErrs []error
	for i, in := range args.Articles {
		name := fmt.Sprintf("articles[%d]", i)
		a, err := ingest.ParseText([]byte(in.Text))
		if err != nil {
			readErrs = append(readErrs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		a.Source = name
		if in.Title != nil && *in.Title != "" {
			a.Title = strings.TrimSpace(*in.Title)
			a.Text = ingest.WithTitle(a.Title, a.Text)
		}
		if in.URL != nil {
			a.URL = *in.URL
		}
		if in.Language != nil {
			a.Language = strings.ToLower(*in.Language)
		}
		if in.Published != nil {
			a.Published, _ = time.Parse(ingest.DateLayout, string(*in.Published))
		}
		articles = append(articles, a)
	}
	ctx, cancel := context.WithTimeout(ctx, r.limits.IngestTimeout)
	defer cancel()
	res, err := r.ingester.add(ctx, articles, readErrs, ingest.IngestOptions{})
	if err != nil {
		return nil, err
	}
	if err := r.loader(ctx).prime(ctx, res.Articles); err != nil {
		return nil, err
	}
	return &IngestResult{r: r, res: res}, nil
}

// IngestResult resolves the IngestResult type.
type IngestResult struct {
	r   *Resolver
	res *ingestResult
}

func (i *IngestResult) Read() int32      { return int32(i.res.Read) }
func (i *IngestResult) Added() int32     { return int32(i.res.Added) }
func (i *IngestResult) Present() int32   { return int32(i.res.Present) }
func (i *IngestResult) Failed() int32    { return int32(i.res.Failed) }
func (i *IngestResult) Errors() []string { return i.res.Errors }

func (i *IngestResult) Articles(ctx context.Context) ([]*Article, error) {
	l := i.r.loader(ctx)
	out := []*Article{}
	for _, id := range i.res.Articles {
		n, err := l.node(ctx, id)
		if err != nil {
			return nil, err
		}
		if n != nil {
			out = append(out, &Article{r: i.r, n: n})
		}
	}
	return out, nil
}
