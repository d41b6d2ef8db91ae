package ingest

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// readAll reads every input under paths and returns one line per article
// ("source: title") and per error.
func readAll(t *testing.T, paths ...string) (articles []string, errs []error, skipped int) {
	t.Helper()
	inputs, skipped, errs := Collect(paths)
	for _, in := range inputs {
		Read(in, strings.NewReader(""), func(a *Article, err error) {
			if err != nil {
				errs = append(errs, err)
				return
			}
			articles = append(articles, fmt.Sprintf("%s: %s", filepath.ToSlash(a.Source), a.Title))
		})
	}
	return articles, errs, skipped
}

func TestReadFolder(t *testing.T) {
	articles, errs, skipped := readAll(t, "testdata/batch")
	want := []string{
		"testdata/batch/good.txt: Title line",
		"testdata/batch/page.html: Ministers meet in Lisbon",
		"testdata/batch/sub/lines.jsonl:1: A",
		"testdata/batch/sub/lines.jsonl:5: D",
	}
	if !slices.Equal(articles, want) {
		t.Errorf("articles:\n%s\nwant:\n%s", strings.Join(articles, "\n"), strings.Join(want, "\n"))
	}
	if skipped != 1 {
		t.Errorf("skipped = %d, want 1 (notes.md)", skipped)
	}
	wantErrs := []struct {
		input string
		err   error
	}{
		{"testdata/batch/binary.txt", ErrBinary},
		{"testdata/batch/empty.txt", ErrEmpty},
		{"testdata/batch/latin1.txt", ErrInvalidUTF8},
		{"testdata/batch/sub/lines.jsonl: line 3", nil},
		{"testdata/batch/sub/lines.jsonl: line 4", nil},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		msg := filepath.ToSlash(errs[i].Error())
		if !strings.HasPrefix(msg, w.input) {
			t.Errorf("error %d = %q, want it to name %q", i, msg, w.input)
		}
		if w.err != nil && !errors.Is(errs[i], w.err) {
			t.Errorf("error %d = %v, want %v", i, errs[i], w.err)
		}
	}
}

func TestReadExplicitUnknownExtension(t *testing.T) {
	_, errs, _ := readAll(t, "testdata/batch/sub/notes.md")
	if len(errs) != 1 || !errors.Is(errs[0], ErrUnknownFormat) || !strings.Contains(errs[0].Error(), "notes.md") {
		t.Errorf("errs = %v, want one ErrUnknownFormat naming notes.md", errs)
	}
	_, errs, _ = readAll(t, "testdata/no-such-file.txt")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no-such-file.txt") {
		t.Errorf("errs = %v, want one naming the missing file", errs)
	}
}

func TestReadJSONLFields(t *testing.T) {
	var got []*Article
	Read(Input{Path: "testdata/batch/sub/lines.jsonl", Format: FormatJSONL}, nil, func(a *Article, err error) {
		if a != nil {
			got = append(got, a)
		}
	})
	if len(got) != 2 {
		t.Fatalf("got %d articles", len(got))
	}
	a := got[0]
	if a.URL != "https://example.org/a" || a.Language != "en" || FormatDate(a.Published) != "2025-07-04" ||
		a.Text != "A\n\nAlpha met Beta." {
		t.Errorf("article = %+v", a)
	}
	if FormatDate(got[1].Published) != "2025-07-05" {
		t.Errorf("RFC 3339 published = %v", got[1].Published)
	}
	if ArticleID(got[0]) == ArticleID(got[1]) {
		t.Error("two URLs gave one article ID")
	}
}

