package en

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"newsgraph/ingest"
)

// dateKind says how a date phrase resolves.
type dateKind uint8

const (
	dAbsolute dateKind = iota // a calendar date, or today/yesterday
	dWeekday                  // "on Friday": before or after publication by tense
	dRelative                 // "a day earlier": from the previous event
	dVague                    // "next week", "in June": no date, text only
)

// dateRef is a date phrase over tokens [ts, te) of a sentence.
type dateRef struct {
	ts, te int
	kind   dateKind
	t      time.Time    // dAbsolute
	wd     time.Weekday // dWeekday
	mod    string       // dWeekday: "last", "next" or ""
	days   int          // dRelative: -1 a day earlier, +1 a day later
	// after says a relative phrase counts from the sentence's own other
	// date: "a day after holding talks".
	after bool
	text  string
}

// relativeDays are the phrases of days before or after an event.
// Read from data/relative_days.tsv.
var relativeDays = loadIntMap("relative_days.tsv", "phrase", "days")

// monthPreps before a month name make it a month alone: "in June".
// Read from data/month_preps.tsv.
var monthPreps = loadSet("month_preps.tsv", "word")

// vaguePhrases name a time without a day.
// Read from data/vague_phrases.tsv.
var vaguePhrases = loadList("vague_phrases.tsv", "phrase")

// findDates finds the date phrases of s.
func (x *doc) findDates(s *sentence) {
	toks := s.toks
	pub := x.d.Published
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tWord || t.inQuote {
			continue
		}
		lw := bare(t)
		switch {
		case lw == "today" || lw == "tonight":
			s.dates = append(s.dates, x.absDate(s, i, i+1, pub))
			continue
		case lw == "yesterday":
			s.dates = append(s.dates, x.absDate(s, i, i+1, addDays(pub, -1)))
			continue
		case lw == "tomorrow":
			s.dates = append(s.dates, x.absDate(s, i, i+1, addDays(pub, 1)))
			continue
		}
		if wd, ok := weekdays[lw]; ok {
			a := i
			mod := ""
			for a > s.body {
				p := toks[a-1].lower
				if p == "on" || p == "late" || p == "early" || p == "earlier" || p == "later" || p == "this" {
					a--
					continue
				}
				if p == "last" || p == "next" {
					mod = p
					a--
					continue
				}
				break
			}
			s.dates = append(s.dates, dateRef{ts: a, te: i + 1, kind: dWeekday, wd: time.Weekday(wd), mod: mod, text: x.textOf(s, a, i+1)})
			continue
		}
		if d, n := parseCalendar(toks, i, pub); n > 0 {
			a := i
			if a > s.body && (toks[a-1].lower == "on" || toks[a-1].lower == "dated") {
				a--
			}
			if d.IsZero() {
				s.dates = append(s.dates, dateRef{ts: a, te: i + n, kind: dVague, text: x.textOf(s, a, i+n)})
			} else {
				s.dates = append(s.dates, dateRef{ts: a, te: i + n, kind: dAbsolute, t: d, text: x.textOf(s, a, i+n)})
			}
			i += n - 1
			continue
		}
		if n, days, ok := matchRelative(toks, i); ok {
			r := dateRef{ts: i, te: i + n, kind: dRelative, days: days, text: x.textOf(s, i, i+n)}
			// "a day after holding talks" counts back from the sentence's
			// own date to the event it names.
			if days == 1 && i+n < len(toks) && strings.HasSuffix(toks[i+n].lower, "ing") {
				r.after = true
			}
			s.dates = append(s.dates, r)
			i += n - 1
			continue
		}
		for _, v := range vagueSplit {
			if n := len(v.words); matchWords(toks, i, v.words) {
				s.dates = append(s.dates, dateRef{ts: i, te: i + n, kind: dVague, text: x.textOf(s, i, i+n)})
				i += n - 1
				break
			}
		}
	}
}

// absDate returns an absolute date phrase; a zero publication date leaves
// it without a date.
func (x *doc) absDate(s *sentence, a, b int, t time.Time) dateRef {
	k := dAbsolute
	if x.d.Published.IsZero() {
		k = dVague
	}
	return dateRef{ts: a, te: b, kind: k, t: t, text: x.textOf(s, a, b)}
}

// addDays adds n days to t, keeping the zero time zero.
func addDays(t time.Time, n int) time.Time {
	if t.IsZero() {
		return t
	}
	return t.AddDate(0, 0, n)
}

// phrase is a multiword phrase split into lower-case words.
type phrase struct {
	words []string
	days  int
}

// splitPhrases splits the keys of a phrase table, longest first.
func splitPhrases(m map[string]int) []phrase {
	var out []phrase
	for k, v := range m {
		out = append(out, phrase{strings.Fields(k), v})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].words) != len(out[j].words) {
			return len(out[i].words) > len(out[j].words)
		}
		return strings.Join(out[i].words, " ") < strings.Join(out[j].words, " ")
	})
	return out
}

var (
	relativePhrases = splitPhrases(relativeDays)
	vagueSplit      = func() []phrase {
		m := map[string]int{}
		for _, v := range vaguePhrases {
			m[v] = 0
		}
		return splitPhrases(m)
	}()
)

