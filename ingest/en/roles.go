package en

import (
	"sort"
	"strings"

	"newsgraph/graph"
	"newsgraph/ingest"
)

type spanT = ingest.Span

// orgAnaphors map the lower-case noun of "the ministry" to the word an
// organization's name holds.
// Read from data/org_anaphors.tsv.
var orgAnaphors = loadMap("org_anaphors.tsv", "word", "name_word")

// roleRefTitles are lower-case titles that, after "the" and a demonym,
// refer to a person named before: "the Egyptian president".
// Read from data/role_ref_titles.tsv.
var roleRefTitles = loadList("role_ref_titles.tsv", "title")

// titleRole records the role that a chunk's title gives a person:
// "Ukrainian President X" → President of Ukraine; "NATO Secretary-General
// X" → Secretary-General of NATO.
func (x *doc) titleRole(s *sentence, person, owner int, ownerCode, title string, sg segment) {
	head := titleHeadOf(title)
	heads := []string{strings.ToLower(head)}
	// "President Sheikh X": the office before the honorific is a head
	// too, for "the president".
	if f := strings.Fields(title); len(f) >= 2 && honorifics[f[len(f)-1]] && titleHeads[strings.ToLower(f[0])] != "" {
		heads = append(heads, strings.ToLower(f[0]))
	}
	for _, h := range heads {
		if h != "" && h != "mr" && h != "mrs" && h != "ms" && h != "dr" && !honorificOnly[h] {
			x.titleRefs[h] = person
			if !contains(x.titleAll[h], person) {
				x.titleAll[h] = append(x.titleAll[h], person)
			}
		}
	}
	// Other words for the same office: "the premier" for a prime
	// minister, "the monarch" for a king, "the top diplomat" for a
	// foreign minister.
	lt := strings.ToLower(title)
	for _, k := range []string{"prime minister", "foreign minister", "defense minister", "defence minister"} {
		if lt == k || strings.HasSuffix(lt, " "+k) && !strings.Contains(lt, "deputy") && !strings.Contains(lt, "vice") {
			x.titleRefs[k] = person
		}
	}
	if strings.Contains(lt, "minister") && strings.Contains(lt, "foreign affairs") && !strings.Contains(lt, "deputy") {
		x.titleRefs["foreign minister"] = person
	}
	switch {
	case strings.Contains(lt, "prime minister"):
		x.titleRefs["premier"] = person
	case head == "King" || head == "Queen" || head == "Emir" || head == "Sultan":
		x.titleRefs["monarch"] = person
	case strings.Contains(lt, "foreign minister") || strings.Contains(lt, "foreign secretary") || title == "Secretary of State":
		x.titleRefs["top diplomat"] = person
	}
	ministryKnown := false
	if owner < 0 {
		if strings.Contains(title, "Minister") && x.ministryCountry != "" && s.idx-x.ministryAt <= 3 {
			ministryKnown = true // its country, mentioned or not
			if c, ok := x.index["place:"+x.ministryCountry]; ok {
				owner, ownerCode = c, x.ministryCountry
			}
		}
	}
	if owner < 0 {
		if code, ok := titleDefaultCountry[title]; ok {
			x.pending = append(x.pending, pendingRole{person: person, code: code, title: title, ev: s.span})
		} else if _, seen := x.unowned[person]; governmentTitles[head] && !ministryKnown && !x.hasPlaceRole(person) && !seen {
			x.unowned[person] = pendingRole{person: person, title: title, ev: s.span} // the first, fullest title
		}
		return
	}
	if !governmentTitles[head] && x.facts.Entities[owner].Kind == graph.Place {
		return
	}
	x.addRole(person, owner, title, s.span)
	if ownerCode != "" || owner >= 0 {
		x.roleRefs[ownerCode+"|"+strings.ToLower(title)] = person
		x.roleRefs[ownerCode+"|"+strings.ToLower(head)] = person
	}
}

// honorificOnly are titles of address that give no role: "Sir Keith".
// Read from data/honorific_only.tsv.
var honorificOnly = loadSet("honorific_only.tsv", "word")

