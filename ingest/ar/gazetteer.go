package ar

import (
	"maps"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"newsgraph/graph"
)

// country is one entry of the country gazetteer.
type country struct {
	code string // ISO 3166 region code
	ar   string // the CLDR Arabic name
	en   string // the CLDR English name
}

// lexicon is every rule table, folded and indexed. It is built once by New
// and only read afterwards.
type lexicon struct {
	countries  []country
	countryIdx map[string]int // code -> index in countries
	countryPh  *phraseSet     // names -> index in countries
	nisba      map[string]int // folded base adjective ("روسي") -> index in countries

	cities     *phraseSet // -> index in cities
	capital    map[string]int
	orgs       *phraseSet // known organizations -> index in knownOrgs
	orgByKey   map[string]int
	orgHeads   *phraseSet // -> index in orgHeads
	openHead   wordSet
	media      wordSet
	outletHead wordSet
	parties    *phraseSet // -> index in partyAdjectives

	titles     *phraseSet          // -> index in titles
	titleWord  wordSet             // every word that begins a title
	honorifics map[string][]string // folded pronoun -> folded honorifics
	modifiers  wordSet
	// titleHeads: see lexicon.go.
	titleHeads wordSet
	// constructNouns, countryAdjectives and domainJoins: see lexicon.go.
	countryAdjectives wordSet
	constructNouns    wordSet
	domainJoins       wordSet

	verbs, parts    *phraseSet // -> index in reportingVerbs / participles
	verbIntro       []wordSet
	partIntro       []wordSet
	comps           *phraseSet
	asides          *phraseSet
	sources         *phraseSet
	breaks          *phraseSet
	contentBreaks   *phraseSet
	calls, meets    *phraseSet
	visits, letters *phraseSet
	planned, denied *phraseSet
	notContact      *phraseSet
	group           wordSet
	collective      wordSet
	companion       wordSet
	presence        wordSet
	contactVerb     wordSet
	eventNoun       wordSet
	possContact     wordSet
	relBefore       wordSet
	relAfter        wordSet
	relFiller       wordSet
	eve             wordSet
	morrow          wordSet
	join            wordSet
	receive         wordSet
	tour            wordSet
	speechOnly      wordSet

	weekdays   *phraseSet // -> time.Weekday
	months     *phraseSet // -> month 1..12
	today      wordSet
	yesterday  wordSet
	tomorrow   wordSet
	past       wordSet
	future     wordSet
	dayParts   *phraseSet
	sameDay    *phraseSet
	later      *phraseSet
	vague      *phraseSet
	boiler     []string // folded markers
	stop       wordSet
	particles  wordSet
	nouns      wordSet
	regnal     wordSet
	compound   wordSet // second words of compound given names
	generic    wordSet // adjectives that describe a body without naming it
	host       wordSet // verbs of receiving a guest
	facilities wordSet
}

