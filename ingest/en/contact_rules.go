package en

import (
	"strconv"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// contactRule describes a word that reports a contact: a line of
// data/contact_triggers.tsv.
type contactRule struct {
	kind graph.EdgeKind
	// need is a word that must follow within three words ("with",
	// "between", "to"), or "" when none is needed.
	need string
	// rule names the word's own checks in contactRules, or "".
	rule string
	// passive: "was welcomed by X", "welcomed by X": X is the object.
	passive bool
	// alone: without its needed word, the word reports a meeting of the
	// people named together before it ("the two leaders held talks").
	alone bool
	// group: with no object at all, only people named together count
	// ("after four hours of talks" is no contact).
	group bool
	// org: with no object, an organization just before the word is the
	// object ("an African Union ministerial meeting").
	org bool
	// direct: without its needed word, a person right after the word is
	// the object ("looked forward to meeting President Xi").
	direct bool
}

// contactFlags are the names of the flags of data/contact_triggers.tsv.
var contactFlags = map[string]func(*contactRule){
	"passive": func(r *contactRule) { r.passive = true },
	"alone":   func(r *contactRule) { r.alone = true },
	"group":   func(r *contactRule) { r.group = true },
	"org":     func(r *contactRule) { r.org = true },
	"direct":  func(r *contactRule) { r.direct = true },
}

// contactWord is one contact word as contactAt reads it: its position,
// its neighbours and what its rule has found so far.
type contactWord struct {
	i          int // the word; "by video link" moves it to "link"
	w          string
	prev, next string // the lower-case words around it, or ""
	kind       graph.EdgeKind
	objStart   int    // where the objects start
	objEnd     int    // where the objects end when they stand before the word, or -1
	byEnd      int    // "visit by X to Y": the visitors stand in (i+1, byEnd), or -1
	from       string // "letter from", "call from": the object is the initiator
	attendees  []int  // "attended the summit": its participants
	alone      bool   // see contactRule.alone
	callObject bool   // a call's object follows "with" or "from", else there is none
	writerBack bool   // "X wrote a letter to Y": the clause starts before "wrote"
}

// contactRules are the checks of single contact words, by the name that
// data/contact_triggers.tsv gives in its rule field. Each reports
// whether the word can report a contact here, and may set where the
// objects are and who initiated it.
var contactRules = map[string]func(x *doc, s *sentence, c *contactWord) bool{
	// "a phone call", "will call X"; not "call for", "call off".
	"call": func(x *doc, s *sentence, c *contactWord) bool {
		if c.next == "for" || c.next == "on" && s.dateAt(c.i+1) == nil || c.next == "off" {
			return false
		}
		verbal := (c.prev == "to" || c.prev == "will" || c.prev == "would" || c.prev == "'ll") && s.personFrom(c.i+1)
		if !verbal && !(c.prev == "phone" || c.prev == "telephone" || c.prev == "a" || c.prev == "the" || c.prev == "video") {
			return false
		}
		c.callObject = true
		return true
	},
	// "called X"; not "called for", "called it".
	"called": func(x *doc, s *sentence, c *contactWord) bool {
		return !(c.next == "for" || c.next == "on" || c.next == "off" || c.next == "it" || !s.personFrom(c.i+1))
	},
	// "by phone", "via video link", "over the phone": the objects follow
	// "with", or stand after "with" or "spoke to" before the word.
	"medium": func(x *doc, s *sentence, c *contactWord) bool {
		toks := s.toks
		i := c.i
		if c.prev != "by" && c.prev != "via" && !(c.prev == "the" && i >= 2 && toks[i-2].lower == "over") {
			return false
		}
		if c.next == "link" || c.next == "call" {
			i++ // "by video link"
			c.i = i
		}
		if j := needAt(s, i, "with"); j >= 0 {
			c.objStart = j
			return true
		}
		c.objStart = len(toks) // no object: the group of the subject
		// "spoke with X by phone"
		for j := i - 2; j >= s.body && j >= i-18; j-- {
			// "spoke to X by phone": "to" after a verb of speaking.
			if toks[j].lower == "with" || toks[j].lower == "to" && j > s.body && speakVerbs[toks[j-1].lower] {
				c.objStart, c.objEnd = j+1, i-1
				break
			}
		}
		return true
	},
	// "brought together".
	"brought": func(x *doc, s *sentence, c *contactWord) bool {
		return c.prev == "brought" || c.prev == "bring" || c.prev == "brings" || c.prev == "bringing"
	},
	// "received a letter from X", "received a call from X", "received a
	// delegation led by X".
	"received": func(x *doc, s *sentence, c *contactWord) bool {
		toks := s.toks
		i := c.i
		if c.next != "a" && c.next != "an" || i+2 >= len(toks) {
			return true
		}
		// "a written message", "a congratulatory letter": adjectives
		// may stand before the noun.
		k := i + 2
		for k+1 < len(toks) && k < i+4 && toks[k].kind == tWord && !toks[k].isCap() && !receivedNouns[toks[k].lower] {
			k++
		}
		switch toks[k].lower {
		case "letter", "message", "cable":
			c.kind, c.from = graph.WroteTo, "from"
		case "call", "phone":
			c.kind, c.from = graph.Called, "from"
		case "delegation":
			// "received a delegation led by X": X is met, after "led by".
			return k+1 < len(toks) && (toks[k+1].lower == "led" || toks[k+1].lower == "headed")
		default:
			return false
		}
		j := needAt(s, k, "from")
		if j < 0 {
			return false
		}
		c.objStart = j
		return true
	},
	// "met with X".
	"meet": func(x *doc, s *sentence, c *contactWord) bool {
		if c.next == "with" {
			c.objStart = c.i + 2
		}
		return true
	},
	// "reached out to X": a contact of no named kind.
	"reached": func(x *doc, s *sentence, c *contactWord) bool {
		if c.next != "out" || c.i+2 >= len(s.toks) || s.toks[c.i+2].lower != "to" {
			return false
		}
		c.objStart = c.i + 3
		return true
	},
	// "a letter to X", "a message addressed to X", "a letter from X".
	"letter": func(x *doc, s *sentence, c *contactWord) bool {
		toks := s.toks
		i := c.i
		switch {
		case c.next == "to":
			c.objStart = i + 2
		case (c.next == "addressed" || c.next == "sent") && i+2 < len(toks) && toks[i+2].lower == "to":
			c.objStart = i + 3
		case c.next == "from":
			c.objStart, c.from = i+2, "from"
		default:
			return false
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].lower == "received" {
				return false // counted at "received"
			}
		}
		c.writerBack = i >= 2 && reportingVerbs[toks[i-2].lower] && (c.prev == "a" || c.prev == "an" || c.prev == "his" || c.prev == "her")
		return true
	},
	// "will host X"; "Fox News host X" is a job.
	"host": func(x *doc, s *sentence, c *contactWord) bool {
		return modals[c.prev]
	},
	// "Qatar hosts talks"; not "the Foundation hosts X".
	"hosts": func(x *doc, s *sentence, c *contactWord) bool {
		return !(c.i > 0 && s.mentionAt(c.i-1) != nil && s.mentionAt(c.i-1).kind == graph.Organization && s.mentionAt(c.i+1) != nil)
	},
	// "A, B and C signed a declaration": signing together is meeting;
	// only people named together as the subject count.
	"signed": func(x *doc, s *sentence, c *contactWord) bool {
		c.objStart = len(s.toks)
		return true
	},
	// "X attended the summit": X met those who held it.
	"attended": func(x *doc, s *sentence, c *contactWord) bool {
		if !(c.next == "the" && c.i+2 < len(s.toks) && meetingNouns[s.toks[c.i+2].lower]) || len(x.lastMeeting) < 2 {
			return false
		}
		c.attendees = x.lastMeeting
		return true
	},
	// "X and Y were also in attendance": they met those of the meeting
	// just told.
	"attendance": func(x *doc, s *sentence, c *contactWord) bool {
		if c.prev != "in" || len(x.lastMeeting) < 2 {
			return false
		}
		c.attendees, c.objStart = x.lastMeeting, len(s.toks)
		return true
	},
	// "the visiting Kenyan minister": an adjective, not a visit.
	// "and visiting Gabonese President X held talks": X visits the
	// dateline's country.
	"visiting": func(x *doc, s *sentence, c *contactWord) bool {
		if x.visitingAdjective(s.toks, c.i) {
			x.hostVisit(s, c.i)
			return false
		}
		return true
	},
	// "a visit to X"; "a visit by X to Y": X visits.
	"visit": func(x *doc, s *sentence, c *contactWord) bool {
		if c.next == "to" {
			c.objStart = c.i + 2
		}
		if c.next == "by" {
			for k := c.i + 2; k < len(s.toks) && k < c.i+12; k++ {
				if s.toks[k].lower == "to" {
					c.objStart, c.byEnd = k+1, k
					break
				}
			}
		}
		return true
	},
	// "shook hands": without "with", the people named together met.
	"hands": func(x *doc, s *sentence, c *contactWord) bool {
		c.alone = c.prev == "shook" || c.prev == "shake"
		return true
	},
}

