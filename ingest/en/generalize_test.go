package en

import (
	"strings"
	"testing"
	"time"

	"newsgraph/ingest"
)

// These cases hold the error classes seen on articles the rules were not
// tuned on. Names, places and outlets are invented or chosen to differ
// from the development corpus.

func TestInnerSurnames(t *testing.T) {
	runCases(t, []factCase{
		{name: "first of a double surname",
			text: "Peruvian Foreign Minister Gabriela Quispe Mamani arrived in Lima on Monday. Quispe said the talks were useful.",
			want: []string{"said(Gabriela Quispe Mamani): the talks were useful"}},
		{name: "first of a double surname before the full name",
			text: "Quispe told reporters the border would reopen. The minister, Gabriela Quispe Mamani, spoke in Lima.",
			want: []string{"told(Gabriela Quispe Mamani): the border would reopen"}},
		{name: "middle name of one person only",
			text: "Governor Luis Alberto Ferreira met Mayor Ana Duarte on Monday. Alberto said the meeting went well.",
			want: []string{"said(Luis Alberto Ferreira): the meeting went well"}},
		{name: "two people share the inner name: unresolved",
			text: "Minister Jose Rojas Vidal met Senator Marta Rojas Pinto on Monday. Rojas said the meeting went well.",
			not:  []string{"said(Jose Rojas Vidal)", "said(Marta Rojas Pinto)"}},
		{name: "a father's name in an Arabic name is no surname",
			text: "Minister Khalid Nasser al-Amri met envoys on Monday. Nasser told reporters the talks went well.",
			not:  []string{"told(Khalid Nasser al-Amri)"}},
	}, statementLines)
}

func TestPlaceCues(t *testing.T) {
	runCases(t, []factCase{
		{name: "object of visited",
			text: "Minister Hugo Brenner visited San Isidro on Monday.",
			want: []string{"visited(Hugo Brenner, San Isidro) 2025-06-09"}},
		{name: "travelled to an unknown city",
			text: "Foreign Minister Lena Strand travelled to Puerto Alto on Tuesday.",
			want: []string{"visited(Lena Strand, Puerto Alto) 2025-06-10"}},
		{name: "unknown single word after visited",
			text: "Minister Lena Strand visited Tromso on Monday.",
			want: []string{"visited(Lena Strand, Tromso) 2025-06-09"}},
	}, contactLines)
	for _, c := range []struct{ name, text, want, not string }{
		{"the capital, X", "The talks took place in the capital, Nueva Aurora, on Monday.", "place:Nueva Aurora", "person:Nueva Aurora"},
		{"X, the capital of Y", "Delegates gathered in Vila Serena, the capital of the province, on Monday.", "place:Vila Serena", "person:Vila Serena"},
		{"X, the country's largest city", "Protesters marched through Porto Claro, the country's largest city.", "place:Porto Claro", "person:Porto Claro"},
		{"a place named before the cue", "Nueva Aurora rejected the plan. Minister Hugo Brenner visited Nueva Aurora on Monday.", "place:Nueva Aurora", "person:Nueva Aurora"},
		{"X-based", "Jorge Rios, a Santa Cruz-based analyst, said the deal was close.", "place:Santa Cruz", "role(Jorge Rios, Santa Cruz)"},
		{"a title still anchors a person", "Minister Lena Strand visited President Ilmar Tamm on Monday.", "person:Ilmar Tamm", "place:Ilmar Tamm"},
		{"an unknown name before an event noun is no person", "Delegates met at the Lunar New Year reception.", "", "person:Lunar New Year"},
		{"operation names are things", "Operation Iron Shield began on Monday, Defence Minister Hugo Brenner said.", "person:Hugo Brenner", "person:Operation Iron Shield"},
		{"French particle inside a place name", "Envoy Lukas Baumann spoke at the Palais des Nations on Monday.", "", "place:Palais ["},
		{"one unknown word, the capital", "Protesters gathered in the capital, Sucre, on Monday.", "place:Sucre", "person:Sucre"},
		{"one unknown word before the capital", "Officials met Monday. Sucre, the constitutional capital, was calm.", "", "person:Sucre"},
		{"honorifics of address", "Sir Keith Rowan met Dame Helen Carr on Monday. Sir Keith said the talks were useful.", "person:Keith Rowan", "person:Sir Keith ["},
		{"a holiday is no person", "New Year's Day talks were cancelled.", "", "person:New Year"},
		{"a parliament's name is no person", "The State Duma approved the bill on Monday.", "organization:State Duma", "person:State Duma"},
		{"the city's mayor is a person", "Ana Maria Vidal, the city's mayor, said the talks were useful.", "person:Ana Maria Vidal", "place:Ana Maria Vidal"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := extractText("Headline words here\n"+c.text, "2025-06-10")
			got := formatFacts(f)
			if c.want != "" && !containsLine(got, c.want) {
				t.Errorf("missing %q in\n%s", c.want, got)
			}
			if containsLine(got, c.not) {
				t.Errorf("unexpected %q in\n%s", c.not, got)
			}
		})
	}
}

