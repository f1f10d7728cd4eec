package spell

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/lexcheck/lexcheck/lexicon"
)

// Options configure a [Checker]. The zero value is ready to use.
type Options struct {
	// MaxEdits is the most edits between a misspelled word and a suggestion
	// (insert, delete, substitute, swap adjacent letters). 0 means 2.
	MaxEdits int
	// MaxSuggestions is the most suggestions a finding carries. 0 means 5.
	MaxSuggestions int
	// MaxCachedWords bounds the words whose verdicts the checker keeps
	// between documents; words not met lately are judged again. 0
	// means DefaultMaxCachedWords.
	MaxCachedWords int
}

// A Document is one text to check.
type Document struct {
	Name string // file name, used in positions; may be empty
	Src  []byte // the text as it is stored
	// Prose, if not nil, is Src with everything that is not prose replaced
	// by spaces (see package spell/markup); it must be as long as Src.
	Prose []byte
	// Accept lists extra spellings accepted in this document only.
	Accept []string
}

// A Checker checks documents against a lexicon. It is safe for concurrent
// use by multiple goroutines; it caches its verdict on each distinct word.
type Checker struct {
	lex  *lexicon.Lexicon
	opts Options

	verdicts *verdictCache
	capitals wordCache[*capitalFacts] // for capitalised words the verdict left to the document
	firsts   wordCache[[]string]      // firstNameSlip's answers
	famous   wordCache[[]wholeName]   // the famous names by word (see famousSlip)
	places   struct {                 // the places of several words by folded word (see placeNameSlip)
		once   sync.Once
		byWord map[string][]wholeName
	}
	docs  freeList[docState] // the states of documents checked, for the next (see releaseDocState)
	names struct {           // the well-known names, indexed on first need (wellKnown)
		once sync.Once
		x    *nameIndex
	}
	rare struct { // the rarer names, gathered once rareNear is asked often enough (rareNames)
		once  sync.Once
		names map[string]struct{}
		asked atomic.Int32 // how often rareNear was asked, up to directRareNear and a little past
	}
	listed struct { // the letter runs of the name lists, counted on first need (listShapes)
		once   sync.Once
		counts shapeCounts
	}
}

// NewChecker returns a checker that uses lex.
func NewChecker(lex *lexicon.Lexicon, opts Options) *Checker {
	if opts.MaxEdits <= 0 {
		opts.MaxEdits = 2
	}
	if opts.MaxSuggestions <= 0 {
		opts.MaxSuggestions = 5
	}
	if opts.MaxCachedWords <= 0 {
		opts.MaxCachedWords = DefaultMaxCachedWords
	}
	return &Checker{lex: lex, opts: opts, verdicts: newVerdictCache(opts.MaxCachedWords),
		docs: freeList[docState]{max: maxPooledDocs}}
}

// Check checks src as plain text and returns its findings sorted by
// position. filename is used in the findings' positions.
func (c *Checker) Check(filename string, src []byte) []Finding {
	fs, _ := c.CheckDocument(Document{Name: filename, Src: src})
	return fs
}

// Stats counts what a check read.
type Stats struct {
	Bytes int // bytes of the document
	Words int // words checked
}

// CheckDocument checks d and returns its findings sorted by position, with
// counts of what was read.
//
// A document of more than 4 GiB (which token offsets cannot address) is
// checked in pieces that end at line ends, each a document of its own for
// consistency and split names.
func (c *Checker) CheckDocument(d Document) ([]Finding, Stats) {
	text := d.Src
	if d.Prose != nil && len(d.Prose) == len(d.Src) {
		text = d.Prose
	}
	st := Stats{Bytes: len(d.Src)}
	var fs []Finding
	for _, p := range pieces(text, maxTokenized) {
		lo, hi := p[0], p[1]
		piece := Document{Name: d.Name, Src: d.Src[lo:hi], Accept: d.Accept}
		pfs, n := c.checkPiece(piece, text[lo:hi])
		st.Words += n
		for i := range pfs {
			pfs[i].Pos.Offset += lo
			pfs[i].End.Offset += lo
		}
		fs = append(fs, pfs...)
	}
	position(d, fs)
	return fs, st
}

