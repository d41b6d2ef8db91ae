package schema

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"newsgraph/internal/testenv"
)

// fetch GETs path and returns the status, the content type and the body.
func fetch(t *testing.T, srv *httptest.Server, path string) (int, string, string) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(body)
}

// exportIDs prints the node IDs of a JSON export, as it sorts them.
func exportIDs(t *testing.T, body string) string {
	t.Helper()
	var g struct {
		Nodes []struct{ ID string } `json:"nodes"`
	}
	if err := json.Unmarshal([]byte(body), &g); err != nil {
		t.Fatalf("not a JSON export: %v\n%.300s", err, body)
	}
	var ids []string
	for _, n := range g.Nodes {
		ids = append(ids, n.ID)
	}
	return strings.Join(ids, " ")
}

func TestExportHTTP(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	for _, tc := range []struct {
		name, path string
		ctype      string
		want       string // the node IDs of a JSON answer, or text a DOT answer contains
		not        string // text a DOT answer lacks
	}{
		{"json whole graph", "/export", "application/json",
			"art-ar1 art-en1 art-en2 per-benali per-kamau per-solberg per-widayati plc-indonesia plc-nairobi plc-norway stm-food stm-host stm-partner", ""},
		{"json focus by ID", "/export?format=json&focus=per-benali&depth=1&kinds=called", "application/json",
			"per-benali per-widayati", ""},
		{"json focus by Arabic alias", "/export?format=json&focus=" + url.QueryEscape("بنعلي") + "&depth=1&kinds=called", "application/json",
			"per-benali per-widayati", ""},
		{"json dates and kinds", "/export?kinds=called,met&from=2026-03-12&to=2026-03-12", "application/json",
			"per-benali per-solberg", ""},
		{"json min_weight", "/export?kinds=called,met,visited&min_weight=2", "application/json", "", ""},
		{"json limit", "/export?kinds=called,met&limit=1", "application/json", "per-benali", ""},
		{"dot focus by name", "/export?format=dot&focus=Kamau&depth=1&kinds=called", "text/vnd.graphviz; charset=utf-8",
			"Samuel Otieno Kamau", "كريم بنعلي"},
		{"dot whole graph", "/export?format=dot", "text/vnd.graphviz; charset=utf-8", "كريم بنعلي", `id="con-call1"`},
		{"dot layout", "/export?format=dot&layout=neato", "text/vnd.graphviz; charset=utf-8", `layout="neato"`, ""},
		{"dot unfold", "/export?format=dot&fold=false", "text/vnd.graphviz; charset=utf-8", `id="con-call1"`, ""},
		{"dot cluster", "/export?format=dot&cluster=country", "text/vnd.graphviz; charset=utf-8", `subgraph cluster_`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, ctype, body := fetch(t, srv, tc.path)
			if status != 200 || ctype != tc.ctype {
				t.Fatalf("status %d, %s; want 200, %s\n%.300s", status, ctype, tc.ctype, body)
			}
			if ctype == "application/json" {
				if got := exportIDs(t, body); got != tc.want {
					t.Errorf("nodes %q\nwant  %q", got, tc.want)
				}
				return
			}
			if !strings.HasPrefix(body, "digraph newsgraph {") || !strings.Contains(body, tc.want) ||
				(tc.not != "" && strings.Contains(body, tc.not)) {
				t.Errorf("want %q and not %q in:\n%s", tc.want, tc.not, body)
			}
		})
	}
}

func TestExportHTTPErrors(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{Limits: Limits{MaxExportNodes: 5}})
	for _, tc := range []struct {
		name, path string
		status     int
		want       []string
	}{
		{"ambiguous focus", "/export?focus=S", 400,
			[]string{"ambiguous", "per-kamau", "Samuel Otieno Kamau", "per-solberg", "per-widayati"}},
		{"unknown focus", "/export?focus=Nobody+Atall", 404, []string{`focus "Nobody Atall"`, "not found", "search"}},
		{"bad kinds", "/export?kinds=called,phoned", 400, []string{`kinds: unknown edge kind "phoned"`, "wrote_to"}},
		{"bad date", "/export?from=March", 400, []string{`from "March" is not a date`}},
		{"bad depth", "/export?depth=two", 400, []string{`depth "two" is not a whole number`}},
		{"deep", "/export?focus=per-kamau&depth=4", 400, []string{"depth: 4 is out of range (0 to 3)"}},
		{"limit too large", "/export?limit=501", 400, []string{"limit: 501 is out of range (0 to 500)"}},
		{"negative", "/export?min_weight=-1", 400, []string{"depth, min_weight and limit cannot be negative"}},
		{"bad fold", "/export?fold=maybe", 400, []string{`fold "maybe" is not true or false`}},
		{"bad format", "/export?format=xml", 400, []string{`unknown format "xml"`}},
		{"bad layout", "/export?format=dot&layout=spring", 400, []string{`unknown layout "spring"`}},
		{"bad cluster", "/export?format=dot&cluster=city", 400, []string{`unknown cluster "city"`}},
		{"unknown parameter", "/export?min-weight=2", 400, []string{`unknown parameter "min-weight"`, "min_weight"}},
		{"too large", "/export?format=json", 413, []string{"selection too large: 13 nodes, more than 5", "focus"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, ctype, body := fetch(t, srv, tc.path)
			var e struct{ Error string }
			if err := json.Unmarshal([]byte(body), &e); err != nil || ctype != "application/json" {
				t.Fatalf("status %d, %s, not a JSON error: %s", status, ctype, body)
			}
			if status != tc.status {
				t.Errorf("status %d, want %d: %s", status, tc.status, e.Error)
			}
			for _, w := range tc.want {
				if !strings.Contains(e.Error, w) {
					t.Errorf("error %q lacks %q", e.Error, w)
				}
			}
		})
	}
	// Within the limit, the same server answers.
	if status, _, body := fetch(t, srv, "/export?focus=per-kamau&depth=1&kinds=called"); status != 200 {
		t.Errorf("small selection: %d %s", status, body)
	}
}

