// Command newsgraph turns news articles into a knowledge graph of who said
// what and who contacted whom.
//
// The simplest use ingests a folder and exports the graph as JSON:
//
//	newsgraph ingest articles/
//	newsgraph export --format json > graph.json
//
// Run "newsgraph help" for every subcommand.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `newsgraph turns news articles (Arabic and English) into a knowledge graph of
who said what and who contacted whom.

Usage:

	newsgraph demo                       ingest the bundled examples, show what was found, serve it
	newsgraph serve [flags]              serve the query page and GraphQL API (127.0.0.1:8080)
	newsgraph ingest [flags] PATH...     read articles (.txt .html .jsonl, folders, - for stdin)
	newsgraph export [flags]             write the graph (json dot svg png graphml csv dgraph nquads)
	newsgraph stats [flags]              count nodes and edges by kind

Every command takes --db DIR (default $NEWSGRAPH_DB, else ./newsgraph-data).
Run "newsgraph COMMAND -h" for a command's flags.
`

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // the command ran but something failed (a bad article)
	exitUsage   = 2
	exitLocked  = 3
	exitGeneric = 1
)

// env is what every subcommand gets.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Run runs the command line args and returns the exit code.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "ingest":
		err = e.ingest(ctx, args[1:])
	case "export":
		err = e.export(ctx, args[1:])
	case "stats":
		err = e.stats(ctx, args[1:])
	case "demo":
		err = e.demo(ctx, args[1:])
	case "serve":
		err = e.serve(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return exitCode(err, stderr)
}

// errUsage marks command-line mistakes; the flag package has printed them.
var errUsage = errors.New("usage")

// errSomeFailed means a batch finished but some inputs failed; they have
// been reported already.
var errSomeFailed = errors.New("some inputs failed")

func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errSomeFailed):
		return exitFailed
	}
	fmt.Fprintf(stderr, "newsgraph: %v\n", err)
	if errors.Is(err, errLockedDB) {
		return exitLocked
	}
	return exitGeneric
}

// parseFlags parses args with fs, allowing flags after positional
// arguments ("ingest a.txt --db x").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