// pieces splits text into spans of at most max bytes that end at a line
// end where there is one, else at a space, else anywhere.
func pieces(text []byte, max int) [][2]int {
	var out [][2]int
	lo := 0
	for len(text)-lo > max {
		hi := lo + max
		cut := bytes.LastIndexByte(text[lo:hi], '\n')
		if cut < 0 {
			cut = bytes.LastIndexByte(text[lo:hi], ' ')
		}
		if cut >= 0 {
			hi = lo + cut + 1
		}
		out = append(out, [2]int{lo, hi})
		lo = hi
	}
	return append(out, [2]int{lo, len(text)})
}

// checkPiece checks d, whose prose is text, and returns its findings
// (without line and column) and the number of words checked.
func (c *Checker) checkPiece(d Document, text []byte) ([]Finding, int) {
	// Only the tokens of words that are not plainly known are kept, and
	// those of capitalised words when there are house names they might
	// write apart (see checkSplitNames).
	splitNames := c.lex.HasHouse()
	front := c.verdicts.front()
	defer c.verdicts.putFront(front)
	toks, words := tokenizeFront(text, func(w string, lo, hi uint64) bool {
		if splitNames && startsUpper(w) && !isAllCaps(w) {
			return true
		}
		v := c.verdicts.getViaHead(front, w, lo, hi, c)
		return v.class != knownWord && v.class != skipWord
	}, front)
	n := 0
	for _, k := range words.all {
		n += int(k)
	}
	if len(toks) == 0 {
		// Every word is plainly known, as in two articles of five: the
		// document's tables (counts, spellings, decisions) would go
		// unasked. Only doubled words remain to find.
		return c.appendRepeated(nil, d.Src, text), n
	}
	doc := c.newDocState(d, words)
	doc.discountEchoes(text, toks)
	doc.front = front
	defer c.releaseDocState(doc)
	var fs []Finding
	var caps capitalMemo
	for i := range toks {
		t := &toks[i]
		if t.skip {
			continue
		}
		v := doc.verdict(c, t.word)
		if v.class == knownWord || v.class == skipWord {
			continue // most words: nothing the document could change
		}
		w := words.text[t.word]
		if doc.accepts != nil && doc.accepts[t.word] || sicFollows(text, int(t.end)) || v.capitalArticle && t.sentence {
			continue
		}
		f, ok := doc.decision(c, t.word, v)
		if ok && f.Kind == Misspelling && v.class == unknownWord && quotedAlone(text, int(t.start), int(t.end)) &&
			!c.slipOfCommonWord(w, v) {
			continue // a term mentioned, not used: the word 'gandula'
		}
		if ok && f.Kind == Misspelling && v.class == unknownWord && particleOfName(text, int(t.start), int(t.end)) &&
			!c.slipOfCommonWord(w, v) && !sameLetters(w, f.Suggestions[0]) {
			continue // a foreign name's particle: Fichtel und Sachs, Dieter zur Loye
		}
		if !ok && v.class == unknownName {
			f, ok = c.checkCapital(&caps, doc, text, t, w)
		}
		if !ok {
			if (v.class == unknownWord || v.class == unknownName) && strings.ContainsAny(w, "-'") {
				fs = c.checkParts(doc, d.Src, t, w, v.class == unknownName, fs)
			}
			continue
		}
		f.Word = string(d.Src[t.start:t.end])
		f.Pos.Offset, f.End.Offset = int(t.start), int(t.end)
		fs = append(fs, f)
	}
	c.reorderByContext(doc, text, fs)
	if splitNames {
		fs = c.checkSplitNames(doc, text, toks, fs)
	}
	fs = c.appendRepeated(fs, d.Src, text)
	return fs, n
}

