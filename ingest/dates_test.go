package ingest

import (
	"testing"
	"time"
)

func TestWeekdays(t *testing.T) {
	fri := time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC) // a Friday
	for _, tt := range []struct {
		name string
		got  time.Time
		want string
	}{
		{"on or before, same day", WeekdayOnOrBefore(fri, time.Friday), "2025-07-04"},
		{"on or before, Tuesday", WeekdayOnOrBefore(fri, time.Tuesday), "2025-07-01"},
		{"on or before, Saturday", WeekdayOnOrBefore(fri, time.Saturday), "2025-06-28"},
		{"on or after, same day", WeekdayOnOrAfter(fri, time.Friday), "2025-07-04"},
		{"on or after, Monday", WeekdayOnOrAfter(fri, time.Monday), "2025-07-07"},
		{"strictly before, same day", WeekdayBefore(fri, time.Friday), "2025-06-27"},
		{"nearest date, same year", NearestDate(fri, time.March, 10), "2025-03-10"},
		{"nearest date, previous year", NearestDate(time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), time.December, 30), "2024-12-30"},
	} {
		if got := FormatDate(tt.got); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	if FormatDate(time.Time{}) != "" {
		t.Error("zero time formatted")
	}
}
