package ar

// The language rules of the Arabic extractor, as data. Every list is written
// in ordinary Arabic spelling; New folds each entry with graph.Fold so that
// hamza, alef, ta marbuta and diacritic variants all match.

// boilerplateMarkers open lines that carry no facts: links to other
// articles, bylines and agency credits.
var boilerplateMarkers = []string{
	"من نفس التصنيف", "مقال مقترح", "اقرأ أيضا", "اقرأ أيضًا", "اقرأ أيضاً", "إقرأ أيضا",
	"شاهد أيضا", "شاهد أيضاً", "شاهد أيضًا", "قد يهمك أيضا", "قد يهمك أيضًا", "قد يهمك",
	"طالع أيضا", "اقرأ المزيد", "مواضيع ذات صلة", "اقرأ كذلك",
	"كتبت:", "كتب:", "إعداد:", "تحرير:", "ترجمة:", "تصوير:", "المصدر:", "بقلم:", "متابعة:", "(وكالات)", "وكالات",
}

// The one-letter proclitics that attach to a word: the conjunctions و and
// ف, then the prepositions ب, ل and ك.
var (
	conjClitics = []string{"و", "ف"}
	prepClitics = []string{"ب", "ل", "ك"}
)

// titleDef is a title or role word that anchors a person's name.
type titleDef struct {
	phrase string // as written, possibly several words
	role   string // English role
	class  string // what a role-only reference is compared on
	// org says an organization or domain may follow ("المتحدث باسم ...",
	// "عضو مجلس الشيوخ", "وزير الخارجية").
	org bool
	// noName marks titles that are only ever role-only references.
	noName bool
}