// checkSplitNames flags two capitalised words in a row that write a house
// name with a space where the house writes it otherwise ("Jalal Abad" for
// Jalal-Abad, "Abdul Rahman" for Abdulrahman), or romanize a house name of
// two words otherwise ("Abdel Rahman" for Abdul Rahman). fs must be in
// text order; words already flagged or accepted are left alone. toks must hold the
// tokens of every capitalised word.
func (c *Checker) checkSplitNames(doc *docState, text []byte, toks []token, fs []Finding) []Finding {
	next := 0 // the first finding at or after the pair
	var out []Finding
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if a.skip || b.skip || b.start != a.end+1 || text[a.end] != ' ' || !doc.upper[a.word] || !doc.upper[b.word] {
			continue
		}
		for next < len(fs) && fs[next].End.Offset <= int(a.start) {
			next++
		}
		if next < len(fs) && fs[next].Pos.Offset < int(b.end) {
			continue // a word of the pair is flagged already
		}
		if doc.accepts != nil && (doc.accepts[a.word] || doc.accepts[b.word]) {
			continue // accepting "Sergey" of "Sergey Lavrov" accepts it in the pair too
		}
		h, translit, ok := doc.joined(c, a.word, b.word)
		if !ok {
			continue
		}
		why := "variant of the same name"
		if translit {
			why = "transliteration variant"
		}
		pair := doc.words[a.word] + " " + doc.words[b.word]
		f := Finding{Kind: NameVariant, Word: string(doc.d.Src[a.start:b.end]), Suggestions: []string{h},
			Message: fmt.Sprintf("%q: house spelling is %q (%s)", pair, h, why)}
		f.Pos.Offset, f.End.Offset = int(a.start), int(b.end)
		out = append(out, f)
		i++ // b is part of this name
	}
	if len(out) == 0 {
		return fs
	}
	return append(fs, out...) // position sorts them
}

// checkParts checks each part of a hyphenated word that is not known
// whole (recieve-and-spend, Bakiev-led), or of a name after an apostrophe
// (O'Connnell), flagging a misspelled part, or one the house rejects or
// spells otherwise, on its own span. The parts of a name (Abish-uly) are
// not checked as words.
func (c *Checker) checkParts(doc *docState, src []byte, t *token, w string, name bool, fs []Finding) []Finding {
	if int(t.end-t.start) != len(w) {
		return fs // entities or typographic apostrophes: spans would not line up
	}
	parts := wordParts(w)
	if len(parts) < 2 {
		return fs
	}
	for _, p := range parts {
		part := w[p[0]:p[1]]
		start, end := int(t.start)+p[0], int(t.start)+p[1]
		if utf8.RuneCountInString(part) < 3 {
			continue
		}
		v := c.verdict(part)
		if v.class == unknownName {
			f, ok := c.partSlip(doc, t, w, p) // Lonfon-based, O'Connnell
			if !ok {
				if names := c.placedSlip(src, start, end, part); names != nil {
					f, ok = nameSlipFinding(part, names[0], names[1:]...), true // May-Alr, D-Kaan.
				}
			}
			if ok {
				f.Word = string(src[start:end])
				f.Pos.Offset, f.End.Offset = start, end
				fs = append(fs, f)
			}
			continue
		}
		if (v.class != unknownWord || name) && v.class != rejectedWord && v.class != houseVariant {
			continue
		}
		if f, ok := c.decide(doc, part, v); ok {
			f.Word = string(src[start:end])
			f.Pos.Offset, f.End.Offset = start, end
			fs = append(fs, f)
		}
	}
	return fs
}

// wordParts returns the byte spans of the parts of w: the runs between
// its hyphens, and a name after an apostrophe (O'Connell, D'Amato) apart
// from what goes before it. An apostrophe before a lower-case letter
// (don't, Ma'alot) joins its part.
func wordParts(w string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '-' || w[i] == '\'' && i+1 < len(w) && startsUpper(w[i+1:]) {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(w)})
}

// The classes of word a verdict gives.
type class uint8

