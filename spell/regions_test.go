package spell

import (
	"slices"
	"testing"
)

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
		{"the last letter dropped in a dateline", "TULSA, Okl., March 23 - Shares fell.\n", "Okl", NameVariant, "Okla"},
		{"a state in a list of states", "It has plants in Michigan, Tennesse, Florida and Texas.\n", "Tennesse", NameVariant, "Tennessee"},
		{"a town before its state", "It has a truck plant in Wagne, Mich., which makes vans.\n", "Wagne", NameVariant, "Wayne"},
		{"a town swapped before a state's full name", "It will build a plant near Detnon, Texas, next year.\n", "Detnon", NameVariant, "Denton"},
		{"a town before a dotted state", "It closed its Secacus, N.J., warehouse.\n", "Secacus", NameVariant, "Secaucus"},
		{"a town no gazetteer knows", "It opened an office in Quenzeltat, Mich., last year.\n", "", "", ""},
		{"a town before no state", "It has a truck plant in Wagne, which makes vans.\n", "", "", ""},
		{"a letter dropped from the second word of a city", "It has customers in Hong Kog and Tokyo.\n", "Kog", NameVariant, "Kong"},
		{"a swap in the second word of a country", "Partners such as Japan, South Korae and Taiwan.\n", "Korae", NameVariant, "Korea"},
		{"a key beside in the second word of a capital", "He lives in Buenos Airds now.\n", "Airds", NameVariant, "Aires"},
		{"the first word of a place, before its second", "Workers at its Chual Vista plant will vote.\n", "Chual", NameVariant, "Chula"},
		{"after a possessive", "Workers at Rohr's Chual Vista plant will vote.\n", "Chual", NameVariant, "Chula"},
		{"the first word of a place of three words", "The strike in Rjio de Janeiro spread.\n", "Rjio", NameVariant, "Rio"},
		{"a longer name around the place's words", "The chemist Jorge Chual Vista spoke.\n", "", "", ""},
		{"a name after the first word of a small place", "The banker Abdu Rahman spoke.\n", "", "", ""},
		{"the other locale's spelling of a place's second word", "The port of Pearl Harbour was closed.\n", "", "", ""},
		{"a postal code", "It sold Woodco Inc of Houston, Tx. for cash.\n", "", "", ""},
		{"the word alone", "The Neev group said it would bid.\n", "", "", ""},
		{"after a lower-case word and a comma", "As they said, Neev, the firm, bid.\n", "", "", ""},
		{"a state spelt right", "RENO, Nev., March 2 - Shares rose.\n", "", "", ""},
	})
}

// TestPlaceSlots checks that after in, from, to and the like a slip of a
// place of a million people or more is flagged, however short the word
// or whatever name lists know it, and that the same word passes before a
// capitalised word, before 's and elsewhere.
func TestPlaceSlots(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a letter dropped from a country after in", "Farmers in Pru were poor.\n", "Pru", NameVariant, "Peru"},
		{"after to, before and", "It sells to Chle and Peru.\n", "Chle", NameVariant, "Chile"},
		{"at the end of a sentence", "The crop failed in Pru.\n", "Pru", NameVariant, "Peru"},
		{"a surname follows", "A stake in Pru Smith's firm was sold.\n", "", "", ""},
		{"a possessive follows", "It rose in Pru's view.\n", "", "", ""},
		{"no place word before it", "The Pru group said so.\n", "", "", ""},
		{"a small town's name", "It is made in Ulm.\n", "", "", ""},
	})
}

// TestAdjectiveSlips checks that a slip of a nation's or a region's
// adjective is flagged between a determiner and a lower-case word, where
// no person's name stands, and that a word the name lists know, or the
// word elsewhere, passes.
func TestAdjectiveSlips(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a letter dropped after the", "They fear the Aian markets will fall.\n", "Aian", NameVariant, "Asian"},
		{"a swap after a", "It bought a Tahi unit last year.\n", "Tahi", NameVariant, "Thai"},
		{"a family's name the lists know", "It was the Saud family's firm.\n", "", "", ""},
		{"no lower-case word after it", "They met the Aian.\n", "", "", ""},
		{"no determiner before it", "Aian markets fell.\n", "", "", ""},
	})
}

// TestPlaceNameSlip checks the place rule alone: the name of a place of
// several words must stand whole around the word, after a possessive
// too, and not go on with another name.
func TestPlaceNameSlip(t *testing.T) {
	c := defaultChecker(t, nil)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"at Rohr's Chual Vista plant", []string{"Chula"}},
		{"at its Chual Vista plant", []string{"Chula"}},
		{"the chemist Jorge Chual Vista", nil},
		{"at its Chual plant", nil},
	} {
		start := indexOf(tt.text, "Chual")
		if got := c.placeNameSlip([]byte(tt.text), start, start+len("Chual"), "Chual"); !slices.Equal(got, tt.want) {
			t.Errorf("placeNameSlip(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStateAfter checks what counts as a state's name after a word.
func TestStateAfter(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{", Mich., which", true},
		{", Texas, on", true},
		{", N.J., plant", true},
		{", Ohio\n", true},
		{", Ohio", true},
		{", Michigan's plant", false},
		{", Mich", true},
		{", Mi", false},
		{", Texan firm", false},
		{" Mich.", false},
		{",", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := stateAfter([]byte(tt.rest)); got != tt.want {
			t.Errorf("stateAfter(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}

// TestSlipChoice checks that only the plainest slips are kept, best
// ranked first, each name once.
func TestSlipChoice(t *testing.T) {
	var sc slipChoice
	sc.add("Fair", fairSlip, 100)
	sc.add("None", noSlip, 1000)
	sc.add("Low", strongSlip, 1)
	sc.add("High", strongSlip, 50)
	sc.add("Also", strongSlip, 50)
	sc.add("High", strongSlip, 50)
	sc.add("Fairer", fairSlip, 500)
	if got, want := sc.names(), []string{"Also", "High", "Low"}; !slices.Equal(got, want) {
		t.Errorf("names = %v, want %v", got, want)
	}
	var none slipChoice
	none.add("None", noSlip, 1)
	if got := none.names(); got != nil {
		t.Errorf("names of no slip = %v, want nil", got)
	}
}

// TestIsBeforeAdjective checks the determiners before an adjective, in
// lower case or capitalised.
func TestIsBeforeAdjective(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{{"the", true}, {"The", true}, {"Its", true}, {"THE", false}, {"John", false}, {"", false}, {"Theirselves", false}} {
		if got := isBeforeAdjective([]byte(tt.w)); got != tt.want {
			t.Errorf("isBeforeAdjective(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
