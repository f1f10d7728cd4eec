package spell

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestVerdictCacheBounded feeds a checker documents of random words, as a
// server meets them for weeks, and checks that the words its cache holds
// stay within the bound, while its findings stay those of a new checker.
func TestVerdictCacheBounded(t *testing.T) {
	const limit = 2048
	c := testChecker(t, "Bakiyev")
	c = NewChecker(c.lex, Options{MaxCachedWords: limit})
	if b := c.verdicts.bound(); b > limit {
		t.Fatalf("bound %d, want at most %d", b, limit)
	}
	probe := []byte("he met Bakivev and the oppenents")
	want := render(c.Check("probe.txt", probe))
	rng := rand.New(rand.NewPCG(1, 2))
	distinct := map[string]bool{}
	for doc := range 200 {
		var b strings.Builder
		for range 250 {
			w := randomWord(rng)
			distinct[w] = true
			b.WriteString(w + " ")
		}
		c.Check("soak.txt", []byte(b.String()))
		if n := c.verdicts.len(); n > c.verdicts.bound() {
			t.Fatalf("after document %d: the cache holds %d words, over its bound of %d", doc, n, c.verdicts.bound())
		}
	}
	if len(distinct) < 10*limit {
		t.Fatalf("the soak used %d distinct words, too few to fill the cache", len(distinct))
	}
	if got := render(c.Check("probe.txt", probe)); got != want {
		t.Errorf("after the soak:\n%s\nwant:\n%s", got, want)
	}
}

// randomWord returns a lower-case word of 4 to 11 letters, with vowels
// often enough to be judged.
func randomWord(rng *rand.Rand) string {
	const consonants, vowels = "bcdfghklmnprstvz", "aeiou"
	b := make([]byte, 4+rng.IntN(8))
	for i := range b {
		if i%2 == 1 {
			b[i] = vowels[rng.IntN(len(vowels))]
		} else {
			b[i] = consonants[rng.IntN(len(consonants))]
		}
	}
	return string(b)
}
