package ar

import (
	"strconv"
	"time"

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
	// "بعد يوم واحد (فقط) من", "بعد يومين من": days before the event
	// just told.
	if (t.fold == "بعد" || t.fold == "وبعد") && k+1 < b && (x.toks[k+1].fold == "يوم" || x.toks[k+1].fold == "يومين") {
		days := 1
		if x.toks[k+1].fold == "يومين" {
			days = 2
		}
		e := k + 2
		for e < b && (x.toks[e].fold == "واحد" || x.toks[e].fold == "فقط") {
			e++
		}
		if e < b && x.toks[e].fold == "من" {
			base := x.lastDate
			if base.IsZero() {
				base = pub
			}
			if base.IsZero() {
				return mk(k, e, time.Time{}, false)
			}
			return mk(k, e, base.AddDate(0, 0, -days), false)
		}
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
