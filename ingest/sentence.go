package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Splitter splits text into sentences. Paragraph breaks (newlines) always
// end a sentence; '.', '!', '?', '؟' and '…' end one when followed by space
// or a closing quote and space, except after an abbreviation, an initial
// ("J."), a dotted acronym ("U.S."), or inside a quotation that has not been
// closed yet. The Arabic comma '،' and semicolon '؛' never end a sentence.
type Splitter struct {
	// Abbreviations lists words (lower case, without the final period)
	// after which a period does not end a sentence: "mr", "gen", "jan".
	Abbreviations map[string]bool
}

// SentenceSplitter is implemented by extractors that want their own
// sentence rules (abbreviations of their language).
type SentenceSplitter interface {
	Split(text string) []Span
}

const (
	openQuotes  = "“«„‘"
	closeQuotes = "”»’"
)

// Split returns the sentences of text as trimmed, non-empty spans.
func (s Splitter) Split(text string) []Span {
	var out []Span
	start := 0
	depth := 0        // open typographic quotes
	straight := false // inside "..."
	emit := func(end int) {
		sp := trimSpan(text, Span{start, end})
		if sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end
		depth, straight = 0, false
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		switch {
		case r == '\n':
			emit(next)
		case strings.ContainsRune(openQuotes, r):
			depth++
		case strings.ContainsRune(closeQuotes, r):
			if depth > 0 {
				depth--
			}
		case r == '"':
			straight = !straight
		case r == '.' || r == '!' || r == '?' || r == '؟' || r == '…':
			end := next
			// Take closing quotes and repeated marks with the sentence.
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '؟' {
					end += s2
					continue
				}
				if strings.ContainsRune(closeQuotes, r2) && depth > 0 {
					depth--
					end += s2
					continue
				}
				if r2 == '"' && straight {
					straight = false
					end += s2
					continue
				}
				break
			}
			if (depth == 0 && !straight) && atBreak(text, end) && !(r == '.' && s.noBreakAfter(text, start, i)) {
				emit(end)
			}
			next = end
		}
		i = next
	}
	emit(len(text))
	return out
}

// atBreak reports whether position i of text is the end of the text or
// white space followed by something that can start a sentence.
func atBreak(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsSpace(r) {
		return false
	}
	j := i + size
	for j < len(text) {
		r, size = utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) || r == '\n' {
			break
		}
		j += size
	}
	if j >= len(text) || r == '\n' {
		return true
	}
	// A lower-case Latin letter after the period continues the sentence
	// ("approx. five"); Arabic has no case, so anything else may start one.
	return !unicode.IsLower(r)
}

// noBreakAfter reports whether the period at dot ends an abbreviation, an
// initial or a dotted acronym rather than a sentence.
func (s Splitter) noBreakAfter(text string, start, dot int) bool {
	j := dot
	for j > start {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) || strings.ContainsRune(openQuotes, r) || r == '"' || r == '(' {
			break
		}
		j -= size
	}
	word := text[j:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "Joseph R. Biden"
	}
	if strings.Contains(word, ".") {
		return true // "U.S", "U.N" before the final period
	}
	return s.Abbreviations[strings.ToLower(word)]
}

// trimSpan shrinks sp to exclude leading and trailing white space.
func trimSpan(text string, sp Span) Span {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}