const (
	skipWord     class = iota // not a word to judge (too short, an acronym)
	knownWord                 // known as it is
	rejectedWord              // the house lexicon rejects it
	houseVariant              // another spelling of a place or name the house spells otherwise
	unknownName               // unknown, capitalised: a name
	unknownWord               // unknown, lower case
)

// A verdict is what the lexicon alone says of a word; the document can
// still change the outcome (consistency, suggestions the text uses).
type verdict struct {
	class    class
	suggest  string      // for rejectedWord and houseVariant
	names    []candidate // near house names, best first
	translit bool        // names holds transliteration variants, not typos
	// capitalArticle marks a houseVariant that is a house name after the
	// article written with a capital (Al-Armanazi): at a sentence's start
	// it is the article in lower case (al-Armanazi), which passes.
	capitalArticle bool

	// The dictionary words near an unknownWord, best first: see dictWords.
	words   []candidate
	pending string // the word, while its near words are not looked up yet
	once    sync.Once
}

// dictWords returns the dictionary words near an unknown word, best
// first, looking them up on first need. Most unknown words in a long text
// are used on purpose, three times or more, and need none: the search is
// the dearest part of a verdict.
func (v *verdict) dictWords(c *Checker) []candidate {
	if v.pending != "" {
		v.once.Do(func() { v.words = c.nearWords(v.pending) })
	}
	return v.words
}

type candidate struct {
	spelling string
	dist     int
	score    float64 // lower is better
	tier     int     // dictionary tier of a dictionary word (SCOWL size, 10 most common)
	locale   string  // for this locale's spelling of another locale's word: that locale

	soundsAlike bool // the same soundKey as the misspelled word
}

func (c *Checker) verdict(w string) *verdict {
	return c.verdicts.get(w, c)
}

// known and skipped are the verdicts on most words, each shared by all
// the words it is given to: a check asks each distinct word's class in
// every document, and one verdict stays in the processor's cache where one
// per word would cost a cache miss each. They hold nothing else and are
// never changed.
var (
	known   = &verdict{class: knownWord}
	skipped = &verdict{class: skipWord}
)

// maxWordLetters is the most letters of a word that is judged, four times
// the longest words of the dictionary. A longer run of letters
// is no word (a run of base64, a keyboard held down), and would cost
// every lookup a pass over it.
const maxWordLetters = 128

// romanizedHouseName reports whether the house entry of the name h gives
// its original script.
func (c *Checker) romanizedHouseName(h string) bool {
	e := c.lex.Lookup(h).Entry
	return e != nil && e.Original != ""
}

// typoOf reports whether w, made of known parts, is still more likely a
// typo of the dictionary word cand: one slip away (one edit, or a letter
// moved two places: greatful for grateful), the same first letter, and a
// word of the dictionary's common tiers. It is, too, when cand is this
// locale's spelling of w (programmes in en-US is pro- and grammes, but
// the British spelling of programs).
func typoOf(w string, cand candidate) bool {
	if cand.locale != "" {
		return true
	}
	slip := cand.dist <= 1 || cand.dist == 2 && movedLetter(strings.ToLower(w), strings.ToLower(cand.spelling))
	return slip && unicode.ToLower(first(cand.spelling)) == unicode.ToLower(first(w)) && cand.tier <= lexicon.TierCommonWord
}

// slipOfCommonWord reports whether the unknown lower-case word w, with
// verdict v, is one slip from a common word (see typoOf): then a writer
// meant that word, however the text presents w. It asks whether the best
// of w's near words is such a word; nearCommonSlip, which asks whether
// any is, says no first without the search two edits away. A word of
// known parts asks nearCommonSlip itself (see knownParts); a word used
// again and again, or quoted, asks this, the looser test: jargon (cif,
// unctad) is often one slip from some common word, seldom from its best.
func (c *Checker) slipOfCommonWord(w string, v *verdict) bool {
	if v.pending != "" && !c.nearCommonSlip(w) {
		return false // the search for the words near w would show none
	}
	words := v.dictWords(c)
	return len(words) > 0 && typoOf(w, words[0])
}

