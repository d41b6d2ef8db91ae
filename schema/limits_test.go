package schema

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
)

// The introspection query of GraphiQL (graphql-js getIntrospectionQuery
// with input value deprecation) is within the depth limit.
func TestIntrospection(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	q, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	v := mustQuery(t, srv, string(q), nil)
	if got := toString(get(v, "__schema.queryType.name")); got != "Query" {
		t.Errorf("queryType %q", got)
	}
	names := pluck(v, "__schema.types", "name")
	for _, want := range []string{"Entity", "Contact", "Statement", "Date", "ContactConnection", "ArticleInput"} {
		if !strings.Contains(" "+names+" ", " "+want+" ") {
			t.Errorf("introspection lacks type %s", want)
		}
	}
}

func TestLimits(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{Limits: Limits{MaxBodyBytes: 4 << 10, MaxItems: 50}})
	// 5 levels of contacts {nodes {participants: 3 fields each, 16 in all.
	deep := `{entity(id: "per-solberg") {` + strings.Repeat(`contacts {nodes {participants {`, 5) + "id" + strings.Repeat("}}}", 5) + "}}"
	for _, tt := range []struct {
		name   string
		query  string
		status int
		want   string
	}{
		{"too deep", deep, 200, "exceeds max depth 15"},
		{"first too large", `{contacts(first: 501) {nodes {id}}}`, 200, "first: 501 is out of range (0 to 500)"},
		{"first negative", `{search(text: "a", first: -1) {id}}`, 200, "first: -1 is out of range"},
		{"limit too large", `{neighbourhood(id: "per-solberg", limit: 100000) {nodes {id}}}`, 200, "limit: 100000 is out of range"},
		{"depth too large", `{neighbourhood(id: "per-solberg", depth: 4) {nodes {id}}}`, 200, "depth: 4 is out of range (0 to 3)"},
		{"hops too many", `{paths(from: "per-solberg", to: "per-kamau", maxHops: 50) {hops}}`, 200, "maxHops: 50 is out of range"},
		{"bad cursor", `{contacts(after: "bm9wZQ") {nodes {id}}}`, 200, "after: not a cursor"},
		{"bad date", `{contacts(from: "March 3") {nodes {id}}}`, 200, `"March 3" is not YYYY-MM-DD`},
		{"too many items", `{contacts(first: 500) {nodes {participants {contacts(first: 500) {nodes {participants {contacts(first: 500) {nodes {id}}}}}}}}}`, 200, "too many objects"},
		{"too large", `{search(text: "` + strings.Repeat("x", 5<<10) + `") {id}}`, 413, "request body larger than 4096 bytes"},
		{"not found", `{neighbourhood(id: "nope") {nodes {id}}}`, 200, "not found"},
		{"syntax", `{contacts {`, 200, "syntax error"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := query(t, srv, tt.query, nil)
			if r.status != tt.status || !strings.Contains(r.errText(), tt.want) {
				t.Errorf("status %d, errors %q; want %d and %q", r.status, r.errText(), tt.status, tt.want)
			}
		})
	}
}

// Queries are cut off at the timeout however the store is doing.
func TestTimeout(t *testing.T) {
	srv := server(t, slowStore{fixtureStore(t), 50 * time.Millisecond}, Options{Limits: Limits{Timeout: 100 * time.Millisecond}})
	start := time.Now()
	r := query(t, srv, `{contacts(first: 500) {nodes {id}}}`, nil)
	if !strings.Contains(r.errText(), "deadline exceeded") || time.Since(start) > 2*time.Second {
		t.Errorf("after %s: %s", time.Since(start), r.errText())
	}
}