// titleHeadOf returns the head of a title: "President" of "Vice
// President", "Minister" of "Deputy Foreign Minister".
func titleHeadOf(title string) string {
	f := strings.Fields(title)
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[i]), "-designate"), "-elect")
		if h := titleHeads[w]; h != "" {
			if h == "Secretary of State" {
				return "Secretary"
			}
			return h
		}
	}
	return ""
}

// hasPlaceRole reports whether person already holds a role in a place.
func (x *doc) hasPlaceRole(person int) bool {
	for _, r := range x.facts.Roles {
		if r.Person == person && x.facts.Entities[r.Org].Kind == graph.Place {
			return true
		}
	}
	return false
}

// sortedUnowned returns the unowned titles in the order of their people.
func (x *doc) sortedUnowned() []pendingRole {
	var out []pendingRole
	for _, p := range x.unowned {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].person < out[j].person })
	return out
}

// visitOwners gives the country of a visit to the people with a bare
// government title named after it: "visited Israel, where he was welcomed
// by Prime Minister X" → X of Israel.
func (x *doc) visitOwners(s *sentence, i int, target int) {
	e := x.facts.Entities[target]
	code := countryOf(place{code: x.codeOf(target), name: e.NameEn})
	c, ok := x.index["place:"+code]
	if code == "" || !ok {
		return
	}
	where := -1
	for j := i + 1; j < len(s.toks); j++ {
		if s.toks[j].lower == "where" {
			where = j
			break
		}
	}
	if where < 0 {
		return
	}
	for _, m := range s.ments {
		if m.ts > where && m.kind == graph.Person {
			if p, ok := x.unowned[m.ent]; ok {
				x.addRole(m.ent, c, p.title, s.span)
			}
		}
	}
}

// pendingRole is a role whose organization is known only if the article
// mentions it: "Secretary of State X" → United States.
type pendingRole struct {
	person int
	code   string
	title  string
	ev     spanT
}

// addRole records that person holds role at org, once per pair.
func (x *doc) addRole(person, org int, role string, ev spanT) {
	if person == org || person < 0 || org < 0 {
		return
	}
	if x.facts.Entities[org].Kind == graph.Place {
		delete(x.unowned, person)
	}
	k := [2]int{person, org}
	if x.roles[k] {
		return
	}
	x.roles[k] = true
	x.facts.Roles = append(x.facts.Roles, ingest.Role{Person: person, Org: org, Role: role, Evidence: ev})
}

