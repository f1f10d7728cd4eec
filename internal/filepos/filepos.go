// Package filepos renders a place in a file as "file:line:col", the one
// form every message of lexcheck names a place in.
package filepos

import "strconv"

// Format returns "file:line:col", as go/token renders a position: the
// line only when it is known (above 0), the column only after a known
// line and when known itself, and "-" when nothing is known.
func Format(file string, line, col int) string {
	s := file
	if line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(line)
		if col > 0 {
			s += ":" + strconv.Itoa(col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}
