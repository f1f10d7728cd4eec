package lexicon

import (
	_ "embed" // the first names
	"strings"
	"sync"
)

// The default's first names: those of the 1990 US Census and of the npm
// package human-names (see data/README.md). A word the name lists do not
// know, before a surname, is taken for a slip of a first name only, not of
// any name (Larfry for Larry; Giannino is no slip of the surname
// Giannini). The file is a table sorted by folded form, searched where it
// lies in the binary: a run that asks of a first name decodes nothing and
// builds nothing first.
//
//go:embed data/given-names.tsv
var givenData string

// givenBody is the table of first names without its header.
var givenBody = sync.OnceValue(func() string { return tableBody(givenData) })

// tableBody returns a table of data/ without the '#' lines that head it.
func tableBody(data string) string {
	for strings.HasPrefix(data, "#") {
		_, data, _ = strings.Cut(data, "\n")
	}
	return data
}

// GivenName reports whether the default's first names hold name (compared
// folded, see [Fold]: Jose is José).
func GivenName(name string) bool {
	_, ok := GivenFolded([]byte(Fold(name)))
	return ok
}

// GivenFolded returns the spelling of the default's first name whose
// folded form (see [Fold]) is k, and whether there is one. It does not
// allocate: a caller may ask of many spellings it makes in one buffer.
func GivenFolded(k []byte) (string, bool) {
	return searchTable(givenBody(), string(k))
}

// searchTable returns the rest of the line of the table body that starts
// with k and a tab, and whether there is one: a binary search of the
// lines, sorted by their first field, where they lie.
func searchTable(body, k string) (string, bool) {
	lo, hi := 0, len(body) // the lines that start in [lo, hi) are yet to search
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(body[lo:mid], '\n') + 1 + lo
		end := len(body)
		if n := strings.IndexByte(body[start:], '\n'); n >= 0 {
			end = start + n
		}
		key, rest, _ := strings.Cut(body[start:end], "\t")
		switch c := strings.Compare(key, k); {
		case c == 0:
			return rest, true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}
