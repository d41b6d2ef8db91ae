package en

import (
	"sort"
	"strings"

	"newsgraph/graph"
)

// findMentions finds the entity mentions of a sentence: capitalized chunks
// resolved to people, organizations and places; organizations named with
// a lower-case head ("the Iraqi government"); party words; role-only
// references ("the Egyptian president") and anaphors ("the ministry", "the
// two leaders"). It records roles on the way.
func (x *doc) findMentions(s *sentence) {
	toks := s.toks
	for i := s.body; i < len(toks); {
		if i+1 < len(toks) && addressTitle(toks, i+1) {
			i += 2 // "His Highness": the name or title follows
			continue
		}
		if !x.startsChunk(toks, i) {
			i++
			continue
		}
		if n := agencyCredit(toks, i); n > 0 {
			i += n
			continue
		}
		e := addressCut(toks, i, chunkEnd(toks, i))
		x.chunk(s, i, e)
		i = max(e, i+1)
	}
	x.basedPlaces(s)
	x.lowerRefs(s)
	sort.SliceStable(s.ments, func(i, j int) bool { return s.ments[i].ts < s.ments[j].ts })
	s.at = nil
	x.prefixRoles(s)
	x.appositiveRoles(s)
	x.groups(s)
	for _, m := range s.ments {
		x.lastUse[m.ent] = s.idx
	}
	s.indexMentions()
}

// addressCut ends the chunk [a, b) before a form of address inside it:
// "President His Highness Sheikh X" is the title "President", then "His
// Highness", then the name.
func addressCut(toks []token, a, b int) int {
	for p := a + 1; p+1 < b; p++ {
		if addressTitle(toks, p+1) {
			return p
		}
	}
	return b
}

// addressTitle reports whether toks[i] is a form of address after a
// possessive pronoun: "Highness" in "His Highness the Amir".
func addressTitle(toks []token, i int) bool {
	if i == 0 || !addressTitles[toks[i].lower] {
		return false
	}
	p := toks[i-1].lower
	return p == "his" || p == "her" || p == "their" || p == "your"
}

