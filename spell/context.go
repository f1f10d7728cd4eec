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
	// Counted in slices, found through maps looked up by the word's bytes
	// (a lookup that makes no string): a word of a long text may be a
	// suggestion's, such as "said", used thousands of times.
	wordIdx := make(map[string]int, len(uses))
	useN := make([]int, 0, len(uses))
	for w := range uses {
		wordIdx[w] = len(useN)
		useN = append(useN, 0)
	}
	secondIdx := map[string]map[string]int{} // first word -> second word -> index in pairN
	pairN := make([]int, 0, len(pairs))
	for p := range pairs {
		m := secondIdx[p[0]]
		if m == nil {
			m = map[string]int{}
			secondIdx[p[0]] = m
		}
		m[p[1]] = len(pairN)
		pairN = append(pairN, 0)
	}
	var cur, prev []byte // the word and the one before, as contextWord gives them
	prevWanted, prevEnd := false, -1
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
		k, wanted := wordIdx[string(cur)]
		if wanted {
			useN[k]++
		}
		if (prevWanted || wanted) && prevEnd > 0 && text[prevEnd-1] != '.' && text[prevEnd-1] != ',' && spacesOnly(text[prevEnd:i]) {
			if k, ok := secondIdx[string(prev)][string(cur)]; ok {
				pairN[k]++
			}
		}
		cur, prev = prev, cur
		prevWanted, prevEnd = wanted, j
		i = j
	}
	for w, k := range wordIdx {
		uses[w] = useN[k]
	}
	for first, m := range secondIdx {
		for second, k := range m {
			pairs[[2]string{first, second}] = pairN[k]
		}
	}
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
func contextByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '.' || c == ','
}

// appendContextWord appends contextWord(b) to dst.
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

// contextWord returns the word b, trimmed of the points and commas around
// it, in lower case; a number is "#".
func contextWord(b []byte) string {
	s := strings.Trim(string(b), ".,'")
	if s == "" {
		return ""
	}
	if s[0] >= '0' && s[0] <= '9' {
		return "#"
	}
	return strings.ToLower(s)
}

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
