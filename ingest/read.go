package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
)

// MaxArticleBytes bounds one article (and one JSON Lines line). Larger
// inputs are refused rather than read into memory.
const MaxArticleBytes = 8 << 20

// Errors for bad input. Readers wrap them with the name of the input.
var (
	ErrEmpty         = errors.New("empty input")
	ErrBinary        = errors.New("binary data, not text")
	ErrInvalidUTF8   = errors.New("invalid UTF-8")
	ErrTooLarge      = fmt.Errorf("larger than %d MiB", MaxArticleBytes>>20)
	ErrUnknownFormat = errors.New("unknown file type (want .txt, .html, .htm or .jsonl)")
)

// Format is a kind of input file.
type Format string

// Formats the readers understand.
const (
	FormatText  Format = "txt"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
)

// FormatOf returns the format of a file name by its extension, or "".
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return ""
}

// Input is one file (or standard input) to read articles from.
type Input struct {
	Path   string // "-" for standard input
	Format Format // "" for standard input: sniffed from the content
	// Name is what errors and Article.Source call the input: Path when
	// it is "", or "<stdin>" for standard input.
	Name string
}

// Collect expands paths into inputs: files are taken as they are, folders
// are walked recursively (in name order) and "-" is standard input. Files
// inside folders whose format is unknown are skipped and counted; a file
// named explicitly with an unknown format is an error.
func Collect(paths []string) (inputs []Input, skipped int, errs []error) {
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, Input{Path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !info.IsDir() {
			f := FormatOf(p)
			if f == "" {
				errs = append(errs, fmt.Errorf("%s: %w", p, ErrUnknownFormat))
				continue
			}
			inputs = append(inputs, Input{Path: p, Format: f})
			continue
		}
		var found []Input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() {
				return nil
			}
			if f := FormatOf(path); f != "" {
				found = append(found, Input{Path: path, Format: f})
			} else {
				skipped++
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		inputs = append(inputs, found...)
	}
	return inputs, skipped, errs
}

// Read reads the articles of one input. stdin is read for "-". Every
// article and every error is passed to fn, so that one bad line of a JSON
// Lines file does not lose the others; errors name the input (and line)
// and wrap the reason, and the articles' sources name the input too.
func Read(in Input, stdin io.Reader, fn func(*Article, error)) {
	name := in.Name
	var r io.Reader
	if in.Path == "-" {
		if name == "" {
			name = "<stdin>"
		}
		r = stdin
	} else {
		f, err := os.Open(in.Path)
		if err != nil {
			fn(nil, err)
			return
		}
		defer f.Close()
		r = f
		if name == "" {
			name = in.Path
		}
	}
	if in.Format == FormatJSONL {
		readJSONL(name, r, fn)
		return
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		fn(nil, fmt.Errorf("%s: %w", name, err))
		return
	}
	if len(data) > MaxArticleBytes {
		fn(nil, fmt.Errorf("%s: %w", name, ErrTooLarge))
		return
	}
	format := in.Format
	if format == "" {
		format = sniff(data)
	}
	if format == FormatJSONL {
		readJSONL(name, bytes.NewReader(data), fn)
		return
	}
	var a *Article
	if format == FormatHTML {
		a, err = ParseHTML(data)
	} else {
		a, err = ParseText(data)
	}
	if err != nil {
		fn(nil, fmt.Errorf("%s: %w", name, err))
		return
	}
	a.Source = name
	fn(a, nil)
}

// sniff guesses the format of standard input from its first bytes.
func sniff(data []byte) Format {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	switch {
	case len(t) > 0 && t[0] == '{':
		return FormatJSONL
	case len(t) > 0 && t[0] == '<':
		return FormatHTML
	}
	return FormatText
}

// checkText refuses empty, binary and invalid UTF-8 data.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, off)
	}
	return nil
}

// ParseText reads a plain-text article: the first non-empty line is the
// title; the whole text (title included) is what extraction reads.
func ParseText(data []byte) (*Article, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	title := ""
	for line := range strings.Lines(text) {
		if t := strings.TrimSpace(line); t != "" {
			title = t
			break
		}
	}
	return &Article{Title: title, Text: text}, nil
}

// ParseHTML extracts the title and readable text of an HTML page.
func ParseHTML(data []byte) (*Article, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	page, err := readability.FromReader(bytes.NewReader(data), nil)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	var body strings.Builder
	if page.Node != nil {
		if err := page.RenderText(&body); err != nil {
			return nil, fmt.Errorf("html: %w", err)
		}
	}
	text := strings.TrimSpace(body.String())
	if text == "" {
		return nil, fmt.Errorf("html: %w: no article text found", ErrEmpty)
	}
	title := strings.TrimSpace(page.Title())
	text = WithTitle(title, text)
	a := &Article{Title: title, Text: text, Language: normLang(page.Language())}
	if t, err := page.PublishedTime(); err == nil {
		a.Published = t.UTC().Truncate(24 * time.Hour)
	}
	return a, nil
}

// jsonArticle is one line of a JSON Lines file.
type jsonArticle struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

func readJSONL(name string, r io.Reader, fn func(*Article, error)) {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		raw, err := readLine(br, MaxArticleBytes)
		switch {
		case errors.Is(err, ErrTooLarge):
			fn(nil, fmt.Errorf("%s: line %d: %w", name, line, err))
			continue
		case err != nil && err != io.EOF:
			fn(nil, fmt.Errorf("%s: line %d: %w", name, line, err))
			return
		}
		if raw = bytes.TrimSpace(raw); len(raw) > 0 {
			a, perr := parseJSONLine(raw)
			if perr != nil {
				fn(nil, fmt.Errorf("%s: line %d: %w", name, line, perr))
			} else {
				a.Source = fmt.Sprintf("%s:%d", name, line)
				fn(a, nil)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine returns the next line of br without its newline. A line longer
// than max is read to its end and dropped, with ErrTooLarge, so that the
// lines after it are still read. At the end of the input it returns the
// last line, if any, with io.EOF.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case tooLong && (err == nil || err == io.EOF):
			return nil, ErrTooLarge
		case err == nil:
			return bytes.TrimSuffix(line, []byte("\n")), nil
		}
		return line, err
	}
}

func parseJSONLine(raw []byte) (*Article, error) {
	if !utf8.Valid(raw) {
		return nil, ErrInvalidUTF8
	}
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	if strings.TrimSpace(j.Text) == "" {
		return nil, fmt.Errorf("%w: no \"text\"", ErrEmpty)
	}
	if err := checkText([]byte(j.Text)); err != nil {
		return nil, err
	}
	text := WithTitle(j.Title, j.Text)
	a := &Article{URL: j.URL, Title: j.Title, Text: text, Language: normLang(j.Language)}
	if j.Published != "" {
		t, err := ParseDate(j.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		a.Published = t
	}
	return a, nil
}

// ParseDate reads a publication date: YYYY-MM-DD or an RFC 3339 time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(DateLayout, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
}

// normLang reduces a language tag to its primary subtag ("en-GB" -> "en").
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

// withTitle puts the title before text as its first paragraph, unless the
// text already opens with it, so that extraction reads the headline too.
func WithTitle(title, text string) string {
	title = strings.TrimSpace(title)
	if title == "" {
		return text
	}
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if strings.TrimSpace(first) == title {
		return text
	}
	return title + "\n\n" + text
}
