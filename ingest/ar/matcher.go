package ar

import (
	"strings"
	"unicode/utf8"

	"newsgraph/graph"
)

// phrase is one entry of a phraseSet: its folded words and a payload index.
type phrase struct {
	words []string
	id    int
}

// phraseSet finds the longest listed phrase that starts at a token, the
// first word possibly carrying proclitics.
type phraseSet struct {
	byFirst map[string][]phrase
}

func newPhraseSet() *phraseSet { return &phraseSet{byFirst: map[string][]phrase{}} }

// add lists s (written normally; folded here) with payload id.
func (ps *phraseSet) add(s string, id int) {
	words := strings.Fields(graph.Fold(s))
	if len(words) == 0 {
		return
	}
	ps.byFirst[words[0]] = append(ps.byFirst[words[0]], phrase{words, id})
}

// match is a phrase found at a token.
type match struct {
	stem     string // the first word as matched, without clitics
	n        int    // tokens covered
	id       int    // payload
	prefix   string // clitics on the first token
	restored bool   // the article's alef was restored after ل
}

// at returns the longest phrase starting at toks[i] (within toks[:end]),
// trying the first token's clitic variants when clitics is true. Words must
// be consecutive word tokens.
func (ps *phraseSet) at(toks []token, i, end int, clitics bool) (match, bool) {
	if i >= end || !toks[i].word {
		return match{}, false
	}
	best := match{}
	found := false
	vs := toks[i].vars[:1]
	if clitics {
		vs = toks[i].vars
	}
	for _, v := range vs {
		for _, p := range ps.byFirst[v.stem] {
			if len(p.words) > end-i || (found && len(p.words) <= best.n) {
				continue
			}
			ok := true
			for k := 1; k < len(p.words); k++ {
				t := toks[i+k]
				if !t.word || t.fold != p.words[k] {
					ok = false
					break
				}
			}
			if ok {
				best = match{v.stem, len(p.words), p.id, v.prefix, v.restored}
				found = true
			}
		}
	}
	return best, found
}

// wordSet is a set of folded single words.
type wordSet map[string]bool

func newWordSet(lists ...[]string) wordSet {
	ws := wordSet{}
	for _, l := range lists {
		for _, s := range l {
			ws[graph.Fold(s)] = true
		}
	}
	return ws
}

// has reports whether the folded word f or one of its clitic-stripped
// variants is in the set.
func (ws wordSet) has(f string) bool {
	for _, v := range variants(f) {
		if ws[v.stem] {
			return true
		}
	}
	return false
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// hasTok is has for a token, whose clitic variants are already known.
func (ws wordSet) hasTok(t token) bool {
	for _, v := range t.vars {
		if ws[v.stem] {
			return true
		}
	}
	return false
}

// hasWord reports whether a one-word phrase of the set is the folded word f.
func (ps *phraseSet) hasWord(f string) bool {
	for _, p := range ps.byFirst[f] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}