var titles = []titleDef{
	{"الرئيس", "president", "president", true, false},
	{"رئيس", "head", "president", true, false},
	{"الرئيسة", "president", "president", true, false},
	{"رئيسة", "head", "president", true, false},
	{"رئيس الجمهورية", "president", "president", false, false},
	{"رئيسة الجمهورية", "president", "president", false, false},
	{"رئيس الأركان", "chief of staff", "commander", false, false},
	{"نائب رئيس الوزراء", "deputy prime minister", "deputy", false, false},
	{"خادم الحرمين الشريفين", "king", "king", false, false},
	{"جلالة", "جلالة", "honorific", false, false},
	{"سمو", "سمو", "honorific", false, false},
	{"صاحب السمو", "صاحب السمو", "honorific", false, false},
	{"فخامة", "فخامة", "honorific", false, false},
	{"معالي", "معالي", "honorific", false, false},
	{"سعادة", "سعادة", "honorific", false, false},
	{"رئيس الوزراء", "prime minister", "pm", false, false},
	{"رئيسة الوزراء", "prime minister", "pm", false, false},
	{"رئيس الحكومة", "prime minister", "pm", false, false},
	{"رئيس مجلس الوزراء", "prime minister", "pm", false, false},
	{"نائب الرئيس", "vice president", "vp", false, false},
	{"نائبة الرئيس", "vice president", "vp", false, false},
	{"وزير", "minister", "minister", true, false},
	{"وزيرة", "minister", "minister", true, false},
	{"الوزير", "minister", "minister", true, false},
	{"الوزيرة", "minister", "minister", true, false},
	{"نائب", "deputy", "deputy", true, false},
	{"نائبة", "deputy", "deputy", true, false},
	{"مساعد", "assistant", "assistant", true, false},
	{"مساعدة", "assistant", "assistant", true, false},
	{"المتحدث باسم", "spokesperson", "spokesperson", true, false},
	{"المتحدثة باسم", "spokesperson", "spokesperson", true, false},
	{"المتحدث الرسمي باسم", "spokesperson", "spokesperson", true, false},
	{"المتحدثة الرسمية باسم", "spokesperson", "spokesperson", true, false},
	{"الناطق باسم", "spokesperson", "spokesperson", true, false},
	{"المتحدث الرسمي", "spokesperson", "spokesperson", false, false},
	{"المتحدثة الرسمية", "spokesperson", "spokesperson", false, false},
	{"المتحدث", "spokesperson", "spokesperson", false, false},
	{"المتحدثة", "spokesperson", "spokesperson", false, false},
	{"الناطقة باسم", "spokesperson", "spokesperson", true, false},
	{"الناطق الرسمي باسم", "spokesperson", "spokesperson", true, false},
	{"المبعوث", "envoy", "envoy", true, false},
	{"المبعوثة", "envoy", "envoy", true, false},
	{"مبعوث", "envoy", "envoy", true, false},
	{"السفير", "ambassador", "ambassador", true, false},
	{"السفيرة", "ambassador", "ambassador", true, false},
	{"سفير", "ambassador", "ambassador", true, false},
	{"سفيرة", "ambassador", "ambassador", true, false},
	{"ولي العهد", "crown prince", "crownprince", false, false},
	{"الأمير", "prince", "prince", false, false},
	{"أمير", "emir", "emir", true, false},
	{"الملك", "king", "king", false, false},
	{"ملك", "king", "king", true, false},
	{"الملكة", "queen", "king", false, false},
	{"العاهل", "king", "king", false, false},
	{"السلطان", "sultan", "king", false, false},
	{"الشيخ", "sheikh", "sheikh", false, false},
	{"الشيخة", "sheikh", "sheikh", false, false},
	{"السيناتور", "senator", "senator", false, false},
	{"النائب", "member of parliament", "mp", false, false},
	{"النائبة", "member of parliament", "mp", false, false},
	{"عضو", "member", "member", true, false},
	{"عضوة", "member", "member", true, false},
	{"الأمين العام", "secretary-general", "secgen", true, false},
	{"الأمينة العامة", "secretary-general", "secgen", true, false},
	{"أمين عام", "secretary-general", "secgen", true, false},
	{"أمين", "secretary", "secretary", true, false},
	{"مستشار", "adviser", "adviser", true, false},
	{"مستشارة", "adviser", "adviser", true, false},
	{"المستشار", "chancellor", "chancellor", true, false},
	{"المستشارة", "chancellor", "chancellor", true, false},
	{"المدير العام", "director-general", "director", true, false},
	{"المديرة العامة", "director-general", "director", true, false},
	{"المدير التنفيذي", "executive director", "director", true, false},
	{"المدير", "director", "director", true, false},
	{"المديرة", "director", "director", true, false},
	{"مدير", "director", "director", true, false},
	{"منسق", "coordinator", "coordinator", true, false},
	{"منسقة", "coordinator", "coordinator", true, false},
	{"المنسق", "coordinator", "coordinator", true, false},
	{"المفوض العام", "commissioner-general", "commissioner", true, false},
	{"المفوض السامي", "high commissioner", "commissioner", true, false},
	{"المفوض", "commissioner", "commissioner", true, false},
	{"مفوض", "commissioner", "commissioner", true, false},
	{"الممثل الأعلى", "high representative", "representative", true, false},
	{"مديرة", "director", "director", true, false},
	{"قائد", "commander", "commander", true, false},
	{"كبير", "chief", "chief", true, false},
	{"كبيرة", "chief", "chief", true, false},
	{"زعيم", "leader", "leader", true, false},
	{"زعيمة", "leader", "leader", true, false},
	{"نظيره", "counterpart", "counterpart", false, false},
	{"نظيرها", "counterpart", "counterpart", false, false},
	{"نظيرته", "counterpart", "counterpart", false, false},
	{"نظيرتها", "counterpart", "counterpart", false, false},
	{"الضيف", "guest", "guest", false, true},
	{"الضيفة", "guest", "guest", false, true},
	{"المسؤول", "official", "official", false, true},
	{"المسؤولة", "official", "official", false, true},
	{"مندوب", "representative", "representative", true, false},
	{"المندوب", "representative", "representative", true, false},
	{"المندوبة", "representative", "representative", true, false},
	{"محافظ", "governor", "governor", true, false},
	{"حاكم", "governor", "governor", true, false},
	{"المرشد الأعلى", "supreme leader", "leader", false, false},
	{"البابا", "pope", "pope", false, false},
	{"الجنرال", "general", "general", false, false},
	{"اللواء", "major general", "general", false, false},
	{"العميد", "brigadier", "general", false, false},
	{"الفريق", "lieutenant general", "general", false, false},
	{"الفريق أول", "general", "general", false, false},
	{"الفريق الأول", "general", "general", false, false},
	{"المشير", "field marshal", "general", false, false},
	{"العماد", "general", "general", false, false},
	{"اللواء الركن", "major general", "general", false, false},
	{"الأدميرال", "admiral", "general", false, false},
	{"العقيد", "colonel", "general", false, false},
	{"السيد", "", "honorific", false, false},
	{"السيدة", "", "honorific", false, false},
	{"الدكتور", "", "honorific", false, false},
	{"الدكتورة", "", "honorific", false, false},
	{"المهندس", "", "honorific", false, false},
	{"المهندسة", "", "honorific", false, false},
	{"الأستاذ", "", "honorific", false, false},
	{"الأستاذة", "", "honorific", false, false},
}

// roleOnlyClasses may stand for a person alone ("الرئيس الفرنسي").
// Honorifics and heads of offices do not.
var roleOnlyClasses = map[string]bool{
	"president": true, "pm": true, "vp": true, "minister": true, "spokesperson": true,
	"envoy": true, "ambassador": true, "crownprince": true, "emir": true, "king": true,
	"guest": true, "official": true, "counterpart": true, "senator": true, "chancellor": true,
	"leader": true,
}

