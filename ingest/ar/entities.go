package ar

import (
	"strings"
	"unicode"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// ent is an entity being built for one document.
type ent struct {
	kind     graph.NodeKind
	name     string
	nameEn   string
	key      string
	aliases  []string
	mentions []ingest.Span
	words    []string    // people: the folded words of the name
	titles   []titleInfo // people: every title they were given
	head     string      // organizations: the folded canonical head, for anaphora
	country  int         // organizations and capitals: country index, or -1
	capital  bool        // places: a capital, which may speak for its government
	lastTok  int         // token index of the latest mention
	// adjectives counts the mentions that are only an adjective on a
	// thing ("العدوان الإسرائيلي"), not in a title or "الجانب X".
	adjectives int
}

// titleInfo is one title a person holds, with what it is of.
type titleInfo struct {
	class, role string
	country     int // index into lexicon.countries, or -1
	org         int // entity index, or -1
}

// mentionKind says how an entity was referred to.
type mentionKind int

const (
	mNamed   mentionKind = iota // by name (with or without title)
	mRole                       // by a role alone: "الرئيس الفرنسي"
	mNisba                      // by a nationality adjective
	mAnaphor                    // by "الوزارة", "الوكالة"
)

// mention is an entity's occurrence: tokens [s, e) of the document.
type mention struct {
	ent  int
	s, e int
	kind mentionKind
}

// roleRef is a role-only reference waiting to be resolved to a person.
type roleRef struct {
	class   string
	country int
	org     int
	sent    int
	s, e    int
	surface string
}

// roleFact is a holds_role fact before indexes are final.
type roleFact struct {
	person, org int
	role        string
	sent        int
}

// addEntity returns the entity with identity id, creating it.
func (x *docState) addEntity(kind graph.NodeKind, id, name string) int {
	if i, ok := x.index[id]; ok {
		return i
	}
	x.ents = append(x.ents, &ent{kind: kind, name: name, country: -1, lastTok: -1})
	x.index[id] = len(x.ents) - 1
	return len(x.ents) - 1
}

// addMention records that tokens [s, e) of sentence si refer to entity ei
// by the surface form surface, and marks them consumed.
func (x *docState) addMention(ei, si, s, e int, kind mentionKind, surface string) {
	if ei < 0 || s >= e {
		return
	}
	en := x.ents[ei]
	en.mentions = append(en.mentions, ingest.Span{Start: x.toks[s].start, End: x.toks[e-1].end})
	if surface != "" {
		x.addAlias(ei, surface)
	}
	if e-1 > en.lastTok {
		en.lastTok = e - 1
	}
	x.mentions[si] = append(x.mentions[si], mention{ent: ei, s: s, e: e, kind: kind})
	for k := s; k < e; k++ {
		x.consumed[k] = true
	}
}

// addAlias records a surface form of entity ei once.
func (x *docState) addAlias(ei int, surface string) {
	surface = strings.TrimSpace(surface)
	if surface == "" {
		return
	}
	en := x.ents[ei]
	for _, a := range en.aliases {
		if a == surface {
			return
		}
	}
	en.aliases = append(en.aliases, surface)
}

// surface returns the text of tokens [s, e) with n clitic letters removed
// from the first token.
func (x *docState) surface(s, e, clitic int) string {
	if s >= e {
		return ""
	}
	first := x.toks[s]
	head := trimClitic(x.text[first.start:first.end], clitic)
	return head + x.text[first.end:x.toks[e-1].end]
}

// surfaceM is the surface of tokens [s, e) matched as m: without its
// clitics, and with the article restored after ل ("للاستخبارات").
func (x *docState) surfaceM(s, e int, m match) string {
	sf := x.surface(s, e, runeLen(m.prefix))
	if m.restored {
		sf = "ا" + sf
	}
	return sf
}

// countryEntity returns the entity of country idx.
func (x *docState) countryEntity(idx int) int {
	c := x.lx.countries[idx]
	ei := x.addEntity(graph.Place, "place:"+c.code, c.ar)
	en := x.ents[ei]
	en.nameEn, en.key, en.country = c.en, "place:"+c.code, idx
	return ei
}

// cityEntity returns the entity of hand-list place idx.
func (x *docState) cityEntity(idx int) int {
	c := cities[idx]
	ei := x.addEntity(graph.Place, "city:"+c.en, c.forms[0])
	en := x.ents[ei]
	en.nameEn, en.capital = c.en, c.capital
	if ci, ok := x.lx.countryIdx[c.country]; ok {
		en.country = ci
	}
	return ei
}

// scanSentence finds the entities of sentence si, left to right: titled
// people, organizations, places and nationality adjectives.
func (x *docState) scanSentence(si int) {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	x.skipDateline(a, b)
	for i := a; i < b; {
		if x.consumed[i] || !x.toks[i].word {
			i++
			continue
		}
		end := x.tryTitle(si, i, b)
		if end <= i {
			end, _ = x.tryOrg(si, i, b)
		}
		if end <= i {
			end = x.tryPlace(si, i, b)
		}
		if end <= i {
			end = x.tryListedNisba(si, i, b)
		}
		if end <= i {
			end = x.tryNisba(si, i, b)
		}
		if end <= i {
			end = x.tryLatin(si, i, b)
		}
		if end <= i {
			end = i + 1
		}
		i = end
	}
}

// isDefinite reports whether a folded word carries the article, directly
// or after ل ("للأمن").
func isDefinite(f string) bool {
	return (strings.HasPrefix(f, "ال") || strings.HasPrefix(f, "لل")) && runeLen(f) > 3
}

// tryOrg finds an organization at token i: a body of a country ("الخارجية
// العراقية"), a listed institution, an open head with its definite
// complements ("لجنة الشؤون الخارجية"), or an outlet ("موقع “كييف
// إندبندنت”"). It returns the end token and the entity.
func (x *docState) tryOrg(si, i, b int) (int, int) {
	t := x.toks[i]
	if x.lx.facilities.hasTok(t) && i+1 < b && x.toks[i+1].word {
		// "مطار الملك خالد الدولي": a facility named after someone.
		if _, ok := x.lx.titles.at(x.toks, i+1, b, false); ok {
			end := i + 1
			for end < b && x.toks[end].word && end < i+6 && !x.lx.stop[x.toks[end].fold] {
				end++
				if x.toks[end-1].fold == "الدولي" {
					break
				}
			}
			ei := x.addEntity(graph.Place, "fac:"+x.foldSpan(i, end), x.surface(i, end, 0))
			x.addMention(ei, si, i, end, mNamed, x.surface(i, end, 0))
			return end, ei
		}
	}
	// A country's body: head + nationality adjective.
	if m, ok := x.lx.orgHeads.at(x.toks, i, b, true); ok {
		h := orgHeads[m.id]
		j := i + m.n
		if j < b && x.toks[j].word {
			if ci, pre, ok := x.lx.nisbaOf(x.toks[j].fold); ok && pre == "" {
				code := x.lx.countries[ci].code
				name := x.surfaceM(i, j+1, m)
				ei := x.addEntity(graph.Organization, "org:"+graph.Fold(h.canon)+":"+code, name)
				en := x.ents[ei]
				en.key, en.head, en.country = "org:"+graph.Fold(h.canon)+":"+code, graph.Fold(h.canon), ci
				if runeLen(name) > runeLen(en.name) {
					en.name = name
				}
				if k, ok := x.lx.orgByKey[en.key]; ok {
					// "مجلس الشيوخ الأمريكي" is the listed "مجلس الشيوخ".
					en.nameEn = knownOrgs[k].en
					x.addAlias(ei, knownOrgs[k].forms[0])
				} else if strings.HasPrefix(h.canon, "مجلس") || h.canon == "البرلمان" {
					x.addAlias(ei, x.surfaceM(i, j, m))
				}
				x.addMention(ei, si, i, j+1, mNamed, name)
				return x.orgTail(si, j+1, b, ei), ei
			}
		}
		if !h.needNisba {
			name := x.surfaceM(i, j, m)
			ei := x.addEntity(graph.Organization, "org:"+graph.Fold(h.canon), name)
			x.ents[ei].head = graph.Fold(h.canon)
			x.addMention(ei, si, i, j, mNamed, name)
			return x.orgTail(si, j, b, ei), ei
		}
	}
	if m, ok := x.lx.orgs.at(x.toks, i, b, true); ok {
		o := knownOrgs[m.id]
		id := o.key
		if id == "" {
			id = "org:" + graph.Fold(o.forms[0])
		}
		name := x.surfaceM(i, i+m.n, m)
		ei := x.addEntity(graph.Organization, id, o.forms[0])
		en := x.ents[ei]
		en.nameEn = o.en
		if o.key != "" {
			en.key = o.key
		}
		if en.head == "" {
			en.head = graph.Fold(o.forms[0])
		}
		x.addMention(ei, si, i, i+m.n, mNamed, name)
		return x.orgTail(si, i+m.n, b, ei), ei
	}
	// Named events: "مؤتمر ميونيخ للأمن", "منتدى الاستثمار السعودي الأمريكي".
	if end, ei := x.eventName(si, i, b); end > i {
		return end, ei
	}
	// Outlets and platforms: a media head and a quoted or Latin name; not
	// "قناة السويس", a place.
	if _, place := x.lx.cities.at(x.toks, i, b, true); x.lx.media.hasTok(t) && i+1 < b && !place {
		if end, ei := x.mediaName(si, i, b); end > i {
			return end, ei
		}
	}
	// Anaphora: "الوزارة", "الوكالة", "الرئاسة" for the last such body.
	if end, ei := x.orgAnaphor(si, i, b); end > i {
		return end, ei
	}
	// Open heads: "وزارة الموارد المائية", "لجنة الشؤون الخارجية النيابية",
	// "المجلس الأعلى للأمن القومي الإيراني", "وكالة الأنباء الكويتية".
	vars := variants(t.fold)
	for vi, v := range vars {
		if !x.lx.openHead[v.stem] || (v.stem == "رياسه" && v.prefix != "") {
			// "برئاسة" is "chaired by", not a presidency
			continue
		}
		if x.restoredHead(vars, vi, i, b) {
			// "للجنة المشتركة" is ل + اللجنة: the adjective after it
			// is definite, so the head is too.
			continue
		}
		j := i + 1
		country := -1
		construct := false // the word before is a construct noun: "حكومة إقليم …"
		for j < b && j < i+6 && x.toks[j].word && !x.consumed[j] {
			f := x.toks[j].fold
			if ci, pre, ok := x.lx.nisbaOf(f); ok && pre == "" && isDefinite(f) {
				country = ci
				j++
				break
			}
			if !isDefinite(f) {
				// "حكومة إقليم كوردستان", "ائتلاف دولة القانون": a chain
				// of construct nouns ends in a definite word or a name.
				if x.lx.constructNouns[f] && !construct {
					construct = true
					j++
					continue
				}
				if construct && !x.lx.stop[f] && !hasTanween(x.toks[j].raw) {
					if _, ok := x.lx.titles.at(x.toks, j, b, false); !ok {
						j++
					}
					break
				}
				// "حكومة تصريف الأعمال": one noun in construct with the
				// definite word after it.
				if j == i+1 && j+1 < b && x.toks[j+1].word && isDefinite(x.toks[j+1].fold) && !x.lx.stop[f] &&
					!hasTanween(x.toks[j].raw) && !x.lx.stop[x.toks[j+1].fold] && !x.placeOrOrgAt(j, b) {
					if _, ok := x.lx.titles.at(x.toks, j, b, false); !ok {
						j++
						continue
					}
				}
				break
			}
			construct = false
			if x.lx.stop[f] && !x.lx.modifiers[f] {
				break
			}
			if _, ok := x.lx.titles.at(x.toks, j, b, false); ok {
				break
			}
			j++
		}
		if j == i+1 && (v.stem == "شركه" || v.stem == "الشركه") {
			// "شركة أرامكو": a company's name needs no article.
			for j < b && j < i+2 && x.toks[j].word && !x.consumed[j] && x.nameLike(j, b) && !isDefinite(x.toks[j].fold) {
				j++
			}
		}
		if j == i+1 || (j == i+2 && country >= 0) {
			break
		}
		nameEnd := j
		if country >= 0 {
			nameEnd = j - 1
		}
		if country < 0 && x.genericRun(i+1, nameEnd) {
			// "اللجنة المشتركة", "المجلس الأعلى": no name.
			return i, -1
		}
		// "لجنة الاستخبارات بمجلس النواب": the body the committee belongs to.
		if j+1 < b && x.toks[j].word && (strings.HasPrefix(x.toks[j].fold, "ب") || x.toks[j].fold == "في") {
			if m, ok := x.lx.orgs.at(x.toks, j, b, true); ok && (m.prefix == "ب" || x.toks[j].fold == "في") {
				// the body itself is mentioned too
				if end, _ := x.tryOrg(si, j, b); end > j {
					j = end
				} else {
					j += m.n
				}
				nameEnd = j
			}
		}
		vm := match{prefix: v.prefix, restored: v.restored}
		name := x.surfaceM(i, nameEnd, vm)
		id := "org:" + graph.Fold(strings.ReplaceAll(name, " ", ""))
		key := ""
		if country >= 0 {
			id += ":" + x.lx.countries[country].code
			key = id
		}
		ei := x.addEntity(graph.Organization, id, name)
		en := x.ents[ei]
		en.key, en.country, en.head = key, country, v.stem
		x.addMention(ei, si, i, j, mNamed, x.surfaceM(i, j, vm))
		if country >= 0 {
			x.addAlias(ei, name)
		}
		return x.orgTail(si, j, b, ei), ei
	}
	return i, -1
}

// orgTail takes an acronym in parentheses or a quoted alias after an
// organization's name: "(واس)", "“البنتاجون”".
func (x *docState) orgTail(si, j, b, ei int) int {
	if j+2 < b && x.toks[j].raw == "(" {
		k := j + 1
		for k < b && k < j+4 && x.toks[k].word {
			k++
		}
		if k < b && k > j+1 && x.toks[k].raw == ")" {
			x.addMention(ei, si, j+1, k, mNamed, x.surface(j+1, k, 0))
			x.nameForms[x.foldSpan(j+1, k)] = ei
			return k + 1
		}
	}
	if j+2 < b && isOpenQuote(x.toks[j]) {
		k := j + 1
		for k < b && k < j+4 && x.toks[k].word {
			k++
		}
		if k < b && k > j+1 && isCloseQuote(x.toks[k]) {
			if m, ok := x.lx.orgs.at(x.toks, j+1, k, false); ok && m.n == k-j-1 {
				x.addMention(ei, si, j+1, k, mNamed, x.surface(j+1, k, 0))
				return k + 1
			}
		}
	}
	return j
}

// mediaName reads the name of an outlet after a media head at i.
func (x *docState) mediaName(si, i, b int) (int, int) {
	j := i + 1
	if j < b && x.toks[j].word && x.toks[j].fold == "ل" { // "لـ«كونا»"
		j++
	}
	if j < b && isOpenQuote(x.toks[j]) {
		k := j + 1
		for k < b && k < j+6 && x.toks[k].word {
			k++
		}
		if k < b && k > j+1 && isCloseQuote(x.toks[k]) {
			ei := x.outlet(si, j+1, k)
			x.widenMention(si, ei, i, k+1)
			return k + 1, ei
		}
		return i, -1
	}
	if j < b && x.toks[j].latin {
		k := j
		for k < b && k < j+3 && x.toks[k].latin {
			k++
		}
		ei := x.outlet(si, j, k)
		x.widenMention(si, ei, i, k)
		return k, ei
	}
	// "وكالة الأناضول", "صحيفة الأهرام": one definite word after a head
	// that only names outlets.
	if x.lx.outletHead.hasTok(x.toks[i]) && !strings.Contains(x.toks[i].fold, "موقع") && !strings.Contains(x.toks[i].fold, "منصه") &&
		!strings.Contains(x.toks[i].fold, "تطبيق") && x.toks[i].quote == 0 && j < b &&
		x.toks[j].word && strings.HasPrefix(x.toks[j].fold, "ال") && runeLen(x.toks[j].fold) >= 5 && !x.lx.stop.hasTok(x.toks[j]) &&
		!x.isKnownWord(j, b) && (j+1 >= b || !x.toks[j+1].word || x.lx.stop[x.toks[j+1].fold]) {
		if _, _, ok := x.lx.nisbaOf(x.toks[j].fold); !ok {
			ei := x.outlet(si, j, j+1)
			x.widenMention(si, ei, i, j+1)
			return j + 1, ei
		}
	}
	// "موقع أكسيوس": one unknown word.
	if x.lx.outletHead.hasTok(x.toks[i]) && x.toks[i].quote == 0 && j < b && x.toks[j].word && !isDefinite(x.toks[j].fold) &&
		!x.lx.stop.hasTok(x.toks[j]) && (runeLen(x.toks[j].fold) >= 4 || strings.Contains(x.toks[i].fold, "منصه")) && !x.isKnownWord(j, b) {
		if _, _, ok := x.lx.nisbaOf(x.toks[j].fold); !ok && (j+1 >= b || !x.toks[j+1].word || x.lx.stop.hasTok(x.toks[j+1]) || isDefinite(x.toks[j+1].fold)) {
			ei := x.outlet(si, j, j+1)
			x.widenMention(si, ei, i, j+1)
			return j + 1, ei
		}
	}
	return i, -1
}

// widenMention makes the latest mention of entity ei in sentence si span
// tokens [s, e), so that a head word ("موقع") belongs to it.
func (x *docState) widenMention(si, ei, s, e int) {
	ms := x.mentions[si]
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].ent == ei {
			ms[k].s, ms[k].e = s, e
			x.markConsumed(s, e)
			return
		}
	}
}

