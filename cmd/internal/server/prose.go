package server

import (
	"bytes"
	"fmt"
	"strings"
)

// proseOf returns the prose of src in the named markup: src with everything
// that is not prose blanked to spaces, as long as src, or nil when all of src
// is prose. An unknown markup name is an error listing the known ones.
//
// It is a variable so that the package spell/markup can take over with one
// line once it is merged:
//
//	proseOf = func(src []byte, name string) ([]byte, error) {
//		f, err := markup.ParseFormat(cmp.Or(name, "text"))
//		if err != nil {
//			return nil, err
//		}
//		return markup.Prose(src, f), nil
//	}
var proseOf = simpleProse

// simpleProse is the stand-in for spell/markup: it blanks HTML tags and
// comments, and Markdown code (fenced blocks and `inline` spans). It is
// deliberately small; spell/markup does the real job.
func simpleProse(src []byte, name string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "text":
		return nil, nil
	case "html":
		out := bytes.Clone(src)
		blankBetween(out, "<!--", "-->")
		blankBetween(out, "<", ">")
		return out, nil
	case "markdown", "md":
		out := bytes.Clone(src)
		blankBetween(out, "```", "```")
		blankBetween(out, "`", "`")
		blankBetween(out, "<!--", "-->")
		return out, nil
	}
	return nil, fmt.Errorf("unknown markup %q: want text, markdown (or md) or html", name)
}

// blankBetween blanks each span of b from open to the next close, both
// included, keeping newlines so that line numbers stay. An open without a
// close blanks to the end.
func blankBetween(b []byte, open, close string) {
	for i := 0; i < len(b); {
		j := bytes.Index(b[i:], []byte(open))
		if j < 0 {
			return
		}
		start := i + j
		end := len(b)
		if k := bytes.Index(b[start+len(open):], []byte(close)); k >= 0 {
			end = start + len(open) + k + len(close)
		}
		for p := start; p < end; p++ {
			if b[p] != '\n' {
				b[p] = ' '
			}
		}
		i = end
	}
}
