#!/usr/bin/env bash
# Compares lexcheck with misspell (github.com/golangci/misspell), which
# only matches a fixed list of known misspellings, on real news: the
# Reuters-21578 TRAIN articles (../shared/bench/reuters-train.tar.gz, or
# the archive $BENCH_TEXT names; 12,865 articles, 11.6 MB). It prints, from
# ROUNDS rounds that alternate the programs (medians; wall time, and CPU
# time where one core is used, which a busy machine disturbs less):
#   the articles joined into one file, GOMAXPROCS=1: lexcheck's MB/s (en-GB,
#   the default, and --locale en-US, as the text is) / misspell's;
#   the articles as a directory, GOMAXPROCS=1, --jobs 1: likewise;
#   the directory with --jobs 2 on two cores / --jobs 1;
#   start-up (a one-line file, and one real article: the first by name of
#   2 KB or more, whose capitalised words make lexcheck open its index of
#   well-known names) and peak memory of each.
# With GENERATED=1 it also generates 20 MB of news-like text and two house
# lexicons of 200,000 names (internal/newstext: only generated text has a
# cast of names a generated lexicon can hold) and measures those.
# Installs misspell with go install; uses hyperfine and /usr/bin/time when
# present. Usage: scripts/bench-peers.sh   (ROUNDS=5 to change the rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
MISSPELL_VERSION=v0.8.0
ROUNDS=${ROUNDS:-5}
. scripts/lib/bench-text.sh
bench_text bench-peers.sh || exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp/bin" go install "github.com/golangci/misspell/cmd/misspell@$MISSPELL_VERSION"
go build -o "$tmp/bin/lexcheck" ./cmd/lexcheck
misspell=$tmp/bin/misspell lexcheck=$tmp/bin/lexcheck
mkdir "$tmp/dir"
tar xzf "$BENCH_TEXT" -C "$tmp/dir"
find "$tmp/dir" -name '*.txt' | sort | xargs cat >"$tmp/news.txt"
files=$(find "$tmp/dir" -name '*.txt' | wc -l)
echo "The goverment said it would recieve the report on Tuesday." >"$tmp/line.txt"
article=$(find "$tmp/dir" -name '*.txt' -size +2k | sort | sed -n 1p) # sed reads on: head would end the pipe early (pipefail)