func TestHTTP(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	get := func(path string) (int, string, http.Header) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String(), resp.Header
	}
	if code, body, _ := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	code, body, h := get("/")
	if code != 200 || !strings.Contains(body, "<textarea") || !strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
		t.Errorf("/: %d %s", code, h)
	}
	for _, cdn := range []string{"http://", "https://", "//cdn", "unpkg", "jsdelivr"} {
		if strings.Contains(body, cdn) {
			t.Errorf("the query page refers to %q: it must work offline", cdn)
		}
	}
	code, body, _ = get("/graphql?query=" + urlQuery(`query($id: ID!) {entity(id: $id) {name}}`) + "&variables=" + urlQuery(`{"id":"per-kamau"}`))
	if code != 200 || !strings.Contains(body, `"name":"Samuel Otieno Kamau"`) {
		t.Errorf("GET /graphql: %d %s", code, body)
	}
	if code, body, _ = get("/graphql"); code != 400 || !strings.Contains(body, "no query") {
		t.Errorf("GET /graphql without query: %d %s", code, body)
	}
	r := postRaw(t, srv, "/graphql", "application/json", []byte(`{"query": `))
	if r.status != 400 || !strings.Contains(r.errText(), "not a GraphQL request") {
		t.Errorf("bad JSON: %d %s", r.status, r.errText())
	}
	r = postRaw(t, srv, "/graphql", "application/graphql", []byte(`{stats {nodes}}`))
	if r.status != 200 || string(r.Data) != `{"stats":{"nodes":13}}` {
		t.Errorf("application/graphql: %d %s %s", r.status, r.Data, r.errText())
	}
	r = postRaw(t, srv, "/graphql", "text/plain", []byte(`{"query": "{stats {nodes}}"}`))
	if r.status != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: %d %s", r.status, r.errText())
	}
	r = query(t, srv, `{stats {nodes}}`, nil, "Origin", "https://evil.example")
	if r.status != http.StatusForbidden || !strings.Contains(r.errText(), "cross-origin") {
		t.Errorf("cross-origin: %d %s", r.status, r.errText())
	}
	r = query(t, srv, `{stats {nodes}}`, nil, "Origin", srv.URL)
	if r.status != 200 {
		t.Errorf("same origin: %d %s", r.status, r.errText())
	}
	r = query(t, srv, `query A {stats {nodes}} query B {stats {edges}}`, nil)
	if len(r.Errors) == 0 {
		t.Error("two operations without operationName: no error")
	}
	body2 := []byte(`{"query": "query A {stats {nodes}} query B {stats {edges}}", "operationName": "B"}`)
	if r = postRaw(t, srv, "/graphql", "application/json", body2); string(r.Data) != `{"stats":{"edges":20}}` {
		t.Errorf("operationName B: %s %s", r.Data, r.errText())
	}
}

// TestPagination walks all contacts two at a time.
func TestPagination(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	var ids []string
	after := any(nil)
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("pagination does not end")
		}
		v := mustQuery(t, srv, `query($after: String) {contacts(first: 2, after: $after) {totalCount pageInfo {hasNextPage endCursor} edges {cursor node {id}}}}`,
			map[string]any{"after": after})
		if n := toString(get(v, "contacts.totalCount")); n != "5" {
			t.Errorf("totalCount %s", n)
		}
		if got := pluck(v, "contacts.edges", "node.id"); got != "" {
			ids = append(ids, got)
		}
		if get(v, "contacts.pageInfo.hasNextPage") != true {
			break
		}
		after = get(v, "contacts.pageInfo.endCursor")
	}
	if got := strings.Join(ids, " | "); got != "con-visit con-meet | con-call2 con-call1 | con-denied" {
		t.Errorf("pages: %s", got)
	}
}

func urlQuery(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// blockingStore holds every edge scan until release is closed, whatever
// the context says, and says on entered when one starts.
type blockingStore struct {
	graph.Store
	entered chan struct{}
	release chan struct{}
}

func (s blockingStore) ForEachEdge(ctx context.Context, fn func(*graph.Edge) error) error {
	s.entered <- struct{}{}
	<-s.release // deaf to ctx, like a store stuck in I/O
	return s.Store.ForEachEdge(ctx, fn)
}

// With every query slot taken, a request waits at most its timeout and
// then gets "server busy".
func TestBusy(t *testing.T) {
	bs := blockingStore{fixtureStore(t), make(chan struct{}, 1), make(chan struct{})}
	srv := server(t, bs, Options{Limits: Limits{MaxConcurrent: 1, Timeout: 300 * time.Millisecond}})
	first := make(chan response, 1)
	go func() { first <- query(t, srv, `{contacts {totalCount}}`, nil) }()
	<-bs.entered
	r := query(t, srv, `{stats {nodes}}`, nil)
	if r.status != http.StatusServiceUnavailable || !strings.Contains(r.errText(), "server busy") {
		t.Errorf("second query: %d %s", r.status, r.errText())
	}
	close(bs.release)
	<-first // cut off by its timeout, or answered

	if r := query(t, srv, `{stats {nodes}}`, nil); r.status != 200 || len(r.Errors) > 0 {
		t.Errorf("after: %d %s", r.status, r.errText())
	}
}