// honorificPronouns refer back to the person last given that honorific:
// "سموه" to "صاحب السمو الشيخ …", "فخامته" to "فخامة الرئيس …".
var honorificPronouns = map[string][]string{
	"سموه":    {"سمو", "صاحب السمو"},
	"سموها":   {"سمو", "صاحب السمو"},
	"جلالته":  {"جلالة"},
	"جلالتها": {"جلالة"},
	"فخامته":  {"فخامة"},
	"معاليه":  {"معالي"},
	"معاليها": {"معالي"},
	"سعادته":  {"سعادة"},
}

// titleModifiers may follow a title word without ending it.
var titleModifiers = []string{
	"السابق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة", "الخاص", "الخاصة",
	"العام", "العامة", "الأعلى", "الأول", "الأولى", "الرسمي", "الرسمية", "المؤقت",
	"المؤقتة", "المنتخب", "المنتخبة", "الدائم", "الدائمة", "المكلف",
	"خاص", "خاصة", "سابق", "سابقة", "رسمي", "جديد", "رفيع", "رفيعة", "كبير", "التنفيذي", "التنفيذية",
}

// partyAdjectives after a person's title name the party.
var partyAdjectives = []struct{ forms []string }{
	{[]string{"الجمهوري", "الجمهورية"}},
	{[]string{"الديمقراطي", "الديمقراطية", "الديموقراطي", "الديموقراطية"}},
}

// partyNames give the party adjectives their English names and keys, in the
// order of partyAdjectives.
var partyNames = []struct{ en, key string }{
	{"Republican Party", "org:party:us-republican"},
	{"Democratic Party", "org:party:us-democratic"},
}

// reportingVerbs are the verbs that introduce what someone said, in their
// perfect and imperfect, masculine and feminine forms. intro lists the
// prepositions that open the reported content after the verb besides the
// complementisers.
type verbDef struct {
	forms []string
	intro []string
}

var reportingVerbs = []verbDef{
	{[]string{"قال", "قالت", "يقول", "تقول", "قالا", "قالوا"}, nil},
	{[]string{"أعلن", "أعلنت", "يعلن", "تعلن", "أعلنا"}, []string{"عن"}},
	{[]string{"صرح", "صرّح", "صرحت", "يصرح", "تصرح"}, nil},
	{[]string{"أكد", "أكدت", "يؤكد", "تؤكد", "أكدا"}, []string{"على"}},
	{[]string{"أشار", "أشارت", "يشير", "تشير"}, []string{"إلى"}},
	{[]string{"أوضح", "أوضحت", "يوضح", "توضح"}, nil},
	{[]string{"أضاف", "أضافت", "يضيف", "تضيف"}, nil},
	{[]string{"أردف", "أردفت"}, nil},
	{[]string{"كشف", "كشفت", "يكشف", "تكشف"}, []string{"عن"}},
	{[]string{"أفاد", "أفادت", "يفيد", "تفيد"}, nil},
	{[]string{"ذكر", "ذكرت", "يذكر", "تذكر"}, nil},
	{[]string{"شدد", "شددت", "يشدد", "تشدد", "شدّد", "شدّدت"}, []string{"على"}},
	{[]string{"أبلغ", "أبلغت", "يبلغ"}, nil},
	{[]string{"عبر", "عبرت", "عبّر", "عبّرت", "يعبر", "تعبر"}, []string{"عن"}},
	{[]string{"أعرب", "أعربت", "يعرب", "تعرب"}, []string{"عن"}},
	{[]string{"طالب", "طالبت", "يطالب", "تطالب"}, []string{"ب"}},
	{[]string{"نفى", "نفت", "ينفي", "تنفي"}, nil},
	{[]string{"حذر", "حذّر", "حذرت", "حذّرت", "يحذر", "تحذر"}, []string{"من"}},
	{[]string{"دعا", "دعت", "يدعو", "تدعو"}, []string{"إلى"}},
	{[]string{"تابع", "تابعت"}, nil},
	{[]string{"كتب", "كتبت", "يكتب", "تكتب"}, nil},
	{[]string{"اعتبر", "اعتبرت", "يعتبر", "تعتبر"}, nil},
	{[]string{"لفت", "لفتت"}, []string{"إلى"}},
	{[]string{"نوه", "نوّه", "نوهت"}, []string{"إلى", "ب"}},
	{[]string{"أوضح", "أوضحت"}, nil},
	{[]string{"زعم", "زعمت"}, nil},
	// "نقلت الوكالة عن الوزير قوله إن": the person quoted speaks.
	{[]string{"قوله", "قولها", "قولهم"}, nil},
	{[]string{"اتهم", "اتهمت"}, nil},
}

