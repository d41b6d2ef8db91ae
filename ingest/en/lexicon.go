package en

import "newsgraph/graph"

// This file holds the English language rules as named data. Every table is
// keyed by lower-case words unless its comment says otherwise.

// abbreviations are the words after which a period does not end a sentence.
var abbreviations = []string{
	"mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens", "gen", "gov", "st",
	"jr", "sr", "lt", "col", "maj", "capt", "adm", "sgt", "cpl", "cmdr", "brig",
	"prof", "rev", "hon", "amb", "pres", "sec", "dept", "govt", "inc", "corp",
	"co", "ltd", "no", "vs", "approx", "est", "fig", "mt", "ft",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}

// months maps month names and their abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays maps weekday names to time.Weekday numbers (Sunday = 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6,
}

// titleWords are words that make up a person's title. A run of them (with
// "of", "for", "to" complements) before a capitalized name anchors the name
// as a person. Multiword titles are built from these words: "Deputy Foreign
// Minister", "Secretary of State", "Crown Prince".
var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "foreign": true,
	"deputy": true, "assistant": true, "secretary": true, "state": true, "general": true,
	"secretary-general": true, "undersecretary": true, "under": true,
	"rep": true, "sen": true, "senator": true, "representative": true, "congressman": true,
	"congresswoman": true, "ambassador": true, "envoy": true, "special": true,
	"king": true, "queen": true, "crown": true, "prince": true, "princess": true,
	"emir": true, "amir": true, "sheikh": true, "sultan": true, "chancellor": true,
	"premier": true, "governor": true, "mayor": true, "speaker": true, "chairman": true,
	"chairwoman": true, "chair": true, "leader": true, "pope": true, "ayatollah": true,
	"lt": true, "col": true, "gen": true, "maj": true, "capt": true, "adm": true,
	"sgt": true, "lieutenant": true, "colonel": true, "major": true, "captain": true,
	"admiral": true, "commander": true, "field": true, "marshal": true, "brig": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "gov": true, "judge": true,
	"justice": true, "attorney": true, "defense": true, "defence": true, "interior": true,
	"finance": true, "trade": true, "energy": true, "economy": true, "health": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true,
	"director": true, "director-general": true, "commissioner": true, "high": true,
	"national": true, "security": true, "adviser": true, "advisor": true, "chief": true,
	"staff": true, "first": true, "lady": true, "senior": true, "executive": true,
	"officer": true, "host": true, "anchor": true, "correspondent": true, "rabbi": true,
	"cardinal": true, "archbishop": true, "bishop": true, "imam": true, "mullah": true,
	"supreme": true, "opposition": true, "majority": true, "minority": true, "former": true, "acting": true, "incoming": true, "outgoing": true,
	"interim": true, "chairperson": true, "sir": true, "dame": true, "lord": true, "baroness": true,
}

// titleHeads are title words that can end a title ("Foreign Minister",
// "Secretary of State", "Emir"); a title is only a title when it ends in one.
var titleHeads = map[string]string{
	"president": "President", "minister": "Minister", "secretary": "Secretary",
	"state": "Secretary of State", "secretary-general": "Secretary-General",
	"rep": "Representative", "sen": "Senator", "senator": "Senator",
	"representative": "Representative", "congressman": "Representative",
	"congresswoman": "Representative", "ambassador": "Ambassador", "envoy": "envoy",
	"king": "King", "queen": "Queen", "prince": "Prince", "princess": "Princess",
	"emir": "Emir", "amir": "Emir", "sheikh": "Sheikh", "sultan": "Sultan",
	"chancellor": "Chancellor", "premier": "Premier", "governor": "Governor",
	"mayor": "Mayor", "speaker": "Speaker", "chairman": "Chairman", "chairwoman": "Chair",
	"chair": "Chair", "leader": "leader", "pope": "Pope", "ayatollah": "Ayatollah",
	"col": "Colonel", "gen": "General", "general": "General", "maj": "Major",
	"capt": "Captain", "adm": "Admiral", "sgt": "Sergeant", "colonel": "Colonel",
	"major": "Major", "captain": "Captain", "admiral": "Admiral", "commander": "Commander",
	"marshal": "Marshal", "dr": "Dr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "gov": "Governor",
	"judge": "Judge", "justice": "Justice", "spokesperson": "spokesperson",
	"spokesman": "spokesperson", "spokeswoman": "spokesperson", "director": "director",
	"director-general": "Director-General", "commissioner": "Commissioner",
	"adviser": "adviser", "advisor": "adviser", "chief": "chief", "lady": "First Lady",
	"executive": "chief executive",
	"officer":   "officer", "host": "host", "anchor": "anchor", "correspondent": "correspondent",
	"rabbi": "Rabbi", "cardinal": "Cardinal", "archbishop": "Archbishop", "bishop": "Bishop",
	"imam": "Imam", "mullah": "Mullah", "lieutenant": "Lieutenant",
	"chairperson": "Chair", "sir": "Sir", "dame": "Dame", "lord": "Lord", "baroness": "Baroness",
}

