package schema

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// metExtractor is a stand-in for the real extractors: "A B met C D" is a
// meeting of two people.
type metExtractor struct{}

func (metExtractor) Language() string { return "en" }

var metRE = regexp.MustCompile(`([A-Z]\w+ [A-Z]\w+) met ([A-Z]\w+ [A-Z]\w+)`)

func (metExtractor) Extract(doc *ingest.Document) *ingest.Facts {
	f := new(ingest.Facts)
	for _, sp := range doc.Sentences {
		m := metRE.FindStringSubmatchIndex(doc.Text[sp.Start:sp.End])
		if m == nil {
			continue
		}
		n := len(f.Entities)
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			s := ingest.Span{Start: sp.Start + g[0], End: sp.Start + g[1]}
			f.Entities = append(f.Entities, &ingest.Entity{Kind: graph.Person, Name: doc.Text[s.Start:s.End], Mentions: []ingest.Span{s}})
		}
		f.Contacts = append(f.Contacts, ingest.Contact{Kind: graph.Met, From: n, To: n + 1, Evidence: sp})
	}
	return f
}

const mutation = `mutation($articles: [ArticleInput!]!) {ingest(articles: $articles) {read added present failed errors articles {id title published}}}`

func articlesVar(texts ...string) map[string]any {
	var list []any
	for _, t := range texts {
		list = append(list, map[string]any{"text": t, "published": "2026-03-12"})
	}
	return map[string]any{"articles": list}
}

