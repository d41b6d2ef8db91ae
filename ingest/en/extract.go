package en

import (
	"strings"
	"time"
	"unicode"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// Extractor finds people, organizations, places, statements, contacts and
// roles in English news articles. It holds only read-only tables, so one
// Extractor is safe for concurrent use.
type Extractor struct {
	splitter ingest.Splitter
	gaz      *gazetteer
}

// New returns a ready English extractor.
func New() *Extractor {
	ab := map[string]bool{}
	for _, a := range abbreviations {
		ab[a] = true
	}
	return &Extractor{splitter: ingest.Splitter{Abbreviations: ab}, gaz: lookupGazetteer()}
}

// Language returns "en".
func (*Extractor) Language() string { return "en" }

// Split splits text into sentences with English abbreviations (Mr., Sen.,
// Jan., ...), so that the pipeline can prepare documents for Extract.
func (e *Extractor) Split(text string) []ingest.Span { return e.splitter.Split(text) }

// recoverPanics makes Extract return empty facts instead of panicking; the
// fuzz test turns it off so that a failing rule shows.
var recoverPanics = true

// maxSentenceTokens bounds the tokens read from one sentence.
const maxSentenceTokens = 256

// sentence is one sentence of the document as the extractor sees it.
type sentence struct {
	idx   int // index in Document.Sentences
	pos   int // index in doc.sents
	span  ingest.Span
	toks  []token
	body  int  // index of the first token after a dateline
	skip  bool // boilerplate, headline or byline: no facts
	ments []mention
	dates []dateRef
	// subject is the entity the sentence is about (its first speaker or
	// first person), for pronouns in the next sentence; -1 when none.
	subject int
	// group is a pair of people named together ("A and B").
	group []int
	// pending is a title that ended a chunk before a comma: "the Foreign
	// Minister of Egypt, Sameh Shoukry".
	pending *pendingTitle
	// at maps each token to the first mention that covers it (-1 for
	// none); nil while the mentions are being found.
	at []int
}

// mention is an entity mention: tokens [ts, te) of a sentence.
type mention struct {
	ts, te int
	cs     int // where the mention's chunk starts, title included
	ent    int
	kind   graph.NodeKind
	// anchored says a title or role named the person here.
	anchored bool
}

// doc is the state of one Extract call.
type doc struct {
	ex    *Extractor
	d     *ingest.Document
	sents []*sentence
	facts *ingest.Facts
	index map[string]int // identity key -> entity index
	// fullNames are multiword person names found in a first pass, so that
	// a surname used before the full name still resolves.
	fullNames [][]string
	fullSeen  map[string]bool
	// byWord finds full names (fullByWord) and person entities
	// (personByWord) by each normalized word of their names.
	fullByWord   map[string][]int
	personByWord map[string][]int
	// lastUse is the sentence where each entity was last mentioned.
	lastUse []int
	// placeNames are unknown multiword names that stand somewhere as a
	// place ("visited La Paz"), so that they are places everywhere.
	placeNames map[string]bool
	// roleRefs maps "country code|title" to the person who holds it, for
	// role-only mentions ("the Egyptian president").
	roleRefs map[string]int
	// titleRefs maps a lower-case title head to the last person named
	// with it, for "the secretary", "the president".
	titleRefs map[string]int
	// titleAll lists everyone named with a title head, in order.
	titleAll map[string][]int
	roles    map[[2]int]bool
	seen     map[string]bool // contacts and statements already recorded
	// demonyms are the demonyms the article uses, by country code.
	demonyms map[string]string
	// orgAliases finds organizations by folded name or acronym.
	orgAliases map[string]int
	// orphans are entities that lost their only mention.
	orphans map[int]bool
	// ministryCountry is the country of the last "Egypt's Foreign
	// Ministry" or "Iraq's foreign minister", for a bare "Foreign
	// Minister X" in the sentences after it (ministryAt).
	ministryCountry string
	ministryAt      int
	// pending are roles whose country must be mentioned to count.
	pending []pendingRole
	// unowned are people whose government title names no country yet
	// ("Foreign Minister Qin Gang"); datelineCode is the country of the
	// dateline, which a minister with no other country belongs to.
	unowned      map[int]pendingRole
	datelineCode string
	// lastMeeting are the people of the last meeting of two or more, for
	// "X attended the summit".
	lastMeeting []int
	// lastContactDate is the date of the last meeting or call, for "a day
	// earlier"; lastDate is the last date of any event.
	lastContactDate, lastDate time.Time
}

// Extract returns the facts of an English document. The work per sentence
// is bounded (maxSentenceTokens) and every loop advances, so it ends on any
// input; should a rule still fail on some text, Extract returns no facts
// for that document rather than panic.
func (e *Extractor) Extract(d *ingest.Document) (facts *ingest.Facts) {
	if recoverPanics {
		defer func() {
			if r := recover(); r != nil {
				facts = &ingest.Facts{}
			}
		}()
	}
	x := &doc{ex: e, d: d, facts: &ingest.Facts{}, index: map[string]int{},
		roleRefs: map[string]int{}, titleRefs: map[string]int{}, titleAll: map[string][]int{}, roles: map[[2]int]bool{}, seen: map[string]bool{},
		demonyms: map[string]string{}, orgAliases: map[string]int{}, orphans: map[int]bool{}, ministryAt: -10,
		fullSeen: map[string]bool{}, placeNames: map[string]bool{}, unowned: map[int]pendingRole{}, fullByWord: map[string][]int{}, personByWord: map[string][]int{}}
	if d == nil || d.Article == nil {
		return x.facts
	}
	x.prepare()
	for _, s := range x.sents {
		if !s.skip {
			x.collectNames(s)
		}
	}
	for _, s := range x.sents {
		if !s.skip {
			x.findMentions(s)
		}
	}
	for _, s := range x.sents {
		if s.skip {
			continue
		}
		x.findDates(s)
		x.findStatements(s)
		x.findContacts(s)
		if s.subject < 0 {
			s.subject = x.firstPerson(s)
		}
	}
	x.finish()
	return x.facts
}

// finish adds the roles that wait for their country and leaves out
// entities without a mention, renumbering the facts.
func (x *doc) finish() {
	for _, p := range x.pending {
		if c, ok := x.index["place:"+p.code]; ok {
			x.addRole(p.person, c, p.title, p.ev)
		}
	}
	for _, p := range x.sortedUnowned() {
		if c, ok := x.index["place:"+x.datelineCode]; ok && strings.Contains(p.title, "Minister") {
			x.addRole(p.person, c, p.title, p.ev)
		}
	}
	f := x.facts
	for _, e := range f.Entities {
		if e.Kind != graph.Organization || e.Key != "" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k, ok := ingest.OrgKeyEN(n); ok {
				e.Key = k
				break
			}
		}
	}
	newIdx := make([]int, len(f.Entities))
	var ents []*ingest.Entity
	for i, e := range f.Entities {
		if len(e.Mentions) == 0 || x.orphans[i] {
			newIdx[i] = -1
			continue
		}
		newIdx[i] = len(ents)
		ents = append(ents, e)
	}
	ok := func(i int) bool { return i >= 0 && i < len(newIdx) && newIdx[i] >= 0 }
	var sts []ingest.Statement
	for _, s := range f.Statements {
		if ok(s.Speaker) {
			s.Speaker = newIdx[s.Speaker]
			sts = append(sts, s)
		}
	}
	var cs []ingest.Contact
	for _, c := range f.Contacts {
		if ok(c.From) && ok(c.To) {
			c.From, c.To = newIdx[c.From], newIdx[c.To]
			cs = append(cs, c)
		}
	}
	var rs []ingest.Role
	for _, r := range f.Roles {
		if ok(r.Person) && ok(r.Org) {
			r.Person, r.Org = newIdx[r.Person], newIdx[r.Org]
			rs = append(rs, r)
		}
	}
	f.Entities, f.Statements, f.Contacts, f.Roles = ents, sts, cs, rs
}

