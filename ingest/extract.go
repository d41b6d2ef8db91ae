package ingest

import (
	"errors"
	"fmt"
	"time"

	"newsgraph/graph"
)

// Article is one news article as read from its source.
type Article struct {
	Source    string    // where it was read from: a path, "path:line", or "-"
	URL       string    // optional
	Title     string    // the headline; also the first line of Text for .txt files
	Text      string    // the whole text, valid UTF-8; Spans are offsets into it
	Language  string    // "ar", "en", ... ; detected when the source gives none
	Published time.Time // zero when unknown
}

// Span is a half-open byte range [Start, End) of an article's Text.
type Span struct{ Start, End int }

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Document is an article prepared for extraction: its text split into
// sentences.
type Document struct {
	*Article
	Sentences []Span
}

// Sentence returns the text of sentence i.
func (d *Document) Sentence(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// Extractor finds the facts of one language's articles. Implementations are
// safe for concurrent use; Extract must not panic or loop forever on any
// input.
type Extractor interface {
	// Language is the ISO 639-1 code of the articles it reads ("ar", "en").
	Language() string
	Extract(doc *Document) *Facts
}

// Facts are what an extractor found in one document. Statements, contacts
// and roles refer to entities by their index in Entities.
type Facts struct {
	Entities   []*Entity
	Statements []Statement
	Contacts   []Contact
	Roles      []Role
}

// Entity is a person, organization or place mentioned in a document.
type Entity struct {
	Kind graph.NodeKind // graph.Person, graph.Organization or graph.Place
	Name string         // the fullest surface form
	// NameEn is the English name when the extractor knows it (a gazetteer
	// entry); it also makes the entity's identity language-independent.
	NameEn string
	// Key, when set, identifies the entity across articles and languages
	// (for example "place:UA" for a country found in a gazetteer). When
	// empty the identity is Kind plus Fold(NameEn or Name).
	Key      string
	Aliases  []string // every other surface form used in the document
	Mentions []Span
}

// Statement is something an entity said, announced or wrote.
type Statement struct {
	Speaker  int    // index into Facts.Entities
	Text     string // the quote or the reported content
	Direct   bool   // a verbatim quote
	Verb     string // the reporting verb as written
	Source   string // "according to" attribution, when different from the speaker
	Date     string // YYYY-MM-DD when known
	Evidence Span   // the sentence
}

// Contact is a call, meeting, visit, letter or other contact between two
// entities. When the text says who initiated it, From is the initiator.
type Contact struct {
	Kind     graph.EdgeKind // graph.Called, Met, Visited, WroteTo or Contacted
	From, To int            // indexes into Facts.Entities
	Status   string         // graph.StatusHappened (or ""), StatusPlanned, StatusDenied
	Date     string         // YYYY-MM-DD when resolved
	DateText string         // the words the date was read from
	// DateAdjusted says the date was moved to agree with a named weekday.
	DateAdjusted bool
	Evidence     Span
}

// Role says that a person holds a role at an organization or place.
type Role struct {
	Person, Org int // indexes into Facts.Entities
	Role        string
	Evidence    Span
}

// Validate reports the first fact that refers to an entity that does not
// exist, an entity without a name, or a span outside a text of textLen
// bytes. Extractors' tests and fuzz targets hold their output to it.
func (f *Facts) Validate(textLen int) error {
	if f == nil {
		return errors.New("no facts")
	}
	ok := func(i int) bool { return i >= 0 && i < len(f.Entities) }
	span := func(s Span) bool { return s.Start >= 0 && s.End <= textLen && s.Start <= s.End }
	for i, e := range f.Entities {
		if e == nil || e.Name == "" {
			return fmt.Errorf("entity %d has no name", i)
		}
		for _, m := range e.Mentions {
			if !span(m) {
				return fmt.Errorf("mention %v of %q outside the text", m, e.Name)
			}
		}
	}
	for _, s := range f.Statements {
		if !ok(s.Speaker) || !span(s.Evidence) {
			return fmt.Errorf("bad statement %+v", s)
		}
	}
	for _, c := range f.Contacts {
		if !ok(c.From) || !ok(c.To) || !span(c.Evidence) {
			return fmt.Errorf("bad contact %+v", c)
		}
	}
	for _, r := range f.Roles {
		if !ok(r.Person) || !ok(r.Org) || !span(r.Evidence) {
			return fmt.Errorf("bad role %+v", r)
		}
	}
	return nil
}