func TestRoleAnaphors(t *testing.T) {
	runCases(t, []factCase{
		{name: "the demonym leader is the president named before",
			text: "Vietnamese President Tran Duc Minh met Prime Minister Ines Moreau on Monday. The Vietnamese leader spoke by phone with Chancellor Otto Weber on Tuesday.",
			want: []string{"called(Tran Duc Minh, Otto Weber) 2025-06-10"}},
		{name: "the demonym minister among a president and a minister",
			text: "Chilean President Ana Soto and Chilean Foreign Minister Luis Vera arrived in Lima. The Chilean minister later met Peruvian President Jorge Rios.",
			want: []string{"met(Luis Vera, Jorge Rios)"},
			not:  []string{"met(Ana Soto, Jorge Rios)"}},
		{name: "two candidates fit: unresolved",
			text: "Chilean Foreign Minister Luis Vera and Chilean Trade Minister Rosa Diaz arrived in Lima. The Chilean minister met President Jorge Rios.",
			not:  []string{"met(Luis Vera, Jorge Rios)", "met(Rosa Diaz, Jorge Rios)"}},
		{name: "a country's possessive and a role",
			text: "Vietnamese President Tran Duc Minh met Prime Minister Ines Moreau on Monday. Vietnam's leader spoke by phone with Chancellor Otto Weber on Tuesday.",
			want: []string{"called(Tran Duc Minh, Otto Weber) 2025-06-10"}},
		{name: "the visiting demonym minister",
			text: "Kenyan Foreign Minister Amina Odhiambo arrived in Kigali on Monday. President Paul Mugisha met the visiting Kenyan minister on Tuesday.",
			want: []string{"met(Paul Mugisha, Amina Odhiambo) 2025-06-10"},
			not:  []string{"visited(Paul Mugisha"}},
		{name: "his demonym counterpart",
			text: "Kenyan Foreign Minister Amina Odhiambo arrived in Kigali on Monday. President Paul Mugisha called his Kenyan counterpart on Tuesday.",
			want: []string{"called(Paul Mugisha, Amina Odhiambo) 2025-06-10"}},
	}, contactLines)
	runCases(t, []factCase{
		{name: "the organization spokesman",
			text: "Pekka Rantanen, a spokesman for the Kremlin, spoke on Monday. The Kremlin spokesman said later that talks would resume.",
			want: []string{"said(Pekka Rantanen): talks would resume"}},
		{name: "the organization's spokesman",
			text: "Pekka Rantanen, a spokesman for the Kremlin, spoke on Monday. The Kremlin's spokesman said later that talks would resume.",
			want: []string{"said(Pekka Rantanen): talks would resume"}},
		{name: "the prime minister among two ministers",
			text: "Prime Minister Jonas Berg met Foreign Minister Tomas Lind. The prime minister said the talks were useful.",
			want: []string{"said(Jonas Berg): the talks were useful"}},
		{name: "the foreign minister among two ministers",
			text: "Foreign Minister Tomas Lind met Prime Minister Jonas Berg. The foreign minister said the talks were useful.",
			want: []string{"said(Tomas Lind): the talks were useful"}},
		{name: "the premier, the monarch, the top diplomat",
			text: "Prime Minister Jonas Berg met King Harald Lund and Foreign Minister Tomas Lind. The premier said the talks were useful. The monarch said little. The top diplomat said the deal was near.",
			want: []string{"said(Jonas Berg): the talks were useful", "said(Harald Lund): little", "said(Tomas Lind): the deal was near"}},
		{name: "a possessive role with a name after it is that name",
			text: "Egypt's Foreign Minister Sameh Adel met Otto Weber. Egypt's trade minister, Hala Mansour, said the talks were useful.",
			want: []string{"said(Hala Mansour): the talks were useful"}},
	}, statementLines)
}

