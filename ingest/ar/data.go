package ar

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"newsgraph/ingest"
)

// The rule tables live in data/*.tsv, one table (or a group of related
// word lists) a file: a header line naming the fields, then one entry a
// line, fields separated by tabs; blank lines and lines that start with #
// are skipped. They are read once, when the package starts, into the
// variables of lexicon.go and gazetteer_data.go. A malformed line is a
// programming error caught by the package's tests: loading panics with the
// file, the line and the reason.

//go:embed data/*.tsv
var dataFS embed.FS

// field describes one column of a table.
type field struct {
	name     string
	optional bool // may be empty
	boolean  bool // yes or no
	// one, when set, lists the values the field may take.
	one []string
}

// row is one entry of a table: its values in field order and its line.
type row struct {
	line int
	vals []string
}

// bools are the spellings of a boolean field.
var bools = map[string]bool{"yes": true, "no": false}

// parseTable reads a table in the format above. Every field must be
// present (a row has exactly one value per field), required fields
// non-empty, booleans yes or no, and enumerated fields one of their values.
func parseTable(file, text string, fields []field) ([]row, error) {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	split, err := ingest.SplitTable(file, text, names, len(names))
	if err != nil {
		return nil, err
	}
	rows := make([]row, 0, len(split))
	for _, r := range split {
		for j, f := range fields {
			v := r.Values[j]
			switch {
			case v == "" && !f.optional:
				return nil, fmt.Errorf("%s:%d: empty %s", file, r.Line, f.name)
			case v == "":
			case f.boolean:
				if _, ok := bools[v]; !ok {
					return nil, fmt.Errorf("%s:%d: %s is %q, want yes or no", file, r.Line, f.name, v)
				}
			case f.one != nil && !slices.Contains(f.one, v):
				return nil, fmt.Errorf("%s:%d: unknown %s %q (want one of %s)", file, r.Line, f.name, v, strings.Join(f.one, ", "))
			}
		}
		rows = append(rows, row{r.Line, r.Values})
	}
	return rows, nil
}

// mustTable reads an embedded table and panics if it is malformed.
func mustTable(file string, fields ...field) []row {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		panic(err)
	}
	rows, err := parseTable(file, string(b), fields)
	if err != nil {
		panic(err)
	}
	return rows
}

// tableFile is a data file with its fields, for loading and for the lint
// test.
type tableFile struct {
	file   string
	fields []field
	// unique are the fields whose folded values may not repeat, joined
	// with + when only their combination must be unique ("list+phrase":
	// a phrase repeats only within its list).
	unique []string
}

// Field shorthands: required, optional, yes/no, and one of listed values.
func req(name string) field               { return field{name: name} }
func opt(name string) field               { return field{name: name, optional: true} }
func flag(name string) field              { return field{name: name, boolean: true} }
func enum(name string, v ...string) field { return field{name: name, one: v} }

// listTable describes a file of named word lists: list, phrase, value.
func listTable(file string, lists ...string) tableFile {
	return tableFile{file, []field{enum("list", lists...), req("phrase"), opt("value")}, []string{"list+phrase"}}
}

