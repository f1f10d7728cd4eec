#!/usr/bin/env bash
# Regenerates lexcheck's embedded default data in lexicon/data/ (word lists
# per locale and the gazetteer) from SCOWL, Hunspell, iso-codes and GeoNames,
# then compiles them with the frequency list into lexicon/data/default.idx.
# Installs the Debian packages it needs when they are missing.
# Usage: scripts/gen-default.sh   (SHARED=path/to/shared to override ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(scowl wbritish wbritish-large wbritish-huge wamerican wamerican-large wamerican-huge
	hunspell-en-gb hunspell-en-us iso-codes)
missing=()
for p in "${pkgs[@]}"; do
	dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

versions=""
for p in scowl hunspell-en-gb hunspell-en-us iso-codes; do
	v=$(dpkg-query -W -f='${Version}' "$p")
	versions+="${versions:+, }$p $v"
done

go run ./lexicon/internal/gendefault \
	-shared "${SHARED:-../shared}/data" \
	-out lexicon/data \
	-versions "Debian packages $versions; GeoNames cities15000 as in shared/data"

# Compile the word lists, gazetteer and frequencies into the tables the
# binary embeds (lexicon/data/default.idx).
go generate ./lexicon
