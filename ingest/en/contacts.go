package en

import (
	"strconv"
	"strings"
	"time"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// toVerbs end in "s" and take "to" + a contact word with their own
// subject: "plans to visit", "hopes to meet".
// Read from data/to_verbs.tsv.
var toVerbs = loadSet("to_verbs.tsv", "word")

// modals come before the base form of a verb: "will host".
// Read from data/modals.tsv.
var modals = loadSet("modals.tsv", "word")

// meetingNouns name a gathering that people attend.
// Read from data/meeting_nouns.tsv.
var meetingNouns = loadSet("meeting_nouns.tsv", "word")

// listWords may follow "and" inside a list of participants: "and the
// IMO", "and with China's Wang Yi".
// Read from data/list_words.tsv.
var listWords = loadSet("list_words.tsv", "word")

// clauseBreakWords end the clause a contact word's participants come from.
// Read from data/clause_break_words.tsv.
var clauseBreakWords = loadSet("clause_break_words.tsv", "word")

// skipBeforeNeed are words that may stand between a contact word and the
// preposition it needs: "travel today to", "flew on to", "talks in
// Baghdad with".
// Read from data/skip_before_need.tsv.
var skipBeforeNeed = loadSet("skip_before_need.tsv", "word")

// speakVerbs take "to" + the person spoken to: "spoke to X by phone".
// Read from data/speak_verbs.tsv.
var speakVerbs = loadSet("speak_verbs.tsv", "word")

// findContacts finds the calls, meetings, visits and letters of s.
func (x *doc) findContacts(s *sentence) {
	toks := s.toks
	found := false
	before := x.lastDate
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord || t.inQuote {
			continue
		}
		rule, ok := contactWords[t.lower]
		if !ok {
			continue
		}
		if x.contactAt(s, i, rule) {
			found = true
		}
	}
	if !found || x.lastDate.Equal(before) {
		if d := x.sentenceDate(s, false); !d.IsZero() && !x.future(s) {
			x.lastDate = d
		}
	}
}

// future reports whether s speaks of what is planned: "will", "is
// expected to", "is due to".
func (x *doc) future(s *sentence) bool {
	for _, t := range s.toks[s.body:] {
		if t.kind == tWord && !t.inQuote && plannedMarkers[t.lower] {
			return true
		}
	}
	return false
}

// needAt returns the index after the preposition that the contact word at
// i needs ("with", "to", "in"), or -1.
func needAt(s *sentence, i int, need string) int {
	toks := s.toks
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].lower == need {
			return j + 1
		}
		if d := s.dateAt(j); d != nil {
			j = d.te - 1
			continue
		}
		if skipBeforeNeed[toks[j].lower] {
			continue
		}
		if need == "with" && (toks[j].lower == "in" || s.mentionAt(j) != nil && s.mentionAt(j).kind == graph.Place) {
			continue
		}
		break
	}
	return -1
}