// nearCommonSlip reports whether any word near the lower-case word w is
// one typoOf takes w for a slip of: a common word one edit away (not a
// variant spelling, which is never suggested), or two with a letter moved,
// or another locale's word. It looks only one edit
// away, which costs a fraction of the search two edits away, and tries the
// letters moved one by one.
func (c *Checker) nearCommonSlip(w string) bool {
	lw := strings.ToLower(w)
	if _, _, ok := c.lex.LocaleSpelling(lw); ok {
		return true
	}
	for _, nc := range c.lex.NearWords(lw, 1) {
		if nc.Flags&lexicon.Variant == 0 && typoOf(lw, candidate{spelling: nc.Spelling, dist: nc.Distance, tier: nc.Tier}) {
			return true
		}
	}
	b := []byte(lw)
	for p := 0; p+3 <= len(b); p++ {
		x := lw[p : p+3]
		for _, moved := range [2]string{x[1:] + x[:1], x[2:] + x[:2]} {
			copy(b[p:], moved)
			if info := c.lex.LookupFold(string(b)); info.Flags&lexicon.Word != 0 && info.Tier <= lexicon.TierCommonWord {
				return true
			}
		}
		copy(b[p:], x)
	}
	return false
}

// knownByParts reports whether w is made of known parts: a hyphenated
// word whose parts are known, a common prefix or suffix on a known word,
// or two common words written as one.
func (c *Checker) knownByParts(w string) bool {
	lw := strings.ToLower(w)
	for _, p := range prefixes {
		if len(lw) > len(p)+2 && strings.HasPrefix(lw, p) && c.isWord(lw[len(p):], lexicon.TierStem) {
			return true
		}
	}
	for _, s := range suffixes {
		if len(lw) > len(s)+2 && strings.HasSuffix(lw, s) {
			stem := lw[:len(lw)-len(s)]
			if c.isWord(stem, lexicon.TierStem) || c.isWord(stem+"e", lexicon.TierStem) ||
				strings.HasSuffix(stem, "i") && c.isWord(stem[:len(stem)-1]+"y", lexicon.TierStem) {
				return true
			}
		}
	}
	// Closed compounds: gameplay, bandmates.
	rs := []rune(lw)
	if c.joinedHyphenated(rs) {
		return true
	}
	lo, hi := compoundSplits(len(rs))
	for i := lo; i <= hi; i++ {
		a, b := string(rs[:i]), string(rs[i:])
		if c.isWord(a, lexicon.TierCommonName) && c.isWord(b, lexicon.TierCommonName) {
			return true
		}
	}
	return false
}

// joinedHyphenated reports whether the lower-case word rs is a hyphenated
// word of the dictionary written as one (signup for sign-up, lineup for
// line-up): a compound's hyphen comes and goes with house style. Words
// longer than maxCompoundPart letters are not split, so that the check
// costs time linear in the word's length.
func (c *Checker) joinedHyphenated(rs []rune) bool {
	if len(rs) > maxCompoundPart {
		return false
	}
	buf := make([]byte, 0, 4*len(rs)+1)
	for i := 2; i <= len(rs)-2; i++ {
		buf = append(append(append(buf[:0], string(rs[:i])...), '-'), string(rs[i:])...)
		if c.isWord(string(buf), lexicon.TierHyphenPart) {
			return true
		}
	}
	return false
}

// maxCompoundPart is the most letters a part of a closed compound may
// have: more than any common dictionary word (tier 50 and below, the
// longest of which, such as counterrevolutionaries, have 22).
const maxCompoundPart = 32

// compoundSplits returns the first and last split points, in letters, at
// which a word of n letters may be two common words written as one: each
// part has at least 3 letters and at most maxCompoundPart. A word longer
// than two such parts has none (lo > hi), so that its check costs time
// linear in its length, not a lookup of every split.
func compoundSplits(n int) (lo, hi int) {
	return max(3, n-maxCompoundPart), min(n-3, maxCompoundPart)
}

