package en

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/graph"
)

// segKind says what part of a capitalized chunk a segment is.
type segKind uint8

const (
	segPlace segKind = iota // a gazetteer place or a demonym
	segOrg                  // an organization
	segTitle                // a person's title: "Deputy Foreign Minister"
	segName                 // a name to classify
)

// segment is a run of tokens [a, b) inside a chunk.
type segment struct {
	a, b    int
	kind    segKind
	place   place
	demonym bool
	title   string // segTitle: the title as written, without periods
	// to is the country of "Ambassador to Iraq", which is not the
	// person's own.
	to place
	// of is the country of "Foreign Minister of Egypt", the person's own;
	// its name starts at token ofAt.
	of   place
	ofAt int
}

// openers are capitalized function words that open a sentence before an
// organization's name.
// Read from data/openers.tsv.
var openers = loadSet("openers.tsv", "word")

// isNameStart reports whether a token can start or continue a name: a
// capitalized word or a particle-prefixed one ("al-Hashimi").
func isNameWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if i := strings.LastIndexByte(t.lower, '-'); i > 0 && adjectiveSuffixes[t.lower[i+1:]] {
		return false // "Iranian-backed", "Kremlin-led"
	}
	if t.isCap() {
		return true
	}
	for _, p := range hyphenParticles {
		if strings.HasPrefix(t.lower, p) && len(t.text) > len(p) {
			r, _ := utf8.DecodeRuneInString(t.text[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// adjectiveSuffixes end hyphenated adjectives made from names:
// "Iranian-backed", "U.S.-led", "Qatar-based".
// Read from data/adjective_suffixes.tsv.
var adjectiveSuffixes = loadSet("adjective_suffixes.tsv", "word")

// plainNames reports whether tokens [a, b) are capitalized words that are
// neither common words nor dates: what a surname can be.
func plainNames(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		w := bare(toks[i])
		if !toks[i].isCap() || commonCaps[w] || months[w] > 0 || weekdays[w] > 0 || orgHeads[w] || placeHeads[w] {
			return false
		}
	}
	return true
}

// bare returns a token's lower-case text without a final period.
func bare(t token) string { return strings.TrimSuffix(t.lower, ".") }

// toAfter are the heads that take "to" and a country inside a name:
// "Ambassador to Iraq", "EU Delegation to Ukraine", "Mission to the UN".
var toAfter = map[string]bool{"ambassador": true, "envoy": true, "delegation": true, "mission": true, "embassy": true}

// chunkEnd returns the end of the capitalized sequence that starts at
// token a: name words, lower-case particles before a name word, initials
// and abbreviation periods, and "of"/"for"/"to" complements of titles and
// organizations.
func chunkEnd(toks []token, a int) int {
	j := a
	n := len(toks)
	for j < n {
		t := toks[j]
		if j > a && dateWordAt(toks, j) {
			break // "met Mikko Hakala Tuesday", "in Lima March 3"
		}
		switch {
		case isNameWord(t) && (t.inQuote == toks[a].inQuote):
			j++
			continue
		case t.kind == tWord && nameParticles[t.lower] && capAhead(toks, j+1, 2):
			j++
			continue
		case t.text == "." && j > a && toks[j-1].end == t.start && j+1 < n && toks[j+1].isCap() &&
			(utf8.RuneCountInString(toks[j-1].text) == 1 || titleWords[toks[j-1].lower] || nameSuffixes[toks[j-1].lower]):
			j++
			continue
		case (t.lower == "of" || t.lower == "for") && j > a && j+1 < n && complementHead(toks[j-1]):
			if toks[j+1].isCap() {
				j++
				continue
			}
			if toks[j+1].lower == "the" && j+2 < n && toks[j+2].isCap() {
				j += 2
				continue
			}
		case t.lower == "to" && j > a && toAfter[toks[j-1].lower] && j+1 < n && toks[j+1].isCap():
			j++
			continue
		}
		break
	}
	return j
}

// dateWordAt reports whether token j is a weekday or a month before a day
// number: a date that news style puts right after a name ("met X
// Tuesday").
func dateWordAt(toks []token, j int) bool {
	if t := toks[j].text; t == "" || t[0] < 'A' || t[0] > 'Z' || len(t) < 3 || len(t) > 10 {
		return false
	}
	w := bare(toks[j])
	if _, ok := weekdays[w]; ok && toks[j].isCap() {
		return true
	}
	return months[w] > 0 && len(w) > 3 && toks[j].isCap() && j+1 < len(toks) && isDigits(toks[j+1].text)
}

// complementHead reports whether "of" or "for" after t continues a name:
// "Secretary of State", "Ministry of Defense", "Horn of Africa".
func complementHead(t token) bool {
	if !t.isCap() {
		return false
	}
	w := bare(t)
	return orgHeads[w] || placeHeads[w] || titleHeads[w] != "" || portfolioWords[w] || titleWords[w]
}

// capAhead reports whether one of the next k tokens after i is a name word
// and all before it are particles.
func capAhead(toks []token, i, k int) bool {
	for j := i; j < len(toks) && j < i+k; j++ {
		if isNameWord(toks[j]) {
			return true
		}
		if !nameParticles[toks[j].lower] {
			return false
		}
	}
	return false
}

// joinWords returns the text of tokens [a, b) with single spaces, periods
// attached to the word before them.
func joinWords(toks []token, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a && toks[i].text != "." {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[i].text)
	}
	return sb.String()
}

// matchPlace returns the number of tokens of the longest gazetteer name
// that starts at token k (before b), and its place.
func (g *gazetteer) matchPlace(toks []token, k, b int) (int, place) {
	if k >= b || !g.first[toks[k].text] {
		return 0, place{}
	}
	for n := min(b-k, g.maxWords+2); n > 0; n-- {
		if p, ok := g.names[joinWords(toks, k, k+n)]; ok {
			return n, p
		}
	}
	return 0, place{}
}

// matchDemonym returns the number of tokens of a demonym at token k and
// its country.
func (g *gazetteer) matchDemonym(toks []token, k, b int) (int, place) {
	if k >= b || !g.first[toks[k].text] {
		return 0, place{}
	}
	for n := min(b-k, 2); n > 0; n-- {
		if p, ok := g.demonyms[joinWords(toks, k, k+n)]; ok {
			return n, p
		}
	}
	return 0, place{}
}

// matchKnownOrg returns the length of the longest known organization name
// at token k.
func matchKnownOrg(toks []token, k, b int) int {
	if k >= b || !knownOrgFirst[toks[k].text] {
		return 0
	}
	for n := min(b-k, 3); n > 0; n-- {
		if _, ok := knownOrgs[joinWords(toks, k, k+n)]; ok {
			return n
		}
	}
	return 0
}

// knownOrgFirst holds the first words of knownOrgs.
var knownOrgFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range knownOrgs {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// hasOrgHead reports whether tokens [a, b) hold an organization head word.
func hasOrgHead(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].isCap() && orgHeads[bare(toks[i])] {
			return true
		}
	}
	return false
}

// portfolioOnly reports whether the chunk [a, b) names only a portfolio,
// "Foreign Affairs" or "Special Affairs", which is part of a title.
func portfolioOnly(toks []token, a, b int) bool {
	if last := toks[b-1].lower; b-a < 2 || last != "affairs" && last != "cooperation" {
		return false
	}
	for _, t := range toks[a:b] {
		if t.kind == tWord && !portfolioWords[t.lower] && t.lower != "and" && t.lower != "of" {
			return false
		}
	}
	return true
}

// titleOfOrg splits "Speaker of the National Assembly Marzouq Ali" and
// "President of the Football Federation" (a name may follow after a
// comma) into the title, the organization and the name, or returns nil.
func titleOfOrg(toks []token, k, b int) []segment {
	if k+2 >= b || titleHeads[toks[k].lower] == "" || toks[k+1].lower != "of" {
		return nil
	}
	oa := k + 2
	if toks[oa].lower == "the" {
		oa++
	}
	h := -1
	for i := oa; i < b; i++ {
		if toks[i].isCap() && orgHeads[bare(toks[i])] {
			h = i
		}
	}
	if h < 0 {
		return nil
	}
	for i := h + 1; i < b; i++ {
		if toks[i].kind != tWord || !toks[i].isCap() || commonCaps[bare(toks[i])] {
			return nil
		}
	}
	if b-(h+1) == 1 {
		return nil // "Minister of the Interior Ministry X"? one word: unsure
	}
	segs := []segment{{a: k, b: k + 1, kind: segTitle, title: toks[k].text, ofAt: -1}, {a: oa, b: h + 1, kind: segOrg}}
	if h+1 < b {
		segs = append(segs, segment{a: h + 1, b: b, kind: segName})
	}
	return segs
}

// titleRun returns the length of the title that starts at token k, with
// its text, or 0. A title is a run of title words that ends in a title head
// ("Deputy Foreign Minister", "Lt. Col."), with "of"/"for" complements made
// of portfolio words ("Secretary of State for Foreign Affairs") and "to"
// plus a country for ambassadors.
func (x *doc) titleRun(toks []token, k, b int) (int, string, place) {
	n, title, to, _, _ := x.titleRunOf(toks, k, b)
	return n, title, to
}

// titleRunOf is titleRun that also returns the country of "Foreign
// Minister of Egypt" and the index of its first token (-1 when none).
func (x *doc) titleRunOf(toks []token, k, b int) (int, string, place, place, int) {
	j := k
	head := -1
	var to, of place
	ofAt := -1
	// "Strategic Affairs Minister", "Water Resources Minister": capitalized
	// words before "Minister" name its portfolio.
	portfolioEnd := k
	for e := k; e < b && e < k+4; e++ {
		w := bare(toks[e])
		if w == "minister" || w == "secretary" || w == "commissioner" {
			portfolioEnd = e
			break
		}
		if !toks[e].isCap() || commonCaps[w] || orgHeads[w] {
			break
		}
	}
	for j < b {
		t := toks[j]
		w := bare(t)
		for _, suf := range []string{"-designate", "-elect"} {
			w = strings.TrimSuffix(w, suf) // "Chancellor-designate"
		}
		switch {
		case t.text == ".":
			j++
			continue
		case titleWords[w] || (portfolioWords[w] || j < portfolioEnd) && t.isCap():
			if titleHeads[w] != "" && !(w == "state" && head < 0) {
				head = j
			}
			j++
			continue
		case (w == "of" || w == "for") && j+1 < b && portfolioWords[bare(toks[j+1])]:
			j++
			continue
		case w == "of" && j+1 < b && bare(toks[j+1]) == "state":
			j++
			continue
		case w == "to" && head >= 0:
			if n, p := x.ex.gaz.matchPlace(toks, j+1, b); n > 0 && p.code != "" {
				to = p
				j += 1 + n
				head = j - 1
				continue
			}
		case w == "of" && head >= 0 && j+1 < b:
			// "Foreign Minister of Egypt": the country owns the title.
			if n, p := x.ex.gaz.matchPlace(toks, j+1, b); n > 0 && p.code != "" && head == j-1 {
				of = p
				ofAt = j + 1
				j += 1 + n
				head = j - 1
				continue
			}
		}
		break
	}
	if head < 0 {
		return 0, "", place{}, place{}, -1
	}
	end := head + 1
	// Take portfolio complements after the head: "for Foreign Affairs".
	for e := end; e < b; e++ {
		w := bare(toks[e])
		if w == "for" || w == "of" || portfolioWords[w] {
			continue
		}
		if e > end && !portfolioWords[bare(toks[e-1])] {
			break
		}
		end = e
		break
	}
	if end > b {
		end = b
	}
	// Do not end a title on "for"/"of".
	for end > k && (bare(toks[end-1]) == "for" || bare(toks[end-1]) == "of") {
		end--
	}
	title := joinWords(toks, k, end)
	if to.code != "" {
		title = joinWords(toks, k, end)
	}
	title = strings.ReplaceAll(title, ".", "")
	if of.code != "" && ofAt > k {
		// The title is what stands before "of Egypt".
		title = strings.ReplaceAll(joinWords(toks, k, ofAt-1), ".", "")
		return end - k, title, to, of, ofAt
	}
	return end - k, title, to, place{}, -1
}

// parseChunk splits the capitalized chunk [a, b) into places, demonyms,
// organizations, titles and names.
func (x *doc) parseChunk(toks []token, a, b int) []segment {
	g := x.ex.gaz
	var out []segment
	k := a
	if b-a >= 2 && thingHeads[bare(toks[b-1])] && toks[b-1].isCap() {
		return nil // "Paris Agreement", "Nobel Peace Prize": not entities
	}
	if a > 0 && (toks[a-1].lower == "two" || toks[a-1].lower == "both") && groupNouns[toks[b-1].lower] {
		return nil // "the two Foreign Ministers": the pair, not a name
	}
	if portfolioOnly(toks, a, b) {
		return nil // "Foreign Affairs minister X", "Advisor for Special Affairs"
	}
	for k < b {
		t := toks[k]
		if t.kind != tWord {
			k++
			continue
		}
		if b-k >= 2 && placeHeads[bare(toks[b-1])] && toks[b-1].isCap() && !commonCaps[bare(t)] && !x.hasTitle(toks, k, b) && !hasOrgHead(toks, k, b) {
			if n, _ := g.matchPlace(toks, k, b); n < b-k {
				out = append(out, segment{a: k, b: b, kind: segName})
				return out
			}
		}
		if n, p := g.matchPlace(toks, k, b); n > 0 && p.code != "" && k+n < b && b-(k+n) <= 2 && (len(out) == 0 || out[len(out)-1].kind == segTitle) &&
			!hasOrgHead(toks, k+n, b) && !x.hasTitle(toks, k+n, b) && !placeHeads[bare(toks[b-1])] &&
			!isUpperWord(toks[k].text) && g.demonymText(toks, k+n, b) == "" {
			if m, _ := g.matchPlace(toks, k+n, b); m == 0 && toks[k+n].isCap() && plainNames(toks, k+n, b) {
				// "Israel Katz", "Jordan Bardella": a name that starts with
				// a country's name.
				out = append(out, segment{a: k, b: b, kind: segName})
				return out
			}
		}
		if n, p := g.matchPlace(toks, k, b); n > 0 {
			if hasOrgHead(toks, k+n, b) && !x.hasTitle(toks, k+n, b) {
				out = append(out, segment{a: k, b: b, kind: segOrg})
				return out
			}
			out = append(out, segment{a: k, b: k + n, kind: segPlace, place: p})
			k += n
			continue
		}
		if n, p := g.matchDemonym(toks, k, b); n > 0 {
			if hasOrgHead(toks, k+n, b) && !x.hasTitle(toks, k+n, b) {
				out = append(out, segment{a: k, b: b, kind: segOrg, place: p})
				return out
			}
			out = append(out, segment{a: k, b: k + n, kind: segPlace, place: p, demonym: true})
			k += n
			continue
		}
		if n := matchKnownOrg(toks, k, b); n > 0 {
			if k+n < b && toks[k+n].isCap() && !x.hasTitle(toks, k+n, b) {
				// "United Nations Interim Force": a longer name.
				out = append(out, segment{a: k, b: b, kind: segOrg})
				return out
			}
			out = append(out, segment{a: k, b: k + n, kind: segOrg})
			k += n
			continue
		}
		w := bare(t)
		if segs := titleOfOrg(toks, k, b); segs != nil {
			return append(out, segs...)
		}
		if hasOrgHead(toks, k, b) && !x.hasTitle(toks, k, b) {
			// Skip opening words ("The", "However") before the org name.
			if openers[w] || weekdays[w] > 0 || w == "sunday" {
				k++
				continue
			}
			out = append(out, segment{a: k, b: b, kind: segOrg})
			return out
		}
		if n, title, to, of, ofAt := x.titleRunOf(toks, k, b); n > 0 {
			out = append(out, segment{a: k, b: k + n, kind: segTitle, title: title, to: to, of: of, ofAt: ofAt})
			k += n
			continue
		}
		if commonCaps[w] || months[w] > 0 && len(w) > 2 || parties[t.text] != "" {
			k++
			continue
		}
		// A name runs to the end of the chunk, unless a title starts
		// inside it: then what stands before the title is an unknown
		// owner ("Lebanese" when no rule knows it) and is left out.
		e := b
		for m := k + 1; m < b-1; m++ {
			if n, _, _ := x.titleRun(toks, m, b); n > 0 && m+n < b && toks[m].isCap() {
				e = m
				break
			}
		}
		if e < b {
			// "House Speaker X", "Foreign Ministry Spokesman X": an
			// organization may own the title.
			if hasOrgHead(toks, k, e) || e-k <= 2 && plainNames(toks, k, e) {
				// "Aramco Chief Executive X": an unknown name before a
				// title is the organization that gives it.
				out = append(out, segment{a: k, b: e, kind: segOrg})
			}
			k = e
			continue
		}
		out = append(out, segment{a: k, b: e, kind: segName})
		k = e
	}
	return out
}

// hasTitle reports whether tokens [a, b) start with a title followed by
// a name, so that an org head word after it belongs to a name (rare) or
// the chunk is really "Org Title Name".
func (x *doc) hasTitle(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if !toks[i].isCap() {
			continue
		}
		if n, _, _ := x.titleRun(toks, i, b); n > 0 && i+n < b && toks[i+n].isCap() && !hasOrgHead(toks, i+n, b) {
			return true
		}
	}
	return false
}