// matchWords reports whether the lower-case words of toks at i are words.
func matchWords(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].lower != w {
			return false
		}
	}
	return true
}

// matchRelative matches a phrase of relativeDays at token i.
func matchRelative(toks []token, i int) (int, int, bool) {
	for _, p := range relativePhrases {
		if matchWords(toks, i, p.words) {
			return len(p.words), p.days, true
		}
	}
	return 0, 0, false
}

// parseCalendar reads a calendar date at token i: "July 4", "Nov. 16,
// 2023", "4 July 2025", "2025-07-04", "in June" (month only: zero time).
// It returns the date and the number of tokens read.
func parseCalendar(toks []token, i int, pub time.Time) (time.Time, int) {
	t := toks[i]
	// 2025-07-04
	if len(t.text) == 10 && t.text[4] == '-' && t.text[7] == '-' {
		if d, err := time.Parse(ingest.DateLayout, t.text); err == nil {
			return d, 1
		}
	}
	day := func(j int) int {
		if j >= len(toks) {
			return 0
		}
		d := toks[j].lower
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(d, suf) && len(d) > 2 {
				d = strings.TrimSuffix(d, suf) // "3rd"
				break
			}
		}
		if !isDigits(d) || len(d) > 2 {
			return 0
		}
		n, _ := strconv.Atoi(d)
		if n < 1 || n > 31 {
			return 0
		}
		return n
	}
	year := func(j int) int {
		if j >= len(toks) || !isDigits(toks[j].text) || len(toks[j].text) != 4 {
			return 0
		}
		n, _ := strconv.Atoi(toks[j].text)
		return n
	}
	mk := func(y, m, d int) time.Time {
		if y == 0 {
			if pub.IsZero() {
				return time.Time{}
			}
			return ingest.NearestDate(pub, time.Month(m), d)
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	if m, ok := months[bare(t)]; ok && t.isCap() && (len(t.text) > 3 || t.text != "May" || day(i+1) > 0) {
		j := i + 1
		if j < len(toks) && toks[j].text == "." {
			j++
		}
		if d := day(j); d > 0 {
			n := j + 1 - i
			if j+2 < len(toks) && toks[j+1].text == "," && year(j+2) > 0 {
				return mk(year(j+2), m, d), n + 2
			}
			if y := year(j + 1); y > 0 {
				return mk(y, m, d), n + 1
			}
			return mk(0, m, d), n
		}
		// A month alone: "in June", "last July".
		if i > 0 && monthPreps[toks[i-1].lower] && (m != 5 || toks[i-1].lower != "in") {
			return time.Time{}, 1
		}
		return time.Time{}, 0
	}
	// "in 2023": a year alone.
	if i > 0 && toks[i-1].lower == "in" && len(t.text) == 4 && isDigits(t.text) && (t.text[0] == '1' || t.text[0] == '2') {
		return time.Time{}, 1
	}
	// 4 July 2025
	if d := day(i); d > 0 && i+1 < len(toks) {
		if m, ok := months[bare(toks[i+1])]; ok && toks[i+1].isCap() {
			if y := year(i + 2); y > 0 {
				return mk(y, m, d), 3
			}
			return mk(0, m, d), 2
		}
	}
	return time.Time{}, 0
}

// dateAt returns the date phrase that covers token i of s, or nil.
func (s *sentence) dateAt(i int) *dateRef {
	for k := range s.dates {
		if s.dates[k].ts <= i && i < s.dates[k].te {
			return &s.dates[k]
		}
	}
	return nil
}

// resolve returns the date a phrase names, for an event that is planned
// or happened; zero when it names no day. base is the date of the event
// before ("a day earlier"), own the sentence's other date ("a day after").
func (x *doc) resolve(d *dateRef, planned bool, base, own time.Time) time.Time {
	pub := x.d.Published
	switch d.kind {
	case dAbsolute:
		return d.t
	case dWeekday:
		if pub.IsZero() {
			return time.Time{}
		}
		switch {
		case d.mod == "last":
			return ingest.WeekdayBefore(pub, d.wd)
		case d.mod == "next":
			return ingest.WeekdayOnOrAfter(pub.AddDate(0, 0, 1), d.wd)
		case planned:
			return ingest.WeekdayOnOrAfter(pub, d.wd)
		}
		return ingest.WeekdayOnOrBefore(pub, d.wd)
	case dRelative:
		if d.after {
			if own.IsZero() {
				return time.Time{}
			}
			return own.AddDate(0, 0, -d.days)
		}
		if base.IsZero() {
			return time.Time{}
		}
		return base.AddDate(0, 0, d.days)
	}
	return time.Time{}
}

// sentenceDate returns the first date of s that names a day, or zero.
func (x *doc) sentenceDate(s *sentence, planned bool) time.Time {
	for k := range s.dates {
		d := &s.dates[k]
		if d.kind == dRelative {
			continue
		}
		if t := x.resolve(d, planned, time.Time{}, time.Time{}); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}
