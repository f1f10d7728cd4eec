package spell

import (
	"slices"
	"testing"
)

// TestMonthSlips checks that a slip in a month's name or abbreviation is
// flagged where it stands in a date, however short the word, and that
// the same word passes elsewhere: a date says what the word is, nothing
// else does.
func TestMonthSlips(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"an abbreviation swapped before a day", "Prices rose on Fbe 26 and fell.\n", "Fbe", NameVariant, "Feb"},
		{"a letter added before a full stop and a day", "Under the terms, announced Nocv. 17, it pays.\n", "Nocv", NameVariant, "Nov"},
		{"the last letter doubled before a day", "The deposits on Febb 28 were paid.\n", "Febb", NameVariant, "Feb"},
		{"a letter dropped before a year", "The loan falls due after Apil 1, 1989.\n", "Apil", NameVariant, "April"},
		{"a key beside after a day", "The vote was held on 3 Ocyober in Rome.\n", "Ocyober", NameVariant, "October"},
		{"a letter added before a comma and a year", "The bank bought it in Nogv, 1986.\n", "Nogv", NameVariant, "Nov"},
		{"before a figure in a table of months", "Output was Jun 13.0, Jlu 7.0, total 55.8.\n", "Jlu", NameVariant, "Jul"},
		{"a swap after in", "In Jly a variant of the virus spread.\n", "Jly", NameVariant, "July"},
		{"joined to a month by a slash", "Cargoes for Aptr/May loading were sold.\n", "Aptr", NameVariant, "Apr"},
		{"a part joined to a month by a hyphen", "Exports fell in the May-Alr season.\n", "Alr", NameVariant, "Apr"},
		{"the last letter dropped before a day", "ATLANTA, Apri 1 - The firm said.\n", "Apri", NameVariant, "April"},
		{"the word alone", "The Apil group said it would bid.\n", "", "", ""},
		{"a word near a month before a count", "The Jum 2,500 shares were sold.\n", "", "", ""},
		{"a code before it", "The A4 Jum sheets were sold.\n", "", "", ""},
		{"a key beside after in", "In Jume a variant of the virus spread.\n", "Jume", NameVariant, "June"},
		{"a name after in before a surname", "In Jume Smith's view it failed.\n", "", "", ""},
		{"two letters are too few", "Orders in the quarter ended Jn 31 rose.\n", "", "", ""},
		{"a month spelt right", "Prices rose on Feb 26 and fell in July.\n", "", "", ""},
	})
}

// TestMonthSlipSuggestions checks the months a word slips from, plainest
// first, when it stands in a date.
func TestMonthSlipSuggestions(t *testing.T) {
	tests := []struct {
		text, word string
		want       []string
	}{
		{"on Jum 5", "Jum", []string{"Jun"}},
		{"on Spe 5", "Spe", []string{"Sep"}},
		{"on Jna 5", "Jna", []string{"Jan"}},
		{"on Octt 5", "Octt", []string{"Oct"}},
		{"on Jam 5", "Jam", []string{"Jan"}},
		{"on Jum 5th", "Jum", nil},
		{"on Jum 50", "Jum", nil},
		{"on Jum 12345", "Jum", nil},
	}
	for _, tt := range tests {
		start := len("on ")
		got := monthSlip([]byte(tt.text), start, start+len(tt.word), tt.word)
		if !slices.Equal(got, tt.want) {
			t.Errorf("monthSlip(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