func TestReadHTML(t *testing.T) {
	var a *Article
	Read(Input{Path: "testdata/batch/page.html", Format: FormatHTML}, nil, func(got *Article, err error) {
		if err != nil {
			t.Fatal(err)
		}
		a = got
	})
	for _, want := range []string{"met in Lisbon on Tuesday", "We made progress"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, unwanted := range []string{"Home", "Copyright"} {
		if strings.Contains(a.Text, unwanted) {
			t.Errorf("text keeps page furniture %q:\n%s", unwanted, a.Text)
		}
	}
	if a.Language != "en" {
		t.Errorf("language = %q, want en from <html lang>", a.Language)
	}
}

func TestReadStdinSniffs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Headline\n\nBody text.", "Headline"},
		{`{"title":"From JSON","text":"Body."}`, "From JSON"},
	} {
		var titles []string
		Read(Input{Path: "-"}, strings.NewReader(tt.in), func(a *Article, err error) {
			if err != nil {
				t.Fatal(err)
			}
			titles = append(titles, a.Title)
		})
		if len(titles) != 1 || titles[0] != tt.want {
			t.Errorf("stdin %q: titles %q, want %q", tt.in, titles, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2025-07-04", "2025-07-04"},
		{" 2025-07-04 ", "2025-07-04"},
		{"2025-07-04T23:30:00+03:00", "2025-07-04"},
		{"04/07/2025", ""},
		{"", ""},
	} {
		got, err := ParseDate(tt.in)
		if FormatDate(got) != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %v, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseJSONLine(f *testing.F) {
	// go test -fuzz=FuzzParseJSONLine ./ingest/
	f.Add([]byte(`{"title":"t","text":"x"}`))
	f.Add([]byte(`{"text":"\u0000"}`))
	f.Add([]byte(`{"published":"2025-13-01","text":"x"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := parseJSONLine(line)
		if err == nil && (a == nil || strings.TrimSpace(a.Text) == "") {
			t.Errorf("accepted %q with no text", line)
		}
	})
}

func TestReadTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	line := strings.Repeat("word ", 200) + "\n"
	if err := os.WriteFile(big, []byte(strings.Repeat(line, MaxArticleBytes/len(line)+2)), 0o644); err != nil {
		t.Fatal(err)
	}
	jsonl := filepath.Join(dir, "big.jsonl")
	huge := `{"title":"t","text":"` + strings.Repeat("x", MaxArticleBytes) + `"}` + "\n" + `{"title":"ok","text":"Fine."}` + "\n"
	if err := os.WriteFile(jsonl, []byte(huge), 0o644); err != nil {
		t.Fatal(err)
	}
	articles, errs, _ := readAll(t, big, jsonl)
	if len(errs) != 2 || !errors.Is(errs[0], ErrTooLarge) || !errors.Is(errs[1], ErrTooLarge) {
		t.Fatalf("errs = %v, want two ErrTooLarge", errs)
	}
	if !strings.Contains(errs[0].Error(), "big.txt") || !strings.Contains(errs[1].Error(), "big.jsonl: line 1") {
		t.Errorf("errors do not name their input: %v", errs)
	}
	if len(articles) != 1 || !strings.HasSuffix(articles[0], "big.jsonl:2: ok") {
		t.Errorf("the line after an over-long one was lost: %q", articles)
	}
}

func FuzzParseDocument(f *testing.F) {
	// go test -fuzz=FuzzParseDocument ./ingest/
	f.Add([]byte("Title\n\nBody."))
	f.Add([]byte("<html><body><article><p>Text.</p></article></body></html>"))
	f.Add([]byte("<p>\xff</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, parse := range []func([]byte) (*Article, error){ParseText, ParseHTML} {
			a, err := parse(data)
			if err != nil {
				continue
			}
			if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
				t.Errorf("accepted %q as %q", data, a.Text)
			}
		}
	})
}

func TestReadLine(t *testing.T) {
	for _, tt := range []struct {
		in   string
		max  int
		want string
	}{
		{"a\nbb\n", 10, "a|bb|<EOF>"},
		{"a\nbb", 10, "a|bb<EOF>"},
		{"", 10, "<EOF>"},
		{"toolong\nok\n", 3, "<too large>|ok|<EOF>"},
		{"ok\ntoolong", 3, "ok|<too large>"},
	} {
		br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
		var parts []string
		for {
			line, err := readLine(br, tt.max)
			if errors.Is(err, ErrTooLarge) {
				parts = append(parts, "<too large>")
				if br.Buffered() == 0 {
					if _, perr := br.Peek(1); perr != nil {
						break
					}
				}
				continue
			}
			if err != nil {
				parts = append(parts, string(line)+"<EOF>")
				break
			}
			parts = append(parts, string(line))
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("lines of %q (max %d) = %s, want %s", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestReadNamed(t *testing.T) {
	var errs []error
	var sources []string
	in := "{\"text\": \"Body.\"}\n{\"text\": \"\"}\n"
	Read(Input{Path: "-", Format: FormatJSONL, Name: "body"}, strings.NewReader(in), func(a *Article, err error) {
		if err != nil {
			errs = append(errs, err)
			return
		}
		sources = append(sources, a.Source)
	})
	if len(sources) != 1 || sources[0] != "body:1" {
		t.Errorf("sources %q, want body:1", sources)
	}
	if len(errs) != 1 || errs[0].Error() != `body: line 2: empty input: no "text"` || !errors.Is(errs[0], ErrEmpty) {
		t.Errorf("errors %v, want body: line 2 wrapping ErrEmpty", errs)
	}
}
