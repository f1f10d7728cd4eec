package spell

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/lexcheck/lexcheck/internal/golden"
	"github.com/lexcheck/lexcheck/lexicon"
)

// defaultChecker builds a checker on the embedded default, with an
// optional house lexicon.
func defaultChecker(t testing.TB, house []byte) *Checker {
	t.Helper()
	h, err := lexicon.Load(bytes.NewReader(house), "lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.OverDefault("en-GB", false, h)
	if err != nil {
		t.Fatal(err)
	}
	return NewChecker(lex, Options{})
}

// localeChecker builds a checker on the embedded default of locale alone.
func localeChecker(t testing.TB, locale string) *Checker {
	t.Helper()
	d, err := lexicon.Default(locale)
	if err != nil {
		t.Fatal(err)
	}
	return NewChecker(d, Options{})
}

// TestGolden checks each testdata/golden/*.txtar: an optional
// "lexicon.txt" section, an "input.txt" section and a "want" section of
// findings, one a line. go test ./spell -run Golden -update rewrites "want".
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var house, input []byte
			want := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "lexicon.txt":
					house = f.Data
				case "input.txt":
					input = f.Data
				case "want":
					want = i
				default:
					t.Fatalf("unknown section %q", f.Name)
				}
			}
			if input == nil {
				t.Fatal("no input.txt section")
			}
			got := render(defaultChecker(t, house).Check("", input))
			if golden.Updating() {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatal("no want section; run with -update")
			}
			if w := string(ar.Files[want].Data); got != w {
				t.Errorf("findings differ\n got:\n%s\nwant:\n%s", got, w)
			}
		})
	}
}

// TestSeedArticle checks the article the project started from: zero
// configuration and with a house lexicon, exactly its six errors are flagged.
func TestSeedArticle(t *testing.T) {
	src, err := os.ReadFile("testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	house, err := os.ReadFile("testdata/seed-lexicon.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"3 Bakivev Bakiyev", "5 bakivev Bakiyev", "10 oppenents opponents",
		"63 destabalisation destabilisation", "69 destabalisation destabilisation", "73 Jala'abad Jalal'abad",
	}
	for _, mode := range []struct {
		name  string
		house []byte
	}{{"zero", nil}, {"house", house}} {
		t.Run(mode.name, func(t *testing.T) {
			var got []string
			for _, f := range defaultChecker(t, mode.house).Check("seed", src) {
				if f.Word == "Dzhamgyrchiyevm" {
					continue // a real oddity of the text: either way is right
				}
				sug := ""
				if len(f.Suggestions) > 0 {
					sug = f.Suggestions[0]
				}
				got = append(got, strconv.Itoa(f.Pos.Line)+" "+f.Word+" "+sug)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
