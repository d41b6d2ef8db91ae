package ar

import (
	"sort"
	"strings"
	"time"

	"newsgraph/graph"
)

// stmt is a statement before entity indexes are final.
type stmt struct {
	speaker int
	text    string
	direct  bool
	verb    string
	source  int
	sent    int
	date    time.Time
	// verbAt is the byte offset of the verb; [from, to) is the content's.
	verbAt, from, to int
}

// mainSpeaker returns the speaker of the latest statement of a sentence that
// is not itself reported inside another: in "قال X إن Y أكد ...، مضيفاً"
// the participle is X's.
func (x *docState) mainSpeaker(sts []stmt) int {
	for i := len(sts) - 1; i >= 0; i-- {
		nested := false
		for j := range sts {
			if j != i && sts[i].verbAt >= sts[j].from && sts[i].verbAt < sts[j].to {
				nested = true
			}
		}
		if !nested {
			return sts[i].speaker
		}
	}
	return sts[len(sts)-1].speaker
}

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
		if x.insideMention(si, i) || x.needsIntro(i, b) || isPassive(t.raw) {
			continue
		}
		speaker, j := x.speakerOf(si, i, i+n, isPart, intro, x.stmts[first:])
		if speaker < 0 {
			continue
		}
		if x.isInvitation(si, i, j, b) {
			continue
		}
		text, direct, ok, opened := x.content(j, b, intro)
		if qs, qe, found := x.quoteBefore(i); found && !isPart {
			// "«…»، قال فلان": the quotation before the verb.
			text, direct, ok, opened = x.text[qs:qe], true, true, true
		}
		if !ok || !opened && x.lx.speechOnly.hasTok(t) {
			// "تابع الرئيس التطورات" follows events; it reports nothing.
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
		if src < 0 && strings.HasPrefix(t.fold, "قول") {
			src = x.firstOrgBefore(si, i) // "نقلت الوكالة عن الوزير قوله"
		}
		st := stmt{speaker: speaker, text: text, direct: direct, verb: t.raw, source: src, sent: si, verbAt: t.start}
		sp := x.sents[si]
		if k := strings.Index(x.text[sp.Start:sp.End], text); k >= 0 {
			st.from, st.to = sp.Start+k, sp.Start+k+len(text)
		}
		x.stmts = append(x.stmts, st)
		x.lastSpeaker = speaker
	}
	if len(x.stmts) == first {
		x.standaloneQuote(si)
	}
	if len(x.stmts) == first {
		x.accordingTo(si)
	}
	x.prevHadStmt = len(x.stmts) > first
	if len(x.stmts) > first {
		// The next sentence's "وأضاف" continues the main speaker.
		x.lastSpeaker = x.mainSpeaker(x.stmts[first:])
		// A statement is dated by the sentence's first day ("قال أمس").
		for _, d := range x.dateExprs(si, false) {
			if !d.date.IsZero() {
				for k := first; k < len(x.stmts); k++ {
					x.stmts[k].date = d.date
				}
				break
			}
		}
	}
}

// speakerOf finds who speaks through the verb or participle at token i,
// whose words end at token j: for a participle, the main speaker of the
// sentence (or its first person); for a verb, a subject before it ("الكرملين
// أعلن"), the person quoted ("عن الوزير قوله"), a subject after it, or the
// previous speaker when none is written ("وأضاف أن"). It also returns where
// the content may begin. The speaker is -1 when the subject is there but is
// not an entity ("قال مصدر").
func (x *docState) speakerOf(si, i, j int, isPart bool, intro wordSet, sentStmts []stmt) (int, int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	switch {
	case isPart && len(sentStmts) > 0:
		return x.mainSpeaker(sentStmts), j
	case isPart:
		if p := x.firstPerson(si, i); p >= 0 {
			return p, j
		}
		return x.lastSpeaker, j
	}
	if p := x.subjectBefore(si, i); p >= 0 {
		return p, j
	}
	if strings.HasPrefix(x.toks[i].fold, "قول") {
		for _, m := range x.mentions[si] {
			if m.e == i && x.ents[m.ent].kind == graph.Person {
				return m.ent, j
			}
		}
		return -1, j
	}
	k := j
	if k < b && (x.toks[k].fold == "فيه" || x.toks[k].fold == "فيها") {
		k++ // "أكد فيه الكرملين"
	}
	if m, ok := x.mentionAt(si, k); ok && x.canSpeak(m) {
		return m.ent, x.skipSame(si, m.e, b, m.ent)
	}
	if x.unnamedInnerSubject(si, i, sentStmts) {
		// "أعلنت الوزارة أن مسؤولاً شدد على": the reported clause's own
		// subject names no one; it is not the outer speaker.
		return -1, j
	}
	if (k >= b || x.impliedSubject(k, b, intro)) && !(i > a && x.toks[i-1].fold == "قد") {
		// "وكان مسؤول … قد أعلن" has a subject we do not know.
		return x.lastSpeaker, j
	}
	return -1, j
}

