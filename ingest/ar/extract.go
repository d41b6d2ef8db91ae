package ar

import (
	"strings"
	"time"
	"unicode/utf8"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// Extractor finds people, organizations, places, statements, contacts and
// roles in Arabic news articles. It holds only read-only tables and is safe
// for concurrent use.
type Extractor struct {
	lx       *lexicon
	splitter ingest.Splitter
}

var (
	_ ingest.Extractor        = (*Extractor)(nil)
	_ ingest.SentenceSplitter = (*Extractor)(nil)
)

// New returns an Arabic extractor with its tables built.
func New() *Extractor {
	abbr := map[string]bool{}
	for _, a := range abbreviations {
		abbr[a] = true
	}
	return &Extractor{lx: newLexicon(), splitter: ingest.Splitter{Abbreviations: abbr}}
}

// Language returns "ar".
func (*Extractor) Language() string { return "ar" }

// Split splits Arabic text into sentences with the default rules and the
// Arabic abbreviations of titles.
func (e *Extractor) Split(text string) []ingest.Span { return e.splitter.Split(text) }

// docState is the working state of one Extract call.
type docState struct {
	lx        *lexicon
	text      string
	sents     []ingest.Span // the document's sentences
	published time.Time

	toks     []token
	sentTok  [][2]int // token range of each sentence
	skip     []bool   // boilerplate sentences
	headline []bool   // sentences of the first line
	consumed []bool

	ents         []*ent
	redirect     map[int]int // entity merged into another
	index        map[string]int
	nameForms    map[string]int
	mentions     [][]mention
	pending      []roleRef
	pendingParty []int
	roles        []roleFact
	untargeted   []roleFact // titles that named no country or body
	// datelineCountry is the country of the dateline city, or -1.
	datelineCountry int
	// homographs caches the reading of bare homographs: true for the city.
	homographs map[string]bool

	stmts       []stmt
	lastSpeaker int
	prevHadStmt bool // the sentence before reported speech
	contactList []contact
	events      []event
	lastDate    time.Time
}

// Extract returns the facts of doc.
func (e *Extractor) Extract(doc *ingest.Document) *ingest.Facts {
	if doc == nil || doc.Article == nil {
		return &ingest.Facts{}
	}
	x := &docState{lx: e.lx, text: doc.Text, index: map[string]int{}, nameForms: map[string]int{},
		redirect: map[int]int{}, lastSpeaker: -1, homographs: map[string]bool{}}
	if !doc.Published.IsZero() {
		p := doc.Published
		x.published = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	x.sents = doc.Sentences
	if x.sents == nil {
		x.sents = e.Split(doc.Text)
	}
	x.prepare()
	for si := range x.sentTok {
		if !x.skip[si] {
			x.scanSentence(si)
		}
	}
	x.registerNameForms()
	for si := range x.sentTok {
		if !x.skip[si] {
			x.scanNames(si)
		}
	}
	more := false
	for si := range x.sentTok {
		if !x.skip[si] && x.scanVerbSubjects(si) {
			more = true
		}
	}
	if more {
		x.registerNameForms()
		for si := range x.sentTok {
			if !x.skip[si] {
				x.scanNames(si)
			}
		}
	}
	x.resolveRoles()
	x.findDateline()
	x.inferCountries()
	for si := range x.sentTok {
		if x.skip[si] || x.headline[si] {
			continue
		}
		x.statements(si)
		x.contacts(si)
	}
	x.mergeOrgs()
	return x.facts()
}

// prepare tokenizes the sentences and marks boilerplate and headline ones.
func (x *docState) prepare() {
	n := len(x.sents)
	x.sentTok = make([][2]int, n)
	x.skip = make([]bool, n)
	x.headline = make([]bool, n)
	x.mentions = make([][]mention, n)
	firstLineEnd := strings.IndexByte(x.text, '\n')
	if firstLineEnd < 0 {
		firstLineEnd = len(x.text)
	}
	// The first line is a headline when more follows and it does not end
	// like a sentence of the body.
	first := strings.TrimSpace(x.text[:firstLineEnd])
	multiLine := firstLineEnd < len(strings.TrimSpace(x.text)) &&
		!strings.HasSuffix(first, ".") && !strings.HasSuffix(first, "؟") && !strings.HasSuffix(first, "!")
	for si, sp := range x.sents {
		if sp.Start < 0 || sp.End > len(x.text) || sp.Start > sp.End {
			x.skip[si] = true
			x.sentTok[si] = [2]int{len(x.toks), len(x.toks)}
			continue
		}
		x.skip[si] = x.isBoilerplate(sp)
		x.headline[si] = multiLine && sp.Start < firstLineEnd
		start := len(x.toks)
		if !x.skip[si] {
			x.toks = tokenize(x.text, sp.Start, sp.End, si, x.toks)
		}
		x.sentTok[si] = [2]int{start, len(x.toks)}
	}
	x.consumed = make([]bool, len(x.toks))
}

// isBoilerplate reports whether the line holding span sp begins with a
// boilerplate marker: a link to another article, a byline, a credit.
func (x *docState) isBoilerplate(sp ingest.Span) bool {
	ls := strings.LastIndexByte(x.text[:sp.Start], '\n') + 1
	le := strings.IndexByte(x.text[ls:], '\n')
	if le < 0 {
		le = len(x.text)
	} else {
		le += ls
	}
	line := strings.TrimSpace(x.text[ls:le])
	if strings.HasPrefix(line, "(") && strings.HasSuffix(line, ")") && len(strings.Fields(line)) <= 5 {
		return true // a credit alone: "(رويترز)", "(أ ف ب)"
	}
	head := line
	if len(head) > 96 {
		// the markers are short: fold only the start of the line
		cut := 96
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	fl := graph.Fold(head)
	for i, m := range x.lx.boiler {
		raw := boilerplateMarkers[i]
		if m == "" || !strings.HasPrefix(fl, m) {
			continue
		}
		if strings.HasSuffix(raw, ":") {
			// A byline needs its colon: "كتبت:" but not "كتبت الصحيفة".
			head := line
			if len(head) > len(raw)+12 {
				head = head[:len(raw)+12]
			}
			if !strings.ContainsAny(head, ":：") {
				continue
			}
		}
		if m == "وكالات" && graph.Fold(line) != m {
			continue
		}
		return true
	}
	return false
}

// facts turns the working state into ingest.Facts: entities that have
// mentions, in order of appearance, and the facts that refer to them.
func (x *docState) facts() *ingest.Facts {
	f := &ingest.Facts{}
	remap := make([]int, len(x.ents))
	used := x.usedEntities()
	for i, en := range x.ents {
		remap[i] = -1
		if len(en.mentions) == 0 || en.kind == graph.Person && en.nameEn == "" && x.lx.titleOnly(en.name) {
			continue
		}
		if en.kind == graph.Place && en.adjectives == len(en.mentions) && !used[i] {
			// A country named only by adjectives on things ("العدوان
			// الإسرائيلي") is not a party to anything the article tells.
			continue
		}
		remap[i] = len(f.Entities)
		aliases := []string{}
		for _, a := range append([]string{en.name}, en.aliases...) {
			if a != "" && !containsStr(aliases, a) {
				aliases = append(aliases, a)
			}
		}
		f.Entities = append(f.Entities, &ingest.Entity{
			Kind: en.kind, Name: en.name, NameEn: en.nameEn, Key: en.key,
			Aliases: aliases, Mentions: en.mentions,
		})
	}
	for from := range x.redirect {
		to := from
		for n := 0; n < len(x.ents); n++ { // follow a chain of merges to its end
			next, ok := x.redirect[to]
			if !ok {
				break
			}
			to = next
		}
		remap[from] = remap[to]
	}
	ok := func(i int) bool { return i >= 0 && i < len(remap) && remap[i] >= 0 }
	for _, s := range x.stmts {
		if !ok(s.speaker) {
			continue
		}
		st := ingest.Statement{Speaker: remap[s.speaker], Text: s.text, Direct: s.direct, Verb: s.verb,
			Date: ingest.FormatDate(s.date), Evidence: x.sents[s.sent]}
		if ok(s.source) {
			st.Source = x.ents[s.source].name
		}
		f.Statements = append(f.Statements, st)
	}
	for _, c := range x.contactList {
		if !ok(c.from) || !ok(c.to) || c.from == c.to {
			continue
		}
		f.Contacts = append(f.Contacts, ingest.Contact{Kind: c.kind, From: remap[c.from], To: remap[c.to],
			Status: c.status, Date: ingest.FormatDate(c.date), DateText: c.dateText, DateAdjusted: c.adjusted,
			Evidence: x.sents[c.sent]})
	}
	seen := map[[2]int]bool{}
	for _, r := range x.roles {
		if !ok(r.person) || !ok(r.org) || r.person == r.org {
			continue
		}
		k := [2]int{remap[r.person], remap[r.org]}
		if seen[k] {
			continue
		}
		seen[k] = true
		f.Roles = append(f.Roles, ingest.Role{Person: k[0], Org: k[1], Role: r.role, Evidence: x.sents[r.sent]})
	}
	return f
}

func containsStr(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// titleOnly reports whether a person's name is a title and the body or
// office it is of, with no name in it: "رئيس الجمعية الوطنية", "مساعد
// السكرتير", "رئيس الدولة". Such a person is a reading error, not someone.
func (lx *lexicon) titleOnly(name string) bool {
	words := strings.Fields(graph.Fold(name))
	if len(words) < 2 || !lx.titleHeads[words[0]] {
		return false
	}
	for _, w := range words[1:] {
		if !isDefinite(w) && !lx.constructNouns[w] && !lx.titleWord.has(w) {
			return false
		}
	}
	return true
}

// usedEntities marks the entities that a statement, contact or role refers
// to.
func (x *docState) usedEntities() map[int]bool {
	used := map[int]bool{}
	for _, s := range x.stmts {
		used[s.speaker] = true
	}
	for _, c := range x.contactList {
		used[c.from], used[c.to] = true, true
	}
	for _, r := range x.roles {
		used[r.person], used[r.org] = true, true
	}
	return used
}
