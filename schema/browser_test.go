package schema

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"newsgraph/internal/testenv"
)

// chromium is where CI installs the browser (apt-get install chromium).
const chromium = "/usr/bin/chromium"

// TestQueryPageInBrowser loads the query page in headless Chromium with a
// query to run on load and looks for its answer in the rendered page. The
// browser talks to a server on 127.0.0.1 only.
func TestQueryPageInBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		testenv.Missing(t, "no %s: install chromium to run the browser test", chromium)
	}
	if testing.Short() {
		t.Skip("browser test in -short mode")
	}
	srv := server(t, fixtureStore(t), Options{})
	q := url.Values{"query": {`query($t: String!) {search(text: $t) {name contacts {totalCount}}}`}, "variables": {`{"t": "بنعلي"}`}, "run": {"1"}}
	dom := dumpDOM(t, srv.URL+"/?"+q.Encode())
	for _, want := range []string{`"name": "كريم بنعلي"`, `"totalCount": 2`} {
		if !strings.Contains(dom, want) {
			t.Errorf("the page does not show %s:\n%s", want, dom)
		}
	}
}

// dumpDOM runs headless Chromium on pageURL and returns the DOM after the
// page's scripts ran, within a bounded time.
func dumpDOM(t *testing.T, pageURL string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", pageURL)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return string(out)
}
