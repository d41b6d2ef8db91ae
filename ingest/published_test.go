package ingest

import (
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
)

func TestFindPublished(t *testing.T) {
	for _, tc := range []struct {
		name, text, url, want string
	}{
		{"timestamp under the title", "Ministers meet in Doha\n17-10-2025 | 00:06\nThe foreign ministers met on Thursday.\n", "", "2025-10-17"},
		{"Arabic weekday and two-digit year", "الوزير يستقبل السفير\nالأثنين, 29 يناير 24\nاستقبل وزير الخارجية اليوم السفير.\n", "", "2024-01-29"},
		{"Arabic-Indic digits, Levantine month", "عنوان الخبر\n١٢ آذار ٢٠٢٥\nالتقى الرئيس أمس وفداً.\n", "", "2025-03-12"},
		{"time before the date", "عنوان\n\nكتب- كاتب:\n\n04:19 م 13/02/2026 تعديل في 04:20 م\n\nاستعرض الوزير.\n", "", "2026-02-13"},
		{"Published marker with a byline", "Talks in Rome\nBy Jane Roe | Published: 10:42 AM, Jan 5, 2024\nThe ministers met.\n", "", "2024-01-05"},
		{"Updated with ISO date and zone", "Talks in Rome\nUpdated 2023-11-16 14:02 GMT\nThe ministers met.\n", "", "2023-11-16"},
		{"month first with year", "Foreign minister holds call\n\nFebruary 26, 2022\n\nThe minister held a call on Friday.\n", "", "2022-02-26"},
		{"dateline with year from the URL", "Foreign minister holds call\nBEIJING, June 22 (Xinhua) -- The minister held a call on Friday.\n", "https://example.org/n3/2023/0623/c90000.html", "2023-06-22"},
		{"dateline with full date in URL", "Call\nBEIJING, June 22 (Xinhua) -- The minister held a call.\n", "https://example.org/2023/06/23/call.html", "2023-06-23"},
		{"dateline with its year", "Call\nWASHINGTON, Jan. 2, 2023 (Reuters) - The secretary spoke.\n", "", "2023-01-02"},
		{"Saudi Hijri and Gregorian dateline", "عنوان\nالرياض 15 ربيع الأول 1446 هـ الموافق 18 سبتمبر 2024 م واس\nاستقبل ولي العهد اليوم وزير الخارجية.\n", "", "2024-09-18"},
		{"Arabic dateline with year from URL", "عنوان\nالقاهرة في 12 أغسطس /أ ش أ/ استقبل الرئيس وزير الخارجية.\n", "https://example.org/news/2025/8/12/123", "2025-08-12"},
		{"URL date only", "Call\nThe minister held a call on Friday.\n", "https://www.example.com/news/details/2026/2/13/2942093/x", "2026-02-13"},
		{"credit line at the end", "Call\nThe minister talked by telephone with his counterpart.\n(Xinhua News Agency April 12, 2003)\n", "", "2003-04-12"},
		{"event date in a sentence is not the publication date", "Call\nOn Wednesday, 2 July 2025, the secretary held a call with the minister of a friendly country.\n", "", ""},
		{"event date in the title is not the publication date", "Ministers to meet in Rome on 12 March 2024\nThe ministers will meet.\n", "", ""},
		{"sentence opening with a date is no dateline", "عنوان\nفي 12 أغسطس استقبل الرئيس وزير الخارجية.\n", "", ""},
		{"English sentence opening with a date is no dateline", "Call\nOn Feb. 25 the minister held a call with his counterpart.\n", "https://example.org/2022/x", ""},
		{"no date at all", "Call\nThe minister held a call.\n", "", ""},
		{"impossible date", "Call\n31-02-2024\nThe minister held a call.\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := FormatDate(FindPublished(tc.text, tc.url))
			if got != tc.want {
				t.Errorf("FindPublished = %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzFindPublished(f *testing.F) {
	f.Add("t\n17-10-2025 | 00:06\n", "")
	f.Add("t\nBEIJING, June 22 (Xinhua) --", "http://x/2023/")
	f.Add("t\nالرياض 15 ربيع الأول 1446 هـ الموافق 18 سبتمبر 2024 م", "")
	f.Fuzz(func(t *testing.T, text, url string) {
		d := FindPublished(text, url)
		if !d.IsZero() && (d.Year() < 1990 || d.Year() > 2100 || d.Hour() != 0 || d.Location() != time.UTC) {
			t.Fatalf("FindPublished(%q, %q) = %v", text, url, d)
		}
	})
}

// TestDateTables lints the data files of published.go: every line parses,
// and no two entries fold to the same key.
func TestDateTables(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		fields     []string
		key        string
	}{
		{"data/months.tsv", monthsTSV, []string{"month", "lang", "name"}, "name"},
		{"data/stampwords.tsv", stampWordsTSV, []string{"class", "word"}, "word"},
	} {
		rows, err := ReadTable(tc.name, tc.data, tc.fields...)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for _, r := range rows {
			k := graph.Fold(r[tc.key])
			if prev, ok := seen[k]; ok {
				t.Errorf("%s:%s: %q folds to the same key as line %s", tc.name, r[LineField], r[tc.key], prev)
			}
			seen[k] = r[LineField]
		}
	}
	// The English extractor looks month names up as single lower-case words.
	for _, n := range MonthNames("en") {
		if n.Name != strings.ToLower(n.Name) || strings.Contains(n.Name, " ") {
			t.Errorf("data/months.tsv: English name %q is not one lower-case word", n.Name)
		}
	}
	if len(MonthNames("ar")) < 12 || len(MonthNames("en")) < 12 {
		t.Errorf("data/months.tsv: %d Arabic and %d English names, want every month in both", len(MonthNames("ar")), len(MonthNames("en")))
	}
}

func TestReadTable(t *testing.T) {
	good := "# comment\nword\tclass\n\nsaid\tverb\n# another\ntold\tverb\n"
	rows, err := ReadTable("t.tsv", good, "word", "class")
	if err != nil || len(rows) != 2 || rows[1]["word"] != "told" || rows[1][LineField] != "6" {
		t.Fatalf("ReadTable = %v, %v", rows, err)
	}
	for _, bad := range []struct{ data, want string }{
		{"word\tclass\nsaid\n", "t.tsv:2: 1 fields, want 2"},
		{"word\tclass\nsaid\tverb\textra\n", "t.tsv:2: 3 fields"},
		{"class\tword\nsaid\tverb\n", "t.tsv:1: header"},
		{"word\tclass\n\tverb\n", "t.tsv:2: empty word"},
		{"word\tclass\nsaid\t verb\n", "t.tsv:2: class \" verb\" has spaces at an end"},
		{"# only a comment\n", "no header"},
	} {
		_, err := ReadTable("t.tsv", bad.data, "word", "class")
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadTable(%q) error = %v, want it to contain %q", bad.data, err, bad.want)
		}
	}
}
