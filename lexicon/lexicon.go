package lexicon

import (
	"sort"
	"strings"
	"sync"
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
	entries []Entry
	dict    *dictionary // may be nil
	gaz     *gazetteer  // may be nil

	once      sync.Once
	d         *derived
	namesOnce sync.Once
	n         *nameIndex
	keysOnce  sync.Once
	k         map[string][]string // transliteration key -> house spellings
}

func newHouse(entries []Entry) *Lexicon {
	return &Lexicon{entries: entries}
}

// Entries returns the house entries, in the order they were loaded.
// The caller must not modify them.
func (l *Lexicon) Entries() []Entry { return l.entries }

// Merge returns a lexicon that knows what each of ls knows. House entries
// keep their order; where two house entries disagree about a spelling, the
// later lexicon wins (a later file refines an earlier one). House entries
// outrank the dictionary and the gazetteer, which come from the first
// lexicon in ls that has them.
func Merge(ls ...*Lexicon) *Lexicon {
	m := &Lexicon{}
	for _, l := range ls {
		if l == nil {
			continue
		}
		m.entries = append(m.entries, l.entries...)
		if m.dict == nil {
			m.dict = l.dict
		}
		if m.gaz == nil {
			m.gaz = l.gaz
		}
	}
	return m
}

// derived holds what every lookup needs, computed from the entries on
// first need. The indexes for near-match and transliteration queries are
// built later still, on the first such query (see nameIndex, keyIndex):
// a run that meets no unknown name never pays for them.
type derived struct {
	house     map[string]Info   // exact spelling (apostrophes normalised) -> house status
	houseFold map[string]Info   // folded spelling -> house status
	joined    map[string]string // folded accepted spelling without separators -> preferred spelling
}

// nameIndex is the near-match index over house names.
type nameIndex struct {
	names    *trie      // folded house spellings (each accepted spelling, and each of its words)
	nameInfo [][]string // per names key: the spellings with that folded form
}

func (l *Lexicon) derived() *derived {
	l.once.Do(func() { l.d = l.derive() })
	return l.d
}

func (l *Lexicon) names() *nameIndex {
	l.namesOnce.Do(func() { l.n = l.buildNames() })
	return l.n
}

// keyIndex returns the house spellings by transliteration key.
func (l *Lexicon) keyIndex() map[string][]string {
	l.keysOnce.Do(func() {
		n := l.names()
		byKey := make(map[string][]string, len(n.nameInfo))
		for _, ss := range n.nameInfo {
			for _, s := range ss {
				for _, tk := range translit.Keys(s) {
					byKey[tk] = appendUnique(byKey[tk], s)
				}
			}
		}
		l.k = byKey
	})
	return l.k
}