// lowerRefs finds mentions without capitals: role-only references ("the
// Egyptian president"), organization anaphors ("the ministry"), groups
// ("the two leaders") and party words ("a Democrat").
func (x *doc) lowerRefs(s *sentence) {
	toks := s.toks
	for i := s.body; i < len(toks); i++ {
		t := toks[i]
		// "Vietnam's leader", "the Kremlin's spokesman".
		if t.kind == tPoss && i > s.body {
			if m := s.mentionAt(i - 1); m != nil && m.kind != graph.Person && m.te == i && (m.kind == graph.Organization || x.codeOf(m.ent) != "") {
				x.roleAnaphor(s, m, m.cs)
			}
		}
		if t.kind != tWord || t.inQuote {
			continue
		}
		if p, ok := parties[t.text]; ok && s.mentionAt(i) == nil {
			o := x.entity(graph.Organization, p, "", "", t.text, s.spanOf(i, i+1))
			s.addMention(i, i+1, i, o, graph.Organization, false)
			continue
		}
		// "Iraq's foreign minister": the country of a minister named later.
		if t.kind == tWord && t.lower == "minister" && i >= 2 {
			k := i - 1
			for k > s.body && orgModifiers[toks[k].lower] {
				k--
			}
			if toks[k].kind == tPoss {
				if m := s.mentionAt(k - 1); m != nil {
					if code := x.codeOf(m.ent); code != "" {
						x.ministryCountry, x.ministryAt = code, s.idx
					}
				}
			}
		}
		// "his Chilean counterpart", "their Peruvian guest".
		if (t.lower == "his" || t.lower == "her" || t.lower == "their") && i+1 < len(toks) {
			if m := s.mentionAt(i + 1); m != nil && m.kind == graph.Place && m.ts == i+1 && x.codeOf(m.ent) != "" {
				x.roleAnaphor(s, m, i)
			}
		}
		// "both leaders", "both sides": the last pair named together.
		if t.lower == "both" && i+1 < len(toks) && groupNouns[toks[i+1].lower] && s.mentionAt(i+1) == nil {
			if g := x.lastGroup(s); len(g) == 2 {
				for _, p := range g {
					s.addMention(i, i+2, i, p, graph.Person, false)
				}
			}
			continue
		}
		if t.lower != "the" || i+1 >= len(toks) {
			continue
		}
		// "the visiting Kenyan minister": the role after the adjective.
		if toks[i+1].lower == "visiting" && i+2 < len(toks) {
			if m := s.mentionAt(i + 2); m != nil && m.kind == graph.Place && m.ts == i+2 && x.codeOf(m.ent) != "" {
				x.roleAnaphor(s, m, i)
				continue
			}
		}
		// "the Egyptian president"
		if m := s.mentionAt(i + 1); m != nil && m.kind == graph.Place && m.ts == i+1 {
			code := x.codeOf(m.ent)
			for _, rt := range roleRefTitles {
				rw := strings.Fields(rt)
				n := len(rw)
				if !matchWords(toks, m.te, rw) {
					continue
				}
				if m.te+n < len(toks) && isNameWord(toks[m.te+n]) {
					break
				}
				if _, fits := x.roleHolder(m.ent, roleFits(rw)); fits > 1 {
					break // two people fit: leave it
				}
				if p, ok := x.roleRefs[code+"|"+rt]; ok {
					sp := s.spanOf(m.ts, m.te+n)
					x.personAlias(p, x.d.Text[sp.Start:sp.End], sp)
					s.addMention(m.ts, m.te+n, m.ts, p, graph.Person, true)
				}
				break
			}
			if s.mentionAt(m.te) == nil || s.mentionAt(m.te).kind != graph.Person {
				x.roleAnaphor(s, m, i)
			}
			continue
		}
		// "the Kremlin spokesman": the one person named as its spokesman.
		if m := s.mentionAt(i + 1); m != nil && m.kind == graph.Organization && m.ts == i+1 {
			x.roleAnaphor(s, m, i)
		}
		w := toks[i+1].lower
		// "the prime minister", "the foreign minister": the head word.
		if (w == "prime" || w == "foreign" || w == "defense" || w == "defence") && i+2 < len(toks) && toks[i+2].lower == "minister" {
			p, ok := x.titleRefs[w+" minister"] // the holder of that office
			if !ok {
				p, ok = x.titleRefs["minister"]
			}
			if ok && (i+3 >= len(toks) || !isNameWord(toks[i+3])) && s.mentionAt(i+2) == nil {
				s.addMention(i, i+3, i, p, graph.Person, true)
				continue
			}
		}
		if w == "top" && i+2 < len(toks) && toks[i+2].lower == "diplomat" && (i+3 >= len(toks) || !isNameWord(toks[i+3]) && toks[i+3].text != ",") {
			if p, ok := x.titleRefs["top diplomat"]; ok && s.mentionAt(i+2) == nil {
				s.addMention(i, i+3, i, p, graph.Person, true)
				continue
			}
		}
		// "the secretary", "the president", "The President": the last
		// person with that title.
		if p, ok := x.salientHolder(w); ok && (!isNameWord(toks[i+1]) || titleHeads[w] != "") && (i+2 >= len(toks) || !isNameWord(toks[i+2]) && toks[i+2].lower != "of") && s.mentionAt(i+1) == nil {
			s.addMention(i, i+2, i, p, graph.Person, true)
			continue
		}
		if head, ok := orgAnaphors[w]; ok && !isNameWord(toks[i+1]) && s.mentionAt(i+1) == nil {
			if o := x.lastOrgWith(head); o >= 0 {
				s.addMention(i+1, i+2, i+1, o, graph.Organization, false)
				// "the ministry spokesman"
				x.roleAnaphor(s, &mention{ts: i + 1, te: i + 2, cs: i + 1, ent: o, kind: graph.Organization}, i)
			}
			continue
		}
		// "the two leaders"
		if w == "two" && i+2 < len(toks) {
			// "the two leaders", "the two foreign ministers"
			k := i + 2
			for k < len(toks) && k < i+4 && roleModifiers[toks[k].lower] && !groupNouns[toks[k].lower] {
				k++
			}
			if k < len(toks) && groupNouns[toks[k].lower] {
				if g := x.lastGroup(s); len(g) == 2 {
					for _, p := range g {
						s.addMention(i+1, k+1, i+1, p, graph.Person, false)
					}
				}
			}
		}
	}
}

