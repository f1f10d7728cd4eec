package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the first names
	"fmt"
	"sync"
)

// The default's first names: those of the 1990 US Census and of the npm
// package human-names (see data/README.md). A word the name lists do not
// know, before a surname, is taken for a slip of a first name only, not of
// any name (Larfry for Larry; Giannino is no slip of the surname
// Giannini). The list is small (8,000 names) and asked about only there,
// so it is read on first need.
//
//go:embed data/given-names.tsv.gz
var givenData []byte

var given struct {
	once  sync.Once
	names map[string]string // folded: the spelling
	err   error
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
	given.once.Do(func() { given.names, given.err = parseGiven(givenData) })
	s, ok := given.names[string(k)]
	return s, ok
}

// parseGiven reads a gzip-compressed list of first names, one a line,
// lines starting with '#' comments.
func parseGiven(b []byte) (map[string]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("embedded first names: %w", err)
	}
	names := map[string]string{}
	err = eachLine(zr, "given-names.tsv", func(line int, s string) error {
		if k := Fold(s); names[k] == "" || s < names[k] {
			names[k] = s // Jose and José: the first in byte order
		}
		return nil
	})
	return names, err
}
