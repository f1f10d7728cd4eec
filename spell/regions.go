package spell

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// American news writes a town's state after it, abbreviated in the
// newswires' style (RENO, Nev., March 2; Kenosha, Wis., plant), and a
// lawmaker's state after the party (Dan Glickman, D-Kan.). There the
// state is what the word must be: a slip of a state's name or its
// abbreviation (Neev., Tnn., D-Kaan.) is a name-variant of it, however
// short, where the well-known names alone would let it pass.

// placedSlip returns the month, the state, the town, the place, the
// nation's adjective or the famous name that the unknown capitalised word
// w at text[start:end] is a slip of where it stands (see monthSlip,
// stateSlip, townSlip, placeSlotSlip, adjectiveSlip, famousSlip,
// famousSurnameSlip), or nil: a few bytes around the word decide whether
// to look.
func (c *Checker) placedSlip(text []byte, start, end int, w string) []string {
	if names := monthSlip(text, start, end, w); names != nil {
		return names
	}
	if names := stateSlip(text, start, end, w); names != nil {
		return names
	}
	if names := c.townSlip(text, end, w); names != nil {
		return names
	}
	if names := c.placeSlotSlip(text, start, end, w); names != nil {
		return names
	}
	if names := c.adjectiveSlip(text, start, end, w); names != nil {
		return names
	}
	if names := c.famousSlip(text, start, end, w); names != nil {
		return names // Kare Bush
	}
	return c.famousSurnameSlip(text, start, end, w) // Mr Cirac
}

// placedForm reports whether w is a slip of a month's or a state's form
// (see plainestSlips): where it stands may then say what it is.
func placedForm(w string) bool {
	return utf8.RuneCountInString(w) >= minContextSlip && (plainestSlips(w, monthForms) != nil || plainestSlips(w, stateForms) != nil)
}

// stateForms holds the names of the states of the United States that are
// one word, and the abbreviations of states and Canadian provinces of three
// letters or more that news writes after a town (those of two words, N.J.
// and New Jersey, are dottedStates and pairs of words).
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
// plainest slips only (see slipOf). In a word whose place says what it
// is, its last letter doubled counts as a double inside does (Febb), and
// the last letter dropped from a form of four letters or more as a letter
// dropped inside (Okl., Apri).
func plainestSlips(w string, forms []string) []string {
	var sc slipChoice
	for i, m := range forms {
		if d := len(w) - len(m); d < -1 || d > 1 || w[0]|0x20 != m[0]|0x20 {
			continue // no slip: another first letter, or letters added or dropped (the forms are ASCII)
		}
		s := slipOf(w, m)
		switch {
		case s != noSlip:
		case lastDoubled(w, m, minContextSlip):
			s = strongSlip
		case lastDropped(w, m, minContextSlip+1):
			s = fairSlip
		}
		sc.add(m, s, -i) // in the forms' order
	}
	return sc.names()
}

// A slipChoice gathers the names a word is a slip of, keeping only the
// plainest slips (see slipOf), and gives them best first.
type slipChoice struct {
	best  int
	cands []rankedSlip
}

// A rankedSlip is a name and how it ranks among names as plain a slip:
// higher first (the people of a town, a first name's commonness).
type rankedSlip struct {
	name string
	rank int
}

// add offers name, which the word is a slip of by slip, ranked rank.
func (sc *slipChoice) add(name string, slip, rank int) {
	switch {
	case slip == noSlip || slip < sc.best:
	case slip > sc.best:
		sc.cands, sc.best = append(sc.cands[:0], rankedSlip{name, rank}), slip
	default:
		sc.cands = append(sc.cands, rankedSlip{name, rank})
	}
}

