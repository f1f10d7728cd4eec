package spell

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"unsafe"
)

// words are the distinct words of a document, each stored once: a word's
// text (entities decoded, apostrophes normalised) is text[token.word].
type words struct {
	text []string
	// Per word: its occurrences, and those not at a sentence start
	// (filled in by finish; while tokenizing the slots count).
	all, inside []int32
	// An open-addressing hash table with linear probing, at most half
	// full. A slot holds all a lookup needs, so that a word already seen
	// costs one cache line, however rare it is.
	slots   []wordSlot
	release func()       // frees slots (see bigTable)
	front   *frontCache  // if not nil, where a new word's string may be found, not made
	seed    maphash.Seed // random per document, for words of more than 16 bytes
	key     [2]uint64    // random per document, for the others
}

// A wordSlot is one slot of the words' table: 32 bytes, two to a cache
// line.
type wordSlot struct {
	lo, hi uint64 // the word's first 16 bytes, little-endian, zero-padded
	id     int32  // the word's index + 1; 0 for an empty slot
	meta   uint32 // the word's length in bytes (at most maxMetaLen) << 2 | its keep state
	all    uint32 // occurrences
	in     uint32 // occurrences not at a sentence start
}

// The keep states of a word (see [tokenizeKept]), in a slot's meta.
const (
	keepUnknown = 0 // not asked yet
	keepYes     = 1
	keepNo      = 2
	keepBits    = 3
)

// maxMetaLen is the largest length a slot's meta holds; longer words
// compare their text.
const maxMetaLen = 1<<30 - 1

// newWords returns an empty table for the words of a text of n bytes,
// sized for its likely number of distinct words (40,000 in 20 MB of
// news) so that it seldom grows.
func newWords(n int) words {
	size := 1024
	for size < n/256 && size < 1<<17 {
		size *= 2
	}
	if n < 4*size {
		// A short text has at most n/2 distinct words, most often a tenth
		// of n: a table of a quarter of n slots seldom grows, and a small
		// one costs less to clear and to read back (see finish), which
		// a check of many small files does for each.
		size = 64
		for size < n/4 {
			size *= 2
		}
	}
	// Room for the distinct words of most texts of n bytes (one in
	// eight bytes starts a new one in a short article), so that the list
	// seldom grows; a long text's list grows past the cap.
	ws := words{seed: maphash.MakeSeed(), text: make([]string, 0, min(n/8+16, 1<<14))}
	ws.slots, ws.release = wordTable(size)
	ws.key[0], ws.key[1] = maphash.Comparable(ws.seed, 0), maphash.Comparable(ws.seed, 1)
	return ws
}

// wordTable returns an empty table of size slots, a power of two, and a
// function that frees it. Tables of a huge page or more get memory of
// their own (see bigTable); smaller ones, one per document of a
// repository, are used again: a 2 KB article has 300 distinct words and a
// 32 KB table, which would otherwise be half of all the memory a check of
// many small files allocates.
func wordTable(size int) ([]wordSlot, func()) {
	if size*int(unsafe.Sizeof(wordSlot{})) >= hugePage {
		return bigTable[wordSlot](size)
	}
	kept := &wordTables[bits.Len(uint(size))]
	t := kept.get(func() *[]wordSlot { t := make([]wordSlot, size); return &t })
	clear(*t)
	return *t, func() { kept.put(t) }
}

// wordTables are the freed small tables, by the bit length of their size:
// at most four of each size, some 8 MB in all when every size is kept.
var wordTables [64]freeList[[]wordSlot]

func init() {
	for i := range wordTables {
		wordTables[i].max = 4
	}
}

// shortHash returns the hash of a word of n bytes, at most 16, whose
// bytes are lo and hi (see headOf). Longer words are hashed with maphash.
func (ws *words) shortHash(lo, hi uint64, n int) uint64 { return headHash(lo, hi, n, ws.key) }

// headHash returns the hash of a word of n bytes whose first 16 are lo and
// hi: one 128-bit multiply of them with key, as wyhash does.
func headHash(lo, hi uint64, n int, key [2]uint64) uint64 {
	h, l := bits.Mul64(lo^key[0], hi^key[1]^uint64(n))
	return h ^ l
}

