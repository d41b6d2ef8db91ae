// Package examples holds short articles written for newsgraph's demo and
// tests: fictional officials, real countries, the constructions that news
// about calls, meetings and statements uses.
package examples

import "embed"

// Files holds the example articles (*.txt).
//
//go:embed *.txt
var Files embed.FS