// receivedNouns are what "received a …" may name: a letter, a call, a
// delegation.
var receivedNouns = map[string]bool{"letter": true, "message": true, "cable": true, "call": true, "phone": true, "delegation": true}

// setUp fills c for the contact word at i with rule and runs the word's
// own checks; it reports whether the word can report a contact.
func (x *doc) setUp(s *sentence, i int, rule contactRule, c *contactWord) bool {
	toks := s.toks
	*c = contactWord{i: i, w: toks[i].lower, kind: rule.kind, objStart: i + 1, objEnd: -1, byEnd: -1, alone: rule.alone}
	if i > 0 {
		c.prev = toks[i-1].lower
	}
	if i+1 < len(toks) {
		c.next = toks[i+1].lower
	}
	if rule.rule != "" && !contactRules[rule.rule](x, s, c) {
		return false
	}
	if rule.passive && c.next == "by" {
		c.objStart = c.i + 2 // "was welcomed by X"
	}
	if rule.need != "" {
		j := needAt(s, c.i, rule.need)
		switch {
		case j < 0 && rule.direct && s.personFrom(c.i+1):
			c.objStart = c.i + 1 // "looked forward to meeting President Xi"
		case j < 0:
			if !c.alone {
				return false
			}
			c.objStart = len(toks)
		default:
			c.objStart = j
		}
	}
	return true
}

