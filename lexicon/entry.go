package lexicon

import (
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/filepos"
)

// An Entry is one line of a lexicon: the accepted spellings of a name or
// word, the variants it rejects, and its original script.
type Entry struct {
	Accepted []string // accepted spellings, the preferred one first; may be empty for a ban list line
	Rejected []string // rejected variants: always flagged, with Accepted[0] or its matching part suggested (see [Entry.RejectedSuggestion])
	Original string   // the original script given after '=', or ""
	File     string   // the name the lexicon was loaded under
	Line     int      // line number in File, starting at 1
}

// Preferred returns the preferred spelling, or "" when the entry only
// rejects spellings.
func (e *Entry) Preferred() string {
	if len(e.Accepted) == 0 {
		return ""
	}
	return e.Accepted[0]
}

// RejectedSuggestion returns the spelling to suggest for r, one of e's
// rejected variants: the preferred spelling, or, when r has fewer words
// than it, the run of as many of its words that r stands for, the one
// nearest r in edits (case aside): "Zelensky" for !Zelenskiy in
// "Volodymyr Zelensky !Zelenskiy". ok is false when that cannot be told:
// two runs are equally near r, or the nearest differs from r in more than
// half its letters; the whole preferred spelling is then returned.
func (e *Entry) RejectedSuggestion(r string) (suggest string, ok bool) {
	pref := e.Preferred()
	words, n := strings.Fields(pref), len(strings.Fields(r))
	if n == 0 || n >= len(words) {
		return pref, true
	}
	lower := strings.ToLower(r)
	best, bestDist, tie := "", -1, false
	for i := 0; i+n <= len(words); i++ {
		part := strings.Join(words[i:i+n], " ")
		switch d := osaDistance(strings.ToLower(part), lower); {
		case bestDist < 0 || d < bestDist:
			best, bestDist, tie = part, d, false
		case d == bestDist:
			tie = true
		}
	}
	if tie || 2*bestDist > max(utf8.RuneCountInString(best), utf8.RuneCountInString(r)) {
		return pref, false
	}
	return best, true
}

// String renders the entry in the lexicon file format.
func (e *Entry) String() string {
	var b strings.Builder
	b.WriteString(strings.Join(e.Accepted, " | "))
	for _, r := range e.Rejected {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("!" + r)
	}
	if e.Original != "" {
		b.WriteString(" = " + e.Original)
	}
	return b.String()
}

// A ParseError reports a malformed lexicon line.
// Its message never contains the position; Error adds it.
type ParseError struct {
	File   string // as passed to Load; may be empty
	Line   int    // line number, starting at 1
	Column int    // column, starting at 1, in Unicode code points; 0 if unknown
	Msg    string // what is wrong, without the position
	Err    error  // the underlying cause, or nil; see Unwrap
}

// Error returns "file:line:col: msg".
func (e *ParseError) Error() string {
	file := e.File
	if file == "" {
		file = "-"
	}
	return filepos.Format(file, e.Line, e.Column) + ": " + e.Msg
}

// Unwrap returns the underlying cause, if any.
func (e *ParseError) Unwrap() error { return e.Err }
