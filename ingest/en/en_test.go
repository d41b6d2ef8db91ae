package en

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/graph"
	"newsgraph/ingest"
)

// The articles in these tests are written for them; the names are
// invented. Each text gets a headline line that the extractor skips.

// factCase is one table row: an article body, its publication date, lines
// that must be printed (see helpers_test.go) and lines that must not.
type factCase struct {
	name string
	text string
	pub  string
	want []string
	not  []string
}

func runCases(t *testing.T, cases []factCase, lines func(*ingest.Facts) []string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := c.pub
			if pub == "" {
				pub = "2025-06-10" // a Tuesday
			}
			f := extractText("Headline words here\n"+c.text, pub)
			checkFacts(t, f, len("Headline words here\n"+c.text))
			got := lines(f)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, n := range c.not {
				for _, g := range got {
					if strings.Contains(g, n) {
						t.Errorf("unexpected %q in %q", n, g)
					}
				}
			}
		})
	}
}

func TestContacts(t *testing.T) {
	runCases(t, []factCase{
		{name: "phone call on a past weekday",
			text: "Prime Minister Anna Kowalski held a phone call with Chancellor Peter Brandt on Friday.",
			want: []string{"called(Anna Kowalski, Peter Brandt) 2025-06-06"}},
		{name: "spoke by phone, pronoun subject",
			text: "Foreign Minister Tomas Lind arrived in Oslo on Monday. He spoke by phone with Nadia Farouk later that day.",
			want: []string{"visited(Tomas Lind, Oslo) 2025-06-09", "called(Tomas Lind, Nadia Farouk) 2025-06-09"}},
		{name: "planned visit and meeting resolve forward",
			text: "Chancellor Peter Brandt met Anna Kowalski in Warsaw yesterday. Kowalski will travel to Berlin on Thursday to meet Brandt.",
			want: []string{"met(Peter Brandt, Anna Kowalski) 2025-06-09",
				"visited(Anna Kowalski, Berlin) 2025-06-12 planned", "met(Anna Kowalski, Peter Brandt) 2025-06-12 planned"}},
		{name: "three participants pairwise",
			text: "Anna Kowalski, Peter Brandt and Marie Dubois met in Brussels on Monday to discuss trade.",
			want: []string{"met(Anna Kowalski, Peter Brandt) 2025-06-09", "met(Anna Kowalski, Marie Dubois) 2025-06-09",
				"met(Peter Brandt, Marie Dubois) 2025-06-09"}},
		{name: "a call between two people, a day earlier",
			text: "Senator Ruth Okafor met Ambassador Hans Meier on Sunday. A day earlier, a call between Okafor and General Ali Rahman took place.",
			want: []string{"met(Ruth Okafor, Hans Meier) 2025-06-08", "called(Ruth Okafor, Ali Rahman) 2025-06-07"}},
		{name: "letter with its writer",
			text: "President Elena Varga sent a letter to Prime Minister Jonas Berg on June 2.",
			want: []string{"wrote_to(Elena Varga, Jonas Berg) 2025-06-02"}},
		{name: "received a call: the caller initiates",
			text: "Defence Minister Karim Nassar received a phone call from Admiral Lucia Torres last Tuesday.",
			want: []string{"called(Lucia Torres, Karim Nassar) 2025-06-03"}},
		{name: "hypothetical call is not a contact",
			text: "Minister Karim Nassar said he could call Admiral Lucia Torres if the talks stall.",
			not:  []string{"called("}},
		{name: "invitation is not a contact",
			text: "President Elena Varga invited Prime Minister Jonas Berg to visit Budapest.",
			not:  []string{"visited(", "met("}},
		{name: "denied contact keeps status denied",
			text: "The ministry denied reports that Minister Karim Nassar had spoken by phone with Admiral Lucia Torres.",
			want: []string{"called(Karim Nassar, Lucia Torres) denied"}},
		{name: "people take precedence over countries",
			text: "Kenyan President Daniel Mwangi met Ugandan officials and Foreign Minister Sara Nakato in Kampala on 4 June 2025.",
			want: []string{"met(Daniel Mwangi, Sara Nakato) 2025-06-04"},
			not:  []string{"met(Daniel Mwangi, Uganda)"}},
		{name: "possessive visit with month only",
			text: "The deal followed Foreign Minister Tomas Lind's visit to Stockholm in May.",
			want: []string{"visited(Tomas Lind, Stockholm)"}},
		{name: "next week keeps no date",
			text: "Minister Karim Nassar is expected to travel to Amman next week.",
			want: []string{"visited(Karim Nassar, Amman) planned"}},
		{name: "postponed visit is not a contact",
			text: "A planned visit by Chancellor Peter Brandt to Warsaw was postponed.",
			not:  []string{"visited("}},
		{name: "refused to take a call",
			text: "Prime Minister Jonas Berg refused to take a call from President Elena Varga, his office said.",
			want: []string{"called(Elena Varga, Jonas Berg) denied"}},
		{name: "welcomed by two hosts: everyone met",
			text: "President Elena Varga visited Norway on Monday, where she was welcomed by King Harald Lund and Prime Minister Jonas Berg.",
			want: []string{"visited(Elena Varga, Norway) 2025-06-09", "met(Elena Varga, Harald Lund) 2025-06-09",
				"met(Elena Varga, Jonas Berg) 2025-06-09", "met(Harald Lund, Jonas Berg) 2025-06-09"}},
		{name: "the two leaders",
			text: "President Elena Varga and Prime Minister Jonas Berg signed a pact. The two leaders met again on 2025-06-05.",
			want: []string{"met(Elena Varga, Jonas Berg) 2025-06-05"}},
		{name: "separate talks",
			text: "Minister Karim Nassar held separate talks with Tomas Lind and with Sara Nakato on Monday.",
			want: []string{"met(Karim Nassar, Tomas Lind) 2025-06-09", "met(Karim Nassar, Sara Nakato) 2025-06-09"},
			not:  []string{"met(Tomas Lind, Sara Nakato)"}},
		{name: "talked with; who-clause subject",
			text: "President Elena Varga talked with Prime Minister Jonas Berg, who is visiting Madrid this week.",
			want: []string{"called(Elena Varga, Jonas Berg)", "visited(Jonas Berg, Madrid)"},
			not:  []string{"visited(Elena Varga"}},
		{name: "role-only title reference",
			text: "Secretary of State Laura Bishop met Sara Nakato on Monday. The secretary will fly to Kampala on Friday.",
			want: []string{"visited(Laura Bishop, Kampala) 2025-06-13 planned"}},
		{name: "unnamed people do not travel",
			text: "Chancellor Peter Brandt instructed negotiators to travel to Cairo.",
			not:  []string{"visited("}},
		{name: "attending a summit meets its hosts",
			text: "President Elena Varga and King Harald Lund hosted a summit in Oslo on Monday. Prime Minister Jonas Berg also attended the summit.",
			want: []string{"met(Elena Varga, Harald Lund) 2025-06-09", "met(Jonas Berg, Elena Varga) 2025-06-09", "met(Jonas Berg, Harald Lund) 2025-06-09"}},
		{name: "a TV host is not a meeting",
			text: "Chancellor Peter Brandt spoke in an interview with Channel News host Maria Lopez on Monday.",
			not:  []string{"met("}},
		{name: "a name that starts with a country",
			text: "Defense Secretary Laura Bishop met her counterpart Israel Katz at the Pentagon on Tuesday.",
			want: []string{"met(Laura Bishop, Israel Katz) 2025-06-10"},
			not:  []string{"Pentagon)"}},
		{name: "plans to call",
			text: "Minister Omar Haddad plans to call Chancellor Peter Brandt on Friday.",
			want: []string{"called(Omar Haddad, Peter Brandt) 2025-06-13 planned"}},
		{name: "no talks scheduled",
			text: "No talks with Minister Karim Nassar are scheduled, officials said.",
			not:  []string{"met("}},
	}, contactLines)
}

