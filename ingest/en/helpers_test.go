package en

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"newsgraph/ingest"
)

// checkFacts fails the test when a fact refers to an entity that does not
// exist or a span lies outside the text.
func checkFacts(t testing.TB, f *ingest.Facts, n int) {
	t.Helper()
	if err := f.Validate(n); err != nil {
		t.Fatal(err)
	}
}

// contactLines prints contacts canonically: "met(A, B) 2025-07-04",
// "called(A, B) planned", with the pair in the order written.
func contactLines(f *ingest.Facts) []string {
	var out []string
	for _, c := range f.Contacts {
		l := fmt.Sprintf("%s(%s, %s)", c.Kind, f.Entities[c.From].Name, f.Entities[c.To].Name)
		if c.Date != "" {
			l += " " + c.Date
		}
		if c.Status != "" && c.Status != "happened" {
			l += " " + c.Status
		}
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// statementLines prints statements as `said(Speaker): text` with the verb
// and "direct" when it is a quote.
func statementLines(f *ingest.Facts) []string {
	var out []string
	for _, s := range f.Statements {
		l := fmt.Sprintf("%s(%s): %s", s.Verb, f.Entities[s.Speaker].Name, s.Text)
		if s.Direct {
			l += " [direct]"
		}
		if s.Source != "" {
			l += " [source " + s.Source + "]"
		}
		out = append(out, l)
	}
	return out
}

// roleLines prints roles as `role(Person, Org)`.
func roleLines(f *ingest.Facts) []string {
	var out []string
	for _, r := range f.Roles {
		out = append(out, fmt.Sprintf("role(%s, %s)", f.Entities[r.Person].Name, f.Entities[r.Org].Name))
	}
	sort.Strings(out)
	return out
}

// entityLines prints entities as `kind:Name [aliases]`.
func entityLines(f *ingest.Facts) []string {
	var out []string
	for _, e := range f.Entities {
		out = append(out, fmt.Sprintf("%s:%s %q", e.Kind, e.Name, e.Aliases))
	}
	return out
}

// formatFacts prints all facts, one a line.
func formatFacts(f *ingest.Facts) string {
	var b strings.Builder
	for _, group := range [][]string{entityLines(f), statementLines(f), contactLines(f), roleLines(f)} {
		for _, l := range group {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
