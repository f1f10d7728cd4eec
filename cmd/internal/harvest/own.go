package harvest

import (
	"bytes"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
)

// Why a harvest skips a file (see [Skip]).
const (
	SkipEmpty   = "empty (a draft being written to it, perhaps)"
	SkipDraft   = "a draft lexicon of lexcheck lexicon harvest"
	SkipReport  = "a report of lexcheck lexicon harvest"
	SkipLexicon = "a lexicon, not an article"
	// SkipConfigured is why the caller skips a house lexicon that a
	// configuration (.lexcheck.toml) names.
	SkipConfigured = "a house lexicon of the configuration"
)

// draftMark starts every draft [Draft.WriteLexicon] writes.
const draftMark = "# Draft house lexicon harvested from "

// markWithin is how far into a file a report's mark is looked for.
const markWithin = 1024

// Skip returns why src, the text of a file of the archive, is not an
// article to harvest, or "" if it is one: empty (the file a shell opens
// for the draft before the harvest reads the folder), a harvest's own
// draft or report
// (which a harvest run twice in one folder would otherwise count), or a
// lexicon of the lexicon format that is no prose: a list of entries of at
// most four words, without a sentence's punctuation, of more than one
// line or marked with '!', '|' or '='.
func Skip(src []byte) string {
	head := src[:min(len(src), markWithin)]
	switch {
	case len(bytes.TrimSpace(src)) == 0:
		return SkipEmpty
	case bytes.HasPrefix(src, []byte(draftMark)):
		return SkipDraft
	case bytes.Contains(head, []byte(htmlMark)), bytes.HasPrefix(src, []byte(markdownMark)):
		return SkipReport
	case isLexicon(src):
		return SkipLexicon
	}
	return ""
}

// isLexicon reports whether src reads as a lexicon rather than prose.
func isLexicon(src []byte) bool {
	if _, err := lexicon.Load(bytes.NewReader(src), "archive"); err != nil {
		return false
	}
	entries, marked := 0, false
	for line := range strings.Lines(string(src)) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.ContainsAny(line, `.,;:?()"“”<>`) {
			return false
		}
		for spelling := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == '|' || r == '!' || r == '=' }) {
			if len(strings.Fields(spelling)) > 4 {
				return false
			}
		}
		entries++
		marked = marked || strings.ContainsAny(line, "!|=")
	}
	return entries > 1 || entries == 1 && marked
}
