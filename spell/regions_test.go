package spell

import "testing"

// TestStateSlips checks that a slip in a state's name or abbreviation is
// flagged after a town or a party's initial, however short the word, and
// that the same word passes elsewhere.
func TestStateSlips(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a doubled letter in a dateline", "RENO, Neev., March 2 - Shares rose.\n", "Neev", NameVariant, "Nev"},
		{"a swap after a town", "It has a plant in Lake Buena Vista, Fal.\n", "Fal", NameVariant, "Fla"},
		{"a swap that is nearer another name alone", "NEWPORT BEACH, Claif., April 7 - The firm said.\n", "Claif", NameVariant, "Calif"},
		{"the last letter doubled before a comma", "MIAMI, Flaa, March 31 - Shares fell.\n", "Flaa", NameVariant, "Fla"},
		{"after a party's initial", "Rep. Dan Glickman, D-Kaan., said he would vote.\n", "Kaan", NameVariant, "Kan"},
		{"after a party's initial in brackets", "Speaker Jim Wright (D-Texx), voted.\n", "Texx", NameVariant, "Tex"},
		{"a postal code", "It sold Woodco Inc of Houston, Tx. for cash.\n", "", "", ""},
		{"the word alone", "The Neev group said it would bid.\n", "", "", ""},
		{"after a lower-case word and a comma", "As they said, Neev, the firm, bid.\n", "", "", ""},
		{"a state spelt right", "RENO, Nev., March 2 - Shares rose.\n", "", "", ""},
	})
}
