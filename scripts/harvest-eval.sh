#!/usr/bin/env bash
# Measures `lexcheck lexicon harvest` on a labelled archive made at run time
# from the eval set's dev articles (cmd/internal/harvest/internal/harvesteval):
# names misspelt in about one use in eight, some of them names the default
# knows, and articles about other real people whose names share most letters
# with names of the archive. It harvests a draft, checks the archive with the
# draft and with the default alone, and prints the share of misspelt uses
# flagged with the right spelling first and the false alarms the draft adds.
# The archive lives in a temporary folder, removed at the end.
# Usage: scripts/harvest-eval.sh [-v]   (SHARED=path/to/shared to override ../shared,
#        LEXCHECK=path/to/lexcheck to measure another build, SEED=n for other slips)
set -euo pipefail
cd "$(dirname "$0")/.."

dev="${SHARED:-../shared}/eval/dev"
[ -d "$dev/articles" ] || { echo "harvest-eval: $dev/articles not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT

lexcheck="${LEXCHECK:-}"
if [ -z "$lexcheck" ]; then
	lexcheck="$tmp/lexcheck"
	go build -o "$lexcheck" ./cmd/lexcheck
fi
go build -o "$tmp/harvesteval" ./cmd/internal/harvest/internal/harvesteval

"$tmp/harvesteval" make --articles "$dev/articles" --labels "$dev/labels.tsv" \
	--out "$tmp/archive" --truth "$tmp/truth.tsv" --seed "${SEED:-1}"
"$lexcheck" lexicon harvest "$tmp/archive" >"$tmp/draft.txt"

# check exits 1 when it finds anything.
check() { "$lexcheck" check --format json "$@" "$tmp/archive" || [ $? -eq 1 ]; }
check --lexicon "$tmp/draft.txt" >"$tmp/draft.json"
check >"$tmp/default.json"

"$tmp/harvesteval" score --truth "$tmp/truth.tsv" --draft "$tmp/draft.json" --default "$tmp/default.json" "$@"
