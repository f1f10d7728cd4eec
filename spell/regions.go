package spell

import (
	"slices"
	"unicode/utf8"
)

// American news writes a town's state after it, abbreviated in the
// newswires' style (RENO, Nev., March 2; Kenosha, Wis., plant), and a
// lawmaker's state after the party (Dan Glickman, D-Kan.). There the
// state is what the word must be: a slip of a state's name or its
// abbreviation (Neev., Tnn., D-Kaan.) is a name-variant of it, however
// short, where the well-known names alone would let it pass.

// placedSlip returns the month or the state that the unknown capitalised
// word w at text[start:end] is a slip of where it stands (see monthSlip,
// stateSlip), or nil.
func placedSlip(text []byte, start, end int, w string) []string {
	if names := monthSlip(text, start, end, w); names != nil {
		return names
	}
	return stateSlip(text, start, end, w)
}

// stateForms holds the names of the United States and the abbreviations
// of states and Canadian provinces that news writes after a town.
var stateForms = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
	"Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
	"Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas",
	"Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ill", "Ind", "Kan", "Kans", "Mass", "Mich",
	"Minn", "Miss", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Wash", "Wis", "Wisc",
	"Wyo", "Ont", "Que", "Alta", "Sask"}

// stateSlip returns the states that the unknown capitalised word w at
// text[start:end] is the plainest slip of (see plainestSlips: Flaa too),
// when the word stands where a state's name does (see afterTown,
// afterParty). It returns nil otherwise.
func stateSlip(text []byte, start, end int, w string) []string {
	if utf8.RuneCountInString(w) < minContextSlip || !afterTown(text, start, end) && !afterParty(text, start) {
		return nil
	}
	return plainestSlips(w, stateForms)
}

// plainestSlips returns the names of forms that w is a slip of, the
// plainest slips only (see slipOf; in a word whose place says what it
// is, its last letter doubled counts as a double inside does).
func plainestSlips(w string, forms []string) []string {
	var out []string
	best := noSlip
	for _, m := range forms {
		s := slipOf(w, m)
		if s == noSlip && lastDoubled(w, m, minContextSlip) {
			s = strongSlip
		}
		switch {
		case s == noSlip || s < best:
		case s > best:
			out, best = append(out[:0], m), s
		default:
			out = append(out, m)
		}
	}
	return out
}

// afterTown reports whether the word at text[start:end] follows a
// capitalised word and a comma, and a comma or a full stop follows it:
// the place of a state after a town (RENO, Nev., March 2).
func afterTown(text []byte, start, end int) bool {
	if end >= len(text) || text[end] != '.' && text[end] != ',' || start < 4 || text[start-1] != ' ' || text[start-2] != ',' {
		return false
	}
	i := start - 2
	for i > 0 && asciiLetterByte(text[i-1]) {
		i--
	}
	return i < start-2 && text[i] >= 'A' && text[i] <= 'Z'
}

// afterParty reports whether the word at text[start:] follows a party's
// initial and a hyphen, a space or a bracket before them (Dan Glickman,
// D-Kan.; Jim Wright (D-Tex)).
func afterParty(text []byte, start int) bool {
	return start >= 3 && text[start-1] == '-' && slices.Contains([]byte("DRI"), text[start-2]) &&
		(start == 2 || text[start-3] == ' ' || text[start-3] == '(')
}
