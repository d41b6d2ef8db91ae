package ingest

import (
	"strings"
	"testing"

	"newsgraph/graph"
)

// TestSharedOrgsTable lints data/orgs.tsv: it parses (keys and English
// names unique), and no Arabic name repeats after folding.
func TestSharedOrgsTable(t *testing.T) {
	orgs, err := parseSharedOrgs("data/orgs.tsv", orgsTSV)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, o := range orgs {
		for _, a := range o.AR {
			k := graph.Fold(a)
			if prev, ok := seen[k]; ok {
				t.Errorf("%s: Arabic name %q is also a name of %s", o.Key, a, prev)
			}
			seen[k] = o.Key
		}
		if len(o.EN) == 0 && len(o.AR) == 0 {
			t.Errorf("%s: no English and no Arabic name", o.Key)
		}
	}
}

func TestOrgKeyEN(t *testing.T) {
	for name, want := range map[string]string{
		"Kremlin":                             "org:kremlin",
		"Pentagon":                            "org:وزاره الدفاع:US",
		"Knesset":                             "org:knesset",
		"State Duma":                          "org:duma",
		"Organisation of Islamic Cooperation": "org:oic",
		"NATO":                                "org:nato",
		"UN Security Council":                 "org:unsc",
		"Security Council":                    "org:unsc",
	} {
		if got, ok := OrgKeyEN(name); !ok || got != want {
			t.Errorf("OrgKeyEN(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if k, ok := OrgKeyEN("Ministry of Silly Walks"); ok {
		t.Errorf("OrgKeyEN of an unknown name = %q", k)
	}
}

func TestParseSharedOrgs(t *testing.T) {
	const header = "# comment\nkey\tname\ten\tar\n"
	good := header + "org:x\tX Body\tX Body|XB\tهيئة إكس\norg:y\tY\t-\tواي\n"
	orgs, err := parseSharedOrgs("o.tsv", good)
	if err != nil || len(orgs) != 2 || len(orgs[0].EN) != 2 || orgs[1].EN != nil || orgs[1].AR[0] != "واي" {
		t.Fatalf("good table: %+v %v", orgs, err)
	}
	for _, c := range []struct{ name, text, want string }{
		{"no header", "# nothing\n", "o.tsv: no header line"},
		{"wrong header", "key\ten\tar\n", "o.tsv:1: header"},
		{"fields", header + "org:x\tX\tX\n", "o.tsv:3: 3 fields, want 4"},
		{"empty", header + "org:x\t\tX\tإكس\n", "o.tsv:3: empty name"},
		{"key", header + "x\tX\tX\tإكس\n", `o.tsv:3: key "x" lacks the prefix org:`},
		{"repeated key", header + "org:x\tX\tX\tإكس\norg:x\tY\tY\tواي\n", "o.tsv:4: key org:x already on line 3"},
		{"repeated English", header + "org:x\tX\tX\tإكس\norg:y\tY\tY|X\tواي\n", `o.tsv:4: English name "X" already on line 3`},
	} {
		_, err := parseSharedOrgs("o.tsv", c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}
