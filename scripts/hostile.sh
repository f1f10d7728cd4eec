#!/usr/bin/env bash
# Runs the hostile inputs and long runs of issue 22 against a fresh build of
# lexcheck and prints, for each, its exit status, wall time and peak memory
# (maximum resident set size, from /usr/bin/time -v, or /proc when that is
# missing). It measures; it asserts nothing: the tests do that.
#
#   row 1  one word of 10k-1M letters (Latin, Cyrillic)
#   row 2  soak: serve on 127.0.0.1, SOAK requests of 50 random words
#          (default 5,000, at most SOAK_SECONDS, default 120 s), RSS before/after
#   row 3  pathological Markdown and HTML shapes
#   row 4  a damaged house-lexicon cache (body overwritten)
#   row 5  --fix while a writer appends (lines lost, if any)
#   row 6  UTF-16LE/BE and UTF-32 files with a byte order mark
#   row 7  a FIFO named beside a file; a file over 256 MiB (sparse)
#   row 8  --diff on names with spaces and newlines; lexicons outside the
#          repository; 8,000 nested inline tables in .lexcheck.toml
#   row 9  a UTF-8 BOM column; 50,000 empty files
#
# Usage: scripts/hostile.sh [ROW...]   (rows 1-9; all by default; LIMIT=120
# seconds a command may run, SOAK and SOAK_SECONDS for row 2)
set -uo pipefail
cd "$(dirname "$0")/.."
SOAK=${SOAK:-5000}
SOAK_SECONDS=${SOAK_SECONDS:-120}
LIMIT=${LIMIT:-120} # seconds one command may run

