package ar

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsgraph/graph"
)

// tryTitle reads a title chain at token i and the name it anchors:
//
//	[و]TITLE [modifiers] [nisba] [party] [باسم ORG | ORG | COUNTRY | domain] [لشؤون ...] [لدى ...]
//	  ( [و|،] TITLE ... )*  [،] NAME
//
// With no name after it, the chain may follow a name and a comma (an
// apposition: "سامر الخطيب، رئيس مكتب ..."), or stand for a person alone
// ("الرئيس الفرنسي"), which is resolved after the scan.
func (x *docState) tryTitle(si, i, b int) int {
	a := x.sentTok[si][0]
	if i > a && x.lx.facilities.hasTok(x.toks[i-1]) {
		return i
	}
	var chain []titleInfo
	j := i
	for {
		m, ok := x.lx.titles.at(x.toks, j, b, true)
		if !ok || x.consumed[j] {
			break
		}
		if j > i && m.prefix != "" && m.prefix != "و" {
			break
		}
		td := titles[m.id]
		info := titleInfo{class: td.class, role: td.role, country: -1, org: -1}
		if td.class == "counterpart" {
			if p := x.lastTitled(si, i); p >= 0 && len(x.ents[p].titles) > 0 {
				info.role = x.ents[p].titles[0].role
			}
		}
		k := x.titleComplements(si, j+m.n, b, &info, td)
		bare := m.n == 1 && !strings.HasPrefix(m.stem, "ال") && td.class != "counterpart"
		if bare && k == j+m.n {
			// "مساعد بن محمد": a title word without complement starts a
			// name unless another title follows.
			if _, ok := x.lx.titles.at(x.toks, k, b, false); !ok {
				break
			}
		}
		chain = append(chain, info)
		j = k
		// Another title: stacked, after و, or after a comma.
		if j < b && isComma(x.toks[j]) && j+1 < b {
			if m, ok := x.lx.titles.at(x.toks, j+1, b, true); ok && !titles[m.id].noName {
				j++
			}
		}
	}
	if len(chain) == 0 {
		return i
	}
	// Give titles without a country the chain's country.
	chainCountry := -1
	for _, c := range chain {
		if c.country >= 0 {
			chainCountry = c.country
			break
		}
	}
	for k := range chain {
		if chain[k].country < 0 && chain[k].org < 0 {
			chain[k].country = chainCountry
		}
	}
	nameAt := j
	if j < b && isComma(x.toks[j]) {
		nameAt = j + 1
	}
	end, words := x.parseName(nameAt, b)
	if len(words) > 0 && nameAt > j && len(words) < 2 {
		if _, known := x.nameForms[strings.Join(nameKeys(words), "")]; !known {
			words = nil
		}
	}
	if len(words) > 0 {
		p := x.person(words, x.surface(nameAt, end, 0))
		x.addMention(p, si, nameAt, end, mNamed, x.surface(nameAt, end, 0))
		ms := x.mentions[si]
		ms[len(ms)-1].s = i // the title belongs to the mention
		clitic := x.cliticLen(i, b)
		x.addAlias(p, x.surface(i, j, clitic))
		if nameAt == j {
			x.addAlias(p, x.surface(i, end, clitic))
		}
		x.giveTitles(p, chain, si)
		x.markConsumed(i, end)
		return end
	}
	// Apposition: NAME، TITLE.
	if i-1 > a && isComma(x.toks[i-1]) {
		if p := x.personEndingAt(si, i-1); p >= 0 {
			x.giveTitles(p, chain, si)
			x.addAlias(p, x.surface(i, j, x.cliticLen(i, b)))
			x.markConsumed(i, j)
			return j
		}
		if s := x.nameBefore(i-1, a); s >= 0 {
			_, words := x.parseName(s, i-1)
			if len(words) >= 2 {
				p := x.person(words, x.surface(s, i-1, 0))
				x.addMention(p, si, s, i-1, mNamed, x.surface(s, i-1, 0))
				x.giveTitles(p, chain, si)
				x.addAlias(p, x.surface(i, j, x.cliticLen(i, b)))
				x.markConsumed(i, j)
				return j
			}
		}
	}
	// Apposition without a comma, as agencies write it after a name
	// that only an honorific anchored: "الدكتور سامح عبد الرؤوف وزير
	// الخارجية". The title has no article, so it is not a new subject.
	if i > a && !x.definite(i) && x.toks[i-1].word {
		if p := x.personEndingAt(si, i); p >= 0 && x.onlyHonorific(p) {
			x.giveTitles(p, chain, si)
			x.addAlias(p, x.surface(i, j, x.cliticLen(i, b)))
			x.markConsumed(i, j)
			return j
		}
	}
	// A role alone; its words are read either way ("رئيس الوزراء" is no
	// group of ministers).
	x.markConsumed(i, j)
	c := chain[len(chain)-1]
	if !roleOnlyClasses[chain[0].class] && !roleOnlyClasses[c.class] && c.org < 0 {
		return j
	}
	if c.country < 0 && c.org < 0 && c.class != "counterpart" && !uniqueClasses[c.class] {
		return j
	}
	if c.country < 0 && c.org < 0 && j < b && x.toks[j].word && x.nameLike(j, b) {
		// "الرئيس التنفيذي …": an unknown word follows, perhaps a name we
		// could not read; do not guess who this is.
		return j
	}
	x.pending = append(x.pending, roleRef{class: chain[0].class, country: c.country, org: c.org, sent: si, s: i, e: j,
		surface: x.surface(i, j, x.cliticLen(i, b))})
	return j
}

// cliticLen is the number of proclitic letters on a title at token i.
func (x *docState) cliticLen(i, b int) int {
	if m, ok := x.lx.titles.at(x.toks, i, b, true); ok {
		return runeLen(m.prefix)
	}
	return 0
}