// participles report more of what the sentence's speaker said.
var participles = []verbDef{
	{[]string{"مؤكدا", "مؤكداً", "مؤكدًا", "مؤكدة"}, []string{"على"}},
	{[]string{"مضيفا", "مضيفاً", "مضيفًا", "مضيفة"}, nil},
	{[]string{"مشيرا", "مشيراً", "مشيرًا", "مشيرة"}, []string{"إلى"}},
	{[]string{"داعيا", "داعياً", "داعيًا"}, []string{"إلى"}},
	{[]string{"موضحا", "موضحاً", "موضحًا", "موضحة"}, nil},
	{[]string{"معتبرا", "معتبراً", "معتبرًا", "معتبرة"}, nil},
	{[]string{"لافتا", "لافتاً", "لافتًا"}, []string{"إلى"}},
	{[]string{"قائلا", "قائلاً", "قائلًا", "قائلة"}, nil},
	{[]string{"معربا", "معرباً", "معربًا", "معربة"}, []string{"عن"}},
	{[]string{"محذرا", "محذراً", "محذرًا", "محذرة"}, []string{"من"}},
	{[]string{"مشددا", "مشدداً", "مشددًا", "مشددة"}, []string{"على"}},
	{[]string{"منوها", "منوهاً", "منوهًا", "منوهة"}, []string{"إلى", "ب"}},
	{[]string{"مطالبا", "مطالباً", "مطالبًا"}, []string{"ب"}},
	{[]string{"متابعا", "متابعاً", "متابعًا"}, nil},
	{[]string{"كاشفا", "كاشفاً", "كاشفًا", "كاشفة"}, []string{"عن"}},
}

// speechOnlyVerbs report speech only when what follows opens it (a
// complementiser, a colon, a quotation): "تابع الرئيس التطورات" and "كتب
// رسالة" report nothing.
var speechOnlyVerbs = []string{
	"قال", "قالت", "يقول", "تقول", "قالا", "قالوا", "أضاف", "أضافت", "يضيف", "تضيف", "تابع", "تابعت",
	"أردف", "أردفت", "كتب", "كتبت", "يكتب", "تكتب", "ذكر", "ذكرت", "يذكر", "تذكر", "أفاد", "أفادت",
	"صرح", "صرّح", "صرحت", "أوضح", "أوضحت", "زعم", "زعمت", "قوله", "قولها", "قولهم",
	"مضيفا", "مضيفاً", "مضيفًا", "مضيفة", "قائلا", "قائلاً", "قائلًا", "قائلة", "متابعا", "متابعاً",
}

// asides are the comma-enclosed phrases that may sit between a subject and
// its verb: "البنتاغون، من جهته، أعلن".
var asides = []string{"من جهته", "من جانبه", "بدوره", "من جهتها", "من جانبها", "بدورها", "من ناحيته", "من ناحيتها"}

// complementisers open reported speech; the multiword ones are listed as
// written.
var complementisers = []string{"أن", "إن", "بأن", "على أن", "إلى أن", "من أن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم", "إنهم"}

// sourceMarkers attribute a claim to a source that is not its speaker.
var sourceMarkers = []string{"بحسب", "حسب", "حسبما", "بحسبما", "وفق ما", "وفقما", "وفقا", "وفقاً", "وفقًا", "نقلا عن", "نقلاً عن", "نقلًا عن", "طبقا"}

// clauseBreaks are words that, after a comma, start a new clause: contacts
// are read clause by clause.
var clauseBreaks = []string{
	"حيث", "بحسب", "حسب", "حسبما", "بحسبما", "وفقما", "وفقا", "وفقاً", "وفقًا", "نقلا", "نقلاً", "نقلًا", "فيما", "بينما",
	"في حين", "رغم", "وذلك", "في الوقت الذي", "وسط", "قبل أن", "على أن", "ومن المقرر",
	"الذي", "التي", "خاصة", "كما", "وكان", "وكانت", "أعقبها", "أعقبه", "جرى", "يجري",
	"تتعلق", "يرافقه", "ترافقه", "يبحث", "تبحث", "ضمن", "في إطار",
	"وفي", "وفيما", "إلا أن", "لكن", "غير أن", "من جهته", "من جانبه", "ومن جهته", "ومن جانبه",
}

// contentBreaks, after a comma, end reported content: a new attribution,
// a source, a contrast. Reported speech runs over other commas.
var contentBreaks = []string{
	"حيث", "بحسب", "حسب", "حسبما", "بحسبما", "وفقما", "وفقا", "وفقاً", "وفقًا", "نقلا", "نقلاً", "نقلًا", "فيما", "بينما",
	"في حين", "رغم", "وذلك", "في الوقت الذي", "وفي", "وفيما", "خاصة", "الذي", "التي", "كما",
	"من جهته", "من جانبه", "ومن جهته", "ومن جانبه", "ومن المقرر",
}

