package ar

import (
	"strings"
	"testing"
)

// extractCase is one table test: a text of sentences written for the test,
// its publication date, and lines that must (or must not) be among the
// canonical forms of what is extracted.
type extractCase struct {
	name       string
	text       string
	pub        string
	entities   []string // "kind: name [key]" lines
	statements []string
	contacts   []string
	roles      []string
	// none lists canonical lines, or name fragments, that must not appear
	// in any category.
	none []string
}

var extractCases = []extractCase{
	{
		name: "apposition, reported speech, call with today's weekday",
		text: "أعلن المتحدث باسم الكرملين، سيرغي لافرينوف، أن الرئيس الروسي فلاديمير كوزلوف أجرى اتصالاً هاتفياً مع الرئيس الفرنسي جان دوبوا اليوم الجمعة.",
		pub:  "2025-07-04",
		statements: []string{
			"أعلن(سيرغي لافرينوف): أن الرئيس الروسي فلاديمير كوزلوف أجرى اتصالاً هاتفياً مع الرئيس الفرنسي جان دوبوا اليوم الجمعة",
		},
		contacts: []string{"called(فلاديمير كوزلوف, جان دوبوا) 2025-07-04"},
		roles: []string{
			"holds_role(سيرغي لافرينوف, الكرملين)",
			"holds_role(فلاديمير كوزلوف, روسيا)",
			"holds_role(جان دوبوا, فرنسا)",
		},
		entities: []string{"place: روسيا [place:RU]", "place: فرنسا [place:FR]", "organization: الكرملين [org:kremlin]"},
	},
	{
		name: "surname, implied subject, direct quote, participle",
		text: "قال وزير الخارجية الأردني سامر الخطيب إن المباحثات كانت بناءة.\nوأضاف الخطيب: «نريد حلاً دائماً»، مؤكداً أن بلاده مستعدة للحوار.\nوتابع: «لن نتراجع».",
		pub:  "2025-03-04",
		statements: []string{
			"قال(سامر الخطيب): إن المباحثات كانت بناءة",
			"وأضاف(سامر الخطيب): نريد حلاً دائماً [direct]",
			"مؤكداً(سامر الخطيب): أن بلاده مستعدة للحوار",
			"وتابع(سامر الخطيب): لن نتراجع [direct]",
		},
		roles: []string{"holds_role(سامر الخطيب, الأردن)"},
		none:  []string{"person: الخطيب"},
	},
	{
		name:       "organization speaker before its verb",
		text:       "الخارجية العراقية قالت في بيان إن الوفد التركي سيصل غداً.",
		pub:        "2025-03-04",
		statements: []string{"قالت(الخارجية العراقية): إن الوفد التركي سيصل غداً"},
	},
	{
		name:     "planned meeting, weekday moves the date",
		text:     "ومن المقرر أن يلتقي وزير الدفاع التركي أوزان كايا نظيره القطري سالم بن علي المري غداً الخميس.",
		pub:      "2025-03-04",
		contacts: []string{"met(أوزان كايا, سالم بن علي المري) 2025-03-06 planned"},
		roles:    []string{"holds_role(أوزان كايا, تركيا)", "holds_role(سالم بن علي المري, قطر)"},
	},
	{
		name:     "visit yesterday evening",
		text:     "ووصل رئيس الوزراء الإيطالي ماركو بيانكي إلى القاهرة مساء أمس الأحد في زيارة رسمية.",
		pub:      "2025-04-07",
		contacts: []string{"visited(ماركو بيانكي, القاهرة) 2025-04-06"},
	},
	{
		name:     "received call: the caller is the initiator",
		text:     "تلقى وزير الخارجية الكويتي فهد سالم العتيبي اتصالاً هاتفياً من نظيره البريطاني جون كارتر أمس.",
		pub:      "2025-05-15",
		contacts: []string{"called(جون كارتر, فهد سالم العتيبي) 2025-05-14"},
	},
	{
		name:     "letter from one leader to another",
		text:     "وتسلم الرئيس السوري أحمد حسين رسالة من العاهل الأردني الملك عبد الله الثاني تتعلق بالعلاقات الثنائية.",
		pub:      "2025-05-15",
		contacts: []string{"wrote_to(عبد الله الثاني, أحمد حسين)"},
	},
	{
		name:     "denied meeting is not a contact",
		text:     "ونفى المتحدث باسم وزارة الخارجية الإيرانية رضا نوري عقد أي لقاء بين الوزير حسن طاهري والمبعوث الأمريكي توم هاريس.",
		pub:      "2025-05-15",
		contacts: []string{"met(حسن طاهري, توم هاريس) denied"},
		none:     []string{"met(حسن طاهري, توم هاريس)", "met(رضا نوري, حسن طاهري)"},
	},
	{
		name: "boilerplate lines give nothing",
		text: "العنوان\nاقرأ أيضاً: الرئيس الصيني لي وي يزور باريس\nمقال مقترح: وزير الخارجية الهندي راجيف كومار يلتقي نظيره الياباني\nكتبت: سارة محمود",
		pub:  "2025-05-15",
		none: []string{"لي وي", "باريس", "راجيف كومار", "سارة محمود", "الصين", "الهند"},
	},
	{
		name: "a verb that does not report speech",
		text: "وصافح الرئيس المصري حسن عادل الضيوف في القصر.",
		pub:  "2025-05-15",
		none: []string{"(حسن عادل):"},
	},
	{
		name:       "a name inside the quotation is not the speaker",
		text:       "وقال المتحدث باسم الحكومة اللبنانية رامي حداد: «الرئيس ميشال فرح سيتحدث غداً».",
		pub:        "2025-05-15",
		statements: []string{"وقال(رامي حداد): الرئيس ميشال فرح سيتحدث غداً [direct]"},
		roles:      []string{"holds_role(رامي حداد, الحكومة اللبنانية)"},
		none:       []string{"وقال(ميشال فرح)"},
	},
	{
		name:     "explicit date in Arabic-Indic digits with both month names",
		text:     "واجتمع الرئيس التونسي كمال بن سالم مع رئيس الوزراء الليبي خالد الورفلي في ١٢ مارس/آذار ٢٠٢٥ في طرابلس.",
		pub:      "2025-05-15",
		contacts: []string{"met(كمال بن سالم, خالد الورفلي) 2025-03-12"},
	},
	{
		name:       "according to names a source, not the speaker",
		text:       "وأكد الوزير اللبناني جورج نصار، بحسب وكالة الأنباء اللبنانية، أن الحكومة ملتزمة بالإصلاح.",
		pub:        "2025-05-15",
		statements: []string{"وأكد(جورج نصار): أن الحكومة ملتزمة بالإصلاح [source وكالة الأنباء اللبنانية]"},
	},
	{
		name: "an invitation is not a contact",
		text: "ودعا الرئيس الروسي فلاديمير كوزلوف الرئيس الفرنسي جان دوبوا إلى زيارة موسكو.",
		pub:  "2025-05-15",
		none: []string{"visited(", "met(", "(فلاديمير كوزلوف):"},
	},
	{
		name: "summit of three leaders is pairwise",
		text: "واستضافت الرياض اليوم الاثنين قمة ثلاثية جمعت الرئيس المصري حسن عادل والعاهل الأردني الملك فيصل الثاني والرئيس الفرنسي جان دوبوا.",
		pub:  "2025-04-07",
		contacts: []string{
			"met(حسن عادل, فيصل الثاني) 2025-04-07",
			"met(حسن عادل, جان دوبوا) 2025-04-07",
			"met(فيصل الثاني, جان دوبوا) 2025-04-07",
		},
	},
	{
		name:       "role-only reference joins the person named before",
		text:       "والتقى الرئيس جان دوبوا وزير الخارجية الإيطالي ماركو بيانكي أمس.\nوقال الرئيس الفرنسي إن اللقاء كان مثمراً.",
		pub:        "2025-05-15",
		statements: []string{"وقال(جان دوبوا): إن اللقاء كان مثمراً"},
		contacts:   []string{"met(جان دوبوا, ماركو بيانكي) 2025-05-14"},
		roles:      []string{"holds_role(جان دوبوا, فرنسا)"},
	},
	{
		name:     "spelling variants of one body are one entity",
		text:     "وقال عضو الكونجرس الجمهوري مارك ديفيس إن الكونغرس سيصوت. وأعلن البنتاغون أن البنتاجون مستعد.",
		pub:      "2025-05-15",
		entities: []string{"organization: الكونغرس [org:us-congress]", "organization: البنتاغون [org:وزاره الدفاع:US]"},
		roles:    []string{"holds_role(مارك ديفيس, الكونغرس)", "holds_role(مارك ديفيس, الجمهوري)"},
	},
	{
		name:     "tour of several countries next week has no date",
		text:     "وأعلنت الوزارة أن المبعوث الأمريكي توم هاريس سيزور الكويت الأسبوع المقبل، ضمن جولة تشمل أيضاً البحرين وقطر.",
		pub:      "2025-05-15",
		contacts: []string{"visited(توم هاريس, الكويت) planned", "visited(توم هاريس, البحرين) planned", "visited(توم هاريس, قطر) planned"},
	},
	{
		name:     "nationality adjective is the country",
		text:     "وانتقد النائب الأوكراني بوهدان شيفتشينكو القرار.",
		pub:      "2025-05-15",
		entities: []string{"place: أوكرانيا [place:UA]", "person: بوهدان شيفتشينكو"},
	},
}

