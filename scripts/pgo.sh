#!/usr/bin/env bash
# Regenerates cmd/lexcheck/default.pgo, the CPU profile `go build` uses to
# optimize lexcheck (profile-guided optimization: hot calls inlined): the
# profiles of checking one 20 MB file of generated news text and a
# repository of 2,000 Markdown files (BenchmarkCheckFile, BenchmarkCheckRepo),
# merged. Run it after changes to the hot paths of spell or lexicon.
# Usage: scripts/pgo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test ./cmd/lexcheck -pgo=off -run XXX -bench 'CheckFile/20MB' -cpu 1 -benchtime 8x \
	-o "$tmp/lexcheck.test" -cpuprofile "$tmp/file.prof" >/dev/null
go test ./cmd/lexcheck -pgo=off -run XXX -bench 'CheckRepo/jobs=1' -benchtime 5x \
	-o "$tmp/lexcheck.test" -cpuprofile "$tmp/repo.prof" >/dev/null
go tool pprof -proto "$tmp/file.prof" "$tmp/repo.prof" >cmd/lexcheck/default.pgo
