package lexicon

import (
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"
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
		c := lo + sort.Search(hi-lo, func(i int) bool { return le32(t.label, lo+i) >= uint32(r) })
		if c == hi || le32(t.label, c) != uint32(r) {
			return -1
		}
		n = c
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
	w := &walker{t: t, q: q, caps: caps, md: int8(maxDist), maxDepth: maxDepth, fn: fn}
	w.rows = make([][]int8, maxDepth+2)
	w.generic = make([][]int8, maxDepth+2)
	buf := make([]int8, 2*(maxDepth+2)*(n+1))
	for d := range w.rows {
		w.rows[d] = buf[d*(n+1) : (d+1)*(n+1)]
		w.generic[d] = buf[(maxDepth+2+d)*(n+1) : (maxDepth+3+d)*(n+1)]
	}
	for i := range buf {
		buf[i] = int8(maxDist + 1)
	}
	for j := 0; j <= n && j <= int(caps[j]); j++ {
		w.rows[0][j] = int8(j)
	}
	// Per depth, the band of columns and the query letters in reach of
	// it, sorted and unique.
	w.band = make([][2]int, maxDepth+2)
	w.letters = make([][]rune, maxDepth+2)
	for d := 1; d < len(w.band); d++ {
		lo, hi := max(1, d-maxDist), min(n, d+maxDist)
		w.band[d] = [2]int{lo, hi}
		if lo <= hi {
			ls := slices.Clone(q[max(0, lo-2):hi])
			slices.Sort(ls)
			w.letters[d] = slices.Compact(ls)
		}
	}
	w.walk(0, 0, utf8.RuneError)
}

// A walker holds the state of one trie search: row d of rows is the
// distance of the query's prefixes to the key prefix of depth d, within
// the caps, computed only within the band of columns where it can be
// within the bound (cells outside it, or over their column's cap, hold
// md+1, which is all the walk needs to know of them).
type walker struct {
	t        *trie
	q        []rune
	caps     []int8
	md       int8 // the bound
	maxDepth int
	rows     [][]int8
	generic  [][]int8 // per depth, the row of a label that is no query letter in reach
	band     [][2]int // per depth, the columns computed
	letters  [][]rune // per depth, the query letters in reach of the band
	fn       func(m match)
}

// walk visits the children of node, at depth+1. A child whose label
// matches no query letter in reach has the same row as any other such
// child: it is computed once. When that row rules a subtree out, only the
// children whose labels are query letters in reach are visited, found by
// merging the two sorted lists, instead of every child.
func (w *walker) walk(node, depth int, prevLabel rune) {
	t := w.t
	d := depth + 1
	lo, hi := w.band[d][0], w.band[d][1]
	first, end := int(le32(t.first, node)), int(le32(t.first, node+1))
	if end-first <= 4 {
		for c := first; c < end; c++ {
			if ch := rune(le32(t.label, c)); w.visit(ch, d, lo, hi, prevLabel) {
				w.below(c, d, hi, ch)
			}
		}
		return
	}
	alive := w.visit(-1, d, lo, hi, prevLabel)
	if alive {
		copy(w.generic[d], w.rows[d])
	}
	ls := w.letters[d]
	k := 0
	fresh := true // rows[d] holds the generic row
	for c := first; c < end; c++ {
		ch := rune(le32(t.label, c))
		for k < len(ls) && ls[k] < ch {
			k++
		}
		if k < len(ls) && ls[k] == ch {
			fresh = false
			if w.visit(ch, d, lo, hi, prevLabel) {
				w.below(c, d, hi, ch)
			}
			continue
		}
		if !alive {
			if k == len(ls) {
				return // no more letters in reach
			}
			// Skip to the next child labelled with a letter in reach.
			next := c + 1 + sort.Search(end-c-1, func(i int) bool { return rune(le32(t.label, c+1+i)) >= ls[k] })
			c = next - 1
			continue
		}
		if !fresh {
			copy(w.rows[d], w.generic[d])
			fresh = true
		}
		w.below(c, d, hi, ch)
	}
}

// below reports node c, at depth d and with row d filled in, if it ends a
// key within the bound, and walks on below it if keys there may be.
func (w *walker) below(c, d, hi int, ch rune) {
	if cur := w.rows[d]; hi == len(w.q) && cur[hi] <= w.md {
		if k := w.t.key(c); k >= 0 {
			w.fn(match{key: k, dist: cur[hi]})
		}
	}
	if d < w.maxDepth {
		w.walk(c, d, ch)
	}
}

// visit fills row d for a node whose label is ch (-1: a letter not in the
// query) below a node labelled prevLabel, and reports whether the node can
// lead to a key within the bound.
func (w *walker) visit(ch rune, d, lo, hi int, prevLabel rune) bool {
	md := w.md
	// Sliced to the band, so that the loop needs no bounds checks, and
	// written with min and conditional moves, not branches the data
	// would mispredict.
	q, caps := w.q[:hi], w.caps[:hi+1]
	prev, cur := w.rows[d-1][:hi+1], w.rows[d][:hi+1]
	var pp []int8
	if d > 1 {
		pp = w.rows[d-2][:hi+1]
	}
	c0 := md + 1
	if d <= int(caps[0]) {
		c0 = int8(d)
	}
	cur[0] = c0
	rowMin := c0
	left := cur[lo-1]
	for j := lo; j <= hi; j++ {
		var sub int8
		if q[j-1] != ch {
			sub = 1
		}
		v := min(prev[j-1]+sub, prev[j]+1, left+1)
		if j > 1 && ch == q[j-2] && prevLabel == q[j-1] && d > 1 {
			v = min(v, pp[j-2]+1)
		}
		if v > caps[j] {
			v = md + 1
		}
		cur[j] = v
		left = v
		rowMin = min(rowMin, v)
	}
	return rowMin <= md
}
