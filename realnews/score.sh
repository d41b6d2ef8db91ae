#!/usr/bin/env bash
# Scores the extractors on the real-article development set and on the
# development corpus, in one table each:
#   bash realnews/score.sh            # tune, check, ../shared/corpus
#   bash realnews/score.sh -v tune    # per-article misses of one split (tune only: never read check's)
# The texts must be in place first (realnews/README.md, "Rebuilding the texts").
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=()
if [ "${1:-}" = "-v" ]; then verbose=(-v); shift; fi
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(tune check corpus)
go build -o newsgraph ./cmd/newsgraph
for s in "${sets[@]}"; do
	case "$s" in
	corpus) dir=../shared/corpus ;;
	tune | check) dir=realnews/$s ;;
	*) echo "unknown set $s (tune, check, corpus)" >&2; exit 2 ;;
	esac
	if [ "$s" = check ] && [ ${#verbose[@]} -gt 0 ]; then
		echo "check is scored, never inspected: no -v for it" >&2; exit 2
	fi
	missing=0
	for g in "$dir"/*.gold.json; do [ -f "${g%.gold.json}.txt" ] || missing=$((missing + 1)); done
	echo "== $s ($dir)${missing:+, $missing texts missing}" | sed 's/, 0 texts missing//'
	python3 ../shared/eval/score.py --dir "$dir" --bin ./newsgraph "${verbose[@]}"
	echo
done
