package spell

// Context: the words just before and after a misspelled word as evidence
// for which of its suggestions was meant. The evidence is the document
// itself: a suggestion that the text writes elsewhere beside the same
// word ("later this month" once, "this mounth" later; "pounds 100m"
// once, "ponud 2m" later, a number standing for any number) is likely the
// word meant. Only documents with a misspelling that has several
// suggestions pay for it: one pass over their text, after every word is
// decided.

import (
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"
)

// contextBonus is what a suggestion saves, in edits, for each side (the
// word before, the word after) on which the document writes it beside the
// same word as the misspelling.
const contextBonus = 2.0

// contextCandidates is how many of a misspelling's best suggestions the
// context may reorder.
const contextCandidates = 8

// functionWords are the commonest words of English, which stand beside
// almost any word and so say little about which one was meant.
var functionWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "be": true, "but": true, "by": true, "for": true,
	"from": true, "he": true, "i": true, "in": true, "is": true, "it": true, "of": true, "on": true, "or": true,
	"that": true, "the": true, "to": true, "was": true, "we": true, "with": true, "you": true,
}

// keepRanking keeps the scored suggestions of the misspelled word w, for
// reordering by context (see reorderByContext).
func (s *docState) keepRanking(w string, ranked []scoredWord) {
	if s.rankings == nil {
		s.rankings = map[string][]scoredWord{}
	}
	if len(ranked) > contextCandidates {
		ranked = ranked[:contextCandidates]
	}
	s.rankings[w] = ranked
}

// reorderByContext reorders the suggestions of the misspellings among fs
// by the words around each in text (see the top of this file). fs is in
// text order; the word of each finding is its text at its offsets.
func (c *Checker) reorderByContext(s *docState, text []byte, fs []Finding) {
	if len(s.rankings) == 0 {
		return
	}
	// The misspellings whose neighbours say something, and the pairs of
	// words (a neighbour and a suggestion) and the suggestions whose uses
	// are to be counted: a pass over the text counts those alone.
	type site struct {
		f             *Finding
		ranked        []scoredWord
		before, after string
	}
	var sites []site
	pairs, uses := map[[2]string]int{}, map[string]int{}
	for i := range fs {
		f := &fs[i]
		ranked, ok := s.rankings[f.Word]
		if f.Kind != Misspelling || !ok {
			continue
		}
		before, after := neighbours(text, f.Pos.Offset, f.End.Offset)
		if functionWords[before] {
			before = ""
		}
		if functionWords[after] {
			after = ""
		}
		if before == "" && after == "" {
			continue
		}
		sites = append(sites, site{f, ranked, before, after})
		for _, r := range ranked {
			lw := strings.ToLower(r.w)
			uses[lw] = 0
			pairs[[2]string{before, lw}] = 0
			pairs[[2]string{lw, after}] = 0
		}
	}
	if len(sites) == 0 {
		return
	}
	countPairs(text, pairs, uses)
	for _, st := range sites {
		re := make([]scoredWord, len(st.ranked))
		moved := false
		for j, r := range st.ranked {
			re[j] = r
			lw := strings.ToLower(r.w)
			// The share of the suggestion's uses beside the same word,
			// counting this use as one that is not.
			if n := pairs[[2]string{st.before, lw}]; n > 0 {
				re[j].score -= contextBonus * float64(n) / float64(uses[lw]+1)
				moved = true
			}
			if n := pairs[[2]string{lw, st.after}]; n > 0 {
				re[j].score -= contextBonus * float64(n) / float64(uses[lw]+1)
				moved = true
			}
		}
		if !moved {
			continue
		}
		sort.SliceStable(re, func(a, b int) bool { return re[a].score < re[b].score })
		st.f.Suggestions = c.limit(spellingsOf(re))
		st.f.Message = misspelledMessage(st.f.Word, st.f.Suggestions[0])
	}
}