// prepare tokenizes the sentences and marks the ones that give no facts:
// the headline, bylines, captions, links and other boilerplate.
func (x *doc) prepare() {
	text := x.d.Text
	headlineEnd := strings.IndexByte(text, '\n')
	if headlineEnd < 0 {
		headlineEnd = 0 // a single line is all body
	}
	// The first line is the headline when it is the article's title and
	// does not end like a sentence. A text that starts with its body (a
	// JSON Lines article, or a plain text whose first line is a dateline
	// and a sentence) keeps it: headlines carry no full stop.
	first := strings.TrimSpace(text[:max(headlineEnd, 0)])
	title := strings.TrimSpace(x.d.Title)
	if title != "" && first != title || endsLikeSentence(first) {
		headlineEnd = 0
	}
	datelineDone := false
	lineStart, lineSkip := -1, false // the last line seen and its verdict
	scanned, curLine := 0, 0         // text before scanned has been searched for line starts
	for i, sp := range x.d.Sentences {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		s := &sentence{idx: i, pos: len(x.sents), span: sp, subject: -1}
		s.toks = tokenize(text, sp.Start, sp.End)
		if len(s.toks) > maxSentenceTokens {
			// No news sentence is this long; a run-on line is read only
			// so far, which keeps the work per sentence bounded.
			s.toks = s.toks[:maxSentenceTokens]
		}
		if sp.Start >= scanned {
			if k := strings.LastIndexByte(text[scanned:sp.Start], '\n'); k >= 0 {
				curLine = scanned + k + 1
			}
			scanned = sp.Start
		} else {
			curLine = strings.LastIndexByte(text[:sp.Start], '\n') + 1
		}
		if curLine != lineStart {
			lineStart, lineSkip = curLine, isBoilerplate(lineAt(text, curLine))
		}
		s.skip = sp.Start < headlineEnd || lineSkip
		if !s.skip && !datelineDone {
			s.body = datelineEnd(s.toks)
			if s.body > 0 && !isUpperWord(s.toks[0].text) && !x.datelinePlace(s.toks[:s.body]) {
				s.body = 0 // "President X — who …" is no dateline
			}
			x.datelineCode = x.datelineCountry(s.toks[:s.body])
			datelineDone = true
		}
		x.sents = append(x.sents, s)
	}
}

