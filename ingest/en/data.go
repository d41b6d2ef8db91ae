package en

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// The word lists and trigger tables of this package live in data/*.tsv, one
// table (or one group of closely related tables) per file, embedded in the
// binary and read into the package's maps and slices when it starts. A
// file is UTF-8 text:
//
//   - a line that starts with "#" is a comment, and a blank line is skipped;
//   - the first other line is the header: the names of the fields,
//     separated by tabs; it must be the header the loader expects;
//   - every later line is one entry: its fields separated by single tabs,
//     in the header's order. A field may be left out at the end of a line
//     only where the loader says it is optional; no field has spaces at
//     either end.
//
// A malformed file makes the package panic when it starts, with the file,
// the line and the reason, so that no test and no binary runs with it;
// lexicon_test.go checks the finer rules (case, duplicates after folding,
// single-token keys, known values).
//
//go:embed data/*.tsv
var dataFiles embed.FS

// table is one parsed data file.
type table struct {
	file   string   // "data/weekdays.tsv"
	fields []string // the header's field names
	rows   []tableRow
}

// tableRow is one entry of a table, with its line number in the file.
type tableRow struct {
	line   int
	fields []string // one value per header field; "" for a left-out optional one
}

// errorf returns an error that names the file and line.
func (t table) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", t.file, line, fmt.Sprintf(format, args...))
}

// parseTable parses the text of a data file. header names its fields; a
// name ending in "?" is an optional field, which a line may leave empty
// or out (at the end of the line). The "?" is not written in the file.
func parseTable(file string, src []byte, header ...string) (table, error) {
	t := table{file: file}
	required := make([]bool, len(header))
	for i, h := range header {
		required[i] = !strings.HasSuffix(h, "?")
		t.fields = append(t.fields, strings.TrimSuffix(h, "?"))
	}
	minFields := 0
	for i, r := range required {
		if r {
			minFields = i + 1
		}
	}
	split, err := ingest.SplitTable(file, string(src), t.fields, minFields)
	if err != nil {
		return t, err
	}
	for _, r := range split {
		for i, f := range r.Values {
			if f == "" && required[i] {
				return t, t.errorf(r.Line, "field %s is empty", t.fields[i])
			}
		}
		t.rows = append(t.rows, tableRow{line: r.Line, fields: r.Values})
	}
	return t, nil
}

// readTable parses the embedded file data/name.
func readTable(name string, header ...string) (table, error) {
	src, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		return table{}, err
	}
	return parseTable("data/"+name, src, header...)
}

// must panics with err: the tables are part of the program, so a broken
// one is a bug that must stop every test.
func must[T any](v T, err error) T {
	if err != nil {
		panic("ingest/en: " + err.Error())
	}
	return v
}

// setOf reads a one-field table as a set.
func setOf(t table) (map[string]bool, error) {
	m := make(map[string]bool, len(t.rows))
	for _, r := range t.rows {
		if m[r.fields[0]] {
			return nil, t.errorf(r.line, "duplicate %s %q", t.fields[0], r.fields[0])
		}
		m[r.fields[0]] = true
	}
	return m, nil
}

// loadSet reads the set of words in data/name, whose one field is field.
func loadSet(name, field string) map[string]bool {
	return must(setOf(must(readTable(name, field))))
}

// loadList reads the words of data/name in file order.
func loadList(name, field string) []string {
	t := must(readTable(name, field))
	out := make([]string, 0, len(t.rows))
	for _, r := range t.rows {
		out = append(out, r.fields[0])
	}
	return out
}

// mapOf reads a two-field table as a map from the first to the second.
func mapOf(t table) (map[string]string, error) {
	m := make(map[string]string, len(t.rows))
	for _, r := range t.rows {
		if _, dup := m[r.fields[0]]; dup {
			return nil, t.errorf(r.line, "duplicate %s %q", t.fields[0], r.fields[0])
		}
		m[r.fields[0]] = r.fields[1]
	}
	return m, nil
}

// loadMap reads the two-field table data/name as a map.
func loadMap(name, key, value string) map[string]string {
	return must(mapOf(must(readTable(name, key, value))))
}

// loadDemonyms reads data/name, whose country field is an ISO code, or "-"
// for a demonym that names no country (it removes a derived one).
func loadDemonyms(name string) map[string]string {
	m := must(mapOf(must(readTable(name, "demonym", "country"))))
	for k, v := range m {
		if v == "-" {
			m[k] = ""
		}
	}
	return m
}

// intMapOf reads a two-field table whose second field is an integer.
func intMapOf(t table) (map[string]int, error) {
	m := make(map[string]int, len(t.rows))
	for _, r := range t.rows {
		if _, dup := m[r.fields[0]]; dup {
			return nil, t.errorf(r.line, "duplicate %s %q", t.fields[0], r.fields[0])
		}
		n, err := strconv.Atoi(r.fields[1])
		if err != nil {
			return nil, t.errorf(r.line, "%s %q is not an integer", t.fields[1], r.fields[1])
		}
		m[r.fields[0]] = n
	}
	return m, nil
}

