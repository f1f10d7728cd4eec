package spell

import (
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// The tables of a nameIndex, built each time a checker first meets a
// capitalised word: tens of thousands of names, each filed under its
// folded form and each form less one letter, and the letter runs of a
// hundred thousand. Open addressing over numbers, so that building them
// makes no string per form and no map.

// A formTable files name indexes under the hash of a form (see
// formHash). A lookup by hash gives the names filed under it in the order
// they were filed; two forms whose hashes agree share their names, which
// near's distance check then sorts out.
type formTable struct {
	slots []formSlot // a power of two of them, at most half full
	n     int
}

type formSlot struct {
	h  uint32
	id int32 // the name's index + 1; 0 for an empty slot
}

// add files the name with index id under the form hash h.
func (t *formTable) add(h uint32, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.put(formSlot{h: h, id: id + 1})
	t.n++
}

func (t *formTable) put(s formSlot) {
	mask := uint32(len(t.slots) - 1)
	i := s.h & mask
	for t.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// reserve makes room for n names more, so that filing them grows the
// table at most once: the name index knows how many forms it will file.
func (t *formTable) reserve(n int) {
	size := max(1024, len(t.slots))
	for 2*(t.n+n) > size {
		size *= 2
	}
	if size > len(t.slots) {
		t.resize(size)
	}
}

// grow doubles the table.
func (t *formTable) grow() { t.resize(max(1024, 2*len(t.slots))) }

// resize moves the slots into a table of size slots, a power of two. They
// are moved in table order from the start of each probe run, so that names
// under one hash keep the order they were filed in: a slot's probe run is
// moved whole, in order.
func (t *formTable) resize(size int) {
	old := t.slots
	t.slots = written(make([]formSlot, size))
	if len(old) == 0 {
		return
	}
	// Start after an empty slot: a probe run that wraps around the end is
	// then moved from its start.
	start := 0
	for start < len(old) && old[start].id != 0 {
		start++
	}
	for k := range old {
		if s := old[(start+k)%len(old)]; s.id != 0 {
			t.put(s)
		}
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

// each calls fn with the index of each name filed under the hash h, in
// the order they were filed.
func (t *formTable) each(h uint32, fn func(id int32)) {
	if len(t.slots) == 0 {
		return
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; t.slots[i].id != 0; i = (i + 1) & mask {
		if t.slots[i].h == h {
			fn(t.slots[i].id - 1)
		}
	}
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

// remove counts one fewer of the run k, which must have been counted. It
// reports false, changing nothing, when the count is at its cap: it may
// stand for more.
func (t *shapeCounts) remove(k uint64) bool {
	if i, ok := denseShape(k); ok {
		if t.dense[i] == 1<<16-1 {
			return false
		}
		t.dense[i]--
		return true
	}
	if t.other[k]--; t.other[k] == 0 {
		delete(t.other, k)
		if len(t.other) == 0 {
			t.other = nil // as a count of no such runs leaves it
		}
	}
	return true
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
