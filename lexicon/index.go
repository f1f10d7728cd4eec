package lexicon

import (
	"sort"
	"unicode/utf8"
)

// A trie is a read-only prefix tree over folded keys, laid out in flat
// arrays: the children of a node are contiguous and sorted by label.
// It answers bounded edit-distance queries (optimal string alignment:
// insertion, deletion, substitution and adjacent transposition cost 1)
// by walking only the branches that can still end within the bound.
type trie struct {
	label []rune   // the letter on the edge into the node
	first []int32  // index of the node's first child
	count []uint16 // number of children
	term  []int32  // index of the key that ends here, or -1
	keys  []string
}

// newTrie builds a trie over keys, which must be sorted and unique.
func newTrie(keys []string) *trie {
	t := &trie{keys: keys}
	rs := make([][]rune, len(keys))
	total := 1
	for i, k := range keys {
		rs[i] = []rune(k)
		total += len(rs[i])
	}
	t.label = make([]rune, 0, total)
	t.first = make([]int32, 0, total)
	t.count = make([]uint16, 0, total)
	t.term = make([]int32, 0, total)
	type span struct{ node, lo, hi, depth int }
	t.add(0, -1)
	queue := []span{{0, 0, len(keys), 0}}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		lo := s.lo
		if lo < s.hi && len(rs[lo]) == s.depth {
			t.term[s.node] = int32(lo)
			lo++
		}
		t.first[s.node] = int32(len(t.label))
		for i := lo; i < s.hi; {
			c := rs[i][s.depth]
			j := i + 1
			for j < s.hi && rs[j][s.depth] == c {
				j++
			}
			child := len(t.label)
			t.add(c, -1)
			t.count[s.node]++
			queue = append(queue, span{child, i, j, s.depth + 1})
			i = j
		}
	}
	return t
}

func (t *trie) add(label rune, term int32) {
	t.label = append(t.label, label)
	t.first = append(t.first, 0)
	t.count = append(t.count, 0)
	t.term = append(t.term, term)
}

// lookup returns the index of key, or -1.
func (t *trie) lookup(key string) int {
	i := sort.SearchStrings(t.keys, key)
	if i < len(t.keys) && t.keys[i] == key {
		return i
	}
	return -1
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
	if len(t.label) == 0 {
		return
	}
	q := []rune(query)
	if len(q) > 64 {
		return // not a word; the rows below would be wasted
	}
	n := len(q)
	maxDepth := n + maxDist
	rows := make([][]int8, maxDepth+2)
	buf := make([]int8, (maxDepth+2)*(n+1))
	for d := range rows {
		rows[d] = buf[d*(n+1) : (d+1)*(n+1)]
	}
	for j := 0; j <= n; j++ {
		rows[0][j] = int8(j)
	}
	md := int8(maxDist)
	var walk func(node int32, depth int, prevLabel rune)
	walk = func(node int32, depth int, prevLabel rune) {
		first, cnt := t.first[node], int32(t.count[node])
		for c := first; c < first+cnt; c++ {
			ch := t.label[c]
			d := depth + 1
			prev, cur := rows[d-1], rows[d]
			cur[0] = int8(d)
			rowMin := cur[0]
			for j := 1; j <= n; j++ {
				cost := int8(1)
				if q[j-1] == ch {
					cost = 0
				}
				v := prev[j-1] + cost
				if x := prev[j] + 1; x < v {
					v = x
				}
				if x := cur[j-1] + 1; x < v {
					v = x
				}
				if d > 1 && j > 1 && ch == q[j-2] && prevLabel == q[j-1] {
					if x := rows[d-2][j-2] + 1; x < v {
						v = x
					}
				}
				cur[j] = v
				if v < rowMin {
					rowMin = v
				}
			}
			if k := t.term[c]; k >= 0 && cur[n] <= md {
				fn(match{key: k, dist: cur[n]})
			}
			if rowMin <= md && d < maxDepth {
				walk(c, d, ch)
			}
		}
	}
	walk(0, 0, utf8.RuneError)
}
