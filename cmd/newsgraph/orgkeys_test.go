package main

import (
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/ingest"
	"newsgraph/ingest/ar"
	"newsgraph/ingest/en"
)

// TestSharedOrgKeys checks that the Arabic and the English extractor give
// the organizations of ingest/data/orgs.tsv the same node: each pair of
// sentences (written for this test) names one organization in each
// language.
func TestSharedOrgKeys(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		key        string
		ar, arName string // the Arabic sentence and the organization's name in it
		en, enName string // the English sentence and the name in it
	}{
		{"org:وزاره الدفاع:US",
			"قال متحدث باسم البنتاغون إن الاجتماع سيعقد الأسبوع المقبل.", "البنتاغون",
			"A Pentagon spokesman said the meeting would take place next week.", "Pentagon"},
		{"org:knesset",
			"صوت الكنيست على مشروع القانون مساء الثلاثاء.", "الكنيست",
			"The Knesset voted on the bill on Tuesday evening.", "Knesset"},
		{"org:duma",
			"ناقش مجلس الدوما الميزانية الجديدة أمس.", "مجلس الدوما",
			"The State Duma debated the new budget yesterday.", "State Duma"},
		{"org:oic",
			"دعت منظمة التعاون الإسلامي إلى اجتماع طارئ.", "منظمة التعاون الإسلامي",
			"The Organisation of Islamic Cooperation called for an emergency meeting.", "Organisation of Islamic Cooperation"},
		{"org:kremlin",
			"أعلن الكرملين أن المحادثات ستستمر.", "الكرملين",
			"The Kremlin announced that the talks would continue.", "Kremlin"},
		{"org:nato",
			"قال حلف شمال الأطلسي إن التدريبات انتهت.", "حلف شمال الأطلسي",
			"NATO said the exercises had ended.", "NATO"},
		{"org:nato",
			"عقد الناتو اجتماعا لوزراء الدفاع في بروكسل.", "الناتو",
			"NATO held a meeting of defence ministers in Brussels.", "NATO"},
		{"org:unsc",
			"يعقد مجلس الأمن الدولي جلسة طارئة اليوم.", "مجلس الأمن الدولي",
			"The UN Security Council holds an emergency session today.", "UN Security Council"},
	}
	arx, enx := ar.New(), en.New()
	find := func(t *testing.T, x ingest.Extractor, split func(string) []ingest.Span, lang, text, name string) graph.ID {
		t.Helper()
		a := &ingest.Article{Title: text, Text: text, Language: lang, Published: pub}
		f := x.Extract(&ingest.Document{Article: a, Sentences: split(text)})
		for _, e := range f.Entities {
			if e.Kind != graph.Organization {
				continue
			}
			for _, m := range e.Mentions {
				if text[m.Start:m.End] == name {
					return ingest.EntityID(e)
				}
			}
		}
		for _, e := range f.Entities {
			t.Logf("%s: %s %q key %q", lang, e.Kind, e.Name, e.Key)
		}
		t.Errorf("%s: no organization mentioned as %q in %q", lang, name, text)
		return ""
	}
	for _, c := range cases {
		t.Run(c.enName+"/"+c.arName, func(t *testing.T) {
			arID := find(t, arx, arx.Split, "ar", c.ar, c.arName)
			enID := find(t, enx, enx.Split, "en", c.en, c.enName)
			want := ingest.EntityID(&ingest.Entity{Kind: graph.Organization, Key: c.key})
			if arID != want || enID != want {
				t.Errorf("Arabic %s, English %s; want both %s (key %s)", arID, enID, want, c.key)
			}
		})
	}
}
