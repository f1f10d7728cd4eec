package spell

import "testing"

// TestTitledFirstNames checks that a slip of a well-known first name is
// flagged between a title and a surname, however short or crowded the
// word, and that real first names pass there.
func TestTitledFirstNames(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a swap in a short first name", "NAWG President Jmi Miller said it.\n", "Jmi", NameVariant, "Jim"},
		{"a double in a short first name", "Warburg economist Iaan Harwood said so.\n", "Iaan", NameVariant, "Ian"},
		{"a key beside the one meant in a longer first name", "FPL spokeswoman Stacet Shaw said so.\n", "Stacet", NameVariant, "Stacey"},
		{"after a title with its full stop", "It was Rep. Rno Smith who spoke.\n", "Rno", NameVariant, "Ron"},
		{"a key beside in a short first name is a name as often", "The chairman Wilf Smith spoke.\n", "", "", ""},
		{"a letter added is a name as often", "Governor Garrey Carruthers spoke.\n", "", "", ""},
		{"a swap from a rarer first name", "Its president Akio Morita spoke.\n", "", "", ""},
		{"a double from a rarer first name", "President Affonso Camargo spoke.\n", "", "", ""},
		{"no surname follows", "The talks ended, said President Iaan.\n", "", "", ""},
		{"no title goes before", "The firm Iaan Miller grew.\n", "", "", ""},
	})
}
