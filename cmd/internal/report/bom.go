package report

import (
	"bytes"

	"github.com/lexcheck/lexcheck/spell"
)

// utf8BOM is the byte order mark some editors put at the start of UTF-8 text.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// SkipBOM takes a UTF-8 byte order mark at the start of src out of the
// columns of fs, the findings in src: it is not a character an editor
// shows, so the first letter after it is column 1. Offsets still count
// its bytes. The command line and the server both call it, so that they
// agree.
func SkipBOM(fs []spell.Finding, src []byte) {
	if !bytes.HasPrefix(src, utf8BOM) {
		return
	}
	for i := range fs {
		for _, p := range []*spell.Position{&fs[i].Pos, &fs[i].End} {
			if p.Line == 1 && p.Column > 1 {
				p.Column--
			}
		}
	}
}
