package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestSameGraphForAnyWorkerCount ingests the same articles with different
// numbers of extraction workers, into fresh databases, and requires
// byte-identical JSON exports: the graph may not depend on scheduling or
// on map order.
func TestSameGraphForAnyWorkerCount(t *testing.T) {
	inputs := []string{"../../examples", "testdata/quality"}
	if _, err := os.Stat("../../../shared/corpus"); err == nil {
		inputs = append(inputs, "../../../shared/corpus")
	}
	var first string
	for _, workers := range []int{1, 3, 8} {
		db := filepath.Join(t.TempDir(), "db")
		args := append([]string{"ingest", "-q", "--db", db, "--published", "2025-07-04", "--workers", strconv.Itoa(workers)}, inputs...)
		if code, _, stderr := run(t, "", args...); code != 0 {
			t.Fatalf("ingest with %d workers: exit %d\n%s", workers, code, stderr)
		}
		code, out, stderr := run(t, "", "export", "--db", db, "--format", "json")
		if code != 0 {
			t.Fatalf("export: exit %d\n%s", code, stderr)
		}
		if first == "" {
			first = out
			continue
		}
		if out != first {
			t.Errorf("export after ingesting with %d workers differs from the export with 1 worker", workers)
		}
	}
}
