package spell

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"
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

// TestFrontCacheAsCache checks the front cache against the plain way, a
// checker with the shared cache alone: on random words, many more than
// the front holds (so that slots are overwritten) and than the small
// shared cache holds (so that it drops words the front still has), each
// word's verdict through the front is the plain checker's.
func TestFrontCacheAsCache(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	c = NewChecker(c.lex, Options{MaxCachedWords: 1024})
	plain := NewChecker(c.lex, Options{})
	f := c.verdicts.front()
	defer c.verdicts.putFront(f)
	rng := rand.New(rand.NewPCG(3, 4))
	pool := []string{"the", "said", "Bakiyev", "Bakivev", "oppenents", "goverment", "Said", "THE"}
	for range 2 * frontSlots {
		pool = append(pool, randomWord(rng))
	}
	for i := range 20000 {
		w := pool[rng.IntN(len(pool))]
		if i%3 == 0 {
			w = pool[rng.IntN(8)] // some words over and over, as common words are
		}
		v, want := c.verdicts.getVia(f, w, c), plain.verdict(w)
		if v.class != want.class || v.suggest != want.suggest || !slices.Equal(spellings(v.names), spellings(want.names)) ||
			!slices.Equal(spellings(v.dictWords(c)), spellings(want.dictWords(plain))) {
			t.Fatalf("word %d, %q: verdict through the front: class %v, suggests %q; want class %v, %q",
				i, w, v.class, spellings(v.dictWords(c)), want.class, spellings(want.dictWords(plain)))
		}
	}
}

// TestFrontCachesKept checks that a front cache given back is the one the
// next check gets, with what it holds, even after a garbage collection
// (which would empty a sync.Pool), and that at most maxFronts are kept.
func TestFrontCachesKept(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	f := c.verdicts.front()
	c.verdicts.getVia(f, "goverment", c)
	c.verdicts.putFront(f)
	runtime.GC()
	runtime.GC()
	if g := c.verdicts.front(); g != f {
		t.Error("after a collection, front() gave a new cache, not the one given back")
	} else {
		c.verdicts.putFront(g)
	}
	held := make([]*frontCache, c.verdicts.fronts.max+3)
	for i := range held {
		held[i] = c.verdicts.front()
	}
	for _, h := range held {
		c.verdicts.putFront(h)
	}
	if n := c.verdicts.fronts.len(); n != c.verdicts.fronts.max {
		t.Errorf("%d front caches kept, want the bound %d", n, c.verdicts.fronts.max)
	}
}

// TestCapitalCacheBounded feeds a checker sentences that start with random
// capitalised words, which the capitals rules judge by their place and
// keep facts on, and checks that the facts kept stay within the bound.
func TestCapitalCacheBounded(t *testing.T) {
	const limit = 512
	c := NewChecker(testChecker(t, "Bakiyev").lex, Options{MaxCachedWords: limit})
	rng := rand.New(rand.NewPCG(3, 4))
	most := 0
	for range 100 {
		var b strings.Builder
		for range 50 {
			w := randomWord(rng)
			b.WriteString(strings.ToUpper(w[:1]) + w[1:] + " was here. ")
		}
		c.Check("soak.txt", []byte(b.String()))
		c.capitals.mu.RLock()
		n := len(c.capitals.m)
		c.capitals.mu.RUnlock()
		if n > limit {
			t.Fatalf("the capitals cache holds %d words, over its bound of %d", n, limit)
		}
		most = max(most, n)
	}
	if most < limit/2 {
		t.Fatalf("the capitals cache held at most %d words: the soak did not fill it", most)
	}
}

