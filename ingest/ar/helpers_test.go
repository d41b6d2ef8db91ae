package ar

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"newsgraph/ingest"
)

// extractText runs a fresh extractor on text published on pub
// ("YYYY-MM-DD", or "" for none).
func extractText(t testing.TB, ex *Extractor, text, pub string) *ingest.Facts {
	t.Helper()
	var p time.Time
	if pub != "" {
		var err error
		if p, err = time.Parse(ingest.DateLayout, pub); err != nil {
			t.Fatal(err)
		}
	}
	// A headline line of its own, as articles have: facts are not read
	// from it.
	text = "خبر\n" + text
	a := &ingest.Article{Source: "test", Text: text, Language: "ar", Published: p}
	doc := &ingest.Document{Article: a, Sentences: ex.Split(text)}
	f := ex.Extract(doc)
	checkFacts(t, f, len(text))
	return f
}

// checkFacts fails when a fact refers to an entity that does not exist or a
// span lies outside the text.
func checkFacts(t testing.TB, f *ingest.Facts, n int) {
	t.Helper()
	if err := f.Validate(n); err != nil {
		t.Fatal(err)
	}
}

// entityLines prints entities as "person: name" with their aliases.
func entityLines(f *ingest.Facts) []string {
	var out []string
	for _, e := range f.Entities {
		l := fmt.Sprintf("%s: %s", e.Kind, e.Name)
		if e.Key != "" {
			l += " [" + e.Key + "]"
		}
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// contactLines prints contacts canonically: "met(A, B) 2025-07-04",
// "visited(A, B) planned", the pair in the order of the edge.
func contactLines(f *ingest.Facts) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range f.Contacts {
		l := fmt.Sprintf("%s(%s, %s)", c.Kind, f.Entities[c.From].Name, f.Entities[c.To].Name)
		if c.Date != "" {
			l += " " + c.Date
		}
		if c.Status != "" && c.Status != "happened" {
			l += " " + c.Status
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// statementLines prints statements as "verb(Speaker): text", with
// "[direct]" for quotations and the source when there is one.
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

// roleLines prints roles as "holds_role(Person, Org)".
func roleLines(f *ingest.Facts) []string {
	var out []string
	for _, r := range f.Roles {
		out = append(out, fmt.Sprintf("holds_role(%s, %s)", f.Entities[r.Person].Name, f.Entities[r.Org].Name))
	}
	sort.Strings(out)
	return out
}

// formatFacts prints all facts, for logs.
func formatFacts(f *ingest.Facts) string {
	var b strings.Builder
	for _, group := range [][]string{entityLines(f), statementLines(f), contactLines(f), roleLines(f)} {
		for _, l := range group {
			b.WriteString("  " + l + "\n")
		}
	}
	return b.String()
}

// hasAll reports the wanted lines missing from got.
func missing(got, want []string) []string {
	var out []string
	for _, w := range want {
		found := false
		for _, g := range got {
			if g == w {
				found = true
				break
			}
		}
		if !found {
			out = append(out, w)
		}
	}
	return out
}
