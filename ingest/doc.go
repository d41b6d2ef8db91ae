// Package ingest reads articles (plain text, HTML, JSON Lines, folders,
// standard input), detects their language, splits them into sentences and
// turns what an Extractor finds into a graph.Batch.
//
// Language rules live in the leaf packages ingest/ar and ingest/en, which
// import this package; this package never imports them. The command wires
// the extractors in with a Pipeline.
package ingest