// contactAt records the contact of the contact word at token i; it
// reports whether it found one.
func (x *doc) contactAt(s *sentence, i int, rule contactRule) bool {
	var c contactWord
	if !x.setUp(s, i, rule, &c) {
		return false
	}
	toks := s.toks
	i, prev, kind := c.i, c.prev, c.kind
	objStart, objEnd, byEnd, from, attendees := c.objStart, c.objEnd, c.byEnd, c.from, c.attendees
	between := false
	// "a call between X and Y"
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].lower == "between" {
			between, objStart = true, j+1
			break
		}
	}
	if c.callObject && !between && objStart == i+1 && !s.personFrom(i+1) {
		if j := needAt(s, i, "with"); j >= 0 {
			objStart = j
		} else if j := needAt(s, i, "from"); j >= 0 {
			objStart, from = j, "from"
		} else {
			objStart = len(toks)
		}
	}
	// "instructed negotiators to travel": people not named travel.
	if prev == "to" && i >= 2 {
		if p := toks[i-2]; p.kind == tWord && !p.isCap() && strings.HasSuffix(p.lower, "s") && !toVerbs[p.lower] && s.mentionAt(i-2) == nil {
			return false
		}
	}
	cs := x.clauseStart(s, i)
	if c.writerBack {
		cs = x.clauseStart(s, i-2) // "X wrote a letter to Y": X's clause
	}
	ce := x.clauseEnd(s, objStart)
	if objEnd >= 0 {
		ce = objEnd
	}
	// "In a call with X on Monday, Y …": the fronted phrase ends the
	// objects at its comma.
	if fc := frontedComma(s, cs, objStart); fc >= 0 && fc < ce {
		ce = fc
	}
	status, cancel := x.contactStatus(s, cs, i)
	if cancel {
		return false
	}
	// Participants.
	var subj []int
	if !between {
		subj = x.subjects(s, cs, min(i, objStart))
	}
	if byEnd > 0 {
		subj = x.subjects(s, i+1, byEnd)
	}
	// "instructed X to fly", "asked X to meet": X does it.
	if prev == "to" && i >= 2 {
		if m := s.mentionAt(i - 2); m != nil && m.kind == graph.Person && m.te == i-1 {
			subj = []int{m.ent}
		}
	}
	if x.cancelledAfter(s, i, ce) {
		return false
	}
	objKinds := []graph.NodeKind{graph.Person, graph.Organization}
	if kind == graph.Visited {
		objKinds = []graph.NodeKind{graph.Place, graph.Organization}
	}
	obj := x.objects(s, objStart, ce, objKinds)
	if attendees != nil {
		obj = attendees
	}
	if kind == graph.Visited && len(obj) > 1 {
		obj = placeList(s, obj, objStart)
	}
	// "X is in Nairobi for a visit to Kenya": the city is visited too.
	if kind == graph.Visited && len(obj) > 0 {
		for j := cs + 1; j+1 < i; j++ {
			if toks[j].lower == "in" && beVerbs[toks[j-1].lower] {
				if m := s.mentionAt(j + 1); m != nil && m.kind == graph.Place && m.ts == j+1 && !contains(obj, m.ent) {
					obj = append(obj, m.ent)
				}
			}
		}
	}
	// "for an African Union ministerial meeting": the organization.
	if rule.org && len(obj) == 0 {
		for j := i - 1; j >= cs && j >= i-3; j-- {
			if m := s.mentionAt(j); m != nil && m.kind == graph.Organization {
				obj = []int{m.ent}
				break
			}
		}
	}
	if kind == graph.WroteTo && len(obj) > 1 {
		// One addressee (or the group of "the two lawmakers").
		first := obj[0]
		keep := []int{first}
		for _, m := range s.ments {
			if m.ts >= objStart && m.ent == first {
				for _, o := range s.ments {
					if o.ts == m.ts && o.ent != first && o.kind == m.kind {
						keep = append(keep, o.ent)
					}
				}
				break
			}
		}
		obj = keep
	}
	// A letter without a writer before it: "In a letter to Y, X proposed".
	if kind == graph.WroteTo && len(subj) == 0 {
		for _, m := range s.ments {
			if m.ts >= objStart && m.kind == graph.Person && !contains(obj, m.ent) {
				subj = []int{m.ent}
				break
			}
		}
	}
	noObj := objStart >= len(toks)
	if rule.group && noObj && len(obj) == 0 {
		// "after four hours of talks": only between people named together.
		if len(persons(x, subj)) < 2 || x.facts.Entities[persons(x, subj)[0]].Kind != graph.Person {
			return false
		}
	}
	if len(subj) == 0 && !between && kind != graph.WroteTo && !noObj {
		if p := x.firstPerson(s); p >= 0 && !contains(obj, p) {
			subj = []int{p}
		} else if p := x.frontedSubject(s, cs, objStart); p >= 0 && !contains(obj, p) {
			subj = []int{p}
		}
	}
	de := x.clauseEndAt(s, min(objStart, i+1), false)
	if objEnd >= 0 {
		de = ce
	}
	date, dateText := x.contactDate(s, i, cs, de, status == graph.StatusPlanned)
	ev := s.span
	n := 0
	add := func(k graph.EdgeKind, a, b int) {
		if a == b || a < 0 || b < 0 {
			return
		}
		if x.facts.Entities[a].Kind != graph.Person && x.facts.Entities[b].Kind != graph.Person {
			return
		}
		key := string(k) + "|" + strconv.Itoa(min(a, b)) + "|" + strconv.Itoa(max(a, b)) + "|" + strconv.Itoa(ev.Start)
		if x.seen[key] {
			return
		}
		x.seen[key] = true
		c := ingest.Contact{Kind: k, From: a, To: b, Status: status, DateText: dateText, Evidence: ev}
		if !date.IsZero() {
			c.Date = ingest.FormatDate(date)
		}
		x.facts.Contacts = append(x.facts.Contacts, c)
		n++
	}
	switch {
	case between:
		pairwise(obj, func(a, b int) { add(kind, a, b) })
	case kind == graph.Met && separate(s, cs, ce):
		// "held separate talks with A and with B": no meeting of A and B.
		for _, p := range persons(x, subj) {
			for _, o := range obj {
				add(kind, p, o)
			}
		}
	case kind == graph.Met && attendees != nil:
		for _, p := range persons(x, subj) {
			for _, o := range obj {
				add(kind, p, o)
			}
		}
	case kind == graph.Met:
		all := append(append([]int{}, subj...), obj...)
		all = dedupe(persons(x, all))
		pairwise(all, func(a, b int) { add(kind, a, b) })
		if len(all) >= 2 && status != graph.StatusDenied {
			x.lastMeeting = all
		}
	case kind == graph.Visited:
		for _, p := range subj {
			if x.facts.Entities[p].Kind != graph.Person {
				continue
			}
			for _, o := range obj {
				add(kind, p, o)
				if x.facts.Entities[o].Kind == graph.Place {
					x.visitOwners(s, i, o)
				}
			}
		}
	case from != "":
		for _, o := range obj {
			for _, p := range subj {
				add(kind, o, p)
			}
		}
	default:
		if len(obj) == 0 {
			pairwise(dedupe(subj), func(a, b int) { add(kind, a, b) })
		}
		for _, p := range subj {
			for _, o := range obj {
				add(kind, p, o)
			}
		}
	}
	if n == 0 {
		return false
	}
	if !date.IsZero() && status != graph.StatusPlanned {
		if kind == graph.Met || kind == graph.Called {
			x.lastContactDate = date
		}
		x.lastDate = date
	}
	if s.subject < 0 && len(subj) > 0 && x.facts.Entities[subj[0]].Kind == graph.Person {
		s.subject = subj[0]
	}
	return true
}

