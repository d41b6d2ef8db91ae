package en

import (
	"strconv"
	"strings"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// prepositions that start an adverbial after a reporting verb ("said in a
// statement", "wrote on X"), which makes the verb the end of a trailing
// attribution.
// Read from data/trailing_preps.tsv.
var trailingPreps = loadSet("trailing_preps.tsv", "word")

// isComma reports whether t separates a parenthetical like a comma: a
// comma or a dash.
func isComma(t token) bool {
	return t.text == "," || t.text == "—" || t.text == "–" || t.text == "--"
}

// auxiliaries show that reported content has begun: the "that" after one
// is a relative pronoun, not the complementizer of the reporting verb.
// Read from data/auxiliaries.tsv.
var auxiliaries = loadSet("auxiliaries.tsv", "word")

// unnamedSpeakers are nouns for people the article does not name: "a
// State Department official said" is not the department speaking.
// Read from data/unnamed_speakers.tsv.
var unnamedSpeakers = loadSet("unnamed_speakers.tsv", "word")

// resolvePronouns turns "he" and "she" into mentions of the person they
// refer to: the first person named earlier in the sentence, else the
// subject of the sentence before.
func (x *doc) resolvePronouns(s *sentence) {
	toks := s.toks
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && !t.inQuote && t.lower == "they" && s.mentionAt(i) == nil {
			// "they agreed": the pair named together just before.
			if g := x.recentGroup(s); len(g) == 2 && !s.namesPersonBefore(i) {
				for _, p := range g {
					s.ments = append(s.ments, mention{ts: i, te: i + 1, cs: i, ent: p, kind: graph.Person})
				}
			}
			continue
		}
		if t.kind != tWord || t.inQuote || !personPronouns[t.lower] {
			continue
		}
		ant := -1
		for _, m := range s.ments {
			if m.kind == graph.Person && m.te <= i && !toks[m.ts].inQuote {
				ant = m.ent
				break
			}
		}
		if ant < 0 {
			ant = x.prevSubject(s)
		}
		if ant >= 0 {
			s.ments = append(s.ments, mention{ts: i, te: i + 1, cs: i, ent: ant, kind: graph.Person})
		}
	}
	s.indexMentions()
}

// namesPersonBefore reports whether a person is named before token i.
func (s *sentence) namesPersonBefore(i int) bool {
	for _, m := range s.ments {
		if m.kind == graph.Person && m.te <= i {
			return true
		}
	}
	return false
}

// recentGroup returns the pair of people named together in one of the
// three sentences before s, or nil.
func (x *doc) recentGroup(s *sentence) []int {
	for k := s.pos - 1; k >= 0 && k >= s.pos-3; k-- {
		if len(x.sents[k].group) == 2 {
			return x.sents[k].group
		}
	}
	return nil
}

// prevSubject returns the subject of the nearest earlier sentence that has
// one, or -1.
func (x *doc) prevSubject(s *sentence) int {
	for k := s.pos - 1; k >= 0; k-- {
		t := x.sents[k]
		if t.skip {
			continue
		}
		if t.subject >= 0 {
			return t.subject
		}
		if s.idx-t.idx > 3 {
			break
		}
	}
	return -1
}

