package en

import "newsgraph/ingest"

// This file holds the English language rules as named data, read from the
// files of data/ (see data.go). Every table is keyed by lower-case words
// unless its comment says otherwise.

// abbreviations are the words after which a period does not end a sentence.
// Read from data/abbreviations.tsv.
var abbreviations = loadList("abbreviations.tsv", "word")

// months maps month names and their abbreviations to month numbers, from
// the month table both languages share (ingest/data/months.tsv).
var months = func() map[string]int {
	m := map[string]int{}
	for _, n := range ingest.MonthNames("en") {
		m[n.Name] = int(n.Month)
	}
	return m
}()

// weekdays maps weekday names to time.Weekday numbers (Sunday = 0).
// Read from data/weekdays.tsv.
var weekdays = loadIntMap("weekdays.tsv", "word", "weekday")

// titleWords are words that make up a person's title. A run of them (with
// "of", "for", "to" complements) before a capitalized name anchors the name
// as a person. Multiword titles are built from these words: "Deputy Foreign
// Minister", "Secretary of State", "Crown Prince".
// Read from data/title_words.tsv.
var titleWords = loadSet("title_words.tsv", "word")

// titleHeads are title words that can end a title ("Foreign Minister",
// "Secretary of State", "Emir"); a title is only a title when it ends in one.
// Read from data/title_heads.tsv.
var titleHeads = loadMap("title_heads.tsv", "word", "head")

// portfolioWords may follow "for" inside a title: "Secretary of State for
// Foreign Affairs", "Minister for Trade".
// Read from data/portfolio_words.tsv.
var portfolioWords = loadSet("portfolio_words.tsv", "word")

// governmentTitles are title heads that link a person to a country when
// the country is named with them ("Ukrainian President X").
// Read from data/government_titles.tsv.
var governmentTitles = loadSet("government_titles.tsv", "head")

// titleDefaultCountry gives the country of titles that exist in one country
// only when no country is written with them.
// Read from data/title_default_country.tsv.
var titleDefaultCountry = loadMap("title_default_country.tsv", "title", "country")

// roleNouns are lower-case role words that anchor an appositive or a
// prefixed person: "spokesperson for the Kremlin", "Fox News host X",
// "an envoy of Y", "his Ethiopian counterpart, X".
// Read from data/role_nouns.tsv.
var roleNouns = loadMap("role_nouns.tsv", "word", "role")

// roleModifiers may stand between an owner and a role noun: "special envoy",
// "top diplomat", "vice chair", "foreign minister".
// Read from data/role_modifiers.tsv.
var roleModifiers = loadSet("role_modifiers.tsv", "word")

// personPronouns refer back to a person.
// Read from data/person_pronouns.tsv.
var personPronouns = loadSet("person_pronouns.tsv", "word")

// objectPronouns refer back to a person as an object.
// Read from data/object_pronouns.tsv.
var objectPronouns = loadSet("object_pronouns.tsv", "word")

// commonCaps are capitalized words that are never a name or part of one:
// sentence openers, function words, pronouns, adverbs and the like.
// Read from data/common_caps.tsv.
var commonCaps = loadSet("common_caps.tsv", "word")

// nameParticles may stand inside a name in lower case: "bin", "de la".
// Read from data/name_particles.tsv.
var nameParticles = loadSet("name_particles.tsv", "word")

// hyphenParticles are prefixes joined to a name by a hyphen: "al-Sisi",
// "el-Amin", "Abdel-Wahab" keeps its capital.
// Read from data/hyphen_particles.tsv.
var hyphenParticles = loadList("hyphen_particles.tsv", "prefix")

// nameSuffixes end a person name: "Jr.", "III".
// Read from data/name_suffixes.tsv.
var nameSuffixes = loadSet("name_suffixes.tsv", "word")

// orgHeads are words that make a capitalized sequence an organization.
// Read from data/org_heads.tsv.
var orgHeads = loadSet("org_heads.tsv", "word")

// thingHeads end names of things that are not entities: treaties, plans,
// prizes, laws ("Paris Agreement", "Nobel Peace Prize").
// Read from data/thing_heads.tsv.
var thingHeads = loadSet("thing_heads.tsv", "word")

// orgLowerHeads are lower-case nouns that, after a demonym or a country's
// possessive, name an organization: "the Iraqi government", "China's foreign
// ministry", "Turkish embassy".
// Read from data/org_lower_heads.tsv.
var orgLowerHeads = loadSet("org_lower_heads.tsv", "word")

// orgModifiers may stand before a lower-case org head: "foreign ministry",
// "defence ministry".
// Read from data/org_modifiers.tsv.
var orgModifiers = loadSet("org_modifiers.tsv", "word")

