package lexicon

import (
	"maps"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// TestTrieSearchMatchesBruteForce compares the trie walk with a distance
// to every key, on random words over a small alphabet (many near matches).
func TestTrieSearchMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	word := func() string {
		n := 1 + rng.Intn(7)
		r := make([]rune, n)
		for i := range r {
			r[i] = []rune("abcdé")[rng.Intn(5)]
		}
		return string(r)
	}
	set := map[string]bool{}
	for len(set) < 2000 {
		set[word()] = true
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	tr := newTrie(keys)
	for i := 0; i < 300; i++ {
		q := word()
		for max := 0; max <= 2; max++ {
			got := map[string]int{}
			tr.search(q, max, func(m match) { got[keys[m.key]] = int(m.dist) })
			for _, k := range keys {
				d := osaDistance(q, k)
				if g, ok := got[k]; (d <= max) != ok || ok && g != d {
					t.Fatalf("search(%q, %d): key %q distance %d, trie says %d (found %v)", q, max, k, d, g, ok)
				}
			}
		}
	}
	for i, k := range keys {
		if got := tr.lookup(k); got != i {
			t.Fatalf("lookup(%q) = %d, want %d", k, got, i)
		}
	}
	for range 2000 {
		if q := word() + word(); !set[q] {
			if got := tr.lookup(q); got != -1 {
				t.Fatalf("lookup(%q), not a key, = %d", q, got)
			}
		}
	}
}

// TestTrieSearchLongWords compares the trie walk with a distance to every
// key on words of about 64 letters, where the bit-parallel rows run out
// of columns (a query of more than 64 letters finds nothing).
func TestTrieSearchLongWords(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	base := []rune(strings.Repeat("abcdefgh", 8))
	edit := func(k int) string {
		r := slices.Clone(base)
		for range k {
			p := rng.Intn(len(r) - 1)
			switch rng.Intn(4) {
			case 0:
				r = slices.Delete(r, p, p+1)
			case 1:
				r[p] = rune('a' + rng.Intn(4))
			case 2:
				r = slices.Insert(r, p, 'x')
			default:
				r[p], r[p+1] = r[p+1], r[p]
			}
		}
		return string(r)
	}
	set := map[string]bool{}
	for len(set) < 200 {
		set[edit(rng.Intn(4))] = true
	}
	keys := slices.Sorted(maps.Keys(set))
	tr := newTrie(keys)
	for range 20 {
		q := edit(rng.Intn(3))
		for max := 0; max <= 2; max++ {
			got := map[string]int{}
			tr.search(q, max, func(m match) { got[keys[m.key]] = int(m.dist) })
			for _, k := range keys {
				d := osaDistance(q, k)
				want := d <= max && utf8.RuneCountInString(q) <= 64
				if g, ok := got[k]; want != ok || ok && g != d {
					t.Fatalf("search(%q, %d): key %q distance %d, trie says %d (found %v)", q, max, k, d, g, ok)
				}
			}
		}
	}
}

// TestNearMatchesBruteForce compares near, which splits the query between
// walks of the trie and of the reversed trie with capped edits, with a
// distance to every word, on random words over a small alphabet (many
// near matches, transpositions across every cut).
func TestNearMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	word := func() string {
		r := make([]rune, 1+rng.Intn(11))
		for i := range r {
			r[i] = []rune("abcdeé")[rng.Intn(6)]
		}
		return string(r)
	}
	m := map[string]packed{}
	for len(m) < 2000 {
		m[word()] = pack(10, Word)
	}
	d := &dictionary{dictData: buildDictData([]map[string]packed{m}, nil)}
	for i := 0; i < 120; i++ {
		q := Fold(word())
		for max := 1; max <= 4; max++ {
			got := map[string]int{}
			for _, c := range d.near(q, max) {
				if _, dup := got[Fold(c.Spelling)]; dup {
					t.Fatalf("near(%q, %d): %q twice", q, max, c.Spelling)
				}
				got[Fold(c.Spelling)] = c.Distance // one spelling per folded form
			}
			for w := range m {
				k := Fold(w)
				dist := osaDistance(q, k)
				if g, ok := got[k]; (dist <= max) != ok || ok && g != dist {
					t.Fatalf("near(%q, %d): word %q distance %d, near says %d (found %v)", q, max, k, dist, g, ok)
				}
			}
		}
	}
}

func TestNearWordsDefault(t *testing.T) {
	l := mustDefault(t, "en-GB")
	found := false
	for _, c := range l.NearWords("oppenents", 2) {
		if c.Spelling == "opponents" && c.Distance == 1 && levenshtein.ComputeDistance("oppenents", c.Spelling) == 1 {
			found = true
		}
	}
	if !found {
		t.Fatal("opponents is not near oppenents")
	}
}