// newLexicon folds and indexes the tables of lexicon.go and
// gazetteer_data.go (read from data/*.tsv) and reads the country names from CLDR.
func newLexicon() *lexicon {
	lx := &lexicon{
		countryIdx:    map[string]int{},
		countryPh:     newPhraseSet(),
		nisba:         map[string]int{},
		cities:        newPhraseSet(),
		capital:       map[string]int{},
		orgs:          newPhraseSet(),
		orgByKey:      map[string]int{},
		orgHeads:      newPhraseSet(),
		parties:       newPhraseSet(),
		titles:        newPhraseSet(),
		verbs:         newPhraseSet(),
		parts:         newPhraseSet(),
		comps:         newPhraseSet(),
		asides:        newPhraseSet(),
		sources:       newPhraseSet(),
		breaks:        newPhraseSet(),
		contentBreaks: newPhraseSet(),
		calls:         newPhraseSet(),
		meets:         newPhraseSet(),
		visits:        newPhraseSet(),
		letters:       newPhraseSet(),
		planned:       newPhraseSet(),
		denied:        newPhraseSet(),
		notContact:    newPhraseSet(),
		weekdays:      newPhraseSet(),
		months:        newPhraseSet(),
		dayParts:      newPhraseSet(),
		sameDay:       newPhraseSet(),
		later:         newPhraseSet(),
		vague:         newPhraseSet(),
	}
	lx.loadCountries()
	for i, c := range cities {
		for _, f := range c.forms {
			lx.cities.add(f, i)
		}
		if c.capital {
			lx.capital[c.country] = i
		}
	}
	for i, o := range knownOrgs {
		for _, f := range o.forms {
			lx.orgs.add(f, i)
		}
		if o.key != "" {
			lx.orgByKey[o.key] = i
		}
	}
	for i, h := range orgHeads {
		for _, f := range h.forms {
			lx.orgHeads.add(f, i)
		}
	}
	lx.openHead = newWordSet(openHeads)
	lx.constructNouns = newWordSet(constructNouns)
	lx.countryAdjectives = newWordSet(countryAdjectives)
	lx.titleHeads = newWordSet(titleHeads)
	lx.media = newWordSet(mediaHeads)
	lx.outletHead = newWordSet(outletHeads)
	for i, p := range partyAdjectives {
		for _, f := range p.forms {
			lx.parties.add(f, i)
		}
	}
	var firsts []string
	for i, t := range titles {
		lx.titles.add(t.phrase, i)
		firsts = append(firsts, strings.Fields(t.phrase)[0])
	}
	lx.titleWord = newWordSet(firsts)
	lx.modifiers = newWordSet(titleModifiers)
	lx.domainJoins = newWordSet(domainJoins)
	lx.honorifics = map[string][]string{}
	for p, hs := range honorificPronouns {
		for _, h := range hs {
			lx.honorifics[graph.Fold(p)] = append(lx.honorifics[graph.Fold(p)], graph.Fold(h))
		}
	}
	for i, v := range reportingVerbs {
		for _, f := range v.forms {
			lx.verbs.add(f, i)
		}
		lx.verbIntro = append(lx.verbIntro, newWordSet(v.intro))
	}
	for i, v := range participles {
		for _, f := range v.forms {
			lx.parts.add(f, i)
		}
		lx.partIntro = append(lx.partIntro, newWordSet(v.intro))
	}
	addAll := func(ps *phraseSet, list []string) {
		for _, s := range list {
			ps.add(s, 0)
		}
	}
	addAll(lx.comps, complementisers)
	addAll(lx.asides, asides)
	addAll(lx.sources, sourceMarkers)
	addAll(lx.breaks, clauseBreaks)
	addAll(lx.contentBreaks, contentBreaks)
	addAll(lx.calls, callWords)
	addAll(lx.meets, meetWords)
	addAll(lx.visits, visitWords)
	addAll(lx.letters, letterWords)
	addAll(lx.planned, plannedWords)
	addAll(lx.denied, deniedWords)
	addAll(lx.notContact, notContactWords)
	addAll(lx.dayParts, dayParts)
	addAll(lx.sameDay, sameDayWords)
	addAll(lx.later, laterWords)
	addAll(lx.vague, vagueWords)
	lx.group = newWordSet(groupWords)
	lx.collective = newWordSet(collectiveWords)
	lx.companion = newWordSet(companionWords)
	lx.presence = newWordSet(presenceWords)
	lx.contactVerb = newWordSet(contactVerbs)
	lx.eventNoun = newWordSet(eventNouns)
	lx.possContact = newWordSet(possContact)
	lx.relBefore = newWordSet(relBefore)
	lx.relAfter = newWordSet(relAfter)
	lx.relFiller = newWordSet(relFiller)
	lx.eve = newWordSet(eveWords)
	lx.morrow = newWordSet(morrow)
	lx.join = newWordSet(joinWords)
	lx.receive = newWordSet(receiveWords)
	lx.host = newWordSet(hostWords)
	lx.tour = newWordSet(tourWords)
	lx.speechOnly = newWordSet(speechOnlyVerbs)
	for _, w := range weekdays {
		for _, f := range w.forms {
			lx.weekdays.add(f, w.day)
		}
	}
	for i, m := range months {
		for _, f := range m {
			lx.months.add(f, i+1)
		}
	}
	lx.today = newWordSet(todayWords)
	lx.yesterday = newWordSet(yesterday)
	lx.tomorrow = newWordSet(tomorrow)
	lx.past = newWordSet(pastWords)
	lx.future = newWordSet(futureWords)
	for _, b := range boilerplateMarkers {
		lx.boiler = append(lx.boiler, graph.Fold(b))
	}
	var verbForms []string
	for _, v := range reportingVerbs {
		verbForms = append(verbForms, v.forms...)
	}
	for _, v := range participles {
		verbForms = append(verbForms, v.forms...)
	}
	lx.stop = newWordSet(stopWords, verbForms, meetWords, visitWords, callWords, letterWords, titleModifiers, eveWords, morrow, possContact)
	for _, w := range weekdays {
		for _, f := range w.forms {
			lx.stop[graph.Fold(f)] = true
		}
	}
	for _, m := range months {
		for _, f := range m {
			lx.stop[graph.Fold(f)] = true
		}
	}
	lx.particles = newWordSet(nameParticles)
	lx.nouns = newWordSet(commonNouns)
	lx.regnal = newWordSet(regnalWords)
	lx.compound = newWordSet(compoundSeconds)
	lx.generic = newWordSet(genericAdjectives)
	lx.facilities = newWordSet(facilityWords)
	return lx
}

