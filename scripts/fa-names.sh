#!/usr/bin/env bash
# Counts false alarms on names the dictionary knows: N proper names drawn
# (deterministically) from the embedded word list, each in a sentence of its
# own, checked against a house lexicon. A name the house does not spell is
# not an error, so every flag is a false alarm unless the name really is a
# variant of a house name (Qaddafi for Gaddafi).
#
# usage: scripts/fa-names.sh HOUSE_LEXICON [N]
set -euo pipefail
cd "$(dirname "$0")/.."
lex=${1:?usage: scripts/fa-names.sh HOUSE_LEXICON [N]}
n=${2:-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/lexcheck" ./cmd/lexcheck
zcat lexicon/data/words-en-GB.tsv.gz |
	awk -F'\t' '$3 ~ /p/ && $1 ~ /^[A-Z][a-z]+$/ && length($1) >= 4 {print $1}' |
	shuf -n "$n" --random-source=<(yes) |
	awk '{print "He met " $1 " there."}' >"$tmp/names.txt"
"$tmp/lexcheck" check --lexicon "$lex" "$tmp/names.txt" >"$tmp/flags.txt" || true
echo "$(wc -l <"$tmp/flags.txt") of $(wc -l <"$tmp/names.txt") names flagged"
cut -d: -f4- "$tmp/flags.txt"
