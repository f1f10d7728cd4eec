package markup

import (
	"bytes"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/weblink"
)

// Prose returns a copy of src, the same length, in which every byte that is
// not prose is replaced by an ASCII space, except '\n' and '\r', which are
// kept (so lines stay where they are). Prose bytes are copied unchanged.
// Offsets into the result are offsets into src.
//
// A multi-byte UTF-8 sequence is never split: its bytes are all kept or all
// blanked. An unknown format is treated as [Text]. Prose never panics and
// never fails; input that is not valid for its format (unclosed fences or
// tags, invalid UTF-8) is read the way a browser or a CommonMark renderer
// would read it, as far as that matters for what a reader sees.
func Prose(src []byte, f Format) []byte {
	out := make([]byte, len(src))
	var ctl controls
	switch f {
	case Markdown:
		blankAll(out, src)
		proseMarkdown(out, src, &ctl)
	case HTML:
		blankAll(out, src)
		h := htmlProc{out: out, src: src, ctl: &ctl}
		h.feed(src, 0)
	default:
		copy(out, src)
		textControls(src, &ctl)
	}
	ctl.finish(len(src))
	ctl.apply(out, src)
	wholeRunes(out, src)
	return out
}

// Blanked is [Prose] for a caller that checks src in place when nothing
// of it is blanked: it returns nil for text without an inline-control
// directive, and Prose(src, f) otherwise.
func Blanked(src []byte, f Format) []byte {
	if f != Markdown && f != HTML && !hasDirective(src) {
		return nil
	}
	return Prose(src, f)
}

// hasDirective reports whether src holds "lexcheck:". It looks for the
// colon, rare in prose, and then for "lexcheck" before it: ten times the
// speed of bytes.Contains on news text, whose letters give that search a
// false start every few bytes.
func hasDirective(src []byte) bool {
	name := dirPrefix[:len(dirPrefix)-1]
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], ':')
		if j < 0 {
			return false
		}
		i += j
		if bytes.HasSuffix(src[:i], name) {
			return true
		}
	}
}

// blankAll sets out to the all-blank rendering of src: spaces, with every
// '\n' and '\r' kept.
func blankAll(out, src []byte) {
	for i, c := range src {
		if c == '\n' || c == '\r' {
			out[i] = c
		} else {
			out[i] = ' '
		}
	}
}

// keep copies src[a:b] to out, clamped to the bounds of src.
func keep(out, src []byte, a, b int) {
	a = max(a, 0)
	b = min(b, len(src))
	if a < b {
		copy(out[a:b], src[a:b])
	}
}

// blank blanks out[a:b], clamped to the bounds of out, keeping line breaks.
func blank(out []byte, a, b int) {
	a = max(a, 0)
	b = min(b, len(out))
	for i := a; i < b; i++ {
		if c := out[i]; c != '\n' && c != '\r' {
			out[i] = ' '
		}
	}
}

// wholeRunes blanks every multi-byte rune of src that out keeps only in
// part, so that no rune is ever split.
func wholeRunes(out, src []byte) {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(src[i:])
		if size > 1 {
			kept := out[i] == src[i]
			for j := i + 1; j < i+size; j++ {
				if (out[j] == src[j]) != kept {
					blank(out, i, i+size)
					break
				}
			}
		}
		i += size
	}
}

// isSpace reports whether c is ASCII white space as HTML and Markdown see it.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// lineEnd returns the index of the '\n' that ends the line holding src[i],
// or len(src).
func lineEnd(src []byte, i int) int {
	for ; i < len(src); i++ {
		if src[i] == '\n' {
			return i
		}
	}
	return len(src)
}

// blankURLs blanks the links left in the prose of out (see
// [weblink.Starts]: "https://", another scheme, "mailto:" or "www." at the
// start of a word) to the next white space. (Markdown's bare URLs are autolinks and
// blank already; this catches those in link text and the like.)
func blankURLs(out []byte) {
	for i := 0; i < len(out); i++ {
		if c := out[i] | 0x20; c < 'a' || c > 'z' {
			continue
		}
		if i > 0 && !isSpace(out[i-1]) && !isOpener(out[i-1]) {
			continue
		}
		if !weblink.Starts(out[i:]) {
			continue
		}
		j := i
		for j < len(out) && !isSpace(out[j]) && out[j] != '<' {
			j++
		}
		blank(out, i, j)
		i = j
	}
}

func isOpener(c byte) bool {
	return c == '(' || c == '[' || c == '<' || c == '"' || c == '\'' || c == '*' || c == '_'
}
