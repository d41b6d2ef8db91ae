package main

import (
	"context"
	"flag"
	"fmt"

	"newsgraph/graph"
)

func (e *env) stats(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := openStore(*db, true)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	line := func(label string, n int) { fmt.Fprintf(e.stdout, "%-16s %7d\n", label, n) }
	line("nodes", st.NodeCount())
	for _, k := range graph.NodeKinds {
		line("  "+string(k), st.Nodes[k])
	}
	line("edges", st.EdgeCount())
	for _, k := range graph.EdgeKinds {
		line("  "+string(k), st.Edges[k])
	}
	return nil
}