// placeList returns the destinations of a visit: the first place, or a
// list that "and" closes ("visited Lima and Cusco", "will visit Chile,
// Peru, the Bahamas and Cuba"); "Paris, France" is one destination.
func placeList(s *sentence, obj []int, objStart int) []int {
	toks := s.toks
	keep, closed := obj[:1], 0
	prev := s.firstMentionOf(obj[0], objStart)
	for _, o := range obj[1:] {
		m := s.firstMentionOf(o, objStart)
		if prev == nil || m == nil || prev.kind != graph.Place || m.kind != graph.Place || m.ts <= prev.te {
			break
		}
		and, ok := false, true
		for j := prev.te; j < m.ts; j++ {
			switch toks[j].lower {
			case "and":
				and = true
			case ",", "the":
			default:
				ok = false
			}
		}
		if !ok {
			break
		}
		keep = append(keep, o)
		if and {
			closed = len(keep)
			break
		}
		prev = m
	}
	if closed == 0 {
		return obj[:1]
	}
	return keep[:closed]
}

// separate reports whether the clause [a, b) says its meetings were
// separate.
func separate(s *sentence, a, b int) bool {
	for j := a; j < b && j < len(s.toks); j++ {
		if w := s.toks[j].lower; w == "separate" || w == "separately" || w == "respectively" {
			return true
		}
	}
	return false
}