func TestStatements(t *testing.T) {
	runCases(t, []factCase{
		{name: "quote first, inverted, spokesperson for",
			text: `"We will not back down," said Karim Nassar, a spokesman for the Lebanese Foreign Ministry.`,
			want: []string{"said(Karim Nassar): We will not back down [direct]"}},
		{name: "speaker then colon quote",
			text: `Chancellor Peter Brandt said: "Europe must act now."`,
			want: []string{"said(Peter Brandt): Europe must act now [direct]"}},
		{name: "split quote joined",
			text: `"The border stays open," Brandt told reporters, "and it will stay open."`,
			want: []string{`told(Brandt): The border stays open," Brandt told reporters, "and it will stay open [direct]`}},
		{name: "reported speech leaves out that",
			text: "Foreign Minister Sara Nakato told reporters that the border would reopen on Friday.",
			want: []string{"told(Sara Nakato): the border would reopen on Friday"}},
		{name: "participle is the speaker's",
			text: "President Elena Varga said the talks were useful, adding that more work was needed.",
			want: []string{"said(Elena Varga): the talks were useful", "adding(Elena Varga): more work was needed"}},
		{name: "pronoun speaker",
			text: "Minister Karim Nassar arrived in Cairo on Sunday. He said the visit would strengthen ties.",
			want: []string{"said(Karim Nassar): the visit would strengthen ties"}},
		{name: "according to as the only attribution",
			text: "The talks lasted three hours, according to the Polish Foreign Ministry.",
			want: []string{"according to(Polish Foreign Ministry): The talks lasted three hours"}},
		{name: "according to as a source",
			text: "Nassar told Varga that the port would reopen, according to state broadcaster NTV.",
			want: []string{"told(Nassar): the port would reopen [source NTV]"}},
		{name: "trailing attribution by an organization",
			text: "Minister Sara Nakato will visit Nairobi next month, the Ugandan government said.",
			want: []string{"said(Ugandan Government): Minister Sara Nakato will visit Nairobi next month"}},
		{name: "trailing attribution with told reporters",
			text: "The two presidents will meet in Geneva, Kremlin spokesman Pavel Sokolov told reporters on Monday.",
			want: []string{"told(Pavel Sokolov): The two presidents will meet in Geneva"}},
		{name: "parenthetical after the speaker",
			text: "Chancellor Peter Brandt, speaking in Oslo, said the deal was close.",
			want: []string{"said(Peter Brandt): the deal was close"}},
		{name: "an unnamed official is not the department",
			text: `"The talks were useful," a senior State Department official told reporters.`,
			not:  []string{"State Department"}},
		{name: "inverted with role words",
			text: `Talks in Muscat were "constructive", said foreign ministry spokesman Omid Rahimi.`,
			want: []string{`said(Omid Rahimi): Talks in Muscat were "constructive`}},
		{name: "participle after a closing quote",
			text: `President Elena Varga said that "the door is open," adding that talks would resume.`,
			want: []string{"adding(Elena Varga): talks would resume"}},
		{name: "parentheses and dashes around a clause",
			text: "President Ana Ruiz — who met Chancellor Olaf Scholz on Monday — said the talks were frank. Scholz (who leads the party) told reporters the meeting was useful.",
			want: []string{"said(Ana Ruiz): the talks were frank", "told(Olaf Scholz): the meeting was useful"}},
		{name: "a quotation continued in the next sentence",
			text: `"We will act," Chancellor Peter Brandt said. "Nobody should doubt it."`,
			want: []string{"said(Peter Brandt): We will act [direct]", "said(Peter Brandt): Nobody should doubt it [direct]"}},
		{name: "the prime minister",
			text: "Prime Minister Jonas Berg met Chancellor Peter Brandt. The prime minister said the talks were useful.",
			want: []string{"said(Jonas Berg): the talks were useful"}},
		{name: "a parenthetical without names",
			text: "The Polish Foreign Ministry, in a statement, said the envoy would return.",
			want: []string{"said(Polish Foreign Ministry): the envoy would return"}},
		{name: "called for",
			text: "Senator Ruth Okafor called for an independent inquiry into the shooting.",
			want: []string{"called for(Ruth Okafor): an independent inquiry into the shooting"}},
	}, statementLines)
}

