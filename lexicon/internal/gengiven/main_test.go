package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFirstArrays checks that only the first-name arrays of a names.js
// are read, whatever quotes they use.
func TestFirstArrays(t *testing.T) {
	src := "// Census names\nmodule.exports.first_male = [\n  'James',\n  'John'\n];\n" +
		"module.exports.last = [\n  'Smith',\n];\nmodule.exports.first_female = [\n  \"Mary\",\n];\n"
	got, err := firstArrays([]byte(src))
	if err != nil || !slices.Equal(got, []string{"James", "John", "Mary"}) {
		t.Errorf("firstArrays = %v, %v; want James, John, Mary", got, err)
	}
	if _, err := firstArrays([]byte("module.exports.last = ['Smith'];")); err == nil {
		t.Error("a file without first names: no error")
	}
}

// TestReadAll checks the names kept from both kinds of file: first names
// only, capitalised, each once.
func TestReadAll(t *testing.T) {
	dir := t.TempDir()
	js := filepath.Join(dir, "names.js")
	json := filepath.Join(dir, "male-en.json")
	os.WriteFile(js, []byte("module.exports.first_male = [\n'James',\n'lower',\n'Two Words',\n];\n"), 0o644)
	os.WriteFile(json, []byte(`["James", "Jürgen", "O'Neil", "X"]`), 0o644)
	got, err := readAll([]string{js, json})
	if err != nil || !slices.Equal(got, []string{"James", "Jürgen", "O'Neil"}) {
		t.Errorf("readAll = %v, %v; want James, Jürgen, O'Neil", got, err)
	}
	if _, err := readAll([]string{filepath.Join(dir, "names.txt")}); err == nil {
		t.Error("a missing file: no error")
	}
	os.WriteFile(json, []byte(`["James"`), 0o644)
	if _, err := readAll([]string{json}); err == nil {
		t.Error("broken JSON: no error")
	}
}

// TestWrite checks the table written: a header, then FOLDED<TAB>NAME
// sorted by the folded form, each folded form once with its first
// spelling in byte order.
func TestWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "given-names.tsv")
	if err := write(path, "v1", []string{"Anna", "Jose", "José", "Zoë"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			rows = append(rows, line)
		}
	}
	if want := []string{"anna\tAnna", "jose\tJose", "zoe\tZoë"}; !slices.Equal(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if !strings.Contains(string(b), "# Source versions: v1\n") {
		t.Errorf("no versions in the header:\n%s", b)
	}
}