// knownHyphenated reports whether w is a hyphenated word whose parts are
// known words or common prefixes (co-ordinator, X-ray), or which is known
// written without hyphens.
func (c *Checker) knownHyphenated(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	lw := strings.ToLower(w)
	ok := true
	for _, p := range strings.Split(lw, "-") {
		if !c.commonOrPrefix(p) {
			ok = false
			break
		}
	}
	return ok || c.isWord(strings.ReplaceAll(lw, "-", ""), lexicon.TierHyphenPart)
}

func (c *Checker) commonOrPrefix(p string) bool {
	if p == "" {
		return false
	}
	for _, x := range prefixes {
		if p == x {
			return true
		}
	}
	return c.isWord(p, lexicon.TierHyphenPart) || c.lex.LookupFold(p).Known()
}

// isWord reports whether w is an ordinary dictionary word of at most the given tier.
func (c *Checker) isWord(w string, maxTier int) bool {
	info := c.lex.LookupFold(w)
	return info.Flags&lexicon.Word != 0 && info.Known() && info.Tier <= maxTier
}

var prefixes = []string{"anti", "co", "counter", "cyber", "de", "dis", "e", "eco", "ex", "hyper", "inter", "mega", "micro", "mid", "mis", "multi", "neo", "non", "over", "post", "pre", "pro", "re", "self", "semi", "sub", "super", "trans", "ultra", "un", "under"}

var suffixes = []string{"ly", "ness", "less", "ful", "ism", "isms", "ist", "ists", "ship", "ships", "like", "wise", "hood", "ably", "able"}

// nearWords returns the dictionary words near w, best first. A word of
// another locale (liter in en-GB) has one: this locale's spelling of it
// (litre), which no nearer word (later) is meant more often than.
func (c *Checker) nearWords(w string) []candidate {
	lw := strings.ToLower(w)
	if lc, locale, ok := c.lex.LocaleSpelling(lw); ok {
		return []candidate{{spelling: lc.Spelling, dist: osa([]rune(lw), []rune(lc.Spelling), len(lc.Spelling)), tier: lc.Tier, locale: locale}}
	}
	max := c.opts.MaxEdits
	if utf8.RuneCountInString(lw) <= 4 {
		max = 1
	}
	ncs := c.lex.NearWords(lw, max)
	out := make([]candidate, 0, len(ncs))
	key := soundKey(lw)
	for _, nc := range ncs {
		if nc.Flags&lexicon.Variant != 0 || nc.Flags&lexicon.Word == 0 && nc.Distance > 1 {
			continue // a variant, or a proper name (British for brittish) further than one slip
		}
		out = append(out, candidate{spelling: nc.Spelling, dist: nc.Distance, score: wordScore(lw, !startsUpper(w), nc), tier: nc.Tier,
			soundsAlike: soundKey(strings.ToLower(nc.Spelling)) == key})
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.score != b.score {
			return cmp.Compare(a.score, b.score)
		}
		return strings.Compare(a.spelling, b.spelling)
	})
	return out
}

// anagramBonus is what a candidate two edits away that is the
// misspelling with one letter moved two places saves, in edits: a letter
// typed two places early or late (boaut for about, monsth for months,
// tounge for tongue) is one slip of the fingers, which the edit distance
// counts as two. (Two neighbours swapped are one edit already; a letter
// further off, as in subtances for substance, is no such slip.)
const anagramBonus = 1.0

// movedLetter reports whether b is a with one letter moved two places
// (the three letters from the first difference to the last turned by
// one).
func movedLetter(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	p, q := 0, len(a)-1
	for a[p] == b[p] {
		p++
	}
	for a[q] == b[q] {
		q--
	}
	if q-p != 2 {
		return false
	}
	x, y := a[p:q+1], b[p:q+1]
	return x[1:]+x[:1] == y || x[2:]+x[:2] == y
}