func TestAppositionSpeakers(t *testing.T) {
	runCases(t, []factCase{
		{name: "X, a spokesman for Y, said",
			text: "Pekka Rantanen, a spokesman for the Finnish government, said the two countries would sign a deal.",
			want: []string{"said(Pekka Rantanen): the two countries would sign a deal"},
			not:  []string{"said(Finnish Government)"}},
		{name: "said X, a role of Y",
			text: "The deal is close, said Pekka Rantanen, a spokesman for the Finnish government.",
			want: []string{"said(Pekka Rantanen): The deal is close"}},
		{name: "X, the head of Y, told",
			text: "Marta Ilves, the head of the Estonian delegation, told reporters the deal was close.",
			want: []string{"told(Marta Ilves): the deal was close"}},
		{name: "a role without a determiner",
			text: "Pekka Rantanen, deputy head of the Nordic Council, said the deal was close.",
			want: []string{"said(Pekka Rantanen): the deal was close"}},
		{name: "a lone surname described by a role",
			text: "Rantanen, an analyst at the Baltic Institute in Riga, said the deal was close.",
			want: []string{"said(Rantanen): the deal was close"}},
		{name: "an organization with a which-clause",
			text: "The Nordic Council, which met in Oslo, said the deal was close.",
			want: []string{"said(Nordic Council): the deal was close"}},
		{name: "an organization in a clause is still the speaker",
			text: "The Finnish government, in a statement, said the deal was close.",
			want: []string{"said(Finnish Government): the deal was close"}},
	}, statementLines)
	runCases(t, []factCase{
		{name: "inverted: a lone surname described by a role",
			text: `"We are ready," said Rantanen, a spokesman for the Finnish government.`,
			want: []string{"said(Rantanen): We are ready [direct]"}},
		{name: "quoted as saying",
			text: "Minister Hugo Brenner was quoted as saying the talks were useful.",
			want: []string{"quoted as saying(Hugo Brenner): the talks were useful"}},
	}, statementLines)
	runCases(t, []factCase{
		{name: "the organization, not the city it is in",
			text: "Rantanen, an analyst at the Baltic Institute in Riga, said the deal was close.",
			want: []string{"role(Rantanen, Baltic Institute)"},
			not:  []string{"role(Rantanen, Riga)"}},
		{name: "apposition role",
			text: "Pekka Rantanen, a spokesman for the Finnish government, said the two countries would sign a deal.",
			want: []string{"role(Pekka Rantanen, Finnish Government)"}},
	}, roleLines)
}

func TestCoordinatedPredicates(t *testing.T) {
	runCases(t, []factCase{
		{name: "visited a place and met a person",
			text: "Peruvian Foreign Minister Gabriela Quispe Mamani spoke on Monday. Quispe visited La Paz last week and met Bolivian Foreign Minister Ramiro Condori, the ministry said.",
			want: []string{"visited(Gabriela Quispe Mamani, La Paz)", "met(Gabriela Quispe Mamani, Ramiro Condori)"}},
		{name: "arrived in and met",
			text: "Minister Hugo Brenner arrived in Tallinn on Monday and met Prime Minister Kaja Rebane.",
			want: []string{"visited(Hugo Brenner, Tallinn) 2025-06-09", "met(Hugo Brenner, Kaja Rebane) 2025-06-09"}},
		{name: "called and later visited",
			text: "Minister Hugo Brenner called Kaja Rebane on Monday and later visited Riga.",
			want: []string{"called(Hugo Brenner, Kaja Rebane) 2025-06-09", "visited(Hugo Brenner, Riga) 2025-06-09"},
			not:  []string{"visited(Kaja Rebane"}},
		{name: "the first verb's object does not meet",
			text: "Minister Hugo Brenner thanked Kaja Rebane for her support and met President Edgars Ozols on Tuesday.",
			want: []string{"met(Hugo Brenner, Edgars Ozols) 2025-06-10"},
			not:  []string{"met(Kaja Rebane", "met(Hugo Brenner, Kaja Rebane)"}},
		{name: "congratulated and then flew",
			text: "Minister Hugo Brenner congratulated President Edgars Ozols and then flew to Vilnius.",
			want: []string{"visited(Hugo Brenner, Vilnius)"},
			not:  []string{"visited(Edgars Ozols"}},
		{name: "a hosted guest is met, not a visitor (the corpus lists no such visits)",
			text: "Chancellor Otto Weber hosted Prime Minister Kaja Rebane in Berlin on Monday.",
			want: []string{"met(Otto Weber, Kaja Rebane) 2025-06-09"},
			not:  []string{"visited("}},
	}, contactLines)
	runCases(t, []factCase{
		{name: "met and told: the subject speaks",
			text: "Minister Hugo Brenner met President Edgars Ozols and told reporters the talks were useful.",
			want: []string{"told(Hugo Brenner): the talks were useful"},
			not:  []string{"told(Edgars Ozols)"}},
		{name: "thanked and said: the subject speaks",
			text: "Minister Hugo Brenner thanked President Edgars Ozols and said the talks were useful.",
			want: []string{"said(Hugo Brenner): the talks were useful"}},
	}, statementLines)
}