func TestIngestMutation(t *testing.T) {
	p := ingest.NewPipeline(metExtractor{})
	vars := articlesVar("Ministers meet\n\nAnna Berg met Paul Kern in Vienna.")

	off := server(t, fixtureStore(t), Options{Pipeline: p})
	if r := query(t, off, mutation, vars); !strings.Contains(r.errText(), "ingest is off") {
		t.Errorf("without AllowIngest: %s", r.errText())
	}

	srv := server(t, fixtureStore(t), Options{Pipeline: p, AllowIngest: true, Token: "s3cret"})
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", "s3cret"}} {
		if r := query(t, srv, mutation, vars, h...); !strings.Contains(r.errText(), "needs the server's token") {
			t.Errorf("with %v: %s", h, r.errText())
		}
	}
	r := query(t, srv, mutation, vars, "Authorization", "Bearer s3cret")
	if len(r.Errors) > 0 {
		t.Fatal(r.errText())
	}
	if got := string(r.Data); !strings.Contains(got, `"read":1,"added":1,"present":0,"failed":0`) || !strings.Contains(got, `"title":"Ministers meet","published":"2026-03-12"`) {
		t.Errorf("ingest: %s", got)
	}
	// The new facts are there; a second ingest changes nothing.
	v := mustQuery(t, srv, `{search(text: "anna berg") {contacts {nodes {type participants {name}}}}}`, nil)
	if got := pluck(v, "search.0.contacts.nodes.0.participants", "name"); got != "Anna Berg Paul Kern" {
		t.Errorf("after ingest: %s", toString(v))
	}
	r = query(t, srv, mutation, articlesVar("Ministers meet\n\nAnna Berg met Paul Kern in Vienna.", "\x00binary", "نص عربي"), "Authorization", "Bearer s3cret")
	got := string(r.Data)
	if !strings.Contains(got, `"read":1,"added":0,"present":1,"failed":2`) || !strings.Contains(got, "articles[1]: binary data") || !strings.Contains(got, `articles[2]: no extractor for language \"ar\"`) {
		t.Errorf("second ingest: %s %s", got, r.errText())
	}
	// GET never runs mutations.
	resp, err := http.Get(srv.URL + "/graphql?query=" + urlQuery(`mutation {ingest(articles: [{text: "Anna Berg met Paul Kern."}]) {read}}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var gr response
	json.NewDecoder(resp.Body).Decode(&gr)
	if !strings.Contains(gr.errText(), "mutations need POST") {
		t.Errorf("GET mutation: %s", gr.errText())
	}
}

func TestIngestEndpoint(t *testing.T) {
	p := ingest.NewPipeline(metExtractor{})
	text := []byte("Ministers meet\n\nAnna Berg met Paul Kern in Vienna.")

	off := server(t, fixtureStore(t), Options{Pipeline: p})
	if r := postRaw(t, off, "/ingest", "text/plain", text); r.status != http.StatusForbidden {
		t.Errorf("without AllowIngest: status %d", r.status)
	}
	srv := server(t, fixtureStore(t), Options{Pipeline: p, AllowIngest: true, Token: "s3cret", Limits: Limits{MaxIngestBytes: 4 << 10}})
	if r := postRaw(t, srv, "/ingest", "text/plain", text); r.status != http.StatusUnauthorized {
		t.Errorf("without token: status %d", r.status)
	}
	auth := []string{"Authorization", "Bearer s3cret"}
	if r := postRaw(t, srv, "/ingest", "text/plain", text, "Authorization", "Bearer s3cret", "Origin", "http://evil.example"); r.status != http.StatusForbidden {
		t.Errorf("cross-origin: status %d", r.status)
	}
	var res struct {
		ingestResult
		status int
	}
	post := func(ct string, body []byte, query string) {
		t.Helper()
		res.ingestResult = ingestResult{}
		r := postRawJSON(t, srv, "/ingest"+query, ct, body, &res.ingestResult, auth...)
		res.status = r
	}
	post("text/plain", text, "?published=2026-03-12")
	if res.status != 200 || res.Added != 1 || len(res.Articles) != 1 {
		t.Errorf("text: %d %+v", res.status, res.ingestResult)
	}
	jsonl := []byte(`{"title": "Second", "text": "Lena Holm met Omar Aziz today.", "published": "2026-03-14"}
{"text": ""}
{"title": "Third", "text": "Anna Berg met Lena Holm."}
`)
	post("application/x-ndjson", jsonl, "")
	if res.status != 200 || res.Added != 2 || res.Failed != 1 || !strings.Contains(strings.Join(res.Errors, "|"), "body: line 2") {
		t.Errorf("jsonl: %d %+v", res.status, res.ingestResult)
	}
	html := []byte(`<html><head><title>Fourth</title></head><body><article><h1>Fourth</h1><p>Omar Aziz met Paul Kern in Rabat on a long visit that was reported widely by the press of both countries.</p></article></body></html>`)
	post("text/html", html, "")
	if res.status != 200 || res.Added != 1 {
		t.Errorf("html: %d %+v", res.status, res.ingestResult)
	}
	post("text/plain", []byte(strings.Repeat("x", 5<<10)), "")
	if res.status != http.StatusRequestEntityTooLarge {
		t.Errorf("too large: %d %+v", res.status, res.ingestResult)
	}
	// The reader's error keeps its chain: a JSON Lines body cut by the
	// size limit is refused as too large, not counted as a bad line.
	post("application/x-ndjson", []byte(strings.Repeat(`{"text": "Anna Berg met Paul Kern."}`+"\n", 200)), "")
	if res.status != http.StatusRequestEntityTooLarge {
		t.Errorf("too large JSON Lines: %d %+v", res.status, res.ingestResult)
	}
	post("text/plain", []byte("\x00"), "")
	if res.status != http.StatusBadRequest || res.Failed != 1 {
		t.Errorf("binary: %d %+v", res.status, res.ingestResult)
	}
	v := mustQuery(t, srv, `{paths(from: "`+string(graph.NewID("per", "person", "anna berg"))+`", to: "`+string(graph.NewID("per", "person", "omar aziz"))+`") {hops}}`, nil)
	if got := pluck(v, "paths", "hops"); got != "2 2" {
		t.Errorf("paths after ingest: %s", toString(v))
	}
}
