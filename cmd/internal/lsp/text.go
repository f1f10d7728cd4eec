package lsp

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// An encoding is the unit a position's character counts.
type encoding int

// The position encodings the server speaks.
const (
	utf16Units encoding = iota // the protocol's default
	utf8Units
)

// String returns the encoding's name in the protocol.
func (e encoding) String() string {
	if e == utf8Units {
		return "utf-8"
	}
	return "utf-16"
}

// chooseEncoding picks UTF-8 when the client offers it, else UTF-16,
// which every client must support.
func chooseEncoding(offered []string) encoding {
	for _, o := range offered {
		if o == "utf-8" {
			return utf8Units
		}
	}
	return utf16Units
}

// lineStarts returns the byte offset at which each line of text starts.
// Lines end at "\n", "\r\n" or "\r", as the protocol says.
func lineStarts(text []byte) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		case '\n':
			starts = append(starts, i+1)
		}
	}
	return starts
}

// units counts the code units of b in enc. A byte that is not UTF-8 is
// one unit: it reaches the client as U+FFFD.
func units(b []byte, enc encoding) int {
	if enc == utf8Units {
		return len(b)
	}
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n++
		if r > 0xFFFF {
			n++
		}
		b = b[size:]
	}
	return n
}

// A lineIndex converts between byte offsets and protocol positions in one
// text.
type lineIndex struct {
	text   []byte
	starts []int
	enc    encoding
}

func newLineIndex(text []byte, enc encoding) *lineIndex {
	return &lineIndex{text: text, starts: lineStarts(text), enc: enc}
}

// position returns the protocol position of byte offset off.
func (x *lineIndex) position(off int) position {
	off = min(max(off, 0), len(x.text))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return position{Line: line, Character: units(x.text[x.starts[line]:off], x.enc)}
}

// lineEnd returns the offset of the end of line i, before its line end.
func (x *lineIndex) lineEnd(i int) int {
	if i+1 >= len(x.starts) {
		return len(x.text)
	}
	end := x.starts[i+1]
	if end > 0 && x.text[end-1] == '\n' {
		end--
	}
	if end > x.starts[i] && x.text[end-1] == '\r' {
		end--
	}
	return end
}

// offset returns the byte offset of p. A character past the end of its
// line means the line's end, as the protocol says; a line past the last
// is an error. A position inside a character that takes two UTF-16 units
// is an error too.
func (x *lineIndex) offset(p position) (int, error) {
	if p.Line < 0 || p.Character < 0 {
		return 0, fmt.Errorf("position %d:%d is negative", p.Line, p.Character)
	}
	if p.Line >= len(x.starts) {
		if p.Line == len(x.starts) && p.Character == 0 && len(x.text) > 0 {
			return len(x.text), nil // the end of a text ending in a line end
		}
		return 0, fmt.Errorf("line %d is past the end of the document (%d lines)", p.Line, len(x.starts))
	}
	start, end := x.starts[p.Line], x.lineEnd(p.Line)
	if x.enc == utf8Units {
		return min(start+p.Character, end), nil
	}
	off, n := start, 0
	for off < end && n < p.Character {
		r, size := utf8.DecodeRune(x.text[off:end])
		n++
		if r > 0xFFFF {
			n++
		}
		off += size
	}
	if n > p.Character {
		return 0, fmt.Errorf("position %d:%d is inside a character", p.Line, p.Character)
	}
	return off, nil
}

// rangeOf returns the protocol range of bytes [start, end).
func (x *lineIndex) rangeOf(start, end int) textRange {
	return textRange{Start: x.position(start), End: x.position(end)}
}

// applyChanges returns text with the changes applied in order; a change
// without a range replaces the whole text.
func applyChanges(text []byte, changes []contentChange, enc encoding) ([]byte, error) {
	for _, c := range changes {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		x := newLineIndex(text, enc)
		start, err := x.offset(c.Range.Start)
		if err != nil {
			return nil, err
		}
		end, err := x.offset(c.Range.End)
		if err != nil {
			return nil, err
		}
		if end < start {
			return nil, fmt.Errorf("range %d:%d-%d:%d ends before it starts", c.Range.Start.Line, c.Range.Start.Character, c.Range.End.Line, c.Range.End.Character)
		}
		out := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		out = append(out, text[:start]...)
		out = append(out, c.Text...)
		text = append(out, text[end:]...)
	}
	return text, nil
}