func TestNewsStyles(t *testing.T) {
	runCases(t, []factCase{
		{name: "a weekday right after a name (no \"on\")",
			text: "Estonian Foreign Minister Marta Ilves met Finnish President Mikko Hakala Tuesday.",
			want: []string{"met(Marta Ilves, Mikko Hakala) 2025-06-10"}},
		{name: "two destinations joined by and",
			text: "Minister Hugo Brenner visited Lima and Cusco on Monday.",
			want: []string{"visited(Hugo Brenner, Lima) 2025-06-09", "visited(Hugo Brenner, Cusco) 2025-06-09"}},
		{name: "toured the city of X",
			text: "Minister Hugo Brenner toured the city of Arequipa on Monday.",
			want: []string{"visited(Hugo Brenner, Arequipa) 2025-06-09"}},
		{name: "sat down with",
			text: "Prime Minister Aino Lehtonen sat down with President Mikko Hakala on Monday.",
			want: []string{"met(Aino Lehtonen, Mikko Hakala) 2025-06-09"}},
		{name: "spoke to X by telephone",
			text: "Prime Minister Aino Lehtonen spoke to President Mikko Hakala by telephone on Monday.",
			want: []string{"called(Aino Lehtonen, Mikko Hakala) 2025-06-09"}},
		{name: "called an owner's role and name",
			text: "Minister Faisal al-Amin spoke on Monday. Al-Amin later called Sudanese army chief Omar Idris, the ministry said.",
			want: []string{"called(Faisal al-Amin, Omar Idris) 2025-06-09"}},
		{name: "called a role in apposition",
			text: "President Ana Ruiz called the Kenyan foreign minister, Neema Wambui, on Monday.",
			want: []string{"called(Ana Ruiz, Neema Wambui) 2025-06-09"}},
		{name: "the leader who was introduced as a counterpart",
			text: "Kenyan President Peter Kamau hosted his Tanzanian counterpart, Neema Mushi, in Nairobi on Thursday. The Tanzanian leader later travelled to Mombasa.",
			want: []string{"visited(Neema Mushi, Mombasa) 2025-06-05"},
			not:  []string{"visited(Peter Kamau"}},
		{name: "a call in a fronted phrase",
			text: "In a call with Prime Minister Aino Lehtonen on Monday, President Mikko Hakala discussed trade.",
			want: []string{"called(Mikko Hakala, Aino Lehtonen) 2025-06-09"}},
		{name: "a delegation led by someone",
			text: "Prime Minister Aino Lehtonen received a delegation led by Senator Paul Grant on Monday.",
			want: []string{"met(Aino Lehtonen, Paul Grant) 2025-06-09"}},
		{name: "a delegation from a country is no contact",
			text: "Prime Minister Aino Lehtonen received a delegation from Estonia on Monday.",
			not:  []string{"met("}},
		{name: "landed in and went on to meet",
			text: "Minister Hugo Brenner landed in Riga on Monday and went on to meet President Edgars Ozols.",
			want: []string{"visited(Hugo Brenner, Riga) 2025-06-09", "met(Hugo Brenner, Edgars Ozols) 2025-06-09"}},
		{name: "a letter addressed to someone",
			text: "In a letter addressed to Secretary-General Ana Lima, Minister Hugo Brenner called for an inquiry.",
			want: []string{"wrote_to(Hugo Brenner, Ana Lima)"}},
		{name: "wrote a letter to",
			text: "Minister Hugo Brenner wrote a letter to President Edgars Ozols.",
			want: []string{"wrote_to(Hugo Brenner, Edgars Ozols)"}},
		{name: "reached out to",
			text: "Minister Hugo Brenner reached out to President Edgars Ozols on Monday.",
			want: []string{"contacted(Hugo Brenner, Edgars Ozols) 2025-06-09"}},
		{name: "the two foreign ministers",
			text: "Foreign Minister Tomas Lind and Foreign Minister Sara Nakato spoke on Monday. The two foreign ministers met again on Tuesday.",
			want: []string{"met(Tomas Lind, Sara Nakato) 2025-06-10"}},
		{name: "by video link, the pair of a meeting before",
			text: "Minister Rocio Ibarra met Minister Daniel Leblanc on Monday. The two ministers also spoke by video link with Trade Representative Jamie Greer.",
			want: []string{"called(Rocio Ibarra, Jamie Greer) 2025-06-09", "called(Daniel Leblanc, Jamie Greer) 2025-06-09"}},
		{name: "travel on to an unknown city",
			text: "Minister Rocio Ibarra is due to travel on to Montreal on Thursday.",
			want: []string{"visited(Rocio Ibarra, Montreal) 2025-06-12 planned"}},
		{name: "a video is no call",
			text: "A video of Minister Rocio Ibarra and President Ana Ruiz was released.",
			not:  []string{"called("}},
		{name: "over the phone",
			text: "Minister Hugo Brenner spoke over the phone with President Ana Ruiz on Monday.",
			want: []string{"called(Hugo Brenner, Ana Ruiz) 2025-06-09"}},
		{name: "two people shook hands",
			text: "Minister Hugo Brenner and President Ana Ruiz shook hands on Monday.",
			want: []string{"met(Hugo Brenner, Ana Ruiz) 2025-06-09"}},
		{name: "spoke to reporters is no contact",
			text: "Prime Minister Aino Lehtonen spoke to reporters on Monday.",
			not:  []string{"called("}},
	}, contactLines)
	runCases(t, []factCase{
		{name: "Philippine is a demonym",
			text: "Philippine Foreign Secretary Maria Santos Reyes arrived in Hanoi.",
			want: []string{"role(Maria Santos Reyes, Philippines)"}},
		{name: "an ambassador to a country is not its official",
			text: "Daniel Harwood, a former ambassador to Kenya, said the parties remain far apart.",
			not:  []string{"role(Daniel Harwood, Kenya)"}},
		{name: "the mayor of an unknown city",
			text: "Minister Hugo Brenner met Carlos Mendez, the mayor of Arequipa, on Monday.",
			want: []string{"role(Carlos Mendez, Arequipa)"}},
	}, roleLines)
	runCases(t, []factCase{
		{name: "told an outlet: the outlet is the listener",
			text: "Minister Hugo Brenner met Ana Ruiz. Brenner told The Coastal Herald the talks went well.",
			want: []string{"told(Hugo Brenner): the talks went well"}},
		{name: "a speaker after a place list is no place",
			text: "Speaking at a forum in Davos, Ruiz said the plan would survive.",
			want: []string{"said(Ruiz): the plan would survive"}},
		{name: "chairperson is a title",
			text: "AU Commission Chairperson Moussa Diallo said the talks were useful.",
			want: []string{"said(Moussa Diallo): the talks were useful"}},
		{name: "an Arabic family name is no demonym",
			text: "Iraqi Prime Minister Mohammed Shia al-Sudani met tribal leaders. Sudani said the talks were useful.",
			want: []string{"said(Mohammed Shia al-Sudani): the talks were useful"}},
	}, statementLines)
}