func (x *docState) markConsumed(s, e int) {
	for k := s; k < e; k++ {
		x.consumed[k] = true
	}
}

// titleComplements reads what follows a title word: modifiers, a
// nationality, a party, the body it is of, a domain, "لشؤون ..." and "لدى
// ...". It fills info and returns the next token.
func (x *docState) titleComplements(si, k, b int, info *titleInfo, td titleDef) int {
	domain := 0
	for k < b && x.toks[k].word && !x.consumed[k] {
		f := x.toks[k].fold
		if m, ok := x.lx.titles.at(x.toks, k, b, true); ok && !(td.org && domain == 0 && info.org < 0 && x.definite(k) && x.orgStarts(k, b)) {
			if td.org && domain == 0 && info.org < 0 && m.prefix == "" && x.definite(k) && principalClasses[titles[m.id].class] && td.class != titles[m.id].class {
				// "مستشار الرئيس", "مساعد الأمين العام": the office of the
				// one they serve, not a second title of their own.
				k += m.n
				domain++
				continue
			}
			return k // a stacked title
		}
		if x.lx.modifiers[f] {
			k++
			continue
		}
		if ci, pre, ok := x.lx.nisbaOf(f); ok && pre == "" {
			if info.country < 0 && info.org < 0 {
				info.country = ci
			}
			x.addMention(x.countryEntity(ci), si, k, k+1, mNisba, x.toks[k].raw)
			k++
			continue
		}
		if m, ok := x.lx.parties.at(x.toks, k, b, false); ok {
			pn := partyNames[m.id]
			ei := x.addEntity(graph.Organization, pn.key, x.toks[k].raw)
			x.ents[ei].nameEn, x.ents[ei].key = pn.en, pn.key
			x.addMention(ei, si, k, k+m.n, mNamed, x.surface(k, k+m.n, 0))
			x.pendingParty = append(x.pendingParty, ei)
			k += m.n
			continue
		}
		if f == "باسم" && k+1 < b {
			if end, ei := x.tryOrg(si, k+1, b); end > k+1 {
				info.org = ei
				k = end
				continue
			}
			if m, ok := x.countryAt(k+1, b, false); ok {
				info.country = m.id
				x.addMention(x.countryEntity(m.id), si, k+1, k+1+m.n, mNamed, x.surface(k+1, k+1+m.n, 0))
				k += 1 + m.n
				continue
			}
			if e, ei := x.bodyWords(si, k+1, b); e > k+1 {
				info.org, k = ei, e
				continue
			}
			k++
			continue
		}
		if (f == "شوون" || f == "شيون") && domain == 0 && td.org && k+1 < b && x.definite(k+1) {
			// "وزير شؤون الديوان الأميري": the affairs of a body are the
			// portfolio.
			domain++
			k++
			continue
		}
		if f == "لشوون" || f == "للشوون" {
			k++
			for n := 0; n < 3 && k < b && x.toks[k].word; n++ {
				g := x.toks[k].fold
				if m, ok := x.countryAt(k, b, false); ok {
					x.addMention(x.countryEntity(m.id), si, k, k+m.n, mNamed, x.surface(k, k+m.n, 0))
					k += m.n
					break
				}
				if !isDefinite(g) && !(strings.HasPrefix(g, "وال") && runeLen(g) > 4) {
					break
				}
				if _, _, ok := x.lx.nisbaOf(g); ok {
					break
				}
				k++
			}
			continue
		}
		if strings.HasPrefix(f, "ب") && td.class == "ambassador" {
			// "السفير الأمريكي بالقاهرة"
			if m, ok := x.lx.cities.at(x.toks, k, b, true); ok && m.prefix == "ب" {
				x.addMention(x.cityEntity(m.id), si, k, k+m.n, mNamed, x.surfaceM(k, k+m.n, m))
				k += m.n
				continue
			}
		}
		if (f == "لدي" || f == "في") && k+2 < b && x.lx.constructNouns[x.toks[k+1].fold] {
			// "سفير روسيا لدى دولة فلسطين"
			if m, ok := x.countryAt(k+2, b, false); ok {
				x.addMention(x.countryEntity(m.id), si, k+1, k+2+m.n, mNamed, x.surface(k+1, k+2+m.n, 0))
				k += 2 + m.n
				continue
			}
		}
		if (f == "لدي" || f == "في") && k+1 < b {
			// "السفيرة الأمريكية لدى لبنان", "السفير الروسي في بغداد"
			if m, ok := x.countryAt(k+1, b, false); ok {
				x.addMention(x.countryEntity(m.id), si, k+1, k+1+m.n, mNamed, x.surface(k+1, k+1+m.n, 0))
				k += 1 + m.n
				continue
			}
			if m, ok := x.lx.cities.at(x.toks, k+1, b, false); ok {
				x.addMention(x.cityEntity(m.id), si, k+1, k+1+m.n, mNamed, x.surface(k+1, k+1+m.n, 0))
				k += 1 + m.n
				continue
			}
			// "منسق الشؤون الإنسانية في الأمم المتحدة", "وزير الإعلام في
			// حكومة تصريف الأعمال": the body served
			if info.org < 0 {
				if end, ei := x.tryOrg(si, k+1, b); end > k+1 && ei >= 0 && x.ents[ei].kind == graph.Organization {
					info.org = ei
					k = end
					continue
				}
			}
			break
		}
		if !td.org {
			break
		}
		if en, ok := domainRoles["ال"+f]; ok && domainFirst[td.class] && domain == 0 && info.org < 0 && k+1 < b {
			// "وزير خارجية المغرب", "وزير خارجية مملكة هولندا": the
			// portfolio in construct with the country.
			c := k + 1
			if x.lx.constructNouns[x.toks[c].fold] && c+1 < b {
				c++
			}
			if m, ok := x.countryAt(c, b, false); ok {
				info.role = en + " " + info.role
				info.country = m.id
				x.addMention(x.countryEntity(m.id), si, k+1, c+m.n, mNamed, x.surface(k+1, c+m.n, 0))
				domain++
				k = c + m.n
				for k < b && x.lx.countryAdjectives[x.toks[k].fold] {
					k++
				}
				continue
			}
		}
		if domainFirst[td.class] && x.definite(k) && !strings.HasPrefix(f, "لل") && (!x.lx.stop[f] || x.bareHead(k, b)) {
			if _, ok := x.lx.orgs.at(x.toks, k, b, false); !ok || domain > 0 {
				if en, ok := domainRoles[f]; ok && domain == 0 {
					info.role = en + " " + info.role // "وزير الخارجية": foreign minister
				}
				domain++
				k++
				continue
			}
		}
		if domain > 0 && strings.HasPrefix(f, "وال") {
			k++
			continue
		}
		if domain > 0 && x.lx.domainJoins[f] {
			// "وزير الخارجية وشؤون المغتربين", "وزير الخارجية والهجرة
			// وشؤون المصريين بالخارج": one ministry of several domains.
			k++
			for n := 0; n < 3 && k < b && x.toks[k].word && isDefinite(strings.TrimPrefix(x.toks[k].fold, "ب")); n++ {
				if _, _, ok := x.lx.nisbaOf(x.toks[k].fold); ok {
					break
				}
				k++
			}
			continue
		}
		if info.org < 0 && domain == 0 && x.lx.constructNouns[f] && k+1 < b {
			// "أمير دولة قطر", "رئيس جمهورية مصر العربية"
			if m, ok := x.countryAt(k+1, b, false); ok {
				info.country = m.id
				x.addMention(x.countryEntity(m.id), si, k, k+1+m.n, mNamed, x.surface(k, k+1+m.n, 0))
				k += 1 + m.n
				// "جمهورية روسيا الاتحادية", "جمهورية ألمانيا الفيدرالية"
				for k < b && x.lx.countryAdjectives[x.toks[k].fold] {
					k++
				}
				continue
			}
		}
		if info.org < 0 && domain == 0 {
			if m, ok := x.countryAt(k, b, true); ok {
				info.country = m.id
				x.addMention(x.countryEntity(m.id), si, k, k+m.n, mNamed, x.surface(k, k+m.n, runeLen(m.prefix)))
				k += m.n
				continue
			}
		}
		if info.org < 0 && x.definite(k) && x.lx.openHead.hasTok(x.toks[k]) {
			// "أمين سر اللجنة التنفيذية لمنظمة التحرير": a committee
			// named only by what it belongs to; the title is of that body.
			j := k + 1
			for j < b && x.lx.generic[x.toks[j].fold] {
				j++
			}
			if j > k+1 && j < b && strings.HasPrefix(x.toks[j].fold, "ل") {
				if end, ei := x.tryOrg(si, j, b); end > j && ei >= 0 && x.ents[ei].kind == graph.Organization {
					info.org, k = ei, end
					continue
				}
			}
		}
		if info.org < 0 {
			if end, ei := x.tryOrg(si, k, b); end > k && ei >= 0 && x.ents[ei].kind == graph.Organization {
				info.org = ei
				k = end
				continue
			}
			if td.class == "spokesperson" {
				if e, ei := x.bodyWords(si, k, b); e > k {
					info.org, k = ei, e
					continue
				}
			}
		}
		break
	}
	return k
}