// salientHolder returns the person "the president" refers to: of the
// people named with that title, the one mentioned most so far (the
// article's subject, not a leader it names in passing), the last named
// on a tie.
func (x *doc) salientHolder(title string) (int, bool) {
	p, ok := x.titleRefs[title]
	if !ok {
		return -1, false
	}
	best := len(x.facts.Entities[p].Mentions)
	for _, q := range x.titleAll[title] {
		if n := len(x.facts.Entities[q].Mentions); n > best {
			p, best = q, n
		}
	}
	return p, true
}

// lastGroup returns the last pair of people named together before s.
func (x *doc) lastGroup(s *sentence) []int {
	for k := s.pos - 1; k >= 0; k-- {
		if len(x.sents[k].group) == 2 {
			return x.sents[k].group
		}
	}
	return nil
}

// groups records the pair of people joined by "and" in s: "Biden and Xi",
// "Rep. A, ..., and Rep. B".
func (x *doc) groups(s *sentence) {
	toks := s.toks
	// "A met B": the pair that "the two ministers" later names.
	for i := s.body + 1; i+1 < len(toks); i++ {
		if w := toks[i].lower; w != "met" && w != "hosted" && w != "received" && w != "welcomed" {
			continue
		}
		var a, b = -1, -1
		for _, m := range s.ments {
			if m.kind == graph.Person && m.te == i {
				a = m.ent
			}
			if m.kind == graph.Person && (m.cs == i+1 || m.ts == i+1) && b < 0 {
				b = m.ent
			}
		}
		if a >= 0 && b >= 0 && a != b {
			s.group = []int{a, b}
			break
		}
	}
	for k, m := range s.ments {
		if m.kind != graph.Person || m.cs < 1 {
			continue
		}
		cs := m.cs
		// "and US President X": the country before the title.
		if o := s.mentionAt(cs - 1); o != nil && o.kind == graph.Place && o.te == cs {
			cs = o.ts
		} else if cs >= 2 && toks[cs-1].kind == tPoss {
			if o := s.mentionAt(cs - 2); o != nil && o.kind == graph.Place {
				cs = o.ts // "and Egypt's President X"
			}
		}
		if cs < 1 || toks[cs-1].lower != "and" {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := s.ments[j]
			if p.kind == graph.Person && p.ent != m.ent && p.te <= m.cs {
				s.group = []int{p.ent, m.ent}
				break
			}
		}
	}
}

