package schema

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzQuery runs arbitrary documents against the fixture: whatever the
// query, the schema answers with JSON (data, errors or both) and neither
// panics nor runs past the timeout.
//
//	go test -run '^$' -fuzz FuzzQuery -fuzztime 60s ./schema/
func FuzzQuery(f *testing.F) {
	for _, q := range []string{
		`{search(text: "kamau") {id name contacts {nodes {id participants {name}}}}}`,
		`{contacts(first: 2, after: "YzEAMjAyNi0wMy0xMgBjb24tbWVldA") {pageInfo {endCursor} nodes {id}}}`,
		`{statements(about: "plc-indonesia", text: "x", direct: true) {nodes {id}}}`,
		`{neighbourhood(id: "per-solberg", depth: 3, limit: 500) {nodes {id statement {id}} edges {contact {id}}}}`,
		`{paths(from: "per-kamau", to: "per-benali", maxHops: 6, first: 500) {nodes {id} edges {id}}}`,
		`query($d: Date) {articles(from: $d) {nodes {entities {count}}}}`,
		`{__schema {types {name}}}`,
		`fragment F on Entity {contacts {nodes {participants {...F}}}} {search(text: "a") {...F}}`,
	} {
		f.Add(q)
	}
	s, err := New(fixtureStore(f), Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		r := s.Exec(context.Background(), q, "", map[string]any{"d": "2026-03-11"})
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("%q: response is not JSON: %v", q, err)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "panic") {
				t.Fatalf("%q: %s", q, e.Message)
			}
		}
	})
}
