package lexicon

import (
	"fmt"
	"testing"
)

// TestGivenName checks the default's first names against names known to
// be first names, and surnames and words that are none.
func TestGivenName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Larry", true}, {"Desmond", true}, {"Jim", true}, {"Jürgen", true}, {"Jurgen", true}, {"Stacey", true},
		{"Aad", true}, {"Zoe", true}, // the table's first lines and its last
		{"Giannini", false}, {"Masai", false}, {"Smith", false}, {"Chirac", false}, {"", false}, {"Zzz", false},
	}
	for _, tt := range tests {
		if got := GivenName(tt.name); got != tt.want {
			t.Errorf("GivenName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if s, ok := GivenFolded([]byte("jurgen")); !ok || Fold(s) != "jurgen" {
		t.Errorf("GivenFolded(jurgen) = %q, %v; want a spelling of Jürgen", s, ok)
	}
	if s, ok := GivenFolded([]byte("Larry")); ok {
		t.Errorf("GivenFolded(Larry) = %q: want none, the key is not folded", s)
	}
}

// TestGivenTable checks the embedded table that GivenFolded searches in
// place: FOLDED<TAB>NAME on each line, the folded form Fold's.
func TestGivenTable(t *testing.T) {
	checkTable(t, givenBody(), 5000, func(k, name string) string {
		if Fold(name) != k {
			return fmt.Sprintf("%q folds to %q, not %q", name, Fold(name), k)
		}
		return ""
	})
}
