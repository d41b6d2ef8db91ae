package ar

import (
	"strings"
	"time"

	"newsgraph/graph"
)

// contact is a contact before entity indexes are final.
type contact struct {
	kind     graph.EdgeKind
	from, to int
	status   string
	date     time.Time
	dateText string
	adjusted bool
	sent     int
}

// trigger is a contact word found in a clause.
type trigger struct {
	kind graph.EdgeKind
	tok  int
	n    int
	// definite says the word has the article: "اللقاء" names a meeting
	// already told, "لقاء" or "التقى" a new one.
	definite bool
}

// clauses splits sentence si into clauses: at a comma before a word that
// opens a new clause, at "حيث", and at the complementiser after a reporting
// verb, so that a speaker is not taken for a party to what they report.
func (x *docState) clauses(si int) [][2]int {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	var out [][2]int
	s := a
	sawVerb := false
	for k := a; k < b; k++ {
		t := x.toks[k]
		if t.quote > 0 {
			continue
		}
		switch {
		case isComma(t) && x.breakAt(k, b):
			out = append(out, [2]int{s, k})
			s, sawVerb = k+1, false
			continue
		case t.fold == "حيث" && k > s:
			out = append(out, [2]int{s, k})
			s, sawVerb = k, false
			continue
		}
		if _, ok := x.lx.verbs.at(x.toks, k, b, true); ok {
			sawVerb = true
		} else if _, ok := x.lx.parts.at(x.toks, k, b, true); ok {
			sawVerb = true
		} else if _, ok := x.lx.comps.at(x.toks, k, b, false); ok && sawVerb && k > s {
			out = append(out, [2]int{s, k})
			s, sawVerb = k, false
		}
	}
	if s < b {
		out = append(out, [2]int{s, b})
	}
	return out
}

// phraseBefore reports whether any phrase of ps occurs in tokens [s, e).
func (x *docState) phraseIn(ps *phraseSet, s, e int) bool {
	for k := s; k < e; k++ {
		if x.toks[k].quote > 0 {
			continue
		}
		if _, ok := ps.at(x.toks, k, e, true); ok {
			return true
		}
	}
	return false
}

