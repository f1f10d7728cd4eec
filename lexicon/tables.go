package lexicon

import (
	"iter"
	"math/bits"
)

// derived holds what every lookup needs, computed from the entries on
// first need, or read from a cache (see open). The indexes for
// near-match and transliteration queries are built later still, on the
// first such query (see nameIndex, keyIndex): a run without a cache that
// meets no unknown name never pays for them.
//
// Its tables are flat, like those of the embedded default, so that a
// value read from a cache is used where it lies.
type derived struct {
	exact  strmap // exact spelling (apostrophes normalised) -> record
	fold   strmap // folded spelling -> record
	joined strmap // folded accepted spelling without separators -> 1 + strs index of the preferred spelling
	recs   string // per record, 4 uint32: Flags, entry index, 1 + strs index of Suggest and of Scheme (0: "")
	strs   strtab // the strings records and joined refer to
	filter string // a bitset (a power of two bytes, or none) over the keys of the three tables: see mayHave
}

// derivedSections is the number of sections derived is stored in.
const derivedSections = 3*strmapSections + 4

func (d *derived) sections() []string {
	secs := append(d.exact.sections(), d.fold.sections()...)
	secs = append(secs, d.joined.sections()...)
	return append(secs, d.recs, d.strs.data, d.strs.off, d.filter)
}

func derivedOf(secs []string) *derived {
	s := strmapSections
	return &derived{exact: strmapOf(secs[:s]), fold: strmapOf(secs[s : 2*s]), joined: strmapOf(secs[2*s : 3*s]),
		recs: secs[3*s], strs: strtab{data: secs[3*s+1], off: secs[3*s+2]}, filter: secs[3*s+3]}
}

// filterBitsPerKey is the size of derived's filter: with two bits a key,
// about one word in 70 that no table holds passes it.
const filterBitsPerKey = 16

// newFilter returns a bitset with the two bits of each key set.
func newFilter(keys ...[]string) string {
	n := 0
	for _, ks := range keys {
		n += len(ks)
	}
	size := uint64(64)
	for size < uint64(filterBitsPerKey*n) {
		size *= 2
	}
	b := make([]byte, size/8)
	for _, ks := range keys {
		for _, k := range ks {
			x, y := filterBits(strhash(k), size-1)
			b[x>>3] |= 1 << (x & 7)
			b[y>>3] |= 1 << (y & 7)
		}
	}
	return string(b)
}

// filterBits returns the two bits of hash h in a filter of mask+1 bits.
func filterBits(h, mask uint64) (uint64, uint64) {
	h *= 0x9E3779B97F4A7C15
	return h >> 7 & mask, bits.RotateLeft64(h, 32) & mask
}

// mayHave reports whether k may be a key of one of d's tables; false
// means it is in none. Most words a checker asks about are in none, and
// the filter tells so with one read where a table of 200,000 spellings
// takes a few cache misses (its slot, the key's offsets, its bytes).
func (d *derived) mayHave(k string) bool { return d.mayHaveHash(strhash(k)) }

// mayHaveHash is mayHave of the key whose strhash is h.
func (d *derived) mayHaveHash(h uint64) bool {
	n := uint64(len(d.filter)) * 8
	if n == 0 {
		return true
	}
	x, y := filterBits(h, n-1)
	return d.filter[x>>3]&(1<<(x&7)) != 0 && d.filter[y>>3]&(1<<(y&7)) != 0
}

// str returns the string of a reference (1 + strs index, or 0 for "").
func (d *derived) str(i uint32) string {
	s, _ := safeAt(d.strs, int(i)-1)
	return s
}

// flags returns the Flags of record rec; 0 if there is no such record.
func (d *derived) flags(rec uint32) Flags {
	if int(rec) >= len(d.recs)/16 {
		return 0
	}
	return Flags(le32(d.recs, 4*int(rec)))
}

// A record is what the house tables say of the spellings that lead to it.
type record struct {
	flags           Flags
	entry           int    // the index of the house entry that accepts or rejects them
	suggest, scheme string // as in Info
}

// record returns record rec, and false if there is none (only a damaged
// table leads to one).
func (d *derived) record(rec uint32) (record, bool) {
	if int(rec) >= len(d.recs)/16 {
		return record{}, false
	}
	r := 4 * int(rec)
	return record{flags: Flags(le32(d.recs, r)), entry: int(le32(d.recs, r+1)),
		suggest: d.str(le32(d.recs, r+2)), scheme: d.str(le32(d.recs, r+3))}, true
}

// nameIndex is the near-match index over house names.
type nameIndex struct {
	names *trie  // folded house spellings (each accepted spelling, and each of its words)
	spell strtab // the spellings with each names key, key after key
	off   string // uint32 per names key, and one more: the key's first spelling in spell
}

// nameSections is the number of sections a nameIndex is stored in.
const nameSections = trieSections + 3

