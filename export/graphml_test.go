package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
)

type graphMLDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphMLItem `xml:"node"`
		Edges       []graphMLItem `xml:"edge"`
	} `xml:"graph"`
}

type graphMLItem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func (it graphMLItem) value(key string) string {
	for _, d := range it.Data {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func TestGraphMLParses(t *testing.T) {
	g := fixture()
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc graphMLDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	keys := map[string]string{} // id -> for
	var names []string
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %s declared twice", k.ID)
		}
		keys[k.ID] = k.For
		names = append(names, k.For+":"+k.Name+":"+k.Type)
	}
	for _, want := range []string{
		"node:label:string", "node:kind:string", "node:aliases:string", "node:name_en:string",
		"node:direct:boolean", "node:published:string", "edge:label:string", "edge:kind:string",
		"edge:date:string", "edge:status:string", "edge:count:long", "edge:evidence:string",
	} {
		if !slices.Contains(names, want) {
			t.Errorf("no key %s; keys: %v", want, names)
		}
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	if len(doc.Graph.Nodes) != len(g.Nodes) || len(doc.Graph.Edges) != len(g.Edges) {
		t.Errorf("%d nodes, %d edges; want %d, %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(g.Nodes), len(g.Edges))
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s uses key %s, not declared for nodes", n.ID, d.Key)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: unknown end", e.ID)
		}
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s uses key %s, not declared for edges", e.ID, d.Key)
			}
		}
	}
	byID := map[string]graphMLItem{}
	for _, n := range doc.Graph.Nodes {
		byID[n.ID] = n
	}
	for id, want := range map[string]string{
		string(idKamau):  "Samuel \"Sam\" Kamau\\Jr.\nof Nairobi",
		string(idBenali): "كريم بنعلي",
		string(idArt1):   "Norwegian and Kenyan ministers <discuss> grain & corridor",
	} {
		if got := byID[id].value("label"); got != want {
			t.Errorf("%s: label %q, want %q", id, got, want)
		}
	}
}

func TestCSVNeo4j(t *testing.T) {
	g := fixture()
	var nodes, rels bytes.Buffer
	if err := WriteCSV(&nodes, &rels, g); err != nil {
		t.Fatal(err)
	}
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rr, err := csv.NewReader(&rels).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if h := strings.Join(nr[0][:4], ","); h != "id:ID,:LABEL,name,aliases:string[]" {
		t.Errorf("nodes header starts %s", h)
	}
	if h := strings.Join(rr[0][:4], ","); h != ":START_ID,:END_ID,:TYPE,id" {
		t.Errorf("relationships header starts %s", h)
	}
	for _, want := range []string{"direct:boolean", "published:date"} {
		if !slices.Contains(nr[0], want) {
			t.Errorf("nodes header lacks %s: %v", want, nr[0])
		}
	}
	for _, want := range []string{"date:date", "count:long", "status"} {
		if !slices.Contains(rr[0], want) {
			t.Errorf("relationships header lacks %s: %v", want, rr[0])
		}
	}
	if len(nr)-1 != len(g.Nodes) || len(rr)-1 != len(g.Edges) {
		t.Errorf("%d node rows, %d relationship rows", len(nr)-1, len(rr)-1)
	}
	ids := map[string]bool{}
	for _, row := range nr[1:] {
		if len(row) != len(nr[0]) {
			t.Errorf("node row of %d fields, header of %d", len(row), len(nr[0]))
		}
		ids[row[0]] = true
	}
	for _, row := range rr[1:] {
		if !ids[row[0]] || !ids[row[1]] {
			t.Errorf("relationship %s: unknown end", row[3])
		}
		if row[2] != strings.ToUpper(row[2]) {
			t.Errorf("type %s not upper case", row[2])
		}
	}
}