// findStatements finds what was said in s: reporting verbs with their
// speaker and content, participles ("adding that"), and "according to".
func (x *doc) findStatements(s *sentence) {
	x.resolvePronouns(s)
	toks := s.toks
	first := len(x.facts.Statements)
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord || t.inQuote {
			continue
		}
		switch {
		case reportingVerbs[t.lower] && !t.isCap():
			if i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "a") {
				continue // "the said", "a reported"
			}
			if (t.lower == "wrote" || t.lower == "writes") && i+1 < len(toks) && (toks[i+1].lower == "to" ||
				i+2 < len(toks) && (toks[i+1].lower == "a" || toks[i+1].lower == "an") && (toks[i+2].lower == "letter" || toks[i+2].lower == "message")) {
				continue // a letter, not a statement
			}
			x.statementAt(s, i, 1, t.text)
		case clauseVerbs[t.lower] != "" && !t.isCap() && clauseFollows(toks, i, clauseVerbs[t.lower]):
			if i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "a" || beVerbs[toks[i-1].lower]) {
				continue // "the agreed text", "are believed to"
			}
			x.statementAt(s, i, 1, t.text)
		case t.lower == "called" && i+1 < len(toks) && toks[i+1].lower == "for":
			x.statementAt(s, i, 2, "called for")
		case t.lower == "quoted" && i > s.body && (toks[i-1].lower == "was" || toks[i-1].lower == "were") && matchWords(toks, i+1, []string{"as", "saying"}):
			// "X was quoted as saying …"
			x.statementAt(s, i-1, 4, "quoted as saying")
		}
	}
	x.participles(s, first)
	x.accordingTo(s, first)
	if len(x.facts.Statements) == first {
		x.continuedQuote(s)
	}
	if len(x.facts.Statements) > first {
		s.subject = x.facts.Statements[first].Speaker
		if x.facts.Entities[s.subject].Kind != graph.Person {
			if p := x.firstPerson(s); p >= 0 {
				s.subject = p
			}
		}
	}
}

// speakerBefore returns the speaker of the reporting verb at token i from
// the noun phrase before it, and the index where that phrase starts; -1
// when there is none.
func (x *doc) speakerBefore(s *sentence, i int) (int, int) {
	toks := s.toks
	// "X met Y and told reporters …": the subject of the first verb.
	if cs := x.clauseStart(s, i); cs < i {
		if ps := x.coordinatedSubject(s, cs, i); len(ps) > 0 {
			return ps[0], cs
		}
	}
	j := i - 1
	for j >= s.body {
		t := toks[j]
		if t.kind == tWord && speechAdverbs[t.lower] {
			j--
			continue
		}
		if d := s.dateAt(j); d != nil {
			j = d.ts - 1
			continue
		}
		break
	}
	if j >= s.body && toks[j].text == ")" {
		// "Scholz (who leads the party) told": skip the parenthesis.
		for k := j - 1; k >= s.body && k > j-30; k-- {
			if toks[k].text == "(" {
				j = k - 1
				break
			}
		}
	}
	if j >= s.body && isComma(toks[j]) {
		j--
	}
	for tries := 0; tries < 2 && j >= s.body; tries++ {
		k := j
		for k >= s.body {
			t := toks[k]
			if isComma(t) || t.text == "(" || t.text == ")" || t.text == ";" || t.text == ":" || t.kind == tQuote || t.lower == "that" || t.lower == "which" ||
				(t.kind == tWord && !t.isCap() && reportingVerbs[t.lower] && s.mentionAt(k) == nil) {
				break
			}
			k--
		}
		// "Putin, who spoke first, said", "Blinken, speaking in Tokyo,
		// said": the name before the parenthetical phrase.
		if k+1 <= j && k >= s.body && isComma(toks[k]) && j < i-1 && isComma(toks[j+1]) &&
			(toks[k+1].lower == "who" || strings.HasSuffix(toks[k+1].lower, "ing") && !toks[k+1].isCap() || isDigits(toks[k+1].text)) {
			j = k - 1
			continue
		}
		// "X, a spokesman for the Finnish government, said": the person
		// before an appositive that names a role, not its organization.
		if k > s.body && isComma(toks[k]) && j < i-1 && isComma(toks[j+1]) && roleAppositive(toks, k+1, j+1) {
			if m := s.mentionAt(k - 1); m != nil && m.kind == graph.Person {
				return m.ent, m.ts
			}
			// "Rantanen, an analyst at the institute, said": a lone
			// unknown name that a role describes is a person.
			if t := toks[k-1]; s.mentionAt(k-1) == nil && t.kind == tWord && isNameWord(t) && !commonCaps[bare(t)] &&
				(k-1 == s.body || !isNameWord(toks[k-2])) && x.classifyName(toks, k-1, k) == "" {
				p := x.personEntity([]string{t.text}, t.text, s.spanOf(k-1, k))
				s.addMention(k-1, k, k-1, p, graph.Person, false)
				s.indexMentions()
				x.appositiveRoles(s)
				return p, k - 1
			}
		}
		// "The council, which met in Oslo, said": the name before.
		if k > s.body+1 && toks[k].lower == "which" && isComma(toks[k-1]) && j < i-1 && isComma(toks[j+1]) {
			j = k - 2
			continue
		}
		// "the Prime Minister's Office said": the organization the phrase
		// ends with, not the possessor.
		if m := s.mentionAt(j); m != nil && m.kind == graph.Organization && m.ts > k {
			return m.ent, k + 1
		}
		best, bestKind := -1, graph.NodeKind("")
		for _, m := range s.ments {
			if m.ts <= k || m.te-1 > j {
				continue
			}
			switch {
			case m.kind == graph.Person:
				best, bestKind = m.ent, m.kind
			case m.kind == graph.Organization && bestKind != graph.Person:
				best, bestKind = m.ent, m.kind
			}
		}
		// "a senior State Department official said": someone unnamed.
		if bestKind == graph.Organization && j >= s.body && unnamedSpeakers[toks[j].lower] && s.mentionAt(j) == nil {
			return -1, k + 1
		}
		// "X, the European Union's foreign policy chief, said": the person
		// before the appositive.
		if bestKind != graph.Person && k > s.body && toks[k].text == "," && j < i-1 && toks[j+1].text == "," {
			if m := s.mentionAt(k - 1); m != nil && m.kind == graph.Person {
				return m.ent, m.ts
			}
		}
		if best < 0 && tries == 0 && k > s.body && isComma(toks[k]) && j < i-1 && isComma(toks[j+1]) {
			// "The ministry, in a statement, said": the phrase before.
			j = k - 1
			continue
		}
		return best, k + 1
	}
	return -1, i
}