// neighbours returns the words just before and after text[start:end], in
// lower case, each only when spaces alone part it from the word (a
// full stop, comma or line break ends the context); a number is "#".
func neighbours(text []byte, start, end int) (before, after string) {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i < start && i > 0 && text[i-1] != '.' && text[i-1] != ',' {
		j := i
		for j > 0 && contextByte(text[j-1]) {
			j--
		}
		before = contextWord(text[j:i])
	}
	i = end
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i > end {
		j := i
		for j < len(text) && contextByte(text[j]) {
			j++
		}
		after = contextWord(text[i:j])
	}
	return before, after
}

// countPairs counts, in text, the uses of each word of uses and of each
// pair of words of pairs (in lower case and parted by spaces alone, as
// neighbours reads them; a number is "#"): the maps hold the words and
// pairs to count, at 0. Every pair asked holds a word of uses, so only
// where one of two neighbours is such a word is the pair looked up: the
// pass makes no string for other words.
func countPairs(text []byte, pairs map[[2]string]int, uses map[string]int) {
	// Every word asked about gets a number, found by a table probed with
	// the word's first 16 bytes (no string, no map for most words: a text
	// of a million words asks it a million times); the counts are kept in
	// slices by number, and a pair is looked up only when its first word
	// begins a pair asked and its second ends one.
	var v vocab
	for w := range uses {
		v.add(w)
	}
	pairN := make(map[uint64]int, len(pairs))
	for p := range pairs {
		pairN[pairKey(v.add(p[0]), v.add(p[1]))] = 0
	}
	wanted := make([]bool, len(v.words))
	for w := range uses {
		wanted[v.find([]byte(w))] = true
	}
	opens, closes := make([]bool, len(v.words)), make([]bool, len(v.words))
	for p := range pairs {
		opens[v.find([]byte(p[0]))], closes[v.find([]byte(p[1]))] = true, true
	}
	useN := make([]int, len(v.words))
	cur := make([]byte, 0, 64) // room for headOf's two loads (see vocab.find)
	prev, prevEnd := int32(-1), -1
	for i := 0; i < len(text); {
		if !contextByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && contextByte(text[j]) {
			j++
		}
		cur = appendContextWord(cur[:0], text[i:j])
		id := v.find(cur)
		if id >= 0 {
			if wanted[id] {
				useN[id]++
			}
			if prev >= 0 && opens[prev] && closes[id] && text[prevEnd-1] != '.' && text[prevEnd-1] != ',' && spacesOnly(text[prevEnd:i]) {
				if n, ok := pairN[pairKey(prev, id)]; ok {
					pairN[pairKey(prev, id)] = n + 1
				}
			}
		}
		prev, prevEnd = id, j
		i = j
	}
	for w := range uses {
		uses[w] = useN[v.find([]byte(w))]
	}
	for p := range pairs {
		pairs[p] = pairN[pairKey(v.find([]byte(p[0])), v.find([]byte(p[1])))]
	}
}

// pairKey is the key of the pair of word numbers a, b.
func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// A vocab numbers a few words, and finds a word's number by its bytes: a
// word of up to 16 bytes by a probe of a table of their first 16 bytes
// and length (see headOfString), a longer one through a map.
type vocab struct {
	key   [2]uint64 // random, for headHash, set with the first word
	words []string
	slots []vocabSlot // a power of two of them, at most half full
	long  map[string]int32
}

type vocabSlot struct {
	lo, hi uint64
	n      int32 // the word's length + 1; 0 for an empty slot
	id     int32
}

// add returns the number of w, giving it the next one if it is new.
func (v *vocab) add(w string) int32 {
	if id := v.find([]byte(w)); id >= 0 {
		return id
	}
	id := int32(len(v.words))
	if id == 0 {
		v.key = [2]uint64{rand.Uint64(), rand.Uint64()}
	}
	v.words = append(v.words, w)
	if len(w) > 16 {
		if v.long == nil {
			v.long = map[string]int32{}
		}
		v.long[w] = id
		return id
	}
	if 2*len(v.words) > len(v.slots) {
		old := v.slots
		size := 64
		for size < 4*len(v.words) {
			size *= 2
		}
		v.slots = make([]vocabSlot, size)
		for _, s := range old {
			if s.n != 0 {
				v.put(s)
			}
		}
	}
	lo, hi := headOfString(w)
	v.put(vocabSlot{lo: lo, hi: hi, n: int32(len(w)) + 1, id: id})
	return id
}

