package lexicon

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/lexcheck/lexcheck/lexicon/translit"
)

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
	return &keyIndex{keys: b.freeze(), ids: newLists(lists)}
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
	k := Fold(s)
	b.exact.put(s, rec)
	b.fold.put(k, rec)
	return k
}

// derive computes l's lookup tables from its entries, in three passes:
// the house spellings, then the other spellings of house places, then
// the romanizations of house names' original scripts. A pass adds only
// spellings no earlier pass has said anything of.
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
	b.addHouse(entries)
	if l.gaz != nil {
		b.addPlaceSpellings(entries, l.gaz)
	}
	b.addRomanizations(entries, l.CommonName)
	return &derived{exact: b.exact.freeze(), fold: b.fold.freeze(), joined: b.joined.freeze(), recs: u32s(b.recs), strs: newStrtab(b.strs),
		filter: newFilter(b.exact.keys, b.fold.keys, b.joined.keys)}
}

// addHouse records what the entries accept and reject: each spelling, and
// each word of a several-word accepted spelling that no entry names alone.
func (b *deriveBuilder) addHouse(entries []Entry) {
	// Rejections first, so that a later acceptance of the same spelling wins
	// within one pass over the entries in order.
	for i := range entries {
		e := &entries[i]
		for _, r := range e.Rejected {
			suggest, _ := e.RejectedSuggestion(r)
			b.set(r, b.record(Rejected, i, suggest, ""))
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
}

// addPlaceSpellings records the gazetteer groups of house places: once a
// house entry names one spelling of a place, its other spellings are
// variants of the house spelling: those that are spellings of the same
// name (Jalalabat, Dzhalal-Abad for Jalal-Abad), not every other name the
// place has had or is given (Chemulpo for Incheon), which would flag a
// person who shares a name with some place's old name.
func (b *deriveBuilder) addPlaceSpellings(entries []Entry, gaz *gazetteer) {
	for i := range entries {
		e := &entries[i]
		for _, a := range e.Accepted {
			fa := Fold(a)
			rec, made := uint32(0), false
			for _, p := range gaz.places(fa) {
				for _, alt := range gaz.spellings(p) {
					alt = NormApostrophes(alt)
					if b.exact.has(alt) {
						continue
					}
					k := Fold(alt)
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

// addRomanizations records the romanizations of an entry's original
// script as variants of its house spelling, unless a house entry or the
// gazetteer's group of a house place already says what the spelling is,
// or commonName: the dictionary knows it as a word or a common name (Rosa
// for Роза: Rosa Parks is not Roza Otunbayeva). Rarer names (Dostoyevsky
// for a house Dostoevsky) and places named after the person (Chaykovsky)
// are the house's.
func (b *deriveBuilder) addRomanizations(entries []Entry, commonName func(string) bool) {
	for i := range entries {
		e := &entries[i]
		if e.Original == "" {
			continue
		}
		for _, r := range e.Romanizations() {
			if b.exact.has(r.Spelling) {
				continue
			}
			k := Fold(r.Spelling)
			if b.fold.has(k) {
				continue
			}
			if commonName(r.Spelling) {
				continue
			}
			rec := b.record(HouseVariant, i, r.House, r.Scheme)
			b.exact.put(r.Spelling, rec)
			b.fold.put(k, rec)
		}
	}
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
		k := Fold(s)
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