// Contact vocabulary.
var (
	callWords = []string{"اتصال", "اتصالا", "اتصالاً", "اتصالًا", "الاتصال", "اتصالات", "الاتصالات",
		"مكالمة", "المكالمة", "مكالمته", "مكالمتها", "مكالمات", "اتصاله", "اتصالها", "محادثة هاتفية", "المحادثة الهاتفية",
		"هاتفيا", "هاتفياً", "هاتفيًا", "الهاتف", "هاتفي", "هاتفية", "الهاتفية",
		"اتصل", "اتصلت", "يتصل", "تتصل", "سيتصل", "هاتف", "هاتفه", "هاتفها", "يهاتف"}
	meetWords = []string{"التقى", "التقت", "يلتقي", "تلتقي", "يلتق", "تلتق", "يجتمع", "يقابل", "قابل", "سيلتقي", "ستلتقي", "التقيا", "يلتقيان",
		"اجتمع", "اجتمعت", "يجتمع", "تجتمع", "سيجتمع", "ستجتمع", "اجتماع", "الاجتماع", "اجتماعا",
		"لقاء", "اللقاء", "لقاءً", "لقاءا", "لقاءات",
		"استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل", "استقبال", "استقباله",
		"استقبله", "استقبلها", "استقبلهم", "يستقبله", "يستقبلها", "سيستقبله", "تستقبله", "التقاه", "التقاها", "يلتقيه",
		"لقائه", "لقائها", "لقاءه", "اجتماعه", "اجتماعها", "استقبالها", "مباحثاته", "محادثاته", "مشاوراته",
		"محادثات", "المحادثات", "مباحثات", "المباحثات", "مشاورات", "المشاورات", "مفاوضات", "المفاوضات",
		"قمة", "القمة", "جمعت", "جمع", "يجمع", "تجمع"}
	// "زاره" is left out: it is also "وزارة" without its و.
	visitWords = []string{"زار", "زارت", "زيارته", "زيارتها", "يزور", "تزور", "سيزور", "ستزور", "زيارة", "الزيارة",
		"وصل", "وصلت", "يصل", "تصل", "سيصل", "ستصل", "توجه", "توجهت", "يتوجه", "تتوجه", "سيتوجه", "ستتوجه",
		"جولة", "يختتم", "متوجها", "متوجهاً", "متوجهًا", "متوجهة"}
	letterWords = []string{"رسالة", "الرسالة", "رسالة خطية", "برقية", "رسالته", "رسالتها"}
	// Words that mark a contact as planned, denied, or not a contact at all.
	plannedWords = []string{"من المقرر", "المقرر", "يعتزم", "تعتزم", "سوف", "المقبل", "المقبلة",
		"القادم", "القادمة", "المرتقب", "المرتقبة", "المنتظر", "يتوقع", "ويتوقع", "غدا", "غداً", "غدًا", "بعد غد",
		"اتفقا على", "اتفقوا على", "تنظيم", "سيعقد", "ستعقد", "على أن", "يرتقب"}
	deniedWords = []string{"نفى", "نفت", "ينفي", "تنفي", "رفض", "رفضت", "ألغى", "ألغت", "ألغي", "إلغاء",
		"لم يعقد", "لم يُعقد", "لم يلتق", "لن يلتقي", "تأجيل", "أرجأ", "أرجئ", "نفي", "لم يجر", "لم تجر", "لن يزور", "لم يزر"}
	notContactWords = []string{"دعا", "دعت", "يدعو", "تدعو", "يدعوه", "يدعوها", "دعاه", "دعوة", "دعوته",
		"تطلعه", "تطلعها", "يتطلع", "تتطلع", "لو", "إذا", "في حال", "لاستقبال"}
	// groupWords stand for the participants of the previous contact.
	groupWords = []string{"القادة", "الزعماء", "الرؤساء", "الرئيسين", "الرئيسان", "الزعيمين", "الزعيمان",
		"الوزيرين", "الوزيران", "الطرفين", "الطرفان", "الجانبين", "الجانبان", "الوزراء"}
	// collectiveWords before an organization make it a contact party
	// ("بحضور قادة دول مجلس التعاون").
	collectiveWords = []string{"قادة", "مسؤولين", "مسؤولي", "ممثلين", "ممثلي", "وفد", "وفدا", "أعضاء", "قيادات"}
	// eventNouns name a contact already told: "شارك في الاجتماع".
	eventNouns = []string{"الاجتماع", "اللقاء", "القمة", "الزيارة", "المباحثات", "الاجتماعات", "المحادثات"}
	// joinWords bring someone into the event just told.
	joinWords = []string{"شارك", "يشارك", "انضم", "ينضم", "حضر"}
	// receiveWords make the subject the receiver: "تلقى اتصالاً من".
	receiveWords = []string{"تلقى", "يتلقى", "تلقت", "تتلقى"}
	// hostWords receive a guest: the subject hosts, the object visits.
	hostWords = []string{"استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل"}
	// tourWords list the places of a tour: "جولة تشمل".
	tourWords = []string{"تشمل", "يشمل", "شملت", "شمل"}
	// companionWords bring another traveller on a visit.
	companionWords = []string{"برفقة", "يرافقه", "ترافقه", "بصحبة"}
	// presenceWords add a participant to a meeting.
	presenceWords = []string{"بحضور", "وبحضور", "بمشاركة", "وبمشاركة"}
)

