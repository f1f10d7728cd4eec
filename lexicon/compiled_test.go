package lexicon

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/lexcheck/lexcheck/internal/golden"
)

var generate = flag.Bool("generate", false, "rewrite data/default.idx from data/*.tsv.gz")

// compileSources compiles data/*.tsv.gz the way go generate does.
func compileSources(t testing.TB) []byte {
	t.Helper()
	open := func(name string) io.Reader {
		b, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return z
	}
	var words []io.Reader
	for _, l := range Locales {
		words = append(words, open("words-"+l+".tsv.gz"))
	}
	var names io.Reader // a default generated before the name list has none
	if _, err := os.Stat(filepath.Join("data", "names.tsv.gz")); err == nil {
		names = open("names.tsv.gz")
	}
	out, err := compileDefault(words, open("gazetteer.tsv.gz"), open("freq-en.tsv.gz"), names)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCompiledDefault checks that the embedded compiled default is what
// compiling its sources gives now; with -generate it rewrites it.
func TestCompiledDefault(t *testing.T) {
	got := compileSources(t)
	if *generate {
		golden.Write(t, filepath.Join("data", "default.idx"), got)
		return
	}
	if !bytes.Equal(got, []byte(compiled)) {
		t.Fatal("data/default.idx is out of date with data/*.tsv.gz or the compiler: run go generate ./lexicon")
	}
}

// TestOpenDefaultChecksHashIndex checks that a compiled default whose hash
// index of spellings does not fit its spellings is refused, not used.
func TestOpenDefaultChecksHashIndex(t *testing.T) {
	secs, err := splitSections(compiled)
	if err != nil {
		t.Fatal(err)
	}
	slots := 2 + 3*len(Locales) + 2*trieSections + 3 // see dictData.sections
	for name, bad := range map[string]string{
		"half":    secs[slots][:len(secs[slots])/2],
		"ragged":  secs[slots][:len(secs[slots])-2],
		"missing": "",
	} {
		damaged := slices.Clone(secs)
		damaged[slots] = bad
		if _, err := openDefault(string(joinSections(damaged))); err == nil {
			t.Errorf("%s hash index: opened without error", name)
		}
	}
	if _, err := openDefault(string(joinSections(secs))); err != nil {
		t.Errorf("the sections joined again: %v", err)
	}
}
