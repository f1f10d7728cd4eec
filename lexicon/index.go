package lexicon

import (
	"math/bits"
	"slices"
	"sync"
)

// A trie is a read-only prefix tree over folded keys, laid out
// breadth-first in flat little-endian arrays held in strings, so that the
// one generated for the embedded default is used where it lies, without
// being parsed or copied. The children of a node are contiguous and
// sorted by label, and the children of node i+1 follow those of node i, so
// node i's children are first[i] … first[i+1]-1.
//
// It answers bounded edit-distance queries (optimal string alignment:
// insertion, deletion, substitution and adjacent transposition cost 1) by
// walking only the branches that can still end within the bound.
type trie struct {
	first string // uint32 per node, and one more: index of the node's first child
	label string // uint32 per node: the letter on the edge into the node
	term  string // uint64 per 64 nodes: bit set where a key ends
	rank  string // uint32 per 64 nodes: keys ending before them
	ids   string // uint32 per key, in the order keys end in the layout: the key's index in the sorted input
}

func le32(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func le64(s string, i int) uint64 {
	s = s[8*i : 8*i+8]
	return uint64(le32(s, 0)) | uint64(le32(s, 1))<<32
}

func (t *trie) nodes() int { return len(t.label) / 4 }

// key returns the index of the key ending at node n, or -1.
func (t *trie) key(n int) int32 {
	w := le64(t.term, n/64)
	bit := uint64(1) << (n % 64)
	if w&bit == 0 {
		return -1
	}
	r := int(le32(t.rank, n/64)) + bits.OnesCount64(w&(bit-1))
	return int32(le32(t.ids, r))
}

// newTrie builds a trie over keys, which must be sorted and unique. Key
// indexes in its answers are indexes into keys.
func newTrie(keys []string) *trie {
	rs := make([][]rune, len(keys))
	total := 1
	for i, k := range keys {
		rs[i] = []rune(k)
		total += len(rs[i])
	}
	first := make([]uint32, 0, total+1)
	label := make([]uint32, 0, total)
	term := make([]uint64, (total+63)/64)
	ids := make([]uint32, 0, len(keys))
	type span struct{ lo, hi, depth int }
	label = append(label, 0)
	queue := make([]span, 1, total) // one span per node
	queue[0] = span{0, len(keys), 0}
	for n := 0; n < len(queue); n++ {
		s := queue[n]
		lo := s.lo
		if lo < s.hi && len(rs[lo]) == s.depth {
			term[n/64] |= 1 << (n % 64)
			ids = append(ids, uint32(lo))
			lo++
		}
		first = append(first, uint32(len(label)))
		for i := lo; i < s.hi; {
			c := rs[i][s.depth]
			j := i + 1
			for j < s.hi && rs[j][s.depth] == c {
				j++
			}
			label = append(label, uint32(c))
			queue = append(queue, span{i, j, s.depth + 1})
			i = j
		}
	}
	first = append(first, uint32(len(label)))
	term = term[:(len(label)+63)/64]
	rank := make([]uint32, len(term))
	r := 0
	for i, w := range term {
		rank[i] = uint32(r)
		r += bits.OnesCount64(w)
	}
	return &trie{first: u32s(first), label: u32s(label), term: u64s(term), rank: u32s(rank), ids: u32s(ids)}
}

func u32s(v []uint32) string {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	}
	return string(b)
}

func u64s(v []uint64) string {
	b := make([]byte, 0, 8*len(v))
	for _, x := range v {
		for k := 0; k < 64; k += 8 {
			b = append(b, byte(x>>k))
		}
	}
	return string(b)
}

// lookup returns the index of key, or -1.
func (t *trie) lookup(key string) int {
	if t.nodes() == 0 {
		return -1
	}
	n := 0
	for _, r := range key {
		lo, hi := int(le32(t.first, n)), int(le32(t.first, n+1))
		// The first child whose label is not below r, by binary search
		// (without a call per probe: lookups run for every distinct word).
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); le32(t.label, m) < uint32(r) {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == int(le32(t.first, n+1)) || le32(t.label, lo) != uint32(r) {
			return -1
		}
		n = lo
	}
	return int(t.key(n))
}

// A match is a key within the distance bound of a query.
type match struct {
	key  int32
	dist int8
}

// search calls fn for every key within maxDist of query. The cost is
// proportional to the part of the trie within reach of the bound, not to
// the number of keys.
func (t *trie) search(query string, maxDist int, fn func(m match)) {
	q := []rune(query)
	caps := make([]int8, len(q)+1)
	for j := range caps {
		caps[j] = int8(maxDist)
	}
	t.searchCapped(q, caps, fn)
}