// orgStarts reports whether an organization's name begins at token k.
func (x *docState) orgStarts(k, b int) bool {
	if _, ok := x.lx.orgs.at(x.toks, k, b, true); ok {
		return true
	}
	_, ok := x.lx.orgHeads.at(x.toks, k, b, true)
	return ok
}

// lastTitled returns the latest person of sentence si, before token i, who
// has a title.
func (x *docState) lastTitled(si, i int) int {
	ms := x.mentions[si]
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].s < i && x.ents[ms[k].ent].kind == graph.Person && len(x.ents[ms[k].ent].titles) > 0 {
			return ms[k].ent
		}
	}
	return -1
}

// personEndingAt returns the person whose mention in sentence si ends just
// before token e.
func (x *docState) personEndingAt(si, e int) int {
	for _, m := range x.mentions[si] {
		if m.e == e && x.ents[m.ent].kind == graph.Person {
			return m.ent
		}
	}
	return -1
}

// nameBefore returns the first token of a run of up to four unknown words
// ending just before token e, or -1.
func (x *docState) nameBefore(e, a int) int {
	s := e
	for s > a && e-s < 4 {
		t := x.toks[s-1]
		if !t.word || x.consumed[s-1] || x.lx.stop.hasTok(t) || x.isKnownWord(s-1, e) {
			break
		}
		if _, _, ok := x.lx.nisbaOf(t.fold); ok {
			break
		}
		if x.definite(s-1) && s != e && !(x.lx.compound[t.fold] && s-2 > a && x.toks[s-2].word && !x.definite(s-2)) {
			break
		}
		s--
	}
	if s == e {
		return -1
	}
	return s
}

