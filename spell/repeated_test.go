package spell

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// repeatedWordsPlain is the plain way appendRepeated finds the words of a
// text: every rune decoded and asked of the Unicode tables. The test below
// holds the fast way to it.
func repeatedWordsPlain(text []byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			r, n := utf8.DecodeRune(text[i:])
			if !unicode.IsLetter(r) && !isApostrophe(r) && !isHyphen(r) && !unicode.IsDigit(r) {
				break
			}
			i += n
		}
		out = append(out, [2]int{start, i})
	}
	return out
}

// TestRepeatedFindsWordsAsThePlainWay checks appendRepeated, with its
// ASCII path and its byte comparison, against the plain way: the words
// found by decoding every rune, paired as appendRepeated pairs them, on
// random texts of ASCII and other letters, digits, apostrophes, hyphens
// and punctuation, with doubled words among them.
func TestRepeatedFindsWordsAsThePlainWay(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	pieces := []string{"the", "The", "a", "to", "Walla", "had", "é", "Ωmega", "naïve", "rock'n'roll", "co-op", "x2",
		"’s", " ", "  ", "\t", ", ", ". ", "\n", "-", "'", "‐", "#", "(", "\"", "3", "\xff", "ʼ"}
	rng := rand.New(rand.NewPCG(5, 6))
	total := 0
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			p := pieces[rng.IntN(len(pieces))]
			b.WriteString(p)
			if rng.IntN(3) == 0 { // typed twice
				b.WriteString(" " + p)
			}
		}
		text := []byte(b.String())
		want := repeatedWordsPlain(text)
		var pairs []string
		prev := [2]int{-1, -1}
		for _, w := range want {
			if prev[1] >= 0 && c.repeatedPair(text, text, prev[0], prev[1], w[0], w[1]) {
				pairs = append(pairs, string(text[prev[0]:w[1]]))
				prev = [2]int{-1, -1}
				continue
			}
			prev = w
			if w[0] > 0 && !plainWordStart(text[w[0]-1]) {
				prev = [2]int{-1, -1}
			}
		}
		var found []string
		for _, f := range c.appendRepeated(nil, text, text) {
			found = append(found, f.Word)
		}
		if !slices.Equal(found, pairs) {
			t.Fatalf("%q: repeated %q, want %q", text, found, pairs)
		}
		total += len(pairs)
	}
	if total < 50 {
		t.Fatalf("only %d repeated pairs in the random texts: too few to compare", total)
	}
}

// TestRepeatedPairFirstLetter checks repeatedPair's test of the first
// letters, which rules most neighbours out early, against the comparison
// of the whole words: pairs that differ in case or in a letter, and pairs
// whose first letters are not ASCII but fold to ASCII ones (the Kelvin
// sign, the long s), each way round.
func TestRepeatedPairFirstLetter(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	words := []string{"the", "The", "THE", "tho", "a", "A", "so", "ſo", "So", "kelvin", "Kelvin", "\u212Aelvin",
		"élan", "Élan", "Ωmega", "ωmega", "had", "Had"}
	flagged := 0
	for _, a := range words {
		for _, b := range words {
			text := []byte(a + " " + b)
			as, ae, bs, be := 0, len(a), len(a)+1, len(text)
			got := c.repeatedPair(text, text, as, ae, bs, be)
			want := bytes.EqualFold(text[as:ae], text[bs:be]) && !startsUpper(b) && !doubledOnPurpose[strings.ToLower(b)] &&
				(strings.ToLower(b) == "a" || c.verdict(strings.ToLower(b)).class == knownWord)
			if got != want {
				t.Errorf("repeatedPair(%q) = %v, want %v", text, got, want)
			}
			if got {
				flagged++
			}
		}
	}
	if flagged < 4 {
		t.Fatalf("only %d pairs repeated: too few to compare", flagged)
	}
}