// portfolioWords may follow "for" inside a title: "Secretary of State for
// Foreign Affairs", "Minister for Trade".
var portfolioWords = map[string]bool{
	"foreign": true, "affairs": true, "defense": true, "defence": true, "trade": true,
	"economic": true, "political": true, "arms": true, "control": true, "security": true,
	"international": true, "energy": true, "health": true, "home": true, "european": true,
	"middle": true, "east": true, "africa": true, "asia": true, "cooperation": true,
	"water": true, "resources": true, "development": true, "finance": true,
}

// governmentTitles are title heads that link a person to a country when
// the country is named with them ("Ukrainian President X").
var governmentTitles = map[string]bool{
	"President": true, "Minister": true, "Secretary": true, "Secretary of State": true,
	"Ambassador": true, "envoy": true, "King": true, "Queen": true, "Prince": true,
	"Emir": true, "Sultan": true, "Chancellor": true, "Premier": true, "Sheikh": true,
	"leader": true, "adviser": true, "chief": true, "spokesperson": true, "director": true,
}

// titleDefaultCountry gives the country of titles that exist in one country
// only when no country is written with them.
var titleDefaultCountry = map[string]string{
	"Secretary of State": "US",
}

// roleNouns are lower-case role words that anchor an appositive or a
// prefixed person: "spokesperson for the Kremlin", "Fox News host X",
// "an envoy of Y", "his Ethiopian counterpart, X".
var roleNouns = map[string]string{
	"spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"envoy": "envoy", "ambassador": "ambassador", "director": "director", "head": "head",
	"chief": "chief", "chair": "chair", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"member": "member", "host": "host", "anchor": "anchor", "correspondent": "correspondent",
	"counterpart": "counterpart", "diplomat": "diplomat", "minister": "minister",
	"president": "president", "leader": "leader", "adviser": "adviser", "advisor": "adviser",
	"official": "official", "commander": "commander", "secretary": "secretary",
	"negotiator": "negotiator", "representative": "representative", "editor": "editor",
	"premier": "premier", "emir": "emir", "king": "king", "governor": "governor",
	"mayor": "mayor", "lawmaker": "lawmaker", "senator": "senator", "ceo": "chief executive",
	"founder": "founder", "executive": "executive", "officer": "officer", "analyst": "analyst",
	"secretary-general": "secretary-general", "chancellor": "chancellor",
}

