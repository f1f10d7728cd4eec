package lexicon

import (
	fnv64a "hash/fnv"
	"math/rand"
	"slices"
	"testing"
)

// TestStrtabFind compares find, which narrows its search by the sampled
// prefixes or goes through a hash index, with a scan, on strings that
// share long prefixes.
func TestStrtabFind(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	word := func() string {
		b := []byte("internationalisation"[:rng.Intn(14)])
		for range rng.Intn(6) {
			b = append(b, "ab\x00zé"[rng.Intn(6)])
		}
		return string(b)
	}
	for _, n := range []int{0, 1, sampleEvery, 3000} {
		set := map[string]bool{}
		for len(set) < n {
			set[word()] = true
		}
		ss := make([]string, 0, n)
		for s := range set {
			ss = append(ss, s)
		}
		slices.Sort(ss)
		tab := newStrtab(ss)
		hashed := newStrtab(ss)
		hashed.slots = hashSlots(hashed)
		for name, tab := range map[string]strtab{"sampled": tab, "hashed": hashed} {
			for range 2000 {
				q := word()
				if got, want := tab.find(q), slices.Index(ss, q); got != want {
					t.Fatalf("%s, %d strings: find(%q) = %d, want %d", name, n, q, got, want)
				}
			}
			for i, s := range ss {
				if got := tab.find(s); got != i {
					t.Fatalf("%s, %d strings: find(%q) = %d, want %d", name, n, s, got, i)
				}
			}
		}
	}
}

// TestKnownWord checks the quick test against Lookup: it is true only for
// dictionary words Lookup finds known, never for a spelling the house
// rejects or owns.
func TestKnownWord(t *testing.T) {
	d := mustDefault(t, "en-GB")
	h := mustLoad(t, "!irregardless\ncolour !color\nkabul\n", "house.txt")
	l := Merge(h, d)
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"house", true}, {"colour", false}, {"color", false}, {"irregardless", false},
		{"kabul", false}, {"recieve", false}, {"", false},
	} {
		got := l.KnownWord(tt.w)
		if got != tt.want {
			t.Errorf("KnownWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
		if got && !l.Lookup(tt.w).Known() {
			t.Errorf("KnownWord(%q) but Lookup does not know it", tt.w)
		}
	}
}

// TestStrhash checks that strhash is FNV-1a with its bits mixed, as the
// cache files' tables were written with, and that the joined key's hash
// found from two words is that of the key built.
func TestStrhash(t *testing.T) {
	for _, s := range []string{"", "a", "bakiyev", "jalal-abad", "o'neill", "são paulo"} {
		f := fnv64a.New64a()
		f.Write([]byte(s))
		h := f.Sum64()
		if got, want := strhash(s), h^h>>29; got != want {
			t.Errorf("strhash(%q) = %#x, want %#x", s, got, want)
		}
	}
	if got, want := finishHash(fnvJoined(fnvJoined(fnvOffset, "jalal-"), "o'abad")), strhash("jalaloabad"); got != want {
		t.Errorf("hash of the joined key from its words = %#x, want %#x", got, want)
	}
}
