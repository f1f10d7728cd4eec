package spell

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFormTableAsMap files random names under random forms, as the name
// index does, and checks each lookup against a map of forms (the plain
// way): the same names, in the order they were filed, through every
// growth of the table, whether room was reserved first or not. Few
// distinct hashes make long probe runs, which growth must move in order.
func TestFormTableAsMap(t *testing.T) {
	for _, tc := range []struct{ hashes, reserve int }{{7, 0}, {300, 0}, {100000, 0}, {300, 3000}, {100000, 5000}} {
		hashes := tc.hashes
		rng := rand.New(rand.NewPCG(uint64(hashes), 9))
		var ft formTable
		ft.reserve(tc.reserve)
		if size := len(ft.slots); tc.reserve > 0 && (size < 2*tc.reserve || size&(size-1) != 0) {
			t.Fatalf("reserve(%d) made %d slots, want a power of two of at least %d", tc.reserve, size, 2*tc.reserve)
		}
		plain := map[uint32][]int32{}
		for id := range int32(5000) {
			h := uint32(rng.Uint64N(uint64(hashes)) * 0x9e3779b97f4a7c15) // spread, with collisions in the low bits
			ft.add(h, id)
			plain[h] = append(plain[h], id)
			if id%997 == 0 || id == 4999 {
				for h, want := range plain {
					var got []int32
					ft.each(h, func(id int32) { got = append(got, id) })
					if !slices.Equal(got, want) {
						t.Fatalf("%d hashes, after %d names: under %x, names %v, want %v", hashes, id+1, h, got, want)
					}
				}
			}
		}
		var none []int32
		ft.each(12345, func(id int32) { none = append(none, id) })
		if len(none) != 0 {
			t.Errorf("%d hashes: a hash never filed gives %v", hashes, none)
		}
	}
}

// TestFormHash checks that a form's hash depends on its letters only: the
// same letters reached by removing different letters (or none) hash
// alike, and other letters otherwise.
func TestFormHash(t *testing.T) {
	tests := []struct {
		a        string
		skipA    int
		b        string
		skipB    int
		sameForm bool
	}{
		{"abc", -1, "abcd", 3, true},
		{"xaby", 1, "xbay", 2, true}, // a swap: both less a are xby
		{"bakiyev", 4, "bakiev", -1, true},
		{"bakiyev", 3, "bakiev", -1, false},
		{"abc", -1, "abd", -1, false},
		{"ab", -1, "ba", -1, false},
	}
	for _, tt := range tests {
		ha, hb := formHash([]rune(tt.a), tt.skipA), formHash([]rune(tt.b), tt.skipB)
		if (ha == hb) != tt.sameForm {
			t.Errorf("%q less %d, %q less %d: hashes equal %v, want %v", tt.a, tt.skipA, tt.b, tt.skipB, ha == hb, tt.sameForm)
		}
	}
}

// TestShapeCountsAsMap counts random runs, shaped as eachShape makes
// them, against a map.
func TestShapeCountsAsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	var sc shapeCounts
	plain := map[uint64]int32{}
	letters := []rune("abcdefghijklmnopqrstuvwxyzéø'-")
	for i := range 200000 {
		var k uint64
		for j := range 4 {
			r := letters[rng.IntN(len(letters))]
			switch {
			case j == 0 && rng.IntN(4) == 0:
				r = '^' // a name's start, only ever first
			case j == 3 && rng.IntN(4) == 0:
				r = '$' // its end, only ever last
			}
			k = k<<16 | uint64(r)
		}
		if i%100 == 0 {
			k = 1 + rng.Uint64N(30000)<<16 // any runes
		}
		sc.add(k)
		plain[k]++
	}
	for k, want := range plain {
		if got := sc.count(k); got != want {
			t.Fatalf("run %x: counted %d, want %d", k, got, want)
		}
	}
	if got := sc.count(7 << 50); got != 0 {
		t.Errorf("a run never counted: %d", got)
	}
	var empty shapeCounts
	if got := empty.count(1); got != 0 {
		t.Errorf("empty counts: %d", got)
	}
}

// TestTripleCountsAsMap counts the runs of three of random names, with
// '^' and '$' at the ends, against a map of the runs cut from the names
// as strings: the same count for each run, -1 for a run with a letter
// other than a to z, and 0 for a run no name has.
func TestTripleCountsAsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	var tc tripleCounts
	plain := map[string]int{}
	letters := []rune("abcxyzé")
	for range 5000 {
		n := make([]rune, 1+rng.IntN(6))
		for i := range n {
			n[i] = letters[rng.IntN(len(letters))]
		}
		tc.addName(string(n))
		ends := []rune("^" + string(n) + "$")
		for i := 0; i+3 <= len(ends); i++ {
			plain[string(ends[i:i+3])]++
		}
	}
	for run, want := range plain {
		r := []rune(run)
		if strings.ContainsRune(run, 'é') {
			want = -1
		}
		if got := tc.count(r[0], r[1], r[2]); got != want {
			t.Fatalf("run %q: counted %d, want %d", run, got, want)
		}
	}
	for _, run := range []string{"qqq", "^q$", "zq$", "^qz"} {
		r := []rune(run)
		if got := tc.count(r[0], r[1], r[2]); got != 0 {
			t.Errorf("run %q, in no name: counted %d", run, got)
		}
	}
	var empty tripleCounts
	if got := empty.count('a', 'b', 'c'); got != 0 {
		t.Errorf("empty counts: %d", got)
	}
}

// TestTripleCountsFromShapes checks that counting the runs of three of
// names from their runs of four, as buildNameIndex does for the
// dictionary's names, counts as addName does.
func TestTripleCountsFromShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 1))
	var byName, byShape tripleCounts
	letters := []rune("abcxyzéÆ")
	for range 5000 {
		n := make([]rune, 2+rng.IntN(6))
		for i := range n {
			n[i] = letters[rng.IntN(len(letters))]
		}
		if rng.IntN(2) == 0 {
			n[0] = unicode.ToUpper(n[0])
		}
		byName.addName(string(n))
		var last uint64
		eachShape(string(n), func(k uint64) bool { byShape.addRun(k >> 16); last = k; return true })
		byShape.addRun(last)
	}
	if !slices.Equal(byName, byShape) {
		for i := range byName {
			if byName[i] != byShape[i] {
				t.Fatalf("run %d: %d from names, %d from runs of four", i, byName[i], byShape[i])
			}
		}
	}
}
