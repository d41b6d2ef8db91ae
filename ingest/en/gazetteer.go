package en

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// place is a gazetteer entry.
type place struct {
	code string // ISO 3166-1 alpha-2 code for countries, "" for cities
	name string // English name
}

// gazetteer holds countries (from CLDR), their demonyms and a list of
// cities.
type gazetteer struct {
	names    map[string]place // surface name -> place ("Ukraine", "U.S.")
	demonyms map[string]place // "Ukrainian" -> Ukraine
	maxWords int              // the longest name, in words
	// lower finds a place by its lower-case name, for datelines in
	// capitals ("SAN FRANCISCO").
	lower map[string]place
	// first holds the first word of every name and demonym, to skip
	// words that start none quickly.
	first     map[string]bool
	countries map[string]place // code -> country
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// countryNameFixes replace CLDR names that news does not use, by ISO code.
// Read from data/country_name_fixes.tsv.
var countryNameFixes = loadMap("country_name_fixes.tsv", "country", "name")

// countryAliases are other names of countries in English news, by ISO code.
// Read from data/country_aliases.tsv.
var countryAliases = loadMultiMap("country_aliases.tsv", "country", "alias")

// demonymExceptions are the demonyms that the suffix rules of
// deriveDemonyms do not give, by ISO code; "" removes an ambiguous one.
// Read from data/demonym_exceptions.tsv.
var demonymExceptions = loadDemonyms("demonym_exceptions.tsv")

// cities are capitals and major cities that news names without a country,
// with the code of their country.
// Read from data/cities.tsv.
var cities = loadMap("cities.tsv", "city", "country")

// lookupGazetteer returns the shared gazetteer, built on first use.
func lookupGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer() })
	return gaz
}

// buildGazetteer reads every ISO region that is a country from CLDR's
// English names, derives demonyms by suffix rules and adds the hand lists.
func buildGazetteer() *gazetteer {
	g := &gazetteer{names: map[string]place{}, demonyms: map[string]place{}, countries: map[string]place{}, first: map[string]bool{}, lower: map[string]place{}}
	names := display.English.Regions()
	ambiguous := map[string]bool{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			code := r.Canonicalize().String()
			if code != r.String() {
				continue // a deprecated code ("DD") of a country listed under its own
			}
			if len(code) != 2 || code == "UN" || code == "EU" || code == "EZ" {
				continue
			}
			name := names.Name(r)
			if name == "" || strings.Contains(name, "Outlying") {
				continue
			}
			name = strings.ReplaceAll(name, " & ", " and ")
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
			name = strings.TrimSuffix(name, " SAR China")
			if f, ok := countryNameFixes[code]; ok {
				name = f
			}
			if _, ok := g.countries[code]; ok {
				continue // deprecated codes ("DD") repeat a country
			}
			p := place{code: code, name: name}
			g.countries[code] = p
			g.addName(name, p)
			for _, d := range deriveDemonyms(name) {
				if q, ok := g.demonyms[d]; ok && q.code != code {
					ambiguous[d] = true
					continue
				}
				g.demonyms[d] = p
			}
		}
	}
	for d := range ambiguous {
		delete(g.demonyms, d)
	}
	// The hand lists in key order: a name listed twice ends the same way
	// in every run.
	for _, code := range slices.Sorted(maps.Keys(countryAliases)) {
		for _, a := range countryAliases[code] {
			g.addName(a, g.countries[code])
		}
	}
	for _, d := range slices.Sorted(maps.Keys(demonymExceptions)) {
		code := demonymExceptions[d]
		if code == "" {
			delete(g.demonyms, d)
			continue
		}
		g.demonyms[d] = g.countries[code]
	}
	for _, c := range slices.Sorted(maps.Keys(cities)) {
		g.addName(c, place{name: c})
	}
	for _, c := range slices.Sorted(maps.Keys(continents)) {
		g.addName(c, place{name: c})
	}
	for d := range g.demonyms {
		g.first[strings.Fields(d)[0]] = true
	}
	return g
}

func (g *gazetteer) addName(name string, p place) {
	g.names[name] = p
	g.lower[strings.ToLower(name)] = p
	g.first[strings.Fields(name)[0]] = true
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
}

// countryOf returns the ISO code of a place: its own for a country, its
// country's for a listed city, "" otherwise.
func countryOf(p place) string {
	if p.code != "" {
		return p.code
	}
	return cities[p.name]
}

// deriveDemonyms returns the demonyms that suffix rules give for a country
// name: Russia → Russian, Ukraine → Ukrainian, Egypt → Egyptian, Iraq →
// Iraqi, Sudan → Sudanese, China → Chinese. Some candidates are not words;
// they never match text and do no harm.
func deriveDemonyms(name string) []string {
	if strings.ContainsAny(name, "-.'’") {
		return nil
	}
	var out []string
	last := name[len(name)-1]
	stem := name[:len(name)-1]
	switch {
	case strings.HasSuffix(name, "ia"):
		out = append(out, name+"n")
	case last == 'a':
		out = append(out, name+"n", stem+"ese")
	case last == 'e':
		out = append(out, stem+"ian", name+"an")
	case last == 'y':
		out = append(out, stem+"ian", stem)
	case last == 'o':
		out = append(out, stem+"an")
	case last == 'i':
		out = append(out, name+"an")
	default:
		out = append(out, name+"ian", name+"i", name+"ese", name+"er")
	}
	return out
}