// containsLine reports whether the printed facts hold a line that starts
// with prefix.
func containsLine(facts, prefix string) bool {
	for _, l := range splitLines(facts) {
		if len(l) >= len(prefix) && l[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func TestSentenceTitleLine(t *testing.T) {
	// A plain text's first line is its title; a title that is a sentence
	// (a dateline, a full stop) is the body's first sentence.
	for _, c := range []struct{ name, text, want, not string }{
		{"dateline sentence as first line",
			"VALMORA, March 3 (APP): Finance Minister Tomas Rekka held a meeting with his Oradian counterpart Lio Vant on Monday.\nThe two ministers discussed trade.",
			"met(Tomas Rekka, Lio Vant) 2025-03-03", "APP"},
		{"headline without a full stop gives no facts",
			"Rekka meets Vant on trade\nThe ministers spoke about tariffs.",
			"", "met(Rekka, Vant)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ex := New()
			p, _ := time.Parse(ingest.DateLayout, "2025-03-05")
			title, _, _ := strings.Cut(c.text, "\n")
			a := &ingest.Article{Text: c.text, Title: title, Language: "en", Published: p}
			f := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(c.text)})
			got := formatFacts(f)
			if c.want != "" && !strings.Contains(got, c.want) {
				t.Errorf("missing %q in\n%s", c.want, got)
			}
			if c.not != "" && strings.Contains(got, c.not) {
				t.Errorf("unexpected %q in\n%s", c.not, got)
			}
		})
	}
}