func TestDefaultLocales(t *testing.T) {
	gb := mustDefault(t, "en-GB")
	us := mustDefault(t, "en-US")
	if !gb.Lookup("colour").Known() || gb.Lookup("color").Known() {
		t.Error("en-GB should know colour and not color")
	}
	if !us.Lookup("color").Known() || us.Lookup("colour").Known() {
		t.Error("en-US should know color and not colour")
	}
	if !gb.Lookup("Jalal-Abad").Known() || gb.Lookup("Jalal-Abad").Flags&Place == 0 {
		t.Error("the gazetteer should know Jalal-Abad")
	}
	if _, err := Default("fr-FR"); err == nil {
		t.Error("an unknown locale should be an error")
	}
}

// BenchmarkDefault is the start-up cost of the embedded default: opening
// the compiled tables and answering a first lookup and a first near-match
// query, which touch the index for the first time. MB/s is of the
// compiled file made ready: it is used where it lies, not read through.
func BenchmarkDefault(b *testing.B) {
	b.SetBytes(int64(len(compiled)))
	b.ReportAllocs()
	for b.Loop() {
		ls, err := openDefault(compiled)
		if err != nil {
			b.Fatal(err)
		}
		ls[0].Lookup("warm")
		ls[0].NearWords("wamr", 1)
	}
}

// TestGazetteerHasPlaces checks hasPlaces against places, the plain way,
// for every folded place name of the default and for names that are not.
func TestGazetteerHasPlaces(t *testing.T) {
	l, err := Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	g := l.gaz
	keys := []string{"", "zzqx", "londonn", "bakiyev"}
	for i := range g.fold.len() {
		keys = append(keys, g.fold.at(i))
	}
	if len(keys) < 30000 {
		t.Fatalf("only %d folded place names", len(keys))
	}
	for _, k := range keys {
		if got, want := g.hasPlaces(k), len(g.places(k)) > 0; got != want {
			t.Fatalf("hasPlaces(%q) = %v, places gives %d", k, got, len(g.places(k)))
		}
	}
}

// TestPlaceNames checks the main names of the places a spelling names:
// an English name for its own place, the English name for another
// language's spelling, each name once, and none for a spelling that
// names no place.
func TestPlaceNames(t *testing.T) {
	gb := mustDefault(t, "en-GB")
	tests := []struct {
		spelling string
		want     []string
	}{
		{"London", []string{"London"}},        // the capital and London, Ontario: one name
		{"Londres", []string{"London"}},       // French and Spanish
		{"birmingam", []string{"Birmingham"}}, // folded, like Lookup's Place
		{"Cobourg", []string{"Cobourg", "Coburg"}},
		{"Zzqx", nil},
	}
	for _, tt := range tests {
		if got := gb.PlaceNames(tt.spelling); !slices.Equal(got, tt.want) {
			t.Errorf("PlaceNames(%q) = %q, want %q", tt.spelling, got, tt.want)
		}
	}
}

// BenchmarkNearWordsSlips asks for the words within two edits, and within
// one, of slips of dictionary words (a letter changed in the middle of
// every 997th lower-case word of five to twelve letters), as a checker
// does for each unknown word: the trie walks, and the candidates' tiers
// and counts.
func BenchmarkNearWordsSlips(b *testing.B) {
	l := mustDefault(b, "en-US")
	var slips []string
	for i := 0; i < l.dict.exact.len(); i += 997 {
		w := []byte(l.dict.exact.at(i))
		if len(w) < 5 || len(w) > 12 || strings.Trim(string(w), "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		m := len(w) / 2
		w[m] = 'a' + (w[m]-'a'+1)%26
		slips = append(slips, string(w))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range slips {
			l.NearWords(s, 2)
			l.NearWords(s, 1)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(slips)), "ns/slip")
}

// TestCapitalisedWords checks CapitalisedWords against Words, in both
// locales: every word of Words that starts with a capital letter, in the
// same order and with the same info, and only words that start with A to Z
// or a letter outside ASCII.
func TestCapitalisedWords(t *testing.T) {
	for _, loc := range []string{"en-GB", "en-US"} {
		l, err := Default(loc)
		if err != nil {
			t.Fatal(err)
		}
		type word struct {
			w  string
			in Info
		}
		var want, got []word
		all := 0
		for w, in := range l.Words() {
			all++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				want = append(want, word{w, in})
			}
		}
		for w, in := range l.CapitalisedWords() {
			if b := w[0]; (b < 'A' || b > 'Z') && b < utf8.RuneSelf {
				t.Fatalf("%s: CapitalisedWords gave %q", loc, w)
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				got = append(got, word{w, in})
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d capitalised words, want %d as Words gives them", loc, len(got), len(want))
		}
		if len(want) < 1000 || 2*len(want) > all {
			t.Errorf("%s: %d capitalised words of %d", loc, len(want), all)
		}
	}
}
