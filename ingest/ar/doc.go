// Package ar is newsgraph's Arabic extractor: it reads Arabic news articles
// and finds the people, organizations and places they mention, what those
// people and bodies said, who called, met, visited or wrote to whom, and
// who holds which role.
//
// The extractor is a scanner over byte offsets, one loop per sentence and
// pass. Each sentence is cut into tokens that keep their spans, their
// graph.Fold form and their clitic-stripped variants (و، ف، ب، ل، ك).
//
//  1. The first pass (entities.go, persons.go) reads entities left to
//     right: people anchored by title chains ("الرئيس الروسي فلاديمير
//     بوتين", "المتحدث باسم الكرملين، دميتري بيسكوف", "سامر الخطيب، رئيس
//     مكتب الرئيس اللبناني"); organizations built by rule from a head and a
//     nationality ("الخارجية العراقية"), from open heads ("لجنة الشؤون
//     الخارجية النيابية"), from a short hand list, or named by a media head
//     ("موقع “صدى الشرق”"); countries from the CLDR names of
//     golang.org/x/text with a hand list of capitals and major cities; and
//     nationality adjectives derived from the country names by rule
//     (الأوكرانية → أوكرانيا).
//  2. The second pass finds later mentions of known names (a surname, "بن
//     سلمان", a spelling with غ for ج), people named right after a
//     reporting verb, honorific pronouns ("سموه"), and resolves role-only
//     references ("الرئيس المصري", "الضيف التركي", "نظيره الفرنسي") to the
//     person they stand for.
//  3. The last pass reads facts sentence by sentence: statements
//     (statements.go: reporting verbs and participles, their speakers
//     before or after them or carried from the sentence before, reported
//     speech from the complementiser, quotations, "بحسب" sources),
//     contacts (contacts.go: calls, meetings, visits and letters clause by
//     clause, with their planned or denied status and their dates,
//     dates.go) and roles from the title chains.
//
// Some rules read what folding loses or what the sentence implies.
// Homographs that only the vowels tell apart (عمّان the city, عُمان the
// country) follow the written shadda or damma, and when bare, the reading
// the article supports, once per article (homograph.go). A compound given
// name ("نور الدين", "سيف الإسلام") is one part of a name, and a word
// with tanween is no name. After ل the article's alef is restored when an
// agreeing definite adjective follows ("للجنة المشتركة"), and a body named
// only by a head and descriptive adjectives ("اللجنة الفنية") is no
// organization. A host receiving a guest from abroad "في" a city gives the
// guest a visit there; a reported clause whose subject is an unnamed noun
// ("أن وفداً التقى") does not lend the speaker its contact, nor its
// statement: a reporting verb inside reported content speaks for its own
// subject ("أعلنت الرئاسة أن الرئيس X شدد على"), named or not. A contact
// noun with a pronoun ("قبل يوم من لقائه بالرئيس") is the subject's own
// contact, not one more party to the clause's verb; when told before it
// is that contact again, with its day, and it dates the verb's contact by
// counting days from it ("قبل يوم من", "بعد يومين من", "عشية"), or leaves
// it undated. A title
// without a country takes the ministry's or government's country named in
// its sentence or the one before, else the dateline's or the article's.
//
// Every language rule is data, in data/*.tsv (embedded, read when the
// package starts by data.go, linted by data_test.go): titles with their
// classes, reporting verbs, complementisers, contact words, months,
// weekdays and boilerplate markers (read by lexicon.go), and the exceptions
// to the rules that derive country names and nationality adjectives, and
// the hand lists of cities and institutions (gazetteer_data.go); the
// institutions shared with the English extractor are in package ingest.
// Lines that open with a boilerplate marker ("اقرأ أيضاً:", "كتبت:") give
// nothing, and the headline gives entities but no facts.
package ar
