package lexicon

import "testing"

// TestFold checks folded forms, and the properties lookups rely on: a
// folded form folds to itself, foldFast agrees with Fold, and two words
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
		if fast := foldFast(tt.in); fast != got {
			t.Errorf("foldFast(%q) = %q, Fold gives %q", tt.in, fast, got)
		}
		for _, u := range tests {
			if whole, parts := Fold(tt.in+" "+u.in), got+" "+Fold(u.in); whole != parts {
				t.Errorf("Fold(%q) = %q, but the words folded apart give %q", tt.in+" "+u.in, whole, parts)
			}
		}
	}
}