// statementAt records the statement of the reporting verb at tokens
// [i, i+n).
func (x *doc) statementAt(s *sentence, i, n int, verb string) {
	toks := s.toks
	if unnamedAfter(s, i+n) {
		return // "…, said officials", "…, said a senior diplomat"
	}
	speaker, npStart := x.speakerBefore(s, i)
	if i >= 3 && spokesNouns[toks[i-1].lower] && toks[i-2].kind == tPoss {
		// "Yoon's spokesperson said": not Yoon; the spokesperson if named
		// close by ("presidential spokesperson Kang In-sun").
		if m := s.mentionAt(i - 3); m != nil && m.kind == graph.Person && m.ent == speaker {
			speaker = x.namedSpokesperson(s)
		}
	}
	if speaker < 0 && i >= 3 && spokesNouns[toks[i-1].lower] && toks[npStart].lower == "the" {
		// `"…," the Kremlin spokesman said` right after the quotes of a
		// person named bare: that person.
		if m := s.mentionAt(i - 2); m != nil && m.kind == graph.Organization {
			speaker = x.recentSpeaker(s, m.ent)
		}
	}
	inverted := false
	if speaker < 0 && i > s.body && (toks[i-1].kind == tQuote || toks[i-1].text == ",") {
		// "…," said X, a spokesperson for Y.
		// Role words may stand before the name: "said foreign ministry
		// spokesman X".
		at := i + n
		for at < len(toks) && at < i+n+5 && toks[at].kind == tWord && !toks[at].isCap() && s.mentionAt(at) == nil &&
			(roleModifiers[toks[at].lower] || roleNouns[toks[at].lower] != "" || orgLowerHeads[toks[at].lower]) {
			at++
		}
		for _, m := range s.ments {
			if (m.ts == i+n || m.cs == at || m.ts == at) && (m.kind == graph.Person || m.kind == graph.Organization) {
				speaker, inverted = m.ent, true
				break
			}
		}
		// "…," said Rantanen, a spokesman for Y: a lone unknown name that
		// a role describes is a person.
		if k := i + n; speaker < 0 && k+2 < len(toks) && s.mentionAt(k) == nil && isNameWord(toks[k]) && !commonCaps[bare(toks[k])] &&
			toks[k+1].text == "," && roleAppositive(toks, k+2, min(len(toks), k+14)) && x.classifyName(toks, k, k+1) == "" {
			p := x.personEntity([]string{toks[k].text}, toks[k].text, s.spanOf(k, k+1))
			s.addMention(k, k+1, k, p, graph.Person, false)
			s.indexMentions()
			x.appositiveRoles(s)
			speaker, inverted = p, true
		}
		npStart = i
	}
	if speaker < 0 {
		return
	}
	// "Cho and Iwaya stressed", "the two ministers agreed": one statement
	// for each party.
	speakers := []int{speaker}
	if !inverted {
		if ps := x.jointSpeakers(s, npStart, i); len(ps) > 1 {
			speakers = ps
		}
	}
	add := func(text string, direct bool, verb string) {
		for _, sp := range speakers {
			x.addStatement(s, sp, text, direct, verb)
		}
	}
	after := i + n
	if inverted {
		for _, m := range s.ments {
			if m.ent == speaker && m.ts >= i+n && m.ts <= i+n+6 {
				after = m.te
				break
			}
		}
	}
	quotes := quoteSpans(toks)
	// (a) The quotation before the speaker: "…," X said.
	if q := closingBefore(toks, quotes, npStart); q >= 0 {
		a, b := quotes[q][0]+1, quotes[q][1]
		if open := quotes[q][0]; open > s.body && toks[open-1].text != ":" {
			// `Talks were "constructive," said X`: the whole clause,
			// with its partial quotation.
			end := npStart
			for end > s.body && (toks[end-1].text == "," || toks[end-1].kind == tQuote && end-1 == quotes[q][1]) {
				end--
			}
			if s.body < end {
				add(trimQuote(x.textOf(s, s.body, end+1)), false, verb)
			}
			return
		}
		// A split quotation: "…," X told reporters, "…".
		for _, q2 := range quotes {
			if q2[0] > after && q2[0] <= after+12 && noWordsBetweenQuoteAndClause(toks, after, q2[0]) {
				sp := ingest.Span{Start: toks[a].start, End: toks[min(q2[1], len(toks))-1].end}
				add(trimQuote(x.d.Text[sp.Start:sp.End]), true, verb)
				return
			}
		}
		if a < b {
			add(trimQuote(x.textOf(s, a, b)), true, verb)
		}
		return
	}
	// (b) X said: "…".
	for j := after; j < len(toks) && j < after+8; j++ {
		if toks[j].text == ":" || toks[j].text == "," && j+1 < len(toks) && toks[j+1].kind == tQuote && !toks[j].inQuote {
			if j+1 < len(toks) && toks[j+1].kind == tQuote {
				for _, q := range quotes {
					if q[0] == j+1 && q[0]+1 < q[1] {
						add(trimQuote(x.textOf(s, q[0]+1, q[1])), true, verb)
						return
					}
				}
			}
			break
		}
	}
	// (c) X said (that) …; X told Y that …; X called for …
	start := after
	hasThat := -1
	for j := after; j < len(toks) && j < after+14; j++ {
		if toks[j].inQuote || toks[j].kind == tQuote {
			break
		}
		if toks[j].lower == "that" {
			hasThat = j
			break
		}
		if toks[j].text == "," || toks[j].text == "." || auxiliaries[toks[j].lower] {
			break
		}
	}
	rest := after
	if lv := strings.ToLower(verb); lv == "told" || lv == "tells" {
		rest = skipListener(s, rest)
	}
	if d := s.dateAt(rest); d != nil && d.ts == rest {
		rest = d.te // "…, the ministry said Tuesday."
	}
	trailing := strings.ToLower(verb) != "described" && clauseVerbs[strings.ToLower(verb)] == "" && npStart > s.body && toks[npStart-1].text == "," && hasThat < 0 &&
		(rest >= len(toks) || toks[rest].kind == tPunct || trailingPreps[toks[rest].lower])
	if trailing {
		// (d) …, the ministry said in a statement.
		a, b := s.body, npStart-1
		if a < len(toks) && toks[a].lower == "according" {
			for a < b && toks[a].text != "," {
				a++
			}
			a++
		}
		if a < b {
			text := trimQuote(x.textOf(s, a, b))
			direct := toks[a].kind == tQuote && toks[b-1].kind == tQuote
			add(text, direct, verb)
		}
		return
	}
	if hasThat >= 0 {
		start = hasThat + 1
	} else {
		switch strings.ToLower(verb) {
		case "described":
			for start < len(toks) && start < after+4 && toks[start].lower != "as" {
				start++
			}
			start++
		case "told":
			// Skip the listener: "told reporters", "urged Iraq".
			if m := s.mentionAt(start); m != nil {
				start = m.te
			} else if r := skipListener(s, start); r > start && start < len(toks) && toks[start].isCap() {
				start = r // "told The Guardian", "told Radio Free Asia"
			} else if start < len(toks) && toks[start].kind == tWord && !toks[start].isCap() && toks[start].lower != "the" {
				if toks[start].lower == "reporters" || toks[start].lower == "journalists" {
					start++
				}
			}
		}
		for start < len(toks) {
			if d := s.dateAt(start); d != nil {
				start = d.te
				continue
			}
			break
		}
	}
	end := x.contentEnd(s, start)
	if start >= end {
		return
	}
	text := trimQuote(x.textOf(s, start, end))
	direct := toks[start].kind == tQuote && !strings.ContainsAny(text, "\"“”")
	add(text, direct, verb)
}

