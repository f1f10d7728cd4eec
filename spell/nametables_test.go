package spell

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFormIndexAsMap files random names under random forms, as the name
// index does, and checks each lookup against a map of forms (the plain
// way): the same names, in the order they were filed. Few distinct hashes
// make long runs of one hash, many make the binary search's work.
func TestFormIndexAsMap(t *testing.T) {
	for _, hashes := range []int{1, 7, 300, 100000} {
		rng := rand.New(rand.NewPCG(uint64(hashes), 9))
		var entries []uint64
		plain := map[uint32][]int32{}
		for id := range int32(5000) {
			for range 1 + rng.IntN(3) { // a name under one to three forms
				h := uint32(rng.Uint64N(uint64(hashes)) * 0x9e3779b97f4a7c15) // spread, high bits set too
				entries = append(entries, uint64(h)<<32|uint64(id))
				plain[h] = append(plain[h], id)
			}
		}
		slices.Sort(entries)
		fi := sortedFormIndex(entries)
		for h, want := range plain {
			var got []int32
			fi.each(h, func(id int32) { got = append(got, id) })
			if !slices.Equal(got, want) {
				t.Fatalf("%d hashes: under %x, names %v, want %v", hashes, h, got, want)
			}
		}
		for _, h := range []uint32{12345, 0, 1<<32 - 1} {
			if _, filed := plain[h]; filed {
				continue
			}
			var none []int32
			fi.each(h, func(id int32) { none = append(none, id) })
			if len(none) != 0 {
				t.Errorf("%d hashes: hash %x, never filed, gives %v", hashes, h, none)
			}
		}
	}
	var empty formIndex
	empty.each(7, func(int32) { t.Error("an empty index gave a name") })
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
	// Compiled, the counts are the same, and remove takes one off.
	x := sc.index()
	removed := 0
	for k, want := range plain {
		if removed < 100 && want < 1<<16-1 {
			if !x.remove(k) {
				t.Fatalf("run %x: remove refused at %d", k, want)
			}
			want--
			removed++
		}
		if got := x.count(k); got != min(want, 1<<16-1) {
			t.Fatalf("run %x: compiled count %d, want %d", k, got, want)
		}
	}
	if got := x.count(7 << 50); got != 0 {
		t.Errorf("compiled: a run never counted: %d", got)
	}
}

// TestDenseRun checks that denseRun gives back the run of every index
// denseShape gives, so that compiling the counts keeps each one's run.
func TestDenseRun(t *testing.T) {
	for i := range denseRuns {
		if j, ok := denseShape(denseRun(i)); !ok || j != i {
			t.Fatalf("index %d: run %x, whose index is %d (%v)", i, denseRun(i), j, ok)
		}
	}
	if k := denseRun(0*27*27*27 + 1*27*27 + 2*27 + 0); k != uint64('^')<<48|uint64('a')<<32|uint64('b')<<16|uint64('$') {
		t.Errorf("^ab$: run %x", k)
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
