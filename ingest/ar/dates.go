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
	if m, ok := x.lx.later.at(x.toks, k, b, true); ok {
		return mk(k, k+m.n, pub, false)
	}
	if m, ok := x.lx.vague.at(x.toks, k, b, true); ok {
		return mk(k, k+m.n, time.Time{}, false)
	}
	// "بعد يوم واحد (فقط) من": the day before the event just told.
	if (t.fold == "بعد" || t.fold == "وبعد") && k+1 < b && x.toks[k+1].fold == "يوم" {
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
			return mk(k, e, base.AddDate(0, 0, -1), false)
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
	case x.lx.today.has(f) && !(k+1 < b && (x.toks[k+1].fold == "نفسه" || x.toks[k+1].fold == "ذاته")):
		rel, base = "today", pub
	case x.lx.yesterday.has(f):
		rel, base = "past", pub.AddDate(0, 0, -1)
		if k+1 < b && (x.toks[k+1].fold == "الاول") {
			base = pub.AddDate(0, 0, -2)
			k++
		}
	case x.lx.tomorrow.has(f):
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
		case e < b && x.lx.past.has(x.toks[e].fold):
			return mk(s, e+1, ingest.WeekdayBefore(pub, wd), false)
		case e < b && x.lx.future.has(x.toks[e].fold):
			return mk(s, e+1, ingest.WeekdayOnOrAfter(pub.AddDate(0, 0, 1), wd), false)
		case future:
			return mk(s, e, ingest.WeekdayOnOrAfter(pub, wd), false)
		}
		return mk(s, e, ingest.WeekdayOnOrBefore(pub, wd), false)
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
			if e < b && x.lx.past.has(x.toks[e].fold) {
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
		if e < b && (x.lx.past.has(x.toks[e].fold) || x.lx.future.has(x.toks[e].fold)) {
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