func TestExportSVG(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		testenv.Missing(t, "graphviz is not installed (apt-get install graphviz): no svg to check")
	}
	srv := server(t, fixtureStore(t), Options{Limits: Limits{MaxRenderNodes: 5}})
	status, ctype, body := fetch(t, srv, "/export?format=svg&focus=per-benali&depth=1&cluster=country")
	if status != 200 || ctype != "image/svg+xml" {
		t.Fatalf("status %d, %s: %.300s", status, ctype, body)
	}
	if !strings.Contains(body, "<svg") || !strings.Contains(body, "كريم بنعلي") {
		t.Errorf("SVG lacks the Arabic name:\n%.500s", body)
	}
	status, _, body = fetch(t, srv, "/export?format=svg")
	if status != 413 || !strings.Contains(body, "more than 5") {
		t.Errorf("whole graph over MaxRenderNodes: %d %s", status, body)
	}
}

func TestExportSVGWithoutGraphviz(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	t.Setenv("PATH", t.TempDir())
	status, _, body := fetch(t, srv, "/export?format=svg")
	if status != http.StatusNotImplemented || !strings.Contains(body, "apt-get install graphviz") {
		t.Errorf("status %d, %s; want 501 and a message naming the package", status, body)
	}
	if status, _, _ := fetch(t, srv, "/export?format=dot"); status != 200 {
		t.Errorf("dot without graphviz: status %d", status)
	}
}

// An export is cut off at the query timeout like a query.
func TestExportTimeout(t *testing.T) {
	srv := server(t, slowStore{fixtureStore(t), 50 * time.Millisecond}, Options{Limits: Limits{Timeout: 100 * time.Millisecond}})
	start := time.Now()
	status, _, body := fetch(t, srv, "/export?format=dot")
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "took longer than 100ms") || time.Since(start) > 2*time.Second {
		t.Errorf("after %s: %d %s", time.Since(start), status, body)
	}
}

func TestGraphviz(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	dot := func(q string) string {
		t.Helper()
		s, _ := get(mustQuery(t, srv, q, nil), "graphviz").(string)
		if !strings.HasPrefix(s, "digraph newsgraph {") {
			t.Fatalf("%s: not DOT: %.200s", q, s)
		}
		return s
	}
	for _, tc := range []struct {
		query     string
		want, not []string
	}{
		{`{graphviz}`, []string{"Ingrid Solberg-Haugen", "Samuel Otieno Kamau", "كريم بنعلي", "سري ويداياتي", "Nairobi", "We agreed that food must keep"},
			[]string{`"art-en1"`}},
		{`{graphviz(focus: "Kamau", depth: 1, kinds: [CALLED])}`, []string{"Samuel Otieno Kamau", "Ingrid Solberg-Haugen"},
			[]string{"كريم بنعلي", "Nairobi"}},
		{`{graphviz(focus: "per-benali", depth: 1, kinds: [CALLED, MENTIONED_IN])}`, []string{"كريم بنعلي", "سري ويداياتي", "وزير الخارجية المغربي"},
			[]string{"Ingrid Solberg-Haugen"}},
		{`{graphviz(kinds: [CALLED, MET], from: "2026-03-12", to: "2026-03-12", cluster: "country", fold: false, limit: 5, minWeight: 1)}`,
			[]string{"Ingrid Solberg-Haugen", "Karim Benali"}, []string{"Samuel Otieno Kamau"}},
	} {
		got := dot(tc.query)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q:\n%s", tc.query, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s has %q:\n%s", tc.query, w, got)
			}
		}
	}

	// The field draws what GET /export draws.
	_, _, viaHTTP := fetch(t, srv, "/export?format=dot&focus=Solberg-Haugen&kinds=called,met,said")
	if got := dot(`{graphviz(focus: "Solberg-Haugen", kinds: [CALLED, MET, SAID])}`); got != viaHTTP {
		t.Errorf("graphviz and /export?format=dot differ:\n%s\n---\n%s", got, viaHTTP)
	}

	for q, want := range map[string]string{
		`{graphviz(focus: "S")}`:              "ambiguous",
		`{graphviz(focus: "Nobody")}`:         "not found",
		`{graphviz(limit: 501)}`:              "limit: 501 is out of range (0 to 500)",
		`{graphviz(depth: 9)}`:                "depth: 9 is out of range (0 to 3)",
		`{graphviz(minWeight: -2)}`:           "depth, minWeight and limit cannot be negative",
		`{graphviz(cluster: "city")}`:         `unknown cluster "city"`,
		`{graphviz(kinds: [PHONED])}`:         "PHONED",
		`{graphviz(from: "March")}`:           `"March" is not YYYY-MM-DD`,
		`{graphviz(focus: "S", depth: -1)}`:   "depth: -1 is out of range",
		`{graphviz(limit: -1, minWeight: 2)}`: "limit: -1 is out of range",
	} {
		r := query(t, srv, q, nil)
		if !strings.Contains(r.errText(), want) {
			t.Errorf("%s: errors %q, want %q", q, r.errText(), want)
		}
	}
	if r := query(t, srv, `{graphviz(focus: "S")}`, nil); !slices.ContainsFunc(r.Errors, func(e struct {
		Message string `json:"message"`
	}) bool {
		return strings.Contains(e.Message, "Samuel Otieno Kamau")
	}) {
		t.Errorf("ambiguous focus: no candidates listed: %s", r.errText())
	}
}
