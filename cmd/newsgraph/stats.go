package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"

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
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "nodes\t%d\t\n", st.NodeCount())
	for _, k := range graph.NodeKinds {
		fmt.Fprintf(tw, "  %s\t%d\t\n", k, st.Nodes[k])
	}
	fmt.Fprintf(tw, "edges\t%d\t\n", st.EdgeCount())
	for _, k := range graph.EdgeKinds {
		fmt.Fprintf(tw, "  %s\t%d\t\n", k, st.Edges[k])
	}
	return tw.Flush()
}