// outlet registers the organization named by tokens [s, e).
func (x *docState) outlet(si, s, e int) int {
	if m, ok := x.lx.orgs.at(x.toks, s, e, false); ok && m.n == e-s {
		o := knownOrgs[m.id]
		id := o.key
		if id == "" {
			id = "org:" + graph.Fold(o.forms[0])
		}
		ei := x.addEntity(graph.Organization, id, o.forms[0])
		x.ents[ei].nameEn = o.en
		x.addMention(ei, si, s, e, mNamed, x.surface(s, e, 0))
		return ei
	}
	if existing, ok := x.nameForms[x.foldSpan(s, e)]; ok && x.ents[existing].kind == graph.Organization {
		x.addMention(existing, si, s, e, mNamed, x.surface(s, e, 0))
		return existing
	}
	name := x.surface(s, e, 0)
	ei := x.addEntity(graph.Organization, "org:"+graph.Fold(name), name)
	x.ents[ei].head = "outlet"
	x.nameForms[x.foldSpan(s, e)] = ei
	x.addMention(ei, si, s, e, mNamed, name)
	return ei
}

// orgAnaphor resolves "الوزارة", "الوكالة", "الرئاسة", "الحكومة",
// "الخارجية" to the latest body of that kind.
func (x *docState) orgAnaphor(si, i, b int) (int, int) {
	var want []string
	for _, v := range variants(x.toks[i].fold) {
		switch v.stem {
		case "الوزاره":
			want = []string{"وزاره"}
		case "الوكاله":
			want = []string{"وكاله", "outlet"}
		case "الرياسه":
			want = []string{"الرياسه"}
		case "الحكومه":
			want = []string{"الحكومه"}
		case "الخارجيه", "الدفاع", "الداخليه":
			// "وقالت الخارجية" for the foreign ministry told before
			want = []string{"وزاره " + v.stem}
		}
	}
	if want == nil || (i+1 < b && x.toks[i+1].word) && isDefinite(x.toks[i+1].fold) {
		return i, -1
	}
	best, bestTok := -1, -1
	for ei, en := range x.ents {
		if en.kind != graph.Organization || en.lastTok >= i {
			continue
		}
		for _, w := range want {
			if strings.HasPrefix(strings.TrimPrefix(en.head, "ال"), strings.TrimPrefix(w, "ال")) && en.lastTok > bestTok {
				best, bestTok = ei, en.lastTok
			}
		}
	}
	if best < 0 {
		return i, -1
	}
	x.addMention(best, si, i, i+1, mAnaphor, "")
	return i + 1, best
}

