package schema

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// SDL is the GraphQL schema.
//
//go:embed schema.graphql
var SDL string

// Limits bound what one request may cost.
type Limits struct {
	MaxDepth       int           // field nesting (introspection needs 13)
	MaxFirst       int           // largest first or limit
	MaxParallelism int           // resolvers run at once per request
	MaxConcurrent  int           // requests executed at once; others wait
	MaxItems       int           // objects one request may resolve in lists
	MaxBodyBytes   int64         // /graphql request body
	MaxIngestBytes int64         // /ingest request body
	MaxArticles    int           // articles one ingest request may carry
	MaxExportNodes int           // nodes of one /export answer or graphviz diagram
	MaxRenderNodes int           // nodes /export draws as a picture (svg, png)
	Timeout        time.Duration // per query
	IngestTimeout  time.Duration // per ingest request
}

// DefaultLimits suit a small server on two cores.
var DefaultLimits = Limits{
	MaxDepth:       15,
	MaxFirst:       500,
	MaxParallelism: 4,
	MaxConcurrent:  8,
	MaxItems:       20000,
	MaxBodyBytes:   1 << 20,
	MaxIngestBytes: 16 << 20,
	MaxArticles:    200,
	MaxExportNodes: 20000,
	MaxRenderNodes: 5000,
	Timeout:        10 * time.Second,
	IngestTimeout:  2 * time.Minute,
}

// Options configure New and NewHandler.
type Options struct {
	Limits Limits // zero fields take DefaultLimits
	// Pipeline extracts the facts of ingested articles. Ingest is refused
	// unless AllowIngest is set and Pipeline is not nil.
	Pipeline    *ingest.Pipeline
	AllowIngest bool
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" to
	// ingest.
	Token string
}

func (o Options) limits() Limits {
	l, d := o.Limits, DefaultLimits
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&l.MaxDepth, d.MaxDepth)
	set(&l.MaxFirst, d.MaxFirst)
	set(&l.MaxParallelism, d.MaxParallelism)
	set(&l.MaxConcurrent, d.MaxConcurrent)
	set(&l.MaxItems, d.MaxItems)
	set(&l.MaxArticles, d.MaxArticles)
	set(&l.MaxExportNodes, d.MaxExportNodes)
	set(&l.MaxRenderNodes, d.MaxRenderNodes)
	if l.MaxBodyBytes <= 0 {
		l.MaxBodyBytes = d.MaxBodyBytes
	}
	if l.MaxIngestBytes <= 0 {
		l.MaxIngestBytes = d.MaxIngestBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	if l.IngestTimeout <= 0 {
		l.IngestTimeout = d.IngestTimeout
	}
	return l
}

// Schema is the parsed schema with its root resolver.
type Schema struct {
	gql  *graphql.Schema
	root *Resolver
}

// New parses the schema with a root resolver over store.
func New(store graph.Store, opt Options) (*Schema, error) {
	l := opt.limits()
	root := &Resolver{store: store, limits: l, ingester: newIngester(store, opt)}
	s, err := graphql.ParseSchema(SDL, root,
		graphql.MaxDepth(l.MaxDepth),
		graphql.MaxParallelism(l.MaxParallelism),
		graphql.MaxQueryLength(int(l.MaxBodyBytes)),
	)
	if err != nil {
		return nil, err
	}
	return &Schema{gql: s, root: root}, nil
}

// Exec runs one request within the query timeout, with a loader of its
// own. Outside HTTP there is no token: ingest works only when the options
// set none.
func (s *Schema) Exec(ctx context.Context, query, operationName string, variables map[string]any) *graphql.Response {
	ctx, cancel := context.WithTimeout(ctx, s.root.limits.Timeout)
	defer cancel()
	return s.exec(ctx, query, operationName, variables)
}

func (s *Schema) exec(ctx context.Context, query, operationName string, variables map[string]any) *graphql.Response {
	ctx = withLoader(ctx, s.root.store, s.root.limits.MaxItems)
	resp := s.gql.Exec(ctx, query, operationName, variables)
	resp.Errors = compactErrors(resp.Errors)
	return resp
}

// maxErrors bounds the errors of one response.
const maxErrors = 20

// compactErrors keeps the first error of each message: a limit hit by
// every item of a list is reported once, not once per item.
func compactErrors(errs []*gqlerrors.QueryError) []*gqlerrors.QueryError {
	if len(errs) < 2 {
		return errs
	}
	seen := map[string]bool{}
	var out []*gqlerrors.QueryError
	for _, e := range errs {
		if seen[e.Message] {
			continue
		}
		seen[e.Message] = true
		if len(out) == maxErrors {
			out = append(out, &gqlerrors.QueryError{Message: "more errors left out"})
			break
		}
		out = append(out, e)
	}
	return out
}

// Resolver is the root resolver: queries and the ingest mutation.
type Resolver struct {
	store    graph.Store
	limits   Limits
	ingester *ingester
}

// Errors that requests get.
var (
	ErrIngestOff    = errors.New("ingest is off: start the server with --allow-ingest")
	ErrUnauthorized = errors.New("ingest needs the server's token (Authorization: Bearer TOKEN)")
	ErrTooMany      = errors.New("query resolves too many objects; ask for fewer (first) or less nesting")
)

// Date is the GraphQL Date scalar: YYYY-MM-DD.
type Date string

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ImplementsGraphQLType implements decode.Unmarshaler.
func (Date) ImplementsGraphQLType(name string) bool { return name == "Date" }

// UnmarshalGraphQL reads a YYYY-MM-DD string.
func (d *Date) UnmarshalGraphQL(input any) error {
	s, ok := input.(string)
	if !ok {
		return fmt.Errorf("Date: want a YYYY-MM-DD string, got %T", input)
	}
	if _, err := time.Parse(ingest.DateLayout, s); err != nil || !dateRE.MatchString(s) {
		return fmt.Errorf("Date: %q is not YYYY-MM-DD", s)
	}
	*d = Date(s)
	return nil
}

// MarshalJSON writes the date as a string.
func (d Date) MarshalJSON() ([]byte, error) { return fmt.Appendf(nil, "%q", string(d)), nil }

// datePtr returns s as a nullable Date.
func datePtr(s string) *Date {
	if s == "" {
		return nil
	}
	d := Date(s)
	return &d
}

func str(d *Date) string {
	if d == nil {
		return ""
	}
	return string(*d)
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// enum turns a kind ("wrote_to") into its GraphQL enum value (WROTE_TO)
// and back.
func enum[K ~string](k K) string { return strings.ToUpper(string(k)) }

func kinds[K ~string](vals *[]string) []K {
	if vals == nil {
		return nil
	}
	out := make([]K, len(*vals))
	for i, v := range *vals {
		out[i] = K(strings.ToLower(v))
	}
	return out
}

// first checks a first or limit argument against the limits.
func (r *Resolver) first(arg int32, name string) (int, error) {
	n := int(arg)
	if n < 0 || n > r.limits.MaxFirst {
		return 0, fmt.Errorf("%s: %d is out of range (0 to %d)", name, n, r.limits.MaxFirst)
	}
	return n, nil
}