// contacts finds the calls, meetings, visits and letters of sentence si.
func (x *docState) contacts(si int) {
	a := x.sentTok[si][0]
	subject := -1
	for _, m := range x.mentions[si] {
		if x.ents[m.ent].kind == graph.Person {
			subject = m.ent
			break
		}
	}
	var pastDates, futureDates []dateExpr
	datesRead := false
	var sentDate time.Time
	cls := x.clauses(si)
	prevSubject := -1 // the subject of the last clause with a contact
	for ci, c := range cls {
		cs, ce := c[0], c[1]
		trigs := x.triggers(cs, ce)
		if len(trigs) == 0 {
			if p := x.personsIn(si, cs, ce); len(p) > 0 && subject < 0 {
				subject = p[0]
			}
			continue
		}
		// "التقى X Y قبل يوم من لقائه بZ": the noun with a pronoun is the
		// subject's own contact, not one more party to the verb's.
		// "بعد يوم من لقائه بالرئيس، التقى X Y": the same noun before the
		// verb; the clause's contact is the verb's.
		own, fullEnd := -1, ce
		if p := trigs[0].tok; x.lx.possContact.hasTok(x.toks[p]) && x.ownParty(si, p, ce) >= 0 {
			if end := x.ownPartyEnd(si, p, ce); end > 0 {
				if rest := x.triggers(end, ce); len(rest) > 0 {
					own, cs, trigs = p, end, rest
				}
			}
		}
		if p := x.wordIn(x.lx.possContact, trigs[0].tok+trigs[0].n, ce); own < 0 && p >= 0 && x.ownParty(si, p, ce) >= 0 {
			own, ce = p, p
			if trigs = x.triggers(cs, ce); len(trigs) == 0 {
				continue
			}
		}
		persons := x.personsIn(si, cs, ce)
		// A denial covers its own clause, and the reported clause after it:
		// "نفى أن يكون قد التقى".
		deniedFrom := cs
		if _, ok := x.lx.comps.at(x.toks, cs, ce, false); ok && ci > 0 {
			deniedFrom = cls[ci-1][0]
		}
		clauseSubject := subject
		if len(persons) > 0 && x.mentionStart(si, persons[0]) < trigs[0].tok {
			clauseSubject = persons[0]
		} else if trigs[0].tok == cs && prevSubject >= 0 {
			// "…، وسيزور أيضاً روسيا": a verb joined to the clause
			// before shares its subject.
			clauseSubject = prevSubject
		} else if f := x.toks[cs].fold; ci > 0 && (f == "ان" || f == "بان") {
			// "قالت X إن زيارة Y إلى …": what is reported after a bare
			// complementiser has its own subject, not the speaker ("أنه"
			// would be the speaker).
			clauseSubject = -1
		} else if x.unnamedSubject(si, cs, trigs[0].tok) {
			// "أن وفداً برلمانياً التقى الرئيس": the reported clause has
			// its own subject, an unnamed one; not the speaker.
			clauseSubject = -1
		}
		visited := false
		for _, tr := range trigs {
			if x.phraseIn(x.lx.notContact, cs, tr.tok) || (tr.kind == graph.Visited && visited) {
				continue
			}
			status := graph.StatusHappened
			verb := strings.TrimPrefix(x.toks[tr.tok].fold, "و")
			if x.phraseIn(x.lx.denied, deniedFrom, tr.tok) {
				status = graph.StatusDenied
			} else if x.phraseIn(x.lx.planned, a, ce) || strings.HasPrefix(verb, "سي") || strings.HasPrefix(verb, "ست") {
				status = graph.StatusPlanned
			}
			var pairs [][2]int
			switch tr.kind {
			case graph.WroteTo:
				pairs = x.letterPairs(si, cs, ce, tr, clauseSubject)
			case graph.Called:
				pairs = x.callPairs(si, cs, ce, tr, persons, clauseSubject)
			case graph.Visited:
				pairs = x.visitPairs(si, cs, ce, tr, persons, clauseSubject)
			case graph.Met:
				pairs = x.meetPairs(si, cs, ce, tr, persons, clauseSubject)
			}
			if len(pairs) == 0 {
				continue
			}
			if tr.kind == graph.Visited {
				visited = true
			}
			if !datesRead {
				pastDates, futureDates = x.dateExprs(si, false), x.dateExprs(si, true)
				datesRead = true
			}
			dates := pastDates
			if status == graph.StatusPlanned {
				dates = futureDates
			}
			d := x.contactDate(dates, cs, ce, tr.tok)
			if d.date.IsZero() && d.text == "" && status == graph.StatusHappened && len(x.events) == 0 {
				// The first contact of the article, told without a day
				// right after the sentence that gave one: "أعرب الرئيس
				// اليوم (الجمعة) عن …. وخلال محادثة هاتفية مع …".
				d = x.dateBefore(si)
			}
			ev := event{kind: tr.kind, date: d.date}
			for _, p := range pairs {
				x.contactList = append(x.contactList, contact{kind: tr.kind, from: p[0], to: p[1], status: status, sent: si,
					date: d.date, dateText: d.text, adjusted: d.adjusted})
				ev.parties = appendUnique(ev.parties, p[0])
				ev.parties = appendUnique(ev.parties, p[1])
			}
			if tr.kind == graph.Met && len(pairs) == 1 && !visited {
				// "استقبل X نظيره Y في عمّان": the guest came to the city.
				if place := x.hostedAt(si, cs, ce, tr, pairs[0]); place >= 0 {
					x.contactList = append(x.contactList, contact{kind: graph.Visited, from: pairs[0][1], to: place, status: status, sent: si,
						date: d.date, dateText: d.text, adjusted: d.adjusted})
					visited = true
				}
			}
			if !d.date.IsZero() {
				sentDate = d.date
			}
			if tr.kind != graph.Visited && status != graph.StatusDenied {
				x.events = append(x.events, ev)
			}
		}
		prevSubject = clauseSubject
		if own >= 0 {
			agent := clauseSubject
			if own < cs && len(persons) > 0 {
				agent = persons[0] // the subject of the verb after the noun
			}
			x.ownContact(si, own, fullEnd, agent)
		}
		if len(persons) > 0 && subject < 0 {
			subject = persons[0]
		}
	}
	if !sentDate.IsZero() {
		x.lastDate = sentDate
	}
}

// event is a call, meeting or letter already told: later sentences refer
// to its parties together ("الوزيرين") or join it ("شارك في الاجتماع").
type event struct {
	kind    graph.EdgeKind
	parties []int
	date    time.Time
}