// prefixRoles finds roles written before a name: "Fox News host X",
// "Turkey's special envoy for water affairs, X", "Chinese Foreign Ministry
// spokesperson X", "his Ethiopian counterpart, X".
func (x *doc) prefixRoles(s *sentence) {
	toks := s.toks
	for _, m := range s.ments {
		if m.kind != graph.Person {
			continue
		}
		r := -1
		for j := m.cs - 1; j >= s.body && j >= m.cs-10; j-- {
			t := toks[j]
			if t.kind == tWord && !t.isCap() {
				if _, ok := roleNouns[t.lower]; ok && s.mentionAt(j) == nil {
					r = j
					break
				}
				if reportingVerbs[t.lower] || t.lower == "and" || t.lower == "with" || t.lower == "by" || t.lower == "said" {
					break
				}
				if _, ok := contactWords[t.lower]; ok {
					break
				}
			}
			if t.kind == tQuote || t.text == ";" || t.text == ":" {
				break
			}
			// Only "for ...," phrases may stand between a role and the
			// name: "special envoy for the Horn of Africa, X".
			if t.text == "," && j != m.cs-1 {
				break
			}
		}
		if r < 0 {
			continue
		}
		k := r - 1
		for k >= s.body && toks[k].kind == tWord && !toks[k].isCap() && roleModifiers[toks[k].lower] {
			k--
		}
		owner := -1
		if k >= s.body && toks[k].kind == tPoss {
			k--
		}
		if k >= s.body {
			if o := s.mentionAt(k); o != nil && o.kind != graph.Person && !strings.HasSuffix(toks[o.te-1].lower, "-based") {
				owner = o.ent
				// "U.S. Middle East envoy": the country before the region.
				if o.kind == graph.Place && x.codeOf(o.ent) == "" && o.ts > s.body {
					if c := s.mentionAt(o.ts - 1); c != nil && c.kind != graph.Person && (x.codeOf(c.ent) != "" || c.kind == graph.Organization) {
						owner = c.ent
					}
				}
			}
		}
		if owner < 0 {
			// "The head of the World Health Organization, Dr X".
			for j := r + 1; j < m.cs; j++ {
				if o := s.mentionAt(j); o != nil && o.kind != graph.Person {
					owner = o.ent
				}
			}
		}
		if owner < 0 && (strings.HasPrefix(toks[r].lower, "spokes") || k >= s.body && toks[k].lower == "its") {
			// "At the Pentagon, spokeswoman X": the organization of the
			// clause.
			for j := r - 1; j >= s.body; j-- {
				if o := s.mentionAt(j); o != nil && o.kind == graph.Organization {
					owner = o.ent
					break
				}
			}
		}
		if owner >= 0 {
			x.addRole(m.ent, owner, x.textOf(s, k+1, r+1), s.span)
		}
	}
}

// appositiveRoles finds roles written after a name: "X, spokesperson for
// the Egyptian Foreign Ministry", "X, an envoy of Sudan's Sovereignty
// Council", "X, the Republican vice chair of the House Foreign Affairs
// Committee", "X, a Democrat on the panel".
func (x *doc) appositiveRoles(s *sentence) {
	toks := s.toks
	for _, m := range s.ments {
		if m.kind == graph.Person && m.anchored && m.te+1 < len(toks) && toks[m.te].lower == "of" {
			// "President Abdel Fattah el-Sisi of Egypt"
			if o := s.mentionAt(m.te + 1); o != nil && o.kind != graph.Person {
				x.addRole(m.ent, o.ent, "", s.span)
			}
			continue
		}
		if m.kind != graph.Person || m.te >= len(toks) || toks[m.te].text != "," {
			continue
		}
		if m.te+1 < len(toks) {
			f := toks[m.te+1]
			ok := s.mentionAt(m.te+1) != nil
			switch f.lower {
			case "the", "a", "an", "his", "her", "their", "its":
				ok = true
			}
			if !ok && (roleNouns[f.lower] != "" || roleModifiers[f.lower]) && !f.isCap() {
				ok = true
			}
			if !ok {
				continue
			}
		}
		role, owner := "", -1
		var partyOrgs []int
		for j := m.te + 1; j < len(toks) && j <= m.te+14; j++ {
			t := toks[j]
			if t.text == "," || t.text == "." || t.text == ";" || t.kind == tQuote {
				break
			}
			if o := s.mentionAt(j); o != nil {
				if o.kind == graph.Person {
					break
				}
				if o.kind == graph.Place && owner >= 0 && o.ts > 0 && (toks[o.ts-1].lower == "in" || toks[o.ts-1].lower == "near") {
					j = o.te - 1
					continue // "an analyst at the institute in Riga": where
				}
				if o.ts > 0 && toks[o.ts-1].lower == "to" {
					j = o.te - 1
					continue // "a former ambassador to Kenya": not whose
				}
				if strings.HasSuffix(toks[o.te-1].lower, "-based") {
					j = o.te - 1
					continue // "a Lima-based analyst": where, not whose
				}
				if _, ok := parties[t.text]; ok && o.kind == graph.Organization {
					partyOrgs = append(partyOrgs, o.ent)
					continue
				}
				owner = o.ent
				j = o.te - 1
				continue
			}
			if t.kind == tWord && !t.isCap() {
				if reportingVerbs[t.lower] || t.lower == "who" || t.lower == "which" {
					break
				}
				if _, ok := contactWords[t.lower]; ok {
					break
				}
				if _, ok := roleNouns[t.lower]; ok && role == "" {
					role = t.lower
				}
			}
		}
		if role == "" && len(partyOrgs) == 0 {
			owner = -1
		}
		if role == "" {
			role = "member"
		}
		if owner >= 0 {
			x.addRole(m.ent, owner, role, s.span)
		}
		for _, p := range partyOrgs {
			x.addRole(m.ent, p, "member", s.span)
		}
	}
}

