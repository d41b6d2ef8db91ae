package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"newsgraph/graph"
)

// dqlTypes are the Dgraph scalar types of the property types.
var dqlTypes = map[propType]string{
	typeString: "string",
	typeBool:   "bool",
	typeLong:   "int",
	typeDouble: "float",
	typeDate:   "datetime",
}

const dqlHeader = `# Dgraph schema of a newsgraph export (newsgraph export --format dgraph).
#
# Load into a running cluster, then again after a later export, without
# duplicating nodes: every node carries its newsgraph ID in <xid>, and the
# live loader can match blank nodes on it:
#
#   dgraph live -f data.rdf.gz -s schema.dql --upsertPredicate xid
#
# or remember which uid each blank node got between runs:
#
#   dgraph live -f data.rdf.gz -s schema.dql --xidmap xidmap/
#
# Bulk load into a new cluster (keeping the labels as xids):
#
#   dgraph bulk -f data.rdf.gz -s schema.dql --store_xids --xidmap xidmap/
#
# Blank node labels are the newsgraph IDs (_:per-3f2a...), the same in
# every export. Names and statements are language-tagged (name@ar, name@en),
# so those predicates are declared @lang; aliases are a list, on which Dgraph
# allows no @lang, so they are untagged. Edges are [uid] with @reverse, so
# ~called finds who was called by whom. Edge properties are facets: date,
# status, article, evidence, id; folded (how many) and first (earliest date)
# when several contacts of one kind between the same two nodes share an edge.
`

// WriteDgraphSchema writes the DQL schema of WriteDgraph's output for g:
// every predicate it writes, typed, and one type per node kind.
func WriteDgraphSchema(w io.Writer, g *graph.Subgraph) error {
	g = sortedCopy(g)
	bw := bufio.NewWriter(w)
	bw.WriteString(dqlHeader)
	bw.WriteString("\n")
	fixed := []string{
		predXID + ": string @index(exact) @upsert .",
		predName + ": string @lang @index(exact, term) .",
		predAlias + ": [string] @index(exact, term) .",
		predText + ": string @lang @index(fulltext) .",
		predArt + ": [uid] @reverse .",
	}
	for _, l := range fixed {
		bw.WriteString(l + "\n")
	}
	for _, k := range graph.EdgeKinds {
		fmt.Fprintf(bw, "%s: [uid] @reverse @count .\n", k)
	}
	preds := map[graph.NodeKind][]string{}
	add := func(kind graph.NodeKind, p string) {
		if !slices.Contains(preds[kind], p) {
			preds[kind] = append(preds[kind], p)
		}
	}
	for _, c := range propColumns(nodeProps(g), graph.PropNameEn, graph.PropText, graph.PropArticle) {
		fmt.Fprintf(bw, "%s: %s .\n", nodePredicate(c.key), dqlTypes[c.typ])
	}
	kinds := map[graph.ID]graph.NodeKind{}
	for _, n := range g.Nodes {
		kinds[n.ID] = n.Kind
		for _, p := range []string{predXID, predName, predAlias} {
			add(n.Kind, p)
		}
		for k, v := range n.Props {
			switch {
			case v == nil || k == graph.PropNameEn:
			case k == graph.PropText:
				add(n.Kind, predText)
			case k == graph.PropArticle:
				add(n.Kind, predArt)
			default:
				add(n.Kind, nodePredicate(k))
			}
		}
	}
	for _, e := range g.Edges {
		if k, ok := kinds[e.From]; ok {
			add(k, string(e.Kind))
		}
	}
	for _, k := range graph.NodeKinds {
		ps := preds[k]
		if len(ps) == 0 {
			ps = []string{predXID, predName, predAlias}
		}
		slices.Sort(ps)
		fmt.Fprintf(bw, "\ntype %s {\n", typeName(k))
		for _, p := range ps {
			fmt.Fprintf(bw, "  %s\n", p)
		}
		bw.WriteString("}\n")
	}
	return bw.Flush()
}

// dgraphGraphQL is a GraphQL schema for Dgraph's /admin/schema over the
// predicates of schema.dql, so the same data can be queried with GraphQL.
const dgraphGraphQL = `# GraphQL schema for Dgraph (POST it to /admin/schema after loading
# data.rdf.gz with schema.dql). Fields map onto the DQL predicates with
# @dgraph(pred: ...), names in each language with name@ar and name@en.

union Entity = Person | Organization | Place

type Person @dgraph(type: "Person") {
  xid: String! @id @dgraph(pred: "xid")
  name: String @search(by: [exact, term]) @dgraph(pred: "name")
  nameAr: String @dgraph(pred: "name@ar")
  nameEn: String @dgraph(pred: "name@en")
  alias: [String] @search(by: [exact, term]) @dgraph(pred: "alias")
  called: [Entity] @dgraph(pred: "called")
  met: [Entity] @dgraph(pred: "met")
  visited: [Entity] @dgraph(pred: "visited")
  wroteTo: [Entity] @dgraph(pred: "wrote_to")
  contacted: [Entity] @dgraph(pred: "contacted")
  said: [Statement] @dgraph(pred: "said")
  holdsRole: [Entity] @dgraph(pred: "holds_role")
  mentionedIn: [Article] @dgraph(pred: "mentioned_in")
}

type Organization @dgraph(type: "Organization") {
  xid: String! @id @dgraph(pred: "xid")
  name: String @search(by: [exact, term]) @dgraph(pred: "name")
  nameAr: String @dgraph(pred: "name@ar")
  nameEn: String @dgraph(pred: "name@en")
  alias: [String] @search(by: [exact, term]) @dgraph(pred: "alias")
  called: [Entity] @dgraph(pred: "called")
  met: [Entity] @dgraph(pred: "met")
  visited: [Entity] @dgraph(pred: "visited")
  wroteTo: [Entity] @dgraph(pred: "wrote_to")
  contacted: [Entity] @dgraph(pred: "contacted")
  said: [Statement] @dgraph(pred: "said")
  mentionedIn: [Article] @dgraph(pred: "mentioned_in")
}

type Place @dgraph(type: "Place") {
  xid: String! @id @dgraph(pred: "xid")
  name: String @search(by: [exact, term]) @dgraph(pred: "name")
  nameAr: String @dgraph(pred: "name@ar")
  nameEn: String @dgraph(pred: "name@en")
  alias: [String] @search(by: [exact, term]) @dgraph(pred: "alias")
  mentionedIn: [Article] @dgraph(pred: "mentioned_in")
}

type Article @dgraph(type: "Article") {
  xid: String! @id @dgraph(pred: "xid")
  name: String @search(by: [exact, term]) @dgraph(pred: "name")
  url: String @dgraph(pred: "url")
  language: String @dgraph(pred: "language")
}

type Statement @dgraph(type: "Statement") {
  xid: String! @id @dgraph(pred: "xid")
  text: String @search(by: [fulltext]) @dgraph(pred: "text")
  direct: Boolean @dgraph(pred: "direct")
  article: [Article] @dgraph(pred: "article")
}
`

// WriteDgraphGraphQL writes the GraphQL schema that goes with
// WriteDgraphSchema's DQL schema.
func WriteDgraphGraphQL(w io.Writer) error {
	_, err := io.WriteString(w, dgraphGraphQL)
	return err
}
