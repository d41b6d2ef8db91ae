package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/internal/testenv"
)

// syncBuffer is a bytes.Buffer that a running command writes to while the
// test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var urlRE = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// start runs the command in the background until stop, which cancels it
// as SIGINT would and returns its exit code, stdout and stderr. It waits
// for the command to print the server's URL.
func start(t *testing.T, args ...string) (base string, stop func() (int, string, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() { done <- Run(ctx, args, strings.NewReader(""), &out, &errOut) }()
	stopped := false
	stop = func() (int, string, string) {
		if stopped {
			return 0, out.String(), errOut.String()
		}
		stopped = true
		cancel()
		select {
		case code := <-done:
			return code, out.String(), errOut.String()
		case <-time.After(30 * time.Second):
			t.Fatal("the server did not stop within 30s of its context's end")
		}
		return 0, "", ""
	}
	t.Cleanup(func() { stop() })
	deadline := time.After(2 * time.Minute)
	for {
		if u := urlRE.FindString(out.String()); u != "" {
			return u, stop
		}
		select {
		case code := <-done:
			stopped = true
			t.Fatalf("%v exited with %d before serving:\n%s%s", args, code, out.String(), errOut.String())
		case <-deadline:
			t.Fatalf("%v printed no URL:\n%s%s", args, out.String(), errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// gql POSTs a query to base/graphql and returns the data, failing the test
// on errors.
func gql(t *testing.T, base, query string, vars map[string]any) any {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(base+"graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		Data   any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) > 0 || resp.StatusCode != 200 {
		t.Fatalf("status %d, errors %v\nquery: %s", resp.StatusCode, r.Errors, query)
	}
	return r.Data
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// post sends body to base+path and returns the status and answer.
func post(t *testing.T, base, path, contentType string, body []byte, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", base+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServe(t *testing.T) {
	db := t.TempDir()
	if code, _, stderr := run(t, "", "ingest", "--db", db, "--published", "2026-03-12", "../../examples"); code != 0 {
		t.Fatalf("ingest exit %d:\n%s", code, stderr)
	}
	base, stop := start(t, "serve", "--db", db, "--addr", "127.0.0.1:0")

	if resp, err := http.Get(base + "healthz"); err != nil || resp.StatusCode != 200 {
		t.Fatalf("/healthz: %v %v", resp, err)
	}
	v := gql(t, base, `{stats {nodeKinds {kind count}}}`, nil)
	if !strings.Contains(asJSON(v), `{"count":5,"kind":"ARTICLE"}`) {
		t.Errorf("stats: %s", asJSON(v))
	}
	// The English call: Kamau's contacts name Solberg-Haugen.
	v = gql(t, base, `{search(text: "kamau") {name contacts {nodes {type date participants {name} evidence}}}}`, nil)
	if s := asJSON(v); !strings.Contains(s, `"type":"CALLED"`) || !strings.Contains(s, "Solberg-Haugen") {
		t.Errorf("Kamau's contacts: %s", s)
	}
	// The Arabic call, found with and without hamza and diacritics.
	for _, name := range []string{"بنعلي", "بَنْعَلِي"} {
		v = gql(t, base, `query($n: String!) {search(text: $n) {name statements {nodes {text}} contacts {nodes {type}}}}`, map[string]any{"n": name})
		if s := asJSON(v); !strings.Contains(s, "المغرب يرى في إندونيسيا") || !strings.Contains(s, "CALLED") {
			t.Errorf("search %s: %s", name, s)
		}
	}
	v = gql(t, base, `{statements(text: "food must keep moving") {nodes {speaker {name} direct}}}`, nil)
	if s := asJSON(v); !strings.Contains(s, "Solberg-Haugen") || !strings.Contains(s, `"direct":true`) {
		t.Errorf("statements: %s", s)
	}

	// The server holds the database: ingest says so.
	code, _, stderr := run(t, "", "ingest", "--db", db, "../../examples/01-en-call.txt")
	if code != exitLocked || !strings.Contains(stderr, "in use by another newsgraph process") {
		t.Errorf("ingest while serving: exit %d, %s", code, stderr)
	}
	// Ingest is off unless asked for.
	if status, body := post(t, base, "ingest", "text/plain", []byte("Title\n\nText."), ""); status != http.StatusForbidden {
		t.Errorf("POST /ingest without --allow-ingest: %d %s", status, body)
	}
	code, _, stderr = stop()
	if code != 0 || !strings.Contains(stderr, "shutting down") {
		t.Errorf("stop: exit %d, %s", code, stderr)
	}
	if _, err := http.Get(base + "healthz"); err == nil {
		t.Error("the server still answers after stop")
	}
}

func TestServeIngest(t *testing.T) {
	db := t.TempDir()
	base, _ := start(t, "serve", "--db", db, "--addr", "127.0.0.1:0", "--allow-ingest", "--token", "tok")
	article, err := os.ReadFile("../../examples/02-en-meeting.txt")
	if err != nil {
		t.Fatal(err)
	}
	if status, body := post(t, base, "ingest", "text/plain", article, ""); status != http.StatusUnauthorized {
		t.Errorf("without token: %d %s", status, body)
	}
	if status, body := post(t, base, "ingest", "text/plain", article, "wrong"); status != http.StatusUnauthorized {
		t.Errorf("wrong token: %d %s", status, body)
	}
	status, body := post(t, base, "ingest?published=2026-03-12", "text/plain", article, "tok")
	if status != 200 || !strings.Contains(body, `"added":1`) {
		t.Fatalf("POST /ingest: %d %s", status, body)
	}
	// The mutation, with the Arabic call as JSON.
	ar, _ := os.ReadFile("../../examples/04-ar-call.txt")
	q, _ := json.Marshal(map[string]any{
		"query":     `mutation($a: [ArticleInput!]!) {ingest(articles: $a) {added failed errors}}`,
		"variables": map[string]any{"a": []any{map[string]any{"text": string(ar), "published": "2026-03-12"}}},
	})
	if status, body := post(t, base, "graphql", "application/json", q, ""); !strings.Contains(body, "needs the server's token") {
		t.Errorf("mutation without token: %d %s", status, body)
	}
	if status, body := post(t, base, "graphql", "application/json", q, "tok"); !strings.Contains(body, `"added":1`) {
		t.Errorf("mutation: %d %s", status, body)
	}
	v := gql(t, base, `{articles {totalCount} contacts {totalCount}}`, nil)
	if s := asJSON(v); !strings.Contains(s, `"articles":{"totalCount":2}`) || strings.Contains(s, `"contacts":{"totalCount":0}`) {
		t.Errorf("after ingest: %s", s)
	}
}

func TestDemoServes(t *testing.T) {
	base, stop := start(t, "demo", "--db", t.TempDir(), "--addr", "127.0.0.1:0")
	for _, q := range demoQueries {
		if s := asJSON(gql(t, base, q, nil)); !strings.Contains(s, `"nodes":[{`) {
			t.Errorf("demo query %s: empty answer %s", q, s)
		}
	}
	_, stdout, _ := stop()
	for _, want := range []string{"People (", "Serving the demo graph at", "?run=1&query="} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestDemoPageInBrowser opens the first query demo prints in headless
// Chromium and looks for its answer in the page.
func TestDemoPageInBrowser(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		testenv.Missing(t, "no %s: install chromium to run the browser test", chromium)
	}
	base, _ := start(t, "demo", "--db", t.TempDir(), "--addr", "127.0.0.1:0")
	page := base + "?run=1&query=" + url.QueryEscape(demoQueries[0])
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", page)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{`"type": "CALLED"`, "Solberg-Haugen"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the page does not show %s:\n%s", want, out)
		}
	}
}

func TestServeUsage(t *testing.T) {
	db := t.TempDir()
	if code, _, stderr := run(t, "", "serve", "--db", db, "extra"); code != exitUsage || !strings.Contains(stderr, `unexpected argument "extra"`) {
		t.Errorf("extra argument: exit %d, %s", code, stderr)
	}
	if code, _, stderr := run(t, "", "serve", "--db", db, "--addr", "256.0.0.1:99999"); code != exitGeneric || !strings.Contains(stderr, "listen on 256.0.0.1:99999") {
		t.Errorf("bad address: exit %d, %s", code, stderr)
	}
}