// roleModifiers may stand between an owner and a role noun: "special envoy",
// "top diplomat", "vice chair", "foreign minister".
var roleModifiers = map[string]bool{
	"special": true, "top": true, "vice": true, "deputy": true, "senior": true,
	"chief": true, "foreign": true, "state": true, "former": true, "new": true,
	"acting": true, "assistant": true, "general": true, "executive": true, "main": true,
	"lead": true, "regional": true, "interim": true, "prime": true, "defense": true,
	"defence": true, "ranking": true, "press": true, "military": true, "political": true,
	"presidential": true, "government": true, "policy": true, "affairs": true,
	"trade": true, "human": true, "rights": true, "nuclear": true, "humanitarian": true,
	"aid": true, "relief": true, "energy": true, "climate": true, "intelligence": true,
	"army": true, "police": true, "party": true, "opposition": true, "parliamentary": true,
	"national": true, "international": true, "health": true, "finance": true, "economy": true,
}

// personPronouns refer back to a person.
var personPronouns = map[string]bool{"he": true, "she": true}

// objectPronouns refer back to a person as an object.
var objectPronouns = map[string]bool{"him": true, "her": true}

// commonCaps are capitalized words that are never a name or part of one:
// sentence openers, function words, pronouns, adverbs and the like.
var commonCaps = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "in": true, "on": true, "at": true,
	"for": true, "from": true, "with": true, "by": true, "as": true, "after": true,
	"before": true, "during": true, "earlier": true, "later": true, "however": true,
	"but": true, "and": true, "or": true, "meanwhile": true, "separately": true,
	"also": true, "asked": true, "speaking": true, "according": true, "while": true,
	"when": true, "if": true, "neither": true, "both": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "leaders": true, "officials": true,
	"there": true, "here": true, "what": true, "who": true, "why": true, "how": true,
	"where": true, "which": true, "no": true, "not": true, "yes": true, "now": true,
	"then": true, "today": true, "yesterday": true, "tomorrow": true, "last": true,
	"next": true, "since": true, "until": true, "under": true, "over": true,
	"about": true, "despite": true, "although": true, "though": true, "because": true,
	"so": true, "yet": true, "still": true, "even": true, "once": true, "all": true,
	"some": true, "many": true, "most": true, "several": true, "each": true, "every": true,
	"any": true, "other": true, "another": true, "such": true, "only": true, "just": true,
	"more": true, "less": true, "nearly": true, "read": true, "related": true, "reporting": true, "editing": true,
	"writing": true, "photo": true, "file": true, "watch": true, "see": true,
	"republican": true, "republicans": true, "democrat": true, "democrats": true,
	"democratic": true, "english": true, "arabic": true, "please": true, "breaking": true,
	"update": true, "exclusive": true, "analysis": true, "explainer": true,
	"will": true, "would": true, "could": true, "should": true, "can": true, "may": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"let": true, "let's": true, "well": true, "look": true, "freedom": true,
	"water": true, "peace": true, "agreement": true, "sources": true, "source": true, "years": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "lawmakers": true,
	"ceasefire": true, "war": true, "talks": true, "summit": true, "planet": true,
	"earth": true, "god": true, "allah": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true,
	"muslim": true, "muslims": true, "christian": true, "jewish": true, "jews": true,
	"europeans": true, "palestinians": true,
	"israelis": true, "americans": true, "mideast": true, "opinion": true, "video": true,
	"tv": true, "pm": true, "am": true, "ceo": true, "gdp": true, "pr": true, "ok": true,
	"covid": true, "ai": true, "id": true, "dna": true, "nb": true,
}

// nameParticles may stand inside a name in lower case: "bin", "de la".
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "bin.": true, "al": true, "el": true,
	"de": true, "da": true, "del": true, "della": true, "di": true, "la": true, "le": true,
	"van": true, "von": true, "der": true, "den": true, "du": true, "dos": true,
	"das": true, "des": true, "y": true, "abu": true, "ben": true, "ter": true, "mac": true,
}

// hyphenParticles are prefixes joined to a name by a hyphen: "al-Sisi",
// "el-Amin", "Abdel-Wahab" keeps its capital.
var hyphenParticles = []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-", "bin-", "abu-", "ibn-"}

