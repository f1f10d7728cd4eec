package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/spell"
)

func TestParse(t *testing.T) {
	src := `# a content repository
lexicons = ["names.txt", "style/rejected.txt"]
locale = "en-US"
default = false
exclude = ["drafts/", "**/*.min.html"]

[severity]
rejected = "error"
inconsistent = "off"
misspelling = "info"
`
	c, err := Parse(strings.NewReader(src), filepath.Join("repo", FileName))
	if err != nil {
		t.Fatal(err)
	}
	wantLex := []string{filepath.Join("repo", "names.txt"), filepath.Join("repo", "style", "rejected.txt")}
	if !reflect.DeepEqual(c.Lexicons, wantLex) {
		t.Errorf("Lexicons = %q, want %q", c.Lexicons, wantLex)
	}
	if c.Locale != "en-US" || !c.NoDefault || c.Dir != "repo" {
		t.Errorf("Locale %q, NoDefault %v, Dir %q", c.Locale, c.NoDefault, c.Dir)
	}
	for k, want := range map[spell.Kind]Severity{
		spell.Rejected: Error, spell.Inconsistent: Off, spell.Misspelling: Info, spell.NameVariant: Warning,
	} {
		if got := c.Severity(k); got != want {
			t.Errorf("Severity(%s) = %s, want %s", k, got, want)
		}
	}
	for _, tt := range []struct {
		path  string
		isDir bool
		want  bool
	}{
		{"repo/drafts", true, true},
		{"repo/drafts/a.md", false, true},
		{"repo/x/drafts/a.md", false, true},
		{"repo/a.min.html", false, true},
		{"repo/site/a.min.html", false, true},
		{"repo/a.html", false, false},
		{"elsewhere/drafts/a.md", false, false},
		{"repo", true, false},
	} {
		if got := c.Excluded(filepath.FromSlash(tt.path), tt.isDir); got != tt.want {
			t.Errorf("Excluded(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestZeroAndEmpty(t *testing.T) {
	for _, c := range []*Config{new(Config), mustParse(t, "")} {
		if c.Severity(spell.Rejected) != Warning || c.NoDefault || c.Locale != "" || len(c.Lexicons) != 0 || c.Excluded("a.md", false) {
			t.Errorf("%+v is not the default configuration", c)
		}
	}
}

func mustParse(t *testing.T, src string) *Config {
	t.Helper()
	c, err := Parse(strings.NewReader(src), FileName)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestErrors checks that each bad file gives an error naming file, line
// and column.
func TestErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"lexicons = [\"a\"]\n\nfoo = 1\n", `c.toml:3:7: unknown key "foo": want lexicons, locale, default, exclude or severity`},
		{"lexicons = 3\n", "c.toml:1:12: lexicons must be an array of strings, not an integer"},
		{"lexicons = [\"a\", 2]\n", "c.toml:1:13: lexicons must be an array of strings, not an array"},
		{"lexicons = [\"\"]\n", "c.toml:1:13: lexicons: empty file name"},
		{"\nlocale = \"fr-FR\"\n", `c.toml:2:11: unknown locale "fr-FR": want one of en-GB, en-US`},
		{"default = \"yes\"\n", "c.toml:1:12: default must be true or false, not a string"},
		{"exclude = [\"[a-\"]\n", `c.toml:1:12: exclude: bad pattern "[a-": syntax error in pattern`},
		{"severity = 1\n", "c.toml:1:12: severity must be a table, not an integer"},
		{"[severity]\nrejected = \"loud\"\n", `c.toml:2:13: unknown severity "loud": want one of off, info, warning, error`},
		{"[severity]\n\ntypo = \"error\"\n", `c.toml:3:9: unknown kind "typo" in [severity]: want one of rejected, name-variant, misspelling, inconsistent, repeated`},
		{"[severity]\nrejected = true\n", "c.toml:2:12: severity.rejected must be a string, not a boolean"},
		{"severity.rejected = 3\n", "c.toml:1:21: severity.rejected must be a string, not an integer"},
		{"a = = 1\n", "c.toml:1:5: expected value but found '=' instead"},
		{"locale = \"en-GB\"\nlocale = \"en-US\"\n", `c.toml:2: Key 'locale' has already been defined.`},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.src), "c.toml")
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %v (%T), want a *ParseError", tt.src, err, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("Parse(%q):\n got %s\nwant %s", tt.src, err, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{".git", "a/b/c", "a/x"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{FileName, "a/b/" + FileName} {
		if err := os.WriteFile(filepath.Join(root, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := map[string]string{
		"a/b/c": "a/b/" + FileName,
		"a/b":   "a/b/" + FileName,
		"a/x":   FileName,
		".":     FileName,
	}
	for dir, want := range tests {
		if got := Find(filepath.Join(root, dir)); got != filepath.Join(root, want) {
			t.Errorf("Find(%s) = %s, want %s", dir, got, want)
		}
	}
	// Above the work tree (marked by .git) nothing is looked for.
	inner := filepath.Join(root, "a", "x")
	if err := os.Mkdir(filepath.Join(inner, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(inner); got != "" {
		t.Errorf("Find stopped past .git: %s", got)
	}
}

// FuzzParse checks that any input parses or fails with a *ParseError whose
// line lies inside the input.
func FuzzParse(f *testing.F) {
	f.Add("lexicons = [\"a.txt\"]\nlocale = \"en-US\"\ndefault = false\nexclude = [\"d/\"]\n[severity]\nrejected = \"error\"\n")
	f.Add("severity.x = 1\n")
	f.Add("[[severity]]\n")
	f.Add("x = " + strings.Repeat("[", maxNesting+1) + "\"]\"\n'''[\n'''\n")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Parse(strings.NewReader(src), "f.toml")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is a %T", err, err)
			}
			if pe.Line > strings.Count(src, "\n")+1 {
				t.Fatalf("line %d past the end: %v", pe.Line, err)
			}
			return
		}
		for _, k := range spell.Kinds {
			if s := c.Severity(k); s < Off || s > Error {
				t.Fatalf("severity %d", s)
			}
		}
		c.Excluded("a/b.md", false)
	})
}

