// Package en is newsgraph's English extractor: it reads English news
// articles and finds the people, organizations and places they mention,
// what those entities said, whom they called, met, visited or wrote to,
// and which roles they hold.
//
// The extractor is rule-based. Its language knowledge lives in named tables,
// read at start-up from the tab-separated files of data/ (embedded; format
// in data.go, checked by lexicon_test.go): titles, role nouns, organization
// and place head words, reporting and contact words, status markers,
// boilerplate markers, months, cities and demonym exceptions. A contact
// trigger's line in data/contact_triggers.tsv gives its kind, the word it
// needs, the name of its own checks (contact_rules.go) and its flags.
// gazetteer.go reads every country from CLDR (golang.org/x/text), derives
// demonyms by suffix rules ("Ukraine" → "Ukrainian", "Iraq" → "Iraqi") with
// a short list of exceptions ("British", "Saudi"), and adds a hand list of
// cities. No table names a particular person: a person is recognized by a
// title or role ("Foreign Minister X", "X, spokesperson for Y"), by the
// shape of a capitalized name, or by its place before a reporting verb.
//
// Extract works in passes over the document's sentences (Split gives them,
// with English abbreviations):
//
//  1. prepare (extract.go): tokenize each sentence with byte offsets
//     (tokens.go); skip the headline (a first line that ends with a full
//     stop is the body's first sentence) and boilerplate lines (bylines,
//     captions, "Read more", short labels and title-case lines of page
//     chrome); cut the dateline off the first body sentence, up to its
//     agency ("ISLAMABAD, Sep 9 (APP):", "Addis Ababa May 25/2022/ENA/").
//  2. collectNames (mentions.go): gather full person names, so that a
//     surname or given name resolves to the full name wherever it is.
//  3. findMentions (resolve.go, roles.go): split capitalized chunks into
//     places, organizations, titles and names; resolve them to entities;
//     record roles from titles and appositives; find anaphors ("the
//     ministry", "the two leaders", "the Egyptian president").
//  4. per sentence: date phrases (dates.go); statements (statements.go):
//     quotations, reported speech, participles, "according to"; contacts
//     (contacts.go) with participants, initiator, status and date.
//  5. finish: roles that wait for their country, and renumbering.
//
// Rules rest on English grammar and news style, not on the development
// articles: an inner word of a full name ("Quispe" of "Gabriela Quispe
// Mamani") is the person when only one fits; an unknown name that is the
// object of "visited" or "travelled to", stands in apposition to "the
// capital" or comes before "-based" is a place, everywhere in the article;
// "the Vietnamese leader", "Vietnam's leader" or "the Kremlin spokesman"
// is the one person already named with that country or organization and a
// fitting role (none when two fit); "X, a spokesman for Y, said" is said
// by X; and a coordinated verb ("X thanked Y and met Z") shares the first
// verb's subject.
//
// Countries carry the key "place:CC" (ISO 3166-1 alpha-2) and well-known
// organizations the keys of the Arabic extractor ("org:nato"), so that
// articles in both languages share those nodes.
//
// Work per sentence is bounded (a sentence is read up to 256 tokens) and
// name look-ups are indexed, so Extract runs in about linear time on any
// input.
package en