// nameSuffixes end a person name: "Jr.", "III".
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// orgHeads are words that make a capitalized sequence an organization.
var orgHeads = map[string]bool{
	"ministry": true, "department": true, "committee": true, "council": true,
	"agency": true, "organization": true, "organisation": true, "union": true,
	"government": true, "party": true, "presidency": true, "parliament": true,
	"assembly": true, "congress": true, "senate": true, "commission": true, "bank": true,
	"fund": true, "office": true, "forces": true, "army": true, "navy": true,
	"court": true, "news": true, "press": true, "times": true, "post": true,
	"cooperation": true, "group": true, "corporation": true, "company": true,
	"institute": true, "university": true, "association": true, "authority": true,
	"guard": true, "embassy": true, "movement": true, "front": true, "brigades": true,
	"service": true, "cabinet": true, "network": true, "television": true,
	"broadcasting": true, "radio": true, "house": true, "league": true, "alliance": true,
	"federation": true, "foundation": true, "board": true, "bureau": true, "center": true,
	"centre": true, "coalition": true, "command": true, "corps": true, "police": true,
	"tribunal": true, "journal": true, "herald": true, "tribune": true, "telegraph": true,
	"guardian": true, "reuters": true, "inc": true, "ltd": true, "airlines": true,
	"airways": true, "program": true, "programme": true, "nations": true,
	"secretariat": true, "directorate": true, "politburo": true, "guards": true,
	"legislature": true, "municipality": true,
	"battalion": true, "regiment": true, "academy": true,
	"conference": true, "forum": true, "summit": true, "brotherhood": true, "jihad": true,
	"brigade": true, "ministries": true, "mission": true, "consulate": true,
	"fleet": true, "reserve": true, "cross": true, "crescent": true, "corp": true, "co": true, "holdings": true, "petroleum": true, "oil": true,
	"telecom": true, "technologies": true, "industries": true, "motors": true,
	"pharmaceuticals": true, "capital": true, "partners": true, "exchange": true,
	"force": true, "international": true, "watch": true, "business": true, "insider": true, "today": true, "daily": true, "online": true, "monitor": true, "observer": true,
	"gazette": true, "express": true, "mail": true, "mirror": true, "broadcasting corporation": true,
}

// thingHeads end names of things that are not entities: treaties, plans,
// prizes, laws ("Paris Agreement", "Nobel Peace Prize").
var thingHeads = map[string]bool{
	"agreement": true, "accord": true, "accords": true, "treaty": true, "deal": true,
	"plan": true, "initiative": true, "act": true, "bill": true, "resolution": true,
	"law": true, "prize": true, "award": true, "war": true, "crisis": true, "day": true,
	"cup": true, "games": true, "olympics": true, "election": true, "elections": true,
	"declaration": true, "charter": true, "protocol": true, "doctrine": true,
	"memorandum": true, "framework": true, "roadmap": true, "ceasefire": true,
	"year": true,
}

// orgLowerHeads are lower-case nouns that, after a demonym or a country's
// possessive, name an organization: "the Iraqi government", "China's foreign
// ministry", "Turkish embassy".
var orgLowerHeads = map[string]bool{
	"government": true, "presidency": true, "embassy": true, "ministry": true,
	"parliament": true, "military": true, "army": true, "cabinet": true, "navy": true,
	"consulate": true, "mission": true, "office": true,
}

// orgModifiers may stand before a lower-case org head: "foreign ministry",
// "defence ministry".
var orgModifiers = map[string]bool{
	"foreign": true, "defense": true, "defence": true, "interior": true, "finance": true,
	"state": true, "federal": true, "central": true, "transitional": true, "interim": true,
}

