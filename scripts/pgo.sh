#!/usr/bin/env bash
# Regenerates cmd/lexcheck/default.pgo, the CPU profile `go build` uses to
# optimize lexcheck (profile-guided optimization: hot calls inlined): the
# profiles of checking the Reuters articles joined into one file and as a
# directory of one article a file (BenchmarkCheckFile and
# BenchmarkCheckRepo/reuters on one core), merged. It needs the articles
# (../shared/bench/reuters-train.tar.gz; see internal/benchtext) and stops
# without them, so that a profile of generated text never replaces one of
# real news. Run it after changes to the hot paths of spell or lexicon.
# Usage: scripts/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f ../shared/bench/reuters-train.tar.gz ]; then
	echo "pgo.sh: no real news at ../shared/bench/reuters-train.tar.gz; profile not regenerated" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test ./cmd/lexcheck -pgo=off -run XXX -bench 'CheckFile' -cpu 1 -benchtime 4x \
	-o "$tmp/lexcheck.test" -cpuprofile "$tmp/file.prof" >/dev/null
go test ./cmd/lexcheck -pgo=off -run XXX -bench 'CheckRepo/reuters' -cpu 1 -benchtime 2x \
	-o "$tmp/lexcheck.test" -cpuprofile "$tmp/repo.prof" >/dev/null
go tool pprof -proto "$tmp/file.prof" "$tmp/repo.prof" >cmd/lexcheck/default.pgo
