package ar

import (
	"strconv"
	"time"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// dateExpr is a date phrase of a sentence: tokens [s, e).
type dateExpr struct {
	s, e     int
	date     time.Time // zero when the phrase gives no day (a month, "next week")
	text     string
	adjusted bool // moved to agree with a named weekday
}

// dateExprs finds the date phrases of sentence si. future says that
// weekdays without a marker point forward (a planned event).
func (x *docState) dateExprs(si int, future bool) []dateExpr {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	var out []dateExpr
	for k := a; k < b; {
		if d, ok := x.dateAt(k, b, future); ok {
			out = append(out, d)
			k = d.e
			continue
		}
		k++
	}
	return out
}

// dateAt reads one date phrase at token k.
func (x *docState) dateAt(k, b int, future bool) (dateExpr, bool) {
	pub := x.published
	t := x.toks[k]
	if !t.word {
		return dateExpr{}, false
	}
	mk := func(s, e int, d time.Time, adj bool) (dateExpr, bool) {
		return dateExpr{s: s, e: e, date: d, text: x.surface(s, e, 0), adjusted: adj}, true
	}
	if m, ok := x.lx.sameDay.at(x.toks, k, b, true); ok {
		return mk(k, k+m.n, x.lastDate, false)
	}
	if m, ok := x.lx.vague.at(x.toks, k, b, true); ok {
		return mk(k, k+m.n, time.Time{}, false)
	}
	if m, ok := x.lx.later.at(x.toks, k, b, true); ok {
		return mk(k, k+m.n, pub, false)
	}
	if d, ok := x.relativeDay(k, b); ok {
		return d, true
	}
	s := k
	// A part of the day: "مساء أمس", "ظهر اليوم".
	if m, ok := x.lx.dayParts.at(x.toks, k, b, true); ok && k+m.n < b {
		k += m.n
	}
	f := x.toks[k].fold
	var base time.Time
	rel := ""
	switch {
	case x.lx.today.hasTok(x.toks[k]) && !(k+1 < b && (x.toks[k+1].fold == "نفسه" || x.toks[k+1].fold == "ذاته")):
		rel, base = "today", pub
	case f == "اول" && k+1 < b && (x.toks[k+1].fold == "امس" || x.toks[k+1].fold == "من" && k+2 < b && x.toks[k+2].fold == "امس"):
		// "أول أمس", "أول من أمس": the day before yesterday
		rel, base = "past", pub.AddDate(0, 0, -2)
		if x.toks[k+1].fold == "من" {
			k++
		}
		k++
	case x.lx.yesterday.hasTok(x.toks[k]):
		rel, base = "past", pub.AddDate(0, 0, -1)
		if k+1 < b && (x.toks[k+1].fold == "الاول") {
			base = pub.AddDate(0, 0, -2)
			k++
		}
	case x.lx.tomorrow.hasTok(x.toks[k]):
		rel, base = "future", pub.AddDate(0, 0, 1)
	case f == "بعد" && k+1 < b && x.toks[k+1].fold == "غد":
		rel, base = "future", pub.AddDate(0, 0, 2)
		k++
	}
	if rel != "" {
		e := k + 1
		if e < b {
			if m, ok := x.lx.weekdays.at(x.toks, e, b, true); ok {
				wd := time.Weekday(m.id)
				e += m.n
				if pub.IsZero() {
					return mk(s, e, time.Time{}, false)
				}
				if base.Weekday() != wd {
					if rel == "future" {
						return mk(s, e, ingest.WeekdayOnOrAfter(pub, wd), true)
					}
					return mk(s, e, ingest.WeekdayOnOrBefore(pub, wd), true)
				}
				return mk(s, e, base, false)
			}
		}
		if pub.IsZero() {
			return mk(s, e, time.Time{}, false)
		}
		return mk(s, e, base, false)
	}
	// A weekday: "الاثنين الماضي", "الخميس المقبل", "يوم الثلاثاء".
	if f == "يوم" && k+1 < b {
		k++
	}
	if m, ok := x.lx.weekdays.at(x.toks, k, b, true); ok {
		wd := time.Weekday(m.id)
		e := k + m.n
		if pub.IsZero() {
			return mk(s, e, time.Time{}, false)
		}
		switch {
		case e < b && x.lx.past.hasTok(x.toks[e]):
			return mk(s, e+1, ingest.WeekdayBefore(pub, wd), false)
		case e < b && x.lx.future.hasTok(x.toks[e]):
			return mk(s, e+1, ingest.WeekdayOnOrAfter(pub.AddDate(0, 0, 1), wd), false)
		case future:
			return mk(s, e, ingest.WeekdayOnOrAfter(pub, wd), false)
		}
		return mk(s, e, ingest.WeekdayOnOrBefore(pub, wd), false)
	}
	// A numeric date, day first: "7/4/2025", "٧-٤-٢٠٢٥"; or "2025-04-07".
	if d, e, ok := x.numericDate(k, b); ok {
		return mk(s, e, d, false)
	}
	// An explicit date: "٧ أبريل/نيسان ٢٠٢٥", "١٠ مارس/آذار الماضي".
	if day, err := strconv.Atoi(f); err == nil && day >= 1 && day <= 31 && k+1 < b {
		if m, ok := x.lx.months.at(x.toks, k+1, b, true); ok {
			e := x.skipMonthAlt(k+1+m.n, b)
			month := time.Month(m.id)
			if e < b {
				if y, err := strconv.Atoi(x.toks[e].fold); err == nil && y > 1900 && y < 2200 {
					return mk(s, e+1, time.Date(y, month, day, 0, 0, 0, 0, time.UTC), false)
				}
			}
			if pub.IsZero() {
				return mk(s, e, time.Time{}, false)
			}
			if e < b && x.lx.past.hasTok(x.toks[e]) {
				d := time.Date(pub.Year(), month, day, 0, 0, 0, 0, time.UTC)
				if d.After(pub) {
					d = d.AddDate(-1, 0, 0)
				}
				return mk(s, e+1, d, false)
			}
			return mk(s, e, ingest.NearestDate(pub, month, day), false)
		}
	}
	// A month alone gives no day.
	if m, ok := x.lx.months.at(x.toks, k, b, true); ok {
		e := x.skipMonthAlt(k+m.n, b)
		if e < b && (x.lx.past.hasTok(x.toks[e]) || x.lx.future.hasTok(x.toks[e])) {
			e++
		}
		return mk(s, e, time.Time{}, false)
	}
	return dateExpr{}, false
}

// skipMonthAlt skips the second name of a month written both ways
// ("أبريل/نيسان", "تموز/يوليو").
func (x *docState) skipMonthAlt(e, b int) int {
	if e+1 < b && x.toks[e].raw == "/" {
		if m, ok := x.lx.months.at(x.toks, e+1, b, false); ok {
			return e + 1 + m.n
		}
	}
	return e
}

// numericDate reads three numbers joined by "/" or "-" at token k: day,
// month, year, or year, month, day.
func (x *docState) numericDate(k, b int) (time.Time, int, bool) {
	if k+4 >= b {
		return time.Time{}, k, false
	}
	var n [3]int
	for p := 0; p < 3; p++ {
		v, err := strconv.Atoi(x.toks[k+2*p].fold)
		if err != nil || !x.toks[k+2*p].word {
			return time.Time{}, k, false
		}
		n[p] = v
		if p < 2 && x.toks[k+2*p+1].raw != "/" && x.toks[k+2*p+1].raw != "-" {
			return time.Time{}, k, false
		}
	}
	day, month, year := n[0], n[1], n[2]
	if n[0] > 1900 {
		year, month, day = n[0], n[1], n[2]
	}
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, k, false
	}
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), k + 5, true
}