// giveTitles records a person's titles and the affiliations they imply:
// each title links to its body, or else to its country.
func (x *docState) giveTitles(p int, chain []titleInfo, si int) {
	en := x.ents[p]
	for _, c := range chain {
		en.titles = append(en.titles, c)
		if c.class == "honorific" && len(chain) > 1 {
			continue // "سعادة سفير البرتغال": the role is the ambassador's
		}
		target := c.org
		if target < 0 && c.country >= 0 {
			target = x.countryEntity(c.country)
		}
		if target >= 0 && c.role != "" {
			x.roles = append(x.roles, roleFact{person: p, org: target, role: c.role, sent: si})
		} else if target < 0 && inferable[c.class] {
			x.untargeted = append(x.untargeted, roleFact{person: p, org: -1, role: c.role, sent: si})
		}
	}
	for _, party := range x.pendingParty {
		x.roles = append(x.roles, roleFact{person: p, org: party, role: "member", sent: si})
	}
	x.pendingParty = x.pendingParty[:0]
}

// parseName reads a personal name of one to four words at token j:
// given names, particles (بن، عبد، آل، أبو), and at most one closing word
// with the article ("السيسي", "الثاني"). It stops at punctuation,
// particles of speech, verbs, titles, places and nationality adjectives.
func (x *docState) parseName(j, b int) (int, []string) {
	var words []string
	real := 0
	k := j
	prevParticle := false
	// A particle always takes the word after it, so a Gulf name runs on
	// to its house: "سعود بن عبد الرحمن بن حسن آل ثاني".
	for k < b && (real < 4 || prevParticle || x.lx.particles[x.toks[k].fold]) && k < j+12 {
		t := x.toks[k]
		if !t.word || t.latin || x.consumed[k] {
			break
		}
		f := t.fold
		if len(words) > 0 && words[len(words)-1] == "ال" && real > 0 {
			// "آل الشيخ", "آل ثاني": the house's name, whatever the word,
			// closes the name.
			words = append(words, f)
			real++
			k++
			break
		}
		if x.lx.particles[f] {
			if real == 0 && f != "عبد" && f != "ابو" {
				break
			}
			words = append(words, f)
			prevParticle = true
			k++
			continue
		}
		if strings.HasPrefix(f, "و") && !prevParticle {
			// "بوتين ودونالد ترامب", "ومشاركة أردوغان": a conjunction; but
			// "ستيف ويتكوف" ends with a name in و.
			if strings.HasSuffix(f, "ه") || isDefinite(f[len("و"):]) {
				break
			}
			if real > 0 && (k+1 < b && x.nameLike(k+1, b) || x.lx.titleWord.hasTok(t) || x.lx.stop.hasTok(t)) {
				break
			}
		}
		if (strings.HasPrefix(f, "ب") || strings.HasPrefix(f, "ل")) && runeLen(f) >= 4 && x.lx.stop[f[len("ب"):]] {
			break // "بزيارة", "لبحث"
		}
		if real != 1 && (strings.HasPrefix(f, "ب") || strings.HasPrefix(f, "ل")) && runeLen(f) >= 5 && strings.HasSuffix(f, "ه") {
			// (not the second word: "غوتشا بواتشيدزه")
			// "وقال الشيخ بتغريدة", "بمناسبة": a preposition on a
			// feminine noun, not the first word of a name.
			break
		}
		if clitic, _ := utf8.DecodeRuneInString(f); strings.HasPrefix(f, "لل") ||
			strings.ContainsRune("لبوفك", clitic) && isDefinite(f[utf8.RuneLen(clitic):]) {
			break // "للصحفيين", "بالرئيس", "والعاهل"
		}
		if x.lx.stop[f] && k == j && x.dayPartName(k, b) {
			// "الشيخ صباح الخالد": a given name that is also a part of
			// the day, right after a title and before a name.
			words = append(words, f)
			real++
			k++
			continue
		}
		if x.lx.stop[f] || x.lx.group.hasTok(t) || x.lx.nouns[f] || x.lx.stop[trimPronoun(f)] || x.lx.stop[dropPronoun(f)] || isPrepAla(t.raw) {
			break
		}
		if hasTanween(t.raw) || (strings.HasSuffix(f, "ا") && runeLen(f) >= 4 && x.lx.stop[strings.TrimSuffix(f, "ا")]) {
			// "وفداً", "مسؤولا": tanween marks an indefinite common noun,
			// which a name in the news does not carry.
			break
		}
		if _, ok := x.lx.comps.at(x.toks, k, b, false); ok {
			break
		}
		if _, ok := x.lx.titles.at(x.toks, k, b, false); ok && real == 1 && !prevParticle && x.definite(k) && len(words) == 1 &&
			(k+1 >= b || !x.toks[k+1].word) {
			// "حسين الشيخ،": a family name that is also a title, closing
			// the name before punctuation.
			words = append(words, f)
			real++
			k++
			break
		}
		if m, ok := x.lx.titles.at(x.toks, k, b, false); ok {
			// A title word may be a given name ("حسين أمير عبداللهيان",
			// "مساعد بن محمد"), but not after a full name, nor before the
			// article ("رئيس الدولة") or another title.
			if m.n > 1 || x.definite(k) || real >= 2 || k+1 >= b || !x.nameLike(k+1, b) ||
				(real > 0 && x.definite(k+1)) || x.isKnownWord(k+1, b) {
				break
			}
		}
		if _, _, ok := x.lx.nisbaOf(f); ok {
			if real >= 2 && strings.HasPrefix(f, "ال") {
				// "محمد شياع السوداني": a family name shaped like a
				// nationality.
				words = append(words, f)
				real++
				k++
			}
			break
		}
		if x.placeOrOrgAt(k, b) {
			// "جورجيا ميلوني": a given name that is also a place, when
			// a name follows.
			if real > 0 || k+1 >= b || x.definite(k) || !x.nameLike(k+1, b) || x.definite(k+1) {
				break
			}
		}
		if x.definite(k) {
			if real == 0 && !prevParticle {
				break
			}
			if real == 1 && !prevParticle && x.lx.compound[f] && len(words) == 1 {
				// "نور الدين حمّادي", "سيف الإسلام": one given name of two
				// words; the family name follows.
				words = append(words, f)
				k++
				continue
			}
			words = append(words, f)
			real++
			k++
			// "مشعل الأحمد الجابر الصباح": a chain of family names, when it
			// ends where the name plainly ends.
			if n := x.familyChain(k, b, 4-real); n > 0 {
				for e := k; e < k+n; e++ {
					words = append(words, x.toks[e].fold)
				}
				real += n
				k += n
				break
			}
			if prevParticle && !x.lx.regnal[f] {
				// "عبد المجيد تبون", "عبد الفتاح السيسي": a compound given
				// name goes on
				prevParticle = false
				continue
			}
			break
		}
		if real >= 2 && (verbLike(f) || pastFeminine(f)) {
			break
		}
		if real >= 1 && (strings.HasPrefix(f, "سي") || strings.HasPrefix(f, "ست")) && x.futureOf(f) {
			break // "لي سيشارك", "ماو ستزور"
		}
		words = append(words, f)
		real++
		prevParticle = false
		k++
		if len(words) >= 2 && words[len(words)-2] == "ال" {
			// "آل ثاني", "آل نهيان": the house's name closes the name.
			break
		}
	}
	// No trailing particles.
	for len(words) > 0 && x.lx.particles[words[len(words)-1]] {
		words = words[:len(words)-1]
		k--
	}
	if real == 0 || len(words) == 0 {
		return j, nil
	}
	return k, words
}

