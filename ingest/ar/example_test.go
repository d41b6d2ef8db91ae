package ar_test

import (
	"fmt"
	"time"

	"newsgraph/ingest"
	"newsgraph/ingest/ar"
)

func ExampleExtractor_Extract() {
	ex := ar.New()
	text := "قمة في القاهرة\n" +
		"التقى الرئيس الفرنسي جان دوبوا نظيره المصري حسن عادل في القاهرة اليوم الاثنين، مؤكداً أن العلاقات متينة."
	a := &ingest.Article{Text: text, Language: "ar", Published: time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC)}
	f := ex.Extract(&ingest.Document{Article: a, Sentences: ex.Split(text)})
	for _, c := range f.Contacts {
		fmt.Printf("%s(%s, %s) %s\n", c.Kind, f.Entities[c.From].Name, f.Entities[c.To].Name, c.Date)
	}
	for _, s := range f.Statements {
		fmt.Printf("said(%s): %s\n", f.Entities[s.Speaker].Name, s.Text)
	}
	for _, r := range f.Roles {
		fmt.Printf("holds_role(%s, %s)\n", f.Entities[r.Person].Name, f.Entities[r.Org].NameEn)
	}
	// Output:
	// met(جان دوبوا, حسن عادل) 2025-04-07
	// said(جان دوبوا): أن العلاقات متينة
	// holds_role(جان دوبوا, France)
	// holds_role(حسن عادل, Egypt)
}
