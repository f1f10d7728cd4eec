package lexicon

import (
	"iter"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/lexcheck/lexcheck/lexicon/translit"
)

// Flags say what a lexicon knows of a spelling.
type Flags uint16

// The flags of a spelling.
const (
	Word         Flags = 1 << iota // an ordinary dictionary word (not only a name)
	Proper                         // the dictionary knows it as a proper name
	Variant                        // an accepted variant spelling that is not suggested
	Place                          // the gazetteer knows it as a place name or an alternate name of one
	House                          // a house lexicon accepts it
	Rejected                       // a house lexicon rejects it
	HouseVariant                   // another spelling of a place or name whose house spelling is Info.Suggest
)

// Info is what a lexicon knows of one spelling.
type Info struct {
	Flags   Flags
	Tier    int    // dictionary frequency tier (SCOWL size: 10 most common … 95 rarest); 0 if not a dictionary word
	Entry   *Entry // the house entry that accepts or rejects the spelling, if any
	Suggest string // the spelling to suggest instead (for Rejected and HouseVariant)
	Scheme  string // for a HouseVariant romanized from the entry's original script: the scheme that made it
}

// Known reports whether the spelling is accepted as it is.
func (i Info) Known() bool {
	return i.Flags&(Word|Proper|Variant|Place|House) != 0 && i.Flags&(Rejected|HouseVariant) == 0
}

// A Lexicon is an immutable set of known spellings: house entries, and
// optionally a dictionary and a gazetteer. It is safe for concurrent use by
// multiple goroutines. Indexes are built on first need.
type Lexicon struct {
	ents    *entrySet   // the house entries; nil if none
	dict    *dictionary // may be nil
	gaz     *gazetteer  // may be nil
	sources []source    // the house lexicons the entries came from, in order; nil if not all are known

	once      sync.Once
	d         *derived
	cached    *houseCache // the tables read from a cache file, or nil
	cacheTo   *[32]byte   // the cache key of a lexicon worth a cache file, or nil
	namesOnce sync.Once
	n         *nameIndex
	keysOnce  sync.Once
	k         *keyIndex
}

// A source is a house lexicon read by [Load]: what the cache of its
// tables is keyed by.
type source struct {
	sum     [32]byte // SHA-256 of the lexicon's bytes
	entries int      // the number of entries it gave
}

func newHouse(entries []Entry) *Lexicon {
	return &Lexicon{ents: &entrySet{n: len(entries), list: entries}}
}

// An entrySet is the house entries of a lexicon. [Load] checks the whole
// text but builds the entries only on first need: a run whose tables come
// from a cache file (see houseCache) builds none, and one that meets a few
// house spellings builds only theirs (see entry).
type entrySet struct {
	n    int // the number of entries
	src  string
	name string
	at   []uint64 // per entry: the byte offset of its line in src << 32 | its line number
	once sync.Once
	done atomic.Bool // list is built
	list []Entry
	one  sync.Map // entry index -> *Entry: the entries entry returned
}

// all returns the entries, parsing them on first need.
func (s *entrySet) all() []Entry {
	if s == nil {
		return nil
	}
	s.once.Do(func() {
		if s.list == nil && s.n > 0 {
			list, err := parse(s.src, s.name)
			if err != nil || len(list) != s.n {
				// Load checked this very text with the same code.
				panic("lexicon: a checked lexicon no longer parses: " + s.name)
			}
			s.list = list
		}
		s.done.Store(true)
	})
	return s.list
}

// entry returns entry i (in range), parsing only its line if all has not
// built the list. The same i gives the same pointer every time.
func (s *entrySet) entry(i int) *Entry {
	if e, ok := s.one.Load(i); ok {
		return e.(*Entry)
	}
	var e *Entry
	if s.done.Load() || s.at == nil {
		e = &s.all()[i]
	} else {
		off, line := int(s.at[i]>>32), int(uint32(s.at[i]))
		text := s.src[off:]
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			text = text[:k]
		}
		text = strings.TrimSuffix(text, "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		var pool []string
		one, _, err := parseText(text, &pool)
		if err != nil {
			panic("lexicon: a checked lexicon no longer parses: " + s.name)
		}
		one.File, one.Line = s.name, line
		e = &one
	}
	got, _ := s.one.LoadOrStore(i, e)
	return got.(*Entry)
}