func TestExtract(t *testing.T) {
	ex := New()
	for _, c := range extractCases {
		t.Run(c.name, func(t *testing.T) {
			f := extractText(t, ex, c.text, c.pub)
			all := append(append(append(entityLines(f), statementLines(f)...), contactLines(f)...), roleLines(f)...)
			for _, check := range []struct {
				what      string
				got, want []string
			}{
				{"entity", entityLines(f), c.entities},
				{"statement", statementLines(f), c.statements},
				{"contact", contactLines(f), c.contacts},
				{"role", roleLines(f), c.roles},
			} {
				for _, m := range missing(check.got, check.want) {
					t.Errorf("missing %s %s", check.what, m)
				}
			}
			for _, bad := range c.none {
				for _, l := range all {
					if l == bad || (strings.Contains(l, bad) && !strings.HasSuffix(l, "denied")) {
						t.Errorf("unexpected %q in %q", bad, l)
					}
				}
			}
			if t.Failed() {
				t.Log("got:\n" + formatFacts(f))
			}
		})
	}
}

// TestNisba checks the nationality adjectives derived from CLDR names, in
// every gender and number, with clitics.
func TestNisba(t *testing.T) {
	lx := newLexicon()
	for _, c := range []struct{ word, code string }{
		{"الأوكراني", "UA"}, {"الأوكرانية", "UA"}, {"الروسي", "RU"}, {"الأمريكي", "US"}, {"الأميركية", "US"},
		{"أميركيين", "US"}, {"العُمانية", "OM"}, {"السعودي", "SA"}, {"والفرنسي", "FR"}, {"المصريين", "EG"},
		{"الإماراتية", "AE"}, {"العراقيين", "IQ"}, {"للأردنية", "JO"},
	} {
		idx, _, ok := lx.nisbaOf(foldStr(c.word))
		if !ok || lx.countries[idx].code != c.code {
			got := ""
			if ok {
				got = lx.countries[idx].code
			}
			t.Errorf("nisba %s = %q, want %s", c.word, got, c.code)
		}
	}
	for _, w := range []string{"المالية", "العربية", "الدولية", "الخارجية", "الإنسانية"} {
		if idx, _, ok := lx.nisbaOf(foldStr(w)); ok {
			t.Errorf("%s taken for the nisba of %s", w, lx.countries[idx].code)
		}
	}
}

// TestConcurrent runs one extractor from several goroutines (go test -race).
func TestConcurrent(t *testing.T) {
	ex := New()
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			for _, c := range extractCases {
				extractText(t, ex, c.text, c.pub)
			}
			done <- true
		}()
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}