func TestRoles(t *testing.T) {
	runCases(t, []factCase{
		{name: "demonym title name",
			text: "Ukrainian President Olena Marchenko spoke on Monday.",
			want: []string{"role(Olena Marchenko, Ukraine)"}},
		{name: "possessive country",
			text: "Egypt's Foreign Minister Hani Saber met the envoy.",
			want: []string{"role(Hani Saber, Egypt)"}},
		{name: "spokesperson for an organization",
			text: "Dmitri Orlov, spokesperson for the Kremlin, said the offer stood.",
			want: []string{"role(Dmitri Orlov, Kremlin)"}},
		{name: "org before role noun",
			text: "NATO Secretary-General Ingrid Solberg and Kremlin spokesman Dmitri Orlov spoke.",
			want: []string{"role(Ingrid Solberg, NATO)", "role(Dmitri Orlov, Kremlin)"}},
		{name: "member of a committee",
			text: "Rep. Laura Bishop, a member of the House Intelligence Committee, said the report was late.",
			want: []string{"role(Laura Bishop, House Intelligence Committee)"}},
		{name: "foreign minister of the ministry's country",
			text: "Egypt's Foreign Ministry said Foreign Minister Hani Saber would travel to Rome.",
			want: []string{"role(Hani Saber, Egypt)"}},
		{name: "title name of country",
			text: "Secretary Laura Bishop met King Harald Lund of Norway in Oslo.",
			want: []string{"role(Harald Lund, Norway)"}},
		{name: "organization before a title",
			text: "House Speaker Mark Dunn and European Council President Ana Silva spoke.",
			want: []string{"role(Ana Silva, European Council)"}},
		{name: "title of a country, then the name",
			text: "The Foreign Minister of Egypt, Hani Saber, met Foreign Minister of Jordan Omar Haddad.",
			want: []string{"role(Hani Saber, Egypt)", "role(Omar Haddad, Jordan)"}},
		{name: "hosts named after a visit",
			text: "President Ana Ruiz visited Norway on Monday, where she was welcomed by Prime Minister Jonas Berg.",
			want: []string{"role(Jonas Berg, Norway)"}},
		{name: "a minister of the dateline's country",
			text: "OSLO, June 3 (Reuters) - Foreign Minister Tomas Lind met the envoy. Norway wants peace.",
			want: []string{"role(Tomas Lind, Norway)"}},
		{name: "ambassador to a country belongs to the sender",
			text: "French Ambassador to Chad Claire Roux met the minister.",
			want: []string{"role(Claire Roux, France)"},
			not:  []string{"role(Claire Roux, Chad)"}},
	}, roleLines)
}