// collectNames records the multiword person names of a sentence in a first
// pass, so that a surname before the full name resolves to it.
func (x *doc) collectNames(s *sentence) {
	toks := s.toks
	for i := s.body; i < len(toks); {
		if i+1 < len(toks) && addressTitle(toks, i+1) {
			i += 2 // "His Highness"
			continue
		}
		if !x.startsChunk(toks, i) {
			i++
			continue
		}
		e := addressCut(toks, i, chunkEnd(toks, i))
		segs := x.parseChunk(toks, i, e)
		for k, sg := range segs {
			if sg.kind == segPlace && sg.demonym && sg.place.code != "" {
				if _, ok := x.demonyms[sg.place.code]; !ok {
					x.demonyms[sg.place.code] = joinWords(toks, sg.a, sg.b)
				}
			}
			if sg.kind == segOrg && sg.place.code != "" {
				if _, ok := x.demonyms[sg.place.code]; !ok {
					x.demonyms[sg.place.code] = x.ex.gaz.demonymText(toks, sg.a, sg.b)
				}
			}
			if sg.kind != segName || toks[sg.a].inQuote {
				continue
			}
			titled := k > 0 && segs[k-1].kind == segTitle
			words := nameWords(toks, sg.a, sg.b)
			if len(words) >= 2 && (titled || x.classifyName(toks, sg.a, sg.b) == graph.Person) {
				if !titled && x.placeContext(s, sg) {
					// "visited La Paz": a place wherever it is named.
					x.placeNames[strings.Join(words, " ")] = true
					continue
				}
				x.addFullName(words)
			}
		}
		i = max(e, i+1)
	}
}