// futureOf reports whether f is the future (سـ) of a verb the rules know:
// a contact, reporting or joining verb.
func (x *docState) futureOf(f string) bool {
	v := strings.TrimPrefix(f, "س")
	return x.lx.stop[v] || x.lx.join[v] || x.lx.verbs.hasWord(v)
}

// nameLike reports whether token k could be part of a name.
func (x *docState) nameLike(k, b int) bool {
	t := x.toks[k]
	if !t.word || t.latin || x.lx.stop.hasTok(t) || x.lx.group.hasTok(t) {
		return false
	}
	if _, _, ok := x.lx.nisbaOf(t.fold); ok {
		return false
	}
	if _, ok := x.lx.titles.at(x.toks, k, b, true); ok && strings.HasPrefix(t.fold, "ال") {
		return false
	}
	return !x.placeOrOrgAt(k, b)
}

// placeOrOrgAt reports whether a place or a listed organization starts at k.
func (x *docState) placeOrOrgAt(k, b int) bool {
	if _, ok := x.countryAt(k, b, true); ok {
		return true
	}
	if _, ok := x.lx.cities.at(x.toks, k, b, true); ok {
		return true
	}
	return x.orgStarts(k, b)
}

// principalClasses are the offices that a title may serve: "مستشار
// الرئيس", "مساعد الأمين العام", "سكرتير الملك".
var principalClasses = map[string]bool{"president": true, "king": true, "crownprince": true, "secgen": true, "emir": true, "pm": true}

// pastFeminine reports whether a folded word looks like a perfect verb of
// the feminine with the prefix ت: "تضمنت", "تناولت", "تلقت". Asked only
// after two words of a name.
func pastFeminine(f string) bool {
	return strings.HasPrefix(f, "ت") && strings.HasSuffix(f, "ت") && runeLen(f) >= 5
}

// verbLike reports whether a folded word looks like an imperfect or future
// verb: يـ with four letters or more, or سيـ/ستـ with five. It is only
// asked after two words of a name, since names begin with يـ too.
func verbLike(f string) bool {
	n := runeLen(f)
	switch {
	case (strings.HasPrefix(f, "سي") || strings.HasPrefix(f, "ست")) && n >= 5:
		return true
	case strings.HasPrefix(f, "ي") && n >= 4:
		return true
	}
	return false
}

// person returns the person named by words, merging with a person already
// known by a longer or shorter form of the same name.
func (x *docState) person(words []string, surface string) int {
	words = nameKeys(words)
	key := strings.Join(words, "")
	if ei, ok := x.index["per:"+key]; ok {
		return ei
	}
	for ei, en := range x.ents {
		if en.kind != graph.Person {
			continue
		}
		if wordAffix(words, en.words) {
			x.index["per:"+key] = ei
			return ei
		}
		if wordAffix(en.words, words) {
			en.words = words
			en.name = surface
			x.index["per:"+key] = ei
			return ei
		}
	}
	ei := x.addEntity(graph.Person, "per:"+key, surface)
	x.ents[ei].words = words
	return ei
}

// wordAffix reports whether the name short is a prefix or suffix of long at
// word boundaries, comparing without spaces ("أمير عبد اللهيان" is a
// suffix of "حسين أمير عبداللهيان").
func wordAffix(short, long []string) bool {
	s := strings.Join(short, "")
	l := strings.Join(long, "")
	if len(s) >= len(l) || s == "" {
		return false
	}
	cum := 0
	bounds := map[int]int{0: 0} // byte offset -> index of the word starting there
	for i, w := range long {
		cum += len(w)
		bounds[cum] = i + 1
	}
	if w, ok := bounds[len(s)]; ok && strings.HasPrefix(l, s) && w > 0 {
		return true
	}
	w, ok := bounds[len(l)-len(s)]
	if !ok || !strings.HasSuffix(l, s) {
		return false
	}
	// "سلمان" is not "محمد بن سلمان": a name after بن is the father's.
	return w == 0 || (long[w-1] != "بن" && long[w-1] != "بنت" && long[w-1] != "ابن")
}

