package ingest

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsgraph/graph"
)

// FindPublished reads an article's publication date from its own text or
// URL, for articles whose source gives none: a timestamp line near the top
// ("17-10-2025 | 00:06", "الأثنين, 29 يناير 24", "Published: Jan 5, 2024"),
// a dateline ("BEIJING, June 22 (Xinhua) --", "الرياض 15 ربيع الأول 1446 هـ
// الموافق 18 سبتمبر 2024 م واس"), a date in the URL's path
// (".../2026/2/13/...") or a credit line at the end ("(Xinhua April 12,
// 2003)"). A date in a sentence of the body is an event's date, not the
// article's, and is never taken. It returns the zero time when none is
// found.
func FindPublished(text, url string) time.Time {
	lines := nonEmptyLines(text, 12)
	urlDate, urlYear := dateInURL(url)
	// A line that says it is the publication time, or that is nothing but a
	// date and time.
	for i, l := range lines {
		if d, ok := timestampLine(l, i == 0, 2); ok {
			return d
		}
	}
	// A dateline that opens the body: the year is written, or comes from
	// the URL or another date of the header.
	for _, l := range lines[min(1, len(lines)):] {
		d, hasYear, ok := dateline(l)
		if !ok {
			continue
		}
		if hasYear {
			return d
		}
		if !urlDate.IsZero() {
			return urlDate
		}
		if urlYear > 0 {
			return time.Date(urlYear, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		}
		break
	}
	if !urlDate.IsZero() {
		return urlDate
	}
	// A credit line closing the article.
	tail := lastLines(text, 3)
	for _, l := range tail {
		if d, ok := timestampLine(l, false, 3); ok {
			return d
		}
	}
	return time.Time{}
}

// timestampLine reads a line that gives a full date and little else: the
// date, times, weekday names and the words of tableStampWords, and at most
// slack other words (an agency's name) unless the line is the title. A
// line marked "Published", "Updated" or "نشر" may say more.
func timestampLine(line string, title bool, slack int) (time.Time, bool) {
	words := strings.Fields(graph.Fold(line))
	if len(words) == 0 || len(words) > 40 {
		return time.Time{}, false
	}
	d, s, e, hasYear := findDate(words)
	if d.IsZero() || !hasYear {
		return time.Time{}, false
	}
	other, marked := 0, false
	for i, w := range words {
		if i >= s && i < e {
			continue
		}
		switch {
		case stampMarkers[w]:
			marked = true
		case stampWords[w], weekdayWords[w], isNumber(w):
		default:
			other++
		}
	}
	if marked && s < 12 || other == 0 || !title && other <= slack {
		return d, true
	}
	return time.Time{}, false
}

// datelineCity is the opening of an English dateline: a place in capitals
// and a comma ("BEIJING,", "SAN FRANCISCO, Calif.,").
var datelineCity = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu}\p{M} .'’-]+,`)

// dateline reads a date at the very start of a paragraph, after at most a
// few words of place: "WASHINGTON, Jan. 2 (Reuters) -", "القاهرة في 12
// أغسطس", and the Saudi agency's "الرياض 15 ربيع الأول 1446 هـ الموافق 18
// سبتمبر 2024 م". The date may lack its year.
func dateline(line string) (d time.Time, hasYear, ok bool) {
	words := strings.Fields(graph.Fold(line))
	if len(words) > 24 {
		words = words[:24]
	}
	d, s, _, hasYear := findDate(words)
	if d.IsZero() {
		return d, false, false
	}
	before := words[:s]
	for _, w := range before {
		if w == "الموافق" {
			return d, hasYear, true // a Hijri date, then its Gregorian equivalent
		}
	}
	if s == 0 || s > 4 {
		return d, false, false
	}
	if DetectLanguage(line) == "en" {
		return d, hasYear, datelineCity.MatchString(line)
	}
	for _, w := range before {
		if w != "في" && !isNumber(w) {
			return d, hasYear, true
		}
	}
	return d, false, false
}

// findDate finds the first full or year-less date in folded words: d-m-y
// and y-m-d numbers, "12 August 2025", "Aug. 12, 2025", "29 يناير 24",
// "12 مارس/آذار 2024". It returns the date, the words it spans and
// whether the year was written (a date without one gets year 1).
func findDate(words []string) (d time.Time, start, end int, hasYear bool) {
	for i := range words {
		if y, m, dd, ok := numericDate(words, i); ok {
			return day(y, m, dd), i, i + 3, true
		}
		// Day, month name (twice when the Levantine name follows), year.
		if dd, ok := dayNumber(words[i]); ok {
			if m, n := monthAt(words, i+1); m > 0 {
				j := i + 1 + n
				if _, n2 := monthAt(words, j); n2 > 0 {
					j += n2
				}
				if y, ok := yearAt(words, j); ok && validDate(y, int(m), dd) {
					return day(y, int(m), dd), i, j + 1, true
				}
				if validDate(2000, int(m), dd) {
					return day(1, int(m), dd), i, j, false
				}
			}
		}
		// Month name, day, year.
		if m, n := monthAt(words, i); m > 0 && i+n < len(words) {
			if dd, ok := dayNumber(words[i+n]); ok {
				j := i + n + 1
				if y, ok := yearAt(words, j); ok && validDate(y, int(m), dd) {
					return day(y, int(m), dd), i, j + 1, true
				}
				if validDate(2000, int(m), dd) {
					return day(1, int(m), dd), i, j, false
				}
			}
		}
	}
	return time.Time{}, 0, 0, false
}

