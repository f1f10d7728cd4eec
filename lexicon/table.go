package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A strtab is a sorted or ordered table of strings in two flat arrays:
// the strings end to end, and a uint32 offset per string plus one more.
// Its index, built on the first find, holds the first 8 bytes of every
// sampleEvery-th string as a big-endian number, so that find narrows its
// search in one small array before touching the strings; a table may
// carry a hash index instead (slots).
type strtab struct {
	data string
	off  string
	idx  *strIndex
	// slots, if not empty, is a hash index over the strings: uint32 per
	// slot (a power of two of them, at most half full), 1 + the index of
	// the string whose strhash leads there by linear probing, or 0. find
	// then costs a hash and a probe or two instead of a binary search.
	slots string
}

// hashSlots returns the slots of a hash index over t's strings (see
// strtab.slots).
func hashSlots(t strtab) string {
	n := t.len()
	size := 16
	for size < 2*n {
		size *= 2
	}
	slots := make([]uint32, size)
	mask := uint64(size - 1)
	for i := 0; i < n; i++ {
		j := strhash(t.at(i)) & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = uint32(i + 1)
	}
	return u32s(slots)
}

// findHashed is find through the hash index.
func (t strtab) findHashed(s string) int {
	n := len(t.slots) / 4
	mask := uint64(n - 1)
	i := strhash(s) & mask
	for range n {
		v := int(le32(t.slots, int(i)))
		if v == 0 || v > t.len() {
			return -1
		}
		if t.at(v-1) == s {
			return v - 1
		}
		i = (i + 1) & mask
	}
	return -1
}

type strIndex struct {
	once   sync.Once
	sample []uint64
}

const sampleEvery = 32

func newStrtab(ss []string) strtab {
	var b strings.Builder
	off := make([]uint32, 0, len(ss)+1)
	for _, s := range ss {
		off = append(off, uint32(b.Len()))
		b.WriteString(s)
	}
	off = append(off, uint32(b.Len()))
	return openStrtab(b.String(), u32s(off))
}

// openStrtab returns the table of the given sections.
func openStrtab(data, off string) strtab {
	return strtab{data: data, off: off, idx: &strIndex{}}
}

// sample returns the table's sampled prefixes, built on first use.
func (t strtab) sample() []uint64 {
	t.idx.once.Do(func() {
		n := t.len()
		t.idx.sample = make([]uint64, 0, (n+sampleEvery-1)/sampleEvery)
		for i := 0; i < n; i += sampleEvery {
			t.idx.sample = append(t.idx.sample, prefix8(t.at(i)))
		}
	})
	return t.idx.sample
}

// prefix8 returns the first 8 bytes of s (zero-padded) as a big-endian
// number: if a < b then prefix8(a) <= prefix8(b).
func prefix8(s string) uint64 {
	var p uint64
	for i := 0; i < 8; i++ {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

func (t strtab) len() int {
	if len(t.off) == 0 {
		return 0
	}
	return len(t.off)/4 - 1
}

func (t strtab) at(i int) string { return t.data[le32(t.off, i):le32(t.off, i+1)] }

// lowerBound returns the index of the first string of a sorted table
// that is not less than s, or t.len() if there is none.
func (t strtab) lowerBound(s string) int { return t.lowerBoundIn(s, 0, t.len()) }

// lowerBoundIn is lowerBound within the strings lo to hi of the table,
// which must hold it: hi if none of them is s or more.
func (t strtab) lowerBoundIn(s string, lo, hi int) int {
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); t.at(m) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// find returns the index of s in a sorted table, or -1.
func (t strtab) find(s string) int {
	if t.slots != "" {
		return t.findHashed(s)
	}
	lo, hi := 0, t.len()
	if sample := t.sample(); len(sample) > 0 {
		// Samples with a smaller prefix are smaller strings, samples
		// with a larger one larger strings.
		p := prefix8(s)
		a, b := 0, len(sample) // a: first sample >= p
		for a < b {
			if m := int(uint(a+b) >> 1); sample[m] < p {
				a = m + 1
			} else {
				b = m
			}
		}
		c, b := a, len(sample) // c: first sample > p
		for c < b {
			if m := int(uint(c+b) >> 1); sample[m] <= p {
				c = m + 1
			} else {
				b = m
			}
		}
		if a > 0 {
			lo = (a - 1) * sampleEvery
		}
		if c < len(sample) {
			hi = c * sampleEvery
		}
	}
	if i := t.lowerBoundIn(s, lo, hi); i < hi && t.at(i) == s {
		return i
	}
	return -1
}

func le16(s string, i int) uint16 {
	s = s[2*i : 2*i+2]
	return uint16(s[0]) | uint16(s[1])<<8
}

func u16s(v []uint16) string {
	b := make([]byte, 2*len(v))
	for i, x := range v {
		b[2*i], b[2*i+1] = byte(x), byte(x>>8)
	}
	return string(b)
}

// trieSections is the number of sections a trie is stored in.
const trieSections = 5

func (t *trie) sections() []string { return []string{t.first, t.label, t.term, t.rank, t.ids} }

func trieOf(secs []string) *trie {
	return &trie{first: secs[0], label: secs[1], term: secs[2], rank: secs[3], ids: secs[4]}
}

func (t *trie) keyCount() int { return len(t.ids) / 4 }

// newReverseTrie builds a trie over keys (sorted and unique) spelt
// backwards; its answers give the keys' indexes in keys.
func newReverseTrie(keys []string) *trie {
	type rk struct {
		s string
		i uint32
	}
	rs := make([]rk, len(keys))
	for i, k := range keys {
		rs[i] = rk{reverse(k), uint32(i)}
	}
	slices.SortFunc(rs, func(a, b rk) int { return strings.Compare(a.s, b.s) })
	sorted := make([]string, len(rs))
	for i, r := range rs {
		sorted[i] = r.s
	}
	t := newTrie(sorted)
	ids := make([]uint32, t.keyCount())
	for j := range ids {
		ids[j] = rs[le32(t.ids, j)].i
	}
	t.ids = u32s(ids)
	return t
}

// The compiled file: a magic string, the number of sections, an offset
// and a length per section (uint32 little-endian), then the sections,
// each starting at a multiple of 8 bytes.
const magic = "lexcheck compiled 1\n"

func joinSections(secs []string) []byte {
	head := len(magic) + 4 + 8*len(secs)
	pos := (head + 7) &^ 7
	b := make([]byte, 0, pos)
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(secs)))
	for _, s := range secs {
		b = binary.LittleEndian.AppendUint32(b, uint32(pos))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
		pos = (pos + len(s) + 7) &^ 7
	}
	for _, s := range secs {
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
		b = append(b, s...)
	}
	return b
}

func splitSections(data string) ([]string, error) {
	if !strings.HasPrefix(data, magic) || len(data) < len(magic)+4 {
		return nil, errors.New("not a compiled lexicon")
	}
	h := data[len(magic):]
	n := int(le32(h, 0))
	if len(h) < 4+8*n {
		return nil, errors.New("truncated header")
	}
	secs := make([]string, n)
	for i := range secs {
		off, size := int(le32(h, 1+2*i)), int(le32(h, 2+2*i))
		if off > len(data) || size > len(data)-off {
			return nil, fmt.Errorf("section %d out of bounds", i)
		}
		secs[i] = data[off : off+size]
	}
	return secs, nil
}