// beVerbs before a participle make it passive: "is believed to".
var beVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// spokesNouns name a spokesperson.
var spokesNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// unnamedAfter reports whether an inverted attribution names no one:
// "…, said officials", "…, said a senior diplomat".
func unnamedAfter(s *sentence, a int) bool {
	toks := s.toks
	if a < 2 || !isComma(toks[a-2]) {
		return false
	}
	for j := a; j < len(toks) && j < a+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.isCap() || s.mentionAt(j) != nil {
			return false
		}
		if unnamedSpeakers[t.lower] {
			// "said ministry spokesman Omid Rahimi" names him.
			return j+1 >= len(toks) || !isNameWord(toks[j+1])
		}
	}
	return false
}

// namedSpokesperson returns the person named right after a spokesperson
// noun ("spokesperson Kang In-sun") in s or the two sentences after it,
// or -1.
func (x *doc) namedSpokesperson(s *sentence) int {
	for k := s.pos; k < len(x.sents) && k <= s.pos+2; k++ {
		t := x.sents[k]
		for _, m := range t.ments {
			if m.kind == graph.Person && m.ts > 0 && spokesNouns[t.toks[m.ts-1].lower] {
				return m.ent
			}
		}
	}
	return -1
}

// recentSpeaker returns the person who made one of the last three
// statements, within the three sentences before s, when that person holds
// no role at another organization than org; -1 otherwise.
func (x *doc) recentSpeaker(s *sentence, org int) int {
	sts := x.facts.Statements
	for k := len(sts) - 1; k >= 0 && k >= len(sts)-3; k-- {
		st := sts[k]
		if x.facts.Entities[st.Speaker].Kind != graph.Person || s.pos >= 3 && st.Evidence.Start < x.sents[s.pos-3].span.Start {
			continue
		}
		for _, r := range x.facts.Roles {
			if r.Person == st.Speaker && r.Org != org && x.facts.Entities[r.Org].Kind == graph.Organization {
				return -1
			}
		}
		return st.Speaker
	}
	return -1
}

