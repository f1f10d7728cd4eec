package markup

import "bytes"

// The inline-control directives.
const (
	dirOff    = "off"
	dirOn     = "on"
	dirIgnore = "ignore-next-line"
)

var dirPrefix = []byte("lexcheck:")

// commentEnd may follow a directive with no space: <!--lexcheck:off-->.
var commentEnd = []byte("-->")

// A span is a half-open byte range [start, end) of the source.
type span struct{ start, end int }

// controls collects the regions that inline-control directives blank.
type controls struct {
	regions []span
	offAt   int  // where the open lexcheck:off region starts
	off     bool // a lexcheck:off region is open

	// The line end after which the last ignore-next-line took effect, so
	// that many directives on one line cost one scan.
	ignoredAfter int
	ignored      bool
}

// directives calls fn with each directive named in b, in order.
func directives(b []byte, fn func(dir string)) {
	for {
		i := bytes.Index(b, dirPrefix)
		if i < 0 {
			return
		}
		b = b[i+len(dirPrefix):]
		for _, d := range [...]string{dirIgnore, dirOff, dirOn} {
			if bytes.HasPrefix(b, []byte(d)) && (len(b) == len(d) || !isDirByte(b[len(d)]) || bytes.HasPrefix(b[len(d):], commentEnd)) {
				fn(d)
				b = b[len(d):]
				break
			}
		}
	}
}

// isDirByte reports whether c can continue a directive name, so that
// "lexcheck:offline" is not "lexcheck:off".
func isDirByte(c byte) bool {
	return c == '-' || c == '_' || c == ':' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// comment handles an HTML comment src[start:end] of a Markdown or HTML
// document: an off region starts after the comment and an on region ends
// before it; ignore-next-line blanks the next line with content after the
// line on which the comment ends.
func (c *controls) comment(src []byte, start, end int) {
	directives(src[start:end], func(d string) {
		switch d {
		case dirOff:
			if !c.off {
				c.off, c.offAt = true, end
			}
		case dirOn:
			if c.off {
				c.regions = append(c.regions, span{c.offAt, start})
				c.off = false
			}
		case dirIgnore:
			if c.ignored && end <= c.ignoredAfter {
				return // the same line: its next line is blanked already
			}
			le := lineEnd(src, end)
			c.ignored, c.ignoredAfter = true, le
			if s, ok := nextContentLine(src, le); ok {
				c.regions = append(c.regions, s)
			}
		}
	})
}

// textControls finds the directives of a text file, one a line: the line
// that holds a directive is blanked, and so is everything from a
// lexcheck:off line to the next lexcheck:on line (both included), and the
// next line with content after a lexcheck:ignore-next-line line.
func textControls(src []byte, c *controls) {
	for ls := 0; ls < len(src); {
		le := lineEnd(src, ls)
		line := src[ls:le]
		if bytes.Contains(line, dirPrefix) {
			found := false
			directives(line, func(d string) {
				found = true
				switch d {
				case dirOff:
					if !c.off {
						c.off, c.offAt = true, ls
					}
				case dirOn:
					if c.off {
						c.regions = append(c.regions, span{c.offAt, le})
						c.off = false
					}
				case dirIgnore:
					if s, ok := nextContentLine(src, le); ok {
						c.regions = append(c.regions, s)
					}
				}
			})
			if found {
				c.regions = append(c.regions, span{ls, le})
			}
		}
		ls = le + 1
	}
}

// nextContentLine returns the first line after the line break at src[nl]
// that holds something other than white space.
func nextContentLine(src []byte, nl int) (span, bool) {
	for ls := nl + 1; ls < len(src); {
		le := lineEnd(src, ls)
		for i := ls; i < le; i++ {
			if !isSpace(src[i]) {
				return span{ls, le}, true
			}
		}
		ls = le + 1
	}
	return span{}, false
}

// finish closes an open off region at the end of the document.
func (c *controls) finish(n int) {
	if c.off {
		c.regions = append(c.regions, span{c.offAt, n})
		c.off = false
	}
}

// apply blanks the regions in out.
func (c *controls) apply(out, src []byte) {
	for _, r := range c.regions {
		blank(out, r.start, r.end)
	}
}
