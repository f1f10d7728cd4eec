package lexicon

import (
	"math/rand/v2"
	"testing"
)

// TestFold checks folded forms, and the properties lookups rely on: a
// folded form folds to itself, Fold agrees with foldUnicode (the plain
// way), and two words
// fold apart as they fold together (JoinedPair folds each word alone).
func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"Bakiyev", "bakiyev"},
		{"ITAR-TASS", "itar-tass"},
		{"Łódź", "lodz"},
		{"São Paulo", "sao paulo"},
		{"O’Neill", "o'neill"},
		{"Jalal‐Abad", "jalal-abad"}, // U+2010 hyphen
		{"mc`", "mc'"},               // a backtick is an apostrophe, whatever the case
		{"Mc`Cain", "mc'cain"},
		{"Straße", "strase"},
		{"Ørsted", "orsted"},
		{"İstanbul", "istanbul"},
		{"", ""},
	}
	for _, tt := range tests {
		got := Fold(tt.in)
		if got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold(Fold(%q)) = %q, want %q", tt.in, again, got)
		}
		if plain := foldUnicode(tt.in); plain != got {
			t.Errorf("Fold(%q) = %q, the plain way gives %q", tt.in, got, plain)
		}
		for _, u := range tests {
			if whole, parts := Fold(tt.in+" "+u.in), got+" "+Fold(u.in); whole != parts {
				t.Errorf("Fold(%q) = %q, but the words folded apart give %q", tt.in+" "+u.in, whole, parts)
			}
		}
	}
}

// TestFoldASCII checks Fold's ASCII path against the plain way on random
// ASCII strings, capitals, backticks and punctuation included.
func TestFoldASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = byte(rng.IntN(128))
		}
		s := string(b)
		if got, plain := Fold(s), foldUnicode(s); got != plain {
			t.Fatalf("Fold(%q) = %q, the plain way gives %q", s, got, plain)
		}
		if got, plain := string(AppendFold([]byte("x"), s)), "x"+foldUnicode(s); got != plain {
			t.Fatalf("AppendFold(x, %q) = %q, the plain way gives %q", s, got, plain)
		}
	}
}

// TestFoldAllocations checks that folding ASCII costs at most the one
// string it returns: nothing for a word already folded, one allocation for
// a capitalised one (a check folds every distinct word of every document).
func TestFoldAllocations(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{{"bakiyev", 0}, {"Bakiyev", 1}, {"NATO`s", 1}} {
		if got := testing.AllocsPerRun(100, func() { Fold(tt.in) }); got > tt.want {
			t.Errorf("Fold(%q): %v allocations, want at most %v", tt.in, got, tt.want)
		}
	}
}
