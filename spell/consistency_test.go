package spell

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestOneDeletionApartAsThePlainWay checks the one-edit index of a
// document's names against the plain way, the edit distance to every
// name: every name used twice or more and one edit (optimal string
// alignment) from a word must be among those the index returns, what it
// returns is sorted and without repeats, and a name used once is never
// returned.
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
		s := &docState{shown: map[string][]int32{}, count: map[string]int{}}
		for range 300 {
			k := string(word())
			s.shown[k] = nil
			s.count[k] = 1 + rng.IntN(3)
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
			for _, i := range got {
				if k := s.keys[i].key; s.count[k] < 2 {
					t.Fatalf("round %d: %q returned %q, used %d times", round, string(kr), k, s.count[k])
				}
			}
			for k := range s.shown {
				if s.count[k] < 2 || osa(kr, []rune(k), 1) > 1 {
					continue
				}
				found++
				i := slices.IndexFunc(s.keys, func(o nameKey) bool { return o.key == k })
				if _, ok := slices.BinarySearch(got, int32(i)); i < 0 || !ok {
					t.Fatalf("round %d: %q is one edit from %q, which the index did not return", round, string(kr), k)
				}
			}
		}
		s.release()
		if found < 50 {
			t.Fatalf("round %d: only %d words one edit from a name: too few to test", round, found)
		}
	}
}

// TestListedNamesAreNotInconsistent checks that a spelling the name lists
// know is taken for a second person, not a slip of the commoner spelling
// one edit away, unless it drops a letter of a spelling the document uses
// far more often.
func TestListedNamesAreNotInconsistent(t *testing.T) {
	c := defaultChecker(t, nil)
	if !c.lex.ListedName("Horan") {
		t.Skip("the embedded default has no name list: run scripts/gen-default.sh")
	}
	tests := []struct {
		name, text, want string
	}{
		{"a listed name beside a commoner one", "Horgan spoke. Horgan left. Later Horan came.\n", ""},
		{"a listed name one letter from another", "Jiang spoke. Jiang left. Jiang sat. Then Xiang came.\n", ""},
		{"a letter dropped from a far commoner name", "Mr Bartlett spoke, Mr Bartlett left, Mr Bartlett sat, then Mr Barlett came.\n",
			"1:63 inconsistent Barlett -> Bartlett\n"},
		{"a letter dropped from a name used twice", "Hughes spoke. Hughes left. Then Huges came.\n", ""},
		{"an unlisted spelling beside a commoner one", "Horgan spoke. Horgan left. Later Hozgan came.\n",
			"1:34 inconsistent Hozgan -> Horgan\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(c.Check("", []byte(tt.text))); got != tt.want {
				t.Errorf("%q\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}
