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
	want := map[string]bool{}
	for _, ranked := range s.rankings {
		for _, r := range ranked {
			want[strings.ToLower(r.w)] = true
		}
	}
	pairs, uses := wordPairs(text, want)
	if len(pairs) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		word := f.Word
		ranked, ok := s.rankings[word]
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
		re := make([]scoredWord, len(ranked))
		moved := false
		for j, r := range ranked {
			re[j] = r
			lw := strings.ToLower(r.w)
			// The share of the suggestion's uses beside the same word,
			// counting this use as one that is not.
			if n := pairs[[2]string{before, lw}]; n > 0 {
				re[j].score -= contextBonus * float64(n) / float64(uses[lw]+1)
				moved = true
			}
			if n := pairs[[2]string{lw, after}]; n > 0 {
				re[j].score -= contextBonus * float64(n) / float64(uses[lw]+1)
				moved = true
			}
		}
		if !moved {
			continue
		}
		sort.SliceStable(re, func(a, b int) bool { return re[a].score < re[b].score })
		f.Suggestions = c.limit(spellingsOf(re))
		f.Message = misspelledMessage(word, f.Suggestions[0])
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

// wordPairs returns how often text writes each pair of words, in lower
// case and parted by spaces alone, of which one is a word of want, and how
// often it writes each word of want.
func wordPairs(text []byte, want map[string]bool) (pairs map[[2]string]int, uses map[string]int) {
	pairs, uses = map[[2]string]int{}, map[string]int{}
	prev, prevEnd := "", -1
	for i := 0; i < len(text); {
		if !contextByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && contextByte(text[j]) {
			j++
		}
		w := contextWord(text[i:j])
		if want[w] {
			uses[w]++
		}
		if prevEnd > 0 && text[prevEnd-1] != '.' && text[prevEnd-1] != ',' && spacesOnly(text[prevEnd:i]) && (want[prev] || want[w]) {
			pairs[[2]string{prev, w}]++
		}
		prev, prevEnd = w, j
		i = j
	}
	return pairs, uses
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
