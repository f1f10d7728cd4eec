package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestNameLines checks the shapes of name list the generator reads: one
// name a line, and a JavaScript or JSON array of quoted names.
func TestNameLines(t *testing.T) {
	src := "# cspell-tools: keep-case\n\nAamodt\nÉmile\n// a comment\nmodule.exports.last = [\n  'Smith',\n  'Horan',\n];\n  'O'Brien',\n" +
		"[\n    \"Wilfried\",\n    \"Jürgen\"\n]\n  \"Say \"hi\"\",\n  'Mixed\",\n"
	want := []string{"Aamodt", "Émile", "Smith", "Horan", "Wilfried", "Jürgen"}
	if got := nameLines([]byte(src)); !slices.Equal(got, want) {
		t.Errorf("nameLines = %q, want %q", got, want)
	}
}

// TestBuildNames checks that the name list holds the names of SCOWL's
// name lists and of the given files that no word list keeps, in the
// shape the checker asks about.
func TestBuildNames(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("english-proper-names.95", "Marr\nLondon\nJo\nMarr's\n")
	write("english-upper.80", "NATO\nHoran\n")
	write("english-words.95", "Zzword\n")
	extra := write("census.js", "module.exports.last = [\n  'Carlsson',\n  'Marr',\n];\n")
	kept := []map[string]*entry{{"London": {Tier: 50}}}
	got, err := buildNames(dir, []string{extra}, kept)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Carlsson", "Horan", "Marr"}; !slices.Equal(got, want) {
		t.Errorf("buildNames = %q, want %q", got, want)
	}
}

// FuzzNameLines checks that any input gives names the list format can
// hold: valid UTF-8, no line breaks, no quotes or commas.
func FuzzNameLines(f *testing.F) {
	f.Add([]byte("Aamodt\n  'Smith',\n"))
	f.Add([]byte("'',\n''\n'\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, n := range nameLines(b) {
			if n == "" || !utf8.ValidString(n) || slices.ContainsFunc([]rune(n), func(r rune) bool { return r == '\n' || r == '\'' || r == ',' }) {
				t.Fatalf("bad name %q", n)
			}
		}
	})
}
