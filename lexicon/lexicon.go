package lexicon

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"

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
	ents     *entrySet   // the house entries; nil if none
	dict     *dictionary // may be nil
	gaz      *gazetteer  // may be nil
	sources  []source    // the house lexicons the entries came from, in order; nil unless each was loaded with a cache
	cache    Cache       // keeps the tables between runs (see LoadOptions); nil for none
	cacheMin int         // the number of derived spellings from which the tables are cached

	once      sync.Once
	d         *derived
	namesOnce sync.Once
	n         *nameIndex
	keysOnce  sync.Once
	k         *keyIndex
}

// A source is a house lexicon loaded with a cache: what the cache of its
// tables is keyed by.
type source struct {
	sum     [32]byte // SHA-256 of the lexicon's bytes
	entries int      // the number of entries it gave
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
			if m.cache == nil {
				m.cache, m.cacheMin = l.cache, l.cacheMin
			}
		}
	}
	if withEntries > 1 {
		m.ents = &entrySet{n: len(all), list: all}
	}
	return m
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
	return l.info(d, rec)
}

// info returns the Info of house record rec of d; the zero Info if there
// is none (only a damaged table leads to one).
func (l *Lexicon) info(d *derived, rec uint32) Info {
	r, ok := d.record(rec)
	if !ok || r.entry >= l.ents.len() {
		return Info{}
	}
	return Info{Flags: r.flags, Entry: l.ents.entry(r.entry), Suggest: r.suggest, Scheme: r.scheme}
}

func (l *Lexicon) derived() *derived {
	l.once.Do(l.open)
	return l.d
}

func (l *Lexicon) names() *nameIndex {
	l.derived() // a cache may hold the index
	l.namesOnce.Do(func() {
		if l.n == nil {
			l.n = l.buildNames()
		}
	})
	return l.n
}

// keyIndex returns the house spellings by transliteration key.
func (l *Lexicon) keyIndex() *keyIndex {
	n := l.names()
	l.keysOnce.Do(func() {
		if l.k == nil {
			l.k = buildKeys(n)
		}
	})
	return l.k
}

// open sets l.d, and with a cache the indexes: from the cache when it
// holds them whole, else derived and built, and put in the cache. Without
// a cache the near-name and transliteration indexes, which cost more than
// the tables, are built on the first query that needs them; with one they
// are built here, so that the cache is written once, whole, when the
// tables are first needed, and no later query writes it.
func (l *Lexicon) open() {
	key, ok := l.cacheKey()
	if !ok {
		l.d = l.derive()
		return
	}
	t := readCache(l.cache, key, l.ents.len())
	if t == nil {
		d := l.derive()
		if d.exact.keys.len() < l.cacheMin {
			l.d = d // as quick to derive again as to read (see cacheMinSpellings)
			return
		}
		n := l.buildNames()
		t = &tables{d: d, n: n, k: buildKeys(n)}
		writeCache(l.cache, key, l.ents.len(), t)
	}
	l.d, l.n, l.k = t.d, t.n, t.k
}

// CommonName reports whether the dictionary knows spelling as an ordinary
// word or as a common proper name (Rosa, Louise; SCOWL size 50 or less).
// Such a spelling is left to the dictionary where it might otherwise be
// taken for a romanization of a house name: Rosa Parks is not Roza
// Otunbayeva, poutine is not Putin.
func (l *Lexicon) CommonName(spelling string) bool {
	return l.dict != nil && l.dict.commonName(spelling)
}

// ListedName reports whether spelling, folded, is the name of a person or
// place that the default's name lists know though its word lists leave it
// out (Marr, Horan, Johan: SCOWL's rarest names, one letter from commoner
// words). Such a name is not accepted by that alone, for the lists hold
// some typos too; it is evidence that a capitalised word one letter from
// a well-known name is a name in its own right.
func (l *Lexicon) ListedName(spelling string) bool {
	return l.dict != nil && l.dict.names.len() > 0 && l.dict.names.find(Fold(spelling)) >= 0
}

