// Package ar is newsgraph's Arabic extractor: it reads Arabic news articles
// and finds the people, organizations and places they mention, what those
// people and bodies said, who called, met, visited or wrote to whom, and
// who holds which role.
//
// The extractor is a scanner over byte offsets. Each sentence is split into
// tokens that keep their spans; a first pass finds entities anchored by
// titles ("الرئيس الروسي فلاديمير بوتين", "المتحدث باسم الكرملين، دميتري
// بيسكوف"), organizations ("الخارجية العراقية", "وكالة الأنباء السعودية
// (واس)"), places from the CLDR country names and a short hand list of
// cities, and nationality adjectives derived from the country names
// (الأوكرانية → أوكرانيا). A second pass finds later mentions of the same
// people by surname, with clitics (و، ف، ب، ل، ك، ال), and resolves
// role-only references ("الرئيس المصري", "الضيف التركي") to the person
// they stand for. A last pass reads statements (reporting verbs, their
// participles and quotations), contacts (calls, meetings, visits, letters,
// with their status and date) and roles.
//
// Every language rule is data: lexicon.go lists titles, reporting verbs,
// complementisers, contact words, months and weekdays and boilerplate
// markers; gazetteer_data.go keeps the exceptions to the rules that derive
// country names and nationality adjectives. Names are compared with
// graph.Fold, so hamza, alef, ta marbuta, alef maqsura and diacritic
// variants match.
package ar
