package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"newsgraph/export"
)

const exportUsage = `Usage: newsgraph export [flags]

Writes the graph, or the part of it that the selection flags choose, in one
of these formats:

	json      the JSON contract: {"nodes": [...], "edges": [...]} (the default)
	dot       a Graphviz diagram of people, organizations, places, contacts
	          and statements
	svg, png  that diagram drawn by Graphviz (apt-get install graphviz)
	graphml   for Gephi, yEd and Cytoscape
	csv       nodes.csv and relationships.csv for neo4j-admin database import
	          (needs --out DIR)
	dgraph    data.rdf.gz, schema.dql and schema.graphql for dgraph live and
	          dgraph bulk (needs --out DIR)
	nquads    RDF N-Quads for other triple stores

Examples:

	newsgraph export --format svg --out contacts.svg --kinds called,met,visited,wrote_to,contacted
	newsgraph export --format png --focus "Kamau" --depth 2 --out benali.png
	newsgraph export --format graphml --from 2025-07-01 --to 2025-07-31 --out july.graphml
	newsgraph export --format dgraph --out dgraph/

Selections apply to every format. Diagrams leave out articles and
mentioned_in edges unless --kinds names mentioned_in.

Flags:
`

var exportFormats = []string{"json", "dot", "svg", "png", "graphml", "csv", "dgraph", "nquads"}

func (e *env) export(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("out", "", "write to `file` (a folder for csv and dgraph) instead of standard output")
	focus := fs.String("focus", "", "export only the neighbourhood of this entity (a `name`, alias or node ID)")
	depth := fs.Int("depth", 2, "with --focus, how many `hops` away from it to go")
	from := fs.String("from", "", "keep only edges dated on or after this `date` (YYYY-MM-DD)")
	to := fs.String("to", "", "keep only edges dated on or before this `date` (YYYY-MM-DD)")
	kinds := fs.String("kinds", "", "keep only these edge `kinds`, comma-separated (called,met,visited,wrote_to,contacted,said,holds_role,mentioned_in)")
	minWeight := fs.Int("min-weight", 0, "keep only contacts repeated at least `N` times between the same pair (same kind and status)")
	limit := fs.Int("limit", 0, "keep only the `N` entities with the most edges")
	fold := fs.Bool("fold", true, "diagrams: draw repeated contacts between a pair as one edge with a count and date range")
	layout := fs.String("layout", "", "diagrams: Graphviz `engine` ("+strings.Join(export.Layouts, ", ")+"); default dot under 200 nodes, sfdp above")
	cluster := fs.String("cluster", "", "diagrams: group nodes by `country` (from holds_role edges to places)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), exportUsage)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	usageErr := func(format string, args ...any) error {
		fmt.Fprintf(e.stderr, "newsgraph export: "+format+"\n", args...)
		return errUsage
	}
	if len(rest) > 0 {
		return usageErr("unexpected argument %q", rest[0])
	}
	if !slices.Contains(exportFormats, *format) {
		return usageErr("unknown --format %q (want %s)", *format, strings.Join(exportFormats, ", "))
	}
	diagram := *format == "dot" || *format == "svg" || *format == "png"
	sel, opt, err := export.Params{
		Focus: *focus, Depth: *depth, From: *from, To: *to, Kinds: *kinds,
		MinWeight: *minWeight, Limit: *limit, Fold: *fold, Layout: *layout, Cluster: *cluster,
		Diagram: diagram,
	}.Parse(func(param string) string { return "--" + param })
	if err != nil {
		return usageErr("%v", err)
	}
	dir := *format == "csv" || *format == "dgraph"
	if dir && *out == "" {
		return usageErr("--format %s writes several files: give a folder with --out DIR", *format)
	}
	if *format == "svg" || *format == "png" {
		if err := export.CheckGraphviz(); err != nil {
			return err
		}
	}

	store, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer store.Close()
	g, err := export.Select(ctx, store, sel)
	if err != nil {
		return err
	}
	if diagram && *cluster == "country" {
		if opt.Countries, err = export.Countries(ctx, store, g); err != nil {
			return err
		}
	}

	var write func(io.Writer) error
	switch *format {
	case "json":
		write = func(w io.Writer) error { return export.WriteJSON(w, g) }
	case "dot":
		write = func(w io.Writer) error { return export.WriteDOT(w, g, opt) }
	case "svg", "png":
		write = func(w io.Writer) error { return export.Render(ctx, w, g, *format, opt, e.stderr) }
	case "graphml":
		write = func(w io.Writer) error { return export.WriteGraphML(w, g) }
	case "nquads":
		write = func(w io.Writer) error { return export.WriteNQuads(w, g) }
	case "csv":
		return writeFiles(*out, map[string]func(io.Writer) error{
			export.CSVNodesFile:         func(w io.Writer) error { return export.WriteCSV(w, io.Discard, g) },
			export.CSVRelationshipsFile: func(w io.Writer) error { return export.WriteCSV(io.Discard, w, g) },
		})
	case "dgraph":
		return writeFiles(*out, map[string]func(io.Writer) error{
			export.DgraphDataFile: func(w io.Writer) error {
				zw := gzip.NewWriter(w)
				if err := export.WriteDgraph(zw, g); err != nil {
					return err
				}
				return zw.Close()
			},
			export.DgraphSchemaFile:  func(w io.Writer) error { return export.WriteDgraphSchema(w, g) },
			export.DgraphGraphQLFile: export.WriteDgraphGraphQL,
		})
	}
	if *out == "" {
		w := bufio.NewWriter(e.stdout)
		if err := write(w); err != nil {
			return err
		}
		return w.Flush()
	}
	return writeFileAtomic(*out, write)
}

// writeFiles writes each named file into dir, creating dir if needed.
func writeFiles(dir string, files map[string]func(io.Writer) error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := writeFileAtomic(filepath.Join(dir, name), files[name]); err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(dir, name), err)
		}
	}
	return nil
}

// writeFileAtomic writes a file through a temporary file in the same
// folder, so that a failed export never leaves a half-written file.
func writeFileAtomic(path string, fn func(io.Writer) error) error {
	f, err := os.CreateTemp(dirOf(path), ".newsgraph-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	w := bufio.NewWriter(f)
	if err := fn(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if os.IsPathSeparator(path[i]) {
			return path[:i+1]
		}
	}
	return "."
}
