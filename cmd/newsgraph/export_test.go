package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
	"newsgraph/internal/testenv"
)

// examplesDB ingests the bundled examples into a new database.
func examplesDB(t *testing.T) string {
	t.Helper()
	db := t.TempDir()
	if code, _, stderr := run(t, "", "ingest", "--db", db, "--published", "2026-03-12", "../../examples"); code != 0 {
		t.Fatalf("ingest exit %d:\n%s", code, stderr)
	}
	return db
}

// TestExportJSONIsAll checks that JSON with no selection flags is exactly
// the whole graph as export.WriteJSON writes it.
func TestExportJSONIsAll(t *testing.T) {
	db := examplesDB(t)
	code, stdout, stderr := run(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	s, err := badgerdb.Open(db, badgerdb.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g, err := graph.All(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := export.WriteJSON(&want, g); err != nil {
		t.Fatal(err)
	}
	if stdout != want.String() {
		t.Errorf("export --format json differs from WriteJSON of the whole graph")
	}
}

func TestExportFormats(t *testing.T) {
	db := examplesDB(t)
	dir := t.TempDir()
	for _, format := range []string{"json", "dot", "graphml", "nquads"} {
		out := filepath.Join(dir, "graph."+format)
		if code, _, stderr := run(t, "", "export", "--db", db, "--format", format, "--out", out); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		switch format {
		case "json":
			var v map[string]any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Errorf("json: %v", err)
			}
		case "dot":
			if !bytes.HasPrefix(data, []byte("digraph newsgraph {")) || !bytes.Contains(data, []byte("كريم بنعلي")) {
				t.Errorf("dot: unexpected output:\n%.300s", data)
			}
			if bytes.Contains(data, []byte(`"art-`)) {
				t.Errorf("dot: articles drawn by default")
			}
		case "graphml":
			if err := xml.Unmarshal(data, new(struct{})); err != nil {
				t.Errorf("graphml: %v", err)
			}
		case "nquads":
			if !bytes.Contains(data, []byte(`"كريم بنعلي"@ar .`)) {
				t.Errorf("nquads: no Arabic name tagged @ar")
			}
		}
	}

	csvDir := filepath.Join(dir, "neo4j")
	if code, _, stderr := run(t, "", "export", "--db", db, "--format", "csv", "--out", csvDir); code != 0 {
		t.Fatalf("csv: exit %d: %s", code, stderr)
	}
	for name, header := range map[string]string{"nodes.csv": "id:ID,:LABEL,name", "relationships.csv": ":START_ID,:END_ID,:TYPE,id"} {
		data, err := os.ReadFile(filepath.Join(csvDir, name))
		if err != nil || !bytes.HasPrefix(data, []byte(header)) {
			t.Errorf("%s: %v, starts %.60q", name, err, data)
		}
	}

	dgDir := filepath.Join(dir, "dgraph")
	if code, _, stderr := run(t, "", "export", "--db", db, "--format", "dgraph", "--out", dgDir); code != 0 {
		t.Fatalf("dgraph: exit %d: %s", code, stderr)
	}
	f, err := os.Open(filepath.Join(dgDir, "data.rdf.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	rdf, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(rdf, []byte(`<dgraph.type> "Person" .`)) || !bytes.Contains(rdf, []byte(`"@ar .`)) {
		t.Errorf("data.rdf.gz lacks types or Arabic names:\n%.500s", rdf)
	}
	for _, name := range []string{"schema.dql", "schema.graphql"} {
		if _, err := os.Stat(filepath.Join(dgDir, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestExportSelections(t *testing.T) {
	db := examplesDB(t)
	nodes := func(args ...string) []string {
		t.Helper()
		code, stdout, stderr := run(t, "", append([]string{"export", "--db", db, "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var g struct {
			Nodes []struct{ Name string } `json:"nodes"`
		}
		if err := json.Unmarshal([]byte(stdout), &g); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, n := range g.Nodes {
			names = append(names, n.Name)
		}
		return names
	}
	got := strings.Join(nodes("--focus", "بنعلي", "--depth", "1", "--kinds", "called"), ", ")
	if got != "كريم بنعلي, سري ويداياتي" && got != "سري ويداياتي, كريم بنعلي" {
		t.Errorf("focus on Benali, called: %s", got)
	}
	if got := nodes("--kinds", "met", "--from", "2026-03-10", "--to", "2026-03-10"); len(got) != 2 {
		t.Errorf("met on 2026-03-10: %v", got)
	}
	if got := nodes("--kinds", "called,met,visited", "--min-weight", "2"); len(got) != 0 {
		t.Errorf("contacts repeated twice, before a second report: %v", got)
	}
	// A second article reports another meeting of two people of the
	// examples: that pair is now the only one met twice.
	second := "Ministers meet again\n\nChilean President Tomas Aravena met Japanese Prime Minister Kenji Morimoto in Tokyo on Wednesday."
	if code, _, stderr := run(t, second, "ingest", "--db", db, "--published", "2026-03-12", "-"); code != 0 {
		t.Fatalf("ingest of a second report: exit %d: %s", code, stderr)
	}
	got = strings.Join(nodes("--kinds", "called,met,visited", "--min-weight", "2"), ", ")
	if got != "Kenji Morimoto, Tomas Aravena" && got != "Tomas Aravena, Kenji Morimoto" {
		t.Errorf("contacts repeated twice: %s", got)
	}
	if got := nodes("--limit", "3", "--kinds", "called,met"); len(got) != 3 {
		t.Errorf("--limit 3: %v", got)
	}

	code, _, stderr := run(t, "", "export", "--db", db, "--focus", "S")
	if code != exitGeneric || !strings.Contains(stderr, "ambiguous") || !strings.Contains(stderr, "Samuel Otieno Kamau") {
		t.Errorf("ambiguous focus: exit %d, %s", code, stderr)
	}
	code, _, stderr = run(t, "", "export", "--db", db, "--focus", "Nobody Atall")
	if code != exitGeneric || !strings.Contains(stderr, "not found") {
		t.Errorf("unknown focus: exit %d, %s", code, stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--kinds", "phoned"}, `unknown edge kind "phoned"`},
		{[]string{"--from", "March"}, `--from "March" is not a date`},
		{[]string{"--format", "csv"}, "--out DIR"},
		{[]string{"--format", "dot", "--layout", "spring"}, `unknown --layout "spring"`},
		{[]string{"--format", "dot", "--cluster", "city"}, `unknown --cluster "city"`},
	} {
		code, _, stderr := run(t, "", append([]string{"export", "--db", db}, tc.args...)...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr, exitUsage, tc.want)
		}
	}
}

func TestExportPicture(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		testenv.Missing(t, "graphviz is not installed (apt-get install graphviz)")
	}
	db := examplesDB(t)
	code, stdout, stderr := run(t, "", "export", "--db", db, "--format", "svg", "--cluster", "country",
		"--kinds", "called,met,visited,wrote_to,contacted,holds_role")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "<svg") || !strings.Contains(stdout, "كريم بنعلي") || !strings.Contains(stdout, `font-family="DejaVu Sans`) {
		t.Errorf("SVG lacks the Arabic name or the font:\n%.500s", stdout)
	}
	out := filepath.Join(t.TempDir(), "g.png")
	if code, _, stderr := run(t, "", "export", "--db", db, "--format", "png", "--out", out); code != 0 {
		t.Fatalf("png: exit %d: %s", code, stderr)
	}
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Errorf("not a PNG: %v", err)
	}
}

func TestExportWithoutGraphviz(t *testing.T) {
	db := examplesDB(t)
	t.Setenv("PATH", t.TempDir())
	code, _, stderr := run(t, "", "export", "--db", db, "--format", "svg")
	if code != exitGeneric || !strings.Contains(stderr, "apt-get install graphviz") {
		t.Errorf("exit %d, %q; want a message naming the package", code, stderr)
	}
}