// isKnownWord reports whether token j starts a title, place or organization.
func (x *docState) isKnownWord(j, b int) bool {
	if _, ok := x.lx.titles.at(x.toks, j, b, true); ok {
		return true
	}
	if _, ok := x.lx.countryPh.at(x.toks, j, b, true); ok {
		return true
	}
	if _, ok := x.lx.cities.at(x.toks, j, b, true); ok {
		return true
	}
	if _, ok := x.lx.orgs.at(x.toks, j, b, true); ok {
		return true
	}
	if _, ok := x.lx.orgHeads.at(x.toks, j, b, true); ok {
		return true
	}
	return false
}

// foldSpan is the folded text of tokens [s, e) without spaces, the key under
// which names are compared.
func (x *docState) foldSpan(s, e int) string {
	var sb strings.Builder
	for k := s; k < e; k++ {
		if x.toks[k].word {
			sb.WriteString(strings.ReplaceAll(x.toks[k].fold, " ", ""))
		}
	}
	return nameKey(sb.String())
}

// tryPlace finds a country, a listed city or region, "مدينة X", or "العاصمة
// <nisba>" at token i.
func (x *docState) tryPlace(si, i, b int) int {
	t := x.toks[i]
	cm, cok := x.lx.countryPh.at(x.toks, i, b, true)
	pm, pok := x.lx.cities.at(x.toks, i, b, true)
	if pok && cok && pm.n == cm.n && pm.stem == cm.stem {
		// a homograph: "عمّان" the city, "عُمان" the country
		if x.homographCity(i, pm, cm) {
			cok = false
		} else {
			pok = false
		}
	}
	if pok && (!cok || pm.n > cm.n) {
		ei := x.cityEntity(pm.id)
		x.addMention(ei, si, i, i+pm.n, mNamed, x.surface(i, i+pm.n, runeLen(pm.prefix)))
		return i + pm.n
	}
	if cok {
		ei := x.countryEntity(cm.id)
		x.addMention(ei, si, i, i+cm.n, mNamed, x.surface(i, i+cm.n, runeLen(cm.prefix)))
		return i + cm.n
	}
	for _, v := range variants(t.fold) {
		switch v.stem {
		case "مدينه", "بلده":
			// "مدينة العريش": the next word names a city.
			j := i + 1
			if m, ok := x.lx.cities.at(x.toks, j, b, false); ok {
				ei := x.cityEntity(m.id)
				x.addMention(ei, si, i, j+m.n, mNamed, x.surface(j, j+m.n, 0))
				return j + m.n
			}
			if j < b && x.toks[j].word && !x.lx.stop.hasTok(x.toks[j]) && !x.isKnownWord(j, b) {
				name := x.surface(j, j+1, 0)
				ei := x.addEntity(graph.Place, "city:"+x.foldSpan(j, j+1), name)
				x.addMention(ei, si, i, j+1, mNamed, name)
				return j + 1
			}
		case "العاصمه":
			j := i + 1
			if j < b && x.toks[j].word {
				if ci, pre, ok := x.lx.nisbaOf(x.toks[j].fold); ok && pre == "" {
					// "العاصمة السعودية الرياض" names the city next.
					if m, ok := x.lx.cities.at(x.toks, j+1, b, false); ok {
						ei := x.cityEntity(m.id)
						x.addMention(ei, si, i, j+1+m.n, mNamed, x.surface(j+1, j+1+m.n, 0))
						x.addAlias(ei, x.surface(i, j+1, runeLen(v.prefix)))
						return j + 1 + m.n
					}
					if j+1 < b && x.toks[j+1].word && !x.consumed[j+1] && x.nameLike(j+1, b) && !isDefinite(x.toks[j+1].fold) {
						// "العاصمة الأذربيجانية باكو": a capital not listed.
						name := x.surface(j+1, j+2, 0)
						ei := x.addEntity(graph.Place, "city:"+x.foldSpan(j+1, j+2), name)
						x.ents[ei].country = ci
						x.addMention(ei, si, i, j+2, mNamed, name)
						x.addAlias(ei, x.surface(i, j+1, runeLen(v.prefix)))
						return j + 2
					}
					if cap, ok := x.lx.capital[x.lx.countries[ci].code]; ok {
						ei := x.cityEntity(cap)
						x.addMention(ei, si, i, j+1, mRole, x.surface(i, j+1, runeLen(v.prefix)))
						return j + 1
					}
				}
			}
		}
	}
	return i
}

