package ingest

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"

	"newsgraph/graph"
)

// ErrNoExtractor means no extractor reads the article's language.
var ErrNoExtractor = errors.New("no extractor for language")

// Pipeline turns articles into graph batches with the extractor of each
// article's language.
type Pipeline struct {
	extractors map[string]Extractor
	splitter   Splitter
}

// NewPipeline returns a pipeline that uses the given extractors.
func NewPipeline(extractors ...Extractor) *Pipeline {
	p := &Pipeline{extractors: map[string]Extractor{}}
	for _, e := range extractors {
		p.extractors[e.Language()] = e
	}
	return p
}

// Document splits the article into sentences, with the rules of the
// article's extractor when it has its own.
func (p *Pipeline) Document(a *Article) *Document {
	var sp SentenceSplitter = p.splitter
	if s, ok := p.extractors[a.Language].(SentenceSplitter); ok {
		sp = s
	}
	return &Document{Article: a, Sentences: sp.Split(a.Text)}
}

// Process detects the article's language when it is not set, reads its
// publication date from its text or URL when it has none (FindPublished),
// extracts its facts and returns the batch that stores them.
func (p *Pipeline) Process(a *Article) (*graph.Batch, error) {
	if a.Language == "" {
		a.Language = DetectLanguage(a.Text)
	}
	if a.Published.IsZero() {
		a.Published = FindPublished(a.Text, a.URL)
	}
	ex, ok := p.extractors[a.Language]
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrNoExtractor, a.Language)
	}
	doc := p.Document(a)
	return Build(a, ex.Extract(doc)), nil
}

// DetectLanguage returns "ar" when most letters of text are Arabic, "en"
// when most are Latin, and "" when it has no letters.
func DetectLanguage(text string) string {
	arabic, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case arabic == 0 && latin == 0:
		return ""
	case arabic >= latin:
		return "ar"
	}
	return "en"
}

// ArticleID is the deterministic ID of an article: from its URL when it
// has one, else from its text.
func ArticleID(a *Article) graph.ID {
	if a.URL != "" {
		return graph.NewID("art", "url", a.URL)
	}
	return graph.NewID("art", "text", a.Text)
}

var kindPrefix = map[graph.NodeKind]string{
	graph.Person:       "per",
	graph.Organization: "org",
	graph.Place:        "plc",
}

// EntityID is the deterministic ID of an extracted entity: the same name (or
// key) gives the same node in every article.
func EntityID(e *Entity) graph.ID {
	if e.Key != "" {
		return graph.NewID(kindPrefix[e.Kind], "key", e.Key)
	}
	name := e.NameEn
	if name == "" {
		name = e.Name
	}
	return graph.NewID(kindPrefix[e.Kind], string(e.Kind), graph.Fold(name))
}

// Build turns an article and its facts into one batch: the article node,
// entity nodes with mentioned_in edges, statement nodes with said edges,
// contact edges and holds_role edges, each fact edge carrying its article
// and evidence sentence.
func Build(a *Article, f *Facts) *graph.Batch {
	art := ArticleID(a)
	b := &graph.Batch{Article: art}
	props := map[string]any{"language": a.Language}
	for k, v := range map[string]string{"url": a.URL, "source": a.Source, "published": FormatDate(a.Published)} {
		if v != "" {
			props[k] = v
		}
	}
	b.Nodes = append(b.Nodes, &graph.Node{ID: art, Kind: graph.Article, Name: a.Title, Props: props})
	if f == nil {
		return b
	}
	ids := make([]graph.ID, len(f.Entities))
	for i, e := range f.Entities {
		ids[i] = EntityID(e)
		n := &graph.Node{ID: ids[i], Kind: e.Kind, Name: e.Name, Props: map[string]any{}}
		for _, al := range e.Aliases {
			if al != e.Name {
				n.Aliases = append(n.Aliases, al)
			}
		}
		if e.NameEn != "" {
			n.Props[graph.PropNameEn] = e.NameEn
		}
		b.Nodes = append(b.Nodes, n)
		b.Edges = append(b.Edges, &graph.Edge{
			ID: graph.NewID("men", string(ids[i]), string(art)), Kind: graph.MentionedIn,
			From: ids[i], To: art, Props: map[string]any{"count": len(e.Mentions)},
		})
	}
	valid := func(i int) bool { return i >= 0 && i < len(ids) }
	evidence := func(sp Span) string {
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
			return ""
		}
		return a.Text[sp.Start:sp.End]
	}
	fact := func(sp Span, extra map[string]any) map[string]any {
		p := map[string]any{graph.PropArticle: string(art), graph.PropEvidence: evidence(sp)}
		for k, v := range extra {
			if s, ok := v.(string); ok && s == "" {
				continue
			}
			p[k] = v
		}
		return p
	}
	published := FormatDate(a.Published)
	for _, s := range f.Statements {
		if !valid(s.Speaker) || s.Text == "" {
			continue
		}
		if s.Date == "" {
			s.Date = published // what an article reports was said by the time it was published
		}
		st := graph.NewID("stm", string(art), string(ids[s.Speaker]), s.Text)
		b.Nodes = append(b.Nodes, &graph.Node{ID: st, Kind: graph.Statement, Name: s.Text,
			Props: map[string]any{graph.PropText: s.Text, graph.PropDirect: s.Direct, graph.PropArticle: string(art)}})
		b.Edges = append(b.Edges, &graph.Edge{
			ID: graph.NewID("sai", string(ids[s.Speaker]), string(st)), Kind: graph.Said,
			From: ids[s.Speaker], To: st,
			Props: fact(s.Evidence, map[string]any{"verb": s.Verb, "source": s.Source, graph.PropDate: s.Date}),
		})
	}
	// One article that names the same contact twice (the same kind, pair,
	// date and status) reports one event: it gets one edge, with the
	// evidence of its first mention.
	type event struct {
		kind         graph.EdgeKind
		a, b         graph.ID
		date, status string
	}
	seen := map[event]bool{}
	for _, c := range f.Contacts {
		if !valid(c.From) || !valid(c.To) || ids[c.From] == ids[c.To] || !c.Kind.IsContact() {
			continue
		}
		status := c.Status
		if status == "" {
			status = graph.StatusHappened
		}
		ev := event{c.Kind, min(ids[c.From], ids[c.To]), max(ids[c.From], ids[c.To]), c.Date, status}
		if seen[ev] {
			continue
		}
		seen[ev] = true
		extra := map[string]any{graph.PropStatus: status, graph.PropDate: c.Date, graph.PropDateText: c.DateText}
		if c.DateAdjusted {
			extra["date_adjusted"] = true
		}
		b.Edges = append(b.Edges, &graph.Edge{
			ID:   graph.NewID("con", string(c.Kind), string(ids[c.From]), string(ids[c.To]), string(art), strconv.Itoa(c.Evidence.Start)),
			Kind: c.Kind, From: ids[c.From], To: ids[c.To], Props: fact(c.Evidence, extra),
		})
	}
	for _, r := range f.Roles {
		if !valid(r.Person) || !valid(r.Org) || ids[r.Person] == ids[r.Org] {
			continue
		}
		b.Edges = append(b.Edges, &graph.Edge{
			ID:   graph.NewID("rol", string(ids[r.Person]), string(ids[r.Org]), r.Role, string(art)),
			Kind: graph.HoldsRole, From: ids[r.Person], To: ids[r.Org],
			Props: fact(r.Evidence, map[string]any{graph.PropRole: r.Role}),
		})
	}
	return b
}
