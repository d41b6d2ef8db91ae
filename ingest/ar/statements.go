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
	// joint lists the parties of a statement made together ("أكد
	// الجانبان"), each of whom has a copy of it; nil otherwise.
	joint []int
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
	if x.repeatsHeadline(si) {
		return
	}
	source := x.sourceOf(si)
	first := len(x.stmts)
	// unknownFirst says the sentence's first reporting verb has a speaker
	// we do not know ("وذكر المكتب … أن “الرئيس اكد …”"): a "وأضاف" after
	// it is not the inner speaker's.
	unknownFirst := false
	for i := a; i < b; i++ {
		t := x.toks[i]
		if !t.word {
			continue
		}
		var intro wordSet
		isPart := false
		vm, ok := x.lx.verbs.at(x.toks, i, b, true)
		if ok && (vm.prefix == "" || vm.prefix == "و" || vm.prefix == "ف") {
			intro = x.lx.verbIntro[vm.id]
		} else if vm, ok = x.lx.parts.at(x.toks, i, b, true); ok && (vm.prefix == "" || vm.prefix == "و") {
			intro, isPart = x.lx.partIntro[vm.id], true
		} else {
			continue
		}
		n := vm.n
		if x.insideMention(si, i) || x.needsIntro(i, b) || !isPart && isPassive(t.raw) {
			continue
		}
		if t.quote > 0 && !x.narrated(si, i, n, isPart, x.stmts[first:]) {
			continue
		}
		var joint []int
		speaker, j := -1, i+n
		if isPart && len(x.stmts) > first {
			speaker, joint = x.participleSpeaker(i, x.stmts[first:])
			if len(joint) == 0 {
				joint = []int{speaker}
			}
		} else if !isPart {
			joint, j = x.jointSpeakers(si, i, vm, b)
			if len(joint) == 0 {
				joint, j = x.documentSpeakers(si, i+n, b)
			}
		}
		if len(joint) == 1 {
			speaker, joint = joint[0], nil
		} else if len(joint) == 0 {
			if _, named := x.subjectAt(si, i+n); !isPart && !named && x.isDualVerb(vm) && x.subjectBefore(si, i) < 0 {
				continue // a pair we cannot name
			}
			speaker, j = x.speakerOf(si, i, i+n, isPart, intro, x.stmts[first:])
			if speaker < 0 {
				if !isPart && len(x.stmts) == first {
					unknownFirst = true
				}
				continue
			}
		} else {
			speaker = joint[0]
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
		if len(joint) == 0 {
			x.stmts = append(x.stmts, st)
		}
		for _, p := range joint {
			// one statement per party, each with its own source
			st.speaker, st.joint, st.source = p, joint, -1
			if src != p {
				st.source = src
			}
			x.stmts = append(x.stmts, st)
		}
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
		if unknownFirst {
			x.lastSpeaker = -1
		}
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
	if k == j+1 || k < b && isDuring(x.toks[k].fold) {
		if _, named := x.subjectAt(si, k); !named {
			if ps := x.issuers(si, i); k == j+1 && len(ps) == 1 && x.documentBefore(si, i) {
				return ps[0], j // "أصدرت الوزارة بياناً أكدت فيه"
			}
			// "تلقى X اتصالاً من Y، أعرب خلاله عن": the caller speaks
			if p := x.contactAgent(si, i); p >= 0 {
				return p, j
			}
		}
	}
	if m, ok := x.subjectAt(si, k); ok && x.canSpeak(m) {
		return m.ent, x.skipSame(si, m.e, b, m.ent)
	}
	if x.unnamedInnerSubject(si, i, sentStmts) {
		// "أعلنت الوزارة أن مسؤولاً شدد على": the reported clause's own
		// subject names no one; it is not the outer speaker.
		return -1, j
	}
	if x.isImpersonal(si, i, k, b) {
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

// subjectAt is mentionAt for a verb's subject, which may begin with a
// title read apart from the name ("وأضاف الرئيس السيسي"). The preposition
// "على", folded like the name علي, names no one.
func (x *docState) subjectAt(si, k int) (mention, bool) {
	b := x.sentTok[si][1]
	if k >= b || isPrepAla(x.toks[k].raw) {
		return mention{}, false
	}
	if m, ok := x.mentionAt(si, k); ok {
		return m, true
	}
	for n := k; n < b && n < k+4 && x.toks[n].word && x.consumed[n] && !x.inMention(si, n); n++ {
		if m, ok := x.mentionAt(si, n+1); ok {
			return m, true
		}
	}
	return mention{}, false
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

// isInvitation reports whether a دعا or حث verb is an invitation ("دعا
// ترامب إلى زيارة موسكو") or urges a person ("حث الشرع على"), rather than
// a call for something.
func (x *docState) isInvitation(si, i, j, b int) bool {
	f := x.toks[i].fold
	isDaa := false
	for _, v := range variants(f) {
		switch v.stem {
		case "دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعيه", "حث", "حثت", "يحث", "تحث", "حاثا":
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
	j2 := x.skipCircumstance(j, b)
	limit := j + 22
	if j < b && isComma(x.toks[j]) {
		limit = j + 40 // "وأضاف السيسي، خلال لقائه …، على هامش …، إن"
	}
	for k := j; k < b && k < limit; k++ {
		t := x.toks[k]
		if t.raw == ":" && k+1 < b && isOpenQuote(x.toks[k+1]) {
			if s, e, ok := x.quoteSpan(k+1, b); ok {
				return x.text[s:e], true, true, true
			}
		}
		if !t.word {
			if isOpenQuote(t) && (k == j || x.afterAside(k, j)) {
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
		if (intro[t.fold] && (k == j || k == j2 || isComma(x.toks[k-1]))) || (intro["ب"] && k == j && strings.HasPrefix(t.fold, "ب") && runeLen(t.fold) > 3) {
			start, opened = k, true
			break
		}
	}
	if start < 0 {
		start = j2
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
	text = trimCloseQuote(text)
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
// of the sentence, a semicolon, or a comma before a word that opens a new
// clause (inside quotes, before a participle only).
func (x *docState) clauseEnd(k, b int) int {
	for ; k < b; k++ {
		t := x.toks[k]
		if t.raw == "؛" || t.raw == ";" {
			return k
		}
		if isComma(t) && t.quote == 0 && x.contentBreakAt(k, b) {
			return k
		}
		if isComma(t) && t.quote > 0 && k+1 < b {
			// a statement quoted in the third person goes on with a
			// participle of its own: "عن "تقديره …، مؤكداً …""
			if m, ok := x.lx.parts.at(x.toks, k+1, b, true); ok && (m.prefix == "" || m.prefix == "و") {
				return k
			}
		}
	}
	return b
}

// breakAt reports whether the comma at k opens a new clause.
func (x *docState) breakAt(k, b int) bool { return x.breakWith(x.lx.breaks, k, b) }

// contentBreakAt reports whether the comma at k ends reported content. A
// verb of the pair the content is about goes on with it: "أن الرئيس شكر
// نظيره، واتفق الرئيسان على …", "أن الجانبين استعرضا …، وأكدا".
func (x *docState) contentBreakAt(k, b int) bool {
	if n := k + 1; n < b {
		if vm, ok := x.lx.verbs.at(x.toks, n, b, true); ok && (vm.prefix == "و" || vm.prefix == "ف") {
			m := n + vm.n
			if x.isDualVerb(vm) && x.reportedPairBefore(k) || m < b && x.toks[m].word && x.lx.group[x.toks[m].fold] {
				return false
			}
		}
	}
	return x.breakWith(x.lx.contentBreaks, k, b)
}

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
		x.sourceAfter(si)
		return
	}
	e := a + m.n
	sp, found := x.mentionAt(si, e)
	if e < b && isDocument(x.toks[e].fold) {
		// "وبحسب بيان لوزارة الخارجية، …"
		sp, found = x.documentBody(si, e, b)
	}
	if !found {
		x.sourceAfter(si)
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

// sourceAfter reads a claim whose only attribution closes the sentence
// with a reporting verb: "يستقبل الرئيس … الملك عبد الله، حسبما أعلنت
// الرئاسة", "…، وفقاً لما ذكرته الوكالة أمس". The source is then the
// speaker of all that comes before its marker. A bare "، بحسب الوكالة"
// names a source only.
func (x *docState) sourceAfter(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	for k := a + 3; k < b; k++ {
		if !isComma(x.toks[k-1]) {
			continue
		}
		m, ok := x.lx.sources.at(x.toks, k, b, true)
		if !ok {
			continue
		}
		e := k + m.n
		said := false // "حسبما أعلنت", "وفقاً لما ذكرته": a statement, not a mere source
		for p := e; p < b && p < e+3; p++ {
			f := x.toks[p].fold
			if x.lx.verbs.hasWord(f) || x.lx.verbs.hasWord(strings.TrimSuffix(f, "ه")) || x.lx.verbs.hasWord(strings.TrimSuffix(f, "ها")) {
				said = true
			}
			sp, found := x.mentionAt(si, p)
			if found && !said {
				return
			}
			if !found || !x.canSpeak(sp) || x.ents[sp.ent].kind == graph.Place {
				continue
			}
			// nothing but the source and a day after it
			for q := x.skipSame(si, sp.e, b, sp.ent); q < b; q++ {
				if t := x.toks[q]; t.word && !x.consumed[q] && !x.inMention(si, q) && !x.isDayWord(q, b) {
					return
				}
			}
			start, end := a, k-1
			for start < end && !x.toks[start].word {
				start++
			}
			text := strings.TrimRight(strings.TrimSpace(x.text[x.toks[start].start:x.toks[end-1].end]), "،,.:؛ ")
			if runeLen(text) < 4 {
				return
			}
			x.stmts = append(x.stmts, stmt{speaker: sp.ent, text: text, verb: x.toks[k].raw, source: -1, sent: si,
				verbAt: x.toks[k].start, from: x.toks[start].start, to: x.toks[end-1].end})
			return
		}
		return
	}
}

// isDayWord reports whether the word at token q names a day: a weekday,
// "اليوم", "أمس", "الماضي".
func (x *docState) isDayWord(q, b int) bool {
	t := x.toks[q]
	if _, ok := x.lx.weekdays.at(x.toks, q, b, true); ok {
		return true
	}
	if x.lx.today.hasTok(t) || x.lx.yesterday.hasTok(t) {
		return true
	}
	for _, v := range t.vars {
		switch v.stem {
		case "اليوم", "امس", "الماضي", "الجاري":
			return true
		}
	}
	return false
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

// jointSpeakers returns the parties of a statement made together through
// the verb vm at token i, and where its content may begin: the
// participants of the contact just told for "أكد الجانبان" or a dual verb
// with no subject written ("وأكدا"), or two names joined by و ("اتفق
// الوزير ونظيره"). It returns nil when the verb has one speaker.
func (x *docState) jointSpeakers(si, i int, vm match, b int) ([]int, int) {
	j := i + vm.n
	if j < b && x.toks[j].word && x.lx.group[x.toks[j].fold] && !x.consumed[j] {
		if x.insideReported(si) {
			return nil, j
		}
		ps := x.speakingParties(x.groupAt(j, j+1))
		if ps == nil {
			ps = x.lastJoint(isDualWord(x.toks[j].fold))
		}
		return ps, j + 1
	}
	if m1, ok := x.subjectAt(si, j); ok && x.canSpeak(m1) {
		k := x.skipSame(si, m1.e, b, m1.ent)
		if m2, ok := x.subjectAt(si, k); ok && m2.ent != m1.ent && x.canSpeak(m2) && strings.HasPrefix(x.toks[k].fold, "و") &&
			x.kindOf(m1) == x.kindOf(m2) {
			return []int{m1.ent, m2.ent}, x.skipSame(si, m2.e, b, m2.ent)
		}
		return nil, j
	}
	if !x.isDualVerb(vm) || !x.clauseOpens(si, i, vm.prefix) {
		return nil, j
	}
	if x.insideReported(si) {
		return nil, j
	}
	return x.lastJoint(true), j
}

// reportedPairBefore reports whether a pair is named before token k of its
// sentence other than as a verb's subject: "أن الجانبين استعرضا".
func (x *docState) reportedPairBefore(k int) bool {
	a := x.sentTok[x.toks[k].sent][0]
	for p := k - 1; p > a; p-- {
		if t := x.toks[p]; t.word && x.lx.group.hasTok(t) {
			_, isVerb := x.lx.verbs.at(x.toks, p-1, k, true)
			return !isVerb
		}
	}
	return false
}

// insideReported reports whether a statement of one speaker was already
// found in sentence si: a pair named after it ("أعلنت الوزارة أن الجانبين
// استعرضا …، وأكدا") is what the statement reports, not a statement of
// its own.
func (x *docState) insideReported(si int) bool {
	for k := len(x.stmts) - 1; k >= 0 && x.stmts[k].sent == si; k-- {
		if x.stmts[k].joint == nil {
			return true
		}
	}
	return false
}

// kindOf is the kind of a mention's entity, with countries and capitals
// as speakers of their governments counted with bodies.
func (x *docState) kindOf(m mention) graph.NodeKind {
	if k := x.ents[m.ent].kind; k != graph.Place {
		return k
	}
	return graph.Organization
}

// speakingParties keeps the parties of a contact that may speak (people,
// bodies, countries), or returns nil when fewer than two are left.
func (x *docState) speakingParties(ps []int) []int {
	var out []int
	for _, p := range ps {
		en := x.ents[p]
		if en.kind != graph.Place || en.key != "" {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// lastJoint returns the two parties of the latest contact, or those of
// the latest statement made together when it is later: the pair a dual
// verb ("وأكدا") or "الجانبان" refers to. With dual false a statement
// made by more than two may be returned.
func (x *docState) lastJoint(dual bool) []int {
	lastSent := -1
	var fromStmt []int
	for k := len(x.stmts) - 1; k >= 0; k-- {
		if x.stmts[k].joint != nil {
			fromStmt, lastSent = x.stmts[k].joint, x.stmts[k].sent
			break
		}
	}
	for g := len(x.contactList) - 1; g >= 0 && x.contactList[g].sent >= lastSent; g-- {
		c := x.contactList[g]
		if c.from == c.to {
			continue
		}
		if ps := x.speakingParties([]int{c.from, c.to}); ps != nil {
			return ps
		}
	}
	if dual && len(fromStmt) != 2 {
		return nil
	}
	return fromStmt
}

// participleSpeaker returns whose words a participle continues in a
// sentence that already has statements: outside quotations, the main
// speaker's ("قال X إن Y أكد …، مضيفاً" is X's). Inside a quotation that
// tells a statement in the third person, it continues the latest
// statement whose content runs up to it: that statement's speaker ("وأعرب
// الرئيس عن …، مؤكداً …"), or the subject of its reported clause ("بأن
// الرئيس عون “أبرق …، معرباً عن …”"). The parties of a statement made
// together are returned with it.
func (x *docState) participleSpeaker(i int, sts []stmt) (int, []int) {
	c := -1
	if x.toks[i].quote > 0 {
		pos := x.toks[i].start
		before := -1 // where the comma before the participle begins
		if p := i - 1; p >= 1 && isComma(x.toks[p]) {
			before = x.toks[p].start
		}
		for k, st := range sts {
			runsUp := pos >= st.from && pos < st.to || before >= 0 && st.to <= before && st.to >= x.toks[i-2].start
			if st.verbAt >= 0 && runsUp && (c < 0 || st.verbAt > sts[c].verbAt) {
				c = k
			}
		}
	}
	if c < 0 {
		main := x.mainSpeaker(sts)
		for k := len(sts) - 1; k >= 0; k-- {
			if sts[k].speaker == main {
				return main, sts[k].joint
			}
		}
		return main, nil
	}
	if p := x.clauseSubject(sts[c]); p >= 0 {
		return p, nil
	}
	return sts[c].speaker, sts[c].joint
}

// clauseSubject returns the person who opens the content of st after its
// complementiser ("بأن الرئيس عون …"), or -1.
func (x *docState) clauseSubject(st stmt) int {
	si := st.sent
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	for k := a; k < b; k++ {
		if x.toks[k].start != st.from {
			continue
		}
		m, ok := x.lx.comps.at(x.toks, k, b, false)
		if !ok {
			return -1
		}
		k += m.n
		for k < b && !x.toks[k].word {
			k++
		}
		if mm, ok := x.mentionAt(si, x.titleStart(si, k)); ok && x.ents[mm.ent].kind == graph.Person {
			return mm.ent
		}
		if mm, ok := x.mentionAt(si, k); ok && x.ents[mm.ent].kind == graph.Person {
			return mm.ent
		}
		return -1
	}
	return -1
}

// isDualVerb reports whether the reporting verb form matched is a dual
// ("أكدا", "أكدتا"): another form of the same verb with ا added.
func (x *docState) isDualVerb(vm match) bool {
	stem := vm.stem
	if !strings.HasSuffix(stem, "ا") || strings.HasSuffix(stem, "ها") {
		return false
	}
	base := strings.TrimSuffix(stem, "ا")
	for _, f := range reportingVerbs[vm.id].forms {
		if graph.Fold(f) == base {
			return true
		}
	}
	return false
}

// isDualWord reports whether a group word is a dual: "الجانبان",
// "الوزيرين".
func isDualWord(f string) bool { return strings.HasSuffix(f, "ان") || strings.HasSuffix(f, "ين") }

// clauseOpens reports whether the verb at token i opens its clause: it
// carries و or ف, or follows the start of the sentence, a comma or "كما".
func (x *docState) clauseOpens(si, i int, prefix string) bool {
	if prefix != "" || i == x.sentTok[si][0] {
		return true
	}
	p := x.toks[i-1]
	return isComma(p) || p.fold == "كما" || p.fold == "حيث" || p.fold == "ثم"
}

// skipCircumstance returns where the content begins after a circumstance
// that opens it: "وأكد الجانبان خلال الاتصال أهمية …", "أعرب خلاله عن",
// "وأكد الوزير في اللقاء على". It returns j when none is there.
func (x *docState) skipCircumstance(j, b int) int {
	if j >= b || !x.toks[j].word {
		return j
	}
	switch x.toks[j].fold {
	case "خلاله", "خلالها", "خلالهما", "فيه", "فيها":
		return j + 1
	case "له", "لها", "لهما", "لهم":
		// "عبر له من خلالها عن": the one spoken to
		if k := x.skipCircumstance(j+1, b); k > j+1 {
			return k
		}
		return j + 1
	case "خلال", "اثناء", "عقب", "في", "لدي":
	default:
		return j
	}
	k := j + 1
	if k >= b || !x.toks[k].word || x.inMention(x.toks[k].sent, k) {
		return j
	}
	if f := x.toks[k].fold; !isDefinite(f) && !x.lx.possContact.hasTok(x.toks[k]) {
		return j
	}
	k++
	for k < b && k < j+4 && x.toks[k].word && isDefinite(x.toks[k].fold) && !x.inMention(x.toks[k].sent, k) {
		k++ // "خلال الاتصال الهاتفي"
	}
	if k >= b || !x.toks[k].word {
		return j
	}
	return k
}

// repeatsHeadline reports whether sentence si repeats the headline, as
// pages do under a picture: its claim is the headline's, not a statement.
func (x *docState) repeatsHeadline(si int) bool {
	sp := x.sents[si]
	body := strings.TrimSpace(x.text[sp.Start:sp.End])
	for h := range x.sents {
		if h != si && x.headline[h] && strings.TrimSpace(x.text[x.sents[h].Start:x.sents[h].End]) == body {
			return true
		}
	}
	return false
}

// isImpersonal reports whether the verb at token i, with nothing written
// between it and a complementiser at token k, is an imperfect opening its
// sentence: the impersonal "يذكر أن", "ويذكر أن" (يُذكر) of a writer's
// note, not a speaker's words.
func (x *docState) isImpersonal(si, i, k, b int) bool {
	if i != x.sentTok[si][0] || k >= b {
		return false
	}
	if _, ok := x.lx.comps.at(x.toks, k, b, false); !ok {
		return false
	}
	f := strings.TrimPrefix(x.toks[i].fold, "و")
	return strings.HasPrefix(f, "ي")
}

// isDocument reports whether a folded word names a statement or an
// unnamed spokesman standing for the body that issued it: "قال بيان
// للرئاسة", "ذكر متحدث باسم الوزارة".
func isDocument(f string) bool {
	switch f {
	case "بيان", "بيانا", "متحدث", "ناطق":
		return true
	}
	return false
}

// isIssuedBy reports whether a folded word may stand between a document
// word and its body: "بيان صادر عن الرئاسة", "متحدث باسم الوزارة".
func isIssuedBy(f string) bool {
	switch f {
	case "باسم", "صادر", "صادرا", "عن", "من":
		return true
	}
	return false
}

// documentSpeakers returns who speaks through a document written as the
// verb's subject at token k: the body of "بيان للرئاسة" or "متحدث باسم
// الوزارة", or for "البيان" the issuers of the statement told before
// ("أصدرت مصر وتركيا بياناً مشتركاً … وذكر البيان"). It also returns where
// the content may begin.
func (x *docState) documentSpeakers(si, k, b int) ([]int, int) {
	if k >= b || !x.toks[k].word {
		return nil, k
	}
	f := x.toks[k].fold
	if f == "البيان" {
		return x.issuers(si, k), k + 1
	}
	if !isDocument(f) {
		return nil, k
	}
	if m, ok := x.documentBody(si, k, b); ok {
		return []int{m.ent}, x.skipSame(si, m.e, b, m.ent)
	}
	return nil, k
}

// documentBody returns the body named after the document word at token k:
// "بيان للرئاسة الجزائرية", "بيان صادر عن الوزارة", "متحدث باسم الوزارة".
func (x *docState) documentBody(si, k, b int) (mention, bool) {
	n := k + 1
	for n < b && n < k+3 && x.toks[n].word && isIssuedBy(x.toks[n].fold) {
		n++
	}
	m, ok := x.mentionAt(si, n)
	if !ok || x.ents[m.ent].kind != graph.Organization {
		return mention{}, false
	}
	if n == k+1 && !strings.HasPrefix(x.toks[n].fold, "ل") {
		return mention{}, false
	}
	return m, true
}

// issuers returns who issued the statement that "البيان" at token i of
// sentence si refers to: the latest document word before it, with its
// body ("بيان لوزارة الخارجية"), the speakers of its sentence's statements
// ("قال الوزير في بيان"), or the subjects written before it ("أصدرت مصر
// وتركيا بياناً").
func (x *docState) issuers(si, i int) []int {
	for sj := si; sj >= 0; sj-- {
		if x.skip[sj] {
			continue
		}
		a, b := x.sentTok[sj][0], x.sentTok[sj][1]
		end := b
		if sj == si {
			end = i
		}
		for p := end - 1; p >= a; p-- {
			t := x.toks[p]
			if !t.word || !x.isDocumentWord(t) {
				continue
			}
			if m, ok := x.documentBody(sj, p, b); ok {
				return []int{m.ent}
			}
			for k := len(x.stmts) - 1; k >= 0; k-- {
				if st := x.stmts[k]; st.sent == sj {
					if st.joint != nil {
						return st.joint
					}
					return []int{st.speaker}
				}
			}
			var out []int
			for _, m := range x.mentions[sj] {
				if m.e <= p && x.canSpeak(m) && x.ents[m.ent].kind != graph.Person && !contains(out, m.ent) {
					out = append(out, m.ent)
				}
			}
			return out
		}
	}
	return nil
}

// isDocumentWord reports whether a token names a statement issued by
// someone: "بيان", "بياناً", "بيانها", with a preposition or not; "البيان"
// itself refers back to one.
func (x *docState) isDocumentWord(t token) bool {
	for _, v := range t.vars {
		switch v.stem {
		case "بيان", "بيانا", "بيانه", "بيانها":
			return true
		}
	}
	return false
}

// narrated reports whether the verb or participle at token i, inside a
// quotation, reports someone's words as a narrator would: a statement
// quoted in the third person ("إنه "تلقى … سعيد، الذي عبر له عن …"",
// "ان “رئيس الوزراء اكد …”") has its own speakers. A verb needs its
// subject written; a participle a statement or a person before it in the
// quotation. First-person speech quoted ("«نؤكد أن …»") has neither.
func (x *docState) narrated(si, i, n int, isPart bool, sentStmts []stmt) bool {
	b := x.sentTok[si][1]
	if !isPart {
		if x.subjectBefore(si, i) >= 0 {
			return true
		}
		k := i + n
		if k < b && (x.toks[k].fold == "فيه" || x.toks[k].fold == "فيها") {
			k++
		}
		if k < b && x.toks[k].word && x.lx.group[x.toks[k].fold] {
			return true
		}
		m, ok := x.subjectAt(si, k)
		return ok && x.canSpeak(m)
	}
	if len(sentStmts) > 0 {
		return true
	}
	for _, m := range x.mentions[si] {
		if m.s >= i || x.ents[m.ent].kind != graph.Person || x.toks[m.s].quote == 0 {
			continue
		}
		closed := false
		for k := m.e; k < i; k++ {
			if isCloseQuote(x.toks[k]) && !x.toks[k].word {
				closed = true
			}
		}
		if !closed {
			return true
		}
	}
	return false
}

// isDuring reports whether a folded word is "during it" of a contact
// just told: "خلاله", "خلالها".
func isDuring(f string) bool {
	return f == "خلاله" || f == "خلالها" || f == "خلالهما"
}

// contactAgent returns who speaks "during" the contact or in the document
// told before token i of sentence si ("أعرب خلاله", "أكدت فيه"): the
// caller after "من" of a call received ("تلقى X اتصالاً من Y"), else the
// sentence's first person, else its first body.
func (x *docState) contactAgent(si, i int) int {
	a := x.sentTok[si][0]
	for k := a; k < i; k++ {
		if !x.toks[k].word || !x.lx.receive.hasTok(x.toks[k]) {
			continue
		}
		for p := k + 1; p < i; p++ {
			if x.toks[p].fold != "من" {
				continue
			}
			if m, ok := x.mentionAt(si, x.titleStart(si, p+1)); ok && x.canSpeak(m) {
				return m.ent
			}
			for _, m := range x.mentions[si] {
				if m.s > p && m.s < p+4 && m.s < i && x.ents[m.ent].kind == graph.Person {
					return m.ent
				}
			}
		}
	}
	if p := x.firstPerson(si, i); p >= 0 {
		return p
	}
	for _, m := range x.mentions[si] {
		if m.s < i && x.canSpeak(m) {
			return m.ent // "أصدرت الوزارة بياناً أكدت فيه أن"
		}
	}
	return -1
}

// trimCloseQuote removes a closing quotation mark left at the end of a
// content whose quotation opened before it ("الذي عبر له عن تضامنه"").
func trimCloseQuote(text string) string {
	for _, q := range [][2]string{{"“", "”"}, {"«", "»"}, {"\"", "\""}} {
		if !strings.HasSuffix(text, q[1]) {
			continue
		}
		opens := strings.Count(text, q[0])
		if q[0] == q[1] {
			opens = strings.Count(text, q[0]) - 1
			if opens%2 == 1 {
				continue
			}
		} else if opens > 0 {
			continue
		}
		return strings.TrimRight(strings.TrimSuffix(text, q[1]), "،,.:؛ ")
	}
	return text
}

// afterAside reports whether the quotation opening at token k follows an
// aside after the verb and its subject, set off by a comma or a dash:
// "وقالت زاخاروفا - خلال إحاطتها، اليوم الخميس، "…"".
func (x *docState) afterAside(k, j int) bool {
	if k <= j || x.toks[k].quote > 1 {
		return false
	}
	p := x.toks[k-1]
	if !isComma(p) && p.raw != "-" && p.raw != "–" {
		return false
	}
	t := x.toks[j]
	return !t.word && (isComma(t) || t.raw == "-" || t.raw == "–")
}

// documentBefore reports whether a statement issued ("بياناً") is named
// before token i of sentence si.
func (x *docState) documentBefore(si, i int) bool {
	for k := x.sentTok[si][0]; k < i; k++ {
		if x.toks[k].word && x.isDocumentWord(x.toks[k]) {
			return true
		}
	}
	return false
}
