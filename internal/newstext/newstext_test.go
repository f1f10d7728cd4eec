package newstext

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func vocab(t *testing.T) *Vocab {
	t.Helper()
	p := filepath.Join(t.TempDir(), "freq.tsv")
	if err := os.WriteFile(p, []byte("# counts\nthe\t100\nreport\t40\ngovernment\t30\nx\t50\ndon\t20\nsaid\t25\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v, err := ReadVocab(p, 100)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestWrite(t *testing.T) {
	v := vocab(t)
	for _, tc := range []struct {
		name  string
		typos float64
	}{{"clean", 0}, {"typos", 0.5}} {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			o := Options{Seed: 7, Bytes: 20000, Typos: tc.typos}
			if err := Write(&a, v, o); err != nil {
				t.Fatal(err)
			}
			Write(&b, v, o)
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatal("the same seed gave different text")
			}
			if a.Len() < o.Bytes {
				t.Fatalf("%d bytes, want at least %d", a.Len(), o.Bytes)
			}
			known := map[string]bool{"the": true, "report": true, "government": true, "said": true}
			odd := 0 // lower-case words not in the list: typing errors
			for _, w := range strings.FieldsFunc(a.String(), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w == "don" || w == "x" {
					t.Fatalf("%q drawn: not a word of prose", w)
				}
				if unicode.IsLower(rune(w[0])) && !known[w] {
					odd++
				}
			}
			if (odd > 0) != (tc.typos > 0) {
				t.Errorf("typos %v: %d misspelled words", tc.typos, odd)
			}
		})
	}
}

func TestReadVocabErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.tsv")
	os.WriteFile(p, []byte("the\t1\nword without count\n"), 0o644)
	if _, err := ReadVocab(p, 10); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Fatalf("err = %v, want one naming bad.tsv:2", err)
	}
}

func TestWriteLexicon(t *testing.T) {
	v := vocab(t)
	var text bytes.Buffer
	if err := Write(&text, v, Options{Seed: 1, Bytes: 200000}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		write func(io.Writer, int64, int) error
		cast  bool // the lexicon holds the names the text uses
	}{{"lexicon", WriteLexicon, true}, {"dense", WriteDenseLexicon, false}} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, 1, 1000); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			house := map[string]bool{}
			for _, l := range lines {
				if house[l] || len(strings.Fields(l)) > 2 {
					t.Fatalf("line %q repeated or more than two words", l)
				}
				house[l] = true
				for _, w := range strings.Fields(l) {
					house[w] = true
				}
			}
			if len(lines) != 1000 {
				t.Fatalf("%d lines, want 1000", len(lines))
			}
			vocab := map[string]bool{"the": true, "report": true, "government": true, "said": true}
			names, inHouse := 0, 0 // capitalised words that are not the vocabulary's: the cast
			for _, w := range strings.FieldsFunc(text.String(), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if unicode.IsUpper(rune(w[0])) && !vocab[strings.ToLower(w)] {
					names++
					if house[w] {
						inHouse++
					}
				}
			}
			if names == 0 || (inHouse == names) != tc.cast || !tc.cast && inHouse > names/2 {
				t.Errorf("%d of the text's %d names in the lexicon", inHouse, names)
			}
		})
	}
}