// contactDate is the date of a contact in clause [cs, ce): a date phrase of
// the sentence (see pickDate), else, when the clause refers to an event
// already told ("شارك في الاجتماع", "الوزيرين"), that event's day.
func (x *docState) contactDate(dates []dateExpr, cs, ce, tok int) dateExpr {
	if _, reported := x.lx.comps.at(x.toks, cs, ce, false); reported {
		// "أعلنت الوزارة، الأحد، أن الوزير سيزور القاهرة": the day of
		// the announcement is not the day of the visit.
		var own []dateExpr
		for _, d := range dates {
			if d.s >= cs {
				own = append(own, d)
			}
		}
		dates = own
	}
	if d := pickDate(dates, cs, ce, tok); d != nil {
		return *d
	}
	if x.wordIn(x.lx.eventNoun, cs, ce) >= 0 {
		if ev := x.lastEvent(graph.Met); ev != nil {
			return dateExpr{date: ev.date}
		}
	}
	if x.groupAt(cs, ce) != nil && len(x.events) > 0 {
		return dateExpr{date: x.events[len(x.events)-1].date}
	}
	return dateExpr{}
}

// dateBefore returns the last dated phrase of the sentence before si, or
// none.
func (x *docState) dateBefore(si int) dateExpr {
	s := si - 1
	if s < 0 || x.skip[s] || x.headline[s] {
		return dateExpr{}
	}
	ds := x.dateExprs(s, false)
	for i := len(ds) - 1; i >= 0; i-- {
		if !ds[i].date.IsZero() {
			return dateExpr{date: ds[i].date, text: ds[i].text}
		}
	}
	return dateExpr{}
}

