package en

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// place is a gazetteer entry.
type place struct {
	code string // ISO 3166-1 alpha-2 code for countries, "" for cities
	name string // English name
}

// gazetteer holds countries (from CLDR), their demonyms and a list of
// cities.
type gazetteer struct {
	names    map[string]place // surface name -> place ("Ukraine", "U.S.")
	demonyms map[string]place // "Ukrainian" -> Ukraine
	maxWords int              // the longest name, in words
	// lower finds a place by its lower-case name, for datelines in
	// capitals ("SAN FRANCISCO").
	lower map[string]place
	// first holds the first word of every name and demonym, to skip
	// words that start none quickly.
	first     map[string]bool
	countries map[string]place // code -> country
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// countryNameFixes replace CLDR names that news does not use, by ISO code.
var countryNameFixes = map[string]string{
	"PS": "Palestine", "MM": "Myanmar", "HK": "Hong Kong", "MO": "Macau",
	"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
	"CI": "Ivory Coast", "MK": "North Macedonia", "SZ": "Eswatini", "CZ": "Czech Republic",
}

// countryAliases are other names of countries in English news, by ISO code.
var countryAliases = map[string][]string{
	"US": {"U.S.", "US", "USA", "U.S.A.", "America", "United States of America"},
	"GB": {"U.K.", "UK", "Britain", "Great Britain"},
	"TR": {"Türkiye", "Turkiye"},
	"PS": {"Palestinian Territories", "State of Palestine"},
	"CZ": {"Czechia"},
	"AE": {"UAE", "U.A.E.", "Emirates"},
	"KR": {"Republic of Korea"},
	"KP": {"DPRK"},
	"MM": {"Burma"},
	"CD": {"DRC", "Congo"},
	"CI": {"Côte d’Ivoire", "Cote d'Ivoire"},
	"VA": {"Vatican"},
	"NL": {"Holland"},
	"RU": {"Russian Federation"},
	"SY": {"Syrian Arab Republic"},
	"IR": {"Islamic Republic of Iran"},
	"SZ": {"Swaziland"},
	"MK": {"Macedonia"},
}

// demonymExceptions are the demonyms that the suffix rules of
// deriveDemonyms do not give, by ISO code; "" removes an ambiguous one.
var demonymExceptions = map[string]string{
	"American": "US", "U.S.": "US", "US": "US", "British": "GB", "Briton": "GB",
	"Welsh": "GB", "Scottish": "GB", "English": "", "Korean": "", "Saudi": "SA",
	"Spanish": "ES", "French": "FR", "Dutch": "NL", "Swiss": "CH", "Greek": "GR",
	"Polish": "PL", "Swedish": "SE", "Danish": "DK", "Finnish": "FI", "Irish": "IE",
	"Turkish": "TR", "Filipino": "PH", "Thai": "TH", "Afghan": "AF", "Emirati": "AE",
	"Norwegian": "NO", "Canadian": "CA", "Argentine": "AR", "Argentinian": "AR",
	"Peruvian": "PE", "Belgian": "BE", "Czech": "CZ", "Congolese": "CD",
	"Bangladeshi": "BD", "Uzbek": "UZ", "Kazakh": "KZ", "Tajik": "TJ", "Kyrgyz": "KG",
	"Turkmen": "TM", "Azerbaijani": "AZ", "Azeri": "AZ", "Kosovar": "XK",
	"Bosnian": "BA", "Croatian": "HR", "Portuguese": "PT", "Cypriot": "CY",
	"Somali": "SO", "Icelandic": "IS", "Malagasy": "MG", "Slovak": "SK",
	"Slovenian": "SI", "Lao": "LA", "Burmese": "MM", "Nepali": "NP", "Ivorian": "CI",
	"Nigerien": "NE", "Nigerian": "NG", "Ghanaian": "GH", "Beninese": "BJ",
	"Togolese": "TG", "Gabonese": "GA", "Cameroonian": "CM", "Djiboutian": "DJ",
	"Mozambican": "MZ", "Zimbabwean": "ZW", "Montenegrin": "ME", "Macedonian": "MK",
	"Panamanian": "PA", "Salvadoran": "SV", "Honduran": "HN", "Uruguayan": "UY",
	"Paraguayan": "PY", "Luxembourgish": "LU", "Lebanese": "LB", "Israeli": "IL", "Iraqi": "IQ",
	"Philippine": "PH", "Laotian": "LA", "Dominican": "DO",
	// "Sudani" ends Arabic family names ("al-Sudani"); Sudan's is
	// "Sudanese".
	"Sudani": "",
}

// cities are capitals and major cities that news names without a country,
// with the code of their country.
var cities = map[string]string{
	"Washington": "US", "New York": "US", "San Francisco": "US", "Los Angeles": "US",
	"Chicago": "US", "Anchorage": "US", "Miami": "US", "Boston": "US", "Houston": "US",
	"London": "GB", "Paris": "FR", "Berlin": "DE", "Rome": "IT", "Madrid": "ES",
	"Lisbon": "PT", "Brussels": "BE", "Amsterdam": "NL", "The Hague": "NL",
	"Vienna": "AT", "Geneva": "CH", "Bern": "CH", "Zurich": "CH", "Davos": "CH",
	"Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK", "Helsinki": "FI",
	"Warsaw": "PL", "Prague": "CZ", "Budapest": "HU", "Bucharest": "RO", "Sofia": "BG",
	"Athens": "GR", "Belgrade": "RS", "Zagreb": "HR", "Kyiv": "UA", "Kiev": "UA",
	"Kharkiv": "UA", "Odesa": "UA", "Odessa": "UA", "Lviv": "UA", "Minsk": "BY",
	"Moscow": "RU", "St. Petersburg": "RU", "Ankara": "TR", "Istanbul": "TR",
	"Baghdad": "IQ", "Erbil": "IQ", "Basra": "IQ", "Mosul": "IQ", "Najaf": "IQ",
	"Tehran": "IR", "Damascus": "SY", "Aleppo": "SY", "Beirut": "LB", "Amman": "JO",
	"Jerusalem": "IL", "Tel Aviv": "IL", "Ramallah": "PS", "Gaza City": "PS",
	"Rafah": "PS", "Khan Younis": "PS", "Cairo": "EG", "Alexandria": "EG",
	"Sharm el-Sheikh": "EG", "Riyadh": "SA", "Jeddah": "SA", "Mecca": "SA",
	"Doha": "QA", "Abu Dhabi": "AE", "Dubai": "AE", "Muscat": "OM", "Manama": "BH",
	"Kuwait City": "KW", "Sanaa": "YE", "Aden": "YE", "Khartoum": "SD",
	"Port Sudan": "SD", "Tripoli": "LY", "Benghazi": "LY", "Tunis": "TN",
	"Algiers": "DZ", "Rabat": "MA", "Addis Ababa": "ET", "Nairobi": "KE",
	"Kampala": "UG", "Kigali": "RW", "Mogadishu": "SO", "Asmara": "ER",
	"Djibouti City": "DJ", "Juba": "SS", "Abuja": "NG", "Lagos": "NG", "Accra": "GH",
	"Dakar": "SN", "Pretoria": "ZA", "Johannesburg": "ZA", "Cape Town": "ZA",
	"Kinshasa": "CD", "Luanda": "AO", "Harare": "ZW", "Lusaka": "ZM",
	"Beijing": "CN", "Shanghai": "CN", "Hong Kong": "HK", "Taipei": "TW",
	"Tokyo": "JP", "Seoul": "KR", "Pyongyang": "KP", "New Delhi": "IN", "Delhi": "IN",
	"Mumbai": "IN", "Islamabad": "PK", "Karachi": "PK", "Lahore": "PK", "Kabul": "AF",
	"Dhaka": "BD", "Colombo": "LK", "Kathmandu": "NP", "Bangkok": "TH", "Hanoi": "VN",
	"Jakarta": "ID", "Manila": "PH", "Kuala Lumpur": "MY", "Singapore": "SG",
	"Canberra": "AU", "Sydney": "AU", "Wellington": "NZ", "Ottawa": "CA",
	"Toronto": "CA", "Mexico City": "MX", "Havana": "CU", "Caracas": "VE",
	"Bogota": "CO", "Lima": "PE", "Brasilia": "BR", "Buenos Aires": "AR",
	"Santiago": "CL", "Baku": "AZ", "Yerevan": "AM", "Tbilisi": "GE", "Astana": "KZ",
	"Tashkent": "UZ", "Nicosia": "CY", "Valletta": "MT", "Dublin": "IE", "Edinburgh": "GB",
	"Strasbourg": "FR", "Munich": "DE", "Milan": "IT", "Naples": "IT", "Vilnius": "LT",
	"Riga": "LV", "Tallinn": "EE", "Chisinau": "MD", "Sochi": "RU", "Kazan": "RU",
	"Tabriz": "IR", "Isfahan": "IR", "Sulaimaniyah": "IQ", "Kirkuk": "IQ", "Homs": "SY",
	"Idlib": "SY", "Haifa": "IL", "Nablus": "PS", "Jenin": "PS", "Hebron": "PS",
	"Tyre": "LB", "Sidon": "LB", "Aqaba": "JO", "Luxor": "EG", "Aswan": "EG",
	"Ismailia": "EG", "Port Said": "EG", "Suez": "EG", "Hodeidah": "YE", "Marib": "YE",
	"Mukalla": "YE", "Salalah": "OM", "Sharjah": "AE", "Medina": "SA", "Dammam": "SA",
	"Camp David": "US", "Mar-a-Lago": "US",
}

// lookupGazetteer returns the shared gazetteer, built on first use.
func lookupGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer() })
	return gaz
}