// visitingAdjective reports whether "visiting" at toks[i] describes the
// visitor named after it ("the visiting minister", "visiting Kenyan
// President X") rather than what is visited ("visiting Paris").
func (x *doc) visitingAdjective(toks []token, i int) bool {
	if toks[i].lower != "visiting" {
		return false
	}
	if i > 0 {
		if p := toks[i-1].lower; p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "their" {
			return true
		}
	}
	if i+1 >= len(toks) || !toks[i+1].isCap() {
		return false
	}
	// A title or a demonym, then the name.
	w := toks[i+1].lower
	_, demonym := x.ex.gaz.demonyms[toks[i+1].text]
	return titleWords[w] || demonym || i+2 < len(toks) && titleWords[toks[i+2].lower] && toks[i+2].isCap()
}

// hasRoleIn reports whether person holds a role in the country code.
func (x *doc) hasRoleIn(person int, code string) bool {
	for _, r := range x.facts.Roles {
		if r.Person == person && x.codeOf(r.Org) == code {
			return true
		}
	}
	return false
}

// hostVisit records the visit of the person that "visiting" at token i
// describes to the country of the article's dateline.
func (x *doc) hostVisit(s *sentence, i int) {
	host, ok := x.index["place:"+x.datelineCode]
	if x.datelineCode == "" || !ok {
		return
	}
	for _, m := range s.ments {
		if m.kind != graph.Person || m.cs > i+4 || m.te <= i+1 || m.ts > i+8 {
			continue
		}
		if x.codeOf(m.ent) == x.datelineCode || x.hasRoleIn(m.ent, x.datelineCode) {
			return // at home
		}
		key := string(graph.Visited) + "|" + strconv.Itoa(min(m.ent, host)) + "|" + strconv.Itoa(max(m.ent, host)) + "|" + strconv.Itoa(s.span.Start)
		if x.seen[key] {
			return
		}
		x.seen[key] = true
		status := graph.StatusHappened
		if x.future(s) {
			status = graph.StatusPlanned
		}
		c := ingest.Contact{Kind: graph.Visited, From: m.ent, To: host, Status: status, Evidence: s.span}
		if d := x.sentenceDate(s, status == graph.StatusPlanned); !d.IsZero() {
			c.Date = ingest.FormatDate(d)
		}
		x.facts.Contacts = append(x.facts.Contacts, c)
		return
	}
}
