package schema

import (
	"testing"
)

// Each case runs one query over HTTP against the fixture and compares a
// printed canonical form of the answer.
func TestQueries(t *testing.T) {
	srv := server(t, fixtureStore(t), Options{})
	for _, tt := range []struct {
		name  string
		query string
		vars  map[string]any
		path  string // list to pluck from
		field string
		want  string
	}{
		// search: case, diacritics, hamza, aliases, prefixes, kinds.
		{"search latin case", `{search(text: "KAMAU") {id}}`, nil, "search", "id", kamau},
		{"search arabic alias", `{search(text: "بنعلي") {id}}`, nil, "search", "id", benali},
		{"search arabic diacritics", `{search(text: "كَرِيمُ بنعلي") {id}}`, nil, "search", "id", benali},
		{"search hamza", `{search(text: "اندونيسيا") {id}}`, nil, "search", "id", indon},
		{"search latin name of arabic entity", `{search(text: "karim benali") {id}}`, nil, "search", "id", benali},
		{"search prefix", `{search(text: "Solb") {name}}`, nil, "search", "name", "Ingrid Solberg-Haugen"},
		{"search closest first", `{search(text: "n") {id}}`, nil, "search", "id", "plc-norway plc-nairobi"},
		{"search kinds", `{search(text: "Na", kinds: [PLACE]) {id kind}}`, nil, "search", "kind", "PLACE"},
		{"search kinds excludes", `{search(text: "Kamau", kinds: [PLACE]) {id}}`, nil, "search", "id", ""},
		{"search first", `{search(text: "N", first: 1) {id}}`, nil, "search", "id", norway},

		// contacts: newest first, filters, pagination.
		{"contacts of participant", `query($p: ID) {contacts(participant: $p) {nodes {id}}}`, map[string]any{"p": solberg},
			"contacts.nodes", "id", "con-visit con-meet con-call1"},
		{"contacts of all", `{contacts {totalCount nodes {id}}}`, nil,
			"contacts.nodes", "id", "con-visit con-meet con-call2 con-call1 con-denied"},
		{"contacts with", `{contacts(participant: "per-solberg", with: "per-benali") {nodes {id}}}`, nil,
			"contacts.nodes", "id", "con-meet"},
		{"contacts with alone", `{contacts(with: "per-widayati") {nodes {id}}}`, nil,
			"contacts.nodes", "id", "con-call2 con-denied"},
		{"contacts types", `{contacts(types: [CALLED]) {nodes {id}}}`, nil,
			"contacts.nodes", "id", "con-call2 con-call1"},
		{"contacts dates", `{contacts(from: "2026-03-11", to: "2026-03-12") {nodes {id}}}`, nil,
			"contacts.nodes", "id", "con-meet con-call2"},
		{"contacts status", `{contacts(participant: "per-kamau") {nodes {status}}}`, nil,
			"contacts.nodes", "status", "HAPPENED DENIED"},
		{"contact fields", `{contacts(participant: "per-solberg", types: [VISITED]) {nodes {type date dateText status initiator {id} article {id} confidence}}}`, nil,
			"contacts.nodes", "type", "VISITED"},
		{"contact participants", `{contacts(types: [MET]) {nodes {participants {id}}}}`, nil,
			"contacts.nodes.0.participants", "id", "per-solberg per-benali"},
		{"meeting has no initiator", `{contacts(types: [MET]) {nodes {initiator {id}}}}`, nil,
			"contacts.nodes", "initiator", "null null"},
		{"contact evidence", `{contacts(types: [CALLED], from: "2026-03-11") {nodes {evidence}}}`, nil,
			"contacts.nodes", "evidence", "أجرى وزير الخارجية المغربي كريم بنعلي اتصالاً هاتفياً مع وزيرة الخارجية الإندونيسية سري ويداياتي، اليوم الأربعاء."},

		// statements.
		{"statements of speaker", `{statements(speaker: "per-solberg") {nodes {id direct}}}`, nil,
			"statements.nodes", "id", "stm-food"},
		{"statements all", `{statements {nodes {id}}}`, nil,
			"statements.nodes", "id", "stm-partner stm-food stm-host"},
		{"statements about", `{statements(about: "plc-indonesia") {nodes {id speaker {id}}}}`, nil,
			"statements.nodes", "id", "stm-partner"},
		{"statements about kenya-less", `{statements(about: "plc-norway") {nodes {id}}}`, nil,
			"statements.nodes", "id", ""},
		{"statements text", `{statements(text: "FOOD must") {nodes {id}}}`, nil,
			"statements.nodes", "id", "stm-food"},
		{"statements arabic text", `{statements(text: "اندونيسيا") {nodes {id}}}`, nil,
			"statements.nodes", "id", "stm-partner"},
		{"statements direct", `{statements(direct: false) {nodes {id}}}`, nil,
			"statements.nodes", "id", "stm-host"},
		{"statements dates", `{statements(from: "2026-03-11") {nodes {id}}}`, nil,
			"statements.nodes", "id", "stm-partner"},
		{"statement fields", `{statements(speaker: "per-kamau") {nodes {speaker {name} text verb date article {title} evidence}}}`, nil,
			"statements.nodes", "verb", "said"},

		// entity.
		{"entity", `{entity(id: "per-benali") {id kind name aliases nameEn}}`, nil,
			"entity.aliases", "", `["Benali","Karim Benali","بنعلي"]`},
		{"entity roles", `{entity(id: "per-solberg") {roles {role organization {id}}}}`, nil,
			"entity.roles", "role", "foreign minister"},
		{"entity contacts", `{entity(id: "per-solberg") {contacts(types: [CALLED, MET]) {nodes {id}}}}`, nil,
			"entity.contacts.nodes", "id", "con-meet con-call1"},
		{"entity contacts with", `{entity(id: "per-solberg") {contacts(with: "per-kamau") {nodes {id}}}}`, nil,
			"entity.contacts.nodes", "id", "con-call1"},
		{"entity statements", `{entity(id: "per-benali") {statements {nodes {id}}}}`, nil,
			"entity.statements.nodes", "id", "stm-partner"},
		{"entity statements about", `{entity(id: "per-kamau") {statements(about: "per-solberg") {nodes {id}}}}`, nil,
			"entity.statements.nodes", "id", ""},
		{"entity mentions", `{entity(id: "per-solberg") {mentions {nodes {article {id} count}}}}`, nil,
			"entity.mentions.nodes", "count", "1 3"},
		{"unknown entity", `{entity(id: "nope") {id}}`, nil, "", "", ""},

		// neighbourhood and paths.
		{"neighbourhood", `{neighbourhood(id: "per-solberg", kinds: [CALLED, MET]) {nodes {id} edges {id}}}`, nil,
			"neighbourhood.nodes", "id", "per-benali per-kamau per-solberg"},
		{"neighbourhood depth 2", `{neighbourhood(id: "per-solberg", depth: 2, kinds: [CALLED, MET]) {nodes {id}}}`, nil,
			"neighbourhood.nodes", "id", "per-benali per-kamau per-solberg per-widayati"},
		{"neighbourhood dates", `{neighbourhood(id: "per-solberg", depth: 2, kinds: [CALLED, MET], from: "2026-03-11") {nodes {id}}}`, nil,
			"neighbourhood.nodes", "id", "per-benali per-solberg per-widayati"},
		{"neighbourhood limit", `{neighbourhood(id: "per-solberg", limit: 2) {nodes {id}}}`, nil,
			"neighbourhood.nodes", "id", "per-kamau per-solberg"},
		{"paths", `{paths(from: "per-kamau", to: "per-benali") {hops nodes {id}}}`, nil,
			"paths", "hops", "2 2"},
		{"paths kinds", `{paths(from: "per-kamau", to: "per-widayati", kinds: [CALLED, MET]) {hops edges {id evidence}}}`, nil,
			"paths", "hops", "1"},
		{"paths none", `{paths(from: "per-kamau", to: "per-benali", maxHops: 1) {hops}}`, nil,
			"paths", "hops", ""},

		// articles.
		{"article", `{article(id: "art-ar1") {title language published entities {entity {id} count}}}`, nil,
			"article.entities", "count", "3 2 1"},
		{"articles", `{articles {totalCount nodes {id}}}`, nil,
			"articles.nodes", "id", "art-en2 art-ar1 art-en1"},
		{"articles language", `{articles(language: "ar") {nodes {id}}}`, nil,
			"articles.nodes", "id", "art-ar1"},
		{"articles dates", `{articles(from: "2026-03-11", to: "2026-03-11") {nodes {id}}}`, nil,
			"articles.nodes", "id", "art-ar1"},
		{"stats", `{stats {nodes edges nodeKinds {kind count}}}`, nil,
			"stats.nodeKinds", "count", "4 0 3 3 3"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := mustQuery(t, srv, tt.query, tt.vars)
			if tt.path == "" {
				t.Logf("%s", toString(v))
				return
			}
			got := pluck(v, tt.path, tt.field)
			if tt.field == "" {
				got = toString(get(v, tt.path))
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q\n%s", tt.path, got, tt.want, toString(v))
			}
		})
	}
}
