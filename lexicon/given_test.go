package lexicon

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// TestGivenName checks the default's first names against names known to
// be first names, and surnames and words that are none.
func TestGivenName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Larry", true}, {"Desmond", true}, {"Jim", true}, {"Jürgen", true}, {"Jurgen", true}, {"Stacey", true},
		{"Giannini", false}, {"Masai", false}, {"Smith", false}, {"Chirac", false}, {"", false},
	}
	for _, tt := range tests {
		if got := GivenName(tt.name); got != tt.want {
			t.Errorf("GivenName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if given.err != nil {
		t.Fatal(given.err)
	}
	if s, ok := GivenFolded([]byte("jurgen")); !ok || Fold(s) != "jurgen" {
		t.Errorf("GivenFolded(jurgen) = %q, %v; want a spelling of Jürgen", s, ok)
	}
	if s, ok := GivenFolded([]byte("Larry")); ok {
		t.Errorf("GivenFolded(Larry) = %q: want none, the key is not folded", s)
	}
}

// TestParseGiven checks that comments are skipped and damaged data is an
// error, not an empty list taken for a real one.
func TestParseGiven(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# a comment\nAnna\nBjörn\n"))
	zw.Close()
	names, err := parseGiven(buf.Bytes())
	if err != nil || len(names) != 2 || names["anna"] != "Anna" || names[Fold("Björn")] != "Björn" {
		t.Errorf("parseGiven = %v, %v; want anna and bjorn", names, err)
	}
	if _, err := parseGiven(buf.Bytes()[:buf.Len()/2]); err == nil {
		t.Error("parseGiven of a cut file: no error")
	}
	if _, err := parseGiven([]byte("Anna\n")); err == nil {
		t.Error("parseGiven of an uncompressed file: no error")
	}
}