// registerNameForms lists the forms under which people may be mentioned
// again: the full name, the surname, and the last two words of a long
// name. A form shared by two people is dropped.
func (x *docState) registerNameForms() {
	shared := map[string]bool{}
	add := func(form string, ei int) {
		if form == "" || runeLen(form) < 3 {
			return
		}
		if prev, ok := x.nameForms[form]; ok && prev != ei {
			shared[form] = true
			return
		}
		x.nameForms[form] = ei
	}
	for ei, en := range x.ents {
		if en.kind != graph.Person {
			continue
		}
		w := nameKeys(en.words)
		add(strings.Join(w, ""), ei)
		last := w[len(w)-1]
		if len(w) >= 2 {
			if x.lx.particles[w[len(w)-2]] {
				if len(w) >= 3 {
					// "آل ثاني", "عبد العاطي", "بن سلمان"
					add(w[len(w)-2]+last, ei)
				}
			} else if !x.lx.stop.has(last) && !x.lx.regnal[last] && !x.lx.titleWord[last] && !x.lx.compound[last] {
				if _, _, ok := x.lx.nisbaOf(last); !ok {
					add(last, ei)
				}
			}
		}
		if len(w) >= 3 && !x.lx.particles[w[len(w)-2]] && !x.lx.particles[w[len(w)-3]] {
			add(w[len(w)-2]+last, ei)
		}
		if first := w[0]; len(w) >= 2 && len(w) <= 3 && runeLen(first) <= 3 && !isDefinite(last) && !x.lx.particles[first] &&
			!x.lx.stop.has(first) && !x.lx.titleWord[first] {
			// Chinese and Korean names put the family name first: "شي جين
			// بينغ" is "شي" on second mention, "لي تشيانغ" "لي".
			if prev, ok := x.nameForms[first]; ok && prev != ei {
				shared[first] = true
			} else {
				x.nameForms[first] = ei
			}
		}
	}
	for f := range shared {
		delete(x.nameForms, f)
	}
}

// scanNames finds later mentions of known names in sentence si: surnames,
// full names with clitics, acronyms.
func (x *docState) scanNames(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	for i := a; i < b; i++ {
		if x.consumed[i] || !x.toks[i].word {
			continue
		}
		if p := x.honorificRef(i); p >= 0 {
			x.addMention(p, si, i, i+1, mRole, "")
			continue
		}
		for n := 4; n >= 1; n-- {
			if i+n > b {
				continue
			}
			ok := true
			var rest strings.Builder
			for k := i + 1; k < i+n; k++ {
				if x.consumed[k] || !x.toks[k].word {
					ok = false
					break
				}
				rest.WriteString(x.toks[k].fold)
			}
			if !ok {
				continue
			}
			found := -1
			clitic := 0
			for _, v := range x.toks[i].vars {
				if ei, ok := x.nameForms[nameKey(v.stem+rest.String())]; ok {
					found, clitic = ei, runeLen(v.prefix)
					break
				}
			}
			if found >= 0 {
				x.addMention(found, si, i, i+n, mNamed, x.surface(i, i+n, clitic))
				i += n - 1
				break
			}
		}
	}
	sort.SliceStable(x.mentions[si], func(p, q int) bool { return x.mentions[si][p].s < x.mentions[si][q].s })
}

// resolveRoles turns role-only references into mentions of the person
// they stand for: the same class and country (or body), else the one
// person of that class whose country was not said, else for guests,
// officials and counterparts the latest person of that country.
func (x *docState) resolveRoles() {
	for _, r := range x.pending {
		tok := r.s
		best, bestTok := -1, -1
		consider := func(match func(en *ent) bool) {
			for ei, en := range x.ents {
				if en.kind != graph.Person || !match(en) {
					continue
				}
				last := x.lastMentionBefore(ei, tok)
				if best < 0 || (last > bestTok) {
					best, bestTok = ei, last
				}
			}
		}
		general := r.class == "guest" || r.class == "official" || r.class == "counterpart"
		if r.org >= 0 {
			// "مدير مكتب الرئيس" for the head of that office named before.
			consider(func(en *ent) bool {
				for _, t := range en.titles {
					if t.org == r.org {
						return true
					}
				}
				return false
			})
		}
		if best < 0 && !general {
			consider(func(en *ent) bool {
				for _, t := range en.titles {
					// a counterpart holds the same office: "نظيره المغربي"
					// is Morocco's minister
					if (t.class == r.class || t.class == "counterpart") && ((r.country >= 0 && t.country == r.country) || (r.org >= 0 && t.org == r.org)) {
						return true
					}
				}
				return false
			})
		}
		if best < 0 && !general && r.country >= 0 {
			n := 0
			consider(func(en *ent) bool {
				for _, t := range en.titles {
					if t.class == r.class && t.country < 0 && t.org < 0 && !x.hasCountry(en) {
						n++
						return true
					}
				}
				return false
			})
			if n != 1 {
				best = -1
			}
			if best >= 0 {
				x.ents[best].titles = append(x.ents[best].titles, titleInfo{class: r.class, role: r.class, country: r.country, org: -1})
				x.roles = append(x.roles, roleFact{person: best, org: x.countryEntity(r.country), role: r.class, sent: r.sent})
			}
		}
		if best < 0 && r.country < 0 && r.org < 0 && uniqueClasses[r.class] {
			// "المتحدث الرسمي", "الرئيس": the one person of that class.
			n := 0
			consider(func(en *ent) bool {
				for _, t := range en.titles {
					if t.class == r.class {
						n++
						return true
					}
				}
				return false
			})
			if n != 1 {
				best = -1
			}
		}
		if best < 0 && r.country >= 0 && (general || r.class == "envoy" || r.class == "minister") {
			consider(func(en *ent) bool {
				for _, t := range en.titles {
					if t.country == r.country {
						return true
					}
				}
				return false
			})
			if bestTok < 0 {
				best = -1
			}
		}
		if best < 0 {
			continue
		}
		x.addMention(best, r.sent, r.s, r.e, mRole, r.surface)
		sort.SliceStable(x.mentions[r.sent], func(p, q int) bool { return x.mentions[r.sent][p].s < x.mentions[r.sent][q].s })
	}
}