// firstOrgBefore returns the first organization of sentence si mentioned
// before token i, or -1.
func (x *docState) firstOrgBefore(si, i int) int {
	for _, m := range x.mentions[si] {
		if m.s < i && x.ents[m.ent].kind == graph.Organization {
			return m.ent
		}
	}
	return -1
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

// insideMention reports whether token i lies inside an entity mention (or
// another phrase already read, such as a title).
func (x *docState) insideMention(si, i int) bool { return x.consumed[i] }

// mentionAt returns the mention of sentence si that starts at token k,
// preferring the widest. Mentions are sorted by their first token.
func (x *docState) mentionAt(si, k int) (mention, bool) {
	ms := x.mentions[si]
	n := sort.Search(len(ms), func(p int) bool { return ms[p].s >= k })
	var best mention
	found := false
	for ; n < len(ms) && ms[n].s == k; n++ {
		if !found || ms[n].e > best.e {
			best, found = ms[n], true
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
// أعلن", "سعد الحلو، الذي حذّر".
func (x *docState) subjectBefore(si, i int) int {
	a := x.sentTok[si][0]
	k := i
	if k > a && (x.toks[k-1].fold == "قد" || x.toks[k-1].fold == "الذي" || x.toks[k-1].fold == "التي") {
		k--
	}
	relative := false
	if k > a && isComma(x.toks[k-1]) {
		// an aside between commas, or the comma before a relative pronoun
		c := k - 1
		if k < i && (x.toks[k].fold == "الذي" || x.toks[k].fold == "التي") {
			k, relative = c, true
		} else {
			p := c - 1
			for p > a && c-p <= 3 && !isComma(x.toks[p]) {
				p--
			}
			if p >= a && isComma(x.toks[p]) {
				if m, ok := x.lx.asides.at(x.toks, p+1, c, false); ok && p+1+m.n == c {
					k = p
				}
			}
		}
	}
	for _, m := range x.mentions[si] {
		if m.e == k && x.canSpeak(m) && (relative || x.clauseInitial(si, x.titleStart(si, m.s))) {
			return m.ent
		}
	}
	return -1
}

// titleStart returns where a mention starting at token s begins with the
// title read before it but kept out of it: in "أن الرئيس الحداد شدد" the
// subject opens the reported clause at "الرئيس", so the reporting verb
// inside the content is the named subject's, not the outer speaker's.
func (x *docState) titleStart(si, s int) int {
	a := x.sentTok[si][0]
	for s > a && x.toks[s-1].word && x.consumed[s-1] && !x.inMention(si, s-1) {
		s--
	}
	return s
}

// inMention reports whether token k lies inside a mention of sentence si.
func (x *docState) inMention(si, k int) bool {
	for _, m := range x.mentions[si] {
		if k >= m.s && k < m.e {
			return true
		}
	}
	return false
}

// clauseInitial reports whether a subject at token s opens its clause, so
// that it is not the object of a preposition ("مسؤول في الرئاسة قد أعلن").
func (x *docState) clauseInitial(si, s int) bool {
	if s == x.sentTok[si][0] {
		return true
	}
	p := x.toks[s-1]
	if !p.word {
		return isComma(p) || p.raw == ":" || p.raw == "-" || p.raw == "–" || isOpenQuote(p)
	}
	switch p.fold {
	case "ان", "بان", "كان", "وكان", "كانت", "وكانت", "حيث", "فيما", "بينما", "ثم", "لكن", "ولكن", "اذ":
		return true
	}
	return false
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
func (x *docState) content(j, b int, intro wordSet) (text string, direct, ok, opened bool) {
	start := -1
	for k := j; k < b && k < j+22; k++ {
		t := x.toks[k]
		if t.raw == ":" && k+1 < b && isOpenQuote(x.toks[k+1]) {
			if s, e, ok := x.quoteSpan(k+1, b); ok {
				return x.text[s:e], true, true, true
			}
		}
		if !t.word {
			if isOpenQuote(t) && k == j {
				if s, e, ok := x.quoteSpan(k, b); ok {
					return x.text[s:e], true, true, true
				}
			}
			if isComma(t) && k > j && x.contentBreakAt(k, b) {
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
			start, opened = k, true
			break
		}
		if (intro[t.fold] && (k == j || isComma(x.toks[k-1]))) || (intro["ب"] && k == j && strings.HasPrefix(t.fold, "ب") && runeLen(t.fold) > 3) {
			start, opened = k, true
			break
		}
	}
	if start < 0 {
		start = j
		if start < b && isComma(x.toks[start]) {
			// "وأكد مدبولي، خلال اللقاء، حرص مصر": skip the aside
			for k := start + 1; k < b && k < start+10; k++ {
				if isComma(x.toks[k]) {
					start = k + 1
					break
				}
			}
		}
		for start < b && !x.toks[start].word {
			if isOpenQuote(x.toks[start]) {
				break
			}
			start++
		}
	}
	if start >= b {
		return "", false, false, false
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
				return x.text[s:e], true, true, true
			}
		}
	}
	text = strings.TrimSpace(x.text[x.toks[start].start:x.toks[end-1].end])
	text = strings.TrimRight(text, "،,.:؛ ")
	if runeLen(text) < 4 {
		return "", false, false, false
	}
	return text, false, true, opened
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
		if isComma(t) && t.quote == 0 && x.contentBreakAt(k, b) {
			return k
		}
	}
	return b
}

// breakAt reports whether the comma at k opens a new clause.
func (x *docState) breakAt(k, b int) bool { return x.breakWith(x.lx.breaks, k, b) }

// contentBreakAt reports whether the comma at k ends reported content.
func (x *docState) contentBreakAt(k, b int) bool { return x.breakWith(x.lx.contentBreaks, k, b) }

// breakWith reports whether the word after the comma at k is one of ps, a
// participle, or a reporting or contact verb with و or ف.
func (x *docState) breakWith(ps *phraseSet, k, b int) bool {
	n := k + 1
	if n >= b || !x.toks[n].word {
		return false
	}
	if _, ok := ps.at(x.toks, n, b, true); ok {
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
		// "وفقاً لـ" may be written with the ل on the next word; "بحسب ما
		// نقلت عنه الوكالة" names its source after a relative clause.
		limit := e + 2
		if e < b && x.toks[e].fold == "ما" || strings.HasSuffix(x.toks[k+m.n-1].fold, "ما") {
			limit = e + 4
		}
		for _, mm := range x.mentions[si] {
			if mm.s >= e && mm.s <= limit && x.ents[mm.ent].kind != graph.Place {
				return mm.ent
			}
		}
	}
	return -1
}

// quoteBefore returns the quotation that ends just before the verb at token
// i, followed by a comma: "«لن نقبل»، قال الوزير".
func (x *docState) quoteBefore(i int) (int, int, bool) {
	if i < 3 || !isComma(x.toks[i-1]) {
		return 0, 0, false
	}
	c := x.toks[i-2]
	if !(c.raw == "»" || c.raw == "”" || c.raw == "\"") {
		return 0, 0, false
	}
	a := x.sentTok[x.toks[i].sent][0]
	for k := i - 3; k >= a; k-- {
		if isOpenQuote(x.toks[k]) {
			for p := a; p < k; p++ {
				if x.toks[p].word && !x.consumed[p] {
					return 0, 0, false // the quotation must open the sentence
				}
			}
			s, e, ok := x.quoteSpan(k, i)
			return s, e, ok
		}
	}
	return 0, 0, false
}

// isPassive reports whether a verb is written in the passive ("أُعلن"),
// whose speaker is not said: a damma on its first letter.
func isPassive(raw string) bool {
	r := []rune(raw)
	for i := 0; i+1 < len(r) && i < 3; i++ {
		if r[i] == 'و' || r[i] == 'ف' {
			continue
		}
		return r[i+1] == '\u064f'
	}
	return false
}

// standaloneQuote takes a sentence that is only a quotation, right after a
// sentence that reported speech, as more words of that speaker.
func (x *docState) standaloneQuote(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	if !x.prevHadStmt || x.lastSpeaker < 0 || b-a < 3 || !isOpenQuote(x.toks[a]) {
		return
	}
	s, e, ok := x.quoteSpan(a, b)
	if !ok {
		return
	}
	for k := a + 1; k < b; k++ {
		if x.toks[k].start >= e && x.toks[k].word {
			return // words after the quotation: not a quotation alone
		}
	}
	x.stmts = append(x.stmts, stmt{speaker: x.lastSpeaker, text: x.text[s:e], direct: true, source: -1, sent: si,
		verbAt: -1, from: s, to: e})
}

// canSpeak reports whether a mention may be a speaker: a person, a body, or
// a country or capital named for its government ("أعلنت مصر", "قالت
// موسكو"); not a nationality adjective or a town.
func (x *docState) canSpeak(m mention) bool {
	en := x.ents[m.ent]
	if en.kind != graph.Place {
		return true
	}
	return m.kind == mNamed && (en.key != "" || en.capital)
}

// accordingTo reads a claim whose only attribution opens the sentence:
// "وبحسب وكالة الأنباء، فإن الوفد وصل". The source is then the speaker,
// with the marker as its verb.
func (x *docState) accordingTo(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	m, ok := x.lx.sources.at(x.toks, a, b, true)
	if !ok {
		return
	}
	e := a + m.n
	sp, found := x.mentionAt(si, e)
	if !found {
		return
	}
	if x.ents[sp.ent].kind == graph.Place && !x.canSpeak(sp) {
		return
	}
	c := sp.e
	for c < b && !isComma(x.toks[c]) {
		c++
	}
	if c+1 >= b || c > sp.e+3 {
		return
	}
	start := c + 1 // the claim, from its "فإن" if it has one
	end := x.clauseEnd(start+1, b)
	text := strings.TrimRight(strings.TrimSpace(x.text[x.toks[start].start:x.toks[end-1].end]), "،,.:؛ ")
	if runeLen(text) < 4 {
		return
	}
	x.stmts = append(x.stmts, stmt{speaker: sp.ent, text: text, verb: x.toks[a].raw, source: -1, sent: si,
		verbAt: x.toks[a].start, from: x.toks[start].start, to: x.toks[end-1].end})
}

// unnamedInnerSubject reports whether the verb at token i lies inside the
// content of a statement of its sentence, right after a bare
// complementiser and a subject that names no one ("أن مسؤولاً كبيراً
// شدد"): the inner statement has a speaker we do not know.
func (x *docState) unnamedInnerSubject(si, i int, sentStmts []stmt) bool {
	inside := false
	for _, st := range sentStmts {
		if x.toks[i].start >= st.from && x.toks[i].start < st.to {
			inside = true
		}
	}
	if !inside {
		return false
	}
	a := x.sentTok[si][0]
	for c := i - 2; c >= a && c >= i-4; c-- {
		if m, ok := x.lx.comps.at(x.toks, c, i, true); ok && c+m.n < i {
			last := x.toks[c+m.n-1].fold
			if strings.HasSuffix(last, "ه") || strings.HasSuffix(last, "ها") || strings.HasSuffix(last, "هم") {
				return false // "أنه شدد": the speaker himself
			}
			for k := c + m.n; k < i; k++ {
				if !x.toks[k].word || x.consumed[k] || x.inMention(si, k) {
					return false
				}
			}
			return true
		}
	}
	return false
}