// tryNisba records a nationality adjective as a mention of its country:
// "الأوكراني", "الجانب الأمريكي", "أميركيين".
func (x *docState) tryNisba(si, i, b int) int {
	t := x.toks[i]
	s := i
	if (t.fold == "الجانب" || t.fold == "والجانب" || t.fold == "الطرف") && i+1 < b && x.toks[i+1].word {
		i++
	}
	ci, pre, ok := x.lx.nisbaOf(x.toks[i].fold)
	if !ok {
		return s
	}
	ei := x.countryEntity(ci)
	clitic := 0
	if s == i {
		clitic = runeLen(pre)
	}
	x.addMention(ei, si, s, i+1, mNisba, x.surface(s, i+1, clitic))
	if f := x.toks[i].fold; s == i && !strings.HasSuffix(f, "يين") && !strings.HasSuffix(f, "يون") {
		// (not "المسؤولين الفرنسيين": people of the country)
		x.ents[ei].adjectives++
	}
	return i + 1
}

// tryLatin takes a short run of capitalized Latin words set in Arabic text
// as an organization's name ("NBC", "Truth Social"); Latin prose is not.
func (x *docState) tryLatin(si, i, b int) int {
	if !x.toks[i].latin || runeLen(x.toks[i].raw) < 2 {
		return i
	}
	k := i
	for k < b && k < i+3 && x.toks[k].latin {
		if r := []rune(x.toks[k].raw)[0]; !unicode.IsUpper(r) {
			return k + 1
		}
		k++
	}
	if k < b && x.toks[k].latin {
		return k // a longer run: Latin prose
	}
	// The nearest word beside the run, in its own sentence, is Arabic: a
	// Latin line of page furniture ("Advertisement", "Mon - 17 Jun 2019",
	// "03:59 PM") names nothing.
	a := x.sentTok[si][0]
	arabic := func(p int) bool { return x.toks[p].word && !x.toks[p].latin }
	near := func(p, step int) bool {
		for q := p; q >= a && q < b && q > p-3 && q < p+3; q += step {
			if x.toks[q].word {
				return arabic(q)
			}
		}
		return false
	}
	if !near(i-1, -1) && !near(k, 1) {
		return k
	}
	x.outlet(si, i, k)
	return k
}

