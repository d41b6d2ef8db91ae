// Package en is newsgraph's English extractor: it reads English news
// articles and finds the people, organizations and places they mention,
// what those entities said, whom they called, met, visited or wrote to,
// and which roles they hold.
//
// The extractor is rule-based. Its language knowledge lives in named tables
// (lexicon.go: titles, role nouns, reporting and contact verbs, date words,
// boilerplate markers; gazetteer.go: countries from CLDR via
// golang.org/x/text, demonyms derived by suffix rules with a short list of
// exceptions, and a hand list of cities). Names of particular people are
// never listed: a person is recognized by a title or role ("Foreign
// Minister X", "X, spokesperson for Y"), by the shape of the name, or by
// its place before a reporting verb.
//
// Extract works in passes over the document's sentences:
//
//  1. prepare: tokenize each sentence (byte offsets into the text), skip
//     the headline and boilerplate lines (bylines, captions, "Read more")
//     and cut the dateline off the first body sentence;
//  2. collectNames: gather full person names, so that a surname or given
//     name resolves to the full name wherever it appears;
//  3. findMentions: split capitalized chunks into places, organizations,
//     titles and names, resolve them to entities, and record roles and
//     anaphors ("the ministry", "the two leaders", "the Egyptian
//     president");
//  4. per sentence: dates, statements (quotes, reported speech,
//     participles, "according to") and contacts (with status and date).
//
// Countries carry the key "place:CC" (ISO 3166-1 alpha-2), as in the
// Arabic extractor, so that articles in both languages share the node.
package en