func (v *vocab) put(s vocabSlot) {
	mask := uint64(len(v.slots) - 1)
	for i := headHash(s.lo, s.hi, int(s.n), v.key) & mask; ; i = (i + 1) & mask {
		if v.slots[i].n == 0 {
			v.slots[i] = s
			return
		}
	}
}

// find returns the number of the word b, or -1.
func (v *vocab) find(b []byte) int32 {
	if len(b) > 16 {
		if id, ok := v.long[string(b)]; ok {
			return id
		}
		return -1
	}
	if len(v.slots) == 0 {
		return -1
	}
	lo, hi := headOf(b)
	n := int32(len(b)) + 1
	mask := uint64(len(v.slots) - 1)
	for i := headHash(lo, hi, int(n), v.key) & mask; v.slots[i].n != 0; i = (i + 1) & mask {
		if s := &v.slots[i]; s.lo == lo && s.hi == hi && s.n == n {
			return s.id
		}
	}
	return -1
}

func spacesOnly(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return len(b) > 0
}

// contextByte reports whether c is part of a word or number for context:
// ASCII letters and digits, and the apostrophes, points and commas inside
// them (don't, 2.5, 100,000). Letters outside ASCII part words, which
// costs the context of a few words and nothing else.
func contextByte(c byte) bool { return contextBytes[c] }

var contextBytes = func() (t [256]bool) {
	for c := range 256 {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '\'' || b == '.' || b == ','
	}
	return t
}()

// appendContextWord appends to dst the word b (of the ASCII bytes
// contextByte takes) trimmed of the points, commas and apostrophes around
// it, in lower case; a number is "#".
func appendContextWord(dst, b []byte) []byte {
	for len(b) > 0 && (b[0] == '.' || b[0] == ',' || b[0] == '\'') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == '.' || b[len(b)-1] == ',' || b[len(b)-1] == '\'') {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return dst
	}
	if b[0] >= '0' && b[0] <= '9' {
		return append(dst, '#')
	}
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// contextWord is appendContextWord's word as a string.
func contextWord(b []byte) string { return string(appendContextWord(nil, b)) }

// particleOfName reports whether the lower-case word text[start:end], of
// three letters or fewer, stands between two capitalised words (across
// spaces, a line break, or a hyphen after the first: Vereins- und
// Westbank): a particle of a foreign name (Fichtel und Sachs, Dieter zur
// Loye) rather than an English word.
func particleOfName(text []byte, start, end int) bool {
	if utf8.RuneCount(text[start:end]) > 3 {
		return false
	}
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\n' || text[i-1] == '\r') {
		i--
	}
	if i == start {
		return false
	}
	if i > 0 && text[i-1] == '-' {
		i--
	}
	j := i
	for j > 0 && contextByte(text[j-1]) && text[j-1] != '.' && text[j-1] != ',' {
		j--
	}
	k := end
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
		k++
	}
	return j < i && k > end && k < len(text) && isUpperASCII(text[j]) && isUpperASCII(text[k])
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }

// quotedAlone reports whether the word text[start:end] stands alone
// between quotation marks ('gandula', "gandula", ‘gandula’): a word
// mentioned rather than used, such as a term of another language that
// the text explains.
func quotedAlone(text []byte, start, end int) bool {
	open, n := utf8.DecodeLastRune(text[:start])
	if n == 0 {
		return false
	}
	close, m := utf8.DecodeRune(text[end:])
	if m == 0 {
		return false
	}
	switch open {
	case '\'', '\u2018':
		return close == '\'' || close == '\u2019'
	case '"', '\u201c':
		return close == '"' || close == '\u201d'
	}
	return false
}