// hasCountry reports whether any title of a person names a country.
func (x *docState) hasCountry(en *ent) bool {
	for _, t := range en.titles {
		if t.country >= 0 {
			return true
		}
	}
	return false
}

// lastMentionBefore returns the last token of entity ei's latest mention
// that starts before token tok, or -1.
func (x *docState) lastMentionBefore(ei, tok int) int {
	best := -1
	for si := range x.mentions {
		for _, m := range x.mentions[si] {
			if m.ent == ei && m.s < tok && m.e > best {
				best = m.e
			}
		}
	}
	return best
}

// trimPronoun removes an attached pronoun from a folded word ("زيارته" →
// "زيارت"), and turns the ta marbuta it attached to back into ه: the result
// is compared with the stop list ("زيارة" folds to "زياره").
func trimPronoun(f string) string {
	stem := dropPronoun(f)
	if stem != f && strings.HasSuffix(stem, "ت") {
		stem = strings.TrimSuffix(stem, "ت") + "ه"
	}
	return stem
}

// dropPronoun removes an attached pronoun from a folded word as it is:
// "تحياته" → "تحيات".
func dropPronoun(f string) string {
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		if strings.HasSuffix(f, suf) && runeLen(f) > runeLen(suf)+2 {
			return strings.TrimSuffix(f, suf)
		}
	}
	return f
}

// familyChain returns how many definite name-like words follow token k (at
// most max) when the word after them ends the name: punctuation, a
// particle of speech, a verb.
func (x *docState) familyChain(k, b, max int) int {
	n := 0
	for k+n < b && n < max {
		t := x.toks[k+n]
		if !t.word || !x.definite(k+n) || x.lx.nouns[t.fold] || !x.nameLike(k+n, b) {
			break
		}
		n++
	}
	if n == 0 {
		return 0
	}
	e := k + n
	if e >= b || !x.toks[e].word || x.lx.stop[x.toks[e].fold] || verbLike(x.toks[e].fold) || x.nextInList(e, b) {
		return n
	}
	return 0
}

// nextInList reports whether token e opens the next item of a list of
// people with a title: "علي الجراح الصباح ومعالي …", "… وسفير …".
func (x *docState) nextInList(e, b int) bool {
	f := x.toks[e].fold
	if !strings.HasPrefix(f, "و") {
		return false
	}
	m, ok := x.lx.titles.at(x.toks, e, b, true)
	return ok && m.prefix == "و"
}

// isPrepAla reports whether a word is the preposition على, which folds to
// the name علي: only the alef maqsura tells them apart.
func isPrepAla(raw string) bool {
	return strings.HasSuffix(raw, "ى") && graph.Fold(raw) == "علي"
}

// inferCountries gives a country to titled people whose country was not
// said: the presidency of the same sentence for a president, else the
// dateline's country when the sentence names no other.
func (x *docState) inferCountries() {
	has := map[int]bool{}
	for _, r := range x.roles {
		has[r.person] = true
	}
	for _, u := range x.untargeted {
		if has[u.person] {
			continue
		}
		country := -1
		others := false
		for _, m := range x.mentions[u.sent] {
			en := x.ents[m.ent]
			if en.kind == graph.Organization && en.country >= 0 && strings.TrimPrefix(en.head, "ال") == "رياسه" && u.role == "president" {
				country = en.country
			}
			if en.kind == graph.Place && en.key != "" && en.country != x.datelineCountry && !x.insidePerson(u.sent, m.s) && m.kind != mNisba {
				// a nationality adjective describes someone else's title
				others = true
			}
		}
		if country < 0 && u.role != "president" {
			// "وزير الخارجية X" beside "وزارة الخارجية الجزائرية" of the
			// same or the sentence before: the minister of that country.
			country = x.executiveCountry(u)
		}
		if country < 0 && !others && x.datelineCountry >= 0 && u.role != "president" {
			country = x.datelineCountry
		}
		if country < 0 && x.datelineCountry < 0 && u.role != "president" {
			// No dateline: the country the article is about, when the
			// sentence names no other.
			if d := x.dominantCountry(); d >= 0 && !x.namesOtherCountry(u.sent, d) {
				country = d
			}
		}
		if country < 0 {
			continue
		}
		x.roles = append(x.roles, roleFact{person: u.person, org: x.countryEntity(country), role: u.role, sent: u.sent})
		has[u.person] = true
	}
}

// findDateline records the country of the city that opens the first line of
// the body ("بغداد - ").
func (x *docState) findDateline() {
	x.datelineCountry = -1
	for si := range x.sentTok {
		if x.skip[si] || x.headline[si] {
			continue
		}
		a, b := x.sentTok[si][0], x.sentTok[si][1]
		for _, m := range x.mentions[si] {
			if m.s != a || m.e >= b || x.ents[m.ent].kind != graph.Place {
				continue
			}
			if d := x.toks[m.e].raw; d == "-" || d == "–" || d == "—" || d == "(" {
				x.datelineCountry = x.ents[m.ent].country
			}
		}
		return
	}
}

// foreignLetters are the spellings of one foreign sound that a name may be
// written with: g as غ or ج (هيغسيث, هيجسيث), v as ڤ or ف, p as پ or ب.
var foreignLetters = strings.NewReplacer("غ", "ج", "گ", "ج", "ڤ", "ف", "پ", "ب")

// nameKey is the form under which names are compared: folded, and with the
// foreign letters unified.
func nameKey(f string) string { return foreignLetters.Replace(f) }

func nameKeys(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = nameKey(w)
	}
	return out
}

