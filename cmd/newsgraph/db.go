package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"newsgraph/graph"
	"newsgraph/graph/badgerdb"
)

// defaultDB is where the database lives when neither --db nor
// $NEWSGRAPH_DB says otherwise.
const defaultDB = "./newsgraph-data"

var errLockedDB = errors.New("database locked")

// dbFlag adds --db to fs.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("NEWSGRAPH_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "database `folder` (default $NEWSGRAPH_DB, else "+defaultDB+")")
}

// openStore opens the database in dir, creating it unless readOnly.
func openStore(dir string, readOnly bool) (*badgerdb.Store, error) {
	if readOnly {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("no database at %s (run \"newsgraph ingest --db %s PATH\" first)", dir, dir)
		}
	}
	s, err := badgerdb.Open(dir, badgerdb.Options{ReadOnly: readOnly})
	if errors.Is(err, graph.ErrLocked) {
		return nil, fmt.Errorf("%w: %s is in use by another newsgraph process (a running server?); stop it or choose another --db", errLockedDB, dir)
	}
	return s, err
}