// PlaceNames returns the names of the gazetteer's places that spelling,
// folded, names: each place by its main name (GeoNames' name, English for
// well-known places), without repeats.
// A spelling may be a place's name in another language (Birmingam,
// Londra): PlaceNames says which English name it stands for.
func (l *Lexicon) PlaceNames(spelling string) []string {
	if l.gaz == nil {
		return nil
	}
	var out []string
	for _, id := range l.gaz.places(Fold(spelling)) {
		if name := l.gaz.name(id); !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// PlaceFolded reports whether a place of the gazetteer has a name or
// another spelling whose folded form (see [Fold]) is k. It does not
// allocate: a caller may ask of many spellings before it makes any.
func (l *Lexicon) PlaceFolded(k string) bool {
	return l.gaz != nil && l.gaz.fold.find(k) >= 0
}

// Population returns the largest population of the gazetteer's places
// whose main name is name, as written (France, Dublin), or 0 when no
// place has that main name or GeoNames gives none: how well known a place
// name is, where the word lists put a country and a village alike.
func (l *Lexicon) Population(name string) int {
	if l.gaz == nil {
		return 0
	}
	g := l.gaz
	most := 0
	lo, hi := g.placeSpan(Fold(name))
	for j := lo; j < hi; j++ {
		if id := g.place(j); g.name(id) == name {
			most = max(most, g.population(id))
		}
	}
	return most
}

// ListedNames yields each name of the default's name lists (see
// [Lexicon.ListedName]), folded, in sorted order; nothing when the
// dictionary has no name list.
func (l *Lexicon) ListedNames() iter.Seq[string] {
	return func(yield func(string) bool) {
		if l.dict == nil {
			return
		}
		for i := range l.dict.names.len() {
			if !yield(l.dict.names.at(i)) {
				return
			}
		}
	}
}

// HasNameList reports whether the lexicon's dictionary carries a name
// list (see [Lexicon.ListedName]): without one, no word is known not to
// be a name.
func (l *Lexicon) HasNameList() bool {
	return l.dict != nil && l.dict.names.len() > 0
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
	if ki.empty() {
		return nil // no house names: no key to look up
	}
	n := l.names()
	spellings := func(k string) iter.Seq[string] { return ki.spellings(k, n) }
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

// HouseOutranks reports whether a house entry outranks the dictionary for
// spelling, matched as Lookup matches it: Lookup then says what the house
// says of it (a rejection, a house spelling or a variant of one). Where it
// does not, Lookup says what the dictionary says, with the gazetteer's
// Place added.
func (l *Lexicon) HouseOutranks(spelling string) bool {
	if !l.HasHouse() {
		return false
	}
	d := l.derived()
	return l.houseInfo(d, &d.exact, NormApostrophes(spelling)).outranks()
}

// outranks reports whether the house's info on a spelling outranks the
// dictionary's: a rejection, a house spelling or a variant of one.
func (info Info) outranks() bool { return info.Flags&(Rejected|House|HouseVariant) != 0 }

// lookupOver is Lookup of s, apostrophes normalised, given what the house
// tables say of it (info): the house outranks the dictionary.
func (l *Lexicon) lookupOver(info Info, s string) Info {
	if info.outranks() {
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
	if l.gaz != nil && l.gaz.hasExact(s) && l.gaz.hasPlaces(Fold(s)) { // the exact table first: no folding for most words
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
	if info.outranks() {
		return info
	}
	if l.dict != nil {
		info = l.dict.lookupFold(k)
	}
	if l.gaz != nil && l.gaz.hasPlaces(k) {
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
		for s := range n.spellings(int(m.key)) {
			out = append(out, Candidate{Spelling: s, Distance: int(m.dist), Flags: House})
		}
	})
	return out
}

// Names returns every house spelling (each accepted spelling, and each word
// of a several-word one), sorted by folded form.
func (l *Lexicon) Names() []string {
	return slices.Collect(l.names().all())
}

// Words yields every dictionary word, as the dictionary writes it, in no
// particular order, without copying the table, with what the dictionary
// alone says of it (no house entry, no gazetteer: [Lexicon.Lookup] layers
// those over it). It is meant for building indexes, tools and
// comparisons, not lookups.
func (l *Lexicon) Words() iter.Seq2[string, Info] {
	return func(yield func(string, Info) bool) {
		if l.dict != nil {
			l.dict.words(yield)
		}
	}
}

// CapitalisedWords yields the spellings of [Lexicon.Words] that may start
// with a capital letter (the first byte A to Z, or not ASCII), in the same
// order: the names among them without going through the rest.
func (l *Lexicon) CapitalisedWords() iter.Seq2[string, Info] {
	return func(yield func(string, Info) bool) {
		if l.dict != nil {
			l.dict.capitalised(yield)
		}
	}
}

// OutrankedCapitalisedWords yields the spellings of
// [Lexicon.CapitalisedWords], each with what the dictionary says of it,
// that a house entry outranks the dictionary on ([Lexicon.HouseOutranks]):
// the only ones whose [Lexicon.Lookup] may say otherwise. They come in no
// set order, each once. The cost is one lookup per house spelling, not a
// walk of the dictionary.
func (l *Lexicon) OutrankedCapitalisedWords() iter.Seq2[string, Info] {
	return func(yield func(string, Info) bool) {
		if !l.HasHouse() || l.dict == nil {
			return
		}
		d := l.derived()
		for i := range d.exact.keys.len() {
			s, ok := d.exact.key(i)
			if !ok || !(s >= "A" && s < "[" || s >= "\x80") || !l.houseInfo(d, &d.exact, s).outranks() {
				continue // not a key, not where CapitalisedWords looks, or not outranked
			}
			if j := l.dict.exact.find(s); j >= 0 {
				if p := le16(l.dict.exactInfo[l.dict.col], j); p != 0 && !yield(s, packed(p).info()) {
					return
				}
			}
		}
	}
}

// A Town is a gazetteer place by its main name and population.
type Town struct {
	Name       string
	Population int
}

// PlacesOfWords returns the gazetteer's places of minPeople people or more
// whose main name has two words or more (Hong Kong, Chula Vista, Rio de
// Janeiro; see NameWords), each by its main name.
func (l *Lexicon) PlacesOfWords(minPeople int) []Town {
	if l.gaz == nil {
		return nil
	}
	g := l.gaz
	var out []Town
	for id := range int32(len(g.pop) / 4) {
		if p := g.population(id); p >= minPeople {
			if name := g.name(id); strings.IndexByte(name, ' ') >= 0 && len(NameWords(name)) >= 2 {
				out = append(out, Town{name, p})
			}
		}
	}
	return out
}