func (n *nameIndex) sections() []string {
	return append(n.names.sections(), n.spell.data, n.spell.off, n.off)
}

func nameIndexOf(secs []string) *nameIndex {
	return &nameIndex{names: trieOf(secs[:trieSections]), spell: strtab{data: secs[trieSections], off: secs[trieSections+1]}, off: secs[trieSections+2]}
}

// spellings returns the house spellings of names key i, a key the trie
// gave.
func (n *nameIndex) spellings(i int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for j := le32(n.off, i); j < le32(n.off, i+1); j++ {
			s, ok := safeAt(n.spell, int(j))
			if !ok || !yield(s) {
				return
			}
		}
	}
}

// all returns every house spelling, in the order of their folded forms.
func (n *nameIndex) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range n.spell.len() {
			if s, _ := safeAt(n.spell, i); !yield(s) {
				return
			}
		}
	}
}

// keyIndex holds the house spellings by transliteration key.
type keyIndex struct {
	keys strmap // transliteration key -> index in ids
	ids  lists  // per key, the indexes in nameIndex.spell of its spellings
}

// keySections is the number of sections a keyIndex is stored in.
const keySections = strmapSections + 2

func (k *keyIndex) sections() []string { return append(k.keys.sections(), k.ids.off, k.ids.items) }

func keyIndexOf(secs []string) *keyIndex {
	return &keyIndex{keys: strmapOf(secs[:strmapSections]), ids: lists{off: secs[strmapSections], items: secs[strmapSections+1]}}
}

// empty reports whether k holds no key: there are no house names.
func (k *keyIndex) empty() bool { return k.keys.keys.len() == 0 }

// spellings returns the spellings of n that have the transliteration key key.
func (k *keyIndex) spellings(key string, n *nameIndex) iter.Seq[string] {
	return func(yield func(string) bool) {
		i, ok := k.keys.get(key)
		if !ok {
			return
		}
		for id := range k.ids.list(int(i)) {
			if s, ok := safeAt(n.spell, int(id)); ok && !yield(s) {
				return
			}
		}
	}
}

// lists holds lists of uint32 in two flat arrays: a uint32 per list, and
// one more, where the list starts in items; and the items end to end, a
// uint32 each.
type lists struct {
	off, items string
}

func newLists(ls [][]uint32) lists {
	off := make([]uint32, 0, len(ls)+1)
	var items []uint32
	for _, l := range ls {
		off = append(off, uint32(len(items)))
		items = append(items, l...)
	}
	off = append(off, uint32(len(items)))
	return lists{off: u32s(off), items: u32s(items)}
}

// len returns the number of lists.
func (ls lists) len() int { return max(0, len(ls.off)/4-1) }

// list returns the items of list i; none if i, or an offset, is out of range.
func (ls lists) list(i int) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		if i < 0 || i >= ls.len() {
			return
		}
		for j := le32(ls.off, i); j < le32(ls.off, i+1) && int(j) < len(ls.items)/4; j++ {
			if !yield(le32(ls.items, int(j))) {
				return
			}
		}
	}
}

// valid reports whether the tables' sizes fit together.
func (d *derived) valid() bool {
	return d.exact.valid() && d.fold.valid() && d.joined.valid() && len(d.recs)%16 == 0 &&
		len(d.strs.off)%4 == 0 && (len(d.strs.off) > 0 || len(d.strs.data) == 0) && len(d.filter)&(len(d.filter)-1) == 0
}

// valid reports whether the index's sizes fit together, and the links of
// its trie stay inside it: unlike the other tables, the trie is walked
// by code that does not check what it reads. It reads the trie's links
// (a few megabytes), on the first near-name query of a run.
func (n *nameIndex) valid() bool {
	t := n.names
	nodes := t.nodes()
	keys := t.keyCount()
	words := (nodes + 63) / 64
	if len(t.label)%4 != 0 || len(t.first) != 4*(nodes+1) || len(t.term) != 8*words || len(t.rank) != 4*words ||
		len(t.ids)%4 != 0 || len(n.spell.off)%4 != 0 || len(n.off) != 4*(keys+1) {
		return false
	}
	prev := uint32(0)
	for i := range nodes + 1 {
		f := le32(t.first, i)
		if f < prev || int(f) > nodes {
			return false
		}
		prev = f
	}
	r := 0
	for i := range words {
		if int(le32(t.rank, i)) != r {
			return false
		}
		r += bits.OnesCount64(le64(t.term, i))
	}
	if r != keys {
		return false
	}
	for i := range keys {
		if int(le32(t.ids, i)) >= keys {
			return false
		}
	}
	return true
}

// valid reports whether the index's sizes fit together.
func (k *keyIndex) valid() bool {
	return k.keys.valid() && len(k.ids.off) == 4*(k.keys.keys.len()+1) && len(k.ids.items)%4 == 0
}
