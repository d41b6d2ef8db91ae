package schema

import (
	"bytes"
	"cmp"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"newsgraph/export"
	"newsgraph/graph"
	"newsgraph/ingest"
)

//go:embed page.html
var pageHTML []byte

// Handler serves the API:
//
//	GET  /           the query page
//	GET  /graphql    ?query=...&variables=...&operationName=... (no mutations)
//	POST /graphql    {"query": ..., "variables": ..., "operationName": ...}
//	GET  /export     ?format=json|dot|svg|png&focus=...: a selection of the
//	                 graph as "newsgraph export" writes it (see export)
//	POST /ingest     a text, HTML or JSON Lines body (with --allow-ingest)
//	GET  /healthz    "ok"
type Handler struct {
	schema *Schema
	root   *Resolver
	limits Limits
	mux    *http.ServeMux
	slots  chan struct{} // queries running at once
}

// NewHandler returns the HTTP handler of the API over store.
func NewHandler(store graph.Store, opt Options) (*Handler, error) {
	s, err := New(store, opt)
	if err != nil {
		return nil, err
	}
	h := &Handler{schema: s, root: s.root, limits: s.root.limits, mux: http.NewServeMux(),
		slots: make(chan struct{}, s.root.limits.MaxConcurrent)}
	h.mux.HandleFunc("GET /{$}", h.page)
	h.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	h.mux.HandleFunc("GET /graphql", h.graphql)
	h.mux.HandleFunc("POST /graphql", h.graphql)
	h.mux.HandleFunc("GET /export", h.serveExport)
	h.mux.HandleFunc("POST /ingest", h.ingest)
	return h, nil
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// page serves the query page. Its policy lets it load nothing but itself
// and talk to nothing but this server.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(pageHTML)
}

// params is a GraphQL request.
type params struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
}

// graphql executes one GraphQL request (GET or POST) within the limits: a
// body of at most MaxBodyBytes, a free query slot, the timeout.
func (h *Handler) graphql(w http.ResponseWriter, r *http.Request) {
	var p params
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		p.Query, p.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &p.Variables); err != nil {
				writeErrors(w, http.StatusBadRequest, "variables: not a JSON object: %v", err)
				return
			}
		}
	} else {
		if !sameOrigin(r) {
			writeErrors(w, http.StatusForbidden, "cross-origin request refused")
			return
		}
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if ct != "application/json" && ct != "application/graphql" {
			writeErrors(w, http.StatusUnsupportedMediaType, "Content-Type %q: want application/json", ct)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.limits.MaxBodyBytes))
		if err != nil {
			if errors.As(err, new(*http.MaxBytesError)) {
				writeErrors(w, http.StatusRequestEntityTooLarge, "request body larger than %d bytes", h.limits.MaxBodyBytes)
				return
			}
			writeErrors(w, http.StatusBadRequest, "reading request: %v", err)
			return
		}
		if ct == "application/graphql" {
			p.Query = string(body)
		} else if err := json.Unmarshal(body, &p); err != nil {
			writeErrors(w, http.StatusBadRequest, "request body: not a GraphQL request (JSON with \"query\"): %v", err)
			return
		}
	}
	if strings.TrimSpace(p.Query) == "" {
		writeErrors(w, http.StatusBadRequest, "no query")
		return
	}
	timeout := h.limits.Timeout
	if strings.Contains(p.Query, "mutation") {
		timeout = h.limits.IngestTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-ctx.Done():
		writeErrors(w, http.StatusServiceUnavailable, "server busy: no query slot within %s", timeout)
		return
	}
	ctx = withRequest(ctx, request{method: r.Method, bearer: bearer(r)})
	resp := h.schema.exec(ctx, p.Query, p.OperationName, p.Variables)
	if ctx.Err() != nil && len(resp.Errors) > 0 && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		resp.Errors = append(resp.Errors, &gqlerrors.QueryError{Message: fmt.Sprintf("query took longer than %s", timeout)})
	}
	writeJSON(w, http.StatusOK, resp)
}