// properSlip is the cost, in edits, of a proper name as the word meant
// by a misspelled lower-case word: the writer missed its capital too.
const properSlip = 0.5

// wordScore ranks a dictionary candidate for the misspelled word w (in
// lower case; lower says whether the text wrote it so): fewer edits first,
// then the more common word, then the closer in plain Levenshtein distance
// (which counts a swap as two edits).
func wordScore(w string, lower bool, nc lexicon.Candidate) float64 {
	lc := strings.ToLower(nc.Spelling)
	s := typoCost([]rune(w), []rune(lc))
	if lower && nc.Flags&lexicon.Word == 0 {
		s += properSlip // a proper name, and its capital missed too
	}
	if nc.Distance >= 2 && movedLetter(w, lc) {
		s -= anagramBonus
	}
	if nc.Count > 0 {
		s += freqWeight * (7 - math.Log10(float64(nc.Count)))
	} else {
		s += freqWeight*7 + tierWeight(nc.Tier)
	}
	if first(w) != first(lc) {
		s += 0.3
	}
	return s
}

// soundBonus is what a candidate said like the misspelling (the same
// soundKey: knver and never, hered and heard) saves, in edits.
const soundBonus = 0.2

// freqWeight is the cost of a word ten times rarer, in edits.
const freqWeight = 0.25

func tierWeight(tier int) float64 {
	switch {
	case tier <= 10:
		return 0
	case tier <= 20:
		return 0.05
	case tier <= 35:
		return 0.15
	case tier <= 40:
		return 0.2
	case tier <= 50:
		return 0.3
	case tier <= 55:
		return 0.4
	case tier <= 60:
		return 0.5
	case tier <= 70:
		return 0.65
	}
	return 0.8
}

func sortCandidates(cs []candidate, w string) {
	for i := range cs {
		cs[i].score = float64(cs[i].dist) + 0.05*float64(levenshtein.ComputeDistance(w, cs[i].spelling))
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score < cs[j].score
		}
		return cs[i].spelling < cs[j].spelling
	})
}

func first(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func startsUpper(s string) bool { return unicode.IsUpper(first(s)) }

// lowerASCII reports whether s is made of ASCII lower-case letters,
// hyphens and apostrophes only, starting with a letter.
func lowerASCII(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasVowel reports whether a Latin-script word has a vowel (or y); a word
// without one is an abbreviation (Kbps, mph). Words in other scripts pass.
func hasVowel(s string) bool {
	latin := false
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiouyàáâãäåèéêëìíîïòóôõöùúûüý", r) {
			return true
		}
		latin = latin || r < 0x250 && unicode.IsLetter(r)
	}
	return !latin
}

// articleName reports whether w is a name after an Arabic article or
// particle: al-Qaddafi, Al-Qaddafi, el-Baradei, bin-Laden.
func articleName(w string) bool {
	art, name, ok := strings.Cut(w, "-")
	if !ok || !startsUpper(name) {
		return false
	}
	switch strings.ToLower(art) {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "bin", "ibn", "abu":
		return true
	}
	return false
}

// innerCapital reports whether a word that starts in lower case has a
// capital inside: a brand (iPod, eBay) or words run together (ofTexas).
func innerCapital(s string) bool {
	if startsUpper(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// hasLetterRun reports whether s has a letter three times in a row:
// deliberate spellings (pleeease, hisss) rather than typos.
func hasLetterRun(s string) bool {
	var a, b rune
	for _, r := range strings.ToLower(s) {
		if r == a && r == b && unicode.IsLetter(r) {
			return true
		}
		a, b = b, r
	}
	return false
}

// sicFollows reports whether "[sic]" follows the word ending at end.
func sicFollows(text []byte, end int) bool {
	rest := text[end:]
	i := 0
	for i < len(rest) && i < 4 && (rest[i] == ' ' || rest[i] == '\'' || rest[i] == '"' || rest[i] == ',') {
		i++
	}
	return len(rest)-i >= 5 && strings.EqualFold(string(rest[i:i+5]), "[sic]")
}
