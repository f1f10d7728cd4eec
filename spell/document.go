package spell

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// docState is what one check knows of its document: how often each
// spelling occurs, for consistency and for ranking suggestions, and what
// it has decided of each distinct word.
type docState struct {
	d      Document
	accept map[string]bool
	count  map[string]int     // folded spelling -> occurrences
	caps   map[string]int     // folded spelling -> capitalised occurrences not at a sentence start
	shown  map[string][]int32 // folded spelling -> the words (indexes) that write it capitalised
	all    []int32            // per word, its occurrences
	keys   []nameKey          // the keys of shown, sorted, for consistency (built with byDeletion)
	front  *frontCache        // the verdicts this check looked up lately, if any

	// Per distinct word of the document (indexed by token.word): its text,
	// whether it is capitalised (not all capitals), whether the document
	// accepts it, and, once asked for, the verdict on it and what decide
	// made of that (the index + 1 of the decision in decisions: only the
	// few words not plainly known are decided).
	words     []string
	folded    []string // lexicon.Fold of each word
	upper     []bool
	accepts   []bool
	verdicts  []*verdict
	decided   []int32
	decisions []decision

	// Built on first need, so that a long document costs no more than the
	// sum of its distinct names: keys by their forms less one letter,
	// majority's answer per folded spelling, and the house spelling (if
	// any) that two capitalised words in a row write apart.
	byDeletion *deletionTable
	majorities map[majorityKey]majorityAnswer
	pairs      map[[2]int32]joinedAnswer
	facts      []wordFacts // per word: what a pair of words needs to know of it, once asked
}

// wordFacts are what the lexicon says of a word, folded, that the check of
// two capitalised words in a row needs: asked once per word.
type wordFacts uint8

const (
	factsAsked wordFacts = 1 << iota
	factWord             // an ordinary dictionary word
	factHouse            // a house word or an ordinary word: not a name the house does not spell
	factPhrase           // a word of a house name of several words
)

type majorityKey struct {
	key   string
	upper bool
}

type majorityAnswer struct {
	spelling string
	n        int
}

type decision struct {
	ok bool
	f  Finding
}

type joinedAnswer struct {
	house        string
	translit, ok bool
}

type nameKey struct {
	key   string
	runes []rune
}

// newDocState counts the words of a document. It works per distinct
// word: the tokenizer counted each word's occurrences, and each spelling is
// folded once.
func newDocState(d Document, ws *words) *docState {
	s := &docState{d: d, count: make(map[string]int, len(ws.text)), caps: map[string]int{}, shown: map[string][]int32{},
		all: ws.all, words: ws.text, folded: make([]string, len(ws.text)), upper: make([]bool, len(ws.text)),
		verdicts: make([]*verdict, len(ws.text)), decided: make([]int32, len(ws.text))}
	if len(d.Accept) > 0 {
		s.accept = map[string]bool{}
		for _, w := range d.Accept {
			s.accept[lexicon.Fold(w)] = true
		}
		s.accepts = make([]bool, len(ws.text))
	}
	for id, w := range ws.text {
		k := lexicon.Fold(w)
		s.folded[id] = k
		s.count[k] += int(ws.all[id])
		if s.accepts != nil {
			s.accepts[id] = s.accept[k]
		}
		if !startsUpper(w) || isAllCaps(w) {
			continue
		}
		s.upper[id] = true
		s.caps[k] += int(ws.inside[id])
		s.shown[k] = append(s.shown[k], int32(id))
	}
	return s
}

// release frees the tables s keeps outside the Go heap; s must not be
// used after.
func (s *docState) release() {
	if s.byDeletion != nil {
		s.byDeletion.release()
		s.byDeletion = nil
	}
}

func (s *docState) accepted(w string) bool {
	return s.accept != nil && s.accept[lexicon.Fold(w)]
}

// verdict returns the checker's verdict on the word with index id.
func (s *docState) verdict(c *Checker, id int32) *verdict {
	v := s.verdicts[id]
	if v == nil {
		if s.front != nil {
			v = c.verdicts.getVia(s.front, s.words[id], c)
		} else {
			v = c.verdict(s.words[id])
		}
		s.verdicts[id] = v
	}
	return v
}

