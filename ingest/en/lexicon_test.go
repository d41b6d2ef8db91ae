package en

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"newsgraph/graph"
)

// keying says how the keys of a data file are written and compared.
type keying int

const (
	// lowerKeys are lower-case words, looked up by a token's lower-case
	// form; no two may be equal.
	lowerKeys keying = iota
	// foldKeys are names as written ("Tass", "TASS"); keys equal after
	// graph.Fold are spelling variants and must agree on their values.
	foldKeys
	// exactKeys are compared as written (markers, prefixes, phrases).
	exactKeys
)

// dataSpec says what a data file holds and what its lines must obey.
type dataSpec struct {
	file   string
	header []string // as the loader reads it: "?" ends an optional field
	keys   keying
	token  bool                    // the key is looked up as one token: no spaces
	key    func(f []string) string // the key of a line; nil: its first field
	check  func(f []string) error  // rules for the other fields; nil: none
}

// word is the header of a set of words.
var word = []string{"word"}

// dataSpecs lists every file of data/ with its rules.
var dataSpecs = []dataSpec{
	{file: "address_titles.tsv", header: word, keys: lowerKeys, token: true},
	{file: "abbreviations.tsv", header: word, keys: lowerKeys, token: true},
	{file: "adjective_suffixes.tsv", header: word, keys: lowerKeys, token: true},
	{file: "agencies.tsv", header: []string{"name"}, keys: foldKeys, token: true},
	{file: "auxiliaries.tsv", header: word, keys: lowerKeys, token: true},
	{file: "boilerplate_infixes.tsv", header: []string{"phrase"}, keys: lowerKeys},
	{file: "boilerplate_prefixes.tsv", header: []string{"prefix"}, keys: lowerKeys},
	{file: "caption_markers.tsv", header: []string{"marker"}, keys: exactKeys},
	{file: "cities.tsv", header: []string{"city", "country"}, keys: foldKeys, check: country(1, false)},
	{file: "city_modifiers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "city_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "clause_break_words.tsv", header: word, keys: lowerKeys, token: true},
	{file: "common_caps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "contact_markers.tsv", header: []string{"word", "class"}, keys: lowerKeys, token: true,
		key: func(f []string) string { return f[0] + "\t" + f[1] }, check: oneOf(1, markerClasses...)},
	{file: "contact_triggers.tsv", header: []string{"word", "kind", "need", "rule", "flags"}, keys: lowerKeys, token: true,
		check: all(oneOf(1, contactKindNames()...), lowerToken(2), oneOf(3, contactRuleNames()...), flags(4))},
	{file: "continents.tsv", header: []string{"name"}, keys: foldKeys},
	{file: "coord_adverbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "country_aliases.tsv", header: []string{"country", "alias"}, keys: foldKeys,
		key: func(f []string) string { return f[1] }, check: country(0, false)},
	{file: "country_name_fixes.tsv", header: []string{"country", "name"}, keys: exactKeys, check: country(0, false)},
	{file: "demonym_exceptions.tsv", header: []string{"demonym", "country"}, keys: foldKeys, token: true, check: country(1, true)},
	{file: "event_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "facility_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "fronted_preps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "government_titles.tsv", header: []string{"head"}, keys: foldKeys, check: titleHead(0)},
	{file: "group_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "honorific_only.tsv", header: word, keys: lowerKeys, token: true},
	{file: "honorifics.tsv", header: word, keys: foldKeys, token: true, check: titleHead(0)},
	{file: "hyphen_particles.tsv", header: []string{"prefix"}, keys: lowerKeys, token: true, check: suffix(0, "-")},
	{file: "known_orgs.tsv", header: []string{"name", "anaphor"}, keys: foldKeys, check: lowerToken(1)},
	{file: "list_words.tsv", header: word, keys: lowerKeys, token: true},
	{file: "listener_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "locative_preps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "meeting_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "modals.tsv", header: word, keys: lowerKeys, token: true},
	{file: "month_preps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "name_particles.tsv", header: word, keys: lowerKeys, token: true},
	{file: "name_suffixes.tsv", header: word, keys: lowerKeys, token: true},
	{file: "object_pronouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "openers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "org_anaphors.tsv", header: []string{"word", "name_word"}, keys: lowerKeys, token: true, check: lowerToken(1)},
	{file: "org_full_names.tsv", header: []string{"acronym", "full_name"}, keys: foldKeys, token: true},
	{file: "org_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "org_lower_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "org_modifiers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "outlet_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "participle_verbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "parties.tsv", header: []string{"word", "party"}, keys: foldKeys, token: true},
	{file: "patronym_particles.tsv", header: word, keys: lowerKeys, token: true},
	{file: "person_pronouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "place_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "place_lower_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "place_of_nouns.tsv", header: word, keys: lowerKeys, token: true},
	{file: "portfolio_words.tsv", header: word, keys: lowerKeys, token: true},
	{file: "relative_days.tsv", header: []string{"phrase", "days"}, keys: lowerKeys, check: intIn(1, -7, 7)},
	{file: "reporting_verbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "clause_verbs.tsv", header: []string{"word", "complement"}, keys: lowerKeys, token: true, check: oneOf(1, "that", "to", "any")},
	{file: "role_anaphors.tsv", header: []string{"words", "fits?"}, keys: lowerKeys, check: lowerText(1)},
	{file: "role_modifiers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "role_nouns.tsv", header: []string{"word", "role"}, keys: lowerKeys, token: true, check: lowerText(1)},
	{file: "role_ref_titles.tsv", header: []string{"title"}, keys: lowerKeys},
	{file: "skip_before_need.tsv", header: word, keys: lowerKeys, token: true},
	{file: "speak_verbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "speech_adverbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "subject_preps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "subject_words.tsv", header: word, keys: lowerKeys, token: true},
	{file: "thing_heads.tsv", header: word, keys: lowerKeys, token: true},
	{file: "thing_openers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "title_default_country.tsv", header: []string{"title", "country"}, keys: foldKeys,
		check: all(titleHead(0), country(1, false))},
	{file: "title_heads.tsv", header: []string{"word", "head"}, keys: lowerKeys, token: true, check: inSet(0, "title_words.tsv", titleWords)},
	{file: "title_words.tsv", header: word, keys: lowerKeys, token: true},
	{file: "to_verbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "trailing_preps.tsv", header: word, keys: lowerKeys, token: true},
	{file: "unnamed_speakers.tsv", header: word, keys: lowerKeys, token: true},
	{file: "vague_phrases.tsv", header: []string{"phrase"}, keys: lowerKeys},
	{file: "visit_verbs.tsv", header: word, keys: lowerKeys, token: true},
	{file: "weekdays.tsv", header: []string{"word", "weekday"}, keys: lowerKeys, token: true, check: intIn(1, 0, 6)},
}

// contactKindNames are the kind names data/contact_triggers.tsv may use.
func contactKindNames() []string {
	var out []string
	for k := range contactKinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// contactRuleNames are the rule names data/contact_triggers.tsv may use.
func contactRuleNames() []string {
	out := []string{"-"}
	for k := range contactRules {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// flags requires field i to be "-" or a comma-separated list of distinct
// contact flags.
func flags(i int) func([]string) error {
	return func(f []string) error {
		if f[i] == "-" {
			return nil
		}
		seen := map[string]bool{}
		for _, fl := range strings.Split(f[i], ",") {
			if contactFlags[fl] == nil || seen[fl] {
				return fmt.Errorf("field %d %q: flag %q is unknown or repeated", i+1, f[i], fl)
			}
			seen[fl] = true
		}
		return nil
	}
}

// all runs every check and returns the first error.
func all(checks ...func([]string) error) func([]string) error {
	return func(f []string) error {
		for _, c := range checks {
			if err := c(f); err != nil {
				return err
			}
		}
		return nil
	}
}

// oneOf requires field i to be one of values.
func oneOf(i int, values ...string) func([]string) error {
	return func(f []string) error {
		for _, v := range values {
			if f[i] == v {
				return nil
			}
		}
		return fmt.Errorf("field %d %q is not one of %s", i+1, f[i], strings.Join(values, ", "))
	}
}

var isoCode = regexp.MustCompile(`^[A-Z]{2}$`)

// country requires field i to be an ISO 3166 code, or "-" when none is
// allowed.
func country(i int, none bool) func([]string) error {
	return func(f []string) error {
		if isoCode.MatchString(f[i]) || none && f[i] == "-" {
			return nil
		}
		return fmt.Errorf("field %d %q is not a two-letter country code", i+1, f[i])
	}
}

// intIn requires field i to be an integer in [lo, hi].
func intIn(i, lo, hi int) func([]string) error {
	return func(f []string) error {
		n, err := strconv.Atoi(f[i])
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("field %d %q is not an integer from %d to %d", i+1, f[i], lo, hi)
		}
		return nil
	}
}

// lowerToken requires field i to be empty or one lower-case word.
func lowerToken(i int) func([]string) error {
	return func(f []string) error {
		if strings.ContainsAny(f[i], " \t") || f[i] != strings.ToLower(f[i]) {
			return fmt.Errorf("field %d %q is not one lower-case word", i+1, f[i])
		}
		return nil
	}
}

// lowerText requires field i to be in lower case.
func lowerText(i int) func([]string) error {
	return func(f []string) error {
		if f[i] != strings.ToLower(f[i]) {
			return fmt.Errorf("field %d %q is not in lower case", i+1, f[i])
		}
		return nil
	}
}

// suffix requires field i to end in s.
func suffix(i int, s string) func([]string) error {
	return func(f []string) error {
		if !strings.HasSuffix(f[i], s) {
			return fmt.Errorf("field %d %q does not end in %q", i+1, f[i], s)
		}
		return nil
	}
}

// titleHead requires field i to be a head that titleHeads gives.
func titleHead(i int) func([]string) error {
	heads := map[string]bool{}
	for _, h := range titleHeads {
		heads[h] = true
	}
	return func(f []string) error {
		if !heads[f[i]] {
			return fmt.Errorf("field %d %q is not a head of title_heads.tsv", i+1, f[i])
		}
		return nil
	}
}

// inSet requires field i to be in set, read from file.
func inSet(i int, file string, set map[string]bool) func([]string) error {
	return func(f []string) error {
		if !set[f[i]] {
			return fmt.Errorf("field %d %q is not in %s", i+1, f[i], file)
		}
		return nil
	}
}

// lintTable returns the lines of t that break the rules of sp.
func lintTable(sp dataSpec, t table) []error {
	var errs []error
	type first struct {
		line  int
		value string
	}
	seen := map[string]first{}
	for _, r := range t.rows {
		key := r.fields[0]
		if sp.key != nil {
			key = sp.key(r.fields)
		}
		value := strings.Join(r.fields[1:], "\t")
		if sp.key != nil {
			value = "" // the key holds the whole line
		}
		cmp := key
		switch sp.keys {
		case lowerKeys:
			if key != strings.ToLower(key) {
				errs = append(errs, t.errorf(r.line, "key %q is not in lower case", key))
			}
			cmp = strings.ToLower(key)
		case foldKeys:
			cmp = graph.Fold(key)
		}
		if sp.token && strings.ContainsAny(r.fields[0], " \t") {
			errs = append(errs, t.errorf(r.line, "key %q is looked up as one token but has a space", r.fields[0]))
		}
		if f, dup := seen[cmp]; dup {
			switch {
			case sp.keys != foldKeys:
				errs = append(errs, t.errorf(r.line, "duplicate key %q (line %d)", key, f.line))
			case f.value != value:
				errs = append(errs, t.errorf(r.line, "key %q folds like the key of line %d but has another value", key, f.line))
			}
		} else {
			seen[cmp] = first{r.line, value}
		}
		if sp.check != nil {
			if err := sp.check(r.fields); err != nil {
				errs = append(errs, t.errorf(r.line, "%v", err))
			}
		}
	}
	return errs
}

// TestDataFiles checks every data file against its rules, and that every
// file in data/ has rules.
func TestDataFiles(t *testing.T) {
	specs := map[string]bool{}
	for _, sp := range dataSpecs {
		if specs[sp.file] {
			t.Errorf("%s is listed twice in dataSpecs", sp.file)
			continue
		}
		specs[sp.file] = true
		tb, err := readTable(sp.file, sp.header...)
		if err != nil {
			t.Error(err)
			continue
		}
		if len(tb.rows) == 0 {
			t.Errorf("%s: no entries", tb.file)
		}
		for _, err := range lintTable(sp, tb) {
			t.Error(err)
		}
	}
	files, err := fs.Glob(dataFiles, "data/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !specs[strings.TrimPrefix(f, "data/")] {
			t.Errorf("%s has no entry in dataSpecs", f)
		}
	}
}

// TestTableErrors feeds malformed tables to the parser, the loaders and
// the lint, and wants each to name the file, the line and the reason.
func TestTableErrors(t *testing.T) {
	parse := func(src string, header ...string) (table, error) {
		return parseTable("data/bad.tsv", []byte(src), header...)
	}
	for _, tc := range []struct {
		src    string
		header []string
		want   string
	}{
		{"", word, "data/bad.tsv: no header line"},
		{"# only a comment\n", word, "data/bad.tsv: no header line"},
		{"words\nmet\n", word, `data/bad.tsv:1: header "words", want "word"`},
		{"word\tkind\nmet\tmet\textra\n", []string{"word", "kind"}, "data/bad.tsv:2: 3 fields, want 2 (word, kind)"},
		{"word\tkind\n# c\nmet\n", []string{"word", "kind"}, "data/bad.tsv:3: 1 fields, want 2"},
		{"word\tkind\nmet\t\n", []string{"word", "kind"}, "data/bad.tsv:2: field kind is empty"},
		{"word\n\nmet \n", word, `data/bad.tsv:3: word "met " has spaces at an end`},
		{"word\tkind\tneed\n\tmet\n", []string{"word", "kind", "need?"}, "data/bad.tsv:2: field word is empty"},
	} {
		if _, err := parse(tc.src, tc.header...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parse %q: error %v, want %q", tc.src, err, tc.want)
		}
	}

	// The loaders' own checks.
	triggers, triggerFields := "word\tkind\tneed\trule\tflags\n", []string{"word", "kind", "need", "rule", "flags"}
	mustParse := func(src string, header ...string) table {
		tb, err := parse(src, header...)
		if err != nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		return tb
	}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"set", second(setOf(mustParse("word\nmet\nmet\n", "word"))), `data/bad.tsv:3: duplicate word "met"`},
		{"map", second(mapOf(mustParse("word\thead\nking\tKing\nking\tQueen\n", "word", "head"))), `data/bad.tsv:3: duplicate word "king"`},
		{"int", second(intMapOf(mustParse("word\tmonth\njune\tsix\n", "word", "month"))), `data/bad.tsv:2: month "six" is not an integer`},
		{"kind", second(contactRulesOf(mustParse(triggers+"met\tmeet\t-\t-\t-\n", triggerFields...))), `data/bad.tsv:2: unknown kind "meet"`},
		{"need", second(contactRulesOf(mustParse(triggers+"talks\tmet\twith the\t-\t-\n", triggerFields...))), `data/bad.tsv:2: need "with the" is not one word`},
		{"rule", second(contactRulesOf(mustParse(triggers+"rang\tcalled\t-\tcaled\t-\n", triggerFields...))), `data/bad.tsv:2: unknown rule "caled"`},
		{"flag", second(contactRulesOf(mustParse(triggers+"talks\tmet\twith\t-\talone,grop\n", triggerFields...))), `data/bad.tsv:2: unknown flag "grop" in flags`},
		{"class", second(classSetsOf(mustParse("word\tclass\nwill\tplaned\n", "word", "class"), markerClasses...)), `data/bad.tsv:2: unknown class "planed"`},
		{"anaphor", second(roleAnaphorsOf(mustParse("words\tfits\nleader\tpresident||king\n", "words", "fits?"))), `data/bad.tsv:2: empty or padded item in fits`},
	} {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, tc.err, tc.want)
		}
	}

	// must turns an error into a panic that names the line.
	func() {
		defer func() {
			if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "data/bad.tsv:2: field word is empty") {
				t.Errorf("must: recovered %v, want the file and line", r)
			}
		}()
		must(parse("word\tkind\n\tmet\n", "word", "kind"))
	}()

	// The lint.
	spec := func(file string) dataSpec {
		for _, sp := range dataSpecs {
			if sp.file == file {
				return sp
			}
		}
		t.Fatalf("no spec for %s", file)
		return dataSpec{}
	}
	for _, tc := range []struct {
		file string
		src  string
		want string
	}{
		{"reporting_verbs.tsv", "word\nsaid\nSaid\n", `data/bad.tsv:3: key "Said" is not in lower case`},
		{"reporting_verbs.tsv", "word\nsaid\nsaid\n", `data/bad.tsv:3: duplicate key "said" (line 2)`},
		{"org_heads.tsv", "word\nbroadcasting corporation\n", `data/bad.tsv:2: key "broadcasting corporation" is looked up as one token`},
		{"contact_triggers.tsv", "word\tkind\tneed\trule\tflags\nphoned\tcall\t-\tcalled\t-\n", `data/bad.tsv:2: field 2 "call" is not one of`},
		{"contact_triggers.tsv", "word\tkind\tneed\trule\tflags\ntalks\tmet\tWith\t-\t-\n", `data/bad.tsv:2: field 3 "With" is not one lower-case word`},
		{"contact_triggers.tsv", "word\tkind\tneed\trule\tflags\nrang\tcalled\t-\tring\t-\n", `data/bad.tsv:2: field 4 "ring" is not one of`},
		{"contact_triggers.tsv", "word\tkind\tneed\trule\tflags\ntalks\tmet\twith\t-\tgroup,group\n", `data/bad.tsv:2: field 5 "group,group": flag "group" is unknown or repeated`},
		{"contact_triggers.tsv", "word\tkind\tneed\trule\tflags\ntalks\tmet\twith\n", "data/bad.tsv:2: 3 fields, want 5"},
		{"contact_markers.tsv", "word\tclass\nwill\tplanned\nwill\tplanned\nwill\tcancel\n", `data/bad.tsv:3: duplicate key "will\tplanned"`},
		{"known_orgs.tsv", "name\tanaphor\nTASS\tagency\nTass\tagency\nTaSS\tgroup\n", `data/bad.tsv:4: key "TaSS" folds like the key of line 2 but has another value`},
		{"cities.tsv", "city\tcountry\nCairo\tEgypt\n", `data/bad.tsv:2: field 2 "Egypt" is not a two-letter country code`},
		{"demonym_exceptions.tsv", "demonym\tcountry\nEnglish\t\n", "data/bad.tsv:2: field country is empty"},
		{"weekdays.tsv", "word\tweekday\nmonday\t7\n", `data/bad.tsv:2: field 2 "7" is not an integer from 0 to 6`},
		{"government_titles.tsv", "head\nPresidnet\n", `data/bad.tsv:2: field 1 "Presidnet" is not a head of title_heads.tsv`},
		{"title_heads.tsv", "word\thead\nfuehrer\tFuehrer\n", `data/bad.tsv:2: field 1 "fuehrer" is not in title_words.tsv`},
	} {
		sp := spec(tc.file)
		tb, err := parse(tc.src, sp.header...)
		var errs []error
		if err != nil {
			errs = []error{err}
		} else {
			errs = lintTable(sp, tb)
		}
		found := false
		for _, err := range errs {
			found = found || strings.Contains(err.Error(), tc.want)
		}
		if !found {
			t.Errorf("%s %q: errors %v, want %q", tc.file, tc.src, errs, tc.want)
		}
	}
}

// second returns the error of a loader.
func second[T any](_ T, err error) error { return err }