// personFrom reports whether a person's mention (title included) starts
// at token i, or after an owner and a lower-case role there: "Sudanese
// army chief X", "his Kenyan counterpart X", "the Iraqi foreign minister".
func (s *sentence) personFrom(i int) bool {
	for _, m := range s.ments {
		if m.kind == graph.Person && (m.cs == i || m.ts == i) {
			return true
		}
	}
	j := i
	if j < len(s.toks) && (s.toks[j].lower == "his" || s.toks[j].lower == "her" || s.toks[j].lower == "their" || s.toks[j].lower == "the") {
		j++
	}
	role := false
	for ; j < len(s.toks) && j < i+8; j++ {
		t := s.toks[j]
		m := s.mentionAt(j)
		for k := range s.ments {
			if m == nil && s.ments[k].cs == j && s.ments[k].kind != graph.Person {
				m = &s.ments[k] // "Sudanese army": the demonym opens it
			}
		}
		if m != nil {
			if m.kind == graph.Person {
				return role || m.cs <= i+1
			}
			j = m.te - 1
			continue
		}
		if t.kind == tWord && !t.isCap() && roleNouns[t.lower] != "" || role && t.text == "," {
			role = true
			continue
		}
		if t.kind == tPoss || t.kind == tWord && !t.isCap() && (roleModifiers[t.lower] || orgModifiers[t.lower] || orgLowerHeads[t.lower]) {
			continue
		}
		return false
	}
	return false
}

// persons keeps the people of ents when there are any, else returns ents
// unchanged (an organization met as a whole).
func persons(x *doc, ents []int) []int {
	var ps []int
	for _, e := range ents {
		if x.facts.Entities[e].Kind == graph.Person {
			ps = append(ps, e)
		}
	}
	if len(ps) >= 2 {
		// Keep organizations met by a person: "meet officials of the KRG".
		return ps
	}
	return ents
}

// pairwise calls f for every pair of ents.
func pairwise(ents []int, f func(a, b int)) {
	for i := range ents {
		for j := i + 1; j < len(ents); j++ {
			f(ents[i], ents[j])
		}
	}
}