// relativeDay reads a day counted from another event: "قبل يوم من",
// "بعد يومين (فقط) من", "عشية", "غداة". When the event named after it is
// the subject's own one told before ("قبل يوم من لقائه بالرئيس"), the
// phrase dates the sentence's contact from that event's day, and gives no
// day when that event has none. When a contact word follows ("بعد يوم
// واحد من اتصال بين X وY"), that contact is the one told here, counted
// back from the event just told (the sentence's topic, "هذه المحادثة").
// Anything else ("عشية الانتخابات") gives no day.
func (x *docState) relativeDay(k, b int) (dateExpr, bool) {
	t := x.toks[k]
	sign, days, e := 0, 0, k+1
	switch {
	case x.lx.eve.hasTok(t):
		sign, days = -1, 1
	case x.lx.morrow.hasTok(t):
		sign, days = 1, 1
	case (x.lx.relBefore.hasTok(t) || x.lx.relAfter.hasTok(t)) && k+1 < b:
		n, ok := relDays[x.toks[k+1].fold]
		if !ok {
			return dateExpr{}, false
		}
		sign, days, e = 1, n, k+2
		if x.lx.relBefore.hasTok(t) {
			sign = -1
		}
		for e < b && x.lx.relFiller.hasTok(x.toks[e]) {
			e++
		}
		if e >= b || x.toks[e].fold != "من" {
			return dateExpr{}, false
		}
		e++
	default:
		return dateExpr{}, false
	}
	mk := func(d time.Time) (dateExpr, bool) {
		return dateExpr{s: k, e: e, date: d, text: x.surface(k, e, 0)}, true
	}
	if e >= b {
		return mk(time.Time{})
	}
	next := x.toks[e]
	if x.lx.possContact.hasTok(next) {
		if ev := x.referencedEvent(k, e, b); ev != nil && !ev.date.IsZero() {
			return mk(ev.date.AddDate(0, 0, sign*days))
		}
		return mk(time.Time{})
	}
	isContact := false
	for _, ps := range []*phraseSet{x.lx.calls, x.lx.meets, x.lx.visits} {
		if _, ok := ps.at(x.toks, e, b, true); ok {
			isContact = true
		}
	}
	if !isContact {
		return mk(time.Time{})
	}
	base := x.lastDate
	if base.IsZero() && sign > 0 && !x.lx.morrow.hasTok(t) {
		base = x.published
	}
	if base.IsZero() {
		return mk(time.Time{})
	}
	return mk(base.AddDate(0, 0, -sign*days))
}