// decision returns what [Checker.decide] makes of the word with index id
// and its verdict v, which depends on the word and the document only, not
// on where the word is: it is decided once per word. The finding has no
// position yet.
func (s *docState) decision(c *Checker, id int32, v *verdict) (Finding, bool) {
	if s.decided[id] == 0 {
		var d decision
		d.f, d.ok = c.decide(s, s.words[id], v)
		s.decisions = append(s.decisions, d)
		s.decided[id] = int32(len(s.decisions))
	}
	d := &s.decisions[s.decided[id]-1]
	f := d.f
	f.Suggestions = slices.Clone(f.Suggestions) // each finding its own
	return f, d.ok
}

// joined returns the house name that the words with indexes a and b,
// written apart, spell (see [Checker.checkSplitNames]), and whether the
// pair is a transliteration of it rather than the same letters apart.
func (s *docState) joined(c *Checker, a, b int32) (house string, translit, ok bool) {
	fa, fb := s.factsOf(c, a), s.factsOf(c, b)
	if fa&fb&factWord != 0 {
		// Two ordinary words (Game Boy beside a house GameBoy) may be
		// meant apart. (Tested first: it needs no pair, and each word's
		// answer is kept.)
		return "", false, false
	}
	if j, ok := s.pairs[[2]int32{a, b}]; ok {
		return j.house, j.translit, j.ok
	}
	// The pair must write a house name apart, and not be accepted or known
	// as it is. Most pairs write no house name: asked first.
	var j joinedAnswer
	known := func() bool {
		pair := s.pair(a, b)
		return s.accepted(pair) || c.lex.LookupFold(pair).Known()
	}
	if h, ok := c.lex.JoinedPair(s.folded[a], s.folded[b]); ok && !known() {
		j.house, j.ok = h, true
	} else if phrasePair(fa, fb) && !known() {
		// Or romanize a house name of two words otherwise: "Abdel Rahman"
		// for a house "Abdul Rahman", where neither word alone is a
		// variant.
		for _, tn := range c.lex.TranslitNames(s.pair(a, b)) {
			if strings.Count(tn.Spelling, " ") == 1 {
				j.house, j.translit, j.ok = tn.Spelling, true, true
				break
			}
		}
	}
	if s.pairs == nil {
		s.pairs = map[[2]int32]joinedAnswer{}
	}
	s.pairs[[2]int32{a, b}] = j
	return j.house, j.translit, j.ok
}

// pair returns the words with indexes a and b written apart.
func (s *docState) pair(a, b int32) string { return s.words[a] + " " + s.words[b] }

// phrasePair reports whether a pair of words may romanize a house name of
// several words otherwise: one is a word of such a name and the other a
// name the house does not spell. Two house words are the house's name or
// two of its names side by side, and an ordinary word (President Obama) is
// not part of a name.
func phrasePair(a, b wordFacts) bool {
	return a&factPhrase != 0 && b&factHouse == 0 || b&factPhrase != 0 && a&factHouse == 0
}

// factsOf returns the facts of the word with index id, asking the lexicon
// once per word.
func (s *docState) factsOf(c *Checker, id int32) wordFacts {
	if s.facts == nil {
		s.facts = make([]wordFacts, len(s.words))
	}
	if s.facts[id] == 0 {
		info := c.lex.LookupFold(s.words[id])
		f := factsAsked
		if info.Flags&lexicon.Word != 0 {
			f |= factWord
		}
		if info.Flags&(lexicon.House|lexicon.Word) != 0 {
			f |= factHouse
		}
		if info.Flags&lexicon.House != 0 && info.Entry != nil && strings.Contains(info.Entry.Preferred(), " ") {
			f |= factPhrase
		}
		s.facts[id] = f
	}
	return s.facts[id]
}