# measure COMMAND...: "WALL CPU" in seconds (exit status 1 = findings, not an error)
measure() {
	local t0 t1 cpu
	if [ -x /usr/bin/time ]; then
		t0=$(date +%s%N)
		/usr/bin/time -f '%U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
		t1=$(date +%s%N)
		cpu=$(tail -1 "$tmp/t" | awk '{print $1 + $2}')
	else
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		t1=$(date +%s%N)
		cpu=?
	fi
	echo "$(echo "scale=4; ($t1 - $t0) / 1000000000" | bc) $cpu"
}
# median of the numbers on standard input
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# mean wall time in ms of a quick command
startup() {
	if command -v hyperfine >/dev/null; then
		hyperfine -N -i --warmup 3 --min-runs 30 --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
		python3 -c "import json;print(round(json.load(open('$tmp/h.json'))['results'][0]['mean']*1000,1))"
	else
		local s=0
		for _ in $(seq 20); do s=$(echo "$s + $(measure "$@" | cut -d' ' -f1)" | bc); done
		echo "scale=1; $s * 1000 / 20" | bc
	fi
}
# peak resident memory in MB
peak() {
	if [ -x /usr/bin/time ]; then
		{ /usr/bin/time -f %M "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{printf "%.0f", $1/1024}'
	else
		echo "?"
	fi
}
ratio() { echo "scale=2; $1 / $2" | bc; }
size=$(stat -c %s "$tmp/news.txt")
mbs() { echo "scale=1; $size / 1000000 / $1" | bc; }

# The cases, alternated round by round: NAME GOMAXPROCS COMMAND...
cases=(
	"m-file 1 $misspell $tmp/news.txt"
	"l-file 1 $lexcheck check $tmp/news.txt"
	"u-file 1 $lexcheck check --locale en-US $tmp/news.txt"
	"m-dir 1 $misspell $tmp/dir"
	"l-dir 1 $lexcheck check --jobs 1 $tmp/dir"
	"u-dir 1 $lexcheck check --locale en-US --jobs 1 $tmp/dir"
	"l-dir1 2 $lexcheck check --jobs 1 $tmp/dir"
	"l-dir2 2 $lexcheck check --jobs 2 $tmp/dir"
)
for _ in $(seq "$ROUNDS"); do
	for c in "${cases[@]}"; do
		read -r name procs cmd <<<"$c"
		# shellcheck disable=SC2086 # cmd is words
		echo "$(GOMAXPROCS=$procs measure $cmd)" >>"$tmp/$name"
	done
done
wall() { cut -d' ' -f1 "$tmp/$1" | median; }
cpu() { cut -d' ' -f2 "$tmp/$1" | median; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "text: $(echo "scale=1; $size/1000000" | bc) MB of Reuters news in $files articles; misspell $MISSPELL_VERSION; medians of $ROUNDS rounds"
printf '%-40s %14s %14s %14s\n' "MB/s, wall (cpu)" misspell "lexcheck" "--locale en-US"
for t in file dir; do
	printf '%-40s %14s %14s %14s\n' "$t, GOMAXPROCS=1" "$(mbs "$(wall m-$t)") ($(mbs "$(cpu m-$t)"))" \
		"$(mbs "$(wall l-$t)") ($(mbs "$(cpu l-$t)"))" "$(mbs "$(wall u-$t)") ($(mbs "$(cpu u-$t)"))"
done
for t in file dir; do
	echo "ratio vs misspell, $t: $(ratio "$(wall m-$t)" "$(wall l-$t)")x wall, $(ratio "$(cpu m-$t)" "$(cpu l-$t)")x cpu; en-US $(ratio "$(wall m-$t)" "$(wall u-$t)")x wall, $(ratio "$(cpu m-$t)" "$(cpu u-$t)")x cpu (target >= $([ $t = file ] && echo 10 || echo 5))"
done
echo "directory, 2 cores: --jobs 2 is $(ratio "$(wall l-dir1)" "$(wall l-dir2)")x --jobs 1 (wall; target >= 1.6)"
printf '%-40s %14s %14s\n' "" misspell lexcheck
printf '%-40s %14s %14s\n' "start-up, one-line file (ms)" "$(startup "$misspell" "$tmp/line.txt")" "$(startup "$lexcheck" check "$tmp/line.txt")"
printf '%-40s %14s %14s\n' "start-up, one article (ms)" "$(startup "$misspell" "$article")" "$(startup "$lexcheck" check "$article")"
printf '%-40s %14s %14s\n' "peak memory, one-line file (MB)" "$(peak "$misspell" "$tmp/line.txt")" "$(peak "$lexcheck" check "$tmp/line.txt")"
printf '%-40s %14s %14s\n' "peak memory, the joined file (MB)" "$(peak "$misspell" "$tmp/news.txt")" "$(peak "$lexcheck" check "$tmp/news.txt")"
[ "${GENERATED:-}" = 1 ] || exit 0

echo
echo "generated text (internal/newstext) and house lexicons of 200,000 generated names:"
MB=20
go run ./internal/newstext/gennews -mb "$MB" >"$tmp/gen.txt"
go run ./internal/newstext/gennews -lexicon 200000 >"$tmp/names.txt"
go run ./internal/newstext/gennews -lexicon 200000 -dense >"$tmp/near.txt"
gsize=$(stat -c %s "$tmp/gen.txt")
best() { for _ in 1 2 3; do measure "$@" | cut -d' ' -f1; done | sort -n | head -1; }
gmbs() { echo "scale=1; $gsize / 1000000 / $1" | bc; }
export GOMAXPROCS=1
m_t=$(best "$misspell" "$tmp/gen.txt")
l_t=$(best "$lexcheck" check "$tmp/gen.txt")
h_t=$(best "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/gen.txt")
n_t=$(best "$lexcheck" check --lexicon "$tmp/near.txt" "$tmp/gen.txt")
unset GOMAXPROCS
printf '%-34s %10s %10s %10s %10s\n' "" misspell lexcheck "+200k names" "+200k near"
printf '%-34s %10s %10s %10s %10s\n' "$MB MB, GOMAXPROCS=1 (MB/s)" "$(gmbs "$m_t")" "$(gmbs "$l_t")" "$(gmbs "$h_t")" "$(gmbs "$n_t")"
printf '%-34s %10s %10s %10s\n' "start-up, one-line file (ms)" "" "" "$(startup "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/line.txt")"
printf '%-34s %10s %10s %10s\n' "peak memory, $MB MB file (MB)" "$(peak "$misspell" "$tmp/gen.txt")" "$(peak "$lexcheck" check "$tmp/gen.txt")" "$(peak "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/gen.txt")"
echo "with 200k house names: throughput $(ratio "$l_t" "$h_t")x of without (target >= 0.7); near names (worst case): $(ratio "$l_t" "$n_t")x"