tmp=$(mktemp -d)
server_pid=
cleanup() {
	[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
go build -o "$tmp/lexcheck" ./cmd/lexcheck || exit 2
lc=$tmp/lexcheck
export XDG_CACHE_HOME=$tmp/cache

# measure NAME CMD...: runs CMD (for at most LIMIT seconds) and prints one line.
measure() {
	local name=$1
	shift
	local out=$tmp/time.out status
	if [ -x /usr/bin/time ]; then
		timeout "$LIMIT" /usr/bin/time -v -o "$out" "$@" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
		status=$?
		local wall mem
		wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$out")
		mem=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out")
		printf '%-52s exit %-3s %10s  %8s KB\n' "$name" "$status" "$wall" "$mem"
	else
		local t0 t1
		t0=$(date +%s.%N)
		timeout "$LIMIT" "$@" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
		status=$?
		t1=$(date +%s.%N)
		printf '%-52s exit %-3s %9.2fs  (no /usr/bin/time: memory not measured)\n' "$name" "$status" "$(echo "$t1 - $t0" | bc)"
	fi
	[ "$status" = 124 ] && echo "    timed out after $LIMIT s"
}

rows=("$@")
[ ${#rows[@]} -eq 0 ] && rows=(1 2 3 4 5 6 7 8 9)
want() { [[ " ${rows[*]} " == *" $1 "* ]]; }

if want 1; then
	echo "== row 1: one long word"
	for n in 10000 40000 80000 1000000; do
		python3 -c "import sys; open(sys.argv[1],'w').write('The '+('abcdefghij'*($n//10))+' here.\n')" "$tmp/w.txt"
		measure "word of $n Latin letters" "$lc" check "$tmp/w.txt"
	done
	python3 -c "import sys; open(sys.argv[1],'w').write('Это '+('абвгдежзий'*4000)+' здесь.\n')" "$tmp/c.txt"
	measure "word of 40000 Cyrillic letters" "$lc" check "$tmp/c.txt"
fi

if want 3; then
	echo "== row 3: pathological Markdown and HTML"
	python3 - "$tmp" <<'EOF'
import sys
d = sys.argv[1]
shapes = {
    "link-tails.md": "[a](" * 100000 + " x\n",
    "image-tails.md": "![a](" * 100000 + " x\n",
    "angle-tails.md": "[a](<" * 100000 + " x\n",
    "list-markers.md": "- " * 100000 + "x\n",
    "ordered-markers.md": "1. " * 100000 + "x\n",
    "quote-markers.md": ">" * 100000 + " x\n",
    "nested-lists.md": "".join("  " * i + "- x\n" for i in range(3000)),
    "emphasis.md": "*a **a" * 40000 + " x\n",
    "titles-across-lines.md": '[a](b\n"' * 40000 + " x\n",
    "reference-defs.md": "[a]:\n" * 40000 + " x\n",
    "table-rows.md": "|a|\n|-|\n" * 40000 + " x\n",
    "backticks.md": "`" * 100000 + " x\n",
    "html-in-md.md": "<b>" * 100000 + " x\n",
    "tags.html": "<b>" * 100000 + " x\n",
    "unclosed-attrs.html": '<a title="' * 100000 + " x\n",
    "comments.html": "<!--" * 100000 + " x\n",
    "nested-divs.html": "<div>" * 100000 + " x\n",
}
for name, text in shapes.items():
    open(f"{d}/{name}", "w").write(text)
EOF
	for f in link-tails.md image-tails.md angle-tails.md list-markers.md ordered-markers.md quote-markers.md \
		nested-lists.md emphasis.md titles-across-lines.md reference-defs.md table-rows.md backticks.md \
		html-in-md.md tags.html unclosed-attrs.html comments.html nested-divs.html; do
		measure "$f ($(stat -c %s "$tmp/$f") bytes)" "$lc" check --no-default "$tmp/$f"
	done
fi

if want 4; then
	echo "== row 4: a damaged house-lexicon cache"
	python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    for i in range(25000):
        f.write('Name%dov\n' % i)
    f.write('Gaddafi !Qaddafi\n')" "$tmp/house.txt"
	echo "Colonel Qaddafi met Name12ov and Nane12ov." >"$tmp/h.txt"
	measure "house lexicon of 25,000 names, cache cold" "$lc" check --lexicon "$tmp/house.txt" "$tmp/h.txt"
	for idx in "$XDG_CACHE_HOME"/lexcheck/*.idx; do
		[ -f "$idx" ] || continue
		size=$(stat -c %s "$idx")
		python3 -c "
import sys
with open(sys.argv[1], 'r+b') as f:
    f.seek(int(sys.argv[2]) // 2)
    f.write(b'\xff' * 4096)" "$idx" "$size"
	done
	measure "the same, cache body overwritten" "$lc" check --lexicon "$tmp/house.txt" "$tmp/h.txt"
	grep -c $'\xff' "$tmp/stdout" >/dev/null && echo "    0xFF bytes in the findings"
fi

if want 5; then
	echo "== row 5: --fix while a writer appends"
	lost=0
	for trial in $(seq 1 20); do
		python3 -c "import sys; open(sys.argv[1],'w').write('The goverment met.\n'*2000)" "$tmp/f.txt"
		python3 -c "
import sys, time
with open(sys.argv[1], 'a') as f:
    for i in range(400):
        f.write('appended %d\n' % i); f.flush(); time.sleep(0.0005)" "$tmp/f.txt" &
		writer=$!
		sleep 0.05
		"$lc" check --fix "$tmp/f.txt" >/dev/null 2>&1
		wait "$writer"
		n=$(grep -c '^appended' "$tmp/f.txt")
		[ "$n" != 400 ] && lost=$((lost + 1))
	done
	echo "trials that lost appended lines: $lost of 20"
	printf 'The goverment met.\n' >"$tmp/a.txt"
	ln "$tmp/a.txt" "$tmp/b.txt"
	"$lc" check --fix "$tmp/a.txt" >/dev/null 2>&1
	grep -q government "$tmp/b.txt" && echo "hard link kept" || echo "hard link split"
fi

if want 6; then
	echo "== row 6: UTF-16 and UTF-32"
	python3 - "$tmp" <<'EOF'
import sys
d = sys.argv[1]
# One typo in much text: a word repeated thousands of times is taken as meant.
t = "The goverment met the oppenents.\n" + "Plain words here today.\n" * 40000
open(f"{d}/u16le.txt", "wb").write(b"\xff\xfe" + t.encode("utf-16-le"))
open(f"{d}/u16be.txt", "wb").write(b"\xfe\xff" + t.encode("utf-16-be"))
open(f"{d}/u32le.txt", "wb").write(b"\xff\xfe\x00\x00" + t.encode("utf-32-le"))
open(f"{d}/u32be.txt", "wb").write(b"\x00\x00\xfe\xff" + t.encode("utf-32-be"))
EOF
	for f in u16le u16be u32le u32be; do
		measure "$f.txt ($(stat -c %s "$tmp/$f.txt") bytes)" "$lc" check "$tmp/$f.txt"
		echo "    findings: $(grep -c misspell "$tmp/stdout")"
	done
fi

if want 7; then
	echo "== row 7: a FIFO and an oversized file"
	mkfifo "$tmp/p.txt"
	echo "The goverment met." >"$tmp/a.txt"
	measure "FIFO named before a file" "$lc" check "$tmp/p.txt" "$tmp/a.txt"
	sed 's/^/    /' "$tmp/stderr"
	truncate -s $((256 * 1024 * 1024 + 1)) "$tmp/big.txt"
	measure "file of 256 MiB + 1 byte (sparse)" "$lc" check "$tmp/big.txt"
	sed 's/^/    /' "$tmp/stderr"
fi

if want 8; then
	echo "== row 8: odd names, lexicons outside, deep TOML"
	mkdir -p "$tmp/r8/.git"
	printf 'The oppenents met.\n' >"$tmp/r8/a b.md"
	printf 'The oppenents met.\n' >"$tmp/r8/$(printf 'x\ny.md')"
	(cd "$tmp/r8" && "$lc" check --diff . >"$tmp/d.patch")
	if command -v patch >/dev/null; then
		(cd "$tmp/r8" && patch -p1 --dry-run <"$tmp/d.patch" >/dev/null 2>&1) && echo "patch -p1 applies the diff" || echo "patch -p1 refuses the diff"
	fi
	mkdir -p "$tmp/r8b/.git"
	echo 'lexicons = ["../../../etc/passwd"]' >"$tmp/r8b/.lexcheck.toml"
	echo "Text." >"$tmp/r8b/a.txt"
	measure "lexicons = [\"../../../etc/passwd\"]" "$lc" check "$tmp/r8b"
	sed 's/^/    /' "$tmp/stderr"
	mkdir -p "$tmp/r8c/.git"
	python3 -c "import sys; open(sys.argv[1],'w').write('x = '+'{a='*8000+'1'+'}'*8000+'\n')" "$tmp/r8c/.lexcheck.toml"
	echo "Text." >"$tmp/r8c/a.txt"
	measure "8,000 nested inline tables" "$lc" check "$tmp/r8c"
	sed 's/^/    /' "$tmp/stderr"
fi

if want 9; then
	echo "== row 9: BOM column, 50,000 empty files"
	printf '\xef\xbb\xbfThe goverment met.\n' >"$tmp/bom.txt"
	"$lc" check "$tmp/bom.txt" | sed 's/^/    /'
	mkdir -p "$tmp/empty"
	(cd "$tmp/empty" && seq -f 'e%05g.txt' 1 50000 | xargs touch)
	measure "50,000 empty files" "$lc" check "$tmp/empty"
	echo "    notes on standard error: $(wc -l <"$tmp/stderr")"
fi

if want 2; then
	echo "== row 2: soak of random words against serve (127.0.0.1)"
	port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")
	"$lc" serve --addr "127.0.0.1:$port" >"$tmp/serve.log" 2>&1 &
	server_pid=$!
	for _ in $(seq 50); do
		curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
		sleep 0.1
	done
	rss() { sed -n 's/^VmRSS:\s*//p' "/proc/$server_pid/status"; }
	echo "RSS at start: $(rss)"
	python3 - "$port" "$SOAK" "$SOAK_SECONDS" <<'EOF'
import json, random, string, sys, time, urllib.request
port, n, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
rng = random.Random(22)
t0 = time.time()
done = busy = 0
for i in range(n):
    if time.time() - t0 > limit:
        break
    words = " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 12))) for _ in range(50))
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/check", data=json.dumps({"text": words}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=30).read()
    except Exception:
        busy += 1
    done += 1
print(f"{done} requests in {time.time() - t0:.1f} s, {busy} failed")
EOF
	echo "RSS after: $(rss); peak: $(sed -n 's/^VmHWM:\s*//p' "/proc/$server_pid/status")"
	kill "$server_pid"
	wait "$server_pid" 2>/dev/null
	server_pid=
fi