// endsLikeSentence reports whether a line ends with a full stop, inside
// a closing quotation mark or not.
func endsLikeSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’ ")
	return strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..")
}

// chromeLine reports whether a line without a sentence's final
// punctuation and without numbers is a short label (three words at most)
// or written in title case (every word of four letters or more
// capitalized, five words at least).
func chromeLine(line string) bool {
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”’)") {
		return false
	}
	words := strings.Fields(line)
	for _, w := range words {
		if w[0] >= '0' && w[0] <= '9' {
			return false // a timestamp or date line
		}
	}
	if len(words) <= 3 {
		return true
	}
	if len(words) < 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if len(r) >= 4 && !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// lineAt returns the line of text that starts at position a.
func lineAt(text string, a int) string {
	b := strings.IndexByte(text[a:], '\n')
	if b < 0 {
		return text[a:]
	}
	return text[a : a+b]
}

// isBoilerplate reports whether a line is a link, caption, byline or
// prompt that gives no facts.
func isBoilerplate(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, m := range boilerplateInfixes {
		if strings.Contains(l, m) {
			return true
		}
	}
	// A photo credit ends a caption; a dateline's "(AFP)" starts a story.
	tail := strings.TrimSpace(line)
	if len(tail) > 90 {
		tail = tail[len(tail)-90:]
	}
	for _, m := range captionMarkers {
		if i := strings.Index(line, m); i > 40 && strings.Contains(tail, m) {
			return true
		}
	}
	// Page chrome: a menu item or size switch ("Breaking News", "XS"), or
	// a second headline in title case ("Minister to Visit Africa").
	if chromeLine(strings.TrimSpace(line)) {
		return true
	}
	// A byline: "By Jane Doe" or "By Jane Doe and John Roe".
	if strings.HasPrefix(l, "by ") && len(strings.Fields(l)) <= 8 && !strings.HasSuffix(l, ".") {
		return true
	}
	return false
}

// datelineEnd returns the index of the first token after a dateline such
// as "CAIRO (Reuters) -", "SAN FRANCISCO, Nov 16 (Reuters) -" or
// "BAGHDAD —", or 0 when the sentence has none.
func datelineEnd(toks []token) int {
	if len(toks) == 0 || !toks[0].isCap() {
		return 0
	}
	upper := isUpperWord(toks[0].text)
	for i, t := range toks {
		if i > 16 || !upper && i > 14 {
			break
		}
		if t.kind == tPunct && (t.text == "-" || t.text == "—" || t.text == "–" || t.text == "--") {
			return i + 1
		}
		// "ISLAMABAD, Sep 9 (APP):", "Moscow [Russia], May 2 (ANI/Sputnik):",
		// "Addis Ababa May 25/2022/ENA/": the agency closes the dateline.
		if (t.text == ")" || t.text == "/") && i > 1 && agencies[toks[i-1].text] {
			j := i + 1
			for j < len(toks) && (agencies[toks[j].text] || toks[j].kind == tPunct && strings.ContainsAny(toks[j].text, ":-—–./)")) {
				j++
			}
			return j
		}
		// "ABU DHABI: …"
		if t.text == ":" && upper && i > 0 && isUpperWord(toks[i-1].text) {
			return i + 1
		}
		if t.kind == tWord && !t.isCap() && !isDigits(t.text) {
			return 0
		}
	}
	return 0
}