func TestAgencyCredits(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		{"agency pair in a dateline", "Veltra [Oradia], May 2 (ANI/WAM): President Lio Vant met Minister Tomas Rekka.", "met(Lio Vant, Tomas Rekka)", "organization:ANI"},
		{"slashes around the agency", "Porto Claro May 25/2022/ENA/ Prime Minister Lio Vant met Minister Tomas Rekka.", "met(Lio Vant, Tomas Rekka)", "organization:ENA"},
		{"credit closing a paragraph", "Minister Tomas Rekka said the talks were useful. (Yonhap)", "said(Tomas Rekka)", "Yonhap"},
		{"agency between slashes", "VELTRA, April 10. /TASS/. Minister Tomas Rekka said the talks were useful.", "said(Tomas Rekka)", "TASS"},
		{"a time zone is no name", "Minister Tomas Rekka will speak at 1 p.m. ET on Monday, his office said.", "person:Tomas Rekka", ":ET "},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formatFacts(extractText("Headline words here\n"+c.text, "2025-06-10"))
			if !strings.Contains(got, c.want) {
				t.Errorf("missing %q in\n%s", c.want, got)
			}
			if strings.Contains(got, c.not) {
				t.Errorf("unexpected %q in\n%s", c.not, got)
			}
		})
	}
}

func TestJointStatements(t *testing.T) {
	runCases(t, []factCase{
		{name: "two named speakers",
			text: "Minister Tomas Rekka met Minister Lio Vant in Veltra. Rekka and Vant stressed the need to reopen the border.",
			want: []string{"stressed(Tomas Rekka): the need to reopen the border", "stressed(Lio Vant): the need to reopen the border"}},
		{name: "they after a pair",
			text: "Minister Tomas Rekka met Minister Lio Vant in Veltra. In the meeting, they agreed to expand rail links.",
			want: []string{"agreed(Tomas Rekka): to expand rail links", "agreed(Lio Vant): to expand rail links"}},
		{name: "shared the view",
			text: "Minister Tomas Rekka met Minister Lio Vant in Veltra. The two ministers shared the view that the drought was a threat.",
			want: []string{"shared(Tomas Rekka): the drought was a threat", "shared(Lio Vant): the drought was a threat"}},
		{name: "expressed hope",
			text: "Minister Tomas Rekka expressed the hope that the talks would resume soon.",
			want: []string{"expressed(Tomas Rekka): the talks would resume soon"}},
		{name: "expressed with an object",
			text: "Minister Tomas Rekka expressed sincere thanks for the warm reception in Veltra.",
			want: []string{"expressed(Tomas Rekka): sincere thanks for the warm reception in Veltra"}},
		{name: "passive is no statement",
			text: "Minister Tomas Rekka and Minister Lio Vant are believed to have met twice.",
			not:  []string{"believed("}},
		{name: "shared without a clause",
			text: "Minister Tomas Rekka shared a photo of the meeting.",
			not:  []string{"shared("}},
	}, statementLines)
}

func TestVisitingAdjective(t *testing.T) {
	runCases(t, []factCase{
		{name: "host and visiting president hold talks",
			text: "President Lio Vant and visiting Oradian President Tomas Rekka held summit talks on Monday.",
			want: []string{"met(Lio Vant, Tomas Rekka) 2025-06-09"},
			not:  []string{"visited(Lio Vant"}},
		{name: "visiting leader in a datelined story",
			text: "CAIRO, June 9 (Reuters) - President Lio Vant received visiting Kenyan President Tomas Rekka on Monday. Egypt and Kenya signed a trade deal.",
			want: []string{"visited(Tomas Rekka, Egypt) 2025-06-09", "met(Lio Vant, Tomas Rekka) 2025-06-09"}},
		{name: "in attendance",
			text: "Minister Lio Vant met with President Tomas Rekka on Monday. Vice President Mira Holm was also in attendance.",
			want: []string{"met(Mira Holm, Lio Vant) 2025-06-09", "met(Mira Holm, Tomas Rekka) 2025-06-09"}},
		{name: "a delegation to a country is one organization",
			text: "President Lio Vant met the Head of the EU Delegation to Peru on Monday.",
			want: []string{"met(Lio Vant, EU Delegation to Peru) 2025-06-09"}},
		{name: "held discussions with",
			text: "Prime Minister Lio Vant held bilateral discussions with President Tomas Rekka on Monday.",
			want: []string{"met(Lio Vant, Tomas Rekka) 2025-06-09"}},
	}, contactLines)
}

func TestSpokesmanAfterBareName(t *testing.T) {
	runCases(t, []factCase{
		{name: "the org's spokesman is the person just quoted",
			text: `Ilmar Tamm told reporters on Monday that no visit was planned. "We have not announced any trips," the Kremlin spokesman said.`,
			want: []string{"said(Ilmar Tamm): We have not announced any trips [direct]"}},
		{name: "a person with a role elsewhere is not the spokesman",
			text: `Ilmar Tamm, a spokesman for the Estonian Foreign Ministry, told reporters that no visit was planned. "Nothing is planned," the Kremlin spokesman said.`,
			not:  []string{"said(Ilmar Tamm): Nothing is planned"}},
		{name: "recalled that",
			text: "Ilmar Tamm recalled that the envoy is coming to Tallinn for talks.",
			want: []string{"recalled(Ilmar Tamm): the envoy is coming to Tallinn for talks"}},
	}, statementLines)
}

