// Package testenv lets tests that need something outside Go (Graphviz,
// Chromium, the annotated corpus beside the repository) skip where it is
// missing on a developer's machine, and fail in CI, where .ci/run installs
// it: a test that silently skips in CI is a test that never runs.
package testenv

import (
	"os"
	"testing"
)

// Missing skips the test because what it needs is missing, or fails it
// when the environment variable CI is set.
func Missing(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv("CI") != "" {
		tb.Fatalf("CI: "+format, args...)
	}
	tb.Skipf(format, args...)
}
