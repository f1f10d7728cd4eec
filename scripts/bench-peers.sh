#!/usr/bin/env bash
# Compares lexcheck with misspell (github.com/golangci/misspell), which
# only matches a fixed list of known misspellings, on generated news-like
# text (internal/newstext), and prints lexcheck's ratios:
#   throughput on a 20 MB file at GOMAXPROCS=1 (lexcheck MB/s / misspell MB/s),
#   start-up: wall time on a one-line file (lexcheck / misspell),
#   peak memory of each, and the same with a 200,000-name house lexicon:
#   the names the text uses and 199,600 others (the target), and, as a
#   worst case, 200,000 names one or two edits from nearly every name the
#   text uses, which flags tens of thousands of them ("near names").
# Installs misspell with go install; uses hyperfine and /usr/bin/time when
# present. Usage: scripts/bench-peers.sh   (MB=20 to change the size)
set -euo pipefail
cd "$(dirname "$0")/.."
MISSPELL_VERSION=v0.8.0
MB=${MB:-20}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOBIN="$tmp/bin" go install "github.com/golangci/misspell/cmd/misspell@$MISSPELL_VERSION"
go build -o "$tmp/bin/lexcheck" ./cmd/lexcheck
misspell=$tmp/bin/misspell lexcheck=$tmp/bin/lexcheck
go run ./internal/newstext/gennews -mb "$MB" >"$tmp/news.txt"
go run ./internal/newstext/gennews -lexicon 200000 >"$tmp/names.txt"
go run ./internal/newstext/gennews -lexicon 200000 -dense >"$tmp/near.txt"
echo "The goverment said it would recieve the report on Tuesday." >"$tmp/line.txt"

# wall SECONDS of a command (exit status 1 = findings, not an error)
wall() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null || [ $? -eq 1 ]
	t1=$(date +%s%N)
	echo "scale=4; ($t1 - $t0) / 1000000000" | bc
}
# best of 3 wall times
best() { for _ in 1 2 3; do wall "$@"; done | sort -n | head -1; }
# mean wall time in ms of a quick command
startup() {
	if command -v hyperfine >/dev/null; then
		hyperfine -N -i --warmup 3 --min-runs 30 --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
		python3 -c "import json;print(round(json.load(open('$tmp/h.json'))['results'][0]['mean']*1000,1))"
	else
		local s=0
		for _ in $(seq 20); do s=$(echo "$s + $(wall "$@")" | bc); done
		echo "scale=1; $s * 1000 / 20" | bc
	fi
}
# peak resident memory in MB
peak() {
	if [ -x /usr/bin/time ]; then
		{ /usr/bin/time -f %M "$@" >/dev/null 2>/dev/null || true; } 2>&1
		/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
	else
		echo "?"
	fi
}
ratio() { echo "scale=2; $1 / $2" | bc; }

size=$(stat -c %s "$tmp/news.txt")
mbs() { echo "scale=1; $size / 1000000 / $1" | bc; }

export GOMAXPROCS=1
m_t=$(best "$misspell" "$tmp/news.txt")
l_t=$(best "$lexcheck" check "$tmp/news.txt")
h_t=$(best "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/news.txt")
n_t=$(best "$lexcheck" check --lexicon "$tmp/near.txt" "$tmp/news.txt")
unset GOMAXPROCS
m_s=$(startup "$misspell" "$tmp/line.txt")
l_s=$(startup "$lexcheck" check "$tmp/line.txt")
h_s=$(startup "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/line.txt")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3)"
echo "text: $(echo "scale=1; $size/1000000" | bc) MB generated news-like English; misspell $MISSPELL_VERSION"
printf '%-34s %10s %10s %10s\n' "" misspell lexcheck "+200k names"
printf '%-34s %10s %10s %10s\n' "throughput, GOMAXPROCS=1 (MB/s)" "$(mbs "$m_t")" "$(mbs "$l_t")" "$(mbs "$h_t")"
printf '%-34s %10s %10s %10s\n' "start-up, one-line file (ms)" "$m_s" "$l_s" "$h_s"
printf '%-34s %10s %10s %10s\n' "peak memory, one-line file (MB)" "$(peak "$misspell" "$tmp/line.txt")" "$(peak "$lexcheck" check "$tmp/line.txt")" "$(peak "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/line.txt")"
printf '%-34s %10s %10s %10s\n' "peak memory, $MB MB file (MB)" "$(peak "$misspell" "$tmp/news.txt")" "$(peak "$lexcheck" check "$tmp/news.txt")" "$(peak "$lexcheck" check --lexicon "$tmp/names.txt" "$tmp/news.txt")"
echo "ratios (lexcheck / misspell): throughput $(ratio "$m_t" "$l_t")x (target >= 10), start-up $(ratio "$l_s" "$m_s")x (target <= 2)"
echo "with 200k house names: throughput $(ratio "$l_t" "$h_t")x of without (target >= 0.7), start-up $(ratio "$h_s" "$m_s")x misspell's"
echo "with 200k near names (worst case, $( { "$lexcheck" check --lexicon "$tmp/near.txt" "$tmp/news.txt" || true; } | wc -l) flags): $(mbs "$n_t") MB/s, $(ratio "$l_t" "$n_t")x of without"
