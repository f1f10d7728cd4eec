package spell

import (
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
)

func TestRelated(t *testing.T) {
	tests := []struct {
		a, b string
		want Relation
	}{
		{"Gaddafi", "GADDAFI", Same},
		{"Gaddafi", "Gaddafí", Same},
		{"Bakiyev", "Bakiyevs", Unrelated},
		{"Bakiyev", "Bakiyev'", Unrelated},
		{"Walliams", "Williams", Unsure},
		{"Arjen", "Arjan", Unsure},
		{"Horgan", "Horan", Typo},
		{"Kemperling", "Kempreling", Typo},
		{"Gaddafi", "Qaddafi", Translit}, // one edit, explained by romanization
		{"Gaddafi", "Kadhafi", Translit},
		{"Yeltsin", "Jelzin", Translit},
		{"Bakiyev", "Bakijew", Translit},
		{"Ali", "Alo", Unsure},    // one vowel for another, however short
		{"Ali", "Ari", Unrelated}, // too short for a typo,
		{"Gaddafi", "Smith", Unrelated},
	}
	for _, tt := range tests {
		if got := Related(tt.a, tt.b); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Related(tt.b, tt.a); got != tt.want {
			t.Errorf("Related(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestEstablished(t *testing.T) {
	def, err := lexicon.Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	house, err := lexicon.Load(strings.NewReader("Bakiyev\n"), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Merge(house, def)
	tests := []struct {
		w    string
		want bool
	}{
		{"Williams", true}, // a common name
		{"Rose", true},     // an ordinary word
		{"Osh", true},      // a place
		{"Bakiyev", true},  // a house spelling
		{"Gaddafi", false}, // a rare dictionary name
		{"Kemperling", false},
	}
	for _, tt := range tests {
		if got := Established(lex, tt.w); got != tt.want {
			t.Errorf("Established(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