// datelinePlace reports whether a mixed-case dateline ("Cairo —",
// "Kyiv, Ukraine (AP) —") starts with a known place or names an agency.
func (x *doc) datelinePlace(toks []token) bool {
	if n, _ := x.ex.gaz.matchPlace(toks, 0, len(toks)); n > 0 {
		return true
	}
	for _, t := range toks {
		if agencies[t.text] {
			return true
		}
	}
	return false
}

// datelineCountry returns the country of a dateline's place ("BEIJING" →
// CN, "SHARM EL-SHEIKH, Egypt" → EG), or "".
func (x *doc) datelineCountry(toks []token) string {
	var part []string
	flush := func() string {
		defer func() { part = part[:0] }()
		if p, ok := x.ex.gaz.lower[strings.ToLower(strings.Join(part, " "))]; ok {
			return countryOf(p)
		}
		return ""
	}
	for _, t := range toks {
		if t.kind == tWord && !isDigits(t.text) && months[bare(t)] == 0 {
			part = append(part, t.text)
			continue
		}
		if c := flush(); c != "" {
			return c
		}
	}
	return flush()
}

// isUpperWord reports whether w is an all-capitals word of two letters or
// more.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// entity returns the index of the entity with the given identity, adding
// it when new, and records a mention and the surface form.
func (x *doc) entity(kind graph.NodeKind, name, nameEn, key, surface string, sp ingest.Span) int {
	id := key
	if id == "" {
		n := nameEn
		if n == "" {
			n = name
		}
		id = string(kind) + "|" + graph.Fold(n)
	}
	i, ok := x.index[id]
	if !ok {
		i = len(x.facts.Entities)
		x.facts.Entities = append(x.facts.Entities, &ingest.Entity{Kind: kind, Name: name, NameEn: nameEn, Key: key})
		x.index[id] = i
		x.lastUse = append(x.lastUse, -1)
	}
	e := x.facts.Entities[i]
	addAlias(e, name)
	addAlias(e, surface)
	if sp.End > sp.Start {
		e.Mentions = append(e.Mentions, sp)
	}
	return i
}

// addAlias adds a surface form to an entity's aliases when new.
func addAlias(e *ingest.Entity, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, a := range e.Aliases {
		if a == s {
			return
		}
	}
	e.Aliases = append(e.Aliases, s)
}

// firstPerson returns the first person mentioned in s, or -1.
func (x *doc) firstPerson(s *sentence) int {
	for _, m := range s.ments {
		if m.kind == graph.Person && m.ts >= s.body {
			return m.ent
		}
	}
	return -1
}

// span returns the byte span of tokens [a, b) of s.
func (s *sentence) spanOf(a, b int) ingest.Span {
	if a >= b || a < 0 || b > len(s.toks) {
		return ingest.Span{}
	}
	return ingest.Span{Start: s.toks[a].start, End: s.toks[b-1].end}
}

// textOf returns the document text of tokens [a, b) of s.
func (x *doc) textOf(s *sentence, a, b int) string {
	sp := s.spanOf(a, b)
	return x.d.Text[sp.Start:sp.End]
}

// indexMentions sorts the mentions of s and maps tokens to them.
func (s *sentence) indexMentions() {
	sortMentions(s)
	s.at = make([]int, len(s.toks))
	for i := range s.at {
		s.at[i] = -1
	}
	for k, m := range s.ments {
		for i := m.ts; i < m.te && i < len(s.at); i++ {
			if i >= 0 && s.at[i] < 0 {
				s.at[i] = k
			}
		}
	}
}

// mentionAt returns the mention that covers token i of s, or nil.
func (s *sentence) mentionAt(i int) *mention {
	if s.at != nil {
		if i < 0 || i >= len(s.at) || s.at[i] < 0 {
			return nil
		}
		return &s.ments[s.at[i]]
	}
	for k := range s.ments {
		if s.ments[k].ts <= i && i < s.ments[k].te {
			return &s.ments[k]
		}
	}
	return nil
}

// isDigits reports whether w is made of ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
