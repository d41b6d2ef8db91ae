package ar

import (
	"fmt"

	"newsgraph/ingest"
)

// Hand-kept exceptions to the CLDR country names (short forms used in the
// press, and nisba adjectives that the rule in gazetteer.go does not
// derive), and the hand lists of cities and institutions. The tables are
// in data/*.tsv; the institutions with a key shared with the English
// extractor are in package ingest (ingest/data/orgs.tsv).

// countryForms are extra names of countries, keyed by ISO region code;
// nisbaForms are adjectives of nationality the rule cannot derive.
var countryForms, nisbaForms = loadCountryForms()

func loadCountryForms() (names, nisbas map[string][]string) {
	names, nisbas = map[string][]string{}, map[string][]string{}
	for _, r := range countriesFile.rows() {
		m := names
		if r.vals[1] == "nisba" {
			m = nisbas
		}
		m[r.vals[0]] = append(m[r.vals[0]], r.vals[2])
	}
	return names, nisbas
}

// skipCountries are CLDR names that are also common words ("مالي" is
// "financial"), and regions that are not countries.
var skipCountries = loadSkip()

func loadSkip() map[string]bool {
	m := map[string]bool{}
	for _, code := range column(skipFile.rows(), 0) {
		m[code] = true
	}
	return m
}

// placeDef is a city or region of the hand list.
type placeDef struct {
	forms   []string
	en      string
	country string // ISO code of the country, "" for regions across borders
	capital bool
}

// cities lists capitals and major cities, and a few regions that news
// treats as places.
var cities = loadCities()

func loadCities() []placeDef {
	var out []placeDef
	for _, r := range citiesFile.rows() {
		out = append(out, placeDef{split(r.vals[0]), r.vals[1], r.vals[2], yes(r.vals[3])})
	}
	return out
}

// orgDef is a named institution of the hand list. Key, when set, is shared
// with organizations built by rule, so "البنتاغون" and "وزارة الدفاع
// الأمريكية" are one entity, and with the English extractor.
type orgDef struct {
	forms []string
	en    string
	key   string
}

// knownOrgs are the shared organizations with Arabic names, then the
// Arabic extractor's own.
var knownOrgs = loadOrgs()

func loadOrgs() []orgDef {
	var out []orgDef
	for _, o := range ingest.SharedOrgs() {
		if len(o.AR) > 0 {
			out = append(out, orgDef{o.AR, o.Name, o.Key})
		}
	}
	for _, r := range localOrgsFile.rows() {
		out = append(out, orgDef{split(r.vals[1]), r.vals[0], ""})
	}
	return out
}

// orgHeads build organizations by rule. A head followed by a nationality
// adjective ("الخارجية العراقية") is that country's body; those marked
// needNisba are organizations only then. canon is the head's full form, so
// "الخارجية" and "وزارة الخارجية" share a key.
var orgHeads = loadOrgHeads()

func loadOrgHeads() []struct {
	forms     []string
	canon     string
	needNisba bool
} {
	var out []struct {
		forms     []string
		canon     string
		needNisba bool
	}
	idx := map[string]int{}
	for _, r := range orgHeadsFile.rows() {
		i, ok := idx[r.vals[1]]
		if !ok {
			i = len(out)
			idx[r.vals[1]] = i
			out = append(out, struct {
				forms     []string
				canon     string
				needNisba bool
			}{canon: r.vals[1], needNisba: yes(r.vals[2])})
		} else if out[i].needNisba != yes(r.vals[2]) {
			panic(fmt.Sprintf("org_heads.tsv:%d: forms of %s disagree on need_nisba", r.line, r.vals[1]))
		}
		out[i].forms = append(out[i].forms, r.vals[0])
	}
	return out
}