// knownOrgs are organizations written without an org head word, by their
// usual English name (case-sensitive), with the lower-case word that refers
// back to them ("the department").
var knownOrgs = map[string]string{
	"Kremlin": "presidency", "White House": "administration", "Pentagon": "department",
	"State Department": "department", "NATO": "alliance", "United Nations": "organization",
	"UN": "organization", "U.N.": "organization", "Hamas": "group", "Hezbollah": "group",
	"Houthis": "group", "Taliban": "group", "Knesset": "parliament", "State Duma": "parliament", "Islamic State": "group",
	"Reuters": "agency", "Associated Press": "agency", "AP": "agency", "AFP": "agency",
	"Xinhua": "agency", "Tass": "agency", "TASS": "agency", "Interfax": "agency",
	"Al Jazeera": "broadcaster", "CNN": "broadcaster", "BBC": "broadcaster",
	"Elysee": "presidency", "Élysée": "presidency", "Downing Street": "office",
	"Quai d'Orsay": "ministry", "Bundestag": "parliament", "Duma": "parliament",
	"Politico": "outlet", "Bloomberg": "agency", "Axios": "outlet", "Wafa": "agency",
	"WAFA": "agency", "IRNA": "agency", "Anadolu": "agency", "OPEC": "organization",
	"OPEC+": "organization", "Hezbollah's": "group", "European Union": "union", "EU": "union",
	"African Union": "union", "Arab League": "league", "Congress": "congress",
	"Senate": "senate", "Pentagon's": "department", "IAEA": "agency", "WHO": "organization",
	"Mossad": "agency", "Shin Bet": "agency", "CIA": "agency", "FBI": "bureau",
	"Politburo": "politburo", "Vatican": "see", "Holy See": "see", "G7": "group",
	"G20": "group", "Quartet": "group", "Truth Social": "platform",
	"Telegram": "platform", "Facebook": "platform", "Instagram": "platform",
	"TikTok": "platform", "YouTube": "platform", "Twitter": "platform", "WhatsApp": "platform",
	"Weibo": "platform", "Islamic Jihad": "group", "Al-Shabaab": "group", "al-Shabaab": "group", "Wagner": "group",
}

// orgFullNames are the full names of organizations usually written as
// acronyms, so that both give one node.
var orgFullNames = map[string]string{
	"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union",
	"E.U.": "European Union", "AU": "African Union", "GCC": "Gulf Cooperation Council",
	"WHO": "World Health Organization", "IAEA": "International Atomic Energy Agency",
	"ICC": "International Criminal Court", "ICJ": "International Court of Justice",
	"IMF": "International Monetary Fund", "OPEC": "Organization of the Petroleum Exporting Countries",
	"UNRWA": "United Nations Relief and Works Agency", "UNICEF": "United Nations Children's Fund",
}

// sharedOrgKeys give well-known organizations the identity keys the Arabic
// extractor uses, so that articles in both languages share their nodes.
var sharedOrgKeys = map[string]string{
	"Kremlin": "org:kremlin", "White House": "org:white-house", "United Nations": "org:un",
	"UN Security Council": "org:unsc", "Security Council": "org:unsc", "European Union": "org:eu",
	"European Commission": "org:european-commission", "European Parliament": "org:european-parliament",
	"European Council": "org:european-council", "International Court of Justice": "org:icj",
	"International Criminal Court": "org:icc", "G20": "org:g20", "G7": "org:g7", "NATO": "org:nato",
	"Arab League": "org:arab-league", "Gulf Cooperation Council": "org:gcc", "African Union": "org:au",
	"Palestinian Authority": "org:pa", "Hamas": "org:hamas", "Hezbollah": "org:hezbollah",
	"Islamic State": "org:isis", "Houthis": "org:houthis", "Republican Party": "org:party:us-republican",
	"Democratic Party": "org:party:us-democratic", "World Health Organization": "org:who",
	"IAEA": "org:iaea", "International Atomic Energy Agency": "org:iaea",
	"International Monetary Fund": "org:imf", "World Bank": "org:world-bank", "UNRWA": "org:unrwa",
	"OPEC": "org:opec", "Kurdistan Regional Government": "org:krg",
	"Royal Hashemite Court": "org:royal-hashemite-court", "US Congress": "org:us-congress",
	"Congress": "org:us-congress",
}