// clauseFollows reports whether the clause verb at toks[i] opens a
// clause within six words: "that", or also "to" right after it when
// complement is "to"; any object when it is "any".
func clauseFollows(toks []token, i int, complement string) bool {
	if complement == "any" {
		return i+1 < len(toks) && toks[i+1].kind == tWord
	}
	if complement == "to" && i+1 < len(toks) && toks[i+1].lower == "to" {
		return true
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].lower == "that" {
			return true
		}
		if toks[j].kind == tPunct || toks[j].inQuote {
			return false
		}
	}
	return false
}

// coveringMention returns the mention whose chunk, title included,
// covers token i, or nil.
func (s *sentence) coveringMention(i int) *mention {
	for k := range s.ments {
		if m := &s.ments[k]; min(m.cs, m.ts) <= i && i < m.te {
			return m
		}
	}
	return nil
}

// jointSpeakers returns the people of a subject [a, b) that names only
// people joined by "and" ("Cho and Iwaya", "the two leaders"), or nil.
func (x *doc) jointSpeakers(s *sentence, a, b int) []int {
	toks := s.toks
	var ps []int
	for j := a; j < b; j++ {
		t := toks[j]
		if m := s.coveringMention(j); m != nil {
			if m.kind != graph.Person {
				return nil
			}
			continue
		}
		if t.kind == tWord && (t.lower == "and" || t.lower == "the" || t.lower == "both" || t.lower == "have" || t.lower == "has" || t.lower == "also") || isComma(t) {
			continue
		}
		if s.dateAt(j) != nil || t.kind == tWord && speechAdverbs[t.lower] {
			continue
		}
		return nil
	}
	seen := map[int]bool{}
	for _, m := range s.ments {
		if m.kind == graph.Person && m.ts >= a && m.te <= b && !seen[m.ent] {
			seen[m.ent] = true
			ps = append(ps, m.ent)
		}
	}
	return ps
}

