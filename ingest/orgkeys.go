package ingest

import (
	_ "embed"
	"fmt"
	"strings"
)

// SharedOrg is an organization both extractors know by name and give the
// same key, so that its Arabic and English mentions are one node
// (EntityID).
type SharedOrg struct {
	Key  string   // the entity key: "org:kremlin"
	Name string   // its English name, the Arabic extractor's name_en
	EN   []string // English names the English extractor maps to Key
	AR   []string // Arabic names, as written; the first is the alias of a node built by rule
}

//go:embed data/orgs.tsv
var orgsTSV string

// sharedOrgs is data/orgs.tsv, read when the package starts; orgKeyEN
// indexes its English names.
var sharedOrgs, orgKeyEN = mustSharedOrgs()

func mustSharedOrgs() ([]SharedOrg, map[string]string) {
	orgs, err := parseSharedOrgs("data/orgs.tsv", orgsTSV)
	if err != nil {
		panic(err)
	}
	byEN := map[string]string{}
	for _, o := range orgs {
		for _, n := range o.EN {
			byEN[n] = o.Key
		}
	}
	return orgs, byEN
}

// orgFields are the fields of data/orgs.tsv. An empty list is written -.
var orgFields = []string{"key", "name", "en", "ar"}

// parseSharedOrgs reads the shared organization table: a header line naming
// orgFields, then one organization a line, tab-separated; lines that start
// with # and blank lines are skipped. Keys and English names may not
// repeat.
func parseSharedOrgs(file, text string) ([]SharedOrg, error) {
	rows, err := SplitTable(file, text, orgFields, len(orgFields))
	if err != nil {
		return nil, err
	}
	var orgs []SharedOrg
	keys, names := map[string]int{}, map[string]int{}
	for _, r := range rows {
		n, cols := r.Line, r.Values
		for j, f := range orgFields {
			if cols[j] == "" {
				return nil, fmt.Errorf("%s:%d: empty %s; write - for an empty list", file, n, f)
			}
		}
		o := SharedOrg{Key: cols[0], Name: cols[1], EN: listField(cols[2]), AR: listField(cols[3])}
		if !strings.HasPrefix(o.Key, "org:") {
			return nil, fmt.Errorf("%s:%d: key %q lacks the prefix org: of organization keys", file, n, o.Key)
		}
		if o.Name == "-" {
			return nil, fmt.Errorf("%s:%d: no name", file, n)
		}
		if prev, ok := keys[o.Key]; ok {
			return nil, fmt.Errorf("%s:%d: key %s already on line %d", file, n, o.Key, prev)
		}
		keys[o.Key] = n
		for _, e := range o.EN {
			if e == "" {
				return nil, fmt.Errorf("%s:%d: empty English name", file, n)
			}
			if prev, ok := names[e]; ok {
				return nil, fmt.Errorf("%s:%d: English name %q already on line %d", file, n, e, prev)
			}
			names[e] = n
		}
		for _, a := range o.AR {
			if a == "" {
				return nil, fmt.Errorf("%s:%d: empty Arabic name", file, n)
			}
		}
		orgs = append(orgs, o)
	}
	return orgs, nil
}

// listField reads a |-separated list; - is the empty list.
func listField(v string) []string {
	if v == "-" {
		return nil
	}
	return strings.Split(v, "|")
}

// OrgKeyEN returns the shared key of an organization by its English name,
// as the English extractor writes it ("Kremlin", "UN Security Council").
func OrgKeyEN(name string) (key string, ok bool) {
	key, ok = orgKeyEN[name]
	return key, ok
}

// SharedOrgs returns the shared organizations in the order of the table.
// The caller may keep the slice; its lists are copies.
func SharedOrgs() []SharedOrg {
	out := make([]SharedOrg, len(sharedOrgs))
	for i, o := range sharedOrgs {
		o.EN = append([]string(nil), o.EN...)
		o.AR = append([]string(nil), o.AR...)
		out[i] = o
	}
	return out
}