// parties maps party words used of a person ("a Democrat", "the Republican
// vice chair") to the party's name.
var parties = map[string]string{
	"Republican": "Republican Party", "Democrat": "Democratic Party",
	"Democratic": "Democratic Party", "Labour": "Labour Party",
	"Conservative": "Conservative Party", "Likud": "Likud",
}

// placeHeads make a capitalized sequence a place (region, sea, facility):
// "Red Sea", "Gaza Strip", "Great Hall of the People".
var placeHeads = map[string]bool{
	"sea": true, "ocean": true, "canal": true, "dam": true, "strip": true, "region": true,
	"river": true, "gulf": true, "bay": true, "island": true, "islands": true,
	"mountains": true, "desert": true, "peninsula": true, "base": true, "hall": true,
	"estate": true, "airport": true, "square": true, "valley": true, "lake": true,
	"province": true, "strait": true, "straits": true, "horn": true,
	"heights": true, "coast": true, "border": true, "crossing": true, "palace": true,
	"county": true, "district": true, "governorate": true, "port": true,
	"harbor": true, "harbour": true, "channel": true, "plateau": true, "basin": true,
	"corridor": true, "highway": true, "bridge": true, "camp": true, "hill": true,
	"street": true, "avenue": true, "mountain": true, "mount": true, "park": true,
}

// facilityHeads make a place of a name wherever they stand in it: "Joint
// Base Andrews", "Camp David".
var facilityHeads = map[string]bool{
	"base": true, "camp": true, "airport": true, "palace": true, "square": true,
	"strait": true, "canal": true, "sea": true, "ocean": true, "island": true,
	"gulf": true, "dam": true, "lake": true, "mount": true, "fort": true,
}

// outletNouns after an unknown capitalized word make it a news outlet:
// "Yonhap news agency", "Haaretz newspaper".
var outletNouns = map[string]bool{
	"news": true, "agency": true, "newspaper": true, "daily": true, "broadcaster": true,
	"television": true, "tv": true, "radio": true, "channel": true, "outlet": true,
	"magazine": true, "weekly": true, "website": true,
}

// placeLowerHeads are lower-case place nouns that join a capitalized name
// before them: "Filoli estate", "Kurdistan region".
var placeLowerHeads = map[string]bool{
	"estate": true, "region": true, "river": true, "province": true, "valley": true,
	"desert": true, "peninsula": true, "strip": true, "canal": true,
}

// continents and large regions are places that are not countries.
var continents = map[string]bool{
	"Africa": true, "Asia": true, "Europe": true, "Middle East": true, "Latin America": true,
	"North America": true, "South America": true, "Antarctica": true, "Gaza": true,
	"West Bank": true, "Crimea": true, "Donbas": true, "Darfur": true,
	"Sinai": true, "Balkans": true, "Caucasus": true, "Arctic": true, "Sahel": true,
	"Gulf": true, "Levant": true, "Scandinavia": true, "Alaska": true, "California": true,
	"Texas": true, "Florida": true, "Hawaii": true, "Bali": true, "Kashmir": true,
	"Tibet": true, "Xinjiang": true, "Golan Heights": true, "Nile": true, "Euphrates": true,
	"Tigris": true,
}

// locativePreps introduce a place: "in Baghdad", "at Anchorage".
var locativePreps = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "outside": true, "across": true,
	"inside": true, "around": true,
}

// boilerplatePrefixes start lines that carry no facts: links, captions,
// bylines and sign-up prompts.
var boilerplatePrefixes = []string{
	"read more", "related:", "related coverage", "related stories", "also read",
	"sign up", "file photo", "photo:", "reporting by", "writing by", "editing by",
	"additional reporting", "compiled by", "explainer:", "watch:", "see also",
	"more:", "recommended:", "subscribe", "follow us", "click here", "(reporting by",
	"our standards", "copyright", "all rights reserved", "video:", "listen:",
	"advertisement", "share this", "you may also like", "most read", "trending:",
	"associated press writer", "associated press writers", "contributing:",
	"related topics", "more on this story", "top stories", "newsletter", "source:",
	"sources:", "image caption", "image source", "getty images", "media caption",
	"a version of this article", "this article was", "this story has been", "correction:",
}

