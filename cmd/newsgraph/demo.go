package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	neturl "net/url"
	"slices"
	"strings"
	"time"

	"newsgraph/examples"
	"newsgraph/graph"
	"newsgraph/ingest"
)

// demoPublished is the publication date given to the bundled examples,
// which say "on Tuesday" and "yesterday" without a date of their own.
var demoPublished = time.Date(2026, time.March, 12, 0, 0, 0, 0, time.UTC)

func (e *env) demo(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	sc := serveFlags(fs)
	noServe := fs.Bool("no-serve", false, "print the findings and exit instead of serving them")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer store.Close()
	names, err := fsGlob(examples.Files, "*.txt")
	if err != nil {
		return err
	}
	feed := func(emit func(*ingest.Article, error), done func()) {
		for _, name := range names {
			a, err := readExample(name)
			emit(a, err)
			done()
		}
	}
	sum, err := e.ingestArticles(ctx, store, newPipeline(), len(names), feed, ingestOptions{published: demoPublished})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "newsgraph demo: %d example articles into %s\n%s\n\n", len(names), *db, sum)
	g, err := graph.All(ctx, store)
	if err != nil {
		return err
	}
	printFindings(e, g)
	if *noServe {
		return nil
	}
	return e.listenAndServe(ctx, store, sc, func(url string) {
		fmt.Fprintf(e.stdout, "\nServing the demo graph at %s (Ctrl+C to stop). Try:\n\n", url)
		for _, q := range demoQueries {
			fmt.Fprintf(e.stdout, "  %s\n    %s?run=1&query=%s\n", q, url, neturl.QueryEscape(q))
		}
		fmt.Fprintf(e.stdout, "\nor: curl -s %sgraphql -H 'Content-Type: application/json' -d '{\"query\": \"{stats {nodes edges}}\"}'\n", url)
	})
}

// demoQueries are the example queries demo prints: the contacts of a name,
// and the contacts and statements of an Arabic name.
var demoQueries = []string{
	`{ search(text: "Kamau") { name contacts { nodes { type date status participants { name } evidence } } } }`,
	`{ search(text: "بنعلي") { name contacts { nodes { type date participants { name } } } statements { nodes { text } } } }`,
}

// readExample reads one bundled example article.
func readExample(name string) (*ingest.Article, error) {
	data, err := examples.Files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	a, err := ingest.ParseText(data)
	if err != nil {
		return nil, fmt.Errorf("examples/%s: %w", name, err)
	}
	a.Source = "examples/" + name
	return a, nil
}

func fsGlob(fsys fs.FS, pattern string) ([]string, error) {
	names, err := fs.Glob(fsys, pattern)
	slices.Sort(names)
	return names, err
}

// printFindings lists the people, contacts and statements of g.
func printFindings(e *env, g *graph.Subgraph) {
	byID := map[graph.ID]*graph.Node{}
	for _, n := range g.Nodes {
		byID[n.ID] = n
	}
	name := func(id graph.ID) string {
		if n, ok := byID[id]; ok {
			return n.Name
		}
		return string(id)
	}
	var people []string
	for _, n := range g.Nodes {
		if n.Kind == graph.Person {
			s := n.Name
			if len(n.Aliases) > 0 {
				s += " (" + strings.Join(n.Aliases, ", ") + ")"
			}
			people = append(people, s)
		}
	}
	slices.Sort(people)
	fmt.Fprintf(e.stdout, "People (%d):\n", len(people))
	for _, p := range people {
		fmt.Fprintf(e.stdout, "  %s\n", p)
	}
	var contacts, statements []string
	for _, ed := range g.Edges {
		switch {
		case ed.Kind.IsContact():
			s := fmt.Sprintf("%s(%s, %s)", ed.Kind, name(ed.From), name(ed.To))
			if d := graph.Prop(ed.Props, graph.PropDate); d != "" {
				s += " " + d
			}
			if st := graph.Prop(ed.Props, graph.PropStatus); st != "" && st != graph.StatusHappened {
				s += " [" + st + "]"
			}
			contacts = append(contacts, s)
		case ed.Kind == graph.Said:
			text := name(ed.To)
			if r := []rune(text); len(r) > 90 {
				text = string(r[:90]) + "…"
			}
			statements = append(statements, fmt.Sprintf("%s: %s", name(ed.From), text))
		}
	}
	slices.Sort(contacts)
	slices.Sort(statements)
	fmt.Fprintf(e.stdout, "\nContacts (%d):\n", len(contacts))
	for _, c := range contacts {
		fmt.Fprintf(e.stdout, "  %s\n", c)
	}
	fmt.Fprintf(e.stdout, "\nStatements (%d):\n", len(statements))
	for _, s := range statements {
		fmt.Fprintf(e.stdout, "  %s\n", s)
	}
}