func TestGulfStyleNames(t *testing.T) {
	for _, c := range []struct{ name, text, want, not string }{
		{"His Highness is no entity",
			"His Highness Sheikh Hamad Al-Rashed received His Highness the Crown Prince Sheikh Faisal Al-Rashed on Monday.",
			"met(Hamad Al-Rashed, Faisal Al-Rashed)", "Highness"},
		{"two men of one family stay apart",
			"The Amir Sheikh Hamad Al-Rashed received the Prime Minister Sheikh Saud Al-Nasser Al-Rashed on Monday.",
			"met(Hamad Al-Rashed, Saud Al-Nasser Al-Rashed)", `"Sheikh Saud Al-Nasser Al-Rashed" "`},
		{"title of an organization and a name",
			"The Amir received the Speaker of the National Assembly Marwan Saleh Al-Otaibi on Monday.",
			"role(Marwan Saleh Al-Otaibi, National Assembly)", "organization:Speaker"},
		{"a name and its patronym start the full name",
			"President Sheikh Hamad bin Saud Al-Rashed called President Lio Vant on Monday. Sheikh Hamad bin Saud said the call was useful.",
			"said(Hamad bin Saud Al-Rashed)", "person:Hamad bin Saud ["},
		{"a dash credit ends a paragraph",
			"The Amir Sheikh Hamad Al-Rashed received the envoy on Monday. – KUNA",
			"person:Hamad Al-Rashed", "KUNA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formatFacts(extractText("Headline words here\n"+c.text, "2025-06-10"))
			if !strings.Contains(got, c.want) {
				t.Errorf("missing %q in\n%s", c.want, got)
			}
			if strings.Contains(got, c.not) {
				t.Errorf("unexpected %q in\n%s", c.not, got)
			}
		})
	}
}

func TestPageChrome(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"size switch", "Minister Tomas Rekka met envoys on Monday.\nXS\nSM\nLG", "XS"},
		{"menu label", "Breaking News\nMinister Tomas Rekka met envoys on Monday.", "Breaking News"},
		{"second headline in title case", "Foreign Minister to Visit Oradia Next Week\nMinister Tomas Rekka met envoys on Monday.", "Visit Oradia"},
		{"title-case line with a summit name", "Foreign Minister Meets Oradian Counterpart At G20 Sidelines\nMinister Tomas Rekka met envoys on Monday.", "Counterpart At"},
		{"the two Foreign Ministers", "Minister Tomas Rekka met Minister Lio Vant on Monday. The two Foreign Ministers also discussed trade.", ":Foreign Ministers"},
		{"credit line", "Minister Tomas Rekka met envoys on Monday.\nSome information for this report was provided by AFP and AP.", "AFP"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formatFacts(extractText("Headline words here\n"+c.text, "2025-06-10"))
			if !strings.Contains(got, "person:Tomas Rekka") {
				t.Errorf("the body was lost:\n%s", got)
			}
			if strings.Contains(got, c.not) {
				t.Errorf("unexpected %q in\n%s", c.not, got)
			}
		})
	}
}

func TestReceivedWrittenMessage(t *testing.T) {
	runCases(t, []factCase{
		{name: "an adjective before message",
			text: "President Lio Vant received a written message from King Tomas Rekka on Monday.",
			want: []string{"wrote_to(Tomas Rekka, Lio Vant) 2025-06-09"}},
		{name: "congratulatory cable",
			text: "President Lio Vant received a congratulatory cable from King Tomas Rekka on Monday.",
			want: []string{"wrote_to(Tomas Rekka, Lio Vant) 2025-06-09"}},
	}, contactLines)
}

