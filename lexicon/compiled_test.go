package lexicon

import (
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
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
	out, err := compileDefault(words, open("gazetteer.tsv.gz"), open("freq-en.tsv.gz"))
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
		tmp := filepath.Join("data", ".default.idx.tmp")
		if err := os.WriteFile(tmp, got, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join("data", "default.idx")); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, []byte(compiled)) {
		t.Fatal("data/default.idx is out of date with data/*.tsv.gz or the compiler: run go generate ./lexicon")
	}
}
