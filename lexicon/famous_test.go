package lexicon

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
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
// place: FOLDED<TAB>NAME:LANGS|..., the folded form a word of each name,
// strictly sorted, so that a binary search finds every word.
func TestFamousTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(famousBody(), "\n"), "\n")
	if len(lines) < 5000 {
		t.Fatalf("%d words of famous names, want thousands", len(lines))
	}
	prev := ""
	for i, line := range lines {
		k, names, ok := strings.Cut(line, "\t")
		if !ok || k == "" || names == "" || strings.Contains(names, "\t") || !utf8.ValidString(line) {
			t.Fatalf("line %d %q: want FOLDED<TAB>NAMES", i+1, line)
		}
		if k <= prev {
			t.Fatalf("line %d: %q after %q: want strictly sorted", i+1, k, prev)
		}
		prev = k
		for _, entry := range strings.Split(names, "|") {
			j := strings.LastIndexByte(entry, ':')
			name, langs := entry[:max(j, 0)], entry[j+1:]
			if n, err := strconv.Atoi(langs); j < 0 || err != nil || n < 25 || !strings.Contains(" "+Fold(name)+" ", " "+k+" ") && !strings.Contains(Fold(name), k) {
				t.Fatalf("line %d: entry %q: want NAME:LANGS, a name with the word %q, in 25 languages or more", i+1, entry, k)
			}
		}
	}
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
