package lexicon

import (
	_ "embed" // the first names
	"sync"
)

// The default's first names: those of the 1990 US Census and of the npm
// package human-names (see data/README.md). A word the name lists do not
// know, before a surname, is taken for a slip of a first name only, not of
// any name (Larfry for Larry; Giannino is no slip of the surname
// Giannini). The file is a table sorted by folded form, searched where it
// lies in the binary through an index of its line starts (see
// indexedTable): a run that asks of a first name decodes nothing.
//
//go:embed data/given-names.tsv
var givenData string

// givenBody is the table of first names without its header.
var givenBody = sync.OnceValue(func() string { return tableBody(givenData) })

// givenTable is givenBody indexed by its lines (see indexedTable).
var givenTable = sync.OnceValue(func() indexedTable { return newIndexedTable(givenBody()) })

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
	return givenTable().find(string(k))
}
