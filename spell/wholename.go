package spell

// A word beside the other words of a name of several words, a famous
// person's or a place's, is judged against that name whole (see
// wholeNameSlip): Kare Bush, Robbie Willians, Chual Vista. After Mr, Mrs
// or Dr a word is judged against famous surnames (famousSurnameSlip).

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// A wholeName is a name of several words as wholeNameSlip matches it: a
// famous person's or a place's, and how well known it is (the languages
// of the person's Wikipedia article, the place's people). Its words (see
// lexicon.NameWords), as written and folded, are read on first need (see
// parsed).
type wholeName struct {
	name          string
	rank          int
	initials      uint64 // a bit per letter a-z that starts a word of name, folded (see initialsOf)
	words, folded []string
}

// initialsOf returns a bit for each ASCII letter, folded, that starts a
// word of name (bit 0 for a, 25 for z), and bit 26 for a word that starts
// with any other byte: a quick test of which words a name may have.
func initialsOf(name string) uint64 {
	var m uint64
	for f := range strings.FieldsSeq(name) {
		m |= initialBit(f[0])
	}
	return m
}

// initialBit returns the bit of initialsOf for a word that starts with b.
func initialBit(b byte) uint64 {
	if b |= 0x20; 'a' <= b && b <= 'z' {
		return 1 << (b - 'a')
	}
	return 1 << 26
}

// newWholeName returns the wholeName of name, ranked rank, its words read.
func newWholeName(name string, rank int) wholeName {
	ws := lexicon.NameWords(name)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = lexicon.Fold(w)
	}
	return wholeName{name, rank, initialsOf(name), ws, folded}
}

// parsed returns n with its words read.
func (n wholeName) parsed() wholeName {
	if n.words != nil {
		return n
	}
	return newWholeName(n.name, n.rank)
}

// mayHaveSlipOf reports whether a word of name (a run of bytes between
// spaces, a comma or a full stop after it aside) starts with first and
// has n-1 to n+1 letters: else no word of it is a slip's of a word of n
// letters that starts with first (see slipOf). It does not allocate.
func mayHaveSlipOf(name string, first rune, n int) bool {
	for f := range strings.FieldsSeq(name) {
		f = strings.TrimRight(f, ",.")
		if r, _ := utf8.DecodeRuneInString(f); r == first {
			if k := utf8.RuneCountInString(f); k >= n-1 && k <= n+1 {
				return true
			}
		}
	}
	return false
}

// famousNames returns the famous names that have the word w (see
// lexicon.FamousNames), their words not yet read: asked of the lexicon
// once per checker and spelling.
func (c *Checker) famousNames(w []byte) []wholeName {
	return c.famous.getBytes(w, c.opts.MaxCachedWords, func(w string) []wholeName {
		var out []wholeName
		for _, n := range lexicon.FamousNames(w) {
			out = append(out, wholeName{name: n.Name, rank: n.Langs, initials: initialsOf(n.Name)})
		}
		return out
	})
}

// placeNames returns the places of several words, of minPairPlace people
// or more, that have the word w, folded: the checker indexes them on
// first need.
func (c *Checker) placeNames(w []byte) []wholeName {
	c.places.once.Do(func() {
		c.places.byWord = map[string][]wholeName{}
		for _, t := range c.lex.PlacesOfWords(minPairPlace) {
			n := newWholeName(t.Name, t.Population)
			for _, k := range n.folded {
				if !slices.ContainsFunc(c.places.byWord[k], func(o wholeName) bool { return slices.Equal(o.folded, n.folded) }) {
					c.places.byWord[k] = append(c.places.byWord[k], n)
				}
			}
		}
	})
	var buf [32]byte
	if len(w) <= len(buf) && isASCII(string(w)) {
		k := buf[:len(w)]
		for i, b := range w {
			k[i] = foldASCIIByte(b)
		}
		return c.places.byWord[string(k)] // no allocation
	}
	return c.places.byWord[lexicon.Fold(string(w))]
}

// foldASCIIByte folds an ASCII letter as lexicon.Fold does: to lower case.
func foldASCIIByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// placeNameSlip returns the words that the capitalised word w at
// text[start:end] is the plainest slip of where the words around it make
// with it the name of a place of several words, of minPairPlace people or
// more, but for that slip (see wholeNameSlip): Hong Kog, Buenos Airds,
// Chual Vista, Rjio de Janeiro. A smaller place is no evidence against a
// name (Abdu Rahman is no Abdu Rahiman). Capitalised words stand together
// often, so the caller asks only of words no name list knows.
func (c *Checker) placeNameSlip(text []byte, start, end int, w string) []string {
	return c.wholeNameSlip(text, start, end, w, c.placeNames)
}

