package main

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/spell"
)

// A wideEncoding is a Unicode encoding other than UTF-8, known by the byte
// order mark a file starts with.
type wideEncoding struct {
	name  string
	bom   []byte
	order byteOrder
	unit  int // bytes in a code unit: 2 for UTF-16, 4 for UTF-32
}

// byteOrder reads and appends code units.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// wideEncodings are tried in order: UTF-32LE's mark starts with UTF-16LE's.
var wideEncodings = []wideEncoding{
	{"UTF-32LE", []byte{0xFF, 0xFE, 0, 0}, binary.LittleEndian, 4},
	{"UTF-32BE", []byte{0, 0, 0xFE, 0xFF}, binary.BigEndian, 4},
	{"UTF-16LE", []byte{0xFF, 0xFE}, binary.LittleEndian, 2},
	{"UTF-16BE", []byte{0xFE, 0xFF}, binary.BigEndian, 2},
}

// wideEncodingOf returns the encoding whose byte order mark src starts
// with, if any.
func wideEncodingOf(src []byte) (wideEncoding, bool) {
	for _, e := range wideEncodings {
		if bytes.HasPrefix(src, e.bom) {
			return e, true
		}
	}
	return wideEncoding{}, false
}

// next decodes the character at src[i] (past the mark) and returns it
// and its size in bytes. A lone surrogate, a value past U+10FFFF or a
// truncated unit at the end is U+FFFD.
func (e wideEncoding) next(src []byte, i int) (rune, int) {
	if len(src)-i < e.unit {
		return utf8.RuneError, len(src) - i
	}
	if e.unit == 4 {
		r := rune(e.order.Uint32(src[i:]))
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return r, 4
	}
	r := rune(e.order.Uint16(src[i:]))
	if utf16.IsSurrogate(r) {
		if len(src)-i >= 4 {
			if d := utf16.DecodeRune(r, rune(e.order.Uint16(src[i+2:]))); d != utf8.RuneError {
				return d, 4
			}
		}
		return utf8.RuneError, 2
	}
	return r, 2
}

// decode returns src, which starts with e's byte order mark, as UTF-8
// without the mark.
func (e wideEncoding) decode(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := len(e.bom); i < len(src); {
		r, n := e.next(src, i)
		out = utf8.AppendRune(out, r)
		i += n
	}
	return out
}

// mapFindings turns the offsets of findings in e.decode(src) into offsets
// in src, so that they count the bytes of the file as it is. Lines and
// columns count characters, and stay as they are.
func (e wideEncoding) mapFindings(fs []spell.Finding, src []byte) {
	var offs []*int
	for i := range fs {
		offs = append(offs, &fs[i].Pos.Offset, &fs[i].End.Offset)
	}
	slices.SortStableFunc(offs, func(a, b *int) int { return cmp.Compare(*a, *b) })
	i, decoded := len(e.bom), 0 // where in src, and in the decoded text
	for _, o := range offs {
		for decoded < *o && i < len(src) {
			r, n := e.next(src, i)
			decoded += utf8.RuneLen(r)
			i += n
		}
		*o = i
	}
}
