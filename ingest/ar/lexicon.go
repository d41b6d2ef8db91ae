package ar

import (
	"fmt"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// The language rules of the Arabic extractor, as data. The tables are in
// data/*.tsv (see data.go for the format); this file reads them into the
// variables the rules use. Every list is written in ordinary Arabic
// spelling; New folds each entry with graph.Fold so that hamza, alef, ta
// marbuta and diacritic variants all match.

// boilerplateMarkers open lines that carry no facts: links to other
// articles, bylines and agency credits.
var boilerplateMarkers = column(boilerplateFile.rows(), 0)

// The one-letter proclitics that attach to a word: the conjunctions و and
// ف, then the prepositions ب, ل and ك.
var conjClitics, prepClitics = loadClitics()

func loadClitics() (conj, prep []string) {
	for _, r := range cliticsFile.rows() {
		if r.vals[1] == "conj" {
			conj = append(conj, r.vals[0])
		} else {
			prep = append(prep, r.vals[0])
		}
	}
	return conj, prep
}

// titleDef is a title or role word that anchors a person's name.
type titleDef struct {
	phrase string // as written, possibly several words
	role   string // English role
	class  string // what a role-only reference is compared on
	// org says an organization or domain may follow ("المتحدث باسم ...",
	// "عضو مجلس الشيوخ", "وزير الخارجية").
	org bool
	// noName marks titles that are only ever role-only references.
	noName bool
}

var titles = loadTitles()

func loadTitles() []titleDef {
	var out []titleDef
	for _, r := range titlesFile.rows() {
		out = append(out, titleDef{r.vals[0], r.vals[1], r.vals[2], yes(r.vals[3]), yes(r.vals[4])})
	}
	return out
}

// The classes of titles and how they behave (classes.tsv):
//
//   - roleOnlyClasses may stand for a person alone ("الرئيس الفرنسي").
//     Honorifics and heads of offices do not.
//   - uniqueClasses may refer, with no country or body, to the one person
//     of the article who holds that title ("وأوضح المتحدث الرسمي", "وأكد
//     الرئيس").
//   - domainFirst classes take a domain of definite words before anything
//     else: "وزير الموارد المائية", "مستشار الأمن الوطني".
//   - inferable are the classes whose country is often left unsaid:
//     "الرئيس إبراهيم رئيسي" beside "الرئاسة الإيرانية", "وزير الموارد
//     المائية" in a story datelined in Baghdad.
var roleOnlyClasses, uniqueClasses, domainFirst, inferable = loadClasses()

func loadClasses() (roleOnly, unique, first, infer map[string]bool) {
	roleOnly, unique, first, infer = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range classesFile.rows() {
		for j, m := range []map[string]bool{roleOnly, unique, first, infer} {
			if yes(r.vals[j+1]) {
				m[r.vals[0]] = true
			}
		}
	}
	return roleOnly, unique, first, infer
}

// classNames lists the classes a title may have.
func classNames() []string { return column(classesFile.rows(), 0) }

// honorificPronouns refer back to the person last given that honorific:
// "سموه" to "صاحب السمو الشيخ …", "فخامته" to "فخامة الرئيس …".
var honorificPronouns = loadPronouns()

func loadPronouns() map[string][]string {
	m := map[string][]string{}
	for _, r := range pronounsFile.rows() {
		m[r.vals[0]] = append(m[r.vals[0]], r.vals[1])
	}
	return m
}

// partyAdjectives after a person's title name the party; partyNames give
// them their English names and keys, in the same order.
var partyAdjectives, partyNames = loadParties()

func loadParties() ([]struct{ forms []string }, []struct{ en, key string }) {
	var adjs []struct{ forms []string }
	var names []struct{ en, key string }
	idx := map[string]int{}
	for _, r := range partiesFile.rows() {
		i, ok := idx[r.vals[1]]
		if !ok {
			i = len(adjs)
			idx[r.vals[1]] = i
			adjs = append(adjs, struct{ forms []string }{})
			names = append(names, struct{ en, key string }{r.vals[1], r.vals[2]})
		} else if names[i].key != r.vals[2] {
			panic(fmt.Sprintf("parties.tsv:%d: %s has key %q and %q", r.line, r.vals[1], names[i].key, r.vals[2]))
		}
		adjs[i].forms = append(adjs[i].forms, r.vals[0])
	}
	return adjs, names
}

// reportingVerbs are the verbs that introduce what someone said, in their
// perfect and imperfect, masculine and feminine forms; participles report
// more of what the sentence's speaker said. intro lists the prepositions
// that open the reported content after the verb besides the
// complementisers. speechOnlyVerbs report speech only when what follows
// opens it (a complementiser, a colon, a quotation): "تابع الرئيس
// التطورات" and "كتب رسالة" report nothing.
type verbDef struct {
	forms []string
	intro []string
}

var reportingVerbs, participles, speechOnlyVerbs = loadVerbs()

func loadVerbs() (verbs, parts []verbDef, speechOnly []string) {
	type at struct {
		kind string
		i    int
	}
	idx := map[string]at{}
	for _, r := range verbsFile.rows() {
		form, kind, lemma, intro := r.vals[0], r.vals[1], r.vals[2], r.vals[3]
		list := &verbs
		if kind == "participle" {
			list = &parts
		}
		a, ok := idx[lemma]
		switch {
		case !ok:
			a = at{kind, len(*list)}
			idx[lemma] = a
			*list = append(*list, verbDef{intro: split(intro)})
		case a.kind != kind:
			panic(fmt.Sprintf("reporting_verbs.tsv:%d: %s is a %s and a %s", r.line, lemma, a.kind, kind))
		}
		d := &(*list)[a.i]
		if !sameStrings(d.intro, split(intro)) {
			panic(fmt.Sprintf("reporting_verbs.tsv:%d: %s has intro %q, other forms of %s have %q", r.line, form, intro, lemma, d.intro))
		}
		d.forms = append(d.forms, form)
		if yes(r.vals[4]) {
			speechOnly = append(speechOnly, form)
		}
	}
	return verbs, parts, speechOnly
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var statementWords = loadLists(statementFile)

var (
	// asides are the comma-enclosed phrases that may sit between a
	// subject and its verb: "البنتاغون، من جهته، أعلن".
	asides = statementWords.list("aside")
	// complementisers open reported speech; the multiword ones are listed
	// as written.
	complementisers = statementWords.list("complementiser")
	// sourceMarkers attribute a claim to a source that is not its speaker.
	sourceMarkers = statementWords.list("source")
	// clauseBreaks are words that, after a comma, start a new clause:
	// contacts are read clause by clause.
	clauseBreaks = statementWords.list("clause_break")
	// contentBreaks, after a comma, end reported content: a new
	// attribution, a source, a contrast. Reported speech runs over other
	// commas.
	contentBreaks = statementWords.list("content_break")
)

// Contact vocabulary.
var contactWords = loadLists(contactFile)

var (
	callWords   = contactWords.list("call")
	meetWords   = contactWords.list("meet")
	visitWords  = contactWords.list("visit")
	letterWords = contactWords.list("letter")
	// Words that mark a contact as planned, denied, or not a contact at all.
	plannedWords    = contactWords.list("planned")
	deniedWords     = contactWords.list("denied")
	notContactWords = contactWords.list("not_contact")
	// groupWords stand for the participants of the previous contact.
	groupWords = contactWords.list("group")
	// collectiveWords before an organization make it a contact party
	// ("بحضور قادة دول مجلس التعاون").
	collectiveWords = contactWords.list("collective")
	// eventNouns name a contact already told: "شارك في الاجتماع".
	eventNouns = contactWords.list("event_noun")
	// joinWords bring someone into the event just told.
	joinWords = contactWords.list("join")
	// receiveWords make the subject the receiver: "تلقى اتصالاً من".
	receiveWords = contactWords.list("receive")
	// hostWords receive a guest: the subject hosts, the object visits.
	hostWords = contactWords.list("host")
	// tourWords list the places of a tour: "جولة تشمل".
	tourWords = contactWords.list("tour")
	// companionWords bring another traveller on a visit.
	companionWords = contactWords.list("companion")
	// presenceWords add a participant to a meeting.
	presenceWords = contactWords.list("presence")
	// contactVerbs may be followed by their subject's bare name:
	// "استقبل محمد بن سلمان الرئيس الفرنسي", "وصل جون كيري إلى القاهرة".
	contactVerbs = contactWords.list("contact_verb")
	// possContact are contact nouns with a pronoun ("لقائه بالرئيس"): the
	// sentence's subject's own meeting, call or visit, often one told
	// before.
	possContact = contactWords.list("poss_contact")
)

// Date vocabulary.
var dateWords = loadLists(dateFile)

var (
	weekdays = loadWeekdays()
	// months lists both the Egyptian-Gulf names and the Levantine-Iraqi
	// ones.
	months       = loadMonths()
	dayParts     = dateWords.list("day_part")
	todayWords   = dateWords.list("today")
	yesterday    = dateWords.list("yesterday")
	tomorrow     = dateWords.list("tomorrow")
	pastWords    = dateWords.list("past")
	futureWords  = dateWords.list("future")
	sameDayWords = dateWords.list("same_day")
	laterWords   = dateWords.list("later")
	// A day before or after another event: "قبل يوم من", "بعد يومين
	// من", "عشية" (the eve of), "غداة" (the day after). relDays counts the
	// days of the word after قبل or بعد.
	relBefore  = dateWords.list("rel_before")
	relAfter   = dateWords.list("rel_after")
	relDays    = foldKeys(dateWords.ints("rel_day"))
	relFiller  = dateWords.list("rel_filler")
	eveWords   = dateWords.list("eve")
	morrow     = dateWords.list("morrow")
	vagueWords = dateWords.list("vague")
)

func loadWeekdays() []struct {
	forms []string
	day   int // time.Weekday
} {
	var out []struct {
		forms []string
		day   int
	}
	order, groups := dateWords.grouped("weekday")
	for _, d := range order {
		out = append(out, struct {
			forms []string
			day   int
		}{groups[d], d})
	}
	return out
}

// loadMonths groups the Arabic month names of the table both languages
// share (ingest/data/months.tsv) by month: months[0] are January's.
func loadMonths() [][]string {
	out := make([][]string, 12)
	for _, n := range ingest.MonthNames("ar") {
		out[n.Month-1] = append(out[n.Month-1], n.Name)
	}
	for i, forms := range out {
		if len(forms) == 0 {
			panic(fmt.Sprintf("ingest/data/months.tsv: no Arabic name of month %d", i+1))
		}
	}
	return out
}

// foldKeys folds the keys of a table looked up by folded word.
func foldKeys[V any](m map[string]V) map[string]V {
	out := map[string]V{}
	for k, v := range m {
		out[graph.Fold(k)] = v
	}
	return out
}

var nameWords = loadLists(nameFile)

var (
	// stopWords never belong to a person's name: particles, prepositions,
	// pronouns, time words and frequent verbs and nouns of news prose.
	stopWords = nameWords.list("stop")
	// commonNouns are definite nouns that often follow a name as its
	// verb's object; they do not close a name as a family name with the
	// article would.
	commonNouns = nameWords.list("common_noun")
	// nameParticles join the parts of a name and never end one.
	nameParticles = nameWords.list("name_particle")
	// compoundSeconds are the second words of compound given names: "نور
	// الدين", "صلاح الدين", "سيف الإسلام", "فتح الله". With the word before
	// them they are one part of the name, not a family name.
	compoundSeconds = nameWords.list("compound_second")
	// genericAdjectives describe a body without naming it: "اللجنة
	// المشتركة", "اللجنة الفنية", "المجلس الأعلى" are whatever committee or
	// council the story is about. A head with only these after it is no
	// named organization; a country, a nisba or a complement ("للقضاء")
	// names it.
	genericAdjectives = nameWords.list("generic_adjective")
	// regnalWords may end a name after its first word ("عبد الله الثاني").
	regnalWords = nameWords.list("regnal")
	// facilityWords name a place after a person ("مطار الملك خالد"); a
	// title right after one of them is not a person.
	facilityWords = nameWords.list("facility")
	// titleModifiers may follow a title word without ending it.
	titleModifiers = nameWords.list("title_modifier")
	// titleHeads open titles that a reading may mistake for a name's first
	// word; a "person" named by one and definite words only is no one
	// ("رئيس الجمعية الوطنية").
	titleHeads = nameWords.list("title_head")
	// domainJoins join one more portfolio to a minister's: "وزير
	// الخارجية وشؤون المغتربين".
	domainJoins = nameWords.list("domain_join")
	// abbreviations end with a period that does not end a sentence: "د."
	// for doctor, "م." for engineer, "أ." for professor.
	abbreviations = nameWords.list("abbreviation")
	// nisbaSuffixes are the endings of a nisba adjective after its base
	// ي: feminine, plurals, dual and the accusative with tanween, tried in
	// order.
	nisbaSuffixes = nameWords.list("nisba_suffix")
	// domainRoles name a minister's portfolio in English, by folded word.
	domainRoles = foldKeys(nameWords.pairs("domain_role"))
)

var orgWords = loadLists(orgWordFile)

var (
	// openHeads start an organization's name that runs over the following
	// definite words: "وزارة الموارد المائية", "لجنة الشؤون الخارجية
	// النيابية", "المجلس الأعلى للأمن القومي".
	openHeads = orgWords.list("open_head")
	// constructNouns may stand inside an organization's name before the
	// word that ends it: "حكومة إقليم كوردستان", "ائتلاف دولة القانون".
	constructNouns = orgWords.list("construct_noun")
	// countryAdjectives complete a country's official name after it:
	// "جمهورية روسيا الاتحادية".
	countryAdjectives = orgWords.list("country_adjective")
	// mediaHeads introduce the name of an outlet, agency or platform,
	// usually quoted.
	mediaHeads = orgWords.list("media_head")
	// outletHeads may name an outlet without quotation marks ("موقع
	// أكسيوس").
	outletHeads = orgWords.list("outlet_head")
)
