package lexicon

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestFamousNames checks the famous names found by a word of them: found
// folded, most famous first, and none for a word of no famous name.
func TestFamousNames(t *testing.T) {
	tests := []struct {
		word, want string // want: a name FamousNames(word) holds, or "" for none
	}{
		{"Bush", "Kate Bush"},
		{"bush", "George Bush"},
		{"Williams", "Robbie Williams"},
		{"Inacio", "Luiz Inácio Lula da Silva"}, // folded: Inácio
		{"da", "Luiz Inácio Lula da Silva"},
		{"Quenzeltat", ""},
	}
	for _, tt := range tests {
		got := FamousNames(tt.word)
		if tt.want == "" {
			if got != nil {
				t.Errorf("FamousNames(%q) = %v, want none", tt.word, got)
			}
			continue
		}
		i := slices.IndexFunc(got, func(n FamousName) bool { return n.Name == tt.want })
		if i < 0 {
			t.Errorf("FamousNames(%q) lacks %q: %v", tt.word, tt.want, got)
			continue
		}
		if got[i].Langs < 25 {
			t.Errorf("FamousNames(%q): %q in %d languages, want 25 or more (Pantheon's floor)", tt.word, tt.want, got[i].Langs)
		}
		if !slices.IsSortedFunc(got, func(a, b FamousName) int { return b.Langs - a.Langs }) {
			t.Errorf("FamousNames(%q) not most famous first: %v", tt.word, got)
		}
	}
}

// TestFamousTable checks the embedded table that FamousNames searches in
// place: FOLDED<TAB>NAME:LANGS|..., each name one with the word, in 25
// Wikipedia languages or more.
func TestFamousTable(t *testing.T) {
	checkTable(t, famousBody(), 5000, func(k, names string) string {
		for _, entry := range strings.Split(names, "|") {
			j := strings.LastIndexByte(entry, ':')
			if j < 0 {
				return fmt.Sprintf("entry %q: want NAME:LANGS", entry)
			}
			name, langs := entry[:j], entry[j+1:]
			if n, err := strconv.Atoi(langs); err != nil || n < 25 {
				return fmt.Sprintf("entry %q: want a count of 25 languages or more", entry)
			}
			if !slices.ContainsFunc(NameWords(name), func(w string) bool { return Fold(w) == k }) {
				return fmt.Sprintf("entry %q: no word %q", entry, k)
			}
		}
		return ""
	})
}

// TestNameWords checks the words of a name: initials, regnal numbers and
// figures left out, commas and full stops after a word dropped,
// apostrophes and hyphens kept inside a word.
func TestNameWords(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"George H. W. Bush", []string{"George", "Bush"}},
		{"Martin Luther King, Jr.", []string{"Martin", "Luther", "King", "Jr"}},
		{"John XXIII", []string{"John"}},
		{"Luiz Inácio Lula da Silva", []string{"Luiz", "Inácio", "Lula", "da", "Silva"}},
		{"Muammar al-Gaddafi", []string{"Muammar", "al-Gaddafi"}},
		{"Sinéad O'Connor (singer)", []string{"Sinéad", "O'Connor"}},
		{"6th of October City", []string{"of", "October", "City"}},
	} {
		if got := NameWords(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("NameWords(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPlaceFolded checks the gazetteer asked by a folded spelling: a
// place's folded name or other spelling is found, a capitalised or
// misspelt one is not.
func TestPlaceFolded(t *testing.T) {
	lex, err := Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		k    string
		want bool
	}{{"peru", true}, {"new york", true}, {"peru", true}, {"Peru", false}, {"pru", false}, {"", false}} {
		if got := lex.PlaceFolded(tt.k); got != tt.want {
			t.Errorf("PlaceFolded(%q) = %v, want %v", tt.k, got, tt.want)
		}
	}
}