func TestPairAnaphors(t *testing.T) {
	runCases(t, []factCase{
		{name: "the two sides after a pair with a country title",
			text: "President Lio Vant and Peruvian President Tomas Rekka held a phone call on Monday. The two sides emphasised the need to protect civilians.",
			want: []string{"emphasised(Lio Vant): the need to protect civilians", "emphasised(Tomas Rekka): the need to protect civilians"}},
		{name: "both leaders",
			text: "President Lio Vant and Peruvian President Tomas Rekka held a phone call on Monday. Both leaders noted the need to widen trade.",
			want: []string{"noted(Lio Vant): the need to widen trade", "noted(Tomas Rekka): the need to widen trade"}},
		{name: "His Highness inside a title chunk",
			text: "President His Highness Sheikh Hamad Al-Rashed and President Tomas Rekka held a phone call on Monday.",
			want: []string{"called(Hamad Al-Rashed, Tomas Rekka) 2025-06-09"}, not: []string{"Highness"}},
	}, func(f *ingest.Facts) []string { return append(statementLines(f), contactLines(f)...) })
	runCases(t, []factCase{
		{name: "a when clause has its own subject",
			text: "President Lio Vant and Peruvian President Tomas Rekka spoke by phone on Monday. The two leaders last met when Rekka visited Lima in May.",
			want: []string{"visited(Tomas Rekka, Lima) 2025-06-09"}, not: []string{"visited(Lio Vant"}},
	}, contactLines)
}

func TestVisitLists(t *testing.T) {
	runCases(t, []factCase{
		{name: "a list closed by and",
			text: "Minister Lio Vant will also visit Chile, Peru, the Bahamas and Cuba.",
			want: []string{"visited(Lio Vant, Chile) planned", "visited(Lio Vant, Peru) planned", "visited(Lio Vant, Bahamas) planned", "visited(Lio Vant, Cuba) planned"}},
		{name: "a city and its country is one destination",
			text: "Minister Lio Vant visited Lima, Peru on Monday.",
			want: []string{"visited(Lio Vant, Lima) 2025-06-09"}, not: []string{"visited(Lio Vant, Peru)"}},
		{name: "in a city for a visit to its country",
			text: "President Lio Vant is in Lima for an official visit to Peru.",
			want: []string{"visited(Lio Vant, Lima)", "visited(Lio Vant, Peru)"}},
		{name: "coming to a country",
			text: "Minister Lio Vant is coming to Peru for talks with Minister Tomas Rekka.",
			want: []string{"visited(Lio Vant, Peru)"}},
		{name: "a named subject after 'after' starts a clause",
			text: "Minister Lio Vant's trip comes a month after President Tomas Rekka visited Ghana.",
			want: []string{"visited(Tomas Rekka, Ghana)"}, not: []string{"visited(Lio Vant"}},
	}, contactLines)
	for _, text := range []string{
		"Foreign Affairs minister Lio Vant has said he is hopeful.",
	} {
		if got := formatFacts(extractText("Headline words here\n"+text, "2025-06-10")); strings.Contains(got, "person:Foreign Affairs") {
			t.Errorf("a portfolio taken for a person:\n%s", got)
		}
	}
}

func TestSalientTitleHolder(t *testing.T) {
	runCases(t, []factCase{
		{name: "the president is the article's subject, not a leader named in passing",
			text: "President Lio Vant hosted envoys in Veltra on Monday. Vant said the talks were useful. Vant later spoke with US President Tomas Rekka. The president is also expected to pay a state visit to Britain.",
			want: []string{"visited(Lio Vant, United Kingdom) planned"}, not: []string{"visited(Tomas Rekka"}},
	}, contactLines)
}

func TestPossessorSpokesperson(t *testing.T) {
	runCases(t, []factCase{
		{name: "the spokesperson named in the next sentence",
			text: "President Lio Vant met envoys on Monday, Vant's spokesperson said. The talks came after a year of tension, presidential spokesperson Mira Holm told reporters.",
			want: []string{"said(Mira Holm): President Lio Vant met envoys on Monday"}, not: []string{"said(Lio Vant)"}},
		{name: "a trailing attribution with a bare weekday",
			text: "Minister Lio Vant will travel to Peru this week, the State Department said Tuesday.",
			want: []string{"said(State Department): Minister Lio Vant will travel to Peru this week"}},
		{name: "an unnamed spokesperson speaks for nobody named",
			text: "President Lio Vant met envoys on Monday, Vant's spokesperson said.",
			not:  []string{"said(Lio Vant)"}},
	}, statementLines)
}

func TestCapitalizedTitleAnaphor(t *testing.T) {
	runCases(t, []factCase{
		{name: "The President after President Sheikh X",
			text: "President Sheikh Hamad Al-Rashed and Sheikh Faisal, the Emir of Qatar, held a phone call on Friday. The President said he was pleased to discuss relations.",
			want: []string{"said(Hamad Al-Rashed): he was pleased to discuss relations"}},
		{name: "said officials names no speaker",
			text: "Sheikh Hamad Al-Rashed and Sheikh Faisal Al-Thani also discussed a number of issues, said officials.",
			not:  []string{": officials"}},
	}, statementLines)
}