// boilerplateInfixes anywhere in a line mark a credit line.
var boilerplateInfixes = []string{
	"contributed to this report", "contributed reporting", "contributed to this story",
}

// captionMarkers in a line mark a photo caption or its credit.
var captionMarkers = []string{
	"REUTERS/", "(AP Photo", "(Photo:", "Getty Images", "AFP via", "/AFP", "AFP/",
	"(AFP", "EPA-EFE", "/File Photo", "Photo credit", "(Reuters Photo", "Pool via",
	"/Pool", "(Xinhua", "Anadolu Agency via", "Photograph:",
}

// agencies are the wire services named in datelines: "CAIRO (Reuters) -".
var agencies = map[string]bool{
	"Reuters": true, "AP": true, "AFP": true, "Xinhua": true, "Anadolu": true,
	"UPI": true, "dpa": true, "DPA": true, "EFE": true, "ANSA": true, "Bloomberg": true,
}

// reportingVerbs are the verbs that introduce a statement, with the form the
// statement records.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "stated": true,
	"states": true, "announced": true, "announces": true, "added": true, "adds": true,
	"noted": true, "notes": true, "stressed": true, "stresses": true, "warned": true,
	"warns": true, "claimed": true, "claims": true, "denied": true, "denies": true,
	"wrote": true, "writes": true, "posted": true, "insisted": true, "insists": true,
	"urged": true, "urges": true, "reported": true, "described": true, "proposed": true,
	"confirmed": true, "confirms": true, "emphasized": true, "emphasised": true,
	"explained": true, "acknowledged": true, "pledged": true, "vowed": true,
	"asserted": true, "declared": true, "argued": true, "replied": true,
	"responded": true, "tweeted": true, "reiterated": true, "underlined": true,
	"underscored": true, "suggested": true, "predicted": true, "admitted": true,
	"cautioned": true,
}

// participleVerbs report a second statement of the sentence's speaker:
// "…, adding that …".
var participleVerbs = map[string]bool{
	"adding": true, "saying": true, "noting": true, "stressing": true,
	"warning": true, "insisting": true, "urging": true, "stating": true,
	"arguing": true, "explaining": true, "emphasizing": true, "emphasising": true,
	"declaring": true, "asserting": true, "claiming": true, "describing": true,
	"writing": true, "telling": true,
}

// speechAdverbs may stand between a speaker and a reporting verb: "Biden
// later told", "Okafor also said".
var speechAdverbs = map[string]bool{
	"later": true, "also": true, "then": true, "previously": true, "earlier": true,
	"has": true, "had": true, "have": true, "publicly": true, "separately": true,
	"again": true, "repeatedly": true, "once": true, "further": true, "recently": true,
	"reportedly": true, "privately": true, "subsequently": true, "on": true,
}

// contactRule describes a word that reports a contact.
type contactRule struct {
	kind graph.EdgeKind
	// need is a word that must follow within three words ("with",
	// "between", "to"), or "" when none is needed.
	need string
}