// dedupe removes repeated entities, keeping the order.
func dedupe(ents []int) []int {
	var out []int
	for _, e := range ents {
		if !contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func contains(ents []int, e int) bool {
	for _, x := range ents {
		if x == e {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause of token i: after
// "that", "who", "where", a semicolon or a reporting verb.
func (x *doc) clauseStart(s *sentence, i int) int {
	toks := s.toks
	for j := i - 1; j >= s.body; j-- {
		t := toks[j]
		if t.text == ";" || t.text == ":" {
			return j + 1
		}
		if t.text == "," && j+1 < i && participleVerbs[toks[j+1].lower] {
			return j + 1
		}
		// "a month after President X visited Ghana": a named subject
		// starts a clause of its own.
		if t.kind == tWord && (t.lower == "after" || t.lower == "before" || t.lower == "since") && j+1 < i {
			if m := s.coveringMention(j + 1); m != nil && m.kind == graph.Person && min(m.cs, m.ts) == j+1 {
				return j + 1
			}
		}
		if t.kind == tWord && !t.isCap() && (clauseBreakWords[t.lower] || reportingVerbs[t.lower]) {
			if t.lower == "who" && j >= 2 && toks[j-1].text == "," {
				// "X, who arrived": X is the subject.
				if m := s.mentionAt(j - 2); m != nil {
					return m.ts
				}
			}
			return j + 1
		}
	}
	return s.body
}

// clauseEnd returns where the objects of a contact word that start at a
// end.
func (x *doc) clauseEnd(s *sentence, a int) int { return x.clauseEndAt(s, a, true) }

// clauseEndAt is clauseEnd; contactStops says whether another contact word
// ends the clause (for participants) or not (for its date).
func (x *doc) clauseEndAt(s *sentence, a int, contactStops bool) int {
	toks := s.toks
	for j := a; j < len(toks); j++ {
		t := toks[j]
		if t.text == ";" || t.text == ":" || t.kind == tQuote || t.text == "." && j == len(toks)-1 {
			return j
		}
		if t.text == "," && j+1 < len(toks) && participleVerbs[toks[j+1].lower] {
			return j
		}
		if t.text == "," && trailingAttribution(s, j) {
			return j
		}
		if t.kind != tWord || t.isCap() || s.mentionAt(j) != nil {
			continue
		}
		if clauseBreakWords[t.lower] || reportingVerbs[t.lower] {
			return j
		}
		if t.lower == "to" && j+1 < len(toks) && toks[j+1].kind == tWord && !toks[j+1].isCap() && s.mentionAt(j+1) == nil && toks[j+1].lower != "the" {
			return j
		}
		if t.lower == "and" && j+1 < len(toks) && toks[j+1].kind == tWord && !toks[j+1].isCap() && s.mentionAt(j+1) == nil &&
			!listWords[toks[j+1].lower] && !x.visitingAdjective(toks, j+1) {
			return j
		}
		if t.text == "," && j+1 < len(toks) && participleVerbs[toks[j+1].lower] {
			return j
		}
		if t.text == "," && trailingAttribution(s, j) {
			return j
		}
		if _, ok := contactWords[t.lower]; ok && j > a && contactStops && !x.visitingAdjective(toks, j) {
			return j
		}
	}
	return len(toks)
}

// trailingAttribution reports whether the comma at j starts ", the
// ministry said" or ", his spokesman X said".
func trailingAttribution(s *sentence, j int) bool {
	toks := s.toks
	for k := j + 1; k < len(toks) && k <= j+7; k++ {
		t := toks[k]
		if t.text == "," || t.kind == tQuote || t.text == "." {
			return false
		}
		if t.kind == tWord && !t.isCap() && reportingVerbs[t.lower] && s.mentionAt(k) == nil {
			return k > j+1
		}
	}
	return false
}

// subjects returns the participants before the contact word at i: the
// people of the clause, else its organizations.
func (x *doc) subjects(s *sentence, cs, i int) []int {
	// "A met B and is expected to meet C": the subject of the first
	// contact word, not its object.
	for p := i - 1; p > cs; p-- {
		if _, ok := contactWords[s.toks[p].lower]; ok && !s.toks[p].isCap() && s.mentionAt(p) == nil && !x.visitingAdjective(s.toks, p) {
			if sub := x.subjects(s, cs, p); len(sub) > 0 {
				return sub
			}
			break
		}
	}
	// "X thanked Y and met Z": a coordinated verb shares the subject of
	// the first, not its object.
	if ps := x.coordinatedSubject(s, cs, i); len(ps) > 0 {
		return ps
	}
	var ps, os []int
	for _, m := range s.ments {
		if m.ts < cs || m.te > i || m.ts != cs && x.governed(s, m) {
			continue
		}
		switch m.kind {
		case graph.Person:
			ps = append(ps, m.ent)
		case graph.Organization:
			os = append(os, m.ent)
		}
	}
	if len(ps) > 0 {
		return dedupe(ps)
	}
	return dedupe(os)
}

// subjectPreps govern a noun phrase that is not the subject of a clause.
// Read from data/subject_preps.tsv.
var subjectPreps = loadSet("subject_preps.tsv", "word")

// governed reports whether a preposition governs mention m: "with Trump",
// "of the House Foreign Affairs Committee".
func (x *doc) governed(s *sentence, m mention) bool {
	j := m.cs - 1
	for j >= s.body {
		t := s.toks[j]
		if t.kind == tPoss || t.lower == "the" || t.lower == "his" || t.lower == "her" || t.lower == "its" || t.lower == "their" {
			j--
			continue
		}
		if o := s.mentionAt(j); o != nil && o.kind != graph.Person && o.cs <= j {
			j = o.cs - 1
			continue
		}
		break
	}
	return j >= s.body && subjectPreps[s.toks[j].lower]
}

// locativeBefore reports whether "at", "in" or "near" governs mention m.
func locativeBefore(s *sentence, m mention) bool {
	j := m.cs - 1
	if j >= 0 && s.toks[j].lower == "the" {
		j--
	}
	return j >= 0 && (s.toks[j].lower == "at" || s.toks[j].lower == "in" || s.toks[j].lower == "near" || s.toks[j].lower == "inside")
}

// objects returns the participants in tokens [a, b) of the first of kinds
// that has any: people before organizations, and places for visits.
func (x *doc) objects(s *sentence, a, b int, kinds []graph.NodeKind) []int {
	toks := s.toks
	for _, k := range kinds {
		var out []int
		for _, m := range s.ments {
			if m.ts < a || m.ts >= b || m.kind != k {
				continue
			}
			if k != graph.Place && m.ts > a && locativeBefore(s, m) {
				continue // "met X at the Pentagon": where, not whom
			}
			out = append(out, m.ent)
		}
		// "meet him": the person named before.
		if k == graph.Person {
			for j := a; j < b && j < len(toks); j++ {
				if objectPronouns[toks[j].lower] && !toks[j].inQuote {
					if p := x.objectAntecedent(s, j); p >= 0 {
						out = append(out, p)
					}
				}
			}
		}
		if len(out) > 0 {
			return dedupe(out)
		}
	}
	return nil
}

// objectAntecedent returns the person that "him" or "her" at j refers to:
// the last person named before it who is not the sentence's first.
func (x *doc) objectAntecedent(s *sentence, j int) int {
	first := x.firstPerson(s)
	best := -1
	for _, m := range s.ments {
		if m.kind == graph.Person && m.te <= j && m.ent != first {
			best = m.ent
		}
	}
	return best
}

// contactStatus reads the status of the contact word at i from the words
// before it: planned ("will meet", "is due to travel"), denied ("denied
// … had spoken"); cancel is true for hypotheticals, invitations,
// postponements and negations.
func (x *doc) contactStatus(s *sentence, cs, i int) (status string, cancel bool) {
	toks := s.toks
	status = graph.StatusHappened
	for j := s.body; j < i; j++ {
		if toks[j].kind == tWord && deniedMarkers[toks[j].lower] && !toks[j].inQuote {
			status = graph.StatusDenied
		}
	}
	accepted := false
	for j := i - 1; j >= s.body && j >= i-8; j-- {
		t := toks[j]
		if t.text == "," || t.text == ";" || (t.kind == tWord && reportingVerbs[t.lower]) {
			break
		}
		if t.lower == "accepted" {
			accepted = true
		}
		if plannedMarkers[t.lower] && status != graph.StatusDenied {
			status = graph.StatusPlanned
		}
		if cancelMarkers[t.lower] && !(accepted || t.lower == "not" && status == graph.StatusDenied) {
			if (t.lower == "invitation" || t.lower == "invited") && accepted {
				continue
			}
			if status == graph.StatusDenied {
				continue
			}
			cancel = true
		}
	}
	if accepted {
		cancel = false
		status = graph.StatusPlanned
	}
	return status, cancel
}

// postponeWords after a contact word undo it: "a visit … was postponed".
// Read from data/contact_markers.tsv.
var postponeWords = contactMarkers["postpone"]

// cancelledAfter reports whether the words after the contact word at i
// postpone or cancel it.
func (x *doc) cancelledAfter(s *sentence, i, ce int) bool {
	toks := s.toks
	for j := i + 1; j < len(toks) && j <= i+14; j++ {
		t := toks[j]
		if t.text == ";" || t.text == "." {
			break
		}
		if postponeWords[t.lower] && !(t.lower == "off" && toks[j-1].lower != "called") {
			return true
		}
	}
	return false
}

// contactDate picks the date of the contact word at i: a date phrase in
// its clause (after it first), else one of the sentence, else the date of
// the events before.
func (x *doc) contactDate(s *sentence, i, cs, ce int, planned bool) (time.Time, string) {
	var pick *dateRef
	for k := range s.dates {
		d := &s.dates[k]
		if d.ts > i && d.ts < ce+3 {
			pick = d
			break
		}
	}
	if pick == nil {
		for k := len(s.dates) - 1; k >= 0; k-- {
			d := &s.dates[k]
			if d.te <= i && d.ts >= cs {
				pick = d
				break
			}
		}
	}
	if pick == nil {
		// A date before the clause ("On Monday, …, X met Y"); one after
		// it belongs to another event.
		for k := range s.dates {
			if s.dates[k].kind != dVague && s.dates[k].ts < cs {
				pick = &s.dates[k]
				break
			}
		}
	}
	if pick == nil {
		for k := range s.dates {
			if s.dates[k].kind == dVague {
				return time.Time{}, s.dates[k].text // "in 2023", "next week"
			}
		}
		if planned {
			return time.Time{}, ""
		}
		return x.lastDate, ""
	}
	base := x.lastContactDate
	if base.IsZero() {
		base = x.lastDate
	}
	if base.IsZero() {
		base = x.d.Published
	}
	own := time.Time{}
	for k := range s.dates {
		if &s.dates[k] != pick && s.dates[k].kind != dRelative {
			own = x.resolve(&s.dates[k], false, time.Time{}, time.Time{})
			if !own.IsZero() {
				break
			}
		}
	}
	return x.resolve(pick, planned, base, own), pick.text
}

// coordAdverbs may stand between "and" and a coordinated verb: "and then
// flew", "and later met".
// Read from data/coord_adverbs.tsv.
var coordAdverbs = loadSet("coord_adverbs.tsv", "word")

// subjectWords may stand inside a subject before its verb: "X and Y",
// "X, a spokesman for the government,".
// Read from data/subject_words.tsv.
var subjectWords = loadSet("subject_words.tsv", "word")

// coordinatedSubject returns the people named before the first verb of
// the clause [cs, i) when the word at i is the second of two coordinated
// verbs ("X thanked Y and met Z", "X arrived and then flew to A"), or nil.
func (x *doc) coordinatedSubject(s *sentence, cs, i int) []int {
	toks := s.toks
	a := i - 1
	for a > cs && toks[a].kind == tWord && coordAdverbs[toks[a].lower] {
		a--
	}
	if a <= cs || toks[a].lower != "and" {
		return nil
	}
	covered := func(k int) bool {
		for _, m := range s.ments {
			if m.cs <= k && k < m.te {
				return true
			}
		}
		return false
	}
	var ps []int
	seen := false
	for k := cs; k < a; k++ {
		t := toks[k]
		if covered(k) {
			for _, m := range s.ments {
				if m.ts == k && m.kind == graph.Person && !contains(ps, m.ent) {
					ps = append(ps, m.ent)
				}
			}
			seen = true
			continue
		}
		if !seen || t.kind != tWord || t.isCap() || subjectWords[t.lower] || t.kind == tPoss {
			continue
		}
		if roleNouns[t.lower] != "" || roleModifiers[t.lower] {
			continue // an appositive's role
		}
		// The first verb: what it governs is no subject.
		if k+1 < a && len(ps) > 0 {
			return ps
		}
		return nil
	}
	return nil
}

// firstMentionOf returns the first mention of ent at or after token a.
func (s *sentence) firstMentionOf(ent, a int) *mention {
	for k := range s.ments {
		if s.ments[k].ent == ent && s.ments[k].ts >= a {
			return &s.ments[k]
		}
	}
	return nil
}

// frontedPreps open a phrase put before the subject: "In a call with X,
// Y said", "During talks with X on Monday, Y …".
// Read from data/fronted_preps.tsv.
var frontedPreps = loadSet("fronted_preps.tsv", "word")

// frontedComma returns the comma that ends a phrase opening the clause
// cs with a preposition and holding token a ("In a call with X on
// Monday, …"), or -1.
func frontedComma(s *sentence, cs, a int) int {
	toks := s.toks
	if cs >= len(toks) || !frontedPreps[toks[cs].lower] || a-cs > 6 {
		return -1
	}
	for j := a; j < len(toks) && j < a+20; j++ {
		if toks[j].text == "," {
			return j
		}
		if toks[j].kind == tWord && !toks[j].isCap() && (reportingVerbs[toks[j].lower] || clauseBreakWords[toks[j].lower]) {
			return -1
		}
	}
	return -1
}

// frontedSubject returns the person who opens the main clause after a
// fronted phrase that holds the contact word, or -1.
func (x *doc) frontedSubject(s *sentence, cs, a int) int {
	j := frontedComma(s, cs, a)
	if j < 0 {
		return -1
	}
	k := j + 1
	if d := s.dateAt(k); d != nil {
		k = d.te
	}
	for _, m := range s.ments {
		if m.kind == graph.Person && (m.cs == k || m.ts == k) {
			return m.ent
		}
	}
	return -1
}