func TestEntities(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // "kind:Name" or "kind:Name~alias"
		not  []string // names that must not be entities
	}{
		{name: "aliases of a person and role-only reference",
			text: "Egyptian President Hani Saber met Prime Minister Jonas Berg on Monday. Saber said the talks went well. The Egyptian president later left.",
			want: []string{"person:Hani Saber~Saber", "person:Hani Saber~Egyptian president", "place:Egypt~Egyptian", "person:Jonas Berg"},
			not:  []string{"Monday", "The"}},
		{name: "particles and hyphens",
			text: "Foreign Minister Abdullah bin Zayed al-Nahyan met Jean-Luc Moreau and Pedro de la Cruz Ortiz-Vidal in Paris. Al-Nahyan and de la Cruz Ortiz-Vidal spoke.",
			want: []string{"person:Abdullah bin Zayed al-Nahyan~Al-Nahyan", "person:Pedro de la Cruz Ortiz-Vidal", "place:Paris"}},
		{name: "capitalized common words are not people",
			text: "However, the Republican plan failed on Monday. Democrats said little.",
			not:  []string{"However", "Monday", "Democrats"}},
		{name: "boilerplate lines give nothing",
			text: "Read more: Kenya's Mwangi meets Tanzanian leader\nFILE PHOTO: Norwegian Prime Minister Tomas Lind in Oslo. REUTERS/Staff\nReporting by Jane Roe; Editing by John Doe",
			not:  []string{"Kenya", "Mwangi", "Norway", "Tomas Lind", "Oslo", "Jane Roe"}},
		{name: "AFP dateline is not a caption",
			text: "OSLO, June 3 (AFP) — Norwegian Prime Minister Tomas Lind met Chancellor Peter Brandt.",
			want: []string{"person:Tomas Lind", "person:Peter Brandt", "place:Norway~Norwegian"},
			not:  []string{"OSLO", "AFP"}},
		{name: "colon dateline",
			text: "ABU DHABI: Emirati minister Salem Khalifa met Peter Brandt.",
			not:  []string{"ABU DHABI"}},
		{name: "acronym after the full name is one node",
			text: "The International Energy Forum said prices would rise. The IEF also met the United Nations, and a UN official spoke.",
			want: []string{"organization:International Energy Forum~IEF", "organization:United Nations~UN"}},
		{name: "dateline agency is not an entity",
			text: "NAIROBI (Reuters) - Kenyan President Daniel Mwangi said on Monday he would visit Nairobi's port.",
			want: []string{"place:Kenya~Kenyan", "place:Nairobi"},
			not:  []string{"Reuters"}},
		{name: "hyphenated adjectives and NGOs",
			text: "The Iranian-backed Houthis fired again. Amnesty International said civilians died. Minister Omar Haddad visited Iran Tuesday.",
			want: []string{"organization:Houthis", "organization:Amnesty International", "place:Iran"},
			not:  []string{"Iranian-backed Houthis", "Iran Tuesday"}},
		{name: "demonyms by rule and exceptions",
			text: "American, British, Ukrainian and Iraqi officials met.",
			want: []string{"place:United States~American", "place:United Kingdom~British", "place:Ukraine~Ukrainian", "place:Iraq~Iraqi"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := extractText("Headline words here\n"+c.text, "2025-06-10")
			for _, w := range c.want {
				kindName, alias, _ := strings.Cut(w, "~")
				kind, name, _ := strings.Cut(kindName, ":")
				found := false
				for _, e := range f.Entities {
					if string(e.Kind) == kind && e.Name == name && (alias == "" || slices.Contains(e.Aliases, alias)) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %s\ngot:\n  %s", w, strings.Join(entityLines(f), "\n  "))
				}
			}
			for _, n := range c.not {
				for _, e := range f.Entities {
					if e.Name == n || slices.Contains(e.Aliases, n) {
						t.Errorf("unexpected entity %q: %s:%s", n, e.Kind, e.Name)
					}
				}
			}
		})
	}
}

