package ar

import (
	"strings"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// stmt is a statement before entity indexes are final.
type stmt struct {
	speaker int
	text    string
	direct  bool
	verb    string
	source  int
	sent    int
}

// asides are the comma-enclosed phrases that may sit between a subject and
// its verb: "البنتاغون، من جهته، أعلن".
var asides = []string{"من جهته", "من جانبه", "بدوره", "من جهتها", "من جانبها", "بدورها", "من ناحيته", "من ناحيتها"}

// statements finds what was said in sentence si: a reporting verb or
// participle, its speaker (after the verb, before it, or the previous
// speaker when none is written), and the content that follows.
func (x *docState) statements(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	source := x.sourceOf(si)
	first := len(x.stmts)
	for i := a; i < b; i++ {
		t := x.toks[i]
		if !t.word || t.quote > 0 {
			continue
		}
		var intro wordSet
		n := 0
		isPart := false
		if m, ok := x.lx.verbs.at(x.toks, i, b, true); ok && (m.prefix == "" || m.prefix == "و" || m.prefix == "ف") {
			intro, n = x.lx.verbIntro[m.id], m.n
		} else if m, ok := x.lx.parts.at(x.toks, i, b, true); ok && (m.prefix == "" || m.prefix == "و") {
			intro, n, isPart = x.lx.partIntro[m.id], m.n, true
		} else {
			continue
		}
		if x.insideMention(si, i) || x.needsIntro(i, b) {
			continue
		}
		j := i + n
		speaker := -1
		if isPart {
			if len(x.stmts) > first {
				speaker = x.stmts[len(x.stmts)-1].speaker
			} else if p := x.firstPerson(si, i); p >= 0 {
				speaker = p
			} else {
				speaker = x.lastSpeaker
			}
		} else if p := x.subjectBefore(si, i); p >= 0 {
			speaker = p
		} else {
			k := j
			if k < b && (x.toks[k].fold == "فيه" || x.toks[k].fold == "فيها") {
				k++
			}
			if m, ok := x.mentionAt(si, k); ok && x.ents[m.ent].kind != graph.Place {
				speaker = m.ent
				j = x.skipSame(si, m.e, b, m.ent)
			} else if k >= b || x.impliedSubject(k, b, intro) {
				speaker = x.lastSpeaker
			}
		}
		if speaker < 0 {
			continue
		}
		if x.isInvitation(si, i, j, b) {
			continue
		}
		text, direct, ok := x.content(j, b, intro)
		if !ok {
			continue
		}
		dup := false
		for _, s := range x.stmts[first:] {
			if s.speaker == speaker && s.text == text {
				dup = true
			}
		}
		if dup {
			continue
		}
		src := -1
		if source >= 0 && source != speaker {
			src = source
		}
		x.stmts = append(x.stmts, stmt{speaker: speaker, text: text, direct: direct, verb: t.raw, source: src, sent: si})
		x.lastSpeaker = speaker
	}
}

// skipSame skips what repeats the speaker after its name: a quoted alias
// ("وزارة الدفاع الأمريكية “البنتاجون”") or an acronym.
func (x *docState) skipSame(si, j, b, ei int) int {
	for j < b {
		t := x.toks[j]
		if !t.word && (isOpenQuote(t) || isCloseQuote(t) || t.raw == "(" || t.raw == ")") {
			if m, ok := x.mentionAt(si, j+1); ok && m.ent == ei {
				j = m.e
				continue
			}
			if isCloseQuote(t) || t.raw == ")" {
				j++
				continue
			}
			return j
		}
		if m, ok := x.mentionAt(si, j); ok && m.ent == ei {
			j = m.e
			continue
		}
		return j
	}
	return j
}

// needsIntro reports whether a verb form is ambiguous without its
// preposition: "عبر" is "expressed" before "عن" but "via" otherwise.
func (x *docState) needsIntro(i, b int) bool {
	t := x.toks[i]
	if strings.ContainsRune(t.raw, 'ّ') {
		return false
	}
	for _, v := range variants(t.fold) {
		if v.stem == "عبر" || v.stem == "عبرت" {
			return x.wordIndex(i+1, min(b, i+16), "عن") < 0
		}
	}
	return false
}

// insideMention reports whether token i lies inside an entity mention.
func (x *docState) insideMention(si, i int) bool {
	for _, m := range x.mentions[si] {
		if i >= m.s && i < m.e {
			return true
		}
	}
	return false
}

// mentionAt returns the mention of sentence si that starts at token k,
// preferring the widest.
func (x *docState) mentionAt(si, k int) (mention, bool) {
	var best mention
	found := false
	for _, m := range x.mentions[si] {
		if m.s == k && (!found || m.e > best.e) {
			best, found = m, true
		}
	}
	return best, found
}

// firstPerson returns the first person mentioned in sentence si before
// token i.
func (x *docState) firstPerson(si, i int) int {
	for _, m := range x.mentions[si] {
		if m.s < i && x.ents[m.ent].kind == graph.Person {
			return m.ent
		}
	}
	return -1
}

// subjectBefore finds a subject written before the verb at token i:
// "الكرملين أعلن", "بوتين شدد", "وكان ترامب قد أعلن", "البنتاغون، من جهته،
// أعلن", "نزار الموسوي، الذي حذّر".
func (x *docState) subjectBefore(si, i int) int {
	a := x.sentTok[si][0]
	k := i
	if k > a && (x.toks[k-1].fold == "قد" || x.toks[k-1].fold == "الذي" || x.toks[k-1].fold == "التي") {
		k--
	}
	if k > a && isComma(x.toks[k-1]) {
		// an aside between commas, or the comma before a relative pronoun
		c := k - 1
		if k < i && (x.toks[k].fold == "الذي" || x.toks[k].fold == "التي") {
			k = c
		} else {
			p := c - 1
			for p > a && c-p <= 3 && !isComma(x.toks[p]) {
				p--
			}
			if p >= a && isComma(x.toks[p]) {
				seg := x.foldSpanWords(p+1, c)
				for _, s := range asides {
					if seg == strings.Join(strings.Fields(foldStr(s)), " ") {
						k = p
						break
					}
				}
			}
		}
	}
	for _, m := range x.mentions[si] {
		if m.e == k && x.ents[m.ent].kind != graph.Place {
			if k == i || x.toks[i-1].fold == "قد" || x.toks[k].raw == "،" || x.toks[k].fold == "الذي" || x.toks[k].fold == "التي" || k < i {
				return m.ent
			}
		}
	}
	return -1
}

// foldSpanWords is the folded words of tokens [s, e) joined by spaces.
func (x *docState) foldSpanWords(s, e int) string {
	var ws []string
	for k := s; k < e; k++ {
		if x.toks[k].word {
			ws = append(ws, x.toks[k].fold)
		}
	}
	return strings.Join(ws, " ")
}

// impliedSubject reports whether the verb's subject is left out: what
// follows it is the content or a circumstance ("وأضاف أن", "وتابع:",
// "وقال في بيان").
func (x *docState) impliedSubject(k, b int, intro wordSet) bool {
	t := x.toks[k]
	if !t.word {
		return t.raw == ":" || isOpenQuote(t) || isComma(t)
	}
	if _, ok := x.lx.comps.at(x.toks, k, b, false); ok {
		return true
	}
	if intro[t.fold] {
		return true
	}
	switch t.fold {
	case "في", "خلال", "عبر", "امام", "لدي", "بعد", "قبل", "اليوم", "امس":
		return true
	}
	return strings.HasPrefix(t.fold, "لل") || strings.HasPrefix(t.fold, "ل") && runeLen(t.fold) > 4 && isDefinite(t.fold[len("ل"):])
}

// isInvitation reports whether a دعا verb is an invitation ("دعا ترامب إلى
// زيارة موسكو") rather than a call for something.
func (x *docState) isInvitation(si, i, j, b int) bool {
	f := x.toks[i].fold
	isDaa := false
	for _, v := range variants(f) {
		switch v.stem {
		case "دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعيه":
			isDaa = true
		}
	}
	if !isDaa {
		return false
	}
	if m, ok := x.mentionAt(si, j); ok && x.ents[m.ent].kind == graph.Person {
		return true
	}
	for k := j; k < b && k < j+4; k++ {
		if x.toks[k].fold == "زياره" || x.toks[k].fold == "لزياره" {
			return true
		}
	}
	return false
}

// content reads the reported content after the verb and its subject: a
// direct quote after a colon, or reported speech from the complementiser
// (or the verb's preposition) to the end of the clause. A complementiser
// followed by nothing but a quotation is a direct quote.
func (x *docState) content(j, b int, intro wordSet) (string, bool, bool) {
	start := -1
	for k := j; k < b && k < j+22; k++ {
		t := x.toks[k]
		if t.raw == ":" && k+1 < b && isOpenQuote(x.toks[k+1]) {
			if s, e, ok := x.quoteSpan(k+1, b); ok {
				return x.text[s:e], true, true
			}
		}
		if !t.word {
			if isOpenQuote(t) && k == j {
				if s, e, ok := x.quoteSpan(k, b); ok {
					return x.text[s:e], true, true
				}
			}
			if isComma(t) && k > j && x.breakAt(k, b) {
				if _, ok := x.lx.comps.at(x.toks, k+1, b, false); !ok {
					break
				}
			}
			continue
		}
		if t.quote > 0 {
			continue
		}
		if _, ok := x.lx.comps.at(x.toks, k, b, false); ok {
			start = k
			break
		}
		if intro[t.fold] || (intro["ب"] && k == j && strings.HasPrefix(t.fold, "ب") && runeLen(t.fold) > 3) {
			start = k
			break
		}
	}
	if start < 0 {
		start = j
		for start < b && !x.toks[start].word {
			if isOpenQuote(x.toks[start]) {
				break
			}
			start++
		}
	}
	if start >= b {
		return "", false, false
	}
	end := x.clauseEnd(start+1, b)
	// "بأن "…"": only a quotation after the complementiser.
	if start+1 < end && isOpenQuote(x.toks[start+1]) {
		if s, e, ok := x.quoteSpan(start+1, b); ok {
			last := end - 1
			for last > start && !x.toks[last].word && !isCloseQuote(x.toks[last]) {
				last--
			}
			if x.toks[last].end == e+len(x.toks[last].raw) || x.toks[last].start == e {
				return x.text[s:e], true, true
			}
		}
	}
	text := strings.TrimSpace(x.text[x.toks[start].start:x.toks[end-1].end])
	text = strings.TrimRight(text, "،,.:؛ ")
	if runeLen(text) < 4 {
		return "", false, false
	}
	return text, false, true
}

// quoteSpan returns the byte span inside the quotation opening at token k.
func (x *docState) quoteSpan(k, b int) (int, int, bool) {
	open := x.toks[k]
	for e := k + 1; e < b; e++ {
		t := x.toks[e]
		if t.word {
			continue
		}
		closes := (open.raw == "“" && t.raw == "”") || (open.raw == "«" && t.raw == "»") || (open.raw == "\"" && t.raw == "\"") || (open.raw == "„" && t.raw == "“")
		if closes {
			s, en := open.end, t.start
			txt := strings.TrimSpace(x.text[s:en])
			if txt == "" {
				return 0, 0, false
			}
			return s + strings.Index(x.text[s:en], txt), s + strings.Index(x.text[s:en], txt) + len(txt), true
		}
	}
	return 0, 0, false
}

// clauseEnd returns the token that ends the clause starting at k: the end
// of the sentence, a semicolon, or a comma (outside quotes) before a word
// that opens a new clause.
func (x *docState) clauseEnd(k, b int) int {
	for ; k < b; k++ {
		t := x.toks[k]
		if t.raw == "؛" || t.raw == ";" {
			return k
		}
		if isComma(t) && t.quote == 0 && x.breakAt(k, b) {
			return k
		}
	}
	return b
}

// breakAt reports whether the comma at k opens a new clause.
func (x *docState) breakAt(k, b int) bool {
	n := k + 1
	if n >= b || !x.toks[n].word {
		return false
	}
	if _, ok := x.lx.breaks.at(x.toks, n, b, true); ok {
		return true
	}
	if _, ok := x.lx.parts.at(x.toks, n, b, true); ok {
		return true
	}
	f := x.toks[n].fold
	if strings.HasPrefix(f, "و") || strings.HasPrefix(f, "ف") {
		if m, ok := x.lx.verbs.at(x.toks, n, b, true); ok && m.prefix != "" {
			return true
		}
		if m, ok := x.lx.meets.at(x.toks, n, b, true); ok && m.prefix != "" {
			return true
		}
		if m, ok := x.lx.visits.at(x.toks, n, b, true); ok && m.prefix != "" {
			return true
		}
	}
	return false
}

// sourceOf returns the entity named after "بحسب", "وفقاً لـ" or "نقلاً عن"
// in sentence si, or -1.
func (x *docState) sourceOf(si int) int {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	for k := a; k < b; k++ {
		m, ok := x.lx.sources.at(x.toks, k, b, true)
		if !ok {
			continue
		}
		e := k + m.n
		// "وفقاً لـ" may be written with the ل on the next word.
		for _, mm := range x.mentions[si] {
			if mm.s >= e && mm.s <= e+2 && x.ents[mm.ent].kind != graph.Place {
				return mm.ent
			}
		}
	}
	return -1
}

// foldStr folds s (a shorthand for tables compared at run time).
func foldStr(s string) string { return graph.Fold(s) }

// stmtEvidence is the sentence span of statement s.
func (x *docState) stmtEvidence(s stmt) ingest.Span { return x.d.Sentences[s.sent] }
