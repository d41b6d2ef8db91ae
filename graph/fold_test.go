package graph

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Volodymyr Zelensky", "volodymyr zelensky"},
		{"ZELENSKY's", "zelensky s"},
		{"الرئيسُ الأوكرانيّ", "الرييس الاوكراني"},
		{"إيران", "ايران"},
		{"آل ثاني", "ال ثاني"},
		{"مصطفى حمزة", "مصطفي حمزه"},
		{"مؤتمر", "موتمر"},
		{"الـكرملين", "الكرملين"},
		{"٢٠٢٥", "2025"},
		{"  «البيت   الأبيض»  ", "البيت الابيض"},
		{"al-Sisi", "al sisi"},
		{"ﻻ", "لا"}, // NFKC folds the presentation form
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldIdempotent(t *testing.T) {
	for _, s := range []string{"الرئيسُ الأوكرانيّ", "Zelensky", "٢٠٢٥ «x»"} {
		if once, twice := Fold(s), Fold(Fold(s)); once != twice {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, once, twice)
		}
	}
}

func FuzzFold(f *testing.F) {
	// go test -fuzz=FuzzFold ./graph/
	for _, s := range []string{"Zelensky", "الرئيس", "\xff", "٢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if Fold(once) != once {
			t.Errorf("Fold(Fold(%q)) != Fold(%q)", s, s)
		}
	})
}

func TestNodeMerge(t *testing.T) {
	n := &Node{ID: "p", Kind: Person, Name: "Volodymyr Zelensky", Aliases: []string{"Zelensky"}}
	changed := n.Merge(&Node{ID: "p", Kind: Person, Name: "زيلينسكي", Aliases: []string{"Zelensky"},
		Props: map[string]any{PropNameEn: "Volodymyr Zelensky"}})
	if !changed {
		t.Fatal("Merge reported no change")
	}
	// The name in the article's own language, not the English name it
	// also carries; the other names sorted.
	if got := n.Names(); !slices.Equal(got, []string{"زيلينسكي", "Volodymyr Zelensky", "Zelensky"}) {
		t.Errorf("names after merge = %q", got)
	}
	// The other order gives the same node.
	m := &Node{ID: "p", Kind: Person, Name: "زيلينسكي", Aliases: []string{"Zelensky"},
		Props: map[string]any{PropNameEn: "Volodymyr Zelensky"}}
	m.Merge(&Node{ID: "p", Kind: Person, Name: "Volodymyr Zelensky", Aliases: []string{"Zelensky"}})
	if !slices.Equal(m.Names(), n.Names()) || Prop(m.Props, PropNameEn) != Prop(n.Props, PropNameEn) {
		t.Errorf("merge depends on order: %q then %q", n.Names(), m.Names())
	}
	if Prop(n.Props, PropNameEn) != "Volodymyr Zelensky" {
		t.Errorf("props after merge = %v", n.Props)
	}
	if n.Merge(&Node{Name: "Zelensky"}) {
		t.Error("merging a known alias reported a change")
	}
}