// pickDate chooses the date phrase for a contact: one in its clause, else
// the nearest one before it in the sentence, else the first after.
func pickDate(dates []dateExpr, cs, ce, tok int) *dateExpr {
	for i := range dates {
		if dates[i].s >= cs && dates[i].s < ce {
			return &dates[i]
		}
	}
	var best *dateExpr
	for i := range dates {
		if dates[i].s < cs {
			best = &dates[i]
		}
	}
	if best != nil {
		return best
	}
	for i := range dates {
		if dates[i].s >= ce {
			return &dates[i]
		}
	}
	return nil
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// triggers finds the contact words of a clause. A meeting word after
// "خلال" is the setting of something else, and a call word makes the
// clause a call ("شارك في الاجتماع عبر اتصال هاتفي").
func (x *docState) triggers(cs, ce int) []trigger {
	var out []trigger
	hasCall := false
	for k := cs; k < ce; k++ {
		t := x.toks[k]
		if !t.word || t.quote > 0 {
			continue
		}
		prev := ""
		if k > cs && strings.HasPrefix(t.fold, "ال") {
			// "خلال القمة" is the setting of something else; "خلال
			// لقائه مع" is a meeting.
			prev = x.toks[k-1].fold
		}
		if m, ok := x.lx.letters.at(x.toks, k, ce, true); ok {
			out = append(out, trigger{kind: graph.WroteTo, tok: k, n: m.n})
			k += m.n - 1
			continue
		}
		if m, ok := x.lx.calls.at(x.toks, k, ce, true); ok {
			if prev != "خلال" && prev != "في" && !hasCall {
				out = append(out, trigger{kind: graph.Called, tok: k, n: m.n})
				hasCall = true
			}
			k += m.n - 1
			continue
		}
		if m, ok := x.lx.visits.at(x.toks, k, ce, true); ok {
			// "الزيارة" refers back to a visit already told; "فيصل" is a
			// name, not ف + يصل.
			if !strings.HasPrefix(m.stem, "ال") && !strings.Contains(m.prefix, "ف") {
				out = append(out, trigger{kind: graph.Visited, tok: k, n: m.n})
			}
			k += m.n - 1
			continue
		}
		if m, ok := x.lx.meets.at(x.toks, k, ce, true); ok {
			if prev != "خلال" {
				out = append(out, trigger{kind: graph.Met, tok: k, n: m.n, definite: strings.HasPrefix(m.stem, "ال") && !strings.HasPrefix(m.stem, "التق")})
			}
			k += m.n - 1
		}
	}
	if hasCall {
		kept := out[:0]
		for _, t := range out {
			if t.kind != graph.Met {
				kept = append(kept, t)
			}
		}
		out = kept
	}
	// One meeting per clause.
	kept := out[:0]
	seenMeet := false
	for _, t := range out {
		if t.kind == graph.Met {
			if seenMeet {
				continue
			}
			seenMeet = true
		}
		kept = append(kept, t)
	}
	return kept
}

// personsIn returns the people mentioned in tokens [cs, ce) of sentence si,
// in order, once each, leaving out quotations.
func (x *docState) personsIn(si, cs, ce int) []int {
	var out []int
	for _, m := range x.mentions[si] {
		if m.s >= cs && m.s < ce && x.ents[m.ent].kind == graph.Person && x.toks[m.s].quote == 0 {
			out = appendUnique(out, m.ent)
		}
	}
	return out
}

// mentionStart returns the first token of entity ei's first mention in
// sentence si.
func (x *docState) mentionStart(si, ei int) int {
	for _, m := range x.mentions[si] {
		if m.ent == ei {
			return m.s
		}
	}
	return -1
}

// firstMentionAfter returns the first mention of the given kind that starts
// within [k, k+gap] of sentence si.
func (x *docState) firstMentionAfter(si, k, ce, gap int, kind graph.NodeKind) (mention, bool) {
	for _, m := range x.mentions[si] {
		if m.s >= k && m.s <= k+gap && m.s < ce && x.ents[m.ent].kind == kind {
			return m, true
		}
	}
	return mention{}, false
}

// wordIndex returns the first token in [s, e) whose folded form (or a
// clitic-stripped form) is one of words, or -1.
func (x *docState) wordIndex(s, e int, words ...string) int {
	for k := s; k < e; k++ {
		if !x.toks[k].word {
			continue
		}
		for _, v := range variants(x.toks[k].fold) {
			for _, w := range words {
				if v.stem == w && (v.prefix == "" || v.prefix == "و") {
					return k
				}
			}
		}
	}
	return -1
}

// groupAt returns the participants of the previous contact when the clause
// refers to them together ("القادة الثلاثة", "الوزيرين"): a dual takes the
// latest pair.
func (x *docState) groupAt(cs, ce int) []int {
	for k := cs; k < ce; k++ {
		t := x.toks[k]
		if !t.word || !x.lx.group.hasTok(t) || x.consumed[k] {
			continue
		}
		dual := strings.HasSuffix(t.fold, "ين") || strings.HasSuffix(t.fold, "ان")
		class := ""
		for _, v := range variants(t.fold) {
			switch {
			case strings.HasPrefix(v.stem, "الوزير"):
				class = "minister"
			case strings.HasPrefix(v.stem, "الرييس"):
				class = "president"
			}
		}
		var fallback []int
		for g := len(x.events) - 1; g >= 0; g-- {
			ps := x.events[g].parties
			if len(ps) < 2 || (dual && len(ps) != 2) {
				continue
			}
			if class == "" || x.allOfClass(ps, class) {
				return ps
			}
			if fallback == nil {
				fallback = ps
			}
		}
		return fallback
	}
	return nil
}

// letterPairs reads "رسالة من X إلى Y" and "Y تلقى رسالة من X".
func (x *docState) letterPairs(si, cs, ce int, tr trigger, subject int) [][2]int {
	after := tr.tok + tr.n
	from, to := -1, -1
	// A party is a person, else a body ("رسالة إلى الأمم المتحدة").
	party := func(k int) int {
		if m, ok := x.firstMentionAfter(si, k, ce, 1, graph.Person); ok {
			return m.ent
		}
		if m, ok := x.firstMentionAfter(si, k, ce, 1, graph.Organization); ok {
			return m.ent
		}
		return -1
	}
	if k := x.wordIndex(after, ce, "من"); k >= 0 {
		from = party(k + 1)
	}
	toAt := -1
	for k := after; k < ce; k++ {
		if x.toks[k].fold == "الي" {
			to, toAt = party(k+1), k
			break
		}
	}
	if from < 0 && toAt > after {
		// "وأبرق الرئيس X إلى Y": the sender after the verb.
		if m, ok := x.firstMentionAfter(si, after, toAt, toAt-after, graph.Person); ok {
			from = m.ent
		}
	}
	if to < 0 {
		// the receiver is the subject of "تلقى"
		for _, m := range x.mentions[si] {
			if m.s >= cs && m.s < tr.tok && x.ents[m.ent].kind == graph.Person && m.ent != from {
				to = m.ent
			}
		}
	}
	if from < 0 {
		if m, ok := x.firstMentionAfter(si, cs, tr.tok, tr.tok-cs, graph.Person); ok && m.ent != to {
			from = m.ent
		}
	}
	if from < 0 || to < 0 || from == to {
		return nil
	}
	return [][2]int{{from, to}}
}

// callPairs reads calls: "X أجرى اتصالاً مع Y", "اتصال بين X و Y", "X تلقى
// اتصالاً من Y" (Y initiated it), a group calling someone together, and
// joining a meeting by phone.
func (x *docState) callPairs(si, cs, ce int, tr trigger, persons []int, subject int) [][2]int {
	after := tr.tok + tr.n
	// Joining the previous meeting by phone.
	if x.wordIn(x.lx.join, cs, ce) >= 0 && x.wordIn(x.lx.eventNoun, cs, tr.tok) >= 0 && len(x.lastMeeting()) > 0 {
		var out [][2]int
		for _, p := range persons {
			for _, q := range x.lastMeeting() {
				if p != q {
					out = append(out, [2]int{p, q})
				}
			}
		}
		return out
	}
	// "تلقى اتصالاً من Y".
	if x.wordIn(x.lx.receive, cs, tr.tok) >= 0 {
		if k := x.wordIndex(after, ce, "من"); k >= 0 && k <= after+2 {
			if m, ok := x.firstMentionAfter(si, k+1, ce, 1, graph.Person); ok {
				for _, p := range persons {
					if p != m.ent {
						return [][2]int{{m.ent, p}}
					}
				}
				if subject >= 0 && subject != m.ent {
					return [][2]int{{m.ent, subject}}
				}
			}
		}
	}
	return x.partyPairs(si, cs, ce, tr, persons, subject, false)
}

// partyPairs pairs the parties of a call or meeting: a group with its
// counterpart, the subject with those after "مع" or "بين", or everyone
// present pairwise (a meeting of three or more).
func (x *docState) partyPairs(si, cs, ce int, tr trigger, persons []int, subject int, meeting bool) [][2]int {
	if k := x.eachOf(tr.tok+tr.n, ce); meeting && k >= 0 {
		// "استقبل X كلا من A، وB", "التقى X نظيريه A، وB، كل على حدة":
		// X met each of them apart; they did not meet one another. After
		// "كلا من" the guests follow it; before "على حدة" they precede it.
		host := subject
		if len(persons) > 0 && x.mentionStart(si, persons[0]) < tr.tok {
			host = persons[0]
		}
		apart := x.toks[k].fold == "حده"
		var out [][2]int
		for _, p := range persons {
			if p != host && host >= 0 && (apart || x.mentionStart(si, p) > k) {
				out = append(out, [2]int{host, p})
			}
		}
		return out
	}
	group := x.groupAt(cs, ce)
	with := x.wordIndex(cs, ce, "مع", "بين")
	var partners []int
	if with >= 0 {
		for _, m := range x.mentions[si] {
			if m.s > with && m.s < ce && x.ents[m.ent].kind == graph.Person {
				if len(partners) == 0 && m.s > with+2 {
					break
				}
				if len(partners) > 0 && !strings.HasPrefix(x.toks[m.s].fold, "و") {
					break
				}
				partners = appendUnique(partners, m.ent)
			}
		}
	}
	var parties []int
	switch {
	case len(group) > 0:
		parties = append(parties, group...)
		for _, p := range persons {
			parties = appendUnique(parties, p)
		}
		if len(parties) == len(group) {
			return nil // only the group itself
		}
		var out [][2]int
		for _, p := range parties[len(group):] {
			for _, g := range group {
				if p != g {
					out = append(out, [2]int{g, p})
				}
			}
		}
		return out
	case len(partners) > 0 && x.toks[with].fold != "بين":
		var subj []int
		for _, p := range persons {
			if x.mentionStart(si, p) < with && !contains(partners, p) {
				subj = append(subj, p)
			}
		}
		if len(subj) == 0 {
			// "خلال لقائه مع X، شدد Y": the subject comes after.
			for _, p := range persons {
				if !contains(partners, p) {
					subj = append(subj, p)
					break
				}
			}
		}
		if len(subj) == 0 && subject >= 0 && !contains(partners, subject) {
			subj = []int{subject}
		}
		if meeting {
			parties = append(subj, partners...)
			for _, p := range x.presentAt(si, cs, ce) {
				parties = appendUnique(parties, p)
			}
			return allPairs(parties)
		}
		var out [][2]int
		for _, s := range subj {
			for _, p := range partners {
				if s != p {
					out = append(out, [2]int{s, p})
				}
			}
		}
		return out
	}
	parties = append(parties, persons...)
	if len(parties) == 1 && subject >= 0 {
		parties = appendUnique([]int{subject}, parties[0])
	}
	if meeting {
		return allPairs(parties)
	}
	if len(parties) < 2 {
		return nil
	}
	var out [][2]int
	for _, p := range parties[1:] {
		out = append(out, [2]int{parties[0], p})
	}
	return out
}

// presentAt returns the people after "بحضور" in a clause.
func (x *docState) presentAt(si, cs, ce int) []int {
	k := x.wordIn(x.lx.presence, cs, ce)
	if k < 0 {
		return nil
	}
	var out []int
	for _, m := range x.mentions[si] {
		if m.s > k && m.s < ce && x.ents[m.ent].kind == graph.Person {
			out = appendUnique(out, m.ent)
		}
	}
	return out
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// allPairs returns every unordered pair of distinct parties.
func allPairs(ps []int) [][2]int {
	var out [][2]int
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if ps[i] != ps[j] {
				out = append(out, [2]int{ps[i], ps[j]})
			}
		}
	}
	return out
}

