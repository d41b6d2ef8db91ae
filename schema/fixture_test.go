package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

// The fixture: three articles, seven entities, five contacts, three
// statements and a role, written by hand like the extractors would.
//
//	art-en1 2026-03-10 en: solberg called kamau (03-10); solberg will
//	        visit nairobi (03-13, planned); solberg and kamau speak;
//	        solberg is foreign minister of norway
//	art-ar1 2026-03-11 ar: benali called widayati (03-11); benali speaks
//	art-en2 2026-03-12 en: solberg met benali (03-12); kamau denies
//	        meeting widayati (undated)
const (
	solberg  = "per-solberg"
	kamau    = "per-kamau"
	benali   = "per-benali"
	widayati = "per-widayati"
	norway   = "plc-norway"
	nairobi  = "plc-nairobi"
	indon    = "plc-indonesia"
	artEn1   = "art-en1"
	artAr1   = "art-ar1"
	artEn2   = "art-en2"
)

func fixtureBatches() []*graph.Batch {
	ent := func(id, kind, name string, aliases []string, nameEn string) *graph.Node {
		n := &graph.Node{ID: graph.ID(id), Kind: graph.NodeKind(kind), Name: name, Aliases: aliases, Props: map[string]any{}}
		if nameEn != "" {
			n.Props[graph.PropNameEn] = nameEn
		}
		return n
	}
	art := func(id, title, lang, published string) *graph.Node {
		return &graph.Node{ID: graph.ID(id), Kind: graph.Article, Name: title,
			Props: map[string]any{"language": lang, "published": published, "source": "examples/" + id + ".txt"}}
	}
	men := func(ent, art string, count int) *graph.Edge {
		return &graph.Edge{ID: graph.ID("men-" + ent + "-" + art), Kind: graph.MentionedIn, From: graph.ID(ent), To: graph.ID(art), Props: map[string]any{"count": count}}
	}
	con := func(id, kind, from, to, art, date, status, evidence string) *graph.Edge {
		p := map[string]any{graph.PropArticle: art, graph.PropEvidence: evidence, graph.PropStatus: status}
		if date != "" {
			p[graph.PropDate] = date
			p[graph.PropDateText] = "on Tuesday"
		}
		return &graph.Edge{ID: graph.ID(id), Kind: graph.EdgeKind(kind), From: graph.ID(from), To: graph.ID(to), Props: p}
	}
	stm := func(id, speaker, art, text string, direct bool, date, evidence string) (*graph.Node, *graph.Edge) {
		n := &graph.Node{ID: graph.ID(id), Kind: graph.Statement, Name: text,
			Props: map[string]any{graph.PropText: text, graph.PropDirect: direct, graph.PropArticle: art}}
		p := map[string]any{graph.PropArticle: art, graph.PropEvidence: evidence, "verb": "said"}
		if date != "" {
			p[graph.PropDate] = date
		}
		return n, &graph.Edge{ID: graph.ID("sai-" + id), Kind: graph.Said, From: graph.ID(speaker), To: graph.ID(id), Props: p}
	}
	s1, s1e := stm("stm-food", solberg, artEn1, "We agreed that food must keep moving, whatever the politics", true, "2026-03-10",
		`"We agreed that food must keep moving, whatever the politics," Solberg-Haugen told reporters after the call.`)
	s2, s2e := stm("stm-host", kamau, artEn1, "Kenya was ready to host a technical meeting of port officials next month", false, "2026-03-10",
		"Kamau said Kenya was ready to host a technical meeting of port officials next month.")
	s3, s3e := stm("stm-partner", benali, artAr1, "المغرب يرى في إندونيسيا شريكاً أساسياً في آسيا", true, "2026-03-11",
		`وقال بنعلي إن "المغرب يرى في إندونيسيا شريكاً أساسياً في آسيا".`)
	return []*graph.Batch{
		{
			Article: artEn1,
			Nodes: []*graph.Node{
				art(artEn1, "Norwegian and Kenyan foreign ministers discuss grain corridor by phone", "en", "2026-03-10"),
				ent(solberg, "person", "Ingrid Solberg-Haugen", []string{"Solberg-Haugen"}, ""),
				ent(kamau, "person", "Samuel Otieno Kamau", []string{"Kamau"}, ""),
				ent(norway, "place", "Norway", []string{"Norwegian"}, "Norway"),
				ent(nairobi, "place", "Nairobi", nil, "Nairobi"),
				s1, s2,
			},
			Edges: []*graph.Edge{
				men(solberg, artEn1, 3), men(kamau, artEn1, 2), men(norway, artEn1, 2), men(nairobi, artEn1, 1),
				con("con-call1", "called", solberg, kamau, artEn1, "2026-03-10", "happened",
					"Norwegian Foreign Minister Ingrid Solberg-Haugen held a phone call with her Kenyan counterpart, Samuel Otieno Kamau, on Tuesday."),
				con("con-visit", "visited", solberg, nairobi, artEn1, "2026-03-13", "planned",
					"Solberg-Haugen is expected to visit Nairobi on Friday, according to the ministry."),
				s1e, s2e,
				{ID: "rol-1", Kind: graph.HoldsRole, From: solberg, To: norway, Props: map[string]any{
					graph.PropRole: "foreign minister", graph.PropArticle: artEn1,
					graph.PropEvidence: "Norwegian Foreign Minister Ingrid Solberg-Haugen held a phone call"}},
			},
		},
		{
			Article: artAr1,
			Nodes: []*graph.Node{
				art(artAr1, "وزير الخارجية المغربي يبحث هاتفياً مع نظيره الإندونيسي", "ar", "2026-03-11"),
				ent(benali, "person", "كريم بنعلي", []string{"بنعلي"}, "Karim Benali"),
				ent(widayati, "person", "سري ويداياتي", []string{"ويداياتي"}, ""),
				ent(indon, "place", "إندونيسيا", nil, "Indonesia"),
				s3,
			},
			Edges: []*graph.Edge{
				men(benali, artAr1, 3), men(widayati, artAr1, 2), men(indon, artAr1, 1),
				con("con-call2", "called", benali, widayati, artAr1, "2026-03-11", "happened",
					"أجرى وزير الخارجية المغربي كريم بنعلي اتصالاً هاتفياً مع وزيرة الخارجية الإندونيسية سري ويداياتي، اليوم الأربعاء."),
				s3e,
			},
		},
		{
			Article: artEn2,
			Nodes: []*graph.Node{
				art(artEn2, "Ministers meet in Oslo", "en", "2026-03-12"),
				ent(solberg, "person", "Ingrid Solberg-Haugen", nil, ""),
				ent(benali, "person", "Karim Benali", []string{"Benali"}, "Karim Benali"),
				ent(kamau, "person", "Samuel Otieno Kamau", nil, ""),
				ent(widayati, "person", "Sri Widayati", nil, ""),
			},
			Edges: []*graph.Edge{
				men(solberg, artEn2, 1), men(benali, artEn2, 2), men(kamau, artEn2, 1), men(widayati, artEn2, 1),
				con("con-meet", "met", solberg, benali, artEn2, "2026-03-12", "happened",
					"Solberg-Haugen met Moroccan Foreign Minister Karim Benali in Oslo on Thursday."),
				con("con-denied", "met", kamau, widayati, artEn2, "", "denied",
					"Kamau denied reports that he had met Widayati."),
			},
		},
	}
}

