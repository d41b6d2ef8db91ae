package ingest

import "time"

// DateLayout is how dates are written on edges: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// FormatDate writes t as YYYY-MM-DD, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// WeekdayOnOrBefore returns the nearest day on or before ref that falls on
// wd: what "on Friday" means for something that happened.
func WeekdayOnOrBefore(ref time.Time, wd time.Weekday) time.Time {
	d := (int(ref.Weekday()) - int(wd) + 7) % 7
	return ref.AddDate(0, 0, -d)
}

// WeekdayOnOrAfter returns the nearest day on or after ref that falls on wd:
// what "on Friday" means for something planned.
func WeekdayOnOrAfter(ref time.Time, wd time.Weekday) time.Time {
	d := (int(wd) - int(ref.Weekday()) + 7) % 7
	return ref.AddDate(0, 0, d)
}

// WeekdayBefore returns the nearest day strictly before ref that falls on wd:
// "last Tuesday".
func WeekdayBefore(ref time.Time, wd time.Weekday) time.Time {
	d := (int(ref.Weekday()) - int(wd) + 7) % 7
	if d == 0 {
		d = 7
	}
	return ref.AddDate(0, 0, -d)
}

// NearestDate returns the date with the given month and day that is closest
// to ref (within half a year either side), for dates written without a year.
func NearestDate(ref time.Time, month time.Month, day int) time.Time {
	best := time.Time{}
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t := time.Date(y, month, day, 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDur(t.Sub(ref)) < absDur(best.Sub(ref)) {
			best = t
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