// The data files.
var (
	boilerplateFile = tableFile{"boilerplate.tsv", []field{req("marker")}, []string{"marker"}}
	cliticsFile     = tableFile{"clitics.tsv", []field{req("clitic"), enum("kind", "conj", "prep")}, []string{"clitic"}}
	classesFile     = tableFile{"classes.tsv", []field{req("class"), flag("role_only"), flag("unique"), flag("domain_first"), flag("inferable")}, []string{"class"}}
	titlesFile      = tableFile{"titles.tsv", []field{req("phrase"), opt("role"), enum("class", classNames()...), flag("org"), flag("no_name")}, []string{"phrase"}}
	pronounsFile    = tableFile{"honorific_pronouns.tsv", []field{req("pronoun"), req("honorific")}, []string{"pronoun+honorific"}}
	verbsFile       = tableFile{"reporting_verbs.tsv", []field{req("form"), enum("kind", "verb", "participle"), req("lemma"), opt("intro"), flag("speech_only")}, []string{"form"}}
	partiesFile     = tableFile{"parties.tsv", []field{req("form"), req("party"), req("key")}, []string{"form"}}
	statementFile   = listTable("statement_words.tsv", "aside", "complementiser", "source", "clause_break", "content_break")
	contactFile     = listTable("contact_words.tsv", "call", "meet", "visit", "letter", "planned", "denied", "not_contact",
		"group", "collective", "event_noun", "join", "receive", "host", "tour", "companion", "presence", "contact_verb", "poss_contact")
	dateFile = listTable("date_words.tsv", "weekday", "day_part", "today", "yesterday", "tomorrow", "past", "future",
		"same_day", "later", "rel_before", "rel_after", "rel_day", "rel_filler", "eve", "morrow", "vague")
	nameFile = listTable("name_words.tsv", "stop", "common_noun", "name_particle", "compound_second", "generic_adjective",
		"regnal", "facility", "title_modifier", "title_head", "domain_join", "abbreviation", "nisba_suffix", "domain_role")
	orgWordFile   = listTable("org_words.tsv", "open_head", "construct_noun", "country_adjective", "media_head", "outlet_head")
	orgHeadsFile  = tableFile{"org_heads.tsv", []field{req("form"), req("canon"), flag("need_nisba")}, []string{"form"}}
	countriesFile = tableFile{"countries.tsv", []field{req("code"), enum("kind", "name", "nisba"), req("form")}, []string{"code+kind+form"}}
	skipFile      = tableFile{"skip_countries.tsv", []field{req("code"), enum("reason", "homograph", "region")}, []string{"code"}}
	citiesFile    = tableFile{"cities.tsv", []field{req("forms"), req("en"), opt("country"), flag("capital")}, []string{"forms"}}
	localOrgsFile = tableFile{"local_orgs.tsv", []field{req("name"), req("forms")}, []string{"forms"}}
)

// dataFiles lists every data file, for the lint test.
func dataFiles() []tableFile {
	return []tableFile{boilerplateFile, cliticsFile, classesFile, titlesFile, pronounsFile, verbsFile, partiesFile,
		statementFile, contactFile, dateFile, nameFile, orgWordFile, orgHeadsFile, countriesFile, skipFile, citiesFile, localOrgsFile}
}

func (t tableFile) rows() []row { return mustTable(t.file, t.fields...) }

// column returns field j of every row.
func column(rows []row, j int) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.vals[j])
	}
	return out
}

// split reads a |-separated field; empty gives nil.
func split(v string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, "|")
}

// yes reads a boolean field.
func yes(v string) bool { return bools[v] }

// wordLists are the lists of a list file, in file order.
type wordLists struct {
	file  string
	words map[string][]string
	value map[string][]string
	lines map[string][]int
}

func loadLists(t tableFile) wordLists {
	wl := wordLists{t.file, map[string][]string{}, map[string][]string{}, map[string][]int{}}
	for _, r := range t.rows() {
		wl.words[r.vals[0]] = append(wl.words[r.vals[0]], r.vals[1])
		wl.value[r.vals[0]] = append(wl.value[r.vals[0]], r.vals[2])
		wl.lines[r.vals[0]] = append(wl.lines[r.vals[0]], r.line)
	}
	return wl
}

// list returns the phrases of one list.
func (wl wordLists) list(name string) []string { return wl.words[name] }

// ints returns the phrases of one list with their integer values.
func (wl wordLists) ints(name string) map[string]int {
	m := map[string]int{}
	for i, w := range wl.words[name] {
		n, err := strconv.Atoi(wl.value[name][i])
		if err != nil {
			panic(fmt.Sprintf("%s:%d: %s value %q is not a number", wl.file, wl.lines[name][i], name, wl.value[name][i]))
		}
		m[w] = n
	}
	return m
}

// grouped returns the phrases of one list grouped by their integer value,
// in file order within each group.
func (wl wordLists) grouped(name string) ([]int, map[int][]string) {
	var order []int
	groups := map[int][]string{}
	for i, w := range wl.words[name] {
		n, err := strconv.Atoi(wl.value[name][i])
		if err != nil {
			panic(fmt.Sprintf("%s:%d: %s value %q is not a number", wl.file, wl.lines[name][i], name, wl.value[name][i]))
		}
		if _, ok := groups[n]; !ok {
			order = append(order, n)
		}
		groups[n] = append(groups[n], w)
	}
	return order, groups
}

// pairs returns the phrases of one list with their values, which are
// required.
func (wl wordLists) pairs(name string) map[string]string {
	m := map[string]string{}
	for i, w := range wl.words[name] {
		if wl.value[name][i] == "" {
			panic(fmt.Sprintf("%s:%d: %s needs a value", wl.file, wl.lines[name][i], name))
		}
		m[w] = wl.value[name][i]
	}
	return m
}
