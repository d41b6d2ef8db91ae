package ar

import (
	"unicode"

	"newsgraph/graph"
)

// Homographs. Unvoweled Arabic writes some places alike that the voweled
// spelling tells apart: عَمّان (the city, with shadda on the mim) and
// عُمان (the country, with damma on the ain) both fold to "عمان". A
// written mark that agrees with one listed spelling decides; a bare form
// takes the reading the article supports (the country of the city, or the
// other country, named more often by its name, nationality adjective or
// other cities), once per article, so that one surface form never names
// two entities.

// letterMarks returns, for each letter of a word, the marks (harakat,
// shadda) written on it.
func letterMarks(raw string) []string {
	var out []string
	for _, r := range raw {
		if unicode.Is(unicode.Mn, r) {
			if len(out) > 0 {
				out[len(out)-1] += string(r)
			}
			continue
		}
		if r == 'ـ' {
			continue
		}
		out = append(out, "")
	}
	return out
}

// markAgreement counts the marks of a written word that a listed spelling
// has on the same letter, and reports whether any contradicts it (the
// listed spelling has other marks there).
func markAgreement(word, listed string) (agree int, contradict bool) {
	w, l := letterMarks(word), letterMarks(listed)
	if len(w) != len(l) {
		return 0, false
	}
	for i := range w {
		for _, r := range w[i] {
			switch {
			case containsRune(l[i], r):
				agree++
			case l[i] != "":
				contradict = true
			}
		}
	}
	return agree, contradict
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// hasMarks reports whether a word carries harakat or shadda.
func hasMarks(raw string) bool {
	for _, r := range raw {
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// markVote compares the marks of the word at token k (its clitics removed)
// with the listed spellings of a city and of a country that fold alike:
// 1 for the city, -1 for the country, 0 when the marks do not decide.
func (x *docState) markVote(k int, pm, cm match) int {
	t := x.toks[k]
	if !hasMarks(t.raw) {
		return 0
	}
	word := trimClitic(t.raw, runeLen(pm.prefix))
	best := func(forms []string) int {
		n := -1
		for _, f := range forms {
			if graph.Fold(f) != pm.stem {
				continue
			}
			a, bad := markAgreement(word, f)
			if bad {
				a = -1
			}
			if a > n {
				n = a
			}
		}
		return n
	}
	c := x.lx.countries[cm.id]
	cityScore := best(cities[pm.id].forms)
	countryScore := best(append([]string{c.ar}, countryForms[c.code]...))
	switch {
	case cityScore > countryScore:
		return 1
	case countryScore > cityScore:
		return -1
	}
	return 0
}

// homographCity decides whether token k, where a listed city and a
// country's name match over the same words, names the city.
func (x *docState) homographCity(k int, pm, cm match) bool {
	if v := x.markVote(k, pm, cm); v != 0 {
		return v > 0
	}
	if r, ok := x.homographs[pm.stem]; ok {
		return r
	}
	cityCountry, ok := x.lx.countryIdx[cities[pm.id].country]
	if !ok || cityCountry == cm.id {
		x.homographs[pm.stem] = false
		return false
	}
	// The article's support for each reading: the city's country and the
	// other country by name, nationality adjective or another of its
	// cities; a marked spelling of the homograph counts for its reading.
	forCity, forCountry := 0, 0
	vote := func(ci int) {
		switch ci {
		case cityCountry:
			forCity++
		case cm.id:
			forCountry++
		}
	}
	for j := 0; j < len(x.toks); j++ {
		t := x.toks[j]
		if !t.word || t.latin {
			continue
		}
		if m, ok := x.lx.cities.at(x.toks, j, len(x.toks), true); ok && m.stem == pm.stem && m.n == pm.n {
			if c, ok := x.lx.countryPh.at(x.toks, j, len(x.toks), true); ok && c.n == m.n {
				v := x.markVote(j, m, c)
				if v == 0 && j > 0 && m.prefix == "" && (x.toks[j-1].fold == "مدينه" || x.toks[j-1].fold == "العاصمه") {
					v = 1 // "مدينة عمان": a city by its head noun
				}
				forCity += max(v, 0)
				forCountry += max(-v, 0)
				j += m.n - 1
				continue
			}
		}
		if m, ok := x.lx.countryPh.at(x.toks, j, len(x.toks), true); ok {
			vote(m.id)
			j += m.n - 1
			continue
		}
		if m, ok := x.lx.cities.at(x.toks, j, len(x.toks), true); ok {
			if ci, ok := x.lx.countryIdx[cities[m.id].country]; ok {
				vote(ci)
			}
			j += m.n - 1
			continue
		}
		if ci, _, ok := x.lx.nisbaOf(t.fold); ok {
			vote(ci)
		}
	}
	r := forCity > forCountry
	x.homographs[pm.stem] = r
	return r
}

// countryAt is countryPh.at, except where the words are a city's name
// that the article reads as the city.
func (x *docState) countryAt(k, b int, clitics bool) (match, bool) {
	cm, ok := x.lx.countryPh.at(x.toks, k, b, clitics)
	if !ok {
		return cm, false
	}
	if pm, pok := x.lx.cities.at(x.toks, k, b, clitics); pok && pm.n == cm.n && pm.stem == cm.stem && x.homographCity(k, pm, cm) {
		return cm, false
	}
	return cm, true
}
