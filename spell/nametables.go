package spell

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// The tables of a nameIndex, compiled for the embedded default (see
// namedata.go) and built for any other dictionary when a checker first
// meets a capitalised word: tens of thousands of names, each filed under
// its folded form and each form less one letter, and the letter runs of a
// hundred thousand. Over numbers, not strings, so that building them
// makes no string per form and no map.

// A formIndex files name indexes under the hash of a form (see
// formHash): a sorted run of little-endian uint64s, each a hash in the
// high 32 bits and a name's index in the low. Sorted, the names under one
// hash come in the order of their indexes, the order they were filed in;
// two forms whose hashes agree share their names, which near's distance
// check then sorts out. A string, so that the compiled index is used where
// it lies: looking a hash up is a binary search, and loading it costs no
// memory of its own.
type formIndex string

// sortedFormIndex returns the index of the entries, each a hash<<32 | id,
// sorted.
func sortedFormIndex(entries []uint64) formIndex {
	b := make([]byte, 8*len(entries))
	for i, e := range entries {
		binary.LittleEndian.PutUint64(b[8*i:], e)
	}
	return formIndex(b)
}

func (t formIndex) len() int { return len(t) / 8 }

func (t formIndex) at(i int) uint64 { return le64(string(t[8*i:])) }

// each calls fn with the index of each name filed under the hash h, in
// the order they were filed.
func (t formIndex) each(h uint32, fn func(id int32)) {
	lo, hi := 0, t.len()
	for lo < hi { // the first entry not below h's
		if m := int(uint(lo+hi) >> 1); t.at(m)>>32 < uint64(h) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < t.len(); lo++ {
		e := t.at(lo)
		if uint32(e>>32) != h {
			return
		}
		fn(int32(uint32(e)))
	}
}

// written returns s, a table fresh from make that is read before it is
// written, at random places, after writing each of its elements once, in
// order. Memory fresh from the system that is read first is mapped to a
// shared page of zeros, and the write after it then copies the page and
// flushes the TLB of every CPU the process runs on: an interrupt to each,
// costly in a virtual machine. In the tables of the well-known names that
// took a third of the check of a short article with a capitalised word.
func written[T any](s []T) []T {
	clear(s)
	return s
}

// formHash returns the hash of the form of rs less the letter at index
// skip (rs itself when skip is out of range): FNV-1a over the letters, then
// mixed so that its low bits, which pick a slot, depend on every letter.
// Thirty-two bits are kept: a table slot is then eight bytes, and the
// rare forms whose hashes agree are told apart by near's distance check.
func formHash(rs []rune, skip int) uint32 {
	h := uint64(14695981039346656037)
	for i, r := range rs {
		if i == skip {
			continue
		}
		h ^= uint64(r)
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return uint32(h)
}

// A shapeCounts counts letter runs, as eachShape packs them: four
// letters of 16 bits, '^' only first and '$' only last. Runs of the
// letters a to z and the ends, most of them, are counted in an array (a
// megabyte, with room for every such run: no hashing, no probing), the
// rest in a map. A count stops at 65,535.
type shapeCounts struct {
	dense []uint16 // by denseShape
	other map[uint64]int32
}

// denseRuns is the number of runs of four of the letters a-z or an end.
const denseRuns = 27 * 27 * 27 * 27

// denseShape returns the index in a shapeCounts' array of the run k, and
// false if k has a letter other than a to z.
func denseShape(k uint64) (int, bool) {
	i := 0
	for shift := 48; shift >= 0; shift -= 16 {
		c := 0 // an end: '^' and '$' stand in different places
		switch r := rune(k >> shift & 0xffff); {
		case 'a' <= r && r <= 'z':
			c = int(r-'a') + 1
		case r != '^' && r != '$':
			return 0, false
		}
		i = i*27 + c
	}
	return i, true
}

// add counts one more of the run k.
func (t *shapeCounts) add(k uint64) {
	if i, ok := denseShape(k); ok {
		if t.dense == nil {
			t.dense = written(make([]uint16, denseRuns))
		}
		if t.dense[i] < 1<<16-1 {
			t.dense[i]++
		}
		return
	}
	if t.other == nil {
		t.other = map[uint64]int32{}
	}
	t.other[k]++
}

// count returns how many of the run k were counted.
func (t *shapeCounts) count(k uint64) int32 {
	if i, ok := denseShape(k); ok {
		if t.dense == nil {
			return 0
		}
		return int32(t.dense[i])
	}
	return t.other[k]
}

// A shapeIndex is a shapeCounts compiled: the runs counted, sorted, as
// little-endian uint64s, and their counts as uint16s in the same order,
// in strings that the compiled name index leaves where they lie. fewer
// holds what remove took off them.
type shapeIndex struct {
	runs   string
	counts string
	fewer  map[uint64]int32
}

// index returns the counts as a shapeIndex.
func (t *shapeCounts) index() shapeIndex {
	var runs []uint64
	for i, n := range t.dense {
		if n != 0 {
			runs = append(runs, denseRun(i))
		}
	}
	for k := range t.other {
		runs = append(runs, k)
	}
	slices.Sort(runs)
	r, c := make([]byte, 8*len(runs)), make([]byte, 2*len(runs))
	for i, k := range runs {
		binary.LittleEndian.PutUint64(r[8*i:], k)
		binary.LittleEndian.PutUint16(c[2*i:], uint16(min(t.count(k), 1<<16-1)))
	}
	return shapeIndex{runs: string(r), counts: string(c)}
}

// denseRun returns the run whose index denseShape gives as i: an end is
// '^' first and '$' elsewhere, as eachShape packs them.
func denseRun(i int) uint64 {
	var k uint64
	for pos := 3; pos >= 0; pos-- {
		c := i % 27
		i /= 27
		r := rune('a' + c - 1)
		switch {
		case c == 0 && pos == 0:
			r = '^'
		case c == 0:
			r = '$'
		}
		k |= uint64(r) << (16 * (3 - pos))
	}
	return k
}

// count returns how many of the run k were counted.
func (t *shapeIndex) count(k uint64) int32 {
	n := len(t.runs) / 8
	lo, hi := 0, n
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); le64(t.runs[8*m:]) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == n || le64(t.runs[8*lo:]) != k {
		return 0
	}
	c := t.counts[2*lo:]
	return int32(uint16(c[0])|uint16(c[1])<<8) - t.fewer[k]
}

// remove counts one fewer of the run k, which must have been counted. It
// reports false, changing nothing, when the count is at its cap: it may
// stand for more.
func (t *shapeIndex) remove(k uint64) bool {
	if t.count(k) == 1<<16-1 {
		return false
	}
	if t.fewer == nil {
		t.fewer = map[uint64]int32{}
	}
	t.fewer[k]++
	return true
}

// A tripleCounts counts, per run of three letters (a to z, or an end:
// '^' before the first letter, '$' after the last), how often names have
// it.
type tripleCounts []uint32

// tripleIndex returns the index in a tripleCounts of the run a, b, c,
// and false if one of them is neither a letter a to z nor an end.
func tripleIndex(a, b, c rune) (int, bool) {
	i := 0
	for _, r := range [3]rune{a, b, c} {
		switch {
		case 'a' <= r && r <= 'z':
			i = i*27 + int(r-'a') + 1
		case r == '^' || r == '$':
			i *= 27 // an end: '^' stands only first and '$' only last, so one code serves both
		default:
			return 0, false
		}
	}
	return i, true
}

// ready makes the counts on first need.
func (t *tripleCounts) ready() {
	if *t == nil {
		*t = written(make(tripleCounts, 27*27*27))
	}
}

// addName counts the runs of the name w, folded (see lexicon.Fold).
func (t *tripleCounts) addName(w string) {
	t.ready()
	add := func(a, b, c rune) {
		if k, ok := tripleIndex(a, b, c); ok {
			(*t)[k]++
		}
	}
	var buf [64]byte // folded into a buffer on the stack, as eachShape does
	folded := lexicon.AppendFold(buf[:0], w)
	a, b := '^', rune(-1)
	for len(folded) > 0 {
		r, size := utf8.DecodeRune(folded)
		folded = folded[size:]
		if b >= 0 {
			add(a, b, r)
			a = b
		}
		b = r
	}
	if b >= 0 {
		add(a, b, '$')
	}
}

// addRun counts one more of the run of three packed in the low 48 bits
// of k, 16 bits a letter, as eachShape packs runs.
func (t *tripleCounts) addRun(k uint64) {
	t.ready()
	if i, ok := tripleIndex(rune(k>>32&0xffff), rune(k>>16&0xffff), rune(k&0xffff)); ok {
		(*t)[i]++
	}
}

// removeRun counts one fewer of the run of three in k, which addRun
// counted.
func (t tripleCounts) removeRun(k uint64) {
	if i, ok := tripleIndex(rune(k>>32&0xffff), rune(k>>16&0xffff), rune(k&0xffff)); ok {
		t[i]--
	}
}

// count returns how often names have the run a, b, c, or -1 when it is
// not counted (a letter other than a to z).
func (t tripleCounts) count(a, b, c rune) int {
	k, ok := tripleIndex(a, b, c)
	if !ok {
		return -1
	}
	if t == nil {
		return 0
	}
	return int(t[k])
}
