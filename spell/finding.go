package spell

import (
	"fmt"

	"github.com/lexcheck/lexcheck/internal/filepos"
)

// A Position is a place in a checked document.
// The zero value is not valid; see [Position.IsValid].
type Position struct {
	Filename string // as passed to Check; may be empty
	Offset   int    // byte offset, starting at 0
	Line     int    // line number, starting at 1
	Column   int    // column, starting at 1, counted in Unicode code points (not bytes)
}

// IsValid reports whether the position names a place (its line is known).
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:column", leaving out the parts that are not
// known, or "-" when nothing is known, as go/token does.
func (p Position) String() string {
	line := 0
	if p.IsValid() {
		line = p.Line
	}
	return filepos.Format(p.Filename, line, p.Column)
}

// A Kind says which rule made a finding. Kinds are stable identifiers:
// they appear in the JSON output and as SARIF rule IDs.
type Kind string

// The kinds of finding.
const (
	// Rejected: the word is a variant that a house lexicon marks with '!'.
	Rejected Kind = "rejected"
	// NameVariant: the word is near a known name (a typo or a transliteration variant).
	NameVariant Kind = "name-variant"
	// Misspelling: the word is unknown and near a dictionary word.
	Misspelling Kind = "misspelling"
	// Inconsistent: the document spells one name two ways; the rarer spelling is flagged.
	Inconsistent Kind = "inconsistent"
)

// Kinds lists every kind, in a fixed order.
var Kinds = []Kind{Rejected, NameVariant, Misspelling, Inconsistent, Repeated}

// Description returns a one-line description of the rule behind k.
func (k Kind) Description() string {
	switch k {
	case Rejected:
		return "a spelling the house lexicon rejects"
	case NameVariant:
		return "a variant (typo or transliteration) of a known name"
	case Misspelling:
		return "an unknown word near a dictionary word"
	case Inconsistent:
		return "a name the same document spells two ways"
	case Repeated:
		return "a word typed twice in a row"
	}
	return string(k)
}

// A Finding is one flagged spelling. It is plain data.
type Finding struct {
	Pos, End    Position // the flagged span is src[Pos.Offset:End.Offset]
	Kind        Kind
	Word        string   // the text as it appears in the input: src[Pos.Offset:End.Offset]
	Message     string   // one line, no position, no trailing period
	Suggestions []string // best first; may be empty
}

// String renders f as a compiler would: "file:line:col: message (kind)".
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s (%s)", f.Pos, f.Message, f.Kind)
}