// meetPairs reads meetings: everyone present pairwise, an organization met
// through its leaders or officials ("بحضور قادة دول مجلس التعاون"), and
// talks between two countries ("المفاوضات الروسية الأوكرانية").
func (x *docState) meetPairs(si, cs, ce int, tr trigger, persons []int, subject int) [][2]int {
	after := tr.tok + tr.n
	// Talks named by two nationality adjectives.
	var countries []int
	for _, m := range x.mentions[si] {
		if m.kind == mNisba && m.s >= after && m.s <= after+len(countries) {
			countries = append(countries, m.ent)
		}
	}
	if len(countries) >= 2 {
		return allPairs(countries)
	}
	// "وشارك في الاجتماع X و Y": they join the meeting just told.
	if x.wordIn(x.lx.join, cs, tr.tok) >= 0 && strings.HasPrefix(x.toks[tr.tok].fold, "ال") && len(x.lastMeeting()) > 0 && len(persons) > 0 {
		parties := append([]int{}, x.lastMeeting()...)
		for _, p := range persons {
			parties = appendUnique(parties, p)
		}
		return allPairs(parties)
	}
	if tr.definite && len(persons) < 2 && x.groupAt(cs, ce) == nil {
		return nil // "عقب اللقاء": the meeting already told
	}
	pairs := x.partyPairs(si, cs, ce, tr, persons, subject, true)
	if len(pairs) > 0 {
		return pairs
	}
	// An organization through its people.
	party := subject
	if len(persons) > 0 {
		party = persons[0]
	}
	if party < 0 {
		return nil
	}
	for _, m := range x.mentions[si] {
		if m.s < cs || m.s >= ce || x.ents[m.ent].kind != graph.Organization {
			continue
		}
		for back := 1; back <= 2 && m.s-back >= cs; back++ {
			if x.lx.collective.hasTok(x.toks[m.s-back]) {
				return [][2]int{{party, m.ent}}
			}
		}
	}
	return nil
}