// listenerNouns are who a speaker told: "told reporters".
// Read from data/listener_nouns.tsv.
var listenerNouns = loadSet("listener_nouns.tsv", "word")

// skipListener returns the index after the listener of "told" at a:
// "reporters", "CNN", "a news conference", "the BBC".
func skipListener(s *sentence, a int) int {
	toks := s.toks
	if a >= len(toks) {
		return a
	}
	if m := s.mentionAt(a); m != nil {
		return m.te
	}
	if listenerNouns[toks[a].lower] {
		return a + 1
	}
	// "told The Guardian", "told Radio Free Asia": a name is the listener.
	if j := a + boolInt(toks[a].lower == "the" && a+1 < len(toks) && isNameWord(toks[a+1])); isNameWord(toks[j]) && !commonCaps[bare(toks[j])] {
		for j < len(toks) && (isNameWord(toks[j]) || nameParticles[toks[j].lower] && capAhead(toks, j+1, 2)) {
			j++
		}
		return j
	}
	if toks[a].lower == "a" || toks[a].lower == "the" || toks[a].lower == "an" {
		for j := a + 1; j < len(toks) && j < a+5; j++ {
			w := toks[j].lower
			if w == "briefing" || w == "conference" || w == "interview" || w == "meeting" || w == "press" && j+1 < len(toks) && toks[j+1].lower != "conference" {
				return j + 1
			}
			if m := s.mentionAt(j); m != nil {
				return m.te
			}
		}
	}
	return a
}

// noWordsBetweenQuoteAndClause reports whether tokens (after, q) are only
// the listener and adverbials of a split quotation, ending in a comma.
func noWordsBetweenQuoteAndClause(toks []token, after, q int) bool {
	if q < 1 || toks[q-1].text != "," {
		return false
	}
	for j := after; j < q; j++ {
		if toks[j].kind == tQuote || toks[j].lower == "that" || toks[j].text == "." {
			return false
		}
	}
	return true
}

// closingBefore returns the quotation whose closing mark is just before
// token np (a comma may stand between), or -1.
func closingBefore(toks []token, quotes [][2]int, np int) int {
	j := np - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	if j < 0 || toks[j].kind != tQuote {
		return -1
	}
	for k, q := range quotes {
		if q[1] == j {
			return k
		}
	}
	return -1
}