// maxNameWords is the most words on either side of a word that
// wholeNameSlip compares with a name.
const maxNameWords = 4

// famousSlip returns the words that the capitalised word w at
// text[start:end] is the plainest slip of, where the words around it make
// with it a famous person's name but for that slip (see wholeNameSlip,
// lexicon.FamousNames): Kare Bush for Kate Bush; Robbie Willians; Luiz
// Inacio Lulla da Silva; not Hanns Christian Schroeder, which is not Hans
// Christian Andersen. A name list may know the word (Kare, Willians): in
// that name it is still the slip.
func (c *Checker) famousSlip(text []byte, start, end int, w string) []string {
	return c.wholeNameSlip(text, start, end, w, c.famousNames)
}

// wholeNameSlip returns the words that the capitalised word w at
// text[start:end] is the plainest slip of (see slipChoice), where the
// words around it make with it one of the names that namesWith gives for
// a word beside it, but for that slip: the whole name must stand there,
// initials aside (George W. Bsuh), and not go on with another name (Jorge
// Kare Bush is someone else). The best known come first. It returns nil
// when the word slips from no such name.
func (c *Checker) wholeNameSlip(text []byte, start, end int, w string, namesWith func([]byte) []wholeName) []string {
	n := utf8.RuneCountInString(w)
	if n < minContextSlip {
		return nil
	}
	first, _ := utf8.DecodeRuneInString(w)
	var sc slipChoice
	var before, after []string // the words around w, read on first need
	behind, ahead := wordsBeside(text, start, end, " \n")
	for _, near := range [2][]byte{behind, ahead} {
		if len(near) == 0 || !startsUpper(string(near)) && !nameParticle[string(near)] {
			continue
		}
		for _, f := range namesWith(near) {
			if f.initials&initialBit(w[0]) == 0 || !mayHaveSlipOf(f.name, first, n) {
				continue // most names: their words are not read
			}
			f = f.parsed()
			for i, x := range f.words {
				if r, _ := utf8.DecodeRuneInString(x); r != first || utf8.RuneCountInString(x) < n-1 || utf8.RuneCountInString(x) > n+1 {
					continue // no slip: never the first letter, one letter at most
				}
				if before == nil && after == nil {
					before, after = wordsAround(text, start, end, maxNameWords)
				}
				if i > len(before) || len(f.words)-i-1 > len(after) || !sameWords(f.folded[:i], before, true) || !sameWords(f.folded[i+1:], after, false) {
					continue
				}
				if vowelAddedBesideVowel(w, x) || c.otherLocaleName(w, x) || i == 0 && c.nameBeside(before) || i == len(f.words)-1 && c.nameBeside(after[len(f.words)-1-i:]) {
					continue // Leao is Leo in Portuguese; Oak Harbour is Oak Harbor in en-GB; Jorge Luis Leao Franco is no Leo Franco
				}
				sc.add(x, slipOf(w, x), f.rank)
			}
		}
	}
	return sc.names()
}

// nameBeside reports whether the first of words, the text's words beside
// a name there, nearest first, is a capitalised word that is no
// dictionary word nor a possessive: the name in the text is then longer
// than the one it is matched with, and another's (Jorge Luis Leao Franco;
// not Rohr's Chula Vista plant).
func (c *Checker) nameBeside(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := words[0]
	possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	return startsUpper(w) && !possessive && !c.lex.KnownWord(strings.ToLower(w))
}

// sameWords reports whether the folded words of a name are those of the
// text beside a word: near holds the text's words nearest first, so that
// the words before a word (backward) are compared from the last.
func sameWords(name, near []string, backward bool) bool {
	for j := range name {
		k := name[j]
		if backward {
			k = name[len(name)-1-j]
		}
		if lexicon.Fold(near[j]) != k {
			return false
		}
	}
	return true
}

