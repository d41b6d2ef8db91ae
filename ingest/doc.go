// Package ingest reads articles (plain text, HTML, JSON Lines, folders,
// standard input), detects their language, splits them into sentences and
// turns what an Extractor finds into a graph.Batch. Pipeline.Ingest is the
// one loop from articles to a graph.Store (a pool of extraction workers,
// batches applied in input order, counts and per-article errors) that the
// command and the server share.
//
// Language rules live in the leaf packages ingest/ar and ingest/en, which
// import this package; this package never imports them. The command wires
// the extractors in with a Pipeline.
package ingest
