package spell

// Consistency: a name this document spells clearly more often, one edit
// from a rarer spelling of it, makes the rarer one inconsistent.

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// majority returns the spelling this document uses clearly more often than
// w and that is one edit from it, or "" if there is none.
func (s *docState) majority(c *Checker, w string) (string, int) {
	k := lexicon.Fold(w)
	mk := majorityKey{k, startsUpper(w)}
	if a, ok := s.majorities[mk]; ok {
		return a.spelling, a.n
	}
	m, n := s.findMajority(c, w, k)
	if s.majorities == nil {
		s.majorities = map[majorityKey]majorityAnswer{}
	}
	s.majorities[mk] = majorityAnswer{m, n}
	return m, n
}

func (s *docState) findMajority(c *Checker, w, k string) (string, int) {
	kr := []rune(k)
	if len(kr) < 4 || len(kr) > maxNameKey {
		return "", 0
	}
	n := s.count[k]
	if !startsUpper(w) && s.shown[k] == nil {
		return "", 0 // a lower-case word is a name's variant only if the text also capitalises it
	}
	listed := c.lex.ListedName(w) // a name in its own right: two people as often as one misspelled
	best, bestN := "", 0
	for _, i := range s.oneDeletionApart(kr) {
		o := s.keys[i]
		if o.key == k {
			continue
		}
		m := s.count[o.key]
		if m < 2 || m < 2*n || m <= bestN {
			continue
		}
		if d := len(o.runes) - len(kr); d > 1 || d < -1 {
			continue
		}
		if !oneSlip(k, o.key, kr, o.runes) || placeAdjective(kr, o.runes) {
			continue
		}
		if c.lex.LookupFold(o.key).Flags&lexicon.Word != 0 && s.caps[o.key] < 2 {
			continue // an ordinary word, not used as a name in this text
		}
		if listed && !(m >= 3*max(n, 1) && len(o.runes) == len(kr)+1) {
			continue // two names (Horan, Horgan; Xiang, Jiang), unless a letter of a far commoner one was dropped (Barlett)
		}
		if s.caps[o.key] == 0 && c.slipOfWord(s.display(o.key)) {
			continue // a common word's slip typed twice, capitalised only where any word is (Tghe for The): no spelling to follow
		}
		best, bestN = o.key, m
	}
	if best == "" {
		return "", 0
	}
	return s.display(best), bestN
}

// maxNameKey is the most letters of a name whose spellings findMajority
// compares: longer than any name, and the cap that keeps the forms less
// a letter of a document's names (as many as their letters each) linear
// in its length.
const maxNameKey = 64

// oneDeletionApart returns, in order, the indexes in s.keys of the keys
// used at least twice that share a form less at most one letter with kr:
// a superset of the keys one edit (optimal string alignment) from it that
// could be a majority spelling (findMajority wants two uses or more). Forms are kept by
// hash, not as strings, so that building the table allocates nothing per
// form; a collision only adds a key the caller's own test of the distance
// drops. The keys and the table are built on the first call.
func (s *docState) oneDeletionApart(kr []rune) []int32 {
	if s.byDeletion == nil {
		forms := 0
		for k := range s.shown {
			if s.count[k] < 2 || utf8.RuneCountInString(k) > maxNameKey+1 {
				continue // never a majority (see findMajority), or one edit from no key that is looked up
			}
			s.keys = append(s.keys, nameKey{key: k, runes: []rune(k)})
			forms += len(s.keys[len(s.keys)-1].runes) + 1
		}
		slices.SortFunc(s.keys, func(a, b nameKey) int { return strings.Compare(a.key, b.key) })
		s.byDeletion = newDeletionTable(forms)
		for i, o := range s.keys {
			eachDeletion(o.runes, s.byDeletion.seed, func(d uint64) { s.byDeletion.add(d, int32(i)) })
		}
	}
	var out []int32
	eachDeletion(kr, s.byDeletion.seed, func(d uint64) { out = s.byDeletion.appendKeys(out, d) })
	slices.Sort(out)
	return slices.Compact(out)
}

// A deletionTable maps the hashes of the forms of keys less at most one
// letter to the keys' indexes: an open-addressing table with linear
// probing, a slot per form, at most half full. A form that several keys
// share, or that one key has twice (anna less either n), has a slot per
// key and time. A slot keeps 32 bits of the hash its index does not
// already say, so that it takes 8 bytes.
type deletionTable struct {
	seed    uint64
	slots   []deletionSlot
	release func() // frees slots (see bigTable)
}

type deletionSlot struct {
	tag uint32 // the hash's high half
	key int32  // the key's index + 1; 0 for an empty slot
}

func newDeletionTable(forms int) *deletionTable {
	n := 16
	for n < 2*forms {
		n *= 2
	}
	t := &deletionTable{seed: rand.Uint64()}
	t.slots, t.release = bigTable[deletionSlot](n)
	return t
}

// add adds the form of hash h of the key with index key.
func (t *deletionTable) add(h uint64, key int32) {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for t.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = deletionSlot{uint32(h >> 32), key + 1}
}

// appendKeys appends the indexes of the keys with a form of hash h to out.
func (t *deletionTable) appendKeys(out []int32, h uint64) []int32 {
	mask := len(t.slots) - 1
	for i := int(h) & mask; t.slots[i].key != 0; i = (i + 1) & mask {
		if t.slots[i].tag == uint32(h>>32) {
			out = append(out, t.slots[i].key-1)
		}
	}
	return out
}

// eachDeletion calls fn with the hash of r and of each form of r less one
// letter.
func eachDeletion(r []rune, seed uint64, fn func(uint64)) {
	fn(runeHash(r, -1, seed))
	for i := range r {
		fn(runeHash(r, i, seed))
	}
}

// The one-deletion forms' hash is FNV-1a from a random seed, then mixed
// (see mix).
const hashPrime = 0x100000001b3

// mix spreads a hash's bits: FNV's low bits depend only on the low bits
// of the letters.
func mix(h uint64) uint64 {
	h ^= h >> 32
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// runeHash hashes r less its letter at skip (none if skip < 0).
func runeHash(r []rune, skip int, seed uint64) uint64 {
	h := seed
	for i, c := range r {
		if i != skip {
			h = (h ^ uint64(c)) * hashPrime
		}
	}
	return mix(h)
}

// vowelSwap reports whether a and b, of equal length, differ in one vowel
// only (Arjen, Arjan): two names as often as one name misspelled.
func vowelSwap(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return false // two places: a swap, not a vowel for a vowel
			}
			diff = i
		}
	}
	return diff >= 0 && isVowel(a[diff]) && isVowel(b[diff])
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// inflected reports whether one of a and b is the other with a plural or
// possessive ending.
func inflected(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a)
	return ok && (rest == "s" || rest == "es" || rest == "'")
}

type majorityKey struct {
	key   string
	upper bool
}

type majorityAnswer struct {
	spelling string
	n        int
}

type nameKey struct {
	key   string
	runes []rune
}

// placeAdjective reports whether one of a and b is the other, a name
// ending in a, with an n added (Rica, Rican; Scotia, Scotian): a place and
// its people or adjective, two words rather than one misspelled.
func placeAdjective(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) > 0 && a[len(a)-1] == 'a' && len(b) == len(a)+1 && b[len(a)] == 'n' && slices.Equal(a, b[:len(a)])
}