// startsChunk reports whether a chunk starts at token i.
func (x *doc) startsChunk(toks []token, i int) bool {
	t := toks[i]
	if isNameWord(t) {
		return true
	}
	return t.kind == tWord && nameParticles[t.lower] && capAhead(toks, i+1, 2)
}

// nameWords returns the words of a name without periods.
func nameWords(toks []token, a, b int) []string {
	var out []string
	for i := a; i < b; i++ {
		if toks[i].text != "." {
			out = append(out, toks[i].text)
		}
	}
	return out
}

// thingKind marks a name of a thing that is not an entity.
const thingKind graph.NodeKind = "thing"

// classifyName says what kind of entity an unanchored name is by its
// words: an organization (head word, acronym), a place (place head,
// continent) or, for two words or more, a person. It returns "" when it
// cannot tell.
func (x *doc) classifyName(toks []token, a, b int) graph.NodeKind {
	words := nameWords(toks, a, b)
	if len(words) == 0 {
		return ""
	}
	last := strings.ToLower(words[len(words)-1])
	if thingHeads[last] || len(words) >= 2 && thingOpeners[strings.ToLower(words[0])] {
		return thingKind
	}
	for _, w := range words {
		if orgHeads[strings.ToLower(w)] {
			return graph.Organization
		}
	}
	first := strings.ToLower(words[0])
	if placeHeads[last] || (placeHeads[first] && len(words) > 2 && strings.EqualFold(words[1], "of")) {
		return graph.Place
	}
	for _, w := range words[:len(words)-1] {
		if facilityHeads[strings.ToLower(w)] {
			return graph.Place
		}
	}
	if continents[strings.Join(words, " ")] {
		return graph.Place
	}
	if len(words) == 1 {
		w := words[0]
		if len(w) >= 3 && w[1] == '-' && strings.ContainsRune("RDI", rune(w[0])) {
			return "" // "R-S.C.", a party and state after a lawmaker's name
		}
		if _, ok := x.ex.gaz.lower[strings.ToLower(w)]; ok && isUpperWord(w) {
			return "" // "MOSCOW" of a dateline inside the text
		}
		if isUpperWord(w) && len(w) <= 6 && !strings.Contains(w, ".") {
			return graph.Organization
		}
		return ""
	}
	upper := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if commonCaps[lw] || months[lw] > 0 {
			return ""
		}
		if isUpperWord(w) {
			upper++
		}
	}
	if upper == len(words) {
		return "" // "ABU DHABI", a heading in capitals
	}
	return graph.Person
}

// thingOpeners start the names of things: "Operation Iron Shield",
// "Project Horizon".
// Read from data/thing_openers.tsv.
var thingOpeners = loadSet("thing_openers.tsv", "word")

// demonymText returns the demonym that starts tokens [a, b), or "".
func (g *gazetteer) demonymText(toks []token, a, b int) string {
	if n, _ := g.matchDemonym(toks, a, b); n > 0 {
		return joinWords(toks, a, a+n)
	}
	return ""
}