// names returns the names offered as the plainest slips, by rank, highest
// first, then in byte order, each once; nil for none.
func (sc *slipChoice) names() []string {
	slices.SortFunc(sc.cands, func(a, b rankedSlip) int { return cmp.Or(cmp.Compare(b.rank, a.rank), strings.Compare(a.name, b.name)) })
	var out []string
	for _, c := range sc.cands {
		if !slices.Contains(out, c.name) {
			out = append(out, c.name)
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

// A town's name stands before its state's (Wayne, Mich.; Denton, Texas):
// there a word one slip from the name of a town of the gazetteer is a
// slip of it (Wagne, Detnon), the town of the most people first when the
// slips are as plain.

// dottedStates holds the abbreviations of states of two words, written
// with full stops (Secaucus, N.J.).
var dottedStates = []string{"N.J.", "N.Y.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.", "S.D.", "R.I.", "W.Va.", "D.C."}

// stateAfter reports whether rest, the text after a word, goes on with a
// comma, a space and a state's name or abbreviation, whole.
func stateAfter(rest []byte) bool {
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return false
	}
	rest = rest[2:]
	for _, d := range dottedStates {
		if len(rest) >= len(d) && string(rest[:len(d)]) == d {
			return true
		}
	}
	n := 0
	for n < len(rest) && asciiLetterByte(rest[n]) {
		n++
	}
	if n < len(rest) && rest[n] != '.' && rest[n] != ',' && rest[n] != ' ' && rest[n] != '\n' {
		return false
	}
	return slices.Contains(stateForms, string(rest[:n]))
}

// townSlip returns the towns of the gazetteer that the unknown capitalised
// word w, ending at text[end], is the plainest slip of, the town of the
// most people first, when a state's name follows it (see stateAfter), or
// nil.
func (c *Checker) townSlip(text []byte, end int, w string) []string {
	if utf8.RuneCountInString(w) < minContextSlip || !stateAfter(text[end:]) {
		return nil
	}
	return c.placeSlips(w, 1)
}

// A word after in, from, to and the like, with no capitalised word after
// it, stands where a place's name does (farmers in Pru.): there a slip of
// a place of prominentPlace people or more is a slip of it, however short
// the word or whatever name lists know it.

// placeWord holds the words after which a place's name stands.
var placeWord = map[string]bool{"in": true, "from": true, "to": true, "into": true, "across": true,
	"throughout": true, "visit": true, "visited": true, "visiting": true, "via": true, "near": true}

// placeSlotSlip returns the places of prominentPlace people or more that
// the unknown capitalised word w at text[start:end] is the plainest slip
// of, the place of the most people first, where it stands after a word of
// placeWord and before no capitalised word, nor 's; or nil.
func (c *Checker) placeSlotSlip(text []byte, start, end int, w string) []string {
	if utf8.RuneCountInString(w) < minContextSlip || !afterPlaceWord(text, start, end) {
		return nil
	}
	return c.placeSlips(w, prominentPlace)
}

// afterPlaceWord reports whether the word at text[start:end] follows a
// word of placeWord, a space apart, and neither a capitalised word (in
// Pru Smith's view), an apostrophe nor a hyphen follows it.
func afterPlaceWord(text []byte, start, end int) bool {
	before, _ := wordsBeside(text, start, end, " ")
	if !placeWord[string(before)] {
		return false
	}
	if rest := text[end:]; len(rest) > 0 && (rest[0] == '\'' || rest[0] == '-' || bytes.HasPrefix(rest, []byte("’"))) {
		return false
	}
	return !capitalFollows(text[end:])
}

// placeSlips returns the places of the gazetteer, of minPeople people or
// more (at least 1), whose main name w is the plainest slip of (see slipOf), the place
// of the most people first, or nil.
func (c *Checker) placeSlips(w string, minPeople int) []string {
	lw := lexicon.Fold(w)
	if !isASCII(lw) {
		return nil
	}
	var sc slipChoice
	eachSlipSpelling(lw, func(b []byte) {
		if !c.lex.PlaceFolded(string(b)) {
			return // most spellings: asked before the name is made
		}
		v := w[:1] + string(b[1:]) // the place's name as w capitalises it
		p := c.lex.Population(v)
		if p < minPeople {
			return
		}
		if s := slipOf(w, v); s != noSlip && s >= sc.best {
			sc.add(strings.Clone(v), s, p)
		}
	})
	return sc.names()
}

// eachSlipSpelling calls fn with each spelling that the folded ASCII
// word w may be a slip of (see slipOf), each from one change of a letter
// after the first: two neighbours swapped back, a letter taken out, put
// in, or changed. The caller asks slipOf which are slips. v is valid only
// during the call: the spellings are made in one buffer.
func eachSlipSpelling(w string, fn func(v []byte)) {
	buf := make([]byte, 0, len(w)+1)
	for i := 1; i < len(w); i++ {
		if i+1 < len(w) {
			buf = append(append(append(append(buf[:0], w[:i]...), w[i+1]), w[i]), w[i+2:]...)
			fn(buf)
		}
		buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
		fn(buf)
		for x := byte('a'); x <= 'z'; x++ {
			buf = append(append(append(buf[:0], w[:i]...), x), w[i:]...)
			fn(buf)
			if x != w[i] {
				buf = append(append(append(buf[:0], w[:i]...), x), w[i+1:]...)
				fn(buf)
			}
		}
	}
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// A place of two words or more is named whole (Hong Kong, Buenos Aires,
// South Korea): after its first word, a word one slip from the next word of
// such a place is a slip of it (Hong Kog, Buenos Airds, South Korae), the
// place of the most people first when the slips are as plain.

// minPairPlace is the fewest people a place of several words needs for a
// word beside its other words to be taken for a slip of its own (see
// placeNameSlip): a smaller place is no evidence against a name (Abdu
// Rahman is no Abdu Rahiman).
const minPairPlace = 100000

// A word between a determiner and a lower-case word is an adjective or a
// noun's modifier (the Aian tiger economies): there a slip of the
// adjective of a nation or a region is a slip of it, however short the
// word or crowded its neighbourhood, where a person's name does not
// stand.

// nationForms holds the adjectives of nations and regions that news
// writes most (see adjectiveSlip).
var nationForms = []string{"African", "American", "Arab", "Arabian", "Argentine", "Asian", "Australian", "Austrian",
	"Belgian", "Brazilian", "British", "Bulgarian", "Canadian", "Caribbean", "Chilean", "Chinese", "Colombian",
	"Croatian", "Cuban", "Czech", "Danish", "Dutch", "Egyptian", "English", "European", "Filipino", "Finnish",
	"French", "German", "Greek", "Hungarian", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli",
	"Italian", "Japanese", "Jordanian", "Kenyan", "Korean", "Kuwaiti", "Latin", "Lebanese", "Libyan", "Malaysian",
	"Mexican", "Moroccan", "Nigerian", "Nordic", "Norwegian", "Pakistani", "Palestinian", "Peruvian", "Polish",
	"Portuguese", "Romanian", "Russian", "Saudi", "Scandinavian", "Scottish", "Serbian", "Soviet", "Spanish",
	"Swedish", "Swiss", "Syrian", "Taiwanese", "Thai", "Turkish", "Ukrainian", "Venezuelan", "Vietnamese", "Welsh"}

// beforeAdjective holds the words that stand before an adjective and its noun.
var beforeAdjective = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// adjectiveSlip returns the adjectives of nationForms that the unknown
// capitalised word w at text[start:end], which no name list knows, is the
// plainest slip of (see plainestSlips) where it stands between a
// determiner and a lower-case word, a space apart each (the Aian tiger
// economies), or nil. A name stands there too, a family's or a firm's
// (the Saud family, the Germann group): a word the lists know passes.
func (c *Checker) adjectiveSlip(text []byte, start, end int, w string) []string {
	if utf8.RuneCountInString(w) < minContextSlip {
		return nil
	}
	before, after := wordsBeside(text, start, end, " ")
	if !isBeforeAdjective(before) || len(after) == 0 || after[0] < 'a' || after[0] > 'z' {
		return nil
	}
	if names := plainestSlips(w, nationForms); names != nil && !c.lex.ListedName(w) {
		return names
	}
	return nil
}

// isBeforeAdjective reports whether w is a word of beforeAdjective, or
// one capitalised (The, Its). It does not allocate.
func isBeforeAdjective(w []byte) bool {
	if beforeAdjective[string(w)] {
		return true
	}
	var buf [8]byte
	if len(w) == 0 || len(w) > len(buf) || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	n := copy(buf[:], w)
	buf[0] += 'a' - 'A'
	return beforeAdjective[string(buf[:n])]
}