// roleAnaphors are the role words that, after "the" and a country's
// demonym or an organization, refer to the one person already named with
// that country or organization and a fitting role: "the Vietnamese
// leader", "the Chilean counterpart", "the Kremlin spokesman". Each maps
// to the words of which a fitting title holds one; an empty list fits any
// role ("guest", "visitor", "counterpart").
// Read from data/role_anaphors.tsv.
var roleAnaphors = loadRoleAnaphors("role_anaphors.tsv")

// roleAnaphor resolves the role words after mention m of a country or
// organization ("the Vietnamese leader", "the ministry spokesman") to the
// one person who holds a fitting role there; det is the determiner's
// token ("the", "his"). With two candidates, or a name after the role
// words ("the Chilean president, X" is left to the apposition), it
// resolves nothing.
func (x *doc) roleAnaphor(s *sentence, m *mention, det int) {
	toks := s.toks
	at := m.te
	if at < len(toks) && toks[at].kind == tPoss {
		at++ // "the ministry's spokesman", "Vietnam's leader"
	}
	for _, ra := range roleAnaphors {
		if !matchWords(toks, at, ra.words) {
			continue
		}
		end := at + len(ra.words)
		if end < len(toks) && (isNameWord(toks[end]) || toks[end].text == "," && end+1 < len(toks) && isNameWord(toks[end+1]) && s.mentionAt(end+1) != nil && s.mentionAt(end+1).kind == graph.Person) {
			return
		}
		if s.mentionAt(at) != nil {
			return
		}
		p, n := x.roleHolder(m.ent, ra.fits)
		if n != 1 {
			return
		}
		sp := s.spanOf(m.ts, end)
		x.personAlias(p, x.d.Text[sp.Start:sp.End], sp)
		s.addMention(m.ts, end, det, p, graph.Person, true)
		return
	}
}

// roleFits returns the title words that fit the role words rw.
func roleFits(rw []string) []string {
	for _, ra := range roleAnaphors {
		if strings.Join(ra.words, " ") == strings.Join(rw, " ") {
			return ra.fits
		}
	}
	return rw[len(rw)-1:]
}

// roleHolder returns the person with a role at org whose title holds one
// of fits (any title when fits is empty), and how many people fit.
// Deputies and vice presidents do not fit a bare title.
func (x *doc) roleHolder(org int, fits []string) (int, int) {
	found, n := -1, 0
	var seen []int
	for _, r := range x.facts.Roles {
		if r.Org != org || contains(seen, r.Person) {
			continue
		}
		t := strings.ToLower(r.Role)
		// "his Tanzanian counterpart, X": X holds the role of the one he
		// is the counterpart of, whatever it is.
		ok := len(fits) == 0 || t == "counterpart"
		for _, f := range fits {
			if strings.Contains(t, f) {
				ok = true
				break
			}
		}
		if len(fits) > 0 && (strings.Contains(t, "vice") || strings.Contains(t, "deputy") || strings.Contains(t, "former")) {
			ok = false
		}
		if len(fits) == 1 && fits[0] == "minister" && strings.Contains(t, "prime") {
			ok = false
		}
		if !ok {
			continue
		}
		seen = append(seen, r.Person)
		found = r.Person
		n++
	}
	return found, n
}
