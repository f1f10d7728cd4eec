package spell

import (
	"iter"
)

// A Word is one word of a document as the checker reads it.
type Word struct {
	// Text is the word with HTML entities decoded, apostrophes written as
	// ' and a possessive 's dropped (Bakiyev's is Bakiyev).
	Text string
	// Pos and End delimit the word in the document's Src (a dropped
	// possessive ending lies outside); Filename is the document's Name.
	Pos, End Position
	// SentenceStart reports whether the word starts a sentence, a line or
	// a quotation, where a capital says nothing about names.
	SentenceStart bool
}

// Words returns the words of d that a [Checker] judges, in order: the
// words of its prose (d.Prose when set), split as the checker splits them.
// Chunks that are not words to check (URLs, e-mail addresses, paths, words
// with digits) are left out; the bytes between two consecutive words show
// whether anything stood between them.
func Words(d Document) iter.Seq[Word] {
	text := d.Src
	if d.Prose != nil && len(d.Prose) == len(d.Src) {
		text = d.Prose
	}
	return func(yield func(Word) bool) {
		// Lines and columns are counted in the source, as a finding's
		// are (see position): markup blanked in the prose counts as the
		// code points it was, not as the spaces that replace it.
		var at cursor
		pos := func(off int) Position {
			at.advance(d.Src, off)
			return Position{Filename: d.Name, Offset: off, Line: at.line + 1, Column: at.col + 1}
		}
		for _, p := range pieces(text, maxTokenized) {
			toks, ws := tokenize(text[p[0]:p[1]])
			for _, t := range toks {
				if t.skip {
					continue
				}
				w := Word{Text: ws.text[t.word], Pos: pos(p[0] + int(t.start)), SentenceStart: t.sentence}
				w.End = pos(p[0] + int(t.end))
				if !yield(w) {
					return
				}
			}
		}
	}
}