// loadCountries reads every ISO country from CLDR with its Arabic and
// English names, adds the hand-kept short forms, and derives the nisba
// adjective of each single-word name.
func (lx *lexicon) loadCountries() {
	arNames, enNames := display.Arabic.Regions(), display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || skipCountries[code] || r.Canonicalize() != r {
				continue
			}
			arName, enName := arNames.Name(r), enNames.Name(r)
			if arName == "" || enName == "" {
				continue
			}
			idx := len(lx.countries)
			lx.countries = append(lx.countries, country{code: code, ar: arName, en: enName})
			lx.countryIdx[code] = idx
			if !strings.ContainsAny(arName, "()-") {
				lx.countryPh.add(arName, idx)
			}
			if base, ok := nisbaBase(arName); ok {
				if _, taken := lx.nisba[base]; !taken {
					lx.nisba[base] = idx
				}
			}
		}
	}
	// In code order: when two countries' forms give the same nisba, the
	// first keeps it, the same one in every run.
	for _, code := range slices.Sorted(maps.Keys(countryForms)) {
		forms := countryForms[code]
		idx, ok := lx.countryIdx[code]
		if !ok {
			continue
		}
		if len(forms) > 0 && !strings.ContainsAny(lx.countries[idx].ar, "()-") && strings.Count(lx.countries[idx].ar, " ") > strings.Count(forms[0], " ") {
			// Prefer the short press form as the entity's name.
			lx.countries[idx].ar = forms[0]
		}
		for _, f := range forms {
			lx.countryPh.add(f, idx)
			if base, ok := nisbaBase(f); ok {
				if _, taken := lx.nisba[base]; !taken {
					lx.nisba[base] = idx
				}
			}
		}
	}
	for _, code := range slices.Sorted(maps.Keys(nisbaForms)) {
		forms := nisbaForms[code]
		if idx, ok := lx.countryIdx[code]; ok {
			for _, f := range forms {
				lx.nisba[graph.Fold(f)] = idx
			}
		}
	}
}

// nisbaBase derives the masculine nisba adjective of a one-word country
// name, folded and without the article: روسيا → روسي, فرنسا → فرنسي,
// مصر → مصري, السعودية → سعودي, الإمارات → اماراتي.
func nisbaBase(name string) (string, bool) {
	f := graph.Fold(name)
	if strings.Contains(f, " ") || runeLen(f) < 3 {
		return "", false
	}
	if strings.HasPrefix(name, "ال") {
		// the article, not the hamza of "ألمانيا", "ألبانيا"
		f = strings.TrimPrefix(f, "ال")
	}
	switch {
	case strings.HasSuffix(f, "يه"):
		f = strings.TrimSuffix(f, "ه")
	case strings.HasSuffix(f, "يا"):
		f = strings.TrimSuffix(f, "ا")
	case strings.HasSuffix(f, "ا"):
		f = strings.TrimSuffix(f, "ا") + "ي"
	case strings.HasSuffix(f, "ي"):
	default:
		f += "ي"
	}
	return f, runeLen(f) >= 3
}

// nisbaOf returns the country index of a nationality adjective in any
// gender and number, with or without the article and proclitics.
func (lx *lexicon) nisbaOf(f string) (int, string, bool) {
	for _, v := range variants(f) {
		if lx.isCountryName(v.stem) {
			return 0, "", false // "روسيا", "جورجيا" are names, not adjectives
		}
		// Without the article, then as it is: "الألماني" and "ألماني"
		// both fold to a word that begins with ال.
		for _, w := range []string{strings.TrimPrefix(v.stem, "ال"), v.stem} {
			for _, suf := range nisbaSuffixes {
				if !strings.HasSuffix(w, suf) {
					continue
				}
				base := strings.TrimSuffix(w, suf) + "ي"
				if idx, ok := lx.nisba[base]; ok {
					return idx, v.prefix, true
				}
			}
			if !strings.HasPrefix(v.stem, "ال") {
				break
			}
		}
	}
	return 0, "", false
}

// isCountryName reports whether a folded word is by itself the name of a
// country.
func (lx *lexicon) isCountryName(w string) bool {
	for _, p := range lx.countryPh.byFirst[w] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}