// len returns the number of entries, without building them.
func (s *entrySet) len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// entries returns the house entries, building them on first need.
func (l *Lexicon) entries() []Entry { return l.ents.all() }

// HasHouse reports whether l has house entries, its own or merged in.
// Without them no word is a house name or another spelling of one.
func (l *Lexicon) HasHouse() bool { return l.ents.len() > 0 }

// Entries returns the house entries, in the order they were loaded.
// The caller must not modify them.
func (l *Lexicon) Entries() []Entry { return l.entries() }

// Merge returns a lexicon that knows what each of ls knows. House entries
// keep their order; where two house entries disagree about a spelling, the
// later lexicon wins (a later file refines an earlier one). House entries
// outrank the dictionary and the gazetteer, which come from the first
// lexicon in ls that has them.
func Merge(ls ...*Lexicon) *Lexicon {
	m := &Lexicon{}
	known := true // every house lexicon's source is known
	withEntries := 0
	for _, l := range ls {
		if l == nil {
			continue
		}
		if l.ents.len() > 0 {
			withEntries++
			known = known && len(l.sources) > 0
		}
		if m.dict == nil {
			m.dict = l.dict
		}
		if m.gaz == nil {
			m.gaz = l.gaz
		}
	}
	var all []Entry
	for _, l := range ls {
		if l == nil || l.ents.len() == 0 {
			continue
		}
		if withEntries == 1 {
			m.ents = l.ents // immutable: shared, not copied, nor parsed yet
		} else {
			all = append(all, l.entries()...)
		}
		if known {
			m.sources = append(m.sources, l.sources...)
		}
	}
	if withEntries > 1 {
		m.ents = &entrySet{n: len(all), list: all}
	}
	return m
}

// derived holds what every lookup needs, computed from the entries on
// first need, or read from a cache file (see houseCache). The indexes for
// near-match and transliteration queries are built later still, on the
// first such query (see nameIndex, keyIndex): a run that meets no unknown
// name never pays for them.
//
// Its tables are flat, like those of the embedded default, so that a
// cache file is used where it lies.
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

func (d *derived) flags(rec uint32) Flags {
	if int(rec) >= len(d.recs)/16 {
		return 0
	}
	return Flags(le32(d.recs, 4*int(rec)))
}

// info returns the Info of record rec of l's entries. A record out of
// range (only a damaged cache file has one) is the zero Info.
func (d *derived) info(l *Lexicon, rec uint32) Info {
	r := 4 * int(rec)
	if int(rec) >= len(d.recs)/16 || int(le32(d.recs, r+1)) >= l.ents.len() {
		return Info{}
	}
	return Info{Flags: Flags(le32(d.recs, r)), Entry: l.ents.entry(int(le32(d.recs, r+1))),
		Suggest: d.str(le32(d.recs, r+2)), Scheme: d.str(le32(d.recs, r+3))}
}