// contactWords maps trigger words to their rules.
var contactWords = map[string]contactRule{
	"met":             {kind: graph.Met},
	"meet":            {kind: graph.Met},
	"meets":           {kind: graph.Met},
	"meeting":         {kind: graph.Met, need: "with"},
	"talks":           {kind: graph.Met, need: "with"},
	"hosted":          {kind: graph.Met},
	"hosts":           {kind: graph.Met},
	"host":            {kind: graph.Met},
	"received":        {kind: graph.Met},
	"receives":        {kind: graph.Met},
	"welcomed":        {kind: graph.Met},
	"greeted":         {kind: graph.Met},
	"welcomes":        {kind: graph.Met},
	"together":        {kind: graph.Met},
	"hands":           {kind: graph.Met, need: "with"},
	"sat":             {kind: graph.Met, need: "with"}, // "sat down with"
	"visited":         {kind: graph.Visited},
	"visits":          {kind: graph.Visited},
	"visit":           {kind: graph.Visited},
	"visiting":        {kind: graph.Visited},
	"toured":          {kind: graph.Visited},
	"arrived":         {kind: graph.Visited, need: "in"},
	"arrives":         {kind: graph.Visited, need: "in"},
	"arriving":        {kind: graph.Visited, need: "in"},
	"arrive":          {kind: graph.Visited, need: "in"},
	"landed":          {kind: graph.Visited, need: "in"},
	"lands":           {kind: graph.Visited, need: "in"},
	"travel":          {kind: graph.Visited, need: "to"},
	"travels":         {kind: graph.Visited, need: "to"},
	"travelled":       {kind: graph.Visited, need: "to"},
	"traveled":        {kind: graph.Visited, need: "to"},
	"traveling":       {kind: graph.Visited, need: "to"},
	"travelling":      {kind: graph.Visited, need: "to"},
	"flew":            {kind: graph.Visited, need: "to"},
	"fly":             {kind: graph.Visited, need: "to"},
	"trip":            {kind: graph.Visited, need: "to"},
	"headed":          {kind: graph.Visited, need: "to"},
	"heads":           {kind: graph.Visited, need: "to"},
	"call":            {kind: graph.Called},
	"called":          {kind: graph.Called},
	"phoned":          {kind: graph.Called},
	"telephoned":      {kind: graph.Called},
	"phone":           {kind: graph.Called},
	"telephone":       {kind: graph.Called},
	"video":           {kind: graph.Called},
	"videoconference": {kind: graph.Called},
	"conversation":    {kind: graph.Called, need: "with"},
	"talked":          {kind: graph.Called, need: "with"},
	"attended":        {kind: graph.Met},
	"signed":          {kind: graph.Met},
	"attends":         {kind: graph.Met},
	"joined":          {kind: graph.Met},
	"summit":          {kind: graph.Met, need: "with"},
	"letter":          {kind: graph.WroteTo},
	"message":         {kind: graph.WroteTo, need: "to"},
	"wrote":           {kind: graph.WroteTo, need: "to"},
	"reached":         {kind: graph.Contacted},
}

// plannedMarkers before a contact word make it planned.
var plannedMarkers = map[string]bool{
	"will": true, "due": true, "expected": true, "plans": true, "planned": true,
	"scheduled": true, "set": true, "would": true, "shall": true, "intends": true,
	"accepted": true, "plan": true, "planning": true, "going": true, "'ll": true,
	"forward": true, "prepared": true, "preparing": true, "prepares": true, "ready": true, "poised": true,
	"slated": true, "hopes": true, "wants": true, "aims": true, "upcoming": true,
}

// deniedMarkers make a contact denied: "denied meeting", "refused to take a
// call".
var deniedMarkers = map[string]bool{
	"denied": true, "denies": true, "deny": true, "refused": true, "refuses": true,
	"rejected": true, "declined": true,
}

// cancelMarkers make a contact no contact at all: hypotheticals,
// invitations, postponements, negations.
var cancelMarkers = map[string]bool{
	"could": true, "might": true, "may": true, "if": true, "invited": true,
	"invitation": true, "postponed": true, "cancelled": true, "canceled": true,
	"not": true, "no": true, "never": true, "without": true, "whether": true,
	"unless": true, "hypothetical": true, "possible": true, "possibility": true,
	"called off": true, "n't": true, "didn't": true, "won't": true, "cannot": true,
	"invite": true, "invites": true, "offered": true, "proposed": true, "suggested": true,
}

// groupNouns after "the two" refer to the last pair of people named
// together: "the two leaders met".
var groupNouns = map[string]bool{
	"leaders": true, "ministers": true, "lawmakers": true, "presidents": true,
	"officials": true, "men": true, "women": true, "diplomats": true,
	"envoys": true, "senators": true, "heads": true,
}
