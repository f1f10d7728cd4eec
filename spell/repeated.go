package spell

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repeated is the kind of a word typed twice in a row ("the the"), the
// commonest slip no spelling check sees. Its suggestion is the word once:
// a fix deletes the second word with the space before it.
const Repeated Kind = "repeated"

// doubledOnPurpose are the lower-case words English doubles on purpose:
// "what he had had", "he said that that was", "bye bye", "very very".
var doubledOnPurpose = map[string]bool{
	"had": true, "that": true, "is": true, "bye": true, "very": true, "no": true, "so": true, "well": true,
	"now": true, "there": true, "yes": true, "ha": true, "bla": true, "blah": true, "knock": true, "tut": true,
	"chop": true, "aye": true, "yeah": true, "oh": true, "go": true, "do": true, "far": true, "more": true,
	"again": true, "round": true, "on": true, "over": true, "back": true, "many": true, "long": true, "really": true,
}

// appendRepeated appends to fs a finding for each known word that text
// has twice in a row, the two a space or two apart (see wordGap), both in
// text (the prose) and in src (so that no markup stood between them). A
// pair of capitalised words is a name (Walla Walla, Bora Bora) and words
// English doubles on purpose (had had) pass.
func (c *Checker) appendRepeated(fs []Finding, src, text []byte) []Finding {
	prevStart, prevEnd := -1, -1
	for i := 0; i < len(text); {
		if b := text[i]; b < utf8.RuneSelf && ascii[b]&asciiLetter == 0 {
			i++ // most bytes: spaces and punctuation, looked at without decoding
			continue
		}
		if r, n := utf8.DecodeRune(text[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		start := i
		i = repeatedWordEnd(text, i)
		end := i
		if prevEnd >= 0 && c.repeatedPair(src, text, prevStart, prevEnd, start, end) {
			first := string(src[prevStart:prevEnd])
			fs = append(fs, Finding{Kind: Repeated, Word: string(src[prevStart:end]), Suggestions: []string{first},
				Message: fmt.Sprintf("%q is repeated", strings.ToLower(first)),
				Pos:     Position{Offset: prevStart}, End: Position{Offset: end}})
			prevStart, prevEnd = -1, -1 // "the the the" is one finding
			continue
		}
		prevStart, prevEnd = start, end
		if start > 0 && !plainWordStart(text[start-1]) {
			prevStart, prevEnd = -1, -1 // after a digit, #, @ or the like: not a word of prose
		}
	}
	return fs
}

// repeatedWordEnd returns the end of the word of text that starts at i: a
// run of letters, digits, apostrophes and hyphens.
func repeatedWordEnd(text []byte, i int) int {
	for i < len(text) {
		if i = letterRun(text, i); i == len(text) {
			break // ASCII letters taken eight at a time: most of a word
		}
		if b := text[i]; b < utf8.RuneSelf {
			if ascii[b]&(asciiLetter|asciiDigit) == 0 && b != '\'' && b != '-' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if !unicode.IsLetter(r) && !isApostrophe(r) && !isHyphen(r) && !unicode.IsDigit(r) {
			return i
		}
		i += n
	}
	return i
}

// plainWordStart reports whether a word may start after the byte b.
func plainWordStart(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '(' || b == '"' || b == '\'' || b >= utf8.RuneSelf
}

// repeatedPair reports whether the words text[as:ae] and text[bs:be] are
// one word typed twice.
func (c *Checker) repeatedPair(src, text []byte, as, ae, bs, be int) bool {
	// Most neighbours differ in their first letter. Two ASCII letters are
	// the same letter but for case exactly when they agree with bit 5 set
	// (no other letter folds to an ASCII one unless one of them is not
	// ASCII), so that this rules most pairs out before anything else.
	if a, b := text[as], text[bs]; a < utf8.RuneSelf && b < utf8.RuneSelf && a|0x20 != b|0x20 {
		return false
	}
	if !wordGap(text[ae:bs]) || !wordGap(src[ae:bs]) || be < len(text) && !wordEnd(text[be:]) {
		return false
	}
	// Compared as bytes first: most pairs of neighbours differ, and need
	// no strings made of them.
	if !bytes.EqualFold(text[as:ae], text[bs:be]) {
		return false
	}
	a, b := string(text[as:ae]), string(text[bs:be])
	if startsUpper(b) {
		return false
	}
	lw := strings.ToLower(b)
	if doubledOnPurpose[lw] || string(src[as:ae]) != a || string(src[bs:be]) != b {
		return false
	}
	return lw == "a" || c.verdict(lw).class == knownWord // a single letter is not judged
}

// wordGap reports whether b is the space between two words of prose: one
// space or two. A tab or a longer run of spaces sets a table's cells
// apart ("nil      nil"), and a table repeats a cell on purpose.
func wordGap(b []byte) bool {
	return (len(b) == 1 || len(b) == 2 && b[1] == ' ') && b[0] == ' '
}

// wordEnd reports whether rest, what follows a word, ends it in prose: not
// a period of an abbreviation, a digit or a symbol joined to it.
func wordEnd(rest []byte) bool {
	r, _ := utf8.DecodeRune(rest)
	return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)\"'’”", r)
}