// headOf returns the first 16 bytes of w, zero-padded, as two
// little-endian numbers. It reads them in two loads when w's array has
// room (the bytes past w are masked off).
func headOf(w []byte) (lo, hi uint64) {
	n := len(w)
	if cap(w) < 16 {
		return headSlow(w)
	}
	b := w[:16]
	lo, hi = binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
	if n >= 16 {
		return lo, hi
	}
	if n > 8 {
		return lo, hi & (1<<(8*(n-8)) - 1)
	}
	return lo & (1<<(8*n) - 1), 0 // n == 8 shifts by 64: all ones
}

// headSlow is headOf a byte at a time, for a word of either type whose
// array has no room for two loads.
func headSlow[T ~string | ~[]byte](w T) (lo, hi uint64) {
	var h [2]uint64
	for i := 0; i < len(w) && i < 16; i++ {
		h[i/8] |= uint64(w[i]) << (8 * (i % 8))
	}
	return h[0], h[1]
}

func metaLen(n int) uint32 { return uint32(min(n, maxMetaLen)) << 2 }

// intern returns the slot of the word w, adding the word if it is new,
// and counts the occurrence. Only a new word costs an allocation. The
// slot is valid until the next call.
func (ws *words) intern(w []byte, sentence bool) *wordSlot {
	s := ws.find(w)
	s.all++
	if !sentence {
		s.in++
	}
	return s
}

func (ws *words) find(w []byte) *wordSlot {
	n := len(w)
	lo, hi := headOf(w)
	size := metaLen(n)
	var h uint64
	if n <= 16 {
		h = ws.shortHash(lo, hi, n)
	} else {
		h = maphash.Bytes(ws.seed, w)
	}
	mask := len(ws.slots) - 1
	i := int(h) & mask
	for ; ; i = (i + 1) & mask {
		s := &ws.slots[i]
		if s.id == 0 {
			break
		}
		if s.lo == lo && s.hi == hi && s.meta&^keepBits == size && (n <= 16 || ws.text[s.id-1] == string(w)) {
			return s
		}
	}
	str, ok := "", false
	if ws.front != nil {
		str, ok = ws.front.spelling(lo, hi, w)
	}
	if !ok {
		str = string(w)
	}
	ws.text = append(ws.text, str)
	s := wordSlot{lo: lo, hi: hi, id: int32(len(ws.text)), meta: size}
	if 2*len(ws.text) > len(ws.slots) {
		ws.grow()
		i = ws.free(h)
	}
	ws.slots[i] = s
	return &ws.slots[i]
}

// free returns the free slot where a word of hash h goes.
func (ws *words) free(h uint64) int {
	mask := len(ws.slots) - 1
	i := int(h) & mask
	for ws.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	return i
}

// grow doubles the table, keeping it at most half full.
func (ws *words) grow() {
	old, release := ws.slots, ws.release
	defer release()
	ws.slots, ws.release = wordTable(2 * len(old))
	for _, o := range old {
		if o.id == 0 {
			continue
		}
		var h uint64
		if n := int(o.meta >> 2); n <= 16 {
			h = ws.shortHash(o.lo, o.hi, n)
		} else {
			h = maphash.String(ws.seed, ws.text[o.id-1])
		}
		ws.slots[ws.free(h)] = o
	}
}

// finish fills in the counts per word from the table, and frees the
// table.
func (ws *words) finish() {
	defer ws.drop()
	ws.all = make([]int32, len(ws.text))
	ws.inside = make([]int32, len(ws.text))
	for i := range ws.slots {
		if s := &ws.slots[i]; s.id != 0 {
			ws.all[s.id-1], ws.inside[s.id-1] = int32(s.all), int32(s.in)
		}
	}
}

// drop frees the table, if it is not freed yet: the words are done, or a
// fault (a mapped file cut short) stopped the tokenizer.
func (ws *words) drop() {
	if ws.release != nil {
		ws.release()
	}
	ws.slots, ws.release = nil, nil
}