// skipDateline marks the agency of a dateline as read: "موسكو (رويترز) -"
// credits the wire, which is boilerplate.
func (x *docState) skipDateline(a, b int) {
	k := a
	for k < b && k < a+3 && x.toks[k].word {
		k++
	}
	if k == a || k >= b || x.toks[k].raw != "(" {
		return
	}
	e := k + 1
	for e < b && e < k+5 && x.toks[e].raw != ")" {
		e++
	}
	if e+1 < b && x.toks[e].raw == ")" && (x.toks[e+1].raw == "-" || x.toks[e+1].raw == "–" || x.toks[e+1].raw == "—") {
		x.markConsumed(k, e+2)
	}
}

// scanVerbSubjects finds, after the known names, people named without a
// title right after a reporting verb.
func (x *docState) scanVerbSubjects(si int) bool {
	a, b := x.sentTok[si][0], x.sentTok[si][1]
	found := false
	for i := a + 1; i < b; i++ {
		if !x.consumed[i] && x.toks[i].word && x.tryVerbSubject(si, i, b) > i {
			found = true
		}
	}
	return found
}

// tryVerbSubject reads a name without a title right after a reporting verb
// at token i-1: "وقال جون كيربي للصحفيين إن". It takes two or three
// unknown words followed by what opens the content or a circumstance.
func (x *docState) tryVerbSubject(si, i, b int) int {
	a := x.sentTok[si][0]
	if i == a || x.toks[i].quote > 0 {
		return i
	}
	if _, c := x.lx.comps.at(x.toks, i-1, b, false); c && i-1 > a {
		return x.tryClauseSubject(si, i, b)
	}
	if i-2 >= a && x.toks[i-1].fold == "من" && (x.toks[i-2].fold == "كل" || x.toks[i-2].fold == "وكل") {
		return x.tryNameList(si, i, b)
	}
	if m, ok := x.lx.verbs.at(x.toks, i-1, b, true); !ok || m.n != 1 {
		return x.tryContactSubject(si, i, b)
	}
	if x.isKnownWord(i, b) {
		return i
	}
	end, words := x.parseName(i, b)
	real := 0
	for _, w := range words {
		if x.lx.particles[w] {
			continue
		}
		if isDefinite(w) && w != words[len(words)-1] || strings.HasSuffix(w, "ه") && w != words[0] {
			return i
		}
		real++
	}
	if end >= b || real > 3 || real == 0 {
		return i
	}
	if real == 1 {
		// "قال ترامب إن": one word, only right before the complementiser,
		// and not shaped like a common noun (ـة، ـون، ـين، ـات).
		w := words[0]
		if _, c := x.lx.comps.at(x.toks, end, b, false); !c || len(words) != 1 || runeLen(w) < 3 ||
			strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ات") {
			return i
		}
	}
	t := x.toks[end]
	ok := !t.word && (isComma(t) || t.raw == ":" || isOpenQuote(t))
	if t.word {
		if _, c := x.lx.comps.at(x.toks, end, b, false); c {
			ok = true
		}
		switch t.fold {
		case "في", "خلال", "عبر", "امام", "لدي":
			ok = true
		}
		if strings.HasPrefix(t.fold, "لل") {
			ok = true
		}
	}
	if !ok {
		return i
	}
	p := x.person(words, x.surface(i, end, 0))
	x.addMention(p, si, i, end, mNamed, x.surface(i, end, 0))
	return end
}

