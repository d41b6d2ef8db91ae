package en

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // letters and digits, with inner hyphens, apostrophes and dots
	tPunct                // one punctuation character
	tQuote                // a double quotation mark, straight or typographic
	tPoss                 // a possessive "'s" or "’s" split from its word
)

// token is one word or mark of a sentence, with byte offsets into the
// document text.
type token struct {
	start, end int
	text       string
	lower      string
	kind       tokKind
	inQuote    bool // inside a quotation
}

// isCap reports whether the token is a word that starts with an upper-case
// letter.
func (t token) isCap() bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// tokenize splits text[start:end] into tokens. Offsets are absolute.
func tokenize(text string, start, end int) []token {
	var out []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			w := text[i:j]
			// Split a possessive: "Trump's" -> "Trump" + "'s".
			if p := possessiveSuffix(w); p > 0 {
				out = append(out, newToken(text, i, j-p, tWord), newToken(text, j-p, j, tPoss))
			} else {
				out = append(out, newToken(text, i, j, tWord))
			}
			i = j
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			out = append(out, newToken(text, i, i+size, tQuote))
			i += size
		default:
			out = append(out, newToken(text, i, i+size, tPunct))
			i += size
		}
	}
	markQuotes(out)
	return out
}

func newToken(text string, s, e int, k tokKind) token {
	w := text[s:e]
	return token{start: s, end: e, text: w, lower: strings.ToLower(w), kind: k}
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single hyphens, apostrophes, periods of dotted acronyms
// ("U.S."), commas between digits ("3,000") and ampersands.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if j+size >= end {
			break
		}
		n, _ := utf8.DecodeRuneInString(text[j+size : end])
		switch r {
		case '-', '\'', '’', '&':
			if unicode.IsLetter(n) || unicode.IsDigit(n) {
				j += size
				continue
			}
		case ',':
			p, _ := utf8.DecodeLastRuneInString(text[i:j])
			if unicode.IsDigit(p) && unicode.IsDigit(n) {
				j += size
				continue
			}
		case '.':
			// A dotted acronym: single letters each followed by a period.
			if isDottedAcronym(text[i:j]) && unicode.IsUpper(n) && (j+size+1 >= end || text[j+size+1] == '.') {
				j += size
				continue
			}
		}
		break
	}
	// Take the final period of a dotted acronym: "U.S." (but not the
	// period of "Jr." or of a sentence after one letter).
	if j < end && text[j] == '.' && strings.Contains(text[i:j], ".") && isDottedAcronym(text[i:j]) {
		j++
	}
	return j
}

// isDottedAcronym reports whether w is made of single upper-case letters
// separated by periods: "U", "U.S", "U.N".
func isDottedAcronym(w string) bool {
	for k, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
		_ = k
	}
	return true
}

// possessiveSuffix returns the byte length of a trailing "'s" or "’s", or 0.
func possessiveSuffix(w string) int {
	for _, s := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return len(s)
		}
	}
	return 0
}

// markQuotes sets inQuote on the tokens between opening and closing
// quotation marks. Straight quotes alternate; typographic ones nest.
func markQuotes(toks []token) {
	in := false
	for i := range toks {
		t := &toks[i]
		if t.kind == tQuote {
			switch t.text {
			case "“", "«", "„":
				in = true
			case "”", "»":
				in = false
			default:
				in = !in
			}
			continue
		}
		t.inQuote = in
	}
}

// quoteSpans returns the quotations of a sentence as token index pairs
// [open, close] of their quotation marks. An unclosed quotation runs to the
// end.
func quoteSpans(toks []token) [][2]int {
	var out [][2]int
	open := -1
	for i, t := range toks {
		if t.kind != tQuote {
			continue
		}
		opening := t.text == "“" || t.text == "«" || t.text == "„" || (t.text == "\"" && open < 0)
		if opening && open < 0 {
			open = i
			continue
		}
		if open >= 0 && !opening {
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(toks)})
	}
	return out
}
