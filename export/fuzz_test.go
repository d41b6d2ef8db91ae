package export

// Fuzz the escaping that every name goes through:
//
//	go test ./export -fuzz FuzzQuote -fuzztime 30s
//	go test ./export -fuzz FuzzLiteral -fuzztime 30s
//	go test ./export -fuzz FuzzBlankLabel -fuzztime 30s

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/graph"
)

var seeds = []string{"", `a"b`, `back\slash`, "line\nbreak", "tab\t", "كريم بنعلي", "\xff\xfe", "\x00\x01\x7f\u0085", `\N\l`, "🙂", "\u200frlm"}

// unquoteDOT reads back a string that quote wrote, failing on anything
// quote should never write.
func unquoteDOT(q string) (string, error) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", fmt.Errorf("not in quotes")
	}
	var b strings.Builder
	in := q[1 : len(q)-1]
	for i := 0; i < len(in); i++ {
		switch c := in[i]; c {
		case '"':
			return "", fmt.Errorf("raw quote at %d", i)
		case '\n', '\r':
			return "", fmt.Errorf("raw line break at %d", i)
		case '\\':
			i++
			if i == len(in) {
				return "", fmt.Errorf("lone backslash at the end")
			}
			switch in[i] {
			case 'n':
				b.WriteByte('\n')
			case '"', '\\':
				b.WriteByte(in[i])
			default:
				return "", fmt.Errorf("escape \\%c", in[i])
			}
		default:
			if c < 0x20 || c == 0x7f {
				return "", fmt.Errorf("control byte %#x", c)
			}
			b.WriteByte(c)
		}
	}
	if !utf8.ValidString(b.String()) {
		return "", fmt.Errorf("invalid UTF-8")
	}
	return b.String(), nil
}

// dotVisible is what quote keeps of s: valid UTF-8, tabs as spaces, no
// other control characters.
func dotVisible(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func FuzzQuote(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := unquoteDOT(string(quote(s)))
		if err != nil {
			t.Fatalf("quote(%q) = %s: %v", s, quote(s), err)
		}
		if want := dotVisible(s); got != want {
			t.Fatalf("quote(%q) reads back as %q, want %q", s, got, want)
		}
	})
}

func FuzzLiteral(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit := literal(s)
		if strings.ContainsAny(lit, "\n\r") {
			t.Fatalf("literal(%q) has a raw line break", s)
		}
		got, err := strconv.Unquote(lit)
		if err != nil {
			t.Fatalf("literal(%q) = %s: %v", s, lit, err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Fatalf("literal(%q) reads back as %q", s, got)
		}
	})
}

var labelRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

func FuzzBlankLabel(f *testing.F) {
	for _, s := range append(seeds, "per-0123456789abcdef", "123", "a:b") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := blankLabel(graph.ID(s))
		if !labelRE.MatchString(l) {
			t.Fatalf("blankLabel(%q) = %q", s, l)
		}
		if l != s && labelRE.MatchString(s) {
			t.Fatalf("blankLabel(%q) = %q changed a valid label", s, l)
		}
	})
}