// loadIntMap reads the two-field table data/name as a map to integers.
func loadIntMap(name, key, value string) map[string]int {
	return must(intMapOf(must(readTable(name, key, value))))
}

// loadMultiMap reads data/name, a table of (key, value) lines, as a map
// from each key to its values in file order.
func loadMultiMap(name, key, value string) map[string][]string {
	t := must(readTable(name, key, value))
	m := map[string][]string{}
	for _, r := range t.rows {
		m[r.fields[0]] = append(m[r.fields[0]], r.fields[1])
	}
	return m
}

// classSetsOf reads a (word, class) table as one set per class; class
// must be one of classes.
func classSetsOf(t table, classes ...string) (map[string]map[string]bool, error) {
	m := map[string]map[string]bool{}
	for _, c := range classes {
		m[c] = map[string]bool{}
	}
	for _, r := range t.rows {
		w, c := r.fields[0], r.fields[1]
		set, ok := m[c]
		if !ok {
			return nil, t.errorf(r.line, "unknown %s %q, want one of %s", t.fields[1], c, strings.Join(classes, ", "))
		}
		if set[w] {
			return nil, t.errorf(r.line, "duplicate %s %q in %s %q", t.fields[0], w, t.fields[1], c)
		}
		set[w] = true
	}
	return m, nil
}

// markerClasses are the classes of data/contact_markers.tsv.
var markerClasses = []string{"planned", "denied", "cancel", "postpone"}

// contactMarkers are the words around a contact word that change its
// status, by class (see data/contact_markers.tsv).
var contactMarkers = must(classSetsOf(must(readTable("contact_markers.tsv", "word", "class")), markerClasses...))

// contactKinds are the kinds a contact trigger may report, by the name
// data/contact_triggers.tsv gives them.
var contactKinds = map[string]graph.EdgeKind{
	string(graph.Met): graph.Met, string(graph.Visited): graph.Visited,
	string(graph.Called): graph.Called, string(graph.WroteTo): graph.WroteTo,
	string(graph.Contacted): graph.Contacted,
}

// contactRulesOf reads a (word, kind, need, rule, flags) table of contact
// triggers; "-" is an empty need, rule or flag list.
func contactRulesOf(t table) (map[string]contactRule, error) {
	m := make(map[string]contactRule, len(t.rows))
	for _, r := range t.rows {
		f := r.fields
		w := f[0]
		if _, dup := m[w]; dup {
			return nil, t.errorf(r.line, "duplicate %s %q", t.fields[0], w)
		}
		k, ok := contactKinds[f[1]]
		if !ok {
			return nil, t.errorf(r.line, "unknown %s %q", t.fields[1], f[1])
		}
		rule := contactRule{kind: k}
		if f[2] != "-" {
			if strings.Contains(f[2], " ") {
				return nil, t.errorf(r.line, "%s %q is not one word", t.fields[2], f[2])
			}
			rule.need = f[2]
		}
		if f[3] != "-" {
			if _, ok := contactRules[f[3]]; !ok {
				return nil, t.errorf(r.line, "unknown %s %q", t.fields[3], f[3])
			}
			rule.rule = f[3]
		}
		if f[4] != "-" {
			for _, fl := range strings.Split(f[4], ",") {
				set, ok := contactFlags[fl]
				if !ok {
					return nil, t.errorf(r.line, "unknown flag %q in %s", fl, t.fields[4])
				}
				set(&rule)
			}
		}
		m[w] = rule
	}
	return m, nil
}

// loadContactRules reads the contact triggers of data/name.
func loadContactRules(name string) map[string]contactRule {
	return must(contactRulesOf(must(readTable(name, "word", "kind", "need", "rule", "flags"))))
}

// roleAnaphor is a line of data/role_anaphors.tsv: role words and the
// words of which a fitting title holds one (none: any title fits).
type roleAnaphor struct {
	words []string
	fits  []string
}

// roleAnaphorsOf reads a (words, fits) table; words are separated by
// spaces, fits by "|".
func roleAnaphorsOf(t table) ([]roleAnaphor, error) {
	var out []roleAnaphor
	seen := map[string]bool{}
	for _, r := range t.rows {
		ra := roleAnaphor{words: strings.Fields(r.fields[0])}
		k := strings.Join(ra.words, " ")
		if seen[k] {
			return nil, t.errorf(r.line, "duplicate %s %q", t.fields[0], r.fields[0])
		}
		seen[k] = true
		if r.fields[1] != "" {
			ra.fits = strings.Split(r.fields[1], "|")
			for _, f := range ra.fits {
				if f == "" || f != strings.TrimSpace(f) {
					return nil, t.errorf(r.line, "empty or padded item in %s %q", t.fields[1], r.fields[1])
				}
			}
		}
		out = append(out, ra)
	}
	return out, nil
}

// loadRoleAnaphors reads the role anaphors of data/name in file order.
func loadRoleAnaphors(name string) []roleAnaphor {
	return must(roleAnaphorsOf(must(readTable(name, "words", "fits?"))))
}
