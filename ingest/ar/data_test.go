package ar

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// TestDataFiles lints every data file: it parses (header, one value per
// field, required fields non-empty, booleans yes or no, enumerated fields
// such as kind, class and list one of their values), no entry repeats
// after folding with graph.Fold, and the values that name something
// (country codes, numbers, keys) are valid.
func TestDataFiles(t *testing.T) {
	lx := newLexicon()
	code := regexp.MustCompile(`^[A-Z]{2}$`)
	for _, tf := range dataFiles() {
		b, err := dataFS.ReadFile("data/" + tf.file)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := parseTable(tf.file, string(b), tf.fields)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(rows) == 0 {
			t.Errorf("%s: no entries", tf.file)
		}
		col := map[string]int{}
		for j, f := range tf.fields {
			col[f.name] = j
		}
		for _, u := range tf.unique {
			seen := map[string]int{}
			for _, r := range rows {
				for _, k := range uniqueKeys(u, col, r) {
					if prev, ok := seen[k]; ok {
						t.Errorf("%s:%d: %s repeats line %d after folding: %q", tf.file, r.line, u, prev, strings.ReplaceAll(k, "\x00", " "))
						continue
					}
					seen[k] = r.line
				}
			}
		}
		for _, r := range rows {
			at := fmt.Sprintf("%s:%d", tf.file, r.line)
			v := func(name string) string { return r.vals[col[name]] }
			for j, f := range tf.fields {
				if strings.Contains(r.vals[j], "||") || strings.HasPrefix(r.vals[j], "|") || strings.HasSuffix(r.vals[j], "|") {
					t.Errorf("%s: %s has an empty item: %q", at, f.name, r.vals[j])
				}
			}
			switch tf.file {
			case "countries.tsv":
				if _, ok := lx.countryIdx[v("code")]; !ok {
					t.Errorf("%s: %s is no country of CLDR", at, v("code"))
				}
			case "skip_countries.tsv":
				if !code.MatchString(v("code")) {
					t.Errorf("%s: %q is no region code", at, v("code"))
				}
			case "cities.tsv":
				if c := v("country"); c != "" {
					if _, ok := lx.countryIdx[c]; !ok {
						t.Errorf("%s: %s is no country of CLDR", at, c)
					}
				}
			case "parties.tsv":
				if !strings.HasPrefix(v("key"), "org:") {
					t.Errorf("%s: key %q does not start with org:", at, v("key"))
				}
			}
			if tf.fields[0].name == "list" {
				list, value := v("list"), v("value")
				numeric := map[string][2]int{"weekday": {0, 6}, "rel_day": {1, 30}}
				switch rng, isNum := numeric[list]; {
				case isNum:
					var n int
					if _, err := fmt.Sscanf(value, "%d", &n); err != nil || fmt.Sprint(n) != value || n < rng[0] || n > rng[1] {
						t.Errorf("%s: %s value %q is not a number from %d to %d", at, list, value, rng[0], rng[1])
					}
				case list == "domain_role":
					if value == "" {
						t.Errorf("%s: %s needs a value", at, list)
					}
				case value != "":
					t.Errorf("%s: %s takes no value, has %q", at, list, value)
				}
			}
		}
	}
	// Every class of classes.tsv is used by a title.
	used := map[string]bool{}
	for _, td := range titles {
		used[td.class] = true
	}
	for _, c := range classNames() {
		if !used[c] {
			t.Errorf("classes.tsv: class %s has no title", c)
		}
	}
	// Every weekday has a name (the months' names are ingest's).
	if len(weekdays) != 7 {
		t.Errorf("date_words.tsv: %d weekdays, want 7", len(weekdays))
	}
	// The Arabic names of the shared organizations and of local_orgs.tsv
	// are one table for the extractor: no name may name two of them.
	seen := map[string]string{}
	for _, o := range knownOrgs {
		for _, f := range o.forms {
			k := graph.Fold(f)
			if prev, ok := seen[k]; ok {
				t.Errorf("organization name %q of %s is also a name of %s", f, o.en, prev)
			}
			seen[k] = o.en
		}
	}
}

// uniqueKeys returns the folded key of a row for a unique constraint
// ("phrase", "list+phrase"). A field of |-separated forms gives one key a
// form.
func uniqueKeys(u string, col map[string]int, r row) []string {
	keys := []string{""}
	for i, name := range strings.Split(u, "+") {
		var next []string
		for _, k := range keys {
			for _, item := range strings.Split(r.vals[col[name]], "|") {
				if i > 0 {
					k += "\x00"
				}
				next = append(next, k+graph.Fold(item))
				k = strings.TrimSuffix(k, "\x00")
			}
		}
		keys = next
	}
	return keys
}

// TestParseTable checks that the loader rejects malformed tables and says
// where and why.
func TestParseTable(t *testing.T) {
	fields := []field{req("phrase"), opt("role"), enum("kind", "verb", "participle"), flag("org")}
	good := "# a comment\nphrase\trole\tkind\torg\n\n# another\nقال\t\tverb\tyes\n"
	rows, err := parseTable("t.tsv", good, fields)
	if err != nil || len(rows) != 1 || rows[0].line != 5 || rows[0].vals[0] != "قال" {
		t.Fatalf("good table: %v %v", rows, err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"no header", "# only a comment\n", "t.tsv: no header line"},
		{"wrong header", "phrase\tkind\torg\n", `t.tsv:1: header`},
		{"too few fields", "phrase\trole\tkind\torg\nقال\tverb\tyes\n", "t.tsv:2: 3 fields, want 4"},
		{"too many fields", "phrase\trole\tkind\torg\nقال\t\tverb\tyes\tno\n", "t.tsv:2: 5 fields, want 4"},
		{"empty required", "phrase\trole\tkind\torg\n\t\tverb\tyes\n", "t.tsv:2: empty phrase"},
		{"bad boolean", "phrase\trole\tkind\torg\nقال\t\tverb\ttrue\n", `t.tsv:2: org is "true", want yes or no`},
		{"unknown kind", "phrase\trole\tkind\torg\n#\nقال\t\tnoun\tno\n", `t.tsv:3: unknown kind "noun"`},
	} {
		_, err := parseTable("t.tsv", c.text, fields)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "no-such.tsv") {
			t.Errorf("mustTable of a missing file: %v", r)
		}
	}()
	mustTable("no-such.tsv", fields...)
}

// TestSharedOrgs checks that the Arabic extractor knows every shared
// organization that has an Arabic name, with its key.
func TestSharedOrgs(t *testing.T) {
	lx := newLexicon()
	for _, o := range ingest.SharedOrgs() {
		if len(o.AR) == 0 {
			continue
		}
		i, ok := lx.orgByKey[o.Key]
		if !ok || knownOrgs[i].forms[0] != o.AR[0] {
			t.Errorf("%s: not in the Arabic gazetteer", o.Key)
		}
	}
}