// eventName reads a named conference or forum at token i: its head, then a
// place and its complements, or definite words closed by nationality
// adjectives. "مؤتمر صحفي" names nothing.
func (x *docState) eventName(si, i, b int) (int, int) {
	head := false
	clitic := 0
	for _, v := range x.toks[i].vars {
		switch v.stem {
		case "موتمر", "منتدي", "معرض", "مهرجان", "ملتقي":
			head, clitic = true, runeLen(v.prefix)
		}
	}
	if !head || i+1 >= b {
		return i, -1
	}
	j := i + 1
	if m, ok := x.lx.cities.at(x.toks, j, b, false); ok {
		j += m.n
	} else if m, ok := x.lx.countryPh.at(x.toks, j, b, false); ok {
		j += m.n
	} else {
		k := j
		for k < b && k < j+3 && x.toks[k].word && isDefinite(x.toks[k].fold) && !x.lx.stop[x.toks[k].fold] {
			if _, _, ok := x.lx.nisbaOf(x.toks[k].fold); ok {
				break
			}
			k++
		}
		n := 0
		for k < b && x.toks[k].word {
			if _, pre, ok := x.lx.nisbaOf(x.toks[k].fold); !ok || pre != "" {
				break
			}
			k++
			n++
		}
		if k == j || n == 0 {
			return i, -1
		}
		j = k
	}
	for j < b && j < i+6 && x.toks[j].word && strings.HasPrefix(x.toks[j].fold, "لل") {
		j++
	}
	name := x.surface(i, j, clitic)
	ei := x.addEntity(graph.Organization, "event:"+graph.Fold(name), name)
	x.addMention(ei, si, i, j, mNamed, name)
	return j, ei
}

