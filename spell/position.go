package spell

// Positions: offsets into line and column, the one way the package counts them.

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

var newline = []byte{'\n'}

// position fills in the line and column of each finding and sorts them.
// It reads the text once: a finding's column counts on from the one
// before on the same line.
func position(d Document, fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Pos.Offset < fs[j].Pos.Offset })
	var at cursor
	for i := range fs {
		at.advance(d.Src, fs[i].Pos.Offset)
		end := at
		end.advance(d.Src, fs[i].End.Offset)
		fs[i].Pos = Position{Filename: d.Name, Offset: at.off, Line: at.line + 1, Column: at.col + 1}
		fs[i].End = Position{Filename: d.Name, Offset: end.off, Line: end.line + 1, Column: end.col + 1}
	}
}

// A cursor is an offset in a text with its line and column, counted from
// 0; the column in code points.
type cursor struct {
	off, line, col int
}

// advance moves c on to off in src, which is not before c. Offsets are
// those of words (where a code point starts), so that the code points
// counted up to c and on from it add up to those counted from the line's
// start.
func (c *cursor) advance(src []byte, off int) {
	if off <= c.off {
		return
	}
	seg := src[c.off:off]
	if n := bytes.Count(seg, newline); n > 0 {
		c.line += n
		c.col = utf8.RuneCount(seg[bytes.LastIndexByte(seg, '\n')+1:])
	} else {
		c.col += utf8.RuneCount(seg)
	}
	c.off = off
}