// agencyCredit returns the length of a wire-service credit at toks[i],
// "(ANI/Sputnik)" or "(Yonhap)" closing a paragraph, or "– KUNA" ending
// it, or 0: the agency is only the article's source there.
func agencyCredit(toks []token, i int) int {
	if i == 0 {
		return 0
	}
	paren := toks[i-1].text == "("
	if toks[i-1].text == "/" && i+1 < len(toks) && toks[i+1].text == "/" && agencies[toks[i].text] {
		return 2 // "/TASS/."
	}
	if !paren && !isDash(toks[i-1].text) {
		return 0
	}
	for j := i; j <= len(toks); j++ {
		switch {
		case j == len(toks) || toks[j].text == ".":
			if !paren && j > i {
				return j - i
			}
			return 0
		case agencies[toks[j].text] || toks[j].text == "/":
		case paren && toks[j].text == ")" && j > i:
			if j+1 == len(toks) || toks[j+1].kind == tPunct {
				return j - i
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// isDash reports whether w is a dash that sets off a credit or dateline.
func isDash(w string) bool {
	return w == "-" || w == "–" || w == "—" || w == "―" || w == "--"
}

// addMention records a mention of entity ent over tokens [a, b).
func (s *sentence) addMention(a, b, cs, ent int, kind graph.NodeKind, anchored bool) {
	s.ments = append(s.ments, mention{ts: a, te: b, cs: cs, ent: ent, kind: kind, anchored: anchored})
	s.at = nil
}

// chunk resolves the segments of the chunk [a, b) to entities.
func (x *doc) chunk(s *sentence, a, b int) {
	toks := s.toks
	segs := x.parseChunk(toks, a, b)
	owner := -1 // the entity a title belongs to: "Ukrainian" in "Ukrainian President"
	ownerCode := ""
	// "Egypt's Foreign Minister X": the owner is the possessor before.
	if a >= 2 && toks[a-1].kind == tPoss {
		if m := s.mentionAt(a - 2); m != nil && m.kind != graph.Person {
			owner = m.ent
			ownerCode = x.codeOf(m.ent)
		}
	}
	title, titleAt := "", -1
	if p := s.pending; p != nil && p.at == a {
		title, titleAt, owner, ownerCode = p.title, a, p.owner, p.ownerCode
	}
	s.pending = nil
	var to place
	for _, sg := range segs {
		sp := s.spanOf(sg.a, sg.b)
		surface := x.d.Text[sp.Start:sp.End]
		switch sg.kind {
		case segPlace:
			if toks[sg.a].inQuote && sg.place.code == "" && false {
				continue
			}
			idx := x.placeEntity(sg.place, surface, sp)
			s.addMention(sg.a, sg.b, sg.a, idx, graph.Place, false)
			owner, ownerCode = idx, sg.place.code
			if sg.demonym {
				x.lowerOrg(s, sg, idx)
			}
		case segOrg:
			idx := x.orgFromChunk(s, sg, owner, ownerCode, surface, sp)
			if idx < 0 {
				continue
			}
			if code := firstNonEmpty(sg.place.code, ownerCode); code != "" && strings.Contains(strings.ToLower(surface), "ministr") {
				x.ministryCountry, x.ministryAt = code, s.idx
			}
			s.addMention(sg.a, sg.b, sg.a, idx, graph.Organization, false)
			owner, ownerCode = idx, ""
		case segTitle:
			title, titleAt, to = sg.title, sg.a, sg.to
			if sg.of.code != "" && sg.ofAt > sg.a {
				k := sg.ofAt
				e := k + len(strings.Fields(sg.of.name))
				if e > sg.b {
					e = sg.b
				}
				idx := x.placeEntity(sg.of, x.textOf(s, k, e), s.spanOf(k, e))
				s.addMention(k, e, k, idx, graph.Place, false)
				owner, ownerCode = idx, sg.of.code
			}
			if to.code != "" {
				// "Ambassador to Iraq": Iraq is mentioned, not the owner.
				k := sg.b - len(strings.Fields(to.name))
				if k > sg.a {
					idx := x.placeEntity(to, x.textOf(s, k, sg.b), s.spanOf(k, sg.b))
					s.addMention(k, sg.b, k, idx, graph.Place, false)
				}
			}
		case segName:
			words := nameWords(toks, sg.a, sg.b)
			if title != "" {
				idx := x.personEntity(words, surface, sp)
				if h := titleHeadOf(title); honorifics[h] {
					// "King Salman", "Pope Leo": the title is part of how
					// the person is named.
					addAlias(x.facts.Entities[idx], h+" "+surface)
				}
				s.addMention(sg.a, sg.b, titleAt, idx, graph.Person, true)
				x.titleRole(s, idx, owner, ownerCode, title, sg)
				title, owner, ownerCode = "", -1, ""
				continue
			}
			x.nameSegment(s, sg, words, surface)
		}
	}
	if title != "" && b+1 < len(toks) && toks[b].text == "," {
		s.pending = &pendingTitle{title: title, owner: owner, ownerCode: ownerCode, at: b + 1}
	}
	// "(APEC)" after an organization is its acronym.
	if b+2 < len(toks) && toks[b].text == "(" && toks[b+2].text == ")" && isUpperWord(toks[b+1].text) {
		m := s.mentionAt(b - 1)
		if m != nil && m.kind != graph.Organization && m.ts >= 3 && toks[m.ts-1].kind == tWord && !toks[m.ts-1].isCap() {
			// "United Nations Interim Force in Lebanon (UNIFIL)"
			m = s.mentionAt(m.ts - 2)
		}
		if m != nil && m.kind == graph.Organization {
			x.addOrgAlias(m.ent, toks[b+1].text)
			s.addMention(b+1, b+2, b+1, m.ent, graph.Organization, false)
			x.facts.Entities[m.ent].Mentions = append(x.facts.Entities[m.ent].Mentions, s.spanOf(b+1, b+2))
		}
	}
	// "Egypt's foreign ministry", "Iraq's government".
	if len(segs) > 0 {
		last := segs[len(segs)-1]
		if last.kind == segPlace && !last.demonym && last.b == b && b < len(toks) && toks[b].kind == tPoss {
			if m := s.mentionAt(b - 1); m != nil {
				x.lowerOrg(s, segment{a: last.a, b: b + 1, kind: segPlace, place: last.place}, m.ent)
			}
		}
	}
}

// honorifics are titles used as part of a name: "King Salman", "Sheikh
// Tamim".
// Read from data/honorifics.tsv.
var honorifics = loadSet("honorifics.tsv", "word")

// pendingTitle is a title waiting for the name after a comma.
type pendingTitle struct {
	title     string
	owner     int
	ownerCode string
	at        int // the token where the name's chunk must start
}

// nameSegment resolves a name that no title anchors.
func (x *doc) nameSegment(s *sentence, sg segment, words []string, surface string) {
	toks := s.toks
	sp := s.spanOf(sg.a, sg.b)
	kind := x.classifyName(toks, sg.a, sg.b)
	if kind == thingKind || kind == graph.Organization && toks[sg.a].inQuote && x.orgByAlias(surface) < 0 {
		return
	}
	if kind == graph.Person && sg.b < len(toks) && eventNouns[toks[sg.b].lower] && x.knownPerson(words) < 0 {
		return // "the Lunar New Year reception", "the Global Gateway programme"
	}
	if kind == graph.Person && x.knownPerson(words) < 0 && (x.placeContext(s, sg) || x.placeNames[strings.Join(words, " ")]) {
		// "near the Blue Line", "in the Old City", "visited La Paz"; and
		// the same name where nothing says what it is.
		kind = graph.Place
	}
	if kind != graph.Organization && kind != graph.Place {
		if p := x.knownPerson(words); p >= 0 || (kind == graph.Person && !toks[sg.a].inQuote) {
			if p < 0 || kind == graph.Person {
				p = x.personEntity(words, surface, sp)
			} else {
				x.personAlias(p, surface, sp)
			}
			s.addMention(sg.a, sg.b, sg.a, p, graph.Person, false)
			return
		}
	}
	switch kind {
	case graph.Organization:
		if len(words) == 1 && orgHeads[strings.ToLower(words[0])] {
			// "Government spokesman": the organization named before.
			if o := x.lastOrgWith(strings.ToLower(words[0])); o >= 0 {
				s.addMention(sg.a, sg.b, sg.a, o, graph.Organization, false)
			}
			return
		}
		if o := x.orgByAlias(surface); o >= 0 {
			x.addOrgAlias(o, surface)
			x.facts.Entities[o].Mentions = append(x.facts.Entities[o].Mentions, sp)
			s.addMention(sg.a, sg.b, sg.a, o, graph.Organization, false)
			return
		}
		o := x.entity(graph.Organization, surface, "", "", surface, sp)
		x.addOrgAlias(o, surface)
		s.addMention(sg.a, sg.b, sg.a, o, graph.Organization, false)
		return
	case graph.Place:
		p := x.entity(graph.Place, surface, "", "", surface, sp)
		s.addMention(sg.a, sg.b, sg.a, p, graph.Place, false)
		return
	}
	if toks[sg.a].inQuote {
		return
	}
	// A single unknown word: a place after a locative preposition ("in
	// Woodside"), with a lower-case place noun ("Filoli estate") or in
	// a list of places ("Woodside, California"); a person before a
	// reporting verb.
	if surface == "X" && sg.a >= 1 && toks[sg.a-1].lower == "on" {
		// "wrote on X": the platform.
		o := x.entity(graph.Organization, "X", "", "", "X", sp)
		s.addMention(sg.a, sg.b, sg.a, o, graph.Organization, false)
		return
	}
	if sg.b < len(toks) && outletNouns[toks[sg.b].lower] {
		// "Yonhap news agency", "Kommersant daily"
		o := x.entity(graph.Organization, surface, "", "", surface, sp)
		x.addOrgAlias(o, surface)
		s.addMention(sg.a, sg.b, sg.a, o, graph.Organization, false)
		return
	}
	if sg.b < len(toks) && placeLowerHeads[toks[sg.b].lower] {
		sg2 := segment{a: sg.a, b: sg.b + 1}
		sp2 := s.spanOf(sg2.a, sg2.b)
		txt := x.d.Text[sp2.Start:sp2.End]
		p := x.entity(graph.Place, txt, "", "", txt, sp2)
		s.addMention(sg2.a, sg2.b, sg2.a, p, graph.Place, false)
		return
	}
	if (x.locative(s, sg.a) || capitalAppositive(toks, sg.a, sg.b)) && !(sg.b < len(toks) && (toks[sg.b].kind == tPoss || reportingVerbs[toks[sg.b].lower] || toks[sg.b].lower == "told")) {
		p := x.entity(graph.Place, surface, "", "", surface, sp)
		s.addMention(sg.a, sg.b, sg.a, p, graph.Place, false)
		return
	}
	if sg.b < len(toks) && (reportingVerbs[toks[sg.b].lower] || toks[sg.b].lower == "told") && len(words) == 1 && !commonCaps[strings.ToLower(words[0])] {
		p := x.personEntity(words, surface, sp)
		s.addMention(sg.a, sg.b, sg.a, p, graph.Person, false)
	}
}

// placeContext reports whether an unknown multiword name stands where a
// place does: after "in", "at", "near" (and "the"), not before a
// possessive, with no title.
func (x *doc) placeContext(s *sentence, sg segment) bool {
	toks := s.toks
	if sg.b < len(toks) && toks[sg.b].kind == tPoss {
		return false
	}
	j := sg.a - 1
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].lower {
	case "in", "at", "near", "inside", "outside", "across", "around":
		return true
	case "of":
		if j > 0 && placeOfNouns[toks[j-1].lower] {
			return true
		}
	}
	return visitObject(toks, j) || capitalAppositive(toks, sg.a, sg.b)
}

// eventNouns after an unknown name make it the name of a thing, not a
// person: "the Lunar New Year reception", "the Global Gateway programme".
// Read from data/event_nouns.tsv.
var eventNouns = loadSet("event_nouns.tsv", "word")

// placeOfNouns take a place after "of": "the city of X", "the mayor of
// X", "the outskirts of X".
// Read from data/place_of_nouns.tsv.
var placeOfNouns = loadSet("place_of_nouns.tsv", "word")

// visitVerbs take the place visited as their object: "visited La Paz".
// A person is rarely their object without a title, which anchors a
// person before this is asked.
// Read from data/visit_verbs.tsv.
var visitVerbs = loadSet("visit_verbs.tsv", "word")

// visitObject reports whether token j, the word before a name (after
// "the"), makes the name the destination of a visit: "visited X",
// "travelled to X", "flew on to X", "arrived in X".
func visitObject(toks []token, j int) bool {
	if j < 0 || j >= len(toks) {
		return false
	}
	if visitVerbs[toks[j].lower] {
		return true
	}
	if toks[j].lower != "to" && toks[j].lower != "in" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if r, ok := contactWords[toks[k].lower]; ok && r.kind == graph.Visited {
			return true
		}
		if !skipBeforeNeed[toks[k].lower] {
			break
		}
	}
	return false
}

// capitalAppositive reports whether tokens [a, b) stand in apposition to
// a capital or city: "the capital, X", "X, the capital of Y", "X, the
// country's largest city".
func capitalAppositive(toks []token, a, b int) bool {
	if a >= 2 && toks[a-1].text == "," && cityNouns[toks[a-2].lower] {
		return true
	}
	if b+1 < len(toks) && toks[b].text == "," {
		for k := b + 1; k < len(toks) && k <= b+5; k++ {
			t := toks[k]
			switch {
			case cityNouns[t.lower]:
				// "X, the city's mayor" is a person.
				return !(k+1 < len(toks) && (toks[k+1].kind == tPoss || toks[k+1].kind == tWord && (roleNouns[toks[k+1].lower] != "" || titleWords[toks[k+1].lower])))
			case t.lower == "the" || t.lower == "a" || t.kind == tPoss || cityModifiers[t.lower]:
				continue
			case t.kind == tWord && k+1 < len(toks) && toks[k+1].kind == tPoss:
				continue // "Bolivia's capital", "the country's largest city"
			}
			break
		}
	}
	return false
}

// cityModifiers stand between "the" and a city noun: "the country's
// largest city", "the main port".
// Read from data/city_modifiers.tsv.
var cityModifiers = loadSet("city_modifiers.tsv", "word")

// cityNouns name a city: "the capital, X".
// Read from data/city_nouns.tsv.
var cityNouns = loadSet("city_nouns.tsv", "word")

// locative reports whether the token before i makes a place of what
// follows: "in X", "at the X", "X, Y" after a place, "travel to X".
func (x *doc) locative(s *sentence, i int) bool {
	toks := s.toks
	j := i - 1
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	w := toks[j].lower
	if locativePreps[w] || visitVerbs[w] {
		return true
	}
	if w == "of" && j > 0 && placeOfNouns[toks[j-1].lower] {
		return true // "the city of Arequipa", "the mayor of Arequipa"
	}
	if w == "and" && j > 0 && i+1 < len(toks) && toks[i+1].kind != tPoss {
		// "Lima and Cusco": a place listed with a place before it.
		if m := s.mentionAt(j - 1); m != nil && m.kind == graph.Place && x.codeOf(m.ent) == "" {
			return true
		}
	}
	if (w == "to" || w == "in") && visitObject(toks, j) {
		return true // "travel on to X"
	}
	if w == "," && j > 0 {
		if m := s.mentionAt(j - 1); m != nil && m.kind == graph.Place {
			return true
		}
	}
	return false
}

// firstNonEmpty returns the first of ss that is not empty.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// codeOf returns the ISO code of a country entity, or "".
func (x *doc) codeOf(ent int) string {
	k := x.facts.Entities[ent].Key
	if strings.HasPrefix(k, "place:") {
		return k[len("place:"):]
	}
	return ""
}

// placeEntity returns the entity of a gazetteer place (or of an unknown
// place named surface) and records the mention.
func (x *doc) placeEntity(p place, surface string, sp spanT) int {
	if p.code != "" {
		return x.entity(graph.Place, p.name, p.name, "place:"+p.code, surface, sp)
	}
	if p.name != "" {
		return x.entity(graph.Place, p.name, p.name, "", surface, sp)
	}
	return x.entity(graph.Place, surface, "", "", surface, sp)
}

// orgFromChunk returns the entity of an organization segment. A generic
// name after a country's possessive ("Egypt's Foreign Ministry") is named
// with the country's demonym when the article uses one ("Egyptian Foreign
// Ministry"), so both spellings give one node.
func (x *doc) orgFromChunk(s *sentence, sg segment, owner int, ownerCode, surface string, sp spanT) int {
	toks := s.toks
	words := nameWords(toks, sg.a, sg.b)
	if len(words) == 1 && orgHeads[strings.ToLower(words[0])] && !(sg.a > 0 && toks[sg.a-1].kind == tPoss) {
		return x.lastOrgWith(strings.ToLower(words[0]))
	}
	if len(words) == 1 && orgHeads[strings.ToLower(words[0])] && owner < 0 && sg.a >= 2 {
		// "the Prime Minister's Office": named with its possessor.
		a := sg.a - 2
		for a > s.body && isNameWord(toks[a-1]) {
			a--
		}
		name := x.textOf(s, a, sg.b)
		return x.entity(graph.Organization, name, "", "", name, sp)
	}
	name := surface
	if full, ok := orgFullNames[name]; ok {
		o := x.entity(graph.Organization, full, "", "", name, sp)
		x.addOrgAlias(o, name)
		x.addOrgAlias(o, full)
		return o
	}
	if sg.a >= 2 && toks[sg.a-1].kind == tPoss && owner >= 0 && ownerCode != "" && genericOrg(words) {
		if dem := x.demonymOf(ownerCode); dem != "" {
			canon := dem + " " + name
			return x.entity(graph.Organization, canon, "", "", x.textOf(s, sg.a-2, sg.b), sp)
		}
		o := x.entity(graph.Organization, x.textOf(s, sg.a-2, sg.b), "", "", name, sp)
		return o
	}
	if o := x.orgByAlias(name); o >= 0 {
		e := x.facts.Entities[o]
		x.addOrgAlias(o, name)
		e.Mentions = append(e.Mentions, sp)
		return o
	}
	o := x.entity(graph.Organization, name, "", "", name, sp)
	x.addOrgAlias(o, name)
	return o
}

// genericOrg reports whether an organization's words name a kind of body
// that every country has ("Foreign Ministry", "Government").
func genericOrg(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if !orgModifiers[lw] && !orgLowerHeads[lw] && lw != "affairs" && lw != "of" && lw != "ministry" {
			return false
		}
	}
	return true
}

// demonymOf returns the demonym the article uses for a country, or "".
func (x *doc) demonymOf(code string) string {
	return x.demonyms[code]
}

// lowerOrg finds an organization named by a country's demonym or
// possessive and lower-case words: "the Iraqi government", "China's
// foreign ministry", "Turkish embassy". sg is the place segment.
func (x *doc) lowerOrg(s *sentence, sg segment, placeEnt int) {
	toks := s.toks
	j := sg.b
	k := j
	for k < len(toks) && toks[k].kind == tWord && orgModifiers[toks[k].lower] {
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord || !orgLowerHeads[toks[k].lower] {
		return
	}
	if k+1 < len(toks) && isNameWord(toks[k+1]) {
		return // "Iraqi government spokesman X" keeps going; left to roles
	}
	code := sg.place.code
	dem := x.demonymOf(code)
	if sg.demonym {
		dem = x.textOf(s, sg.a, sg.b)
	}
	var head []string
	for i := j; i <= k; i++ {
		head = append(head, titleCase(toks[i].text))
	}
	surface := x.textOf(s, sg.a, k+1)
	canon := surface
	if dem != "" {
		canon = dem + " " + strings.Join(head, " ")
	}
	o := x.entity(graph.Organization, canon, "", "", surface, s.spanOf(sg.a, k+1))
	s.addMention(j, k+1, sg.a, o, graph.Organization, false)
	if code != "" && toks[k].lower == "ministry" {
		x.ministryCountry, x.ministryAt = code, s.idx
	}
	if sg.demonym {
		// The demonym belongs to the organization's name, not to a
		// mention of the country.
		x.dropMention(s, sg.a, placeEnt)
	}
}

// dropMention removes the mention of ent that starts at token a.
func (x *doc) dropMention(s *sentence, a, ent int) {
	for i, m := range s.ments {
		if m.ts == a && m.ent == ent {
			s.ments = append(s.ments[:i], s.ments[i+1:]...)
			s.at = nil
			e := x.facts.Entities[ent]
			if n := len(e.Mentions); n > 0 {
				e.Mentions = e.Mentions[:n-1]
			}
			x.orphan(ent)
			return
		}
	}
}

// orphan marks an entity that lost its only mention, so that it is left
// out of the facts.
func (x *doc) orphan(ent int) {
	if len(x.facts.Entities[ent].Mentions) == 0 {
		x.orphans[ent] = true
	}
}

// titleCase capitalizes the first letter of w.
func titleCase(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// addOrgAlias records a name under which an organization can be found.
func (x *doc) addOrgAlias(o int, name string) {
	x.orgAliases[graph.Fold(name)] = o
	addAlias(x.facts.Entities[o], name)
}

// orgByAlias returns the organization known by name, or -1. An acronym
// also finds the organization whose initials it spells ("IMO" for
// "International Maritime Organization").
func (x *doc) orgByAlias(name string) int {
	if o, ok := x.orgAliases[graph.Fold(name)]; ok {
		return o
	}
	if full, ok := orgFullNames[name]; ok {
		if o, ok := x.orgAliases[graph.Fold(full)]; ok {
			return o
		}
	}
	if isUpperWord(name) && len(name) >= 2 && len(name) <= 6 {
		for i, e := range x.facts.Entities {
			if e.Kind == graph.Organization && initials(e.Name) == strings.ReplaceAll(name, ".", "") {
				return i
			}
		}
	}
	return -1
}

// initials returns the capitals of a name's main words: "International
// Maritime Organization" -> "IMO".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w == "of" || w == "the" || w == "and" || w == "for" || len(w) == 0 {
			continue
		}
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		} else {
			return ""
		}
	}
	return b.String()
}