// wordsAround returns up to n words of text before the word at
// text[start:end] and up to n after it, nearest first, as a name's words
// stand: one space apart, or a line break, and initials with their full
// stop skipped (George W. Bush). A word is letters, with apostrophes and
// hyphens inside; anything else ends the words.
func wordsAround(text []byte, start, end, n int) (before, after []string) {
	for i := end; len(after) < n; {
		j := i + nameGapAfter(text[i:])
		if j == i {
			break
		}
		k := j
		for k < len(text) && nameByte(text[k]) {
			k++
		}
		if k == j {
			break
		}
		i = k
		if k < len(text) && text[k] == '.' && k-j == 1 {
			i = k + 1 // an initial
			continue
		}
		after = append(after, strings.TrimRight(string(text[j:k]), "'-"))
	}
	for i := start; len(before) < n; {
		j := i - nameGapBefore(text[:i])
		if j == i {
			break
		}
		if j >= 2 && text[j-1] == '.' && asciiLetterByte(text[j-2]) && (j == 2 || !nameByte(text[j-3])) {
			i = j - 2 // an initial
			continue
		}
		k := j
		for k > 0 && nameByte(text[k-1]) {
			k--
		}
		if k == j {
			break
		}
		i = k
		before = append(before, strings.TrimLeft(string(text[k:j]), "'-"))
	}
	return before, after
}

// nameGapAfter returns the length of the gap between two words of a name
// that rest starts with: a space or a line break (\n or \r\n); 0 for
// anything else.
func nameGapAfter(rest []byte) int {
	switch {
	case len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\n'):
		return 1
	case len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n':
		return 2
	}
	return 0
}

// nameGapBefore is nameGapAfter for the gap that head ends with.
func nameGapBefore(head []byte) int {
	n := len(head)
	switch {
	case n > 1 && head[n-2] == '\r' && head[n-1] == '\n':
		return 2
	case n > 0 && (head[n-1] == ' ' || head[n-1] == '\n'):
		return 1
	}
	return 0
}

// nameByte reports whether b may stand in a word of a name: a letter (or
// a byte of a letter beyond ASCII), an apostrophe or a hyphen.
func nameByte(b byte) bool {
	return asciiLetterByte(b) || b >= utf8.RuneSelf || b == '\'' || b == '-'
}

// honorific holds the words that stand before a surname alone (Mr Cirac,
// Mrs Tatcher), with or without a full stop.
var honorific = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Mme": true, "Herr": true}

// minFamousSurname is how many Wikipedia languages a famous person needs
// for a word after an honorific to be taken for a slip of their surname.
const minFamousSurname = 40

// famousSurnameSlip returns the surnames of famous people (see
// lexicon.FamousNames) that the capitalised word w at text[start:end],
// which no name list knows, is the plainest slip of where it stands after
// an honorific (Mr Cirac for Chirac), the most famous first, or nil.
func (c *Checker) famousSurnameSlip(text []byte, start, end int, w string) []string {
	i := start
	if i >= 2 && text[i-1] == ' ' {
		i--
	}
	if i > 0 && text[i-1] == '.' {
		i--
	}
	j := i
	for j > 0 && asciiLetterByte(text[j-1]) {
		j--
	}
	if j == i || i == start || !honorific[string(text[j:i])] || utf8.RuneCountInString(w) < 4 || c.lex.ListedName(w) ||
		c.famousNames([]byte(w)) != nil {
		return nil // a name of its own (Perse, a poet's, is no slip of Peres)
	}
	lw := lexicon.Fold(w)
	if !isASCII(lw) {
		return nil
	}
	var sc slipChoice
	eachSlipSpelling(lw, func(b []byte) {
		if lexicon.FamousNames(string(b)) == nil {
			return // most spellings: not kept in the checker's cache
		}
		names := c.famousNames(b)
		x := w[:1] + string(b[1:])
		slip := slipOf(w, x)
		if slip == noSlip && droppedLetter(w, x) {
			slip = fairSlip // Cirac: the lists know no such name
		}
		if slip == noSlip || slip != strongSlip && len(b) <= len(lw) || vowelAddedBesideVowel(w, x) || vowelAddedBesideVowel(x, w) {
			return // a key beside or a letter added makes another language's name as often (Leontiev, Leontief; Tuito, Tito)
		}
		for _, f := range names {
			if f.rank < minFamousSurname {
				continue
			}
			f = f.parsed()
			if last := len(f.words) - 1; last >= 0 && f.folded[last] == string(b) {
				sc.add(f.words[last], slip, f.rank)
			}
		}
	})
	return sc.names()
}