// referencedEvent returns the event told before that a contact noun with a
// pronoun at token n names: the sentence's subject (its first person
// before token k) with the party named right after the noun ("لقائه
// بالرئيس", "اجتماعه مع الوزير"). Otherwise nil.
func (x *docState) referencedEvent(k, n, b int) *event {
	agent, party := x.ownEventParties(x.toks[k].sent, k, n, b)
	if agent < 0 || party < 0 {
		return nil
	}
	for g := len(x.events) - 1; g >= 0; g-- {
		ev := &x.events[g]
		if contains(ev.parties, agent) && contains(ev.parties, party) && !ev.date.IsZero() {
			return ev
		}
	}
	return nil
}

// ownEventParties returns the agent of a contact noun with a pronoun at
// token n, the first person of sentence si before token k (else the first
// after its party: "بعد يوم من لقائه بالرئيس، التقى X"), and its party,
// the person or body named right after the noun or after its "مع"; -1 for
// either when there is none.
func (x *docState) ownEventParties(si, k, n, b int) (int, int) {
	agent, party, partyEnd := -1, -1, n+1
	at := n + 1
	if at < b && x.toks[at].fold == "مع" {
		at++
	}
	for _, m := range x.mentions[si] {
		if m.s == at && x.ents[m.ent].kind != graph.Place {
			party, partyEnd = m.ent, m.e
			break
		}
	}
	for _, m := range x.mentions[si] {
		if m.s < k && x.ents[m.ent].kind == graph.Person {
			agent = m.ent
			break
		}
	}
	if agent < 0 {
		for _, m := range x.mentions[si] {
			if m.s >= partyEnd && x.ents[m.ent].kind == graph.Person && m.ent != party {
				agent = m.ent
				break
			}
		}
	}
	return agent, party
}