// contactVerbs may be followed by their subject's bare name: "استقبل محمد بن
// سلمان الرئيس الفرنسي", "وصل جون كيري إلى القاهرة".
var contactVerbs = []string{"التقى", "استقبل", "وصل", "زار", "أجرى", "اتصل", "تلقى", "بعث", "اجتمع", "عقد", "بحث"}

// Date vocabulary.
var (
	weekdays = []struct {
		forms []string
		day   int // time.Weekday
	}{
		{[]string{"الأحد", "الاحد"}, 0},
		{[]string{"الاثنين", "الإثنين"}, 1},
		{[]string{"الثلاثاء"}, 2},
		{[]string{"الأربعاء"}, 3},
		{[]string{"الخميس"}, 4},
		{[]string{"الجمعة"}, 5},
		{[]string{"السبت"}, 6},
	}
	// months lists both the Egyptian-Gulf names and the Levantine-Iraqi ones.
	months = [][]string{
		{"يناير", "كانون الثاني"},
		{"فبراير", "شباط"},
		{"مارس", "آذار"},
		{"أبريل", "ابريل", "إبريل", "نيسان"},
		{"مايو", "أيار"},
		{"يونيو", "يونيه", "حزيران"},
		{"يوليو", "يوليه", "تموز"},
		{"أغسطس", "آب"},
		{"سبتمبر", "أيلول"},
		{"أكتوبر", "تشرين الأول"},
		{"نوفمبر", "تشرين الثاني"},
		{"ديسمبر", "كانون الأول"},
	}
	dayParts     = []string{"صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "مطلع", "وقت سابق من", "في وقت سابق"}
	todayWords   = []string{"اليوم"}
	yesterday    = []string{"أمس", "الأمس", "البارحة"}
	tomorrow     = []string{"غدا", "غداً", "غدًا", "الغد"}
	pastWords    = []string{"الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت"}
	futureWords  = []string{"المقبل", "المقبلة", "القادم", "القادمة"}
	sameDayWords = []string{"في اليوم نفسه", "في نفس اليوم", "في اليوم ذاته", "اليوم نفسه", "اليوم ذاته", "خلال القمة", "خلال اللقاء", "خلال الاجتماع", "خلال الزيارة", "خلال المكالمة", "خلال الاتصال", "خلال المباحثات"}
	laterWords   = []string{"في وقت لاحق", "في وقت سابق اليوم", "في وقت سابق"}
	// A day before or after another event: "قبل يوم من", "بعد يومين
	// من", "عشية" (the eve of), "غداة" (the day after). relDays counts the
	// days of the word after قبل or بعد.
	relBefore = []string{"قبل", "وقبل"}
	relAfter  = []string{"بعد", "وبعد"}
	relDays   = map[string]int{"يوم": 1, "يومين": 2, "يومان": 2}
	relFiller = []string{"واحد", "فقط"}
	eveWords  = []string{"عشية", "وعشية"}
	morrow    = []string{"غداة", "وغداة"}
	// possContact are contact nouns with a pronoun ("لقائه بالرئيس"): the
	// sentence's subject's own meeting, call or visit, often one told
	// before.
	possContact = []string{"لقائه", "لقائها", "لقاءه", "لقاءها", "اجتماعه", "اجتماعها", "اتصاله", "اتصالها",
		"مكالمته", "مكالمتها", "زيارته", "زيارتها", "استقباله", "استقبالها", "مباحثاته", "مباحثاتها", "محادثاته", "محادثاتها"}
	vagueWords = []string{"في وقت لاحق من", "في وقت سابق من", "الأسبوع المقبل", "الأسبوع القادم", "الشهر المقبل", "الشهر القادم", "العام المقبل", "الأسبوع الماضي", "الشهر الماضي", "الجولة القادمة", "الجولة المقبلة"}
)

// stopWords never belong to a person's name: particles, prepositions,
// pronouns, time words and frequent verbs and nouns of news prose.
var stopWords = []string{
	// indefinite nouns that head the object of a verb told before its
	// subject ("وبحث الوزير X سبل التعاون", "وأكد X ضرورة الحوار")
	"سبل", "ضرورة", "أهمية", "أوجه", "آفاق", "مستجدات", "تطورات", "رفض", "دعم", "حرص", "استعداد",
	"التزام", "عمق", "تعزيز", "تطوير", "مجمل", "جملة", "سير", "نتائج", "مخرجات", "أبرز", "أهم", "مسار",
	"إمكانية", "فرص", "ملفات", "قضايا", "تداعيات", "عددا", "عدداً", "موقف", "جهود", "علاقات", "تطلع",
	"في", "إلى", "الى", "من", "عن", "مع", "خلال", "لدى", "عبر", "بعد", "قبل", "منذ", "حيث",
	"الذي", "التي", "الذين", "اللذين", "أن", "إن", "بأن", "قد", "كان", "كانت", "نحو", "بين", "أمام", "حول",
	"ضد", "دون", "بدون", "غير", "كل", "بعض", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "لا", "لم",
	"لن", "ما", "ماذا", "إذ", "إذا", "ثم", "أو", "أم", "بل", "لكن", "لكنه", "حتى", "أي", "وقد", "فقد",
	"عندما", "لدى", "لذلك", "كما", "أيضا", "أيضاً", "فقط", "جدا", "مساء", "صباح", "ظهر", "أمس", "اليوم",
	"غدا", "غداً", "الليلة", "يوم", "يومين", "أيام", "الأسبوع", "الشهر", "العام", "عام", "سنة",
	"وفقا", "وفقاً", "بحسب", "حسب", "نقلا", "نقلاً", "لشؤون", "للشؤون", "بشأن", "ضمن", "إطار", "بحضور",
	"برفقة", "أجرى", "أجرت", "تلقى", "تلقت", "يتلقى", "وصل", "وصلت", "زار", "زارت", "التقى", "التقت",
	"استقبل", "استقبلت", "عقد", "عقدت", "بحث", "بحثت", "شارك", "شاركت", "توجه", "غادر", "قام", "جرى",
	"استمر", "استمرت", "تناول", "تناولت", "أبدى", "طلب", "وقع", "حث", "اتفق", "اتفقا", "سلم", "سلمه",
	"يستقبله", "استقبله", "دعا", "دعت", "جاء", "جاءت", "يأتي", "تأتي", "أكد", "هاتفيا", "هاتفياً",
	"اتصالا", "اتصالاً", "اتصال", "مكالمة", "محادثة", "لقاء", "اجتماع", "زيارة", "رسالة", "بيان",
	"تصريح", "تصريحات", "مؤتمر", "كلمة", "منشور", "وثيقة", "اتفاق", "ونظيره", "نظيره", "إنه", "أنه",
	"بأنه", "وذلك", "يجري", "تجري", "وكالة", "موقع", "شبكة", "صحيفة",
	"قناة", "منصة", "مصادر", "المصادر", "مسؤول", "مسؤولين", "مسؤولة", "وزارة", "الوزارة", "حكومة",
	"رئاسة", "بلاده", "بلادها", "الجانب", "الجانبين", "الجانبان", "الطرفين", "ذات", "نفسه", "ذاته",
	"أول", "آخر", "جديد", "جديدة", "عاما", "عاماً", "مرة", "يبحث", "تبحث", "خطية", "هاتفي", "هاتفية",
	"الماضي", "الماضية", "المقبل", "المقبلة", "رسمية", "رسمي", "ثنائية", "مشترك", "مشتركة",
	"مصدر", "مصادر", "مسؤولون", "دبلوماسي", "دبلوماسيون", "محللون", "محلل", "خبراء", "خبير", "شهود", "سكان",
	"ناشطون", "مراقبون", "تقارير", "تقرير", "وسائل", "إعلام", "البيان", "الرئاسة", "الحكومة", "الجيش",
	"أحد", "إحدى", "عدد", "بعضهم", "آخرون", "فيه", "فيها", "ضيفه", "ضيفيه", "ضيوفه",
	"تم", "تمت", "يتم", "وتم", "حفظه", "رعاه", "باسمه", "باسمها", "باسمهم", "باسمهما",
	"أطباء", "أهالي", "أوساط", "مسؤولو", "نواب", "وزراء", "جنود", "عناصر", "شهود", "أعضاء", "قادة", "زعماء",
	"الكثير", "كثيرون", "بعض", "معظم", "غالبية", "جميع", "كافة", "نحو", "قرابة", "حوالي",
	"متحدث", "ناطق", "مراسل", "ضابط", "قيادي", "باحث", "مواطن", "شاهد", "مسؤولا", "مسؤولاً", "بيان",
	"الاحتلال", "الجانبان", "الطرفان", "الوفد", "وفد", "الطرف", "الناطق", "أحدهم", "الأخير", "الأخيرة",
}

// commonNouns are definite nouns that often follow a name as its verb's
// object; they do not close a name as a family name with the article would.
var commonNouns = []string{
	"القرار", "الوفد", "الضيوف", "الاتفاق", "الجانب", "الوزراء", "الرئيس", "المسؤولين", "الوضع", "الحكومة",
	"الاجتماع", "اللقاء", "الزيارة", "المباحثات", "العلاقات", "الهجوم", "الدعم", "الحرب", "المفاوضات", "الملف",
	"المبادرة", "الخطة", "الاتفاقية", "الأزمة", "البيان", "التقرير", "المؤتمر", "القمة", "الجلسة", "الموقف",
	"الأمر", "الخطوة", "الهدنة", "العملية", "الإدارة", "الشعب", "البلاد", "المنطقة", "العالم", "المجتمع",
	"الأمن", "السلام", "القضية", "التعاون", "الجهود", "الأوضاع", "التطورات", "الرسالة", "الدعوة", "العقوبات",
	"المساعدات", "الاتهامات", "التصريحات", "المقترح", "الاقتراح", "الصفقة", "الوثيقة", "الحوار", "الرد", "الهجمات",
	"الوزير", "الوزيرة", "الأمين", "السفير", "المبعوث", "النائب", "الحضور", "الصحفيين", "الجميع", "الطرفين",
	// participles that describe the person named before them
	"الحاضر", "الحاضرة", "الموجود", "الموجودة", "المقيم", "المقيمة", "الزائر", "الزائرة", "المستقيل",
	"المستقيلة", "المنتهية", "الراحل", "الراحلة", "المرافق", "المرافقة",
}

// nameParticles join the parts of a name and never end one.
var nameParticles = []string{"بن", "بنت", "ابن", "عبد", "أبو", "أبي", "آل", "ولد", "ال", "دي", "فون", "فان", "دو", "لا"}

// compoundSeconds are the second words of compound given names: "نور
// الدين", "صلاح الدين", "سيف الإسلام", "فتح الله". With the word before
// them they are one part of the name, not a family name.
var compoundSeconds = []string{"الدين", "الإسلام", "الله"}

// genericAdjectives describe a body without naming it: "اللجنة
// المشتركة", "اللجنة الفنية", "المجلس الأعلى" are whatever committee or
// council the story is about. A head with only these after it is no named
// organization; a country, a nisba or a complement ("للقضاء") names it.
var genericAdjectives = []string{
	"المشتركة", "المشترك", "الفنية", "الفني", "العليا", "الأعلى", "الدائمة", "الدائم", "الوزارية",
	"التنفيذية", "التنفيذي", "الاستشارية", "الاستشاري", "المختصة", "المختص", "التحضيرية", "الخاصة", "الخاص",
	"العامة", "العام", "المركزية", "المركزي", "الفرعية", "المعنية", "المعني", "المؤقتة", "المؤقت",
	"الانتقالية", "الانتقالي", "الثنائية", "الموحدة", "الموسعة", "المصغرة", "الجديدة", "الجديد", "المكلفة", "المكلف",
}

// regnalWords may end a name after its first word ("عبد الله الثاني").
var regnalWords = []string{"الثاني", "الأول", "الثالث", "الرابع", "الخامس"}

// facilityWords name a place after a person ("مطار الملك خالد"); a title
// right after one of them is not a person.
var facilityWords = []string{"مطار", "جامعة", "مدينة", "شارع", "مستشفى", "مسجد", "قاعدة", "جسر", "ميناء", "ملعب", "قصر", "مركز", "جائزة", "مؤسسة", "أكاديمية", "كلية", "معهد"}

// mediaHeads introduce the name of an outlet, agency or platform, usually
// quoted.
var mediaHeads = []string{"موقع", "شبكة", "صحيفة", "جريدة", "قناة", "منصة", "منصته", "منصتها", "تطبيق",
	"مجلة", "إذاعة", "تلفزيون", "حساب", "حسابه", "حسابها", "وكالة", "لوكالة", "وكالات",
	"حركة", "جماعة", "تنظيم", "حزب", "ائتلاف", "تحالف", "منظمة", "مجموعة", "شركة"}

// outletHeads may name an outlet without quotation marks ("موقع أكسيوس").
var outletHeads = []string{"موقع", "شبكة", "صحيفة", "جريدة", "قناة", "وكالة", "منصة", "تطبيق"}