// lastOrgWith returns the most recently mentioned organization whose name
// holds word (or whose known kind is word), or -1: "the ministry", "the
// department", "Government".
func (x *doc) lastOrgWith(word string) int {
	best, bestUse := -1, -2
	for i, e := range x.facts.Entities {
		if e.Kind != graph.Organization || x.orphans[i] {
			continue
		}
		ok := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(strings.ToLower(n), word) || knownOrgs[n] == word {
				ok = true
				break
			}
		}
		if ok && x.lastUse[i] >= bestUse {
			best, bestUse = i, x.lastUse[i]
		}
	}
	return best
}

// addFullName records a full person name of the first pass, once.
func (x *doc) addFullName(words []string) {
	key := strings.Join(words, " ")
	if x.fullSeen[key] {
		return
	}
	x.fullSeen[key] = true
	k := len(x.fullNames)
	x.fullNames = append(x.fullNames, words)
	for _, w := range nameKeys(words) {
		x.fullByWord[w] = capList(append(x.fullByWord[w], k))
	}
}

// maxNameCandidates bounds how many names one word finds, the most recent
// kept, so that a text full of namesakes stays fast.
const maxNameCandidates = 32

// capList keeps the last maxNameCandidates entries of l.
func capList(l []int) []int {
	if len(l) > maxNameCandidates {
		return l[len(l)-maxNameCandidates:]
	}
	return l
}

