// Package schema is newsgraph's GraphQL API: schema.graphql (embedded),
// resolvers that wrap graph values, the limits that keep hostile queries
// cheap, and the HTTP handler that serves /graphql, /ingest, /export,
// /healthz and the query page.
//
// GET /export and Query.graphviz (export.go) choose a subgraph with the
// export package's Params and Select, as the export command does, and
// write it as JSON, DOT or a picture drawn by Graphviz.
//
// The root resolver holds the graph.Store. Resolvers of a list read the next
// level once for the whole list through a per-request loader, so that a page
// of contacts reads each participant and article once. Lists are cursor
// connections (opaque base64 cursors) ordered newest first.
//
// Ingest goes through an *ingest.Pipeline that the command wires with its
// extractors; this package never imports them.
package schema