func TestConcurrentUse(t *testing.T) {
	ex := New()
	text := "Headline\nPresident Ana Ruiz met Chancellor Olaf Scholz in Berlin on Monday, the government said."
	want := formatFacts(extractText(text, "2025-06-10"))
	done := make(chan string)
	for g := 0; g < 8; g++ {
		go func() {
			a := &ingest.Article{Text: text, Language: "en", Published: mustDate("2025-06-10")}
			done <- formatFacts(ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)}))
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent result differs:\n%s\nwant:\n%s", got, want)
		}
	}
}

func TestDates(t *testing.T) {
	runCases(t, []factCase{
		{name: "ordinal day, written month",
			text: "Minister Omar Haddad met Chancellor Peter Brandt on March 3rd.",
			want: []string{"met(Omar Haddad, Peter Brandt) 2025-03-03"}},
		{name: "day month year",
			text: "Minister Omar Haddad met Chancellor Peter Brandt on 4 July 2024.",
			want: []string{"met(Omar Haddad, Peter Brandt) 2024-07-04"}},
		{name: "ISO date",
			text: "Minister Omar Haddad met Chancellor Peter Brandt on 2025-05-30.",
			want: []string{"met(Omar Haddad, Peter Brandt) 2025-05-30"}},
		{name: "yesterday and last Friday",
			text: "Minister Omar Haddad met Chancellor Peter Brandt yesterday. Brandt called President Ana Ruiz last Friday.",
			want: []string{"met(Omar Haddad, Peter Brandt) 2025-06-09", "called(Peter Brandt, Ana Ruiz) 2025-06-06"}},
		{name: "earlier on the same day as the event before",
			text: "Minister Omar Haddad met Chancellor Peter Brandt on Sunday. Earlier on Sunday, Haddad called President Ana Ruiz.",
			want: []string{"called(Omar Haddad, Ana Ruiz) 2025-06-08"}},
	}, contactLines)
}

func TestHeadline(t *testing.T) {
	ex := New()
	for _, c := range []struct {
		title, text string
		want        int // statements
	}{
		{"Ruiz says talks useful", "Ruiz says talks useful\nPresident Ana Ruiz said the talks were useful.", 1},
		{"", "Ruiz says talks useful\nPresident Ana Ruiz said the talks were useful.", 1},
		{"A title kept apart", "President Ana Ruiz said the talks were useful.\nShe left.", 1},
		{"", "President Ana Ruiz says the talks were useful.", 1},
	} {
		a := &ingest.Article{Title: c.title, Text: c.text, Language: "en"}
		f := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(c.text)})
		if len(f.Statements) != c.want {
			t.Errorf("%q: %d statements, want %d: %v", c.text, len(f.Statements), c.want, statementLines(f))
		}
	}
}

func TestCountryKeys(t *testing.T) {
	f := extractText("Headline\nUkraine and Russia traded blame, Ukrainian officials said.", "2025-06-10")
	keys := map[string]string{}
	for _, e := range f.Entities {
		keys[e.Name] = e.Key
		if e.Kind != graph.Place || e.NameEn == "" {
			t.Errorf("country %q: kind %s, name_en %q", e.Name, e.Kind, e.NameEn)
		}
	}
	if keys["Ukraine"] != "place:UA" || keys["Russia"] != "place:RU" {
		t.Errorf("keys = %v", keys)
	}
}

func TestSplitAbbreviations(t *testing.T) {
	ex := New()
	text := "Rep. Laura Bishop met Gen. Omar Saleh on Sept. 3 in Washington. They spoke."
	got := ex.Split(text)
	if len(got) != 2 {
		t.Fatalf("got %d sentences: %v", len(got), got)
	}
	if ex.Language() != "en" {
		t.Fatal("language")
	}
}

func TestEmptyAndOdd(t *testing.T) {
	ex := New()
	for _, text := range []string{"", "\n\n", "\"", "“", "A", "Mr.", "al-", "X said", "\"Hi,\" said"} {
		a := &ingest.Article{Text: text, Language: "en"}
		f := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
		checkFacts(t, f, len(text))
	}
	if f := ex.Extract(&ingest.Document{}); f == nil {
		t.Fatal("nil facts for an empty document")
	}
}