// knownOrgs are organizations written without an org head word, by their
// usual English name (case-sensitive), with the lower-case word that refers
// back to them ("the department").
// Read from data/known_orgs.tsv.
var knownOrgs = loadMap("known_orgs.tsv", "name", "anaphor")

// orgFullNames are the full names of organizations usually written as
// acronyms, so that both give one node.
// Read from data/org_full_names.tsv.
var orgFullNames = loadMap("org_full_names.tsv", "acronym", "full_name")

// parties maps party words used of a person ("a Democrat", "the Republican
// vice chair") to the party's name.
// Read from data/parties.tsv.
var parties = loadMap("parties.tsv", "word", "party")

// placeHeads make a capitalized sequence a place (region, sea, facility):
// "Red Sea", "Gaza Strip", "Great Hall of the People".
// Read from data/place_heads.tsv.
var placeHeads = loadSet("place_heads.tsv", "word")

// facilityHeads make a place of a name wherever they stand in it: "Joint
// Base Andrews", "Camp David".
// Read from data/facility_heads.tsv.
var facilityHeads = loadSet("facility_heads.tsv", "word")

// outletNouns after an unknown capitalized word make it a news outlet:
// "Yonhap news agency", "Haaretz newspaper".
// Read from data/outlet_nouns.tsv.
var outletNouns = loadSet("outlet_nouns.tsv", "word")

// placeLowerHeads are lower-case place nouns that join a capitalized name
// before them: "Filoli estate", "Kurdistan region".
// Read from data/place_lower_heads.tsv.
var placeLowerHeads = loadSet("place_lower_heads.tsv", "word")

// continents and large regions are places that are not countries.
// Read from data/continents.tsv.
var continents = loadSet("continents.tsv", "name")

// locativePreps introduce a place: "in Baghdad", "at Anchorage".
// Read from data/locative_preps.tsv.
var locativePreps = loadSet("locative_preps.tsv", "word")

// boilerplatePrefixes start lines that carry no facts: links, captions,
// bylines and sign-up prompts.
// Read from data/boilerplate_prefixes.tsv.
var boilerplatePrefixes = loadList("boilerplate_prefixes.tsv", "prefix")

// boilerplateInfixes anywhere in a line mark a credit line.
// Read from data/boilerplate_infixes.tsv.
var boilerplateInfixes = loadList("boilerplate_infixes.tsv", "phrase")

// captionMarkers in a line mark a photo caption or its credit.
// Read from data/caption_markers.tsv.
var captionMarkers = loadList("caption_markers.tsv", "marker")

// agencies are the wire services named in datelines: "CAIRO (Reuters) -".
// Read from data/agencies.tsv.
var agencies = loadSet("agencies.tsv", "name")

// reportingVerbs are the verbs that introduce a statement, with the form the
// statement records.
// Read from data/reporting_verbs.tsv.
var reportingVerbs = loadSet("reporting_verbs.tsv", "word")

// addressTitles follow "His", "Her", "Their" or "Your" as a form of
// address: "His Highness the Amir".
// Read from data/address_titles.tsv.
var addressTitles = loadSet("address_titles.tsv", "word")

// clauseVerbs report a statement only when a clause follows: the word
// that must open it, "that" or "to" (which also takes "that"), or "any"
// for an object.
// Read from data/clause_verbs.tsv.
var clauseVerbs = loadMap("clause_verbs.tsv", "word", "complement")

// participleVerbs report a second statement of the sentence's speaker:
// "…, adding that …".
// Read from data/participle_verbs.tsv.
var participleVerbs = loadSet("participle_verbs.tsv", "word")

// speechAdverbs may stand between a speaker and a reporting verb: "Biden
// later told", "Okafor also said".
// Read from data/speech_adverbs.tsv.
var speechAdverbs = loadSet("speech_adverbs.tsv", "word")

// contactWords maps trigger words to their rules.
// Read from data/contact_triggers.tsv.
var contactWords = loadContactRules("contact_triggers.tsv")

// plannedMarkers before a contact word make it planned.
// Read from data/contact_markers.tsv.
var plannedMarkers = contactMarkers["planned"]

// deniedMarkers make a contact denied: "denied meeting", "refused to take a
// call".
// Read from data/contact_markers.tsv.
var deniedMarkers = contactMarkers["denied"]

// cancelMarkers make a contact no contact at all: hypotheticals,
// invitations, postponements, negations.
// Read from data/contact_markers.tsv.
var cancelMarkers = contactMarkers["cancel"]

// groupNouns after "the two" refer to the last pair of people named
// together: "the two leaders met".
// Read from data/group_nouns.tsv.
var groupNouns = loadSet("group_nouns.tsv", "word")