// searchCapped calls fn for the keys within caps[len(q)] of q by an
// alignment that, wherever it has consumed the first j letters of q, has
// spent at most caps[j] edits; caps must not decrease. The distance
// reported is the least over such alignments, which is the keys's
// distance to q if one of them is optimal, and may be more otherwise.
//
// Caps of 0 or 1 on a query's first letters make a walk follow a few
// paths down from the root, where the trie is widest, instead of
// fanning out; several walks with different caps (and walks of the
// reversed trie) together cover every alignment within the bound.
func (t *trie) searchCapped(q []rune, caps []int8, fn func(m match)) {
	n := len(q)
	maxDist := int(caps[n])
	if t.nodes() == 0 || n > 64 || maxDist > 64 {
		return // an empty trie, or not a word: the rows below would be wasted
	}
	maxDepth := n + maxDist
	k := maxDist + 1
	w := walkers.Get().(*walker)
	defer w.release(q)
	w.t, w.n, w.md, w.cap0, w.maxDepth, w.fn = t, n, maxDist, int(caps[0]), maxDepth, fn
	w.end = 0
	if n > 0 {
		w.end = 1 << (n - 1)
	}
	w.rows = grow(w.rows, 2*k*(maxDepth+2))
	w.generic = w.rows[k*(maxDepth+2):]
	w.allow = grow(w.allow, k)
	for j := 1; j <= n; j++ {
		bit := uint64(1) << (j - 1)
		for e := 0; e <= int(caps[j]) && e < k; e++ {
			w.allow[e] |= bit
		}
		if r := q[j-1]; r >= 0 && r < 128 {
			w.ascii[r] |= bit
		} else if i := slices.IndexFunc(w.other, func(o letterMask) bool { return o.r == r }); i >= 0 {
			w.other[i].mask |= bit
		} else {
			w.other = append(w.other, letterMask{r, bit})
		}
	}
	// The root's row: the query's first j letters deleted, while the
	// caps allow.
	for j := 1; j <= n && j <= int(caps[j]); j++ {
		for e := j; e < k; e++ {
			w.rows[e] |= 1 << (j - 1)
		}
	}
	w.walk(0, 0, 0)
}

// A letterMask is a query letter outside ASCII and the columns it is in.
type letterMask struct {
	r    rune
	mask uint64
}

// A walker holds the state of one trie search. The rows are bit-parallel:
// for the key prefix of depth d and each e up to the bound, a word has
// bit j-1 set where the distance of the query's first j letters to the
// prefix, within the caps, is at most e. Column 0, the empty query
// prefix, is the depth itself, within caps[0]; it is not stored.
type walker struct {
	t        *trie
	n        int    // query length
	end      uint64 // column n
	md       int    // the bound
	cap0     int    // caps[0]
	maxDepth int
	rows     []uint64    // md+1 words per depth
	generic  []uint64    // per depth, the row of a label that is no query letter in reach
	allow    []uint64    // per e: the columns j whose cap is at least e
	ascii    [128]uint64 // per ASCII letter: the columns j where the query has it
	other    []letterMask
	fn       func(m match)
}

// walkers keeps walkers, and their buffers, between searches.
var walkers = sync.Pool{New: func() any { return new(walker) }}

