#!/usr/bin/env bash
# Measures how many typing slips in well-known names lexcheck catches in
# real news, and what else the slips make it flag. In each of N Reuters
# articles (../shared/bench/reuters-train.tar.gz, or the archive
# $BENCH_TEXT names) one capitalised name the word lists know (SCOWL size
# 80 or less, not a lower-case word), used once in the article and in at
# most three articles of the sample, is typed with one slip: a letter
# dropped, doubled or added beside its key, two neighbours swapped, or a
# neighbouring key; a slip that gives a word below SCOWL's rarest size is
# drawn again. The articles stay in a temporary directory: the text is for
# measuring only and is never copied into the repository.
#
# It prints recall (a flag on the slip), the first suggestion right of
# those caught, by slip and by the name's SCOWL size, and the flags that
# lexcheck gives on the slipped articles but not on the same articles
# untouched. Tune on one parity of file numbers and report on the other.
#
# usage: scripts/name-slips.sh [PARITY [N [SEED]]]   (PARITY 0: even-numbered
# files, the default; 1: odd; VERBOSE=1 lists the misses and new flags)
set -euo pipefail
cd "$(dirname "$0")/.."
parity=${1:-0}
n=${2:-1500}
seed=${3:-$((7 + 4 * parity))}
. scripts/lib/bench-text.sh
bench_text name-slips.sh || exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar xzf "$BENCH_TEXT" -C "$tmp"
src=$(dirname "$(find "$tmp" -name '*.txt' -print -quit)")
zcat lexicon/data/words-en-GB.tsv.gz | grep -v '^#' >"$tmp/words.tsv"
go build -o "$tmp/lexcheck" ./cmd/lexcheck
mkdir "$tmp/slipped" "$tmp/untouched"

python3 - "$src" "$tmp" "$parity" "$n" "$seed" <<'EOF'
import os, random, re, sys
src, tmp, parity, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
random.seed(seed)
size, lower = {}, set()
for line in open(os.path.join(tmp, 'words.tsv'), encoding='utf-8'):
    w, t, flags = line.rstrip('\n').split('\t')
    if w[:1].islower():
        lower.add(w)
    if w not in size or int(t) < size[w][0]:
        size[w] = (int(t), flags)
rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
pos = {c: (r, i) for r, row in enumerate(rows) for i, c in enumerate(row)}
def beside(c):
    if c not in pos:
        return []
    r, i = pos[c]
    out = []
    for rr, ii in [(r, i - 1), (r, i + 1), (r - 1, i), (r - 1, i + 1), (r + 1, i), (r + 1, i - 1)]:
        if 0 <= rr < 3 and 0 <= ii < len(rows[rr]):
            out.append(rows[rr][ii])
    return out
def slip(w, kind):
    i = random.randrange(1, len(w))
    if kind == 'drop':
        return w[:i] + w[i + 1:]
    if kind == 'double':
        return w[:i] + w[i] + w[i:]
    if kind == 'swap':
        return None if i + 1 >= len(w) or w[i] == w[i + 1] else w[:i] + w[i + 1] + w[i] + w[i + 2:]
    b = beside(w[i])
    if not b:
        return None
    return w[:i] + random.choice(b) + (w[i + 1:] if kind == 'key' else w[i:])
def known(s):
    return s in size and size[s][0] < 95 or s.lower() in lower
files = sorted(f for f in os.listdir(src) if f.endswith('.txt') and int(f.split('.')[0]) % 2 == parity)
random.shuffle(files)
used, labels = {}, []
for f in files:
    if len(labels) >= n:
        break
    text = open(os.path.join(src, f), encoding='utf-8', errors='replace').read()
    toks = re.findall(r'\b[A-Z][a-z]{2,}\b', text)
    names = sorted(t for t in set(toks) if toks.count(t) == 1 and t in size and 'p' in size[t][1]
                   and size[t][0] <= 80 and t.lower() not in lower and used.get(t, 0) < 3)
    if not names:
        continue
    name = random.choice(names)
    used[name] = used.get(name, 0) + 1
    for _ in range(10):
        kind = random.choice(['drop', 'double', 'swap', 'key', 'add'])
        typo = slip(name, kind)
        if typo and typo != name and not known(typo):
            break
    else:
        continue
    at = re.search(r'\b%s\b' % name, text).start()
    slipped = text[:at] + typo + text[at + len(name):]
    open(os.path.join(tmp, 'slipped', f), 'w', encoding='utf-8').write(slipped)
    open(os.path.join(tmp, 'untouched', f), 'w', encoding='utf-8').write(text)
    labels.append((f, slipped[:at].count('\n') + 1, typo, name, kind, size[name][0]))
with open(os.path.join(tmp, 'labels.tsv'), 'w') as out:
    for l in labels:
        out.write('\t'.join(map(str, l)) + '\n')
EOF

"$tmp/lexcheck" check --format json "$tmp/slipped" >"$tmp/slipped.json" || true
"$tmp/lexcheck" check --format json "$tmp/untouched" >"$tmp/untouched.json" || true

VERBOSE=${VERBOSE:-} python3 - "$tmp" <<'EOF'
import collections, json, os, sys
tmp = sys.argv[1]
def findings(name):
    return json.load(open(os.path.join(tmp, name)))['findings']
def where(x):
    return (os.path.basename(x['file']), x['line'], x['word'])
labels = {}
for line in open(os.path.join(tmp, 'labels.tsv')):
    f, ln, typo, name, kind, size = line.rstrip('\n').split('\t')
    labels[(f, int(ln), typo)] = (name, kind, int(size))
got = {where(x): x for x in findings('slipped.json')}
before = {(os.path.basename(x['file']), x['word']) for x in findings('untouched.json')}
caught = right = 0
total, hit = collections.Counter(), collections.Counter()
missed = []
for k, (name, kind, size) in sorted(labels.items()):
    group = 'size<=50' if size <= 50 else 'size>50'
    total[kind] += 1
    total[group] += 1
    x = got.get(k)
    if x is None:
        missed.append((k[2], name, kind, size))
        continue
    caught += 1
    hit[kind] += 1
    hit[group] += 1
    right += bool(x['suggestions']) and x['suggestions'][0] == name
added = [x for k, x in got.items() if k not in labels and (k[0], k[2]) not in before]
print(f"{len(labels)} slips: recall {caught / len(labels):.3f} ({caught}), first suggestion right {right / max(caught, 1):.3f} ({right}); flags added elsewhere {len(added)}")
print('  ' + '  '.join(f"{k} {hit[k]}/{total[k]}" for k in sorted(total)))
if os.environ.get('VERBOSE'):
    for m in missed:
        print('  missed', *m)
    for x in added:
        print('  added', os.path.basename(x['file']), x['word'], x['suggestions'][:1])
EOF