// honorificRef resolves "سموه", "فخامته" at token i to the person last
// mentioned with that honorific, or returns -1.
func (x *docState) honorificRef(i int) int {
	var want []string
	for _, v := range x.toks[i].vars {
		if v.prefix == "" || v.prefix == "و" {
			if w, ok := x.lx.honorifics[v.stem]; ok {
				want = w
			}
		}
	}
	if want == nil {
		return -1
	}
	best, bestTok := -1, -1
	for ei, en := range x.ents {
		if en.kind != graph.Person {
			continue
		}
		for _, t := range en.titles {
			if t.class == "honorific" && containsStr(want, graph.Fold(t.role)) {
				if last := x.lastMentionBefore(ei, i); last > bestTok {
					best, bestTok = ei, last
				}
			}
		}
	}
	return best
}

// definite reports whether token k carries the article ال (or لل), told
// apart from names that begin with أل ("ألينا").
func (x *docState) definite(k int) bool {
	t := x.toks[k]
	return t.word && !t.hamza && isDefinite(t.fold)
}

// bodyWords reads a body named only by definite words after "باسم"
// ("المتحدث باسم الخارجية", "باسم الجيش") and returns its end and entity.
func (x *docState) bodyWords(si, k, b int) (int, int) {
	e := k
	for e < b && e < k+3 && x.definite(e) {
		if _, title := x.lx.titles.at(x.toks, e, b, false); title {
			break
		}
		if _, place := x.countryAt(e, b, false); place {
			break
		}
		if _, _, nis := x.lx.nisbaOf(x.toks[e].fold); nis && e > k {
			break
		}
		e++
	}
	if e == k {
		return k, -1
	}
	name := x.surface(k, e, 0)
	ei := x.addEntity(graph.Organization, "org:"+graph.Fold(name), name)
	x.addMention(ei, si, k, e, mNamed, name)
	return e, ei
}

// executiveCountry returns the country of the ministry or government
// named in the sentence of an untargeted title, or in the sentence before
// it, when one country's executive is named there; else -1.
func (x *docState) executiveCountry(u roleFact) int {
	for si := u.sent; si >= 0 && si >= u.sent-1; si-- {
		if x.skip[si] || x.headline[si] {
			continue
		}
		found := -1
		for _, m := range x.mentions[si] {
			en := x.ents[m.ent]
			if en.kind != graph.Organization || en.country < 0 {
				continue
			}
			h := strings.TrimPrefix(en.head, "ال")
			if !strings.HasPrefix(h, "وزاره") && h != "حكومه" {
				continue
			}
			if found >= 0 && found != en.country {
				return -1
			}
			found = en.country
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// dominantCountry returns the country named most often in the article,
// at least twice and more often than any other, or -1.
func (x *docState) dominantCountry() int {
	count := map[int]int{}
	for _, en := range x.ents {
		if en.kind == graph.Place && strings.HasPrefix(en.key, "place:") && en.country >= 0 {
			count[en.country] += len(en.mentions)
		}
	}
	best, bestN, second := -1, 0, 0
	for _, c := range slices.Sorted(maps.Keys(count)) {
		switch n := count[c]; {
		case n > bestN:
			second = bestN
			best, bestN = c, n
		case n > second:
			second = n // a tie with the best leaves no dominant country
		}
	}
	if bestN < 2 || bestN == second {
		return -1
	}
	return best
}

// namesOtherCountry reports whether sentence si names a country other than
// c, outside a person's title.
func (x *docState) namesOtherCountry(si, c int) bool {
	for _, m := range x.mentions[si] {
		en := x.ents[m.ent]
		if en.kind == graph.Place && en.key != "" && en.country != c && !x.insidePerson(si, m.s) {
			return true
		}
	}
	return false
}

// bareHead reports whether token k is the head of a country's body used
// without its nationality ("قائد الجيش", "رئيس الاستخبارات"): the domain
// of a title.
func (x *docState) bareHead(k, b int) bool {
	m, ok := x.lx.orgHeads.at(x.toks, k, b, false)
	if !ok || m.n != 1 || !orgHeads[m.id].needNisba {
		return false
	}
	if k+1 < b && x.toks[k+1].word {
		if _, pre, ok := x.lx.nisbaOf(x.toks[k+1].fold); ok && pre == "" {
			return false
		}
	}
	return true
}

// hasTanween reports whether a word carries tanween (ً ٌ ٍ), the mark of
// an indefinite noun or adjective.
func hasTanween(raw string) bool {
	return strings.ContainsAny(raw, "\u064b\u064c\u064d")
}

// onlyHonorific reports whether every title a person was given is an
// honorific ("السيد", "الدكتور"), which says nothing of a role.
func (x *docState) onlyHonorific(p int) bool {
	ts := x.ents[p].titles
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t.class != "honorific" {
			return false
		}
	}
	return true
}

// dayPartName reports whether the part-of-day word at token k ("صباح",
// "فجر") is a given name: it follows a title or a nationality adjective,
// and a name-like word that is no date follows it.
func (x *docState) dayPartName(k, b int) bool {
	if k == 0 || k+1 >= b {
		return false
	}
	if _, ok := x.lx.dayParts.at(x.toks, k, b, false); !ok {
		return false
	}
	prev := x.toks[k-1]
	_, _, nis := x.lx.nisbaOf(prev.fold)
	if !x.lx.titleWord.hasTok(prev) && !nis {
		return false
	}
	next := x.toks[k+1]
	if !x.nameLike(k+1, b) || x.lx.yesterday.hasTok(next) || x.lx.today.hasTok(next) || x.lx.tomorrow.hasTok(next) {
		return false
	}
	if _, ok := x.lx.weekdays.at(x.toks, k+1, b, true); ok {
		return false
	}
	return true
}
