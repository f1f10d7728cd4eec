package lexicon

// A strmap is a read-only hash table from strings to uint32 values in flat
// little-endian arrays held in strings, so that one read from a cache
// file is used where it lies, like the tables of the embedded default.
// Collisions are resolved by linear probing; the hash is FNV-1a, fixed so
// that a table written by one run is valid in the next.
type strmap struct {
	keys  strtab // the keys, in insertion order
	vals  string // uint32 per key
	slots string // uint32 per slot (a power of two of them): 1 + key index, or 0 for none
}

// strmapSections is the number of sections a strmap is stored in.
const strmapSections = 4

func (m *strmap) sections() []string {
	return []string{m.keys.data, m.keys.off, m.vals, m.slots}
}

func strmapOf(secs []string) strmap {
	return strmap{keys: strtab{data: secs[0], off: secs[1]}, vals: secs[2], slots: secs[3]}
}

// valid reports whether the sections' sizes fit together. Lookups check
// each offset and slot they read, so that a damaged table gives wrong
// answers, never an out-of-range access.
func (m *strmap) valid() bool {
	n := m.keys.len()
	nslots := len(m.slots) / 4
	return len(m.keys.off)%4 == 0 && len(m.vals) == 4*n && len(m.slots)%4 == 0 && nslots&(nslots-1) == 0 && nslots >= n
}

// key returns key i, or "" and false when its offsets are damaged.
func (m *strmap) key(i int) (string, bool) {
	return safeAt(m.keys, i)
}

// safeAt returns t.at(i), or "" and false when i or its offsets are out
// of range.
func safeAt(t strtab, i int) (string, bool) {
	if i < 0 || i >= t.len() {
		return "", false
	}
	lo, hi := le32(t.off, i), le32(t.off, i+1)
	if lo > hi || int(hi) > len(t.data) {
		return "", false
	}
	return t.data[lo:hi], true
}

// strhash is FNV-1a, its bits mixed at the end (finishHash). It keys
// tables written to cache files, so it must not change.
func strhash(s string) uint64 { return finishHash(fnv(fnvOffset, s)) }

const fnvOffset = 14695981039346656037

// fnv goes on with FNV-1a from the state h over the bytes of s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// fnvJoined is fnv over the bytes of s less its separators (see
// isSeparator): the hash of the joined key of two words is found without
// building the key.
func fnvJoined(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		if !isSeparator(s[i]) {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
	}
	return h
}

func finishHash(h uint64) uint64 { return h ^ h>>29 }

// get returns the value of k, and whether k is in the table.
func (m *strmap) get(k string) (uint32, bool) {
	n := len(m.slots) / 4
	if n == 0 {
		return 0, false
	}
	mask := uint64(n - 1)
	i := strhash(k) & mask
	for range n {
		s := int(le32(m.slots, int(i)))
		if s == 0 || s > len(m.vals)/4 {
			return 0, false
		}
		if key, ok := m.key(s - 1); key == k && ok {
			return le32(m.vals, s-1), true
		}
		i = (i + 1) & mask
	}
	return 0, false
}

// A strmapBuilder is a growing hash table of the same layout, with keys
// held as strings; freeze turns it into a strmap.
type strmapBuilder struct {
	keys  []string
	vals  []uint32
	slots []uint32
}

func newStrmapBuilder(size int) *strmapBuilder {
	n := 16
	for n < 2*size {
		n *= 2
	}
	return &strmapBuilder{keys: make([]string, 0, size), vals: make([]uint32, 0, size), slots: make([]uint32, n)}
}

// slot returns the slot of k: the one holding it, or the empty one where
// it would go.
func (b *strmapBuilder) slot(k string) int {
	mask := uint64(len(b.slots) - 1)
	for i := strhash(k) & mask; ; i = (i + 1) & mask {
		if s := b.slots[i]; s == 0 || b.keys[s-1] == k {
			return int(i)
		}
	}
}

func (b *strmapBuilder) get(k string) (uint32, bool) {
	s := b.slots[b.slot(k)]
	if s == 0 {
		return 0, false
	}
	return b.vals[s-1], true
}

func (b *strmapBuilder) has(k string) bool {
	return b.slots[b.slot(k)] != 0
}

// put sets the value of k, replacing any it had.
func (b *strmapBuilder) put(k string, v uint32) {
	i := b.slot(k)
	if s := b.slots[i]; s != 0 {
		b.vals[s-1] = v
		return
	}
	b.keys = append(b.keys, k)
	b.vals = append(b.vals, v)
	b.slots[i] = uint32(len(b.keys))
	if 2*len(b.keys) > len(b.slots) {
		b.grow()
	}
}

func (b *strmapBuilder) grow() {
	b.slots = make([]uint32, 2*len(b.slots))
	mask := uint64(len(b.slots) - 1)
	for j, k := range b.keys {
		i := strhash(k) & mask
		for b.slots[i] != 0 {
			i = (i + 1) & mask
		}
		b.slots[i] = uint32(j + 1)
	}
}

func (b *strmapBuilder) freeze() strmap {
	return strmap{keys: newStrtab(b.keys), vals: u32s(b.vals), slots: u32s(b.slots)}
}