// visitPairs reads visits: "وصل X إلى P", "زار X P", "بزيارة P", and a
// tour that "تشمل P1 و P2". Companions ("برفقة Y") travel too.
func (x *docState) visitPairs(si, cs, ce int, tr trigger, persons []int, subject int) [][2]int {
	after := tr.tok + tr.n
	var places []int
	tour := x.wordIn(x.lx.tour, after, ce)
	if tour >= 0 {
		for _, m := range x.mentions[si] {
			if m.s > tour && m.s < ce && x.ents[m.ent].kind == graph.Place && m.kind != mNisba {
				places = appendUnique(places, m.ent)
			}
		}
	} else {
		last := -1
		for _, m := range x.mentions[si] {
			if m.s < after || m.s >= ce || x.ents[m.ent].kind != graph.Place || m.kind == mNisba || x.insidePerson(si, m.s) || x.toks[m.s].quote > 0 {
				continue
			}
			if last >= 0 {
				// "سيزور القاهرة وأديس أبابا": places joined by و
				if m.s == last && strings.HasPrefix(x.toks[m.s].fold, "و") {
					places = append(places, m.ent)
					last = m.e
				}
				continue
			}
			if prev := x.toks[m.s-1].fold; prev == "في" || prev == "من" || prev == "عن" {
				continue
			}
			places = append(places, m.ent)
			last = m.e
		}
	}
	if len(places) == 0 {
		// "زار مقر الأمم المتحدة": a visit to a body.
		for _, m := range x.mentions[si] {
			if m.s >= after && m.s < ce && m.s <= after+3 && x.ents[m.ent].kind == graph.Organization {
				places = append(places, m.ent)
				break
			}
		}
	}
	if len(places) == 0 {
		return nil
	}
	// The travellers: the subject before the verb or between it and the
	// destination ("ووصل كارتر إلى عمّان"), and companions.
	firstPlace := ce
	for _, m := range x.mentions[si] {
		if m.s >= after && m.s < ce && x.ents[m.ent].kind == graph.Place && m.kind != mNisba && !x.insidePerson(si, m.s) {
			firstPlace = m.s
			break
		}
	}
	var travellers []int
	if tr.tok > cs && (x.toks[tr.tok-1].fold == "الذي" || x.toks[tr.tok-1].fold == "التي") {
		// "نظيره X الذي يزور القاهرة": the one the relative pronoun
		// follows.
		if p := x.personEndingAt(si, tr.tok-1); p >= 0 {
			travellers = append(travellers, p)
		}
	}
	prevEnd := -1
	for _, m := range x.mentions[si] {
		if m.s < cs || m.s >= firstPlace || x.ents[m.ent].kind != graph.Person || (m.s >= tr.tok && m.s < after) {
			continue
		}
		// the subject, before the verb or right after it, and those joined
		// to it by و ("وصل كارتر وغونزاليس")
		subjectPos := m.s < tr.tok || m.s <= after+1 ||
			(after+1 < len(x.toks) && x.toks[after].fold == "كل" && x.toks[after+1].fold == "من" && m.s == after+2) // "وصل كل من X وY"
		joined := prevEnd >= 0 && m.s == prevEnd && strings.HasPrefix(x.toks[m.s].fold, "و")
		if len(travellers) == 0 && subjectPos || joined && len(travellers) > 0 {
			travellers = appendUnique(travellers, m.ent)
			prevEnd = m.e
		}
	}
	if k := x.wordIn(x.lx.companion, cs, ce); k >= 0 {
		for _, m := range x.mentions[si] {
			if m.s > k && m.s < ce && x.ents[m.ent].kind == graph.Person {
				travellers = appendUnique(travellers, m.ent)
				break
			}
		}
	}
	if len(travellers) == 0 {
		// "وصل إلى القاهرة الرئيس X": the subject after the place; not
		// the host who invited ("تلبية لدعوة من X").
		if len(persons) > 0 {
			p := persons[0]
			if s := x.mentionStart(si, p); !x.phraseIn(x.lx.notContact, cs, s) && x.wordIndex(max(cs, s-3), s, "من") < 0 {
				travellers = append(travellers, p)
			}
		}
	}
	if len(travellers) == 0 && subject >= 0 {
		travellers = []int{subject}
	}
	var out [][2]int
	for _, t := range travellers {
		for _, p := range places {
			out = append(out, [2]int{t, p})
		}
	}
	return out
}

