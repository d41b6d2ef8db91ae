package ar

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/graph"
)

// token is a word or a punctuation mark of the text, with its byte span.
type token struct {
	start, end int
	raw        string
	fold       string // graph.Fold of a word; the mark itself otherwise
	word       bool
	latin      bool
	quote      int       // depth of quotation at this token (0 outside quotes)
	sent       int       // index of the sentence that holds it
	vars       []variant // the word with its clitics stripped, computed once
	// hamza says the word begins with أ, إ or آ: "ألينا" is a name, not
	// the article ال that its folded form begins with.
	hamza bool
}

// isWordRune reports whether r continues a word: letters, digits, Arabic
// marks and tatweel.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// startsWord reports whether s begins with a word rune.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// tokenize splits text[start:end] into tokens. Quote depth is tracked
// within the span: “ « open, ” » close, and " toggles.
func tokenize(text string, start, end, sent int, out []token) []token {
	depth := 0
	straight := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case (r == '#' || r == '@') && i+size < end && startsWord(text[i+size:end]):
			// "#لافروف", "@الخارجية": a hashtag or handle is its word.
			i += size
		case isWordRune(r):
			j := i + size
			latin := unicode.Is(unicode.Latin, r)
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			raw := text[i:j]
			f := graph.Fold(raw)
			if f == "" {
				f = raw
			}
			q := depth
			if straight {
				q++
			}
			first, _ := utf8.DecodeRuneInString(raw)
			out = append(out, token{start: i, end: j, raw: raw, fold: f, word: true, latin: latin, quote: q, sent: sent, vars: variants(f),
				hamza: first == 'أ' || first == 'إ' || first == 'آ'})
			i = j
		default:
			q := depth
			if straight {
				q++
			}
			switch {
			case strings.ContainsRune("“«„", r):
				depth++
				q = depth
				if straight {
					q++
				}
			case strings.ContainsRune("”»", r):
				if depth > 0 {
					depth--
				}
			case r == '"':
				straight = !straight
				q = depth
				if straight {
					q++
				}
			}
			out = append(out, token{start: i, end: i + size, raw: text[i : i+size], fold: text[i : i+size], quote: q, sent: sent})
			i += size
		}
	}
	return out
}

// isOpenQuote and isCloseQuote classify quotation marks; the straight
// quote is both and is told apart by the quote depth.
func isOpenQuote(t token) bool {
	return t.raw == "“" || t.raw == "«" || t.raw == "„" || (t.raw == "\"" && t.quote > 0)
}
func isCloseQuote(t token) bool {
	return t.raw == "”" || t.raw == "»" || (t.raw == "\"" && t.quote == 0)
}
func isComma(t token) bool { return t.raw == "،" || t.raw == "," }

// variant is a word with its proclitics removed.
type variant struct {
	stem   string // folded
	prefix string // the clitics removed, folded
	// restored says the article's alef was put back after ل ("للجنة").
	restored bool
}

// variants returns the folded word f and the forms left after stripping a
// conjunction (و ف), a preposition (ب ل ك), or both. After ل the article
// ال loses its alef ("للاستخبارات"), which is restored.
func variants(f string) []variant {
	out := []variant{{stem: f}}
	add := func(stem, prefix string) {
		if utf8.RuneCountInString(stem) >= 2 {
			out = append(out, variant{stem: stem, prefix: prefix})
		}
	}
	prep := func(s, conj string) {
		for _, p := range prepClitics {
			if strings.HasPrefix(s, p) {
				rest := s[len(p):]
				add(rest, conj+p)
				if p == "ل" && strings.HasPrefix(rest, "ل") {
					out = append(out, variant{stem: "ا" + rest, prefix: conj + p, restored: true})
				}
			}
		}
	}
	for _, c := range conjClitics {
		if strings.HasPrefix(f, c) {
			add(f[len(c):], c)
			prep(f[len(c):], c)
		}
	}
	prep(f, "")
	return out
}

// trimClitic removes n leading letters (and any marks after them) from a
// raw word, for the surface form of an alias.
func trimClitic(raw string, n int) string {
	i := 0
	for n > 0 && i < len(raw) {
		_, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		for i < len(raw) {
			r, s := utf8.DecodeRuneInString(raw[i:])
			if !unicode.Is(unicode.Mn, r) && r != 'ـ' {
				break
			}
			i += s
		}
		n--
	}
	return raw[i:]
}
