package spell

import (
	"slices"
	"testing"
)

// TestFamousSlips checks that a word that makes a famous person's name
// with the words around it but for one slip is flagged, however the name
// lists know it, and that a name the words around do not make whole, a
// spelling of the name in another language, or a famous person's own
// surname (on the name list), passes.
func TestFamousSlips(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a key beside in a first name a list knows", "The album by Kare Bush sold well.\n", "Kare", NameVariant, "Kate"},
		{"a key beside in a surname a list knows", "Fans of Robbie Willians queued for hours.\n", "Willians", NameVariant, "Williams"},
		{"a double inside a name of five words", "President Luiz Inacio Lulla da Silva spoke.\n", "Lulla", NameVariant, "Lula"},
		{"a swap across a line break", "Prime Minister Ingvar\nCalrsson said so.\n", "Calrsson", NameVariant, "Carlsson"},
		{"an initial between the words", "Then George W. Bsuh spoke.\n", "Bsuh", NameVariant, "Bush"},
		{"the name of another person", "The banker Hanns Christian Schroeder spoke.\n", "", "", ""},
		{"a longer name than the famous one", "The official Jorge Kare Bush spoke.\n", "", "", ""},
		{"a vowel beside a vowel, another language's spelling", "Leao Franco said so.\n", "", "", ""},
		{"beside a name no famous person has", "The singer Kare Quenzeltat sang.\n", "", "", ""},
		{"a famous surname a letter from a well-known name", "They met Mr Hollande on Monday.\n", "", "", ""},
		{"another, a key from a rarer one", "They met Mr Mourinho on Monday.\n", "", "", ""},
	})
}

// TestFamousSurnames checks that a word no name list knows, after an
// honorific, is taken for a slip of a famous person's surname (one in 40
// Wikipedia languages or more) by a swap, a double or a letter dropped,
// even one of a double or an h, and that a famous name of its own, a key
// beside or a letter added, a vowel added or dropped beside a vowel, or
// the word without an honorific, passes.
func TestFamousSurnames(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"an h dropped", "They met Mr Cirac on Monday.\n", "Cirac", NameVariant, "Chirac"},
		{"with a full stop", "They met Dr. Cirac later.\n", "Cirac", NameVariant, "Chirac"},
		{"a swap in a surname the word lists lack", "They met Mr Mourinoh on Monday.\n", "Mourinoh", NameVariant, "Mourinho"},
		{"a letter dropped", "They met Mr Hollnde on Monday.\n", "Hollnde", NameVariant, "Hollande"},
		{"a famous surname of its own", "They met Mr Perse on Monday.\n", "", "", ""},
		{"a vowel dropped beside a vowel", "They met Mr Beyer on Monday.\n", "", "", ""},
		{"a key beside, another language's spelling", "They met Mr Leontiev on Monday.\n", "", "", ""},
		{"a letter added", "They met Mr Tuito on Monday.\n", "", "", ""},
		{"no honorific", "The Cirac firm grew.\n", "", "", ""},
	})
}

// TestWordsAround checks the words read on either side of a word as the
// words of a name: nearest first, initials skipped, a line break crossed,
// punctuation an end.
func TestWordsAround(t *testing.T) {
	tests := []struct {
		text, word    string
		before, after []string
	}{
		{"Then George W. Bsuh spoke, he said.", "Bsuh", []string{"George", "Then"}, []string{"spoke"}},
		{"Prime Minister Ingvar\nCalrsson said.", "Calrsson", []string{"Ingvar", "Minister", "Prime"}, []string{"said"}},
		{"Luiz Inacio Lulla da Silva.", "Lulla", []string{"Inacio", "Luiz"}, []string{"da", "Silva"}},
		{"(Kare) Bush", "Kare", nil, nil},
		{"a  Kare   Bush", "Kare", nil, nil},
		{"Minister Ingvar\r\nCalrsson said.", "Calrsson", []string{"Ingvar", "Minister"}, []string{"said"}},
		{"Mills-Jennings and O'Hara Kare Bush-Smith", "Kare", []string{"O'Hara", "and", "Mills-Jennings"}, []string{"Bush-Smith"}},
	}
	for _, tt := range tests {
		start := indexOf(tt.text, tt.word)
		before, after := wordsAround([]byte(tt.text), start, start+len(tt.word), maxNameWords)
		if !slices.Equal(before, tt.before) || !slices.Equal(after, tt.after) {
			t.Errorf("wordsAround(%q, %q) = %q, %q; want %q, %q", tt.text, tt.word, before, after, tt.before, tt.after)
		}
	}
}

// indexOf returns where word starts in text.
func indexOf(text, word string) int {
	for i := range len(text) - len(word) + 1 {
		if text[i:i+len(word)] == word {
			return i
		}
	}
	return -1
}

// TestMayHaveSlipOf checks the quick tests of a name's words: a word with
// the first letter and a length one letter from the word's passes, and no
// other; initialsOf has a bit for each word's first letter.
func TestMayHaveSlipOf(t *testing.T) {
	for _, tt := range []struct {
		name  string
		first rune
		n     int
		want  bool
	}{
		{"Kate Bush", 'K', 4, true},
		{"Kate Bush", 'K', 6, false},
		{"Kate Bush", 'B', 3, true},
		{"Martin Luther King, Jr.", 'K', 5, true},
		{"Kate Bush", 'L', 4, false},
		{"Émile Zola", 'É', 5, true},
	} {
		if got := mayHaveSlipOf(tt.name, tt.first, tt.n); got != tt.want {
			t.Errorf("mayHaveSlipOf(%q, %q, %d) = %v, want %v", tt.name, tt.first, tt.n, got, tt.want)
		}
	}
	m := initialsOf("Kate Bush")
	if m&initialBit('k') == 0 || m&initialBit('B') == 0 || m&initialBit('L') != 0 {
		t.Errorf("initialsOf(Kate Bush) = %b, want the bits of k and b only", m)
	}
}