// numericDate reads three numbers at i as year-month-day or day-month-year
// (month-day-year when the middle number cannot be a month).
func numericDate(words []string, i int) (y, m, d int, ok bool) {
	if i+2 >= len(words) {
		return 0, 0, 0, false
	}
	a, b, c := words[i], words[i+1], words[i+2]
	if !isNumber(a) || !isNumber(b) || !isNumber(c) || len(b) > 2 {
		return 0, 0, 0, false
	}
	na, _ := strconv.Atoi(a)
	nb, _ := strconv.Atoi(b)
	nc, _ := strconv.Atoi(c)
	switch {
	case len(a) == 4 && len(c) <= 2:
		y, m, d = na, nb, nc
	case len(c) == 4 && len(a) <= 2:
		y, m, d = nc, nb, na
		if m > 12 && d <= 12 {
			m, d = d, m
		}
	default:
		return 0, 0, 0, false
	}
	return y, m, d, validDate(y, m, d)
}

func validDate(y, m, d int) bool {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayNumber(w string) (int, bool) {
	if !isNumber(w) || len(w) > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, n >= 1 && n <= 31
}

// yearAt reads a four-digit year at i, or a two-digit one ("24" = 2024).
func yearAt(words []string, i int) (int, bool) {
	if i >= len(words) || !isNumber(words[i]) {
		return 0, false
	}
	n, _ := strconv.Atoi(words[i])
	switch len(words[i]) {
	case 4:
		return n, n >= 1990 && n <= 2100
	case 2:
		return 2000 + n, true
	}
	return 0, false
}

// monthAt returns the month named by the words at i and how many words the
// name takes (0 when none).
func monthAt(words []string, i int) (time.Month, int) {
	if i >= len(words) {
		return 0, 0
	}
	if i+1 < len(words) {
		if m, ok := monthNames[words[i]+" "+words[i+1]]; ok {
			return m, 2
		}
	}
	if m, ok := monthNames[words[i]]; ok {
		return m, 1
	}
	return 0, 0
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

var (
	urlFullDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)`)
	urlYear     = regexp.MustCompile(`/((?:19|20)\d\d)/`)
)

// dateInURL reads a date such as /2026/2/13/ or /2023-01-02/ from a URL's
// path, and failing that a year (/2022/).
func dateInURL(url string) (time.Time, int) {
	if m := urlFullDate.FindStringSubmatch(url); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if validDate(y, mo, d) {
			return day(y, mo, d), y
		}
	}
	if m := urlYear.FindStringSubmatch(url); m != nil {
		y, _ := strconv.Atoi(m[1])
		return time.Time{}, y
	}
	return time.Time{}, 0
}

func nonEmptyLines(text string, n int) []string {
	var out []string
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if out = append(out, line); len(out) == n {
			break
		}
	}
	return out
}

func lastLines(text string, n int) []string {
	ls := strings.Split(strings.TrimSpace(text), "\n")
	var out []string
	for i := len(ls) - 1; i >= 0 && len(out) < n; i-- {
		if strings.TrimSpace(ls[i]) != "" {
			out = append(out, ls[i])
		}
	}
	return out
}

//go:embed data/months.tsv
var monthsTSV string

//go:embed data/stampwords.tsv
var stampWordsTSV string

// MonthName is one way a month is written, in one language.
type MonthName struct {
	Name  string // as written in data/months.tsv ("january", "كانون الثاني")
	Month time.Month
}

// MonthNames returns the month names of a language ("ar", "en") in the
// order of data/months.tsv: the one table of month names the date finders
// of this package and of both extractors read.
func MonthNames(lang string) []MonthName {
	return slices.Clone(monthsByLang[lang])
}

var (
	monthsByLang = map[string][]MonthName{}
	monthNames   = map[string]time.Month{}
	weekdayWords = map[string]bool{}
	stampWords   = map[string]bool{}
	stampMarkers = map[string]bool{}
)

func init() {
	for _, r := range MustTable("data/months.tsv", monthsTSV, "month", "lang", "name") {
		m, err := strconv.Atoi(r["month"])
		if err != nil || m < 1 || m > 12 {
			panic(fmt.Sprintf("data/months.tsv:%s: month %q is not 1-12", r[LineField], r["month"]))
		}
		monthNames[graph.Fold(r["name"])] = time.Month(m)
		monthsByLang[r["lang"]] = append(monthsByLang[r["lang"]], MonthName{r["name"], time.Month(m)})
	}
	for _, r := range MustTable("data/stampwords.tsv", stampWordsTSV, "class", "word") {
		w := graph.Fold(r["word"])
		switch r["class"] {
		case "marker":
			stampMarkers[w] = true
		case "weekday":
			weekdayWords[w] = true
		case "word":
			stampWords[w] = true
		default:
			panic(fmt.Sprintf("data/stampwords.tsv:%s: unknown class %q", r[LineField], r["class"]))
		}
	}
}