// mergeOrgs folds an organization named without its country ("مجلس
// النواب") into the one body of that name with a country in the same
// article ("مجلس النواب الأمريكي"), so that one body is one entity.
func (x *docState) mergeOrgs() {
	byAlias := map[string][]int{}
	for ei, en := range x.ents {
		if en.kind != graph.Organization || en.country < 0 || len(en.mentions) == 0 {
			continue
		}
		for _, a := range append([]string{en.name}, en.aliases...) {
			f := graph.Fold(a)
			if !contains(byAlias[f], ei) {
				byAlias[f] = append(byAlias[f], ei)
			}
		}
	}
	for ei, en := range x.ents {
		if en.kind != graph.Organization || en.country >= 0 || en.key != "" || len(en.mentions) == 0 {
			continue
		}
		to := byAlias[graph.Fold(en.name)]
		if len(to) != 1 {
			continue
		}
		x.redirect[ei] = to[0]
		t := x.ents[to[0]]
		t.mentions = append(t.mentions, en.mentions...)
		for _, a := range append([]string{en.name}, en.aliases...) {
			x.addAlias(to[0], a)
		}
		en.mentions = nil
	}
}

// tryContactSubject reads a name of two or three words without the article
// after a contact verb at token i-1, when what follows is a title, a
// preposition of the contact, or a comma.
func (x *docState) tryContactSubject(si, i, b int) int {
	if !x.lx.contactVerb.hasTok(x.toks[i-1]) || x.isKnownWord(i, b) {
		return i
	}
	end, words := x.parseName(i, b)
	if !x.bareName(words) || end >= b {
		return i
	}
	t := x.toks[end]
	ok := isComma(t)
	if t.word {
		switch t.fold {
		case "الي", "مع", "في", "ب":
			ok = true
		}
		if _, title := x.lx.titles.at(x.toks, end, b, true); title {
			ok = true
		}
		if _, v := x.lx.visits.at(x.toks, i-1, b, true); v && x.placeOrOrgAt(end, b) {
			ok = true // "زار سامي الجندي القاهرة"
		}
	}
	if !ok {
		return i
	}
	p := x.person(words, x.surface(i, end, 0))
	x.addMention(p, si, i, end, mNamed, x.surface(i, end, 0))
	if t.fold == "مع" && end+1 < b && !x.consumed[end+1] && !x.isKnownWord(end+1, b) {
		// "التقى حمدان الزعابي مع ليلى الشامسي": the other party, also
		// named bare, up to the clause's end or its setting.
		e2, w2 := x.parseName(end+1, b)
		if x.bareName(w2) && (e2 >= b || !x.toks[e2].word || x.lx.stop[x.toks[e2].fold]) {
			q := x.person(w2, x.surface(end+1, e2, 0))
			x.addMention(q, si, end+1, e2, mNamed, x.surface(end+1, e2, 0))
			return e2
		}
	}
	return end
}