// sameOrigin refuses what a browser sends on behalf of another site's
// page: a POST whose Origin is not this server. Clients other than
// browsers send no Origin.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

func bearer(r *http.Request) string {
	a := r.Header.Get("Authorization")
	if len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		return strings.TrimSpace(a[7:])
	}
	return ""
}

// writeErrors answers with a GraphQL error response.
func writeErrors(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, &graphql.Response{Errors: []*gqlerrors.QueryError{{Message: fmt.Sprintf(format, args...)}}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// ingest reads the articles of a request body into the graph. The format
// comes from the Content-Type (text/plain, text/html, application/jsonl or
// application/x-ndjson) or is sniffed; ?published=YYYY-MM-DD dates the
// articles that give no date, ?lang=ar|en sets their language, and ?url=
// and ?title= describe a single text or HTML article.
func (h *Handler) ingest(w http.ResponseWriter, r *http.Request) {
	ing := h.root.ingester
	if !sameOrigin(r) {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "cross-origin request refused"})
		return
	}
	ctx := withRequest(r.Context(), request{method: r.Method, bearer: bearer(r)})
	if err := ing.authorize(ctx); err != nil {
		status := http.StatusForbidden
		if errors.Is(err, ErrUnauthorized) {
			status = http.StatusUnauthorized
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		}
		writeJSON(w, status, map[string]string{"error": err.Error()})
		return
	}
	q := r.URL.Query()
	var published time.Time
	if s := q.Get("published"); s != "" {
		t, err := ingest.ParseDate(s)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "published: " + err.Error()})
			return
		}
		published = t
	}
	var format ingest.Format
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "text/plain":
		format = ingest.FormatText
	case "text/html":
		format = ingest.FormatHTML
	case "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json":
		format = ingest.FormatJSONL
	}
	body := http.MaxBytesReader(w, r.Body, h.limits.MaxIngestBytes)
	var articles []*ingest.Article
	var readErrs []error
	tooMany := false
	ingest.Read(ingest.Input{Path: "-", Format: format, Name: "body"}, body, func(a *ingest.Article, err error) {
		if err != nil {
			readErrs = append(readErrs, err)
			return
		}
		if len(articles) == h.limits.MaxArticles {
			tooMany = true
			return
		}
		if format != ingest.FormatJSONL {
			if u := q.Get("url"); u != "" {
				a.URL = u
			}
			if t := q.Get("title"); t != "" {
				a.Title = t
				a.Text = ingest.WithTitle(t, a.Text)
			}
		}
		articles = append(articles, a)
	})
	for _, err := range readErrs {
		if errors.As(err, new(*http.MaxBytesError)) {
			writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("request body larger than %d bytes", h.limits.MaxIngestBytes)})
			return
		}
	}
	if tooMany {
		writeJSON(w, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("more than %d articles in one request", h.limits.MaxArticles)})
		return
	}
	ctx, cancel := context.WithTimeout(ctx, h.limits.IngestTimeout)
	defer cancel()
	opt := ingest.IngestOptions{Published: published, Language: strings.ToLower(q.Get("lang"))}
	res, err := ing.add(ctx, articles, readErrs, opt)
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": err.Error()})
		return
	}
	status := http.StatusOK
	if res.Failed > 0 && res.Read == 0 {
		status = http.StatusBadRequest
	}
	writeJSON(w, status, res)
}

// exportTypes are the formats of GET /export and their content types.
var exportTypes = map[string]string{
	"json": "application/json",
	"dot":  "text/vnd.graphviz; charset=utf-8",
	"svg":  "image/svg+xml",
	"png":  "image/png",
}

// exportParams are the query parameters of GET /export.
var exportParams = []string{"format", "focus", "depth", "from", "to", "kinds", "min_weight", "limit", "fold", "cluster", "layout"}

