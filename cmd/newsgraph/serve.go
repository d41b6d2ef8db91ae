package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"newsgraph/graph"
	"newsgraph/schema"
)

func (e *env) serve(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	db := dbFlag(fs)
	sc := serveFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: newsgraph serve [flags]

Serves the graph over HTTP until interrupted: the query page at /, the
GraphQL API at /graphql (GET or POST), diagrams and exports at /export
(?format=dot|svg|png|json&focus=…&depth=…), /healthz. The server holds the
database: while it runs, new articles come in through it (--allow-ingest:
the ingest mutation and POST /ingest with a .txt, .html or .jsonl body).

Flags:
`)
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "newsgraph serve: unexpected argument %q\n", rest[0])
		return errUsage
	}
	store, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer store.Close()
	return e.listenAndServe(ctx, store, sc, func(url string) {
		fmt.Fprintf(e.stdout, "newsgraph: serving %s at %s (GraphQL at %sgraphql)\n", *db, url, url)
	})
}

// serveConfig is what the serve and demo commands share.
type serveConfig struct {
	addr        string
	allowIngest bool
	token       string
}

func serveFlags(fs *flag.FlagSet) *serveConfig {
	c := new(serveConfig)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen on `host:port`")
	fs.BoolVar(&c.allowIngest, "allow-ingest", false, "accept new articles (mutation ingest, POST /ingest)")
	fs.StringVar(&c.token, "token", os.Getenv("NEWSGRAPH_TOKEN"), "`secret` that ingest requests must send as \"Authorization: Bearer secret\" (default $NEWSGRAPH_TOKEN)")
	return c
}

// listenAndServe serves the API over store until ctx is cancelled, then
// shuts down gracefully: requests under way get a few seconds to finish.
// ready gets the server's URL once it listens.
func (e *env) listenAndServe(ctx context.Context, store graph.Store, c *serveConfig, ready func(url string)) error {
	h, err := schema.NewHandler(store, schema.Options{Pipeline: newPipeline(), AllowIngest: c.allowIngest, Token: c.token})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", c.addr, err)
	}
	if c.allowIngest && c.token == "" && !isLoopback(ln.Addr()) {
		fmt.Fprintf(e.stderr, "newsgraph: warning: anyone who reaches %s can ingest; set --token or $NEWSGRAPH_TOKEN\n", ln.Addr())
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	ready(serverURL(ln.Addr()))
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(e.stderr, "newsgraph: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(sctx)
	if err != nil {
		srv.Close() // cuts the connections, which cancels their requests
		err = fmt.Errorf("shutdown: %w", err)
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

func isLoopback(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return ok && t.IP.IsLoopback()
}

// serverURL is the address to print: a wildcard address is shown as
// localhost.
func serverURL(a net.Addr) string {
	host, port, _ := net.SplitHostPort(a.String())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