// display returns the document's most frequent capitalised spelling of key.
func (s *docState) display(key string) string {
	best, n := key, 0
	for _, id := range s.shown[key] {
		w, c := s.words[id], int(s.all[id])
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}

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
		if !oneSlip(k, o.key, kr, o.runes) {
			continue
		}
		if c.lex.LookupFold(o.key).Flags&lexicon.Word != 0 && s.caps[o.key] < 2 {
			continue // an ordinary word, not used as a name in this text
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
// that share a form less at most one letter with kr: a superset of the
// keys one edit (optimal string alignment) from it. Forms are kept by
// hash, not as strings, so that building the table allocates nothing per
// form; a collision only adds a key the caller's own test of the distance
// drops. The keys and the table are built on the first call.
func (s *docState) oneDeletionApart(kr []rune) []int32 {
	if s.byDeletion == nil {
		forms := 0
		for k := range s.shown {
			if utf8.RuneCountInString(k) > maxNameKey+1 {
				continue // one edit from no key that is looked up
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

// decide turns a verdict on the word w into a finding, or reports false.
func (c *Checker) decide(s *docState, w string, v *verdict) (Finding, bool) {
	switch v.class {
	case rejectedWord:
		return Finding{Kind: Rejected, Suggestions: nonEmpty(v.suggest),
			Message: fmt.Sprintf("%q: house spelling is %q", w, v.suggest)}, true
	case houseVariant:
		why := "variant of the same name"
		if v.translit {
			why = "transliteration variant"
		}
		return Finding{Kind: NameVariant, Suggestions: []string{v.suggest},
			Message: fmt.Sprintf("%q: house spelling is %q (%s)", w, v.suggest, why)}, true
	case unknownName, unknownWord:
	default:
		return Finding{}, false
	}
	if len(v.names) > 0 && v.translit {
		return Finding{Kind: NameVariant, Suggestions: c.limit(spellings(v.names)),
			Message: fmt.Sprintf("%q: house spelling is %q (transliteration variant)", w, v.names[0].spelling)}, true
	}
	if len(v.names) > 0 {
		return Finding{Kind: NameVariant, Suggestions: c.limit(spellings(v.names)),
			Message: fmt.Sprintf("%q looks like a variant of %q", w, v.names[0].spelling)}, true
	}
	if m, n := s.majority(c, w); m != "" {
		return Finding{Kind: Inconsistent, Suggestions: []string{m},
			Message: fmt.Sprintf("%q is spelled %q %d times elsewhere in this document", w, m, n)}, true
	}
	if v.class == unknownWord && !c.repeatedOnPurpose(w, v, s.count[lexicon.Fold(w)]) {
		words := v.dictWords(c)
		if len(words) == 0 {
			return Finding{}, false
		}
		if l := words[0].locale; l != "" {
			return Finding{Kind: Misspelling, Suggestions: []string{words[0].spelling},
				Message: fmt.Sprintf("%q is the %s spelling; did you mean %q?", w, l, words[0].spelling)}, true
		}
		sug := s.rank(words)
		out := c.limit(sug)
		return Finding{Kind: Misspelling, Suggestions: out,
			Message: fmt.Sprintf("%q looks misspelled; did you mean %q?", w, out[0])}, true
	}
	return Finding{}, false
}

// rank orders dictionary candidates, preferring words the document uses.
func (s *docState) rank(cs []candidate) []string {
	type sc struct {
		w     string
		score float64
	}
	out := make([]sc, len(cs))
	for i, c := range cs {
		score := c.score
		if s.count[lexicon.Fold(c.spelling)] > 0 {
			score -= 0.3
		}
		out[i] = sc{c.spelling, score}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score < out[j].score })
	ws := make([]string, len(out))
	for i, o := range out {
		ws[i] = o.w
	}
	return ws
}

func (c *Checker) limit(ws []string) []string {
	if len(ws) > c.opts.MaxSuggestions {
		ws = ws[:c.opts.MaxSuggestions]
	}
	return ws
}

func spellings(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.spelling
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}

var newline = []byte{'\n'}

// position fills in the line and column of each finding and sorts them.
// It reads the text once: a finding's column counts on from the one
// before on the same line.
func position(d Document, fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Pos.Offset < fs[j].Pos.Offset })
	var at cursor
	for i := range fs {
		at.advance(d.Src, fs[i].Pos.Offset)
		end := at
		end.advance(d.Src, fs[i].End.Offset)
		fs[i].Pos = Position{Filename: d.Name, Offset: at.off, Line: at.line + 1, Column: at.col + 1}
		fs[i].End = Position{Filename: d.Name, Offset: end.off, Line: end.line + 1, Column: end.col + 1}
	}
}

// A cursor is an offset in a text with its line and column, counted from
// 0; the column in code points.
type cursor struct {
	off, line, col int
}

// advance moves c on to off in src, which is not before c. Offsets are
// those of words (where a code point starts), so that the code points
// counted up to c and on from it add up to those counted from the line's
// start.
func (c *cursor) advance(src []byte, off int) {
	if off <= c.off {
		return
	}
	seg := src[c.off:off]
	if n := bytes.Count(seg, newline); n > 0 {
		c.line += n
		c.col = utf8.RuneCount(seg[bytes.LastIndexByte(seg, '\n')+1:])
	} else {
		c.col += utf8.RuneCount(seg)
	}
	c.off = off
}
