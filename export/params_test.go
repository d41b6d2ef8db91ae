package export

import (
	"fmt"
	"strings"
	"testing"
)

// TestParams prints what Parse makes of each Params, or its error.
func TestParams(t *testing.T) {
	flag := func(param string) string { return "--" + param }
	for _, tc := range []struct {
		p    Params
		want string
	}{
		{Params{Fold: true}, "sel={ 0   [] 0 0} unfold=false layout= cluster= articles=false"},
		{Params{Diagram: true, Fold: true},
			"sel={ 0   [said called met visited wrote_to contacted holds_role] 0 0} unfold=false layout= cluster= articles=false"},
		{Params{Focus: "per-a", Depth: 2, From: "2026-03-01", To: "2026-03-31", Kinds: "called, met,called", MinWeight: 2, Limit: 5,
			Layout: "neato", Cluster: "country", Diagram: true},
			"sel={per-a 2 2026-03-01 2026-03-31 [called met] 2 5} unfold=true layout=neato cluster=country articles=false"},
		{Params{Kinds: "mentioned_in,said", Diagram: true}, "sel={ 0   [mentioned_in said] 0 0} unfold=true layout= cluster= articles=true"},
		{Params{From: "March"}, `error: --from "March" is not a date (want YYYY-MM-DD)`},
		{Params{To: "2026-02-30"}, `error: --to "2026-02-30" is not a date (want YYYY-MM-DD)`},
		{Params{Kinds: "called,phoned"}, `error: --kinds: unknown edge kind "phoned" (want `},
		{Params{MinWeight: -1}, "error: --depth, --min-weight and --limit cannot be negative"},
		{Params{Layout: "spring"}, `error: unknown --layout "spring" (want dot, sfdp, neato, fdp, circo, twopi)`},
		{Params{Cluster: "city"}, `error: unknown --cluster "city" (want country)`},
	} {
		sel, opt, err := tc.p.Parse(flag)
		got := fmt.Sprintf("sel=%v unfold=%v layout=%s cluster=%s articles=%v", sel, opt.Unfold, opt.Layout, opt.Cluster, opt.Articles)
		if err != nil {
			got = "error: " + err.Error()
		}
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%+v:\n got %s\nwant %s", tc.p, got, tc.want)
		}
	}
	// Without a name function, parameters are named as they are.
	if _, _, err := (Params{Limit: -1}).Parse(nil); err == nil || err.Error() != "depth, min-weight and limit cannot be negative" {
		t.Errorf("nil name: %v", err)
	}
}