// grow returns s with length n, zeroed.
func grow(s []uint64, n int) []uint64 {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// release clears what w holds of the search for q and puts it back in
// the pool.
func (w *walker) release(q []rune) {
	for _, r := range q {
		if r >= 0 && r < 128 {
			w.ascii[r] = 0
		}
	}
	w.t, w.fn, w.other = nil, nil, w.other[:0]
	walkers.Put(w)
}

// mask returns the columns j whose query letter is r.
func (w *walker) mask(r rune) uint64 {
	if r >= 0 && r < 128 {
		return w.ascii[r]
	}
	for _, o := range w.other {
		if o.r == r {
			return o.mask
		}
	}
	return 0
}

// walk visits the children of node, at depth+1; prev is the mask of
// node's label. A child whose label changes nothing in the row (it
// extends no alignment by a match or a swap) has the same row as any
// other such child: it is computed once, and when it rules a subtree out,
// such children cost a mask test each.
func (w *walker) walk(node, depth int, prev uint64) {
	t := w.t
	d := depth + 1
	k := w.md + 1
	first, end := int(le32(t.first, node)), int(le32(t.first, node+1))
	at := d * k
	cur := w.rows[at : at+k]
	if w.tight(d) {
		// Every edit is spent: a child lives only by matching the next
		// letter of one of the alignments, and only that word of its
		// row can be set.
		clear(cur[:k-1])
		next := w.rows[at-1] << 1 & w.allow[k-1]
		for c := first; c < end; c++ {
			m := w.mask(rune(le32(t.label, c)))
			if r := next & m; r != 0 {
				cur[k-1] = r
				w.below(c, d, m, cur)
			}
		}
		return
	}
	if end-first == 1 {
		m := w.mask(rune(le32(t.label, first)))
		if w.visit(cur, m, d, prev) {
			w.below(first, d, m, cur)
		}
		return
	}
	gen := w.generic[at : at+k]
	alive := w.visit(gen, 0, d, prev)
	live := w.live(d, prev)
	for c := first; c < end; c++ {
		m := w.mask(rune(le32(t.label, c)))
		if m&live != 0 {
			if w.visit(cur, m, d, prev) {
				w.below(c, d, m, cur)
			}
		} else if alive {
			copy(cur, gen)
			w.below(c, d, m, cur)
		}
	}
}

// live returns the columns j where a label with the query letter j
// changes the row at depth d from that of any other label: those that
// extend an alignment in the row above by a match, or in the row two
// above by a swap with the letter in the columns prev.
func (w *walker) live(d int, prev uint64) uint64 {
	k := w.md + 1
	col0 := func(x, e int) uint64 {
		if x <= e && x <= w.cap0 {
			return 1
		}
		return 0
	}
	live := w.rows[d*k-1]<<1 | col0(d-1, k-1)
	if d > 1 && k > 1 {
		live |= (w.rows[(d-1)*k-2]<<2 | col0(d-2, k-2)<<1) & prev >> 1
	}
	return live
}

// tight reports whether the rows above depth d, where the caps on
// column 0 no longer reach, have no alignment with an edit to spare:
// then the row at depth d has only matches.
func (w *walker) tight(d int) bool {
	if d-2 <= w.cap0 {
		return false
	}
	k := w.md + 1
	return k == 1 || w.rows[(d-1)*k+k-2] == 0 && w.rows[(d-2)*k+k-2] == 0
}

// below reports node c, at depth d and with row d filled in, if it ends a
// key within the bound, and walks on below it if keys there may be; m is
// the mask of its label.
func (w *walker) below(c, d int, m uint64, row []uint64) {
	if row[len(row)-1]&w.end != 0 || w.n == 0 {
		if key := w.t.key(c); key >= 0 {
			if dist := w.last(d, row); dist >= 0 {
				w.fn(match{key: key, dist: int8(dist)})
			}
		}
	}
	if d < w.maxDepth {
		w.walk(c, d, m)
	}
}

// last returns the distance of the whole query to the key prefix of
// depth d, within the caps, or -1 if it is over the bound.
func (w *walker) last(d int, row []uint64) int {
	if w.n == 0 {
		if d <= w.cap0 {
			return d
		}
		return -1
	}
	for e, r := range row {
		if r&w.end != 0 {
			return e
		}
	}
	return -1
}

// visit fills cur, the row at depth d for a node whose label is in the
// query columns m, below a node whose label is in the columns prev, and
// reports whether the node can lead to a key within the bound.
func (w *walker) visit(cur []uint64, m uint64, d int, prev uint64) bool {
	k := len(cur)
	at := d * k
	p := w.rows[at-k : at]
	allow := w.allow[:k]
	if d-2 <= w.cap0 {
		return w.visitTop(cur, p, m, d, prev)
	}
	// Deeper than the caps on column 0 reach: it is over them in every
	// row involved, and the swap transition has a row two up.
	pp := w.rows[at-2*k : at-k]
	trans := m << 1 & prev // columns j where a swap of the last two letters matches q[j-2:j]
	lower := p[0] << 1 & m & allow[0]
	cur[0] = lower
	for e := 1; e < k; e++ {
		r := p[e]<<1&m | p[e-1]<<1 | p[e-1] | lower<<1 | pp[e-1]<<2&trans
		a := allow[e]
		lower = r&a | lower&^a
		cur[e] = lower
	}
	return lower != 0
}

// visitTop is visit near the root, where column 0 is within the caps in
// some of the rows involved.
func (w *walker) visitTop(cur, p []uint64, m uint64, d int, prev uint64) bool {
	k := len(cur)
	var pp []uint64
	var trans uint64 // columns j where a swap of the last two letters matches q[j-2:j]
	if d > 1 {
		pp = w.rows[(d-2)*k : (d-1)*k]
		trans = m << 1 & prev
	}
	allow := w.allow[:k]
	// col0(x, e) is column 0 at depth x, within e edits, as a bit.
	col0 := func(x, e int) uint64 {
		if x <= e && x <= w.cap0 {
			return 1
		}
		return 0
	}
	var lower uint64 // the row within e-1 edits
	for e := range cur {
		r := (p[e]<<1 | col0(d-1, e)) & m
		if e > 0 {
			r |= p[e-1]<<1 | col0(d-1, e-1) | p[e-1] | lower<<1 | col0(d, e-1)
			if pp != nil {
				r |= (pp[e-1]<<2 | col0(d-2, e-1)<<1) & trans
			}
			r = r&allow[e] | lower&^allow[e]
		} else {
			r &= allow[0]
		}
		cur[e] = r
		lower = r
	}
	return lower != 0 || d <= w.cap0
}
