package spell

import (
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// A famousName is a famous person's name as famousSlip matches it: its
// words (see lexicon.FamousName.Words) as written and folded, and how famous the person
// is (see lexicon.FamousName).
type famousName struct {
	words, folded []string
	langs         int
}

// famousNames returns the famous names that have the word w as famousSlip
// matches them: asked of the lexicon once per checker and spelling.
func (c *Checker) famousNames(w []byte) []famousName {
	return c.famous.getBytes(w, c.opts.MaxCachedWords, func(w string) []famousName {
		var out []famousName
		for _, n := range lexicon.FamousNames(w) {
			ws := n.Words()
			folded := make([]string, len(ws))
			for i, w := range ws {
				folded[i] = lexicon.Fold(w)
			}
			out = append(out, famousName{ws, folded, n.Langs})
		}
		return out
	})
}

// maxNameWords is the most words around a word that famousSlip compares
// with a famous name.
const maxNameWords = 4

// famousSlip returns the words that the capitalised word w at
// text[start:end] is the plainest slip of (see slipChoice), where the
// words around it make with it a famous person's name but for that slip
// (see lexicon.FamousNames): Kare Bush for Kate Bush; Robbie Willians;
// Luiz Inacio Lulla da Silva. The whole name must stand there, its
// initials aside (George Bsuh; not Hanns Christian Schroeder, which is
// not Hans Christian Andersen), and the most famous come first. A name
// list may know the word (Kare, Willians): in that name it is still the
// slip. It returns nil when the word slips from no such name.
func (c *Checker) famousSlip(text []byte, start, end int, w string) []string {
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
		for _, f := range c.famousNames(near) {
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
				if vowelAddedBesideVowel(w, x) || i == 0 && nameBeside(c, before) || i == len(f.words)-1 && nameBeside(c, after[len(f.words)-1-i:]) {
					continue // Leao is Leo in Portuguese; Jorge Luis Leao Franco is no Leo Franco
				}
				sc.add(x, slipOf(w, x), f.langs)
			}
		}
	}
	return sc.names()
}

// nameBeside reports whether the first of words, the text's words beside
// a famous name there, nearest first, is a capitalised word that is no
// dictionary word: the name in the text is then longer than the famous
// one, and another person's (Jorge Luis Leao Franco).
func nameBeside(c *Checker, words []string) bool {
	w := firstOf(words)
	return w != "" && startsUpper(w) && !c.lex.KnownWord(strings.ToLower(w))
}

// firstOf returns the first of words, or "".
func firstOf(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[0]
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
		if slip == noSlip || vowelAddedBesideVowel(w, x) || vowelAddedBesideVowel(x, w) {
			return
		}
		for _, f := range names {
			if last := len(f.words) - 1; f.langs >= minFamousSurname && f.folded[last] == string(b) {
				sc.add(f.words[last], slip, f.langs)
			}
		}
	})
	return sc.names()
}
