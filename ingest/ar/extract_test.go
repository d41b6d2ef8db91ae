package ar

import (
	"strings"
	"testing"

	"newsgraph/graph"
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
		name: "verbs that do not report speech",
		text: "وصافح الرئيس المصري حسن عادل الضيوف في القصر.\nوتابع الرئيس الفرنسي جان دوبوا التطورات في المنطقة.\nوكتب الوزير الأردني سامر الخطيب رسالة إلى نظيره.",
		pub:  "2025-05-15",
		none: []string{"(حسن عادل):", "(جان دوبوا):", "(سامر الخطيب):"},
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
		name:       "quotation before the verb, dateline agency left out",
		text:       "موسكو (رويترز) - «لن نقبل بأي إملاءات»، قال وزير الخارجية الروسي سيرغي كوزنتسوف.",
		pub:        "2025-03-13",
		statements: []string{"قال(سيرغي كوزنتسوف): لن نقبل بأي إملاءات [direct]"},
		none:       []string{"رويترز"},
	},
	{
		name:     "family names with the article, the day before yesterday",
		text:     "وبحث أمير الكويت الشيخ مشعل الأحمد الجابر الصباح هاتفياً مع الرئيس المصري حسن عادل أمس الأول.",
		pub:      "2025-03-13",
		contacts: []string{"called(مشعل الأحمد الجابر الصباح, حسن عادل) 2025-03-11"},
		roles:    []string{"holds_role(مشعل الأحمد الجابر الصباح, الكويت)"},
	},
	{
		name:     "a family name shaped like a nationality, past weekday",
		text:     "والتقى رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية التركي أوزان كايا يوم الأحد في بغداد.",
		pub:      "2025-06-11",
		contacts: []string{"met(محمد شياع السوداني, أوزان كايا) 2025-06-08"},
		none:     []string{"place: السودان"},
	},
	{
		name: "a spokesperson named once, then by role; a meeting told in a clause",
		text: "وصرح السفير أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن اللقاء كان مثمراً.\n" +
			"وأوضح المتحدث الرسمي أن الجانبين اتفقا على التنسيق.\n" +
			"وخلال لقائه مع وزير الخارجية الأمريكي توم هاريس، شدد الرئيس المصري حسن عادل على رفض التهجير.",
		pub: "2025-02-09",
		statements: []string{
			"وصرح(أحمد فهمي): بأن اللقاء كان مثمراً",
			"وأوضح(أحمد فهمي): أن الجانبين اتفقا على التنسيق",
			"شدد(حسن عادل): على رفض التهجير",
		},
		contacts: []string{"met(حسن عادل, توم هاريس)"},
		roles:    []string{"holds_role(أحمد فهمي, رئاسة الجمهورية)"},
	},
	{
		name: "country as speaker, participle, join a meeting, capital not listed",
		text: "وأعربت مصر عن ترحيبها بالاتفاق، مؤكدة دعمها لجهود الوساطة.\n" +
			"واستقبل العاهل الأردني الملك فيصل الثاني اليوم وزير الخارجية الإسباني خوسيه غارسيا.\n" +
			"وشارك في الاجتماع رئيس الوزراء الفلسطيني محمد مصطفى.\n" +
			"وغادر المبعوث الأمريكي ستيف ويلسون أنقرة متوجهاً إلى العاصمة الأذربيجانية باكو.",
		pub: "2025-03-10",
		statements: []string{
			"وأعربت(مصر): عن ترحيبها بالاتفاق",
			"مؤكدة(مصر): دعمها لجهود الوساطة",
		},
		contacts: []string{
			"met(فيصل الثاني, خوسيه غارسيا) 2025-03-10",
			"met(فيصل الثاني, محمد مصطفى) 2025-03-10",
			"met(خوسيه غارسيا, محمد مصطفى) 2025-03-10",
			"visited(ستيف ويلسون, باكو)",
		},
	},
	{
		name: "a name without a title after the verb; g written two ways",
		text: "وقال وزير الدفاع الأمريكي بيت هيغسيث إن القوات جاهزة.\n" +
			"وأضاف هيجسيث أن الوزارة ستراجع خططها.\n" +
			"وقال جون كيربي للصحفيين إن الولايات المتحدة تراقب الوضع.\n" +
			"وقال مصدر دبلوماسي إن المحادثات ستستأنف.",
		pub: "2025-03-10",
		statements: []string{
			"وقال(بيت هيغسيث): إن القوات جاهزة",
			"وأضاف(بيت هيغسيث): أن الوزارة ستراجع خططها",
			"وقال(جون كيربي): إن الولايات المتحدة تراقب الوضع",
		},
		none: []string{"مصدر دبلوماسي"},
	},
	{
		name: "meeting with a ب object, a cable, a congratulation by phone",
		text: "والتقى الرئيس الفرنسي جان دوبوا بالرئيس الأمريكي توم هاريس في البيت الأبيض الاثنين.\n" +
			"وبعث أمير قطر الشيخ حمد بن سالم آل ثاني ببرقية تهنئة إلى الرئيس اللبناني رامي حداد.\n" +
			"وهنأ ولي العهد السعودي الأمير فهد بن خالد الرئيس السوري أحمد حسين هاتفياً بمناسبة العيد.",
		pub: "2025-03-12",
		contacts: []string{
			"met(جان دوبوا, توم هاريس) 2025-03-10",
			"wrote_to(حمد بن سالم آل ثاني, رامي حداد)",
			"called(فهد بن خالد, أحمد حسين)",
		},
	},
	{
		name: "a participle and a later continuation belong to the main speaker",
		text: "وقال المتحدث باسم الكرملين سيرغي لافرينوف إن الرئيس فلاديمير كوزلوف أكد أن الحوار ممكن، مضيفاً أن موسكو منفتحة.\n" +
			"وتابع أن الاتصالات ستستمر.",
		pub: "2025-03-12",
		statements: []string{
			"وقال(سيرغي لافرينوف): إن الرئيس فلاديمير كوزلوف أكد أن الحوار ممكن",
			"أكد(فلاديمير كوزلوف): أن الحوار ممكن",
			"مضيفاً(سيرغي لافرينوف): أن موسكو منفتحة",
			"وتابع(سيرغي لافرينوف): أن الاتصالات ستستمر",
		},
	},
	{
		name: "president of the republic, honorifics, a company's chief, a short form with بن",
		text: "استقبل رئيس الجمهورية اللبنانية جوزاف عون وزير الخارجية السوري أسعد الشيباني.\n" +
			"وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية إلى فخامة الرئيس الفرنسي جان دوبوا.\n" +
			"وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الإنتاج سيرتفع.\n" +
			"والتقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس دوبوا. وأكد بن سلمان أن العلاقات قوية.",
		pub: "2025-03-12",
		statements: []string{
			"وقال(أمين الناصر): إن الإنتاج سيرتفع",
			"وأكد(محمد بن سلمان): أن العلاقات قوية",
		},
		contacts: []string{
			"met(جوزاف عون, أسعد الشيباني)",
			"wrote_to(سلمان بن عبدالعزيز, جان دوبوا)",
			"met(محمد بن سلمان, جان دوبوا)",
		},
		roles: []string{"holds_role(جوزاف عون, لبنان)", "holds_role(أمين الناصر, شركة أرامكو)"},
	},
	{
		name: "honorifics and the pronoun that refers back to them; titles after a name",
		text: "أبوظبي - استقبل صاحب السمو الشيخ خالد بن سعيد آل نهيان رئيس الدولة في قصر الشاطئ اليوم فخامة الرئيس جان دوبوا رئيس الجمهورية الفرنسية.\n" +
			"وتلقى سموه اتصالاً هاتفياً من دولة رئيس الوزراء الهندي راجيف كومار تم خلاله بحث العلاقات.\n" +
			"حضر اللقاء سمو الشيخ عبدالله بن سعيد آل نهيان نائب رئيس الوزراء.",
		pub: "2025-03-12",
		contacts: []string{
			"met(خالد بن سعيد آل نهيان, جان دوبوا) 2025-03-12",
			"called(راجيف كومار, خالد بن سعيد آل نهيان)",
			"met(خالد بن سعيد آل نهيان, عبدالله بن سعيد آل نهيان) 2025-03-12",
		},
		roles: []string{"holds_role(جان دوبوا, فرنسا)", "holds_role(راجيف كومار, الهند)"},
		none:  []string{"person: راجيف كومار تم", "called(راجيف كومار, عبدالله"},
	},
	{
		name: "a person quoted by an agency; a passive verb has no speaker",
		text: "ونقلت وكالة الأنباء السورية (سانا) عن وزير الخارجية السوري أسعد الشيباني قوله إن دمشق منفتحة على الحوار.\n" +
			"وأُعلن عن تشكيل لجنة مشتركة.",
		pub:        "2025-03-12",
		statements: []string{"قوله(أسعد الشيباني): إن دمشق منفتحة على الحوار [source وكالة الأنباء السورية]"},
		none:       []string{"(أسعد الشيباني): عن تشكيل"},
	},
	{
		name: "a meeting told in an aside, a name beginning with أل, an ambassador in a city",
		text: "أكد رئيس الوزراء العراقي محمد جاسم الحسني، خلال استقباله السفيرة الأمريكية لدى العراق ألينا كوفاليفا، أن الحكومة ماضية في الإصلاحات.\n" +
			"من جهته، أعرب السفير الروسي في بغداد إلبروس كارتاشوف عن دعم بلاده للعراق.\n" +
			"وفي سياق متصل، وصل إلى بغداد مساء الأحد الماضي وفد سعودي برئاسة وزير الخارجية فهد بن خالد.",
		pub: "2025-03-10",
		statements: []string{
			"أكد(محمد جاسم الحسني): أن الحكومة ماضية في الإصلاحات",
			"أعرب(إلبروس كارتاشوف): عن دعم بلاده للعراق",
		},
		contacts: []string{"met(محمد جاسم الحسني, ألينا كوفاليفا)", "visited(فهد بن خالد, بغداد) 2025-03-09"},
		roles:    []string{"holds_role(ألينا كوفاليفا, الولايات المتحدة)", "holds_role(إلبروس كارتاشوف, روسيا)"},
	},
	{
		name: "a father's name is not the person's: the king is not the crown prince",
		text: "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي جان دوبوا.\n" +
			"وتلقى الملك سلمان رسالة من الرئيس المصري حسن عادل.",
		pub: "2025-03-12",
		contacts: []string{
			"met(محمد بن سلمان, جان دوبوا)",
			"wrote_to(حسن عادل, سلمان)",
		},
		entities: []string{"person: محمد بن سلمان", "person: سلمان"},
	},
	{
		name: "a quotation standing alone continues the speaker before it",
		text: "وقال وزير الخارجية الأردني سامر الخطيب إن المحادثات بناءة.\n" +
			"«نحن ملتزمون بالسلام ولن نتراجع».\n" +
			"وتشهد المنطقة توتراً متصاعداً.\n" +
			"«هذه جملة لا قائل لها».",
		pub: "2025-03-12",
		statements: []string{
			"وقال(سامر الخطيب): إن المحادثات بناءة",
			"(سامر الخطيب): نحن ملتزمون بالسلام ولن نتراجع [direct]",
		},
		none: []string{"لا قائل لها"},
	},
	{
		name: "a denial covers what it reports, not the next clause",
		text: "ونفى المتحدث باسم الخارجية الإيرانية رضا نوري أن يكون الوزير حسن طاهري قد التقى المبعوث الأمريكي توم هاريس.\n" +
			"ورفض الرئيس الفرنسي جان دوبوا الاتهامات، والتقى الرئيس المصري حسن عادل في باريس أمس.",
		pub: "2025-05-15",
		contacts: []string{
			"met(حسن طاهري, توم هاريس) denied",
			"met(جان دوبوا, حسن عادل) 2025-05-14",
		},
	},
	{
		name: "an apposed title, an ambassador in a city, an aside before the content",
		text: "التقى الدكتور حسام عادل، رئيس مجلس الوزراء، اليوم، السفيرة الأمريكية بالقاهرة جين ميلر، لبحث سبل التعاون.\n" +
			"وأكد عادل، خلال اللقاء، حرص مصر على تعزيز العلاقات.\n" +
			"ومن جانبها، أعربت السفيرة عن تقديرها للدور المصري.",
		pub: "2025-03-10",
		statements: []string{
			"وأكد(حسام عادل): حرص مصر على تعزيز العلاقات",
			"أعربت(جين ميلر): عن تقديرها للدور المصري",
		},
		contacts: []string{"met(حسام عادل, جين ميلر) 2025-03-10"},
		roles:    []string{"holds_role(جين ميلر, الولايات المتحدة)"},
	},
	{
		name:       "a given name that is also a country",
		text:       "وقالت رئيسة الوزراء الإيطالية جورجيا بيانكي إن روما تدعم الحوار.",
		pub:        "2025-03-10",
		statements: []string{"وقالت(جورجيا بيانكي): إن روما تدعم الحوار"},
		roles:      []string{"holds_role(جورجيا بيانكي, إيطاليا)"},
		none:       []string{"place: جورجيا"},
	},
	{
		name: "a body named again by its head alone",
		text: "وأعلنت وزارة الخارجية الروسية أن الوفد سيصل.\n" +
			"وقالت الخارجية في بيان إن المحادثات بناءة.\n" +
			"وقالت الحكومة العراقية إن الاتفاق قريب، وأكدت الحكومة أنها ملتزمة.",
		pub: "2025-03-10",
		statements: []string{
			"وقالت(وزارة الخارجية الروسية): إن المحادثات بناءة",
			"وأكدت(الحكومة العراقية): أنها ملتزمة",
		},
	},
	{
		name:       "according to X opening the sentence is its only attribution; closing it is not",
		text:       "وبحسب وكالة الأنباء القطرية، فإن الوفد وصل إلى الدوحة مساء أمس.\nووصل الوفد إلى الدوحة، بحسب البيت الأبيض.",
		pub:        "2025-03-10",
		statements: []string{"وبحسب(وكالة الأنباء القطرية): فإن الوفد وصل إلى الدوحة مساء أمس"},
		none:       []string{"(البيت الأبيض):"},
	},
	{
		name: "bare names after contact verbs, not nouns",
		text: "واستقبل فهد بن خالد الرئيس الفرنسي جان دوبوا في الرياض.\nووصل جون كيلر إلى القاهرة أمس.\nوزار مخيم اللاجئين في غزة وفد أممي.",
		pub:  "2025-03-10",
		contacts: []string{
			"met(فهد بن خالد, جان دوبوا)",
			"visited(جون كيلر, القاهرة) 2025-03-09",
		},
		none: []string{"مخيم"},
	},
	{
		name: "military ranks, a body built by rule, places joined by و, an announcement's day",
		text: "التقى وزير الخارجية الأمريكي توم هاريس، الثلاثاء، رئيس مجلس السيادة السوداني الفريق أول حسن عبد الرحيم في مدينة بورتسودان.\n" +
			"وأكد مجلس السيادة في بيان أن عبد الرحيم شدد على \"التزام الحكومة بالحوار\".\n" +
			"وكانت الخارجية الأمريكية قد أعلنت، الأحد، أن هاريس سيزور أيضاً القاهرة وأديس أبابا.\n" +
			"كما أجرى هاريس اتصالاً هاتفياً بقائد قوات الدعم السريع سامي يوسف.",
		pub: "2024-06-12",
		statements: []string{
			"شدد(حسن عبد الرحيم): التزام الحكومة بالحوار [direct]",
		},
		contacts: []string{
			"met(توم هاريس, حسن عبد الرحيم) 2024-06-11",
			"visited(توم هاريس, القاهرة) planned",
			"visited(توم هاريس, أديس أبابا) planned",
			"called(توم هاريس, سامي يوسف)",
		},
		roles: []string{"holds_role(حسن عبد الرحيم, مجلس السيادة)", "holds_role(سامي يوسف, قوات الدعم السريع)"},
		none:  []string{"visited(حسن عبد الرحيم", "2024-06-16"},
	},
	{
		name: "spokespeople of bodies named without their country",
		text: "وقال المتحدث باسم الخارجية رضا نوري إن طهران مستعدة.\nوقال المتحدث باسم الجيش داني ليفي إن العملية مستمرة.",
		pub:  "2025-03-10",
		statements: []string{
			"وقال(رضا نوري): إن طهران مستعدة",
			"وقال(داني ليفي): إن العملية مستمرة",
		},
		roles: []string{"holds_role(رضا نوري, الخارجية)", "holds_role(داني ليفي, الجيش)"},
	},
	{
		name:     "Latin names of outlets, not Latin prose",
		text:     "وقالت المتحدثة في حديث لشبكة NBC إن القرار نهائي، فيما نشرت BBC تقريراً. وكتب على منصة Truth Social أن the deal is done.",
		pub:      "2025-03-10",
		entities: []string{"organization: NBC", "organization: BBC", "organization: Truth Social"},
		none:     []string{"organization: the", "organization: deal"},
	},
	{
		name: "officials of international bodies; press spellings of countries",
		text: "حذّر منسق الشؤون الإنسانية في الأمم المتحدة جون بيترز من أن الوضع خطير.\n" +
			"واستقبل وزير الخارجية المصري حسن عادل المفوض العام لوكالة الأونروا مارك دوبري.\n" +
			"وكانت رئيسة الوزراء الدنماركية آنا لارسن قد زارت معبر رفح الأسبوع الماضي.",
		pub:        "2025-05-21",
		statements: []string{"حذّر(جون بيترز): من أن الوضع خطير"},
		contacts:   []string{"met(حسن عادل, مارك دوبري)", "visited(آنا لارسن, رفح)"},
		roles: []string{"holds_role(جون بيترز, الأمم المتحدة)", "holds_role(مارك دوبري, وكالة الأونروا)",
			"holds_role(آنا لارسن, الدانمرك)"},
		none: []string{"place: الأمم المتحدة"},
	},
	{
		name: "a compound given name goes on; a domain of several words",
		text: "الرباط - أجرى وزير الشؤون الخارجية والتعاون الإفريقي، السيد كريم الإدريسي، اليوم الجمعة، مباحثات مع نظيره الإسباني خوان غارسيا.\n" +
			"واستقبل رئيس الجمهورية عبد الكريم زيدان، أمس الخميس، الوزير الإدريسي.",
		pub: "2025-03-14",
		contacts: []string{
			"met(كريم الإدريسي, خوان غارسيا) 2025-03-14",
			"met(عبد الكريم زيدان, كريم الإدريسي) 2025-03-13",
		},
		entities: []string{"person: عبد الكريم زيدان"},
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
		{"الإماراتية", "AE"}, {"العراقيين", "IQ"}, {"للأردنية", "JO"}, {"الدنماركية", "DK"}, {"المجري", "HU"},
	} {
		idx, _, ok := lx.nisbaOf(graph.Fold(c.word))
		if !ok || lx.countries[idx].code != c.code {
			got := ""
			if ok {
				got = lx.countries[idx].code
			}
			t.Errorf("nisba %s = %q, want %s", c.word, got, c.code)
		}
	}
	for _, w := range []string{"المالية", "العربية", "الدولية", "الخارجية", "الإنسانية"} {
		if idx, _, ok := lx.nisbaOf(graph.Fold(w)); ok {
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

// TestOneEntityPerBody checks that the spellings and shortenings of one body
// or place make one entity: "مجلس النواب" after "مجلس النواب الأمريكي",
// "البنتاجون" and "وزارة الدفاع الأمريكية", "مدينة القاهرة" and "القاهرة".
func TestOneEntityPerBody(t *testing.T) {
	text := "وقالت عضوة مجلس النواب الأمريكي الديمقراطية سارة جونز إن مجلس النواب سيصوت غداً.\n" +
		"وأعلنت وزارة الدفاع الأمريكية أن البنتاجون سيرسل وفداً إلى مدينة القاهرة، ثم إلى القاهرة مجدداً."
	f := extractText(t, New(), text, "2025-03-12")
	count := map[string]int{}
	for _, e := range f.Entities {
		for _, a := range e.Aliases {
			count[graph.Fold(a)]++
		}
	}
	for _, name := range []string{"مجلس النواب", "البنتاجون", "وزارة الدفاع الأمريكية", "القاهرة"} {
		if n := count[graph.Fold(name)]; n != 1 {
			t.Errorf("%s is an alias of %d entities, want 1\n%s", name, n, formatFacts(f))
		}
	}
}

// TestDates checks the date phrases against a publication date of Friday
// 2025-07-04: past events resolve backwards, planned ones forwards, a
// named weekday wins over the computed day, and a month alone or a week
// gives no date.
func TestDates(t *testing.T) {
	ex := New()
	for _, c := range []struct {
		phrase, want string
		adjusted     bool
	}{
		{"اليوم الجمعة", "2025-07-04 ", false},
		{"أمس الأول", "2025-07-02 ", false},
		{"أول أمس", "2025-07-02 ", false},
		{"مساء أمس", "2025-07-03 ", false},
		{"الثلاثاء الماضي", "2025-07-01 ", false},
		{"يوم الاثنين", "2025-06-30 ", false},
		{"يوم 7/4/2025", "2025-04-07 ", false},
		{"في ١٢ مارس/آذار ٢٠٢٥", "2025-03-12 ", false},
		{"في ٣ يونيو/حزيران", "2025-06-03 ", false},
		{"في مارس/آذار الماضي", "", false},
		{"الأسبوع الماضي", "", false},
		{"اليوم الخميس", "2025-07-03 ", true},
		{"غداً السبت planned", "2025-07-05 planned", false},
		{"بعد غد planned", "2025-07-06 planned", false},
		{"الأحد المقبل planned", "2025-07-06 planned", false},
	} {
		phrase, verb := c.phrase, "التقى"
		if strings.HasSuffix(phrase, " planned") {
			phrase, verb = strings.TrimSuffix(phrase, " planned"), "سيلتقي"
		}
		f := extractText(t, ex, verb+" الرئيس الفرنسي جان دوبوا الوزير الأردني سامي حداد "+phrase+".", "2025-07-04")
		if len(f.Contacts) != 1 {
			t.Errorf("%s: %d contacts\n%s", c.phrase, len(f.Contacts), formatFacts(f))
			continue
		}
		got := f.Contacts[0].Date + " " + strings.TrimPrefix(f.Contacts[0].Status, "happened")
		if got == " " {
			got = ""
		}
		if got != c.want || f.Contacts[0].DateAdjusted != c.adjusted {
			t.Errorf("%s: got %q adjusted=%v, want %q adjusted=%v", c.phrase, got, f.Contacts[0].DateAdjusted, c.want, c.adjusted)
		}
	}
}
