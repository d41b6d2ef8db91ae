package ar

// Hand-kept exceptions to the CLDR country names: short forms used in the
// press, and nisba adjectives that the rule in gazetteer.go does not derive.

// countryForms are extra names of countries, keyed by ISO region code.
var countryForms = map[string][]string{
	"SA": {"السعودية", "المملكة العربية السعودية"},
	"AE": {"الإمارات", "الامارات", "دولة الإمارات"},
	"GB": {"بريطانيا", "المملكة المتحدة"},
	"US": {"أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "الولايات المتحدة"},
	"PS": {"فلسطين", "دولة فلسطين"},
	"OM": {"سلطنة عمان", "سلطنة عُمان"},
	"CZ": {"التشيك", "جمهورية التشيك"},
	"CD": {"الكونغو الديمقراطية"},
	"EG": {"جمهورية مصر العربية"},
	"IR": {"الجمهورية الإسلامية الإيرانية"},
	"SY": {"سورية"},
	"KR": {"كوريا الجنوبية"},
	"KP": {"كوريا الشمالية"},
	"TR": {"تركيا", "تركية"},
	"NL": {"هولندا"},
	"VA": {"الفاتيكان"},
}

// nisbaForms are adjectives of nationality the rule cannot derive.
var nisbaForms = map[string][]string{
	"US": {"أمريكي", "أميركي", "امريكي"},
	"GB": {"بريطاني"},
	"SA": {"سعودي"},
	"AE": {"إماراتي"},
	"PS": {"فلسطيني"},
	"AT": {"نمساوي"},
	"AF": {"أفغاني"},
	"CZ": {"تشيكي"},
	"KR": {"كوري"},
}

// skipCountries are CLDR names that are also common words ("مالي" is
// "financial").
var skipCountries = map[string]bool{"ML": true}

// place is a city or region of the hand list.
type placeDef struct {
	forms   []string
	en      string
	country string // ISO code of the country, "" for regions across borders
	capital bool
}

// cities lists capitals and major cities, and a few regions that news
// treats as places.
var cities = []placeDef{
	{[]string{"القاهرة"}, "Cairo", "EG", true},
	{[]string{"الإسكندرية"}, "Alexandria", "EG", false},
	{[]string{"شرم الشيخ"}, "Sharm el-Sheikh", "EG", false},
	{[]string{"الرياض"}, "Riyadh", "SA", true},
	{[]string{"جدة"}, "Jeddah", "SA", false},
	{[]string{"مكة", "مكة المكرمة"}, "Mecca", "SA", false},
	{[]string{"المدينة المنورة"}, "Medina", "SA", false},
	{[]string{"بغداد"}, "Baghdad", "IQ", true},
	{[]string{"أربيل", "اربيل"}, "Erbil", "IQ", false},
	{[]string{"البصرة"}, "Basra", "IQ", false},
	{[]string{"الموصل"}, "Mosul", "IQ", false},
	{[]string{"دمشق"}, "Damascus", "SY", true},
	{[]string{"حلب"}, "Aleppo", "SY", false},
	{[]string{"بيروت"}, "Beirut", "LB", true},
	{[]string{"عمّان"}, "Amman", "JO", true},
	{[]string{"الدوحة"}, "Doha", "QA", true},
	{[]string{"مسقط"}, "Muscat", "OM", true},
	{[]string{"مدينة الكويت"}, "Kuwait City", "KW", true},
	{[]string{"أبوظبي", "أبو ظبي"}, "Abu Dhabi", "AE", true},
	{[]string{"دبي"}, "Dubai", "AE", false},
	{[]string{"المنامة"}, "Manama", "BH", true},
	{[]string{"صنعاء"}, "Sanaa", "YE", true},
	{[]string{"عدن"}, "Aden", "YE", false},
	{[]string{"طهران"}, "Tehran", "IR", true},
	{[]string{"مشهد"}, "Mashhad", "IR", false},
	{[]string{"أنقرة"}, "Ankara", "TR", true},
	{[]string{"إسطنبول", "اسطنبول"}, "Istanbul", "TR", false},
	{[]string{"موسكو"}, "Moscow", "RU", true},
	{[]string{"سان بطرسبورغ"}, "Saint Petersburg", "RU", false},
	{[]string{"كييف"}, "Kyiv", "UA", true},
	{[]string{"واشنطن"}, "Washington", "US", true},
	{[]string{"نيويورك"}, "New York", "US", false},
	{[]string{"لندن"}, "London", "GB", true},
	{[]string{"باريس"}, "Paris", "FR", true},
	{[]string{"برلين"}, "Berlin", "DE", true},
	{[]string{"روما"}, "Rome", "IT", true},
	{[]string{"مدريد"}, "Madrid", "ES", true},
	{[]string{"بروكسل"}, "Brussels", "BE", true},
	{[]string{"جنيف"}, "Geneva", "CH", false},
	{[]string{"فيينا"}, "Vienna", "AT", true},
	{[]string{"بكين"}, "Beijing", "CN", true},
	{[]string{"طوكيو"}, "Tokyo", "JP", true},
	{[]string{"نيودلهي"}, "New Delhi", "IN", true},
	{[]string{"إسلام آباد"}, "Islamabad", "PK", true},
	{[]string{"كابل"}, "Kabul", "AF", true},
	{[]string{"الخرطوم"}, "Khartoum", "SD", true},
	{[]string{"طرابلس"}, "Tripoli", "LY", true},
	{[]string{"تونس العاصمة"}, "Tunis", "TN", true},
	{[]string{"الجزائر العاصمة"}, "Algiers", "DZ", true},
	{[]string{"الرباط"}, "Rabat", "MA", true},
	{[]string{"نواكشوط"}, "Nouakchott", "MR", true},
	{[]string{"مقديشو"}, "Mogadishu", "SO", true},
	{[]string{"أديس أبابا"}, "Addis Ababa", "ET", true},
	{[]string{"نيروبي"}, "Nairobi", "KE", true},
	{[]string{"القدس"}, "Jerusalem", "", false},
	{[]string{"تل أبيب"}, "Tel Aviv", "IL", false},
	{[]string{"رام الله"}, "Ramallah", "PS", false},
	{[]string{"العريش"}, "Al-Arish", "EG", false},
	{[]string{"ميونيخ"}, "Munich", "DE", false},
	{[]string{"دافوس"}, "Davos", "CH", false},
	{[]string{"ألاسكا"}, "Alaska", "US", false},
	{[]string{"نيقوسيا"}, "Nicosia", "CY", true},
	{[]string{"أثينا"}, "Athens", "GR", true},
	{[]string{"وارسو"}, "Warsaw", "PL", true},
	{[]string{"أوتاوا"}, "Ottawa", "CA", true},
	{[]string{"سيول"}, "Seoul", "KR", true},
	{[]string{"بيونغ يانغ"}, "Pyongyang", "KP", true},
	{[]string{"هافانا"}, "Havana", "CU", true},
	{[]string{"قطاع غزة", "غزة"}, "Gaza Strip", "PS", false},
	{[]string{"الضفة الغربية"}, "West Bank", "PS", false},
	{[]string{"شمال سيناء"}, "North Sinai", "EG", false},
	{[]string{"سيناء"}, "Sinai", "EG", false},
	{[]string{"الجولان"}, "Golan Heights", "", false},
	{[]string{"القرم"}, "Crimea", "", false},
	{[]string{"دونباس"}, "Donbas", "UA", false},
	{[]string{"إقليم كردستان"}, "Kurdistan Region", "IQ", false},
	{[]string{"مضيق هرمز"}, "Strait of Hormuz", "", false},
	{[]string{"البحر الأحمر"}, "Red Sea", "", false},
	{[]string{"البحر الأسود"}, "Black Sea", "", false},
	{[]string{"الخليج العربي"}, "Persian Gulf", "", false},
}

// orgDef is a named institution of the hand list. Key, when set, is shared
// with organizations built by rule, so "البنتاغون" and "وزارة الدفاع
// الأمريكية" are one entity.
type orgDef struct {
	forms []string
	en    string
	key   string
}

var knownOrgs = []orgDef{
	{[]string{"الكرملين"}, "Kremlin", "org:kremlin"},
	{[]string{"البيت الأبيض"}, "White House", "org:white-house"},
	{[]string{"البنتاغون", "البنتاجون"}, "US Department of Defense", "org:وزاره الدفاع:US"},
	{[]string{"الكونغرس", "الكونجرس"}, "US Congress", "org:us-congress"},
	{[]string{"مجلس الشيوخ"}, "US Senate", "org:مجلس الشيوخ:US"},
	{[]string{"مجلس النواب"}, "House of Representatives", ""},
	{[]string{"مجلس الوزراء"}, "Council of Ministers", ""},
	{[]string{"مجلس الأمن", "مجلس الأمن الدولي"}, "UN Security Council", "org:unsc"},
	{[]string{"الأمم المتحدة"}, "United Nations", "org:un"},
	{[]string{"الاتحاد الأوروبي"}, "European Union", "org:eu"},
	{[]string{"حلف شمال الأطلسي", "حلف الناتو", "الناتو"}, "NATO", "org:nato"},
	{[]string{"جامعة الدول العربية", "الجامعة العربية"}, "Arab League", "org:arab-league"},
	{[]string{"مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"}, "Gulf Cooperation Council", "org:gcc"},
	{[]string{"الاتحاد الأفريقي", "الاتحاد الإفريقي"}, "African Union", "org:au"},
	{[]string{"السلطة الفلسطينية"}, "Palestinian Authority", "org:pa"},
	{[]string{"حركة حماس", "حماس"}, "Hamas", "org:hamas"},
	{[]string{"حزب الله"}, "Hezbollah", "org:hezbollah"},
	{[]string{"تنظيم داعش", "داعش", "تنظيم الدولة الإسلامية"}, "Islamic State", "org:isis"},
	{[]string{"الحوثيين", "الحوثيون", "جماعة الحوثي"}, "Houthis", "org:houthis"},
	{[]string{"الحزب الجمهوري"}, "Republican Party", "org:party:us-republican"},
	{[]string{"الحزب الديمقراطي"}, "Democratic Party", "org:party:us-democratic"},
	{[]string{"منظمة الصحة العالمية"}, "World Health Organization", "org:who"},
	{[]string{"الوكالة الدولية للطاقة الذرية"}, "IAEA", "org:iaea"},
	{[]string{"صندوق النقد الدولي"}, "International Monetary Fund", "org:imf"},
	{[]string{"البنك الدولي"}, "World Bank", "org:world-bank"},
	{[]string{"الأونروا"}, "UNRWA", "org:unrwa"},
	{[]string{"أوبك", "أوبك+"}, "OPEC", "org:opec"},
	{[]string{"حكومة إقليم كردستان"}, "Kurdistan Regional Government", "org:krg"},
	{[]string{"الديوان الملكي الهاشمي"}, "Royal Hashemite Court", "org:royal-hashemite-court"},
	{[]string{"الديوان الأميري"}, "Amiri Diwan", ""},
	{[]string{"رويترز"}, "Reuters", "org:reuters"},
	{[]string{"أسوشيتد برس"}, "Associated Press", "org:ap"},
	{[]string{"فرانس برس"}, "AFP", "org:afp"},
}

// orgHeads build organizations by rule. A head followed by a nationality
// adjective ("الخارجية العراقية") is that country's body; those marked
// needNisba are organizations only then. canon is the head's full form, so
// "الخارجية" and "وزارة الخارجية" share a key.
var orgHeads = []struct {
	forms     []string
	canon     string
	needNisba bool
}{
	{[]string{"وزارة الخارجية", "الخارجية"}, "وزارة الخارجية", true},
	{[]string{"وزارة الدفاع", "الدفاع"}, "وزارة الدفاع", true},
	{[]string{"وزارة الداخلية", "الداخلية"}, "وزارة الداخلية", true},
	{[]string{"وزارة الخارجية والمغتربين"}, "وزارة الخارجية والمغتربين", false},
	{[]string{"الرئاسة"}, "الرئاسة", true},
	{[]string{"الحكومة"}, "الحكومة", true},
	{[]string{"السفارة"}, "السفارة", true},
	{[]string{"الجيش"}, "الجيش", true},
	{[]string{"البرلمان"}, "البرلمان", true},
	{[]string{"القوات المسلحة"}, "القوات المسلحة", true},
	{[]string{"الاستخبارات"}, "الاستخبارات", true},
	{[]string{"المخابرات"}, "المخابرات", true},
	{[]string{"مكتب الرئيس"}, "مكتب الرئيس", true},
	{[]string{"مجلس النواب"}, "مجلس النواب", true},
	{[]string{"مجلس الشيوخ"}, "مجلس الشيوخ", true},
	{[]string{"مجلس الوزراء"}, "مجلس الوزراء", true},
	{[]string{"التلفزيون"}, "التلفزيون", true},
	{[]string{"وكالة الأنباء"}, "وكالة الأنباء", true},
	{[]string{"الخارجية"}, "وزارة الخارجية", true},
}

// openHeads start an organization's name that runs over the following
// definite words: "وزارة الموارد المائية", "لجنة الشؤون الخارجية النيابية",
// "المجلس الأعلى للأمن القومي".
var openHeads = []string{"وزارة", "لجنة", "اللجنة", "المجلس", "مجلس", "هيئة", "الهيئة", "وكالة", "منظمة", "مؤسسة", "حزب", "الحزب", "حركة", "جهاز", "الديوان", "ديوان", "مكتب", "البنك", "بنك", "صندوق"}