// buildGazetteer reads every ISO region that is a country from CLDR's
// English names, derives demonyms by suffix rules and adds the hand lists.
func buildGazetteer() *gazetteer {
	g := &gazetteer{names: map[string]place{}, demonyms: map[string]place{}, countries: map[string]place{}, first: map[string]bool{}, lower: map[string]place{}}
	names := display.English.Regions()
	ambiguous := map[string]bool{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			code := r.Canonicalize().String()
			if code != r.String() {
				continue // a deprecated code ("DD") of a country listed under its own
			}
			if len(code) != 2 || code == "UN" || code == "EU" || code == "EZ" {
				continue
			}
			name := names.Name(r)
			if name == "" || strings.Contains(name, "Outlying") {
				continue
			}
			name = strings.ReplaceAll(name, " & ", " and ")
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
			name = strings.TrimSuffix(name, " SAR China")
			if f, ok := countryNameFixes[code]; ok {
				name = f
			}
			if _, ok := g.countries[code]; ok {
				continue // deprecated codes ("DD") repeat a country
			}
			p := place{code: code, name: name}
			g.countries[code] = p
			g.addName(name, p)
			for _, d := range deriveDemonyms(name) {
				if q, ok := g.demonyms[d]; ok && q.code != code {
					ambiguous[d] = true
					continue
				}
				g.demonyms[d] = p
			}
		}
	}
	for d := range ambiguous {
		delete(g.demonyms, d)
	}
	for code, al := range countryAliases {
		for _, a := range al {
			g.addName(a, g.countries[code])
		}
	}
	for d, code := range demonymExceptions {
		if code == "" {
			delete(g.demonyms, d)
			continue
		}
		g.demonyms[d] = g.countries[code]
	}
	for c := range cities {
		g.addName(c, place{name: c})
	}
	for c := range continents {
		g.addName(c, place{name: c})
	}
	for d := range g.demonyms {
		g.first[strings.Fields(d)[0]] = true
	}
	return g
}