// TestLexiconError checks that a lexicon of the file that cannot be opened
// is reported at the line of the lexicons key, by the name the file gives
// it, and that other errors pass unchanged.
func TestLexiconError(t *testing.T) {
	src := "# house style\nlocale = \"en-GB\"\nlexicons = [\n  \"names.txt\",\n  \"style/missing.txt\",\n]\n"
	c, err := Parse(strings.NewReader(src), filepath.Join("repo", FileName))
	if err != nil {
		t.Fatal(err)
	}
	missing := &fs.PathError{Op: "open", Path: filepath.Join("repo", "style", "missing.txt"), Err: fs.ErrNotExist}
	other := &fs.PathError{Op: "open", Path: "elsewhere.txt", Err: fs.ErrNotExist}
	malformed := errors.New("repo/names.txt:1:9: '|' with nothing after it")
	for _, tt := range []struct {
		err  error
		want string
	}{
		{missing, filepath.Join("repo", FileName) + ":3: lexicon style/missing.txt: open " + missing.Path + ": file does not exist"},
		{other, other.Error()},
		{malformed, malformed.Error()},
		{fmt.Errorf("loading: %w", missing), filepath.Join("repo", FileName) + ":3: lexicon style/missing.txt: loading: open " + missing.Path + ": file does not exist"},
	} {
		got := c.LexiconError(tt.err)
		if got.Error() != tt.want {
			t.Errorf("LexiconError(%v) = %q, want %q", tt.err, got, tt.want)
		}
		if !errors.Is(got, tt.err) {
			t.Errorf("LexiconError(%v) does not wrap it", tt.err)
		}
	}
	var none *Config // a path without a configuration file
	if got := none.LexiconError(missing); got != missing {
		t.Errorf("nil Config: %v", got)
	}
}
