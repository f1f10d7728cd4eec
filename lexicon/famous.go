package lexicon

import (
	_ "embed" // the famous names
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The default's famous names: the names of the people of the Pantheon 1.0
// dataset, some 11,000 people with a Wikipedia article in 25 languages or
// more (see data/README.md), by the words in them. A capitalised word that
// makes with the words around it a famous name but for one slip is a slip
// of that name's word (Kare Bush, Robbie Willians), however the name lists
// know the word. The file is a table sorted by folded word, searched where
// it lies in the binary.
//
//go:embed data/famous-names.tsv
var famousData string

// famousBody is the table of famous names without its header.
var famousBody = sync.OnceValue(func() string { return tableBody(famousData) })

// famousTable is famousBody indexed by its lines (see indexedTable).
var famousTable = sync.OnceValue(func() indexedTable { return newIndexedTable(famousBody()) })

// A FamousName is the name of a famous person, as Pantheon writes it
// (George H. W. Bush, Luiz Inácio Lula da Silva), and how famous they
// are: the number of languages of their Wikipedia article.
type FamousName struct {
	Name  string
	Langs int
}

// FamousNames returns the names of two words or more of the default's
// famous people that have the word word (compared folded, see [Fold]),
// most famous first.
func FamousNames(word string) []FamousName {
	rest, ok := famousTable().find(Fold(word))
	if !ok {
		return nil
	}
	var out []FamousName
	for f := range strings.SplitSeq(rest, "|") {
		i := strings.LastIndexByte(f, ':')
		if i < 0 {
			continue
		}
		if n, err := strconv.Atoi(f[i+1:]); err == nil {
			out = append(out, FamousName{f[:i], n})
		}
	}
	return out
}

// NameWords returns the words of a name of people or of a place that a
// text's words are compared with: letters, with apostrophes and hyphens
// inside (al-Gaddafi), a comma or a full stop after them dropped (Martin
// Luther King, Jr.: Jr); without initials, regnal numbers and figures,
// which stand beside no word (George H. W. Bush: George, Bush; John XXIII:
// John).
func NameWords(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		if f = strings.TrimRight(f, ",."); nameWord(f) {
			out = append(out, f)
		}
	}
	return out
}

// nameWord reports whether f is a word of a name (see NameWords): two letters or more, letters with apostrophes and
// hyphens between them, not in capitals.
func nameWord(f string) bool {
	r := []rune(f)
	if len(r) < 2 || !unicode.IsLetter(r[0]) || !unicode.IsLetter(r[len(r)-1]) || strings.ToUpper(f) == f {
		return false
	}
	return !slices.ContainsFunc(r, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '-' && c != '’' })
}
