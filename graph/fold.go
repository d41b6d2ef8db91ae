package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the key under which a name is indexed and compared: Unicode
// NFKC; Arabic diacritics and tatweel removed; the hamza and alef forms أ إ آ ٱ
// folded to ا, ى to ي, ة to ه, ؤ to و, ئ to ي; Arabic-Indic digits to ASCII;
// letters lower-cased; punctuation turned into spaces; runs of space folded to
// one. Two spellings of one name that differ only in these ways have the same
// key ("الرئيسُ الأوكرانيّ" and "الرئيس الاوكراني"; "Zelensky" and "ZELENSKY").
func Fold(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldRune(r)
		switch {
		case r < 0:
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// foldRune maps one rune to its folded form, or to -1 when it is dropped.
func foldRune(r rune) rune {
	switch {
	case r >= '\u0610' && r <= '\u061a', // Quranic marks
		r >= '\u064b' && r <= '\u065f', // harakat: fatha, damma, kasra, shadda, sukun...
		r == '\u0670',                  // superscript alef
		r >= '\u06d6' && r <= '\u06ed', // Quranic annotation signs
		r == '\u0640':                  // tatweel
		return -1
	case r >= '\u0660' && r <= '\u0669': // Arabic-Indic digits
		return '0' + (r - '\u0660')
	case r >= '\u06f0' && r <= '\u06f9': // Extended (Persian) digits
		return '0' + (r - '\u06f0')
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case '_':
		return ' '
	}
	return r
}
