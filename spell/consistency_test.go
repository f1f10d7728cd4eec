package spell

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestOneDeletionApartAsThePlainWay checks the one-edit index of a
// document's names against the plain way, the edit distance to every
// name: every name one edit (optimal string alignment) from a word must
// be among those the index returns, and what it returns is sorted and
// without repeats.
func TestOneDeletionApartAsThePlainWay(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const letters = "aeiounrstlkhé"
	word := func() []rune {
		r := make([]rune, 3+rng.IntN(6))
		for i := range r {
			r[i] = []rune(letters)[rng.IntN(len([]rune(letters)))]
		}
		return r
	}
	for round := range 20 {
		s := &docState{shown: map[string][]int32{}}
		for range 300 {
			s.shown[string(word())] = nil
		}
		found := 0
		for range 300 {
			kr := word()
			if rng.IntN(2) == 0 { // a name of the document, one edit away
				for k := range s.shown {
					kr = []rune(k)
					break
				}
				kr = slices.Insert(kr, rng.IntN(len(kr)+1), 'x')
			}
			got := s.oneDeletionApart(kr)
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Fatalf("round %d, %q: %v is not sorted without repeats", round, string(kr), got)
			}
			for i, o := range s.keys {
				if osa(kr, o.runes, 1) <= 1 {
					found++
					if _, ok := slices.BinarySearch(got, int32(i)); !ok {
						t.Fatalf("round %d: %q is one edit from %q, which the index did not return", round, string(kr), o.key)
					}
				}
			}
		}
		s.release()
		if found < 100 {
			t.Fatalf("round %d: only %d words one edit from a name: too few to test", round, found)
		}
	}
}
