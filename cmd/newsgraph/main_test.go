package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// run runs the command with args and returns its exit code, stdout and
// stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

var summaryRE = regexp.MustCompile(`ingested (\d+) articles: (\d+) new, (\d+) already present, (\d+) failed; graph has (\d+) nodes, (\d+) edges`)

func summaryOf(t *testing.T, stderr string) []string {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary line in stderr:\n%s", stderr)
	}
	return m[1:]
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	db := t.TempDir()
	code, _, stderr := run(t, "", "ingest", "--db", db, "--published", "2026-03-12", "../../examples")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	first := summaryOf(t, stderr)
	if first[0] != "5" || first[1] != "5" || first[3] != "0" {
		t.Fatalf("first ingest: %v", first)
	}
	code, _, stderr = run(t, "", "ingest", "../../examples", "--db", db, "--published", "2026-03-12")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	second := summaryOf(t, stderr)
	if second[1] != "0" || second[2] != "5" || second[4] != first[4] || second[5] != first[5] {
		t.Errorf("second ingest changed the graph: %v then %v", first, second)
	}
}

func TestExportJSONContract(t *testing.T) {
	db := t.TempDir()
	if code, _, stderr := run(t, "", "ingest", "--db", db, "../../examples"); code != 0 {
		t.Fatalf("ingest exit %d:\n%s", code, stderr)
	}
	code, stdout, stderr := run(t, "", "export", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("export exit %d:\n%s", code, stderr)
	}
	var g struct {
		Nodes []map[string]any `json:"nodes"`
		Edges []map[string]any `json:"edges"`
	}
	if err := json.Unmarshal([]byte(stdout), &g); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	ids := map[string]bool{}
	kinds := map[string]int{}
	for _, n := range g.Nodes {
		for _, key := range []string{"id", "kind", "name", "aliases", "props"} {
			if _, ok := n[key]; !ok {
				t.Errorf("node lacks %q: %v", key, n)
			}
		}
		ids[n["id"].(string)] = true
		kinds[n["kind"].(string)]++
	}
	for _, e := range g.Edges {
		if !ids[e["from"].(string)] || !ids[e["to"].(string)] {
			t.Errorf("edge with a dangling end: %v", e)
		}
		kinds[e["kind"].(string)]++
		props := e["props"].(map[string]any)
		if e["kind"] != "mentioned_in" && (props["article"] == nil || props["evidence"] == "") {
			t.Errorf("fact edge without provenance: %v", e)
		}
	}
	for _, k := range []string{"article", "person", "place", "mentioned_in", "said"} {
		if kinds[k] == 0 {
			t.Errorf("export has no %s (kinds: %v)", k, kinds)
		}
	}
	if kinds["article"] != 5 {
		t.Errorf("%d article nodes, want 5", kinds["article"])
	}
	out := filepath.Join(t.TempDir(), "g.json")
	if code, _, stderr := run(t, "", "export", "--db", db, "--out", out); code != 0 {
		t.Fatalf("export --out exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(out); !bytes.Equal(data, []byte(stdout)) {
		t.Error("--out wrote something other than standard output")
	}
}

func TestBadInputKeepsTheBatch(t *testing.T) {
	db := t.TempDir()
	code, _, stderr := run(t, "", "ingest", "--db", db, "../../ingest/testdata/batch", "../../examples/01-en-call.txt")
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	for _, want := range []string{"binary.txt", "empty.txt", "latin1.txt", "lines.jsonl: line 3", "lines.jsonl: line 4"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
	s := summaryOf(t, stderr)
	if s[0] != "5" || s[1] != "5" || s[3] != "5" {
		t.Errorf("summary %v, want 5 read, 5 new, 5 failed", s)
	}
	if !strings.Contains(stderr, "skipped 1 file of other types") {
		t.Errorf("skipped file not counted:\n%s", stderr)
	}
	code, stdout, _ := run(t, "", "stats", "--db", db)
	if code != 0 || !regexp.MustCompile(`article\s+5`).MatchString(stdout) {
		t.Errorf("stats after a partly bad batch (exit %d):\n%s", code, stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	db := t.TempDir()
	notes := filepath.Join(db, "notes.md")
	if err := os.WriteFile(notes, []byte("# notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "Usage"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"ingest", "--db", db}, exitUsage, "no PATH"},
		{[]string{"ingest", "--db", db, "--published", "yesterday", "x.txt"}, exitUsage, "not a date"},
		{[]string{"ingest", "--db", db, notes}, exitFailed, "notes.md: unknown file type"},
		{[]string{"export", "--db", db, "--format", "xml"}, exitUsage, `unknown --format "xml"`},
		{[]string{"stats", "--db", filepath.Join(db, "missing")}, exitGeneric, "no database at"},
	} {
		code, _, stderr := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

func TestLockedDatabase(t *testing.T) {
	db := t.TempDir()
	store, err := openStore(db, false)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	code, _, stderr := run(t, "", "ingest", "--db", db, "../../examples/01-en-call.txt")
	if code != exitLocked || !strings.Contains(stderr, "in use by another newsgraph process") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestIngestStdin(t *testing.T) {
	db := t.TempDir()
	code, _, stderr := run(t, "Ministers meet\n\nForeign Minister Anna Berg met Foreign Minister Paul Kern in Vienna.", "ingest", "--db", db, "-")
	if code != 0 || summaryOf(t, stderr)[1] != "1" {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
}

func TestDemo(t *testing.T) {
	db := t.TempDir()
	code, stdout, stderr := run(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{"People (", "Contacts (", "Statements ("} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
}

// TestPublishedDates checks where an article's publication date comes from:
// --published first, else the text's own timestamp, and that articles left
// without one are counted in the summary.
func TestPublishedDates(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Ministers speak by phone\n17-10-2025 | 00:06\nNorwegian Foreign Minister Ingrid Solberg-Haugen spoke by phone with Kenyan Foreign Minister Samuel Otieno Kamau yesterday.\n")
	write("b.txt", "Ministers meet\nNorwegian Foreign Minister Ingrid Solberg-Haugen met Kenyan Foreign Minister Samuel Otieno Kamau yesterday.\n")
	published := func(args ...string) (map[string]string, string) {
		db := t.TempDir()
		code, _, stderr := run(t, "", append([]string{"ingest", "--db", db}, append(args, dir)...)...)
		if code != 0 {
			t.Fatalf("ingest exit %d:\n%s", code, stderr)
		}
		_, stdout, _ := run(t, "", "export", "--db", db, "--format", "json")
		var g struct {
			Nodes []struct {
				Kind  string         `json:"kind"`
				Name  string         `json:"name"`
				Props map[string]any `json:"props"`
			} `json:"nodes"`
		}
		if err := json.Unmarshal([]byte(stdout), &g); err != nil {
			t.Fatal(err)
		}
		dates := map[string]string{}
		for _, n := range g.Nodes {
			if n.Kind == "article" {
				d, _ := n.Props["published"].(string)
				dates[n.Name] = d
			}
		}
		return dates, stderr
	}
	dates, stderr := published()
	if dates["Ministers speak by phone"] != "2025-10-17" || dates["Ministers meet"] != "" {
		t.Errorf("dates read from the texts: %v", dates)
	}
	if !strings.Contains(stderr, "1 article had no publication date") {
		t.Errorf("summary does not count the undated article:\n%s", stderr)
	}
	dates, stderr = published("--published", "2026-01-05")
	if dates["Ministers speak by phone"] != "2026-01-05" || dates["Ministers meet"] != "2026-01-05" {
		t.Errorf("--published does not override: %v", dates)
	}
	if strings.Contains(stderr, "no publication date") {
		t.Errorf("summary counts undated articles although --published was given:\n%s", stderr)
	}
}
