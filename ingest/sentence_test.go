package ingest

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	sp := Splitter{Abbreviations: map[string]bool{"rep": true, "mr": true}}
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"paragraphs", "Headline\n\nBody one.\nBody two", []string{"Headline", "Body one.", "Body two"}},
		{"initial and acronym", "Joseph R. Biden met U.S. officials. Then left.",
			[]string{"Joseph R. Biden met U.S. officials.", "Then left."}},
		{"abbreviation", "Rep. Jane Doe spoke. Mr. Roe did not.", []string{"Rep. Jane Doe spoke.", "Mr. Roe did not."}},
		{"quote kept whole", `"We agree. We will act," she said. Next.`, []string{`"We agree. We will act," she said.`, "Next."}},
		{"closing quote after period", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"arabic", "قال الوزير إن الاجتماع مهم، وأضاف أنه مفيد. هل ينجح؟ نعم",
			[]string{"قال الوزير إن الاجتماع مهم، وأضاف أنه مفيد.", "هل ينجح؟", "نعم"}},
		{"guillemets", "وقال «نحن مستعدون. سنرى». ثم غادر.", []string{"وقال «نحن مستعدون. سنرى».", "ثم غادر."}},
		{"decimal", "Growth was 3.5 percent. Fine.", []string{"Growth was 3.5 percent.", "Fine."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range sp.Split(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: Split(%q) =\n  %q\nwant\n  %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	// go test -fuzz=FuzzSplit ./ingest/
	f.Add("One. Two “three. four” five.")
	f.Add("قال «x». y؟")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range (Splitter{}).Split(s) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v (last end %d) in %q", sp, last, s)
			}
			last = sp.End
		}
	})
}

func TestDetectLanguage(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The minister met his counterpart.", "en"},
		{"التقى الوزير نظيره في القاهرة.", "ar"},
		{"التقى الوزير نظيره «BBC».", "ar"},
		{"2025 - 123", ""},
	} {
		if got := DetectLanguage(tt.in); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