// insidePerson reports whether token k lies inside a person's mention (a
// country named in a title: "سفير الكويت").
func (x *docState) insidePerson(si, k int) bool {
	for _, m := range x.mentions[si] {
		if k >= m.s && k < m.e && x.ents[m.ent].kind == graph.Person {
			return true
		}
	}
	return false
}

// allOfClass reports whether every member of a group is a person with a
// title of the class ("الوزيرين": two ministers).
func (x *docState) allOfClass(group []int, class string) bool {
	for _, p := range group {
		en := x.ents[p]
		ok := false
		for _, t := range en.titles {
			if t.class == class {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// lastEvent returns the latest event of a kind, or nil.
func (x *docState) lastEvent(kind graph.EdgeKind) *event {
	for g := len(x.events) - 1; g >= 0; g-- {
		if x.events[g].kind == kind {
			return &x.events[g]
		}
	}
	return nil
}

// lastMeeting returns the participants of the latest meeting told.
func (x *docState) lastMeeting() []int {
	if ev := x.lastEvent(graph.Met); ev != nil {
		return ev.parties
	}
	return nil
}

// wordIn returns the first token in [s, e) that is one of ws, or -1.
func (x *docState) wordIn(ws wordSet, s, e int) int {
	for k := s; k < e; k++ {
		if ws.hasTok(x.toks[k]) {
			return k
		}
	}
	return -1
}

// hostedAt returns the place where a host received a guest, when the
// clause says so with a hosting verb ("استقبل X ضيفه Y في عمّان"): the
// guest, named after the host, visited the place, which lies outside the
// guest's country and, when the host's is known, inside the host's.
// Otherwise -1.
func (x *docState) hostedAt(si, cs, ce int, tr trigger, pair [2]int) int {
	v := x.toks[tr.tok]
	if !x.lx.host.hasTok(v) {
		return -1
	}
	host, guest := pair[0], pair[1]
	if x.mentionStart(si, host) < 0 || x.mentionStart(si, guest) < x.mentionStart(si, host) {
		return -1
	}
	for _, m := range x.mentions[si] {
		en := x.ents[m.ent]
		if m.s < tr.tok+tr.n || m.s >= ce || m.s == 0 || en.kind != graph.Place || m.kind == mNisba || x.insidePerson(si, m.s) {
			continue
		}
		if x.toks[m.s-1].fold != "في" {
			continue
		}
		if en.country < 0 {
			return -1
		}
		if gc := x.personCountry(guest); gc < 0 || gc == en.country {
			return -1
		}
		if hc := x.personCountry(host); hc >= 0 && hc != en.country {
			return -1
		}
		return m.ent
	}
	return -1
}

// personCountry is the country of a person's first title that names one,
// or -1.
func (x *docState) personCountry(p int) int {
	for _, t := range x.ents[p].titles {
		if t.country >= 0 {
			return t.country
		}
	}
	return -1
}

// unnamedSubject reports whether the clause from cs opens with a bare
// complementiser ("أن", "إن", "بأن", no attached pronoun) followed, before
// the contact word at tok, by a noun that names no one: the reported
// clause's own subject, which is not the speaker.
func (x *docState) unnamedSubject(si, cs, tok int) bool {
	m, ok := x.lx.comps.at(x.toks, cs, tok, true)
	if !ok {
		return false
	}
	last := x.toks[cs+m.n-1].fold
	if strings.HasSuffix(last, "ه") || strings.HasSuffix(last, "ها") || strings.HasSuffix(last, "هم") {
		return false // "أنه التقى": the speaker himself
	}
	k := cs + m.n
	if k >= tok || !x.toks[k].word {
		return false
	}
	if v := x.toks[tok]; !x.lx.contactVerb.hasTok(v) && !verbLike(v.fold) {
		return false // "أن أول لقاء يجمعه": a noun, whose parties are told
	}
	for _, mm := range x.mentions[si] {
		if k >= mm.s && k < mm.e {
			return false
		}
	}
	return true
}

// ownContact reads the contact noun with a pronoun at token n, cut off the
// clause by the contact before or after it: the subject's meeting or call
// with the party named after it, never the other contact's parties'. One
// told before ("لقائه بالرئيس" after the meeting with the president) is
// told again with its own day; a new one is added undated, the day of the
// clause being that of the other contact.
func (x *docState) ownContact(si, n, ce, subject int) {
	kind := graph.Met
	if _, ok := x.lx.calls.at(x.toks, n, ce, true); ok {
		kind = graph.Called
	}
	agent, _ := x.ownEventParties(si, n, n, ce)
	if subject >= 0 {
		agent = subject
	}
	party := x.ownParty(si, n, ce)
	if agent < 0 || party < 0 || agent == party {
		return
	}
	for g := len(x.events) - 1; g >= 0; g-- {
		if ev := x.events[g]; contains(ev.parties, agent) && contains(ev.parties, party) {
			// The same contact told again: its parties, in its order, and
			// its day.
			from, to := agent, party
			if len(ev.parties) == 2 && ev.parties[0] == party {
				from, to = party, agent
			}
			x.contactList = append(x.contactList, contact{kind: ev.kind, from: from, to: to, status: graph.StatusHappened, sent: si, date: ev.date})
			return
		}
	}
	x.contactList = append(x.contactList, contact{kind: kind, from: agent, to: party, status: graph.StatusHappened, sent: si})
	x.events = append(x.events, event{kind: kind, parties: []int{agent, party}})
}

// ownParty returns the person a meeting or call noun with a pronoun at
// token n is with ("لقائه بالرئيس", "اتصاله مع الوزير"), or -1; a visit
// ("زيارته إلى باريس") has none.
func (x *docState) ownParty(si, n, ce int) int {
	_, call := x.lx.calls.at(x.toks, n, ce, true)
	_, meet := x.lx.meets.at(x.toks, n, ce, true)
	if !call && !meet {
		return -1
	}
	_, party := x.ownEventParties(si, n, n, ce)
	if party < 0 || x.ents[party].kind != graph.Person {
		return -1
	}
	return party
}

// ownPartyEnd returns the token after the party of the contact noun with a
// pronoun at token n, or -1.
func (x *docState) ownPartyEnd(si, n, ce int) int {
	at := n + 1
	if at < ce && x.toks[at].fold == "مع" {
		at++
	}
	if m, ok := x.mentionAt(si, at); ok {
		return m.e
	}
	return -1
}

// eachOf returns the token of "كلا من" (each of) in [s, e), or of "حدة" in
// "كل على حدة" (each apart), or -1.
func (x *docState) eachOf(s, e int) int {
	for k := s; k+1 < e; k++ {
		if f := x.toks[k].fold; (f == "كلا" || f == "كل") && x.toks[k+1].fold == "من" {
			return k
		}
		if k+2 < e && x.toks[k].fold == "كل" && x.toks[k+1].fold == "علي" && x.toks[k+2].fold == "حده" {
			return k + 2
		}
	}
	return -1
}
