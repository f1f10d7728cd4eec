package main

import "strings"

// nearIndex answers "is this word within one edit of a known word?", with
// edits counted as Damerau-Levenshtein (insertion, deletion, substitution,
// adjacent transposition). It is a deletion-neighbourhood index: every word
// is stored with each one-letter deletion, so a query costs O(len²) lookups
// instead of a scan of the whole list. Words are compared lower-cased.
type nearIndex struct {
	words  map[string]string   // lower-cased word → the word
	delAny map[string][]string // one-letter deletion → words it came from
	delPos map[string][]string // deletion + position → words
}

// newNearIndex indexes words.
func newNearIndex(words []string) *nearIndex {
	ix := &nearIndex{words: map[string]string{}, delAny: map[string][]string{}, delPos: map[string][]string{}}
	for _, w := range words {
		lw := strings.ToLower(w)
		if _, ok := ix.words[lw]; ok {
			continue
		}
		ix.words[lw] = w
		r := []rune(lw)
		for i := range r {
			d := string(r[:i]) + string(r[i+1:])
			if xs := ix.delAny[d]; len(xs) == 0 || xs[len(xs)-1] != w {
				ix.delAny[d] = append(xs, w)
			}
			k := posKey(d, i)
			ix.delPos[k] = append(ix.delPos[k], w)
		}
	}
	return ix
}

func posKey(d string, i int) string {
	return d + "\x00" + string(rune('0'+i))
}

// neighbours returns the indexed words at edit distance exactly one from w
// (ignoring case), without duplicates. A word equal to an indexed word
// (ignoring case) has no neighbours: it is the word itself.
func (ix *nearIndex) neighbours(w string) []string {
	lw := strings.ToLower(w)
	if _, ok := ix.words[lw]; ok {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(x string) {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	r := []rune(lw)
	for i := range r {
		d := string(r[:i]) + string(r[i+1:])
		// w has one letter too many: deleting it gives an indexed word.
		if x, ok := ix.words[d]; ok {
			add(x)
		}
		// Substitution: the same deletion at the same position.
		for _, x := range ix.delPos[posKey(d, i)] {
			add(x)
		}
	}
	// w lacks a letter: it is a deletion of an indexed word.
	for _, x := range ix.delAny[lw] {
		add(x)
	}
	// Adjacent transposition.
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] {
			continue
		}
		s := make([]rune, len(r))
		copy(s, r)
		s[i], s[i+1] = s[i+1], s[i]
		if x, ok := ix.words[string(s)]; ok {
			add(x)
		}
	}
	return out
}

// typoOf returns a word of the index that w could be a typo of, or "" if
// there is none. A neighbour at one edit does not count when the two are
// the same word by another spelling convention: singular and plural
// (shockwave, shockwaves), with and without a hyphen or apostrophe
// (re-emerged, reemerged) or accents (consomme, consommé).
func (ix *nearIndex) typoOf(w string) string {
	for _, x := range ix.neighbours(w) {
		if isInflectionOf(w, x) || sameLetters(w, x) {
			continue
		}
		return x
	}
	return ""
}

// sameLetters reports whether a and b differ only in case, hyphens,
// apostrophes and accents.
func sameLetters(a, b string) bool {
	return letterKey(a) == letterKey(b)
}

func letterKey(s string) string {
	s = foldASCII(strings.ToLower(s))
	return strings.NewReplacer("-", "", "'", "", "’", "").Replace(s)
}

// isInflectionOf reports whether a and b differ only by a plural or
// third-person ending (s, es), so that "shockwaves" next to "shockwave" is
// not taken for a typo.
func isInflectionOf(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if len(a) < len(b) {
		a, b = b, a
	}
	return a == b+"s" || a == b+"es"
}
