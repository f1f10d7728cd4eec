package lexicon

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// compileSmall compiles a default of one word, one place and the given
// name list (nil for none) and opens it.
func compileSmall(t *testing.T, names io.Reader) *Lexicon {
	t.Helper()
	var words []io.Reader
	for range Locales {
		words = append(words, strings.NewReader("London\t10\tp\nhouse\t10\n"))
	}
	out, err := compileDefault(words, strings.NewReader("London\t8900000\tGB\t\n"), strings.NewReader("house\t100\n"), names)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := openDefault(string(out))
	if err != nil {
		t.Fatal(err)
	}
	return ls[0]
}

// TestListedName checks that a compiled name list is asked case- and
// accent-blind, that a listed name is not thereby known, and that a
// default compiled without a list lists nothing.
func TestListedName(t *testing.T) {
	l := compileSmall(t, strings.NewReader("# names\nMarr\nHoran\nJosé\n"))
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Marr", true},
		{"MARR", true},
		{"Jose", true},
		{"Horgan", false},
		{"London", false}, // a dictionary word, not in the list
	} {
		if got := l.ListedName(tt.word); got != tt.want {
			t.Errorf("ListedName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	if l.Lookup("Marr").Known() {
		t.Error("a listed name is known by the list alone")
	}
	if !l.HasNameList() {
		t.Error("HasNameList is false with a name list")
	}
	if none := compileSmall(t, nil); none.ListedName("Marr") || none.HasNameList() {
		t.Error("a default without a name list lists Marr, or says it has a list")
	}
}

// TestListedNames checks that the names yielded are those the list
// holds, folded, each one that ListedName accepts, and none without a
// list.
func TestListedNames(t *testing.T) {
	l := compileSmall(t, strings.NewReader("# names\nMarr\nHoran\nJosé\n"))
	got := slices.Collect(l.ListedNames())
	if want := []string{"horan", "jose", "marr"}; !slices.Equal(got, want) {
		t.Errorf("ListedNames = %q, want %q", got, want)
	}
	for _, n := range got {
		if !l.ListedName(n) {
			t.Errorf("ListedName(%q) = false for a name ListedNames yields", n)
		}
	}
	if none := slices.Collect(compileSmall(t, nil).ListedNames()); len(none) != 0 {
		t.Errorf("a default without a name list yields %q", none)
	}
	if none := slices.Collect(newHouse(nil).ListedNames()); len(none) != 0 {
		t.Errorf("a lexicon without a dictionary yields %q", none)
	}
}

// TestParseNamesErrors checks that a bad line of a name list is refused
// with its file and line.
func TestParseNamesErrors(t *testing.T) {
	for _, src := range []string{"Marr\nmarr\n", "Marr\nJohn Smith\n", "Marr\n\xff\n"} {
		_, err := parseNames(strings.NewReader(src), "names.tsv")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "names.tsv" || pe.Line != 2 {
			t.Errorf("%q: got %v, want a ParseError at names.tsv line 2", src, err)
		}
	}
}

// FuzzParseNames checks that any input gives a sorted list of folded
// names or an error, never a panic.
func FuzzParseNames(f *testing.F) {
	f.Add("Marr\nHoran\n")
	f.Add("# c\n\nJosé\r\n")
	f.Add("a b\n")
	f.Fuzz(func(t *testing.T, src string) {
		tab, err := parseNames(strings.NewReader(src), "names.tsv")
		if err != nil {
			return
		}
		for i := 1; i < tab.len(); i++ {
			if tab.at(i-1) >= tab.at(i) {
				t.Fatalf("not sorted and unique: %q, %q", tab.at(i-1), tab.at(i))
			}
		}
		for i := 0; i < tab.len(); i++ {
			if tab.find(tab.at(i)) != i {
				t.Fatalf("find(%q) != %d", tab.at(i), i)
			}
		}
	})
}