// serveExport answers GET /export with a selection of the graph, chosen and
// written as "newsgraph export" does: ?format=json (the default), dot, svg
// or png; focus, depth (2), from, to, kinds, min_weight, limit, fold
// (true), cluster=country and layout as the command's flags. It needs no
// token, takes a query slot and the query timeout, and refuses selections
// of more than MaxExportNodes nodes (MaxRenderNodes for pictures). Errors
// are JSON: {"error": "..."}.
func (h *Handler) serveExport(w http.ResponseWriter, r *http.Request) {
	fail := func(status int, format string, args ...any) {
		writeJSON(w, status, map[string]string{"error": fmt.Sprintf(format, args...)})
	}
	q := r.URL.Query()
	for _, k := range slices.Sorted(maps.Keys(q)) {
		if !slices.Contains(exportParams, k) {
			fail(http.StatusBadRequest, "unknown parameter %q (want %s)", k, strings.Join(exportParams, ", "))
			return
		}
	}
	format := cmp.Or(q.Get("format"), "json")
	ctype, ok := exportTypes[format]
	if !ok {
		fail(http.StatusBadRequest, "unknown format %q (want json, dot, svg or png)", format)
		return
	}
	picture := format == "svg" || format == "png"
	p := export.Params{
		Focus: q.Get("focus"), Depth: 2, From: q.Get("from"), To: q.Get("to"), Kinds: q.Get("kinds"),
		Fold: true, Layout: q.Get("layout"), Cluster: q.Get("cluster"), Diagram: format != "json",
	}
	for _, n := range []struct {
		name string
		v    *int
	}{{"depth", &p.Depth}, {"min_weight", &p.MinWeight}, {"limit", &p.Limit}} {
		if s := q.Get(n.name); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil {
				fail(http.StatusBadRequest, "%s %q is not a whole number", n.name, s)
				return
			}
			*n.v = v
		}
	}
	if s := q.Get("fold"); s != "" {
		v, err := strconv.ParseBool(s)
		if err != nil {
			fail(http.StatusBadRequest, "fold %q is not true or false", s)
			return
		}
		p.Fold = v
	}
	sel, opt, err := h.root.exportSelection(p, func(param string) string { return strings.ReplaceAll(param, "-", "_") })
	if err != nil {
		fail(http.StatusBadRequest, "%v", err)
		return
	}
	if picture {
		if err := export.CheckGraphviz(); err != nil {
			fail(http.StatusNotImplemented, "format %s: %v", format, err)
			return
		}
	}

	timeout := h.limits.Timeout
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-ctx.Done():
		fail(http.StatusServiceUnavailable, "server busy: no query slot within %s", timeout)
		return
	}
	maxNodes := h.limits.MaxExportNodes
	if picture {
		maxNodes = h.limits.MaxRenderNodes
	}
	var buf bytes.Buffer
	g, err := h.root.exportGraph(ctx, sel, &opt, maxNodes)
	if err == nil {
		switch format {
		case "json":
			err = export.WriteJSON(&buf, g)
		case "dot":
			err = export.WriteDOT(&buf, g, opt)
		default:
			err = export.Render(ctx, &buf, g, format, opt, nil)
		}
	}
	switch {
	case err == nil:
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		fail(http.StatusServiceUnavailable, "export took longer than %s; narrow it with focus (and depth), kinds, from and to, or limit", timeout)
		return
	case errors.Is(err, export.ErrAmbiguous):
		fail(http.StatusBadRequest, "%v", err)
		return
	case errors.Is(err, graph.ErrNotFound):
		fail(http.StatusNotFound, "%v; find its ID with {search(text: ...) {id name}} at /graphql", err)
		return
	case errors.Is(err, ErrTooLarge):
		fail(http.StatusRequestEntityTooLarge, "%v", err)
		return
	case errors.Is(err, export.ErrNoGraphviz):
		fail(http.StatusNotImplemented, "format %s: %v", format, err)
		return
	default:
		fail(http.StatusInternalServerError, "export: %v", err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if format == "svg" {
		// A drawing, never a page that runs scripts.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
	w.Write(buf.Bytes())
}