// contentEnd returns where reported content that starts at token a ends:
// at the end of the sentence, or before ", adding", ", according to", ",
// the ministry said", or a date phrase after a comma.
func (x *doc) contentEnd(s *sentence, a int) int {
	toks := s.toks
	end := len(toks)
	for j := a; j < len(toks); j++ {
		t := toks[j]
		if t.text != "," || j+1 >= len(toks) {
			continue
		}
		nx := j + 1
		if toks[nx].kind == tQuote && nx+1 < len(toks) {
			nx++ // `…," adding that`
		} else if t.inQuote {
			continue
		}
		n := toks[nx]
		if n.inQuote {
			continue
		}
		if participleVerbs[n.lower] || n.lower == "according" || n.lower == "as" || n.lower == "while" || n.lower == "which" {
			end = j
			break
		}
		if s.dateAt(nx) != nil && !strings.EqualFold(n.text, "on") {
			end = j
			break
		}
		// ", the ministry said"
		k := nx
		for k < len(toks) && k < j+6 && !reportingVerbs[toks[k].lower] && toks[k].text != "," {
			k++
		}
		if k < len(toks) && reportingVerbs[toks[k].lower] && k > nx && s.mentionAt(k-1) != nil {
			end = j
			break
		}
	}
	for end > a && (toks[end-1].text == "." || toks[end-1].text == ",") {
		end--
	}
	return end
}

// trimQuote removes surrounding white space, final punctuation and the
// quotation marks of a text that is one quotation.
func trimQuote(t string) string {
	t = strings.TrimSpace(t)
	t = strings.TrimRight(t, " .,;:")
	isQ := func(r string) bool { return r == "\"" || r == "“" || r == "”" }
	if len(t) > 0 && isQ(t[:1]) || strings.HasPrefix(t, "“") {
		inner := strings.TrimLeft(t, "\"“")
		inner = strings.TrimRight(inner, "\"” .,")
		if !strings.ContainsAny(inner, "\"“”") {
			return strings.TrimSpace(inner)
		}
	}
	if strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") {
		inner := strings.TrimRight(t, "\"” .,")
		if strings.Count(inner, "\"")%2 == 1 || strings.Count(inner, "“") > strings.Count(inner, "”") {
			return inner
		}
	}
	return t
}

// addStatement records a statement once.
func (x *doc) addStatement(s *sentence, speaker int, text string, direct bool, verb string) {
	text = strings.TrimSpace(text)
	if text == "" || speaker < 0 {
		return
	}
	key := "s|" + strconv.Itoa(speaker) + "|" + text
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	date := ""
	if d := x.sentenceDate(s, false); !d.IsZero() {
		date = ingest.FormatDate(d)
	}
	x.facts.Statements = append(x.facts.Statements, ingest.Statement{
		Speaker: speaker, Text: text, Direct: direct, Verb: verb, Date: date, Evidence: s.span,
	})
}

// continuedQuote records a sentence that is only a quotation, right after
// a quotation attributed in the same paragraph, as the same speaker's:
// `"We will act," she said. "Nobody should doubt it."`.
func (x *doc) continuedQuote(s *sentence) {
	toks := s.toks
	if s.pos == 0 || len(toks) < 3 || toks[s.body].kind != tQuote {
		return
	}
	last := len(toks) - 1
	if toks[last].kind != tQuote && !(toks[last].kind == tPunct && toks[last-1].kind == tQuote) {
		return
	}
	q := quoteSpans(toks)
	if len(q) != 1 || q[0][0] != s.body {
		return
	}
	prev := x.sents[s.pos-1]
	if prev.skip || strings.ContainsRune(x.d.Text[prev.span.End:s.span.Start], '\n') {
		return
	}
	n := len(x.facts.Statements)
	if n == 0 || x.facts.Statements[n-1].Evidence != prev.span || !x.facts.Statements[n-1].Direct {
		return
	}
	x.addStatement(s, x.facts.Statements[n-1].Speaker, trimQuote(x.textOf(s, s.body, len(toks))), true, x.facts.Statements[n-1].Verb)
}