// fixtureStore returns an in-memory store holding the fixture.
func fixtureStore(t testing.TB) graph.Store {
	t.Helper()
	s, err := badgerdb.Open("", badgerdb.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, b := range fixtureBatches() {
		if _, err := s.Apply(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// server starts the API over store on a real loopback listener.
func server(t testing.TB, store graph.Store, opt Options) *httptest.Server {
	t.Helper()
	h, err := NewHandler(store, opt)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// response is a decoded GraphQL response.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
	status int
}

func (r response) errText() string {
	var msgs []string
	for _, e := range r.Errors {
		msgs = append(msgs, e.Message)
	}
	return strings.Join(msgs, "; ")
}

// query POSTs a GraphQL request with the given headers (key, value pairs).
func query(t testing.TB, srv *httptest.Server, q string, vars map[string]any, header ...string) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	return postRaw(t, srv, "/graphql", "application/json", body, header...)
}

func postRaw(t testing.TB, srv *httptest.Server, path, contentType string, body []byte, header ...string) response {
	t.Helper()
	req, err := http.NewRequest("POST", srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r response
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: status %d, not JSON: %s", path, resp.StatusCode, data)
	}
	r.status = resp.StatusCode
	return r
}

// mustQuery runs q and fails the test on any error; it returns the data
// decoded into a generic value.
func mustQuery(t testing.TB, srv *httptest.Server, q string, vars map[string]any) any {
	t.Helper()
	r := query(t, srv, q, vars)
	if len(r.Errors) > 0 || r.status != 200 {
		t.Fatalf("status %d, errors: %s\nquery: %s", r.status, r.errText(), q)
	}
	var v any
	if err := json.Unmarshal(r.Data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// get walks a decoded JSON value along a path of keys and indexes
// ("contacts.nodes.0.id").
func get(v any, path string) any {
	for _, p := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			i := 0
			for _, c := range p {
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// pluck returns field of every element of the list at path, joined by
// spaces: a printed canonical form to compare against.
func pluck(v any, path, field string) string {
	list, _ := get(v, path).([]any)
	var out []string
	for _, x := range list {
		out = append(out, toString(get(x, field)))
	}
	return strings.Join(out, " ")
}

func toString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return x
	default:
		b, _ := json.Marshal(x)
		return string(b)
	}
}

// slowStore delays every read, as a huge or overloaded store would, and
// honours cancellation like badger's scans do.
type slowStore struct {
	graph.Store
	delay time.Duration
}

func (s slowStore) wait(ctx context.Context) error {
	select {
	case <-time.After(s.delay):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s slowStore) ForEachEdge(ctx context.Context, fn func(*graph.Edge) error) error {
	return s.Store.ForEachEdge(ctx, func(e *graph.Edge) error {
		if err := s.wait(ctx); err != nil {
			return err
		}
		return fn(e)
	})
}

// postRawJSON POSTs body and decodes the JSON answer into v.
func postRawJSON(t testing.TB, srv *httptest.Server, path, contentType string, body []byte, v any, header ...string) int {
	t.Helper()
	req, err := http.NewRequest("POST", srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: status %d, not JSON: %s", path, resp.StatusCode, data)
	}
	return resp.StatusCode
}

// countingStore counts the reads of each node and of each node's edges.
type countingStore struct {
	graph.Store
	mu    sync.Mutex
	nodes map[graph.ID]int
	edges map[graph.ID]int
}

func (c *countingStore) Node(ctx context.Context, id graph.ID) (*graph.Node, error) {
	c.mu.Lock()
	c.nodes[id]++
	c.mu.Unlock()
	return c.Store.Node(ctx, id)
}

func (c *countingStore) Edges(ctx context.Context, id graph.ID, dir graph.Direction, kind graph.EdgeKind) ([]*graph.Edge, error) {
	c.mu.Lock()
	c.edges[id]++
	c.mu.Unlock()
	return c.Store.Edges(ctx, id, dir, kind)
}