// houseInfo returns what table m (of l's derived tables d) says of key:
// the zero Info if nothing.
func (l *Lexicon) houseInfo(d *derived, m *strmap, key string) Info {
	if !d.mayHave(key) {
		return Info{}
	}
	rec, ok := m.get(key)
	if !ok {
		return Info{}
	}
	return d.info(l, rec)
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

// keyIndex holds the house spellings by transliteration key.
type keyIndex struct {
	keys  strmap // transliteration key -> list index
	off   string // uint32 per list, and one more: the list's first item
	items string // uint32 per item: a spelling's index in nameIndex.spell
}

// keySections is the number of sections a keyIndex is stored in.
const keySections = strmapSections + 2

func (k *keyIndex) sections() []string { return append(k.keys.sections(), k.off, k.items) }

func keyIndexOf(secs []string) *keyIndex {
	return &keyIndex{keys: strmapOf(secs[:strmapSections]), off: secs[strmapSections], items: secs[strmapSections+1]}
}

func (l *Lexicon) derived() *derived {
	l.once.Do(l.open)
	return l.d
}

func (l *Lexicon) names() *nameIndex {
	l.derived() // a cache file may hold the index
	l.namesOnce.Do(func() {
		if l.n = l.cached.nameIndex(); l.n == nil {
			l.n = l.buildNames()
			if l.cacheTo != nil {
				// Write the file again with the index, which costs far
				// more than the tables: a run that meets an unknown name
				// but no transliteration query must not leave the next
				// run to build it again (see keyIndex).
				writeHouseCache(*l.cacheTo, l.ents.len(), l.d, l.n, nil)
			}
		}
	})
	return l.n
}

// keyIndex returns the house spellings by transliteration key.
func (l *Lexicon) keyIndex() *keyIndex {
	n := l.names()
	l.keysOnce.Do(func() {
		if l.k = l.cached.keyIndex(); l.k == nil {
			l.k = buildKeys(n)
			if l.cacheTo != nil {
				// The cache file has no indexes yet, or a damaged one:
				// write it again, whole.
				writeHouseCache(*l.cacheTo, l.ents.len(), l.d, n, l.k)
			}
		}
	})
	return l.k
}

// open sets l.d: from a cache file when l has one, else by derive; then
// writes a cache file when l is worth one.
func (l *Lexicon) open() {
	key, ok := l.cacheKey()
	if !ok {
		l.d = l.derive()
		return
	}
	l.cacheTo = &key
	if c := readHouseCache(key, l.ents.len()); c != nil {
		l.cached, l.d = c, c.derived
		return
	}
	// The lookup tables are written at once; the near-name and
	// transliteration indexes, which cost more than the tables, are built
	// on the first unknown name as without a cache, and the file is then
	// written again with them (see keyIndex). A first run, as in CI on a
	// fresh machine, pays no more than it would without a cache.
	l.d = l.derive()
	writeHouseCache(key, l.ents.len(), l.d, nil, nil)
}

func buildKeys(n *nameIndex) *keyIndex {
	b := newStrmapBuilder(n.spell.len())
	var lists [][]uint32
	for id := range n.spell.len() {
		for _, tk := range translit.Keys(n.spell.at(id)) {
			li, ok := b.get(tk)
			if !ok {
				li = uint32(len(lists))
				lists = append(lists, nil)
				b.put(tk, li)
			}
			if !slices.Contains(lists[li], uint32(id)) {
				lists[li] = append(lists[li], uint32(id))
			}
		}
	}
	off := make([]uint32, 0, len(lists)+1)
	var items []uint32
	for _, ids := range lists {
		off = append(off, uint32(len(items)))
		items = append(items, ids...)
	}
	off = append(off, uint32(len(items)))
	return &keyIndex{keys: b.freeze(), off: u32s(off), items: u32s(items)}
}

// deriveBuilder collects the tables of derived.
type deriveBuilder struct {
	exact, fold, joined *strmapBuilder
	recs                []uint32
	strs                []string
	strIndex            map[string]uint32
}

// str returns the reference to s in strs: 1 + its index, or 0 for "".
func (b *deriveBuilder) str(s string) uint32 {
	if s == "" {
		return 0
	}
	i, ok := b.strIndex[s]
	if !ok {
		b.strs = append(b.strs, s)
		i = uint32(len(b.strs))
		b.strIndex[s] = i
	}
	return i
}

func (b *deriveBuilder) record(f Flags, entry int, suggest, scheme string) uint32 {
	b.recs = append(b.recs, uint32(f), uint32(entry), b.str(suggest), b.str(scheme))
	return uint32(len(b.recs)/4 - 1)
}

// set records rec for spelling s, exact and folded; it returns the folded form.
func (b *deriveBuilder) set(s string, rec uint32) string {
	s = NormApostrophes(s)
	k := foldFast(s)
	b.exact.put(s, rec)
	b.fold.put(k, rec)
	return k
}

func (l *Lexicon) derive() *derived {
	entries := l.entries()
	size := 0
	for i := range entries {
		e := &entries[i]
		size += len(e.Rejected)
		for _, a := range e.Accepted {
			size += 1 + strings.Count(a, " ")
		}
	}
	b := &deriveBuilder{exact: newStrmapBuilder(size), fold: newStrmapBuilder(size), joined: newStrmapBuilder(size),
		recs: make([]uint32, 0, 4*l.ents.len()), strIndex: make(map[string]uint32, l.ents.len())}
	// Rejections first, so that a later acceptance of the same spelling wins
	// within one pass over the entries in order.
	for i := range entries {
		e := &entries[i]
		if len(e.Rejected) > 0 {
			rec := b.record(Rejected, i, e.Preferred(), "")
			for _, r := range e.Rejected {
				b.set(r, rec)
			}
		}
		if len(e.Accepted) == 0 {
			continue
		}
		rec := b.record(House, i, "", "")
		pref := b.str(e.Preferred())
		for _, a := range e.Accepted {
			k := b.set(a, rec)
			b.joined.put(joinedKey(k), pref)
			if strings.IndexByte(a, ' ') < 0 {
				continue
			}
			for _, w := range strings.Fields(a) {
				if !b.exact.has(NormApostrophes(w)) {
					b.set(w, rec)
				}
			}
		}
	}
	// Gazetteer groups: once a house entry names one spelling of a place,
	// its other spellings are variants of the house spelling: those that
	// are spellings of the same name (Jalalabat, Dzhalal-Abad for
	// Jalal-Abad), not every other name the place has had or is given
	// (Chemulpo for Incheon), which would flag a person who shares a name
	// with some place's old name.
	if l.gaz != nil {
		for i := range entries {
			e := &entries[i]
			for _, a := range e.Accepted {
				fa := foldFast(a)
				rec, made := uint32(0), false
				for _, p := range l.gaz.places(fa) {
					for _, alt := range l.gaz.spellings(p) {
						alt = NormApostrophes(alt)
						if b.exact.has(alt) {
							continue
						}
						k := foldFast(alt)
						if b.fold.has(k) {
							continue
						}
						if !sameName(fa, k) {
							continue
						}
						if !made {
							rec, made = b.record(HouseVariant, i, a, ""), true
						}
						b.exact.put(alt, rec)
						b.fold.put(k, rec)
					}
				}
			}
		}
	}
	// Romanizations of an entry's original script are variants of its
	// house spelling, unless a house entry or the gazetteer's group of a
	// house place already says what the spelling is, or the dictionary
	// knows it as a word or a common name (Rosa for Роза: Rosa Parks is not
	// Roza Otunbayeva). Rarer names (Dostoyevsky for a house Dostoevsky)
	// and places named after the person (Chaykovsky) are the house's.
	for i := range entries {
		e := &entries[i]
		if e.Original == "" {
			continue
		}
		for _, r := range e.Romanizations() {
			if b.exact.has(r.Spelling) {
				continue
			}
			k := foldFast(r.Spelling)
			if b.fold.has(k) {
				continue
			}
			if l.CommonName(r.Spelling) {
				continue
			}
			rec := b.record(HouseVariant, i, r.House, r.Scheme)
			b.exact.put(r.Spelling, rec)
			b.fold.put(k, rec)
		}
	}
	return &derived{exact: b.exact.freeze(), fold: b.fold.freeze(), joined: b.joined.freeze(), recs: u32s(b.recs), strs: newStrtab(b.strs),
		filter: newFilter(b.exact.keys, b.fold.keys, b.joined.keys)}
}

// foldFast returns [Fold](s), computed without Unicode tables when s is
// ASCII: most house names are, and most need lower-casing.
func foldFast(s string) string {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Fold(s)
		}
		change = change || 'A' <= c && c <= 'Z' || c == '`'
	}
	if !change {
		return s // as Fold: ASCII without capitals or backticks is its own folded form
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		}
		b[i] = c
	}
	return string(b)
}