func (l *Lexicon) derive() *derived {
	size := 0
	for i := range l.entries {
		e := &l.entries[i]
		size += len(e.Rejected)
		for _, a := range e.Accepted {
			size += 1 + strings.Count(a, " ")
		}
	}
	d := &derived{house: make(map[string]Info, size), houseFold: make(map[string]Info, size), joined: make(map[string]string, size)}
	set := func(s string, info Info) string {
		s = NormApostrophes(s)
		k := Fold(s)
		d.house[s] = info
		d.houseFold[k] = info
		return k
	}
	// Rejections first, so that a later acceptance of the same spelling wins
	// within one pass over the entries in order.
	for i := range l.entries {
		e := &l.entries[i]
		for _, r := range e.Rejected {
			set(r, Info{Flags: Rejected, Entry: e, Suggest: e.Preferred()})
		}
		for _, a := range e.Accepted {
			k := set(a, Info{Flags: House, Entry: e})
			d.joined[joinedKey(k)] = e.Preferred()
			if strings.IndexByte(a, ' ') < 0 {
				continue
			}
			for _, w := range strings.Fields(a) {
				if _, ok := d.house[NormApostrophes(w)]; !ok {
					set(w, Info{Flags: House, Entry: e})
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
		for i := range l.entries {
			e := &l.entries[i]
			for _, a := range e.Accepted {
				fa := Fold(a)
				for _, p := range l.gaz.places(fa) {
					for _, alt := range l.gaz.spellings(p) {
						alt = NormApostrophes(alt)
						if _, ok := d.house[alt]; ok {
							continue
						}
						k := Fold(alt)
						if _, ok := d.houseFold[k]; ok {
							continue
						}
						if !sameName(fa, k) {
							continue
						}
						info := Info{Flags: HouseVariant, Entry: e, Suggest: a}
						d.house[alt] = info
						d.houseFold[k] = info
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
	for i := range l.entries {
		e := &l.entries[i]
		if e.Original == "" {
			continue
		}
		for _, r := range e.Romanizations() {
			if _, ok := d.house[r.Spelling]; ok {
				continue
			}
			k := Fold(r.Spelling)
			if _, ok := d.houseFold[k]; ok {
				continue
			}
			if l.dict != nil && l.dict.commonName(r.Spelling) {
				continue
			}
			info := Info{Flags: HouseVariant, Entry: e, Suggest: r.House, Scheme: r.Scheme}
			d.house[r.Spelling] = info
			d.houseFold[k] = info
		}
	}
	return d
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
	for i := range l.entries {
		for _, a := range l.entries[i].Accepted {
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
	n := &nameIndex{names: newTrie(keys), nameInfo: make([][]string, len(keys))}
	for i, k := range keys {
		n.nameInfo[i] = byFold[k]
	}
	return n
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// RarestTier is the dictionary tier of the rarest words: SCOWL's size 95,
// which lists misspellings and lower-cased names among its words.
const RarestTier = 95

// commonNameTier is the rarest tier at which a dictionary name counts as
// common (Rosa, Louise); Dostoyevsky and Qaddafi are rarer.
const commonNameTier = 50

// commonName reports whether the dictionary knows s as an ordinary
// lower-case word (below the rarest tier) or as a common proper name.
func (d *dictionary) commonName(s string) bool {
	if w := d.lookup(strings.ToLower(s)); w.Flags&Word != 0 && w.Tier < RarestTier {
		return true
	}
	p := d.lookupFold(Fold(s))
	return p.Flags&Proper != 0 && p.Tier <= commonNameTier
}

// joinedKey folds s and drops its separators: spaces, hyphens, apostrophes.
func joinedKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\'' {
			return -1
		}
		return r
	}, Fold(s))
}

// Joined returns the preferred house spelling of the name that spelling
// writes with other separators ("Jalal Abad" or "Jalalabad" for an entry
// "Jalal-Abad"; spaces, hyphens and apostrophes are ignored, and case and
// accents as in [Fold]), and whether there is one. A spelling the house
// accepts as it is returns false.
func (l *Lexicon) Joined(spelling string) (string, bool) {
	d := l.derived()
	if d.houseFold[Fold(spelling)].Flags&House != 0 {
		return "", false
	}
	pref, ok := d.joined[joinedKey(spelling)]
	return pref, ok
}

// TranslitNames returns the house spellings that word may be another
// romanization of (Qaddafi, Kadhafi for Gaddafi; Bakijev for Bakiyev): they
// share a transliteration key and [translit.Match] confirms the pair.
// Candidates are best first; Distance is 0 and Flags is House.
func (l *Lexicon) TranslitNames(word string) []Candidate {
	byKey := l.keyIndex()
	type scored struct {
		s     string
		score float64
	}
	var found []scored
	seen := map[string]bool{}
	for _, k := range translit.Keys(word) {
		for _, s := range byKey[k] {
			if seen[s] || s == word {
				continue
			}
			seen[s] = true
			if score, ok := translit.Match(word, s); ok {
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
	info := l.derived().house[s]
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
	info := l.derived().houseFold[k]
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

// NearWords returns the dictionary words (not proper names) within maxEdits
// of word, compared in folded form. The result is a superset of what a
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
		for _, s := range n.nameInfo[m.key] {
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
	for _, ss := range n.nameInfo {
		out = append(out, ss...)
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