// participles records "…, adding that …" and "…, saying …" as statements
// of the sentence's speaker (or its subject).
func (x *doc) participles(s *sentence, first int) {
	toks := s.toks
	for i := s.body + 1; i < len(toks); i++ {
		t := toks[i]
		comma := toks[i-1].text == "," || toks[i-1].kind == tQuote && i >= 2 && toks[i-2].text == ","
		if t.inQuote || !participleVerbs[t.lower] || !comma {
			continue
		}
		speaker := -1
		if len(x.facts.Statements) > first {
			speaker = x.facts.Statements[first].Speaker
		} else {
			for _, m := range s.ments {
				if m.ts < i && (m.kind == graph.Person || m.kind == graph.Organization) {
					speaker = m.ent
					break
				}
			}
		}
		if speaker < 0 {
			continue
		}
		a := i + 1
		if a < len(toks) && toks[a].lower == "that" {
			a++
		}
		b := x.contentEnd(s, a)
		if a < b {
			x.addStatement(s, speaker, trimQuote(x.textOf(s, a, b)), false, t.text)
		}
	}
}

// accordingTo handles "according to X": a source of the sentence's other
// statements, or, when it is the only attribution, a statement of X.
func (x *doc) accordingTo(s *sentence, first int) {
	toks := s.toks
	for i := s.body; i+1 < len(toks); i++ {
		if toks[i].lower != "according" || toks[i+1].lower != "to" || toks[i].inQuote {
			continue
		}
		src := -1
		srcEnd := i + 2
		for j := i + 2; j < len(toks) && j < i+8; j++ {
			if toks[j].text == "," || toks[j].text == "." {
				break
			}
			if m := s.mentionAt(j); m != nil {
				if (m.kind == graph.Person || m.kind == graph.Organization) && !(m.te < len(toks) && toks[m.te].kind == tPoss) {
					src, srcEnd = m.ent, m.te
				}
				if m.kind != graph.Place {
					break
				}
				j = m.te - 1
			}
		}
		if src < 0 {
			continue
		}
		if len(x.facts.Statements) > first {
			name := x.facts.Entities[src].Name
			for k := first; k < len(x.facts.Statements); k++ {
				if x.facts.Statements[k].Source == "" && x.facts.Statements[k].Speaker != src {
					x.facts.Statements[k].Source = name
				}
			}
			continue
		}
		var a, b int
		if i == s.body || (i > s.body && toks[i-1].text != ",") {
			// "According to X, …"
			a = srcEnd
			for a < len(toks) && toks[a].text != "," {
				a++
			}
			a++
			b = x.contentEnd(s, a)
		} else {
			a, b = s.body, i-1
		}
		if a < b && b <= len(toks) {
			x.addStatement(s, src, trimQuote(x.textOf(s, a, b)), false, "according to")
		}
	}
}

// sortMentions orders the mentions of s by position.
func sortMentions(s *sentence) {
	ms := s.ments
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].ts < ms[j-1].ts; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// roleAppositive reports whether tokens [a, b) are a noun phrase that
// names a role: "a spokesman for the Finnish government", "the head of
// the delegation", "Finland's top diplomat". It starts with a determiner
// or a possessor and holds a lower-case role noun.
func roleAppositive(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	switch toks[a].lower {
	case "a", "an", "the", "his", "her", "their", "its":
	default:
		// "deputy head of the council", "spokesman for the ministry"
		if !toks[a].isCap() && roleNouns[toks[a].lower] == "" && !roleModifiers[toks[a].lower] {
			return false
		}
	}
	for k := a; k < b && k < a+12; k++ {
		t := toks[k]
		if t.kind == tWord && !t.isCap() && roleNouns[t.lower] != "" {
			return true
		}
		if t.kind == tWord && !t.isCap() && clauseBreakWords[t.lower] {
			return false
		}
	}
	return false
}

// boolInt is 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