// TestTokenizeFrontSharesStrings checks that a document's words found in
// the front cache are the cache's strings, not new ones, and that the
// words are those tokenize finds.
func TestTokenizeFrontSharesStrings(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	f := c.verdicts.front()
	defer c.verdicts.putFront(f)
	text := []byte("The goverment of Bakiyev met its oppenents on a long-awaited Tuesday in Jalal-Abad.")
	keep := func(w string, lo, hi uint64) bool {
		if wlo, whi := headOfString(w); lo != wlo || hi != whi {
			t.Fatalf("%q: the tokenizer gave its head as %x, %x; headOfString gives %x, %x", w, lo, hi, wlo, whi)
		}
		v := c.verdicts.getViaHead(f, w, lo, hi, c)
		return v.class != knownWord && v.class != skipWord
	}
	_, first := tokenizeFront(slices.Clone(text), keep, f)
	_, second := tokenizeFront(slices.Clone(text), keep, f)
	_, plain := tokenize(text)
	if !slices.Equal(second.text, plain.text) {
		t.Fatalf("words %q, want %q", second.text, plain.text)
	}
	// The front cache is direct-mapped under a random key: two words of
	// the text may share a slot and push each other out (about one run in
	// a hundred). Those are left out; every other word must be shared.
	inSlot := map[*frontSlot]int{}
	for _, w := range plain.text {
		lo, hi := headOfString(w)
		_, e := f.slot(lo, hi, len(w))
		inSlot[e]++
	}
	shared := 0
	for i, w := range second.text {
		lo, hi := headOfString(w)
		if _, e := f.slot(lo, hi, len(w)); inSlot[e] > 1 {
			continue
		}
		shared++
		if unsafe.StringData(w) != unsafe.StringData(first.text[i]) {
			t.Errorf("word %q: a new string, not the one the front cache holds", w)
		}
	}
	if shared < len(second.text)-4 {
		t.Errorf("only %d of %d words checked", shared, len(second.text))
	}
}

// TestHeadOfString checks a string's head against headOf's of its bytes.
func TestHeadOfString(t *testing.T) {
	for _, w := range []string{"", "a", "the", "governments", "abcdefghijklmno", "abcdefghijklmnop", "counterrevolutionaries", "Бакиев"} {
		b := make([]byte, len(w), len(w)+16) // room for headOf's two loads
		copy(b, w)
		lo, hi := headOfString(w)
		if wlo, whi := headOf(b); lo != wlo || hi != whi {
			t.Errorf("headOfString(%q) = %x, %x; headOf gives %x, %x", w, lo, hi, wlo, whi)
		}
	}
}

// TestDocStatesReused checks documents one after another with one
// checker, whose document states are reused, against a new checker for
// each: the same findings, whatever the document before left in the state;
// and that a long document's state is not kept.
func TestDocStatesReused(t *testing.T) {
	docs := []string{
		"The goverment of Bakiyev met. Bakiev said the the vote was lost.",
		"Oppenents met in Jalal-Abad. The Goverment fell. Bakiyev left.",
		"Nothing here is wrong at all.",
		"The goverment of Bakiyev met. Bakiev said the the vote was lost.",
	}
	shared := testChecker(t, "Bakiyev")
	for i, d := range docs {
		got := shared.Check("a.txt", []byte(d))
		fresh := NewChecker(shared.lex, Options{})
		want := fresh.Check("a.txt", []byte(d))
		if !slices.EqualFunc(got, want, func(a, b Finding) bool {
			return a.Kind == b.Kind && a.Word == b.Word && a.Pos == b.Pos && slices.Equal(a.Suggestions, b.Suggestions)
		}) {
			t.Errorf("document %d: findings %v after the others, %v alone", i, got, want)
		}
	}
	if n := shared.docs.len(); n == 0 || n > maxPooledDocs {
		t.Errorf("%d document states kept, want 1 to %d", n, maxPooledDocs)
	}
	var b strings.Builder
	for i := range maxPooledWords + 10 {
		b.WriteString(randomWordN(i) + " ")
	}
	before := shared.docs.len()
	shared.Check("long.txt", []byte(b.String()))
	// The long document took a state from the pool and must not give it back.
	if after := shared.docs.len(); after != before-1 {
		t.Errorf("a document of %d distinct words: %d states kept after, %d before; want one fewer", maxPooledWords+10, after, before)
	}
}

// randomWordN returns a distinct made-up word for each n.
func randomWordN(n int) string {
	var b []byte
	for n >= 0 {
		b = append(b, byte('a'+n%26))
		n = n/26 - 1
	}
	return "q" + string(b)
}