func (g *gazetteer) addName(name string, p place) {
	g.names[name] = p
	g.lower[strings.ToLower(name)] = p
	g.first[strings.Fields(name)[0]] = true
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
}

// countryOf returns the ISO code of a place: its own for a country, its
// country's for a listed city, "" otherwise.
func countryOf(p place) string {
	if p.code != "" {
		return p.code
	}
	return cities[p.name]
}

// deriveDemonyms returns the demonyms that suffix rules give for a country
// name: Russia → Russian, Ukraine → Ukrainian, Egypt → Egyptian, Iraq →
// Iraqi, Sudan → Sudanese, China → Chinese. Some candidates are not words;
// they never match text and do no harm.
func deriveDemonyms(name string) []string {
	if strings.ContainsAny(name, "-.'’") {
		return nil
	}
	var out []string
	last := name[len(name)-1]
	stem := name[:len(name)-1]
	switch {
	case strings.HasSuffix(name, "ia"):
		out = append(out, name+"n")
	case last == 'a':
		out = append(out, name+"n", stem+"ese")
	case last == 'e':
		out = append(out, stem+"ian", name+"an")
	case last == 'y':
		out = append(out, stem+"ian", stem)
	case last == 'o':
		out = append(out, stem+"an")
	case last == 'i':
		out = append(out, name+"an")
	default:
		out = append(out, name+"ian", name+"i", name+"ese", name+"er")
	}
	return out
}