// bareName reports whether the words of a name read without a title are
// plainly a person's: two or three parts, none with the article but a
// last family name shaped like a nisba ("الزعابي"), none ending in ة.
func (x *docState) bareName(words []string) bool {
	real := 0
	for i, w := range words {
		if x.lx.particles[w] || (i > 0 && x.lx.compound[w] && !x.lx.particles[words[i-1]]) {
			continue
		}
		if isDefinite(w) && !(i > 0 && x.lx.particles[words[i-1]]) && (i != len(words)-1 || !strings.HasSuffix(w, "ي") || real == 0) {
			return false
		}
		if strings.HasSuffix(w, "ه") && !(i > 0 && x.lx.particles[words[i-1]]) {
			return false
		}
		real++
	}
	return real >= 2 && real <= 3
}

// restoredHead reports whether variant vi of the word at token i, a head
// read after the preposition ل without the article, should give way to
// the reading with the article restored (ل + ال contracts to لل): when the
// next word is a definite adjective agreeing with it, a nationality or a
// descriptive one, the head is definite too.
func (x *docState) restoredHead(vars []variant, vi, i, b int) bool {
	v := vars[vi]
	if v.restored || !strings.HasSuffix(v.prefix, "ل") || !strings.HasPrefix(v.stem, "ل") {
		return false
	}
	hasRestored := false
	for _, w := range vars {
		if w.restored && w.prefix == v.prefix && x.lx.openHead[w.stem] {
			hasRestored = true
		}
	}
	if !hasRestored || i+1 >= b || !x.toks[i+1].word || !x.definite(i+1) {
		return false
	}
	f := x.toks[i+1].fold
	if x.lx.generic[f] {
		return true
	}
	_, pre, ok := x.lx.nisbaOf(f)
	return ok && pre == ""
}

// genericRun reports whether tokens [s, e) are all descriptive adjectives
// that name no body.
func (x *docState) genericRun(s, e int) bool {
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		if !x.toks[k].word || !x.lx.generic[x.toks[k].fold] {
			return false
		}
	}
	return true
}

// tryClauseSubject reads a bare name right after a complementiser when a
// verb follows it: "وأضاف أن سيف الإسلام الورفلي سيزور القاهرة". The
// subject of the reported clause stands in the accusative after أن and is
// followed by its verb.
func (x *docState) tryClauseSubject(si, i, b int) int {
	if x.isKnownWord(i, b) {
		return i
	}
	end, words := x.parseName(i, b)
	if !x.bareName(words) || end >= b || !x.toks[end].word {
		return i
	}
	f := x.toks[end].fold
	if !verbLike(f) && !x.lx.contactVerb.hasTok(x.toks[end]) && !x.lx.verbs.hasWord(f) {
		return i
	}
	p := x.person(words, x.surface(i, end, 0))
	x.addMention(p, si, i, end, mNamed, x.surface(i, end, 0))
	return end
}

// tryNameList reads the bare names that "كل من" lists ("بحضور كل من أحمد
// سالم الجبوري وعلي حسن"): the construction announces people, joined by
// و, each of two or three parts.
func (x *docState) tryNameList(si, i, b int) int {
	k := i
	for n := 0; n < 6 && k < b && x.toks[k].word && !x.consumed[k] && !x.isKnownWord(k, b); n++ {
		clitic := 0
		if n > 0 {
			if !strings.HasPrefix(x.toks[k].fold, "و") {
				break
			}
			clitic = 1
		}
		end, words := x.parseName(k, b)
		if clitic == 1 && len(words) > 0 {
			words[0] = strings.TrimPrefix(words[0], "و")
		}
		if !x.bareName(words) || (end < b && x.toks[end].word && !strings.HasPrefix(x.toks[end].fold, "و") && !x.lx.stop[x.toks[end].fold]) {
			break
		}
		sf := x.surface(k, end, clitic)
		p := x.person(words, sf)
		x.addMention(p, si, k, end, mNamed, sf)
		k = end
	}
	return k
}

// tryListedNisba reads the next item of a list of titled people that
// gives only the nationality: "التقى نظيريه السعودي X، والتونسي Y": Y holds
// the title of the person before, for the country of the adjective.
func (x *docState) tryListedNisba(si, i, b int) int {
	a := x.sentTok[si][0]
	f := x.toks[i].fold
	if i-1 <= a || !isComma(x.toks[i-1]) || !strings.HasPrefix(f, "وال") {
		return i
	}
	ci, pre, ok := x.lx.nisbaOf(f)
	if !ok || pre != "و" {
		return i
	}
	prev := x.personEndingAt(si, i-1)
	if prev < 0 || len(x.ents[prev].titles) == 0 {
		return i
	}
	end, words := x.parseName(i+1, b)
	if len(words) < 2 {
		return i
	}
	p := x.person(words, x.surface(i+1, end, 0))
	x.addMention(x.countryEntity(ci), si, i, i+1, mNisba, x.surface(i, i+1, 1))
	x.addMention(p, si, i+1, end, mNamed, x.surface(i+1, end, 0))
	t := x.ents[prev].titles[len(x.ents[prev].titles)-1]
	x.giveTitles(p, []titleInfo{{class: t.class, role: t.role, country: ci, org: -1}}, si)
	return end
}