// sameName reports whether two folded spellings of a place can be
// spellings of one name: within a few edits (at most half the shorter, and
// two for any), one inside the other (Gusuku, Tomigusuku), or
// transliterations of each other.
func sameName(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if levenshtein.ComputeDistance(a, b) <= max(2, min(la, lb)/2) {
		return true
	}
	if min(la, lb) >= 5 && (strings.Contains(a, b) || strings.Contains(b, a)) {
		return true
	}
	_, ok := translit.Match(a, b)
	return ok
}

// buildNames indexes the house names: each accepted spelling, and each word
// of a several-word one, by folded form.
func (l *Lexicon) buildNames() *nameIndex {
	byFold := map[string][]string{}
	add := func(s string) {
		k := foldFast(s)
		byFold[k] = appendUnique(byFold[k], s)
	}
	entries := l.entries()
	for i := range entries {
		for _, a := range entries[i].Accepted {
			add(a)
			if strings.IndexByte(a, ' ') >= 0 {
				for _, w := range strings.Fields(a) {
					add(w)
				}
			}
		}
	}
	keys := make([]string, 0, len(byFold))
	for k := range byFold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var spell []string
	off := make([]uint32, 0, len(keys)+1)
	for _, k := range keys {
		off = append(off, uint32(len(spell)))
		spell = append(spell, byFold[k]...)
	}
	off = append(off, uint32(len(spell)))
	return &nameIndex{names: newTrie(keys), spell: newStrtab(spell), off: u32s(off)}
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// CommonName reports whether the dictionary knows spelling as an ordinary
// word or as a common proper name (Rosa, Louise; SCOWL size 50 or less).
// Such a spelling is left to the dictionary where it might otherwise be
// taken for a romanization of a house name: Rosa Parks is not Roza
// Otunbayeva, poutine is not Putin.
func (l *Lexicon) CommonName(spelling string) bool {
	return l.dict != nil && l.dict.commonName(spelling)
}

// commonName reports whether the dictionary knows s as an ordinary
// lower-case word (below the rarest tier) or as a common proper name.
func (d *dictionary) commonName(s string) bool {
	if w := d.lookup(strings.ToLower(s)); w.Flags&Word != 0 && w.Tier < TierRarest {
		return true
	}
	p := d.lookupFold(Fold(s))
	return p.Flags&Proper != 0 && p.Tier <= TierCommonName
}

// lists reports whether the dictionary knows any spelling that folds as s does.
func (d *dictionary) lists(s string) bool {
	return d.lookupFold(Fold(s)).Known()
}

// joinedKey folds s and drops its separators: spaces, hyphens, apostrophes.
func joinedKey(s string) string { return dropSeparators(Fold(s)) }

// dropSeparators returns s without its spaces, hyphens and apostrophes,
// the separators of a folded spelling.
func dropSeparators(s string) string {
	return strings.Map(func(r rune) rune {
		if isSeparator(r) {
			return -1
		}
		return r
	}, s)
}

func isSeparator[T rune | byte](c T) bool { return c == ' ' || c == '-' || c == '\'' }

// Joined returns the preferred house spelling of the name that spelling
// writes with other separators ("Jalal Abad" or "Jalalabad" for an entry
// "Jalal-Abad"; spaces, hyphens and apostrophes are ignored, and case and
// accents as in [Fold]), and whether there is one. A spelling the house
// accepts as it is returns false.
func (l *Lexicon) Joined(spelling string) (string, bool) {
	f := Fold(spelling)
	return l.joined(f, "")
}

// JoinedPair is [Lexicon.Joined] of a + " " + b, two words of a text
// written with a space between them, given folded (see [Fold]): the
// check of each pair of capitalised words in a text, which folds each
// word once. Most pairs are ruled out without building a string.
func (l *Lexicon) JoinedPair(fa, fb string) (string, bool) {
	return l.joined(fa, fb)
}

// joined is Joined of the folded spelling fa, or of fa + " " + fb if fb is
// not empty.
func (l *Lexicon) joined(fa, fb string) (string, bool) {
	d := l.derived()
	if !d.mayHaveHash(finishHash(fnvJoined(fnvJoined(fnvOffset, fa), fb))) {
		return "", false
	}
	whole := fa
	if fb != "" {
		whole = fa + " " + fb
	}
	if d.mayHaveHash(strhash(whole)) {
		if rec, ok := d.fold.get(whole); ok && d.flags(rec)&House != 0 {
			return "", false
		}
	}
	pref, ok := d.joined.get(dropSeparators(whole))
	return d.str(pref), ok
}

// TranslitNames returns the house spellings that word may be another
// romanization of (Qaddafi, Kadhafi for Gaddafi; Bakijev for Bakiyev): they
// share a transliteration key and [translit.Match] confirms the pair. When
// the dictionary lists neither the word nor a house spelling, the keys one
// vowel away ([translit.GapKeys]) are looked up too and
// [translit.MatchUnlisted] confirms the pair. Candidates are best first;
// Distance is 0 and Flags is House.
func (l *Lexicon) TranslitNames(word string) []Candidate {
	ki := l.keyIndex()
	if ki.keys.keys.len() == 0 {
		return nil // no house names: no key to look up
	}
	spell := l.names().spell
	spellings := func(k string) iter.Seq[string] {
		return func(yield func(string) bool) {
			li, ok := ki.keys.get(k)
			if !ok || int(li)+1 >= len(ki.off)/4 {
				return
			}
			lo, hi := le32(ki.off, int(li)), le32(ki.off, int(li)+1)
			for j := lo; j < hi && int(j) < len(ki.items)/4; j++ {
				if s, ok := safeAt(spell, int(le32(ki.items, int(j)))); ok && !yield(s) {
					return
				}
			}
		}
	}
	var lists func(string) bool
	if l.dict != nil {
		lists = l.dict.lists
	}
	return translitCandidates(word, spellings, lists)
}

// translitCandidates returns the house spellings that word may be another
// romanization of, best first (see [Lexicon.TranslitNames]): spellings(k)
// gives the house spellings with the key k, and lists, if not nil, tells
// whether the dictionary lists a spelling.
func translitCandidates(word string, spellings func(key string) iter.Seq[string], lists func(string) bool) []Candidate {
	type scored struct {
		s     string
		score float64
	}
	var found []scored
	seen := map[string]bool{}
	// Two names no dictionary lists may differ more in their vowels.
	unlisted := lists != nil && !lists(word)
	keys := translit.Keys(word)
	if unlisted {
		keys = append(keys, translit.GapKeys(word)...)
	}
	for _, k := range keys {
		for s := range spellings(k) {
			if seen[s] || s == word {
				continue
			}
			seen[s] = true
			match := translit.Match
			if unlisted && !lists(s) {
				match = translit.MatchUnlisted
			}
			if score, ok := match(word, s); ok {
				found = append(found, scored{s, score})
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	out := make([]Candidate, len(found))
	for i, f := range found {
		out[i] = Candidate{Spelling: f.s, Flags: House}
	}
	return out
}

// Lookup returns what the lexicon knows of spelling, matched exactly
// (the apostrophes ’ and ' are the same). House entries outrank the
// dictionary: a spelling the house rejects is Rejected even if the
// dictionary lists it.
func (l *Lexicon) Lookup(spelling string) Info {
	s := NormApostrophes(spelling)
	d := l.derived()
	return l.lookupOver(l.houseInfo(d, &d.exact, s), s)
}

// lookupOver is Lookup of s, apostrophes normalised, given what the house
// tables say of it (info): the house outranks the dictionary.
func (l *Lexicon) lookupOver(info Info, s string) Info {
	if info.Flags&(Rejected|House|HouseVariant) != 0 {
		if info.Flags&HouseVariant != 0 && l.dict != nil {
			// A place's alternate name that is also an ordinary word stays a word.
			if w := l.dict.lookup(s); w.Flags&Word != 0 {
				return w
			}
		}
		return info
	}
	if l.dict != nil {
		info = l.dict.lookup(s)
	}
	if l.gaz != nil && len(l.gaz.places(Fold(s))) > 0 && l.gaz.hasExact(s) {
		info.Flags |= Place
	}
	return info
}

// LookupFold returns what the lexicon knows of any spelling that folds to
// the same form as spelling (see [Fold]): case, accents and apostrophe
// style are ignored. The flags of all such spellings are combined, and Tier
// is the most common tier among them.
func (l *Lexicon) LookupFold(spelling string) Info {
	k := Fold(spelling)
	d := l.derived()
	return l.lookupFoldOver(l.houseInfo(d, &d.fold, k), k)
}

// lookupFoldOver is LookupFold of the folded form k given what the house
// tables say of it (info).
func (l *Lexicon) lookupFoldOver(info Info, k string) Info {
	if info.Flags&(Rejected|House|HouseVariant) != 0 {
		return info
	}
	if l.dict != nil {
		info = l.dict.lookupFold(k)
	}
	if l.gaz != nil && len(l.gaz.places(k)) > 0 {
		info.Flags |= Place
	}
	return info
}

// A Candidate is a known spelling near a queried word.
type Candidate struct {
	Spelling string // as the lexicon writes it
	Distance int    // edits between the folded forms (insert, delete, substitute, swap adjacent)
	Tier     int    // dictionary tier; 0 for house names
	Count    int    // how often the word occurs in a reference corpus; 0 if unknown
	Flags    Flags
}

// NearWords returns the dictionary words within maxEdits of word, compared
// in folded form: ordinary words, and common proper names (SCOWL size 35
// or less) where no ordinary word folds alike (British for brittish). The result is a superset of what a
// checker should suggest; the caller ranks and filters it.
func (l *Lexicon) NearWords(word string, maxEdits int) []Candidate {
	if l.dict == nil {
		return nil
	}
	return l.dict.near(Fold(word), maxEdits)
}

// NearNames returns the house spellings (each accepted spelling, and each
// word of a several-word one) within maxEdits of word, compared in folded form.
func (l *Lexicon) NearNames(word string, maxEdits int) []Candidate {
	n := l.names()
	var out []Candidate
	n.names.search(Fold(word), maxEdits, func(m match) {
		for j := le32(n.off, int(m.key)); j < le32(n.off, int(m.key)+1); j++ {
			s, ok := safeAt(n.spell, int(j))
			if !ok {
				break
			}
			out = append(out, Candidate{Spelling: s, Distance: int(m.dist), Flags: House})
		}
	})
	return out
}

// Names returns every house spelling (each accepted spelling, and each word
// of a several-word one), sorted by folded form.
func (l *Lexicon) Names() []string {
	n := l.names()
	var out []string
	for i := range n.spell.len() {
		s, _ := safeAt(n.spell, i)
		out = append(out, s)
	}
	return out
}

// Words returns every dictionary word, as the dictionary writes it, in no
// particular order. It is meant for tools and comparisons, not lookups.
func (l *Lexicon) Words() []string {
	if l.dict == nil {
		return nil
	}
	return l.dict.words()
}