// nameKeys returns the words under which a name is indexed: its
// normalized words, with hyphenated particles also stripped.
func nameKeys(words []string) []string {
	var out []string
	for _, w := range normName(words) {
		out = append(out, w)
		if s := stripParticle(w); s != w {
			out = append(out, s)
		}
	}
	return out
}

// indexPerson records the words of a name of person p.
func (x *doc) indexPerson(p int, name string) {
	for _, w := range nameKeys(strings.Fields(name)) {
		l := x.personByWord[w]
		if len(l) == 0 || l[len(l)-1] != p {
			if !contains(l, p) {
				x.personByWord[w] = capList(append(l, p))
			}
		}
	}
}

// fullCandidates returns the full names that share a word with words.
func (x *doc) fullCandidates(words []string) []int {
	var out []int
	for _, w := range nameKeys(words) {
		for _, k := range x.fullByWord[w] {
			if !contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// personEntity returns the person that words name: a known person when
// the name is a shorter or longer form of theirs, else a new one.
func (x *doc) personEntity(words []string, surface string, sp spanT) int {
	if p := x.knownPerson(words); p >= 0 {
		x.personAlias(p, surface, sp)
		return p
	}
	name := surface
	for _, k := range x.fullCandidates(words) {
		if f := x.fullNames[k]; len(f) > len(words) && sameName(f, words) {
			name = strings.Join(f, " ")
			break
		}
	}
	p := x.entity(graph.Person, name, "", "", surface, sp)
	x.indexPerson(p, name)
	x.indexPerson(p, surface)
	return p
}

// personAlias records another surface form and mention of person p.
func (x *doc) personAlias(p int, surface string, sp spanT) {
	e := x.facts.Entities[p]
	addAlias(e, surface)
	x.indexPerson(p, surface)
	if sp.End > sp.Start {
		e.Mentions = append(e.Mentions, sp)
	}
}

// knownPerson returns the person already found whose name words also
// name, the most recently mentioned first, or -1.
func (x *doc) knownPerson(words []string) int {
	best, bestUse := -1, -2
	var cands []int
	for _, w := range nameKeys(words) {
		for _, p := range x.personByWord[w] {
			if !contains(cands, p) {
				cands = append(cands, p)
			}
		}
	}
	for _, i := range cands {
		e := x.facts.Entities[i]
		for k, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(n)
			if len(words) >= 2 && len(f) < 2 {
				continue // "Hyung-jin Kim" is not "Kim" of "Kim Jong Un"
			}
			if sameName(f, words) || (k == 0 && sameName(words, f)) {
				if x.lastUse[i] >= bestUse {
					best, bestUse = i, x.lastUse[i]
				}
				break
			}
		}
	}
	if best >= 0 {
		return best
	}
	// A surname or given name before the full name.
	for _, k := range x.fullCandidates(words) {
		if f := x.fullNames[k]; len(f) > len(words) && sameName(f, words) {
			name := strings.Join(f, " ")
			p := x.entity(graph.Person, name, "", "", "", spanT{})
			x.indexPerson(p, name)
			return p
		}
	}
	// An inner part of one full name: "Quispe" of "Gabriela Quispe
	// Mamani", where the first of two surnames is the one used alone.
	return x.innerNamePerson(cands, words)
}

// innerNamePerson returns the one person (of cands, or of the full names
// of the first pass) whose name holds the single word of words as an
// inner part (innerName); -1 when none or more than one fits.
func (x *doc) innerNamePerson(cands []int, words []string) int {
	if len(words) != 1 {
		return -1
	}
	found := -1
	for _, i := range cands {
		if x.facts.Entities[i].Kind == graph.Person && innerName(strings.Fields(x.facts.Entities[i].Name), words[0]) {
			if found >= 0 && found != i {
				return -1 // two people fit: leave it
			}
			found = i
		}
	}
	if found >= 0 {
		return found
	}
	var full []string
	for _, k := range x.fullCandidates(words) {
		if f := x.fullNames[k]; innerName(f, words[0]) {
			if full != nil && strings.Join(full, " ") != strings.Join(f, " ") {
				return -1
			}
			full = f
		}
	}
	if full == nil {
		return -1
	}
	name := strings.Join(full, " ")
	p := x.entity(graph.Person, name, "", "", "", spanT{})
	x.indexPerson(p, name)
	return p
}

// innerName reports whether w is an inner word of the full name words (not
// its first or last): the first of a double surname ("Quispe" of
// "Gabriela Quispe Mamani") or a middle name. Particles and a father's name
// after "bin" are no surname, and neither is an inner word of a name that
// ends in a hyphenated particle ("Mohammed Shia al-Sudani"), where it is a
// father's name.
func innerName(full []string, w string) bool {
	f := normName(full)
	lw := strings.ToLower(w)
	if len(f) < 3 || nameParticles[lw] || commonCaps[lw] || stripParticle(f[len(f)-1]) != f[len(f)-1] {
		return false
	}
	for k := 1; k < len(f)-1; k++ {
		if f[k] == lw && !patronymParticles[f[k-1]] && !nameParticles[f[k-1]] {
			return true
		}
	}
	return false
}

// sameName reports whether short names the same person as full: equal
// names, a final part ("Sisi" of "Abdel Fattah al-Sisi", "de la Cruz"), the
// given name ("Tesfaye" of "Tesfaye Bekele"), or another full form with the
// same surname and initial ("Joseph R. Biden Jr." and "Joe Biden").
func sameName(full, short []string) bool {
	f := normName(full)
	s := normName(short)
	if len(f) == 0 || len(s) == 0 {
		return false
	}
	if strings.Join(f, " ") == strings.Join(s, " ") {
		return true
	}
	if len(s) < len(f) {
		// A final part, with a particle prefix optional; not a father's
		// name after "bin" ("Salman" of "Mohammed bin Salman").
		patronym := patronymParticles[f[len(f)-len(s)-1]]
		tail := f[len(f)-len(s):]
		if !patronym && strings.Join(tail, " ") == strings.Join(s, " ") {
			return true
		}
		if len(s) == 1 && !patronym && stripParticle(f[len(f)-1]) == stripParticle(s[0]) {
			return true
		}
		if len(s) == 1 && f[0] == s[0] && !nameParticles[s[0]] {
			return true
		}
		// "Mohamed bin Zayed" of "Mohamed bin Zayed Al Nahyan": a given
		// name and its patronym start the full name.
		if len(s) >= 3 && patronymParticles[s[1]] && strings.Join(f[:len(s)], " ") == strings.Join(s, " ") {
			return true
		}
	}
	// "Joe Biden" for "Joseph Biden": the same surname and initial; not
	// two men of one family ("Sheikh Sabah … Al-Sabah", "Sheikh Mishal
	// … Al-Sabah"), whose titles and surname agree.
	// Long names of one family ("Mohammed bin Hamad … Al Nahyan") differ
	// in their middle words.
	if len(s) >= 2 && len(f) >= 2 && len(s) <= 3 && len(f) <= 3 && !titleWords[f[0]] && !titleWords[s[0]] {
		return f[len(f)-1] == s[len(s)-1] && f[0][:1] == s[0][:1]
	}
	return false
}

// patronymParticles introduce a father's name: "bin", "ibn", "bint".
// Read from data/patronym_particles.tsv.
var patronymParticles = loadSet("patronym_particles.tsv", "word")

// normName lower-cases name words and drops initials and suffixes.
func normName(words []string) []string {
	var out []string
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nameSuffixes[lw] || len(lw) <= 1 {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// stripParticle removes a hyphenated particle: "al-sisi" -> "sisi".
func stripParticle(w string) string {
	for _, p := range hyphenParticles {
		if strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

// basedPlaces finds the place of "X-based" ("a Santa Cruz-based
// analyst"): what stands before "-based" is where someone or something
// is based, a place unless it is a known organization.
func (x *doc) basedPlaces(s *sentence) {
	toks := s.toks
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord || t.inQuote || !strings.HasSuffix(t.lower, "-based") || !t.isCap() {
			continue
		}
		prefix := t.text[:len(t.text)-len("-based")]
		if prefix == "" || strings.ContainsAny(prefix, "-.") {
			continue
		}
		a := i
		for a > s.body && isNameWord(toks[a-1]) && toks[a-1].end+1 == toks[a].start && !commonCaps[bare(toks[a-1])] {
			if m := s.mentionAt(a - 1); m != nil && m.kind != graph.Person {
				break
			}
			a--
		}
		for a < i && s.mentionAt(a) != nil {
			a = i // a person there stays one; take the word alone
		}
		sp := spanT{Start: toks[a].start, End: t.start + len(prefix)}
		name := x.d.Text[sp.Start:sp.End]
		if x.orgByAlias(name) >= 0 || knownOrgs[name] != "" {
			continue
		}
		if _, ok := knownOrgs[name]; ok {
			continue
		}
		var idx int
		if p, ok := x.ex.gaz.names[name]; ok {
			idx = x.placeEntity(p, name, sp)
		} else {
			idx = x.entity(graph.Place, name, "", "", name, sp)
		}
		s.addMention(a, i+1, a, idx, graph.Place, false)
	}
}
