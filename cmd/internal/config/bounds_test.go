package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconsInsideRepository checks that lexicons stay in the
// repository of the configuration unless the options allow more.
func TestLexiconsInsideRepository(t *testing.T) {
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(repo, "site", "news")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(repo, "link")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	name := filepath.Join(sub, FileName)
	for _, c := range []struct {
		test, lexicon string
		want          string // the error after "name:1:13: ", or "" for none
		path          string // the lexicon's path when there is no error
	}{
		{"a name below the file", "names.txt", "", filepath.Join(sub, "names.txt")},
		{"a name up to the repository's top", "../../names.txt", "", filepath.Join(repo, "names.txt")},
		{"climbing out of the repository", "../../../etc/passwd",
			`lexicons: "../../../etc/passwd" is outside the repository ` + repo + " (--allow-outside-lexicons allows it)", ""},
		{"an absolute path", "/etc/passwd",
			`lexicons: "/etc/passwd" is an absolute path; name lexicons relative to this file, inside the repository (--allow-outside-lexicons allows others)`, ""},
		{"a link out of the repository", "../../link/names.txt",
			`lexicons: "../../link/names.txt" is outside the repository ` + repo + " (--allow-outside-lexicons allows it)", ""},
	} {
		t.Run(c.test, func(t *testing.T) {
			src := "lexicons = [\"" + c.lexicon + "\"]\n"
			cfg, err := Parse(strings.NewReader(src), name)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case c.want == "" && (len(cfg.Lexicons) != 1 || cfg.Lexicons[0] != c.path):
				t.Errorf("lexicons %q, want %q", cfg.Lexicons, c.path)
			case c.want != "" && (err == nil || err.Error() != name+":1:13: "+c.want):
				t.Errorf("error %v, want %s:1:13: %s", err, name, c.want)
			}
			if _, ok := errors.AsType[*ParseError](err); err != nil && !ok {
				t.Errorf("error %T, want a *ParseError", err)
			}
			allowed, err := ParseWith(strings.NewReader(src), name, Options{OutsideLexicons: true})
			if err != nil {
				t.Fatalf("allowed: %v", err)
			}
			want := filepath.Join(sub, filepath.FromSlash(c.lexicon))
			if filepath.IsAbs(c.lexicon) {
				want = c.lexicon // before, it was joined to the file's directory
			}
			if len(allowed.Lexicons) != 1 || allowed.Lexicons[0] != want {
				t.Errorf("allowed: lexicons %q, want %q", allowed.Lexicons, want)
			}
		})
	}
}

func TestNesting(t *testing.T) {
	for _, c := range []struct {
		test, src, want string // want: the error, or "" for none
	}{
		{"32 levels are read", "x = " + strings.Repeat("[", maxNesting) + strings.Repeat("]", maxNesting) + "\n", `c.toml:1:6: unknown key "x": want lexicons, locale, default, exclude or severity`},
		{"33 levels are refused", "x = " + strings.Repeat("[", maxNesting+1) + strings.Repeat("]", maxNesting+1) + "\n", "c.toml:1:37: arrays and tables nested more than 32 deep"},
		{"8000 inline tables are refused", "x = " + strings.Repeat("{a=", 8000) + "1" + strings.Repeat("}", 8000) + "\n", "c.toml:1:101: arrays and tables nested more than 32 deep"},
		{"brackets in strings and comments do not count", "# " + strings.Repeat("[", 40) + "\nlocale = \"" + strings.Repeat("{", 40) + "\"\n", `c.toml:2:11: unknown locale "` + strings.Repeat("{", 40) + `": want one of en-GB, en-US`},
		{"nor in multi-line strings", "locale = '''\n" + strings.Repeat("[", 40) + "\n'''\nx = [[[1]]]\n", `c.toml:3: unknown locale "` + strings.Repeat("[", 40) + `\n": want one of en-GB, en-US`},
		{"the line counts past a multi-line string", "a = \"\"\"\n\n\"\"\"\nx = " + strings.Repeat("[", 33) + "\n", "c.toml:4:37: arrays and tables nested more than 32 deep"},
	} {
		_, err := Parse(strings.NewReader(c.src), "c.toml")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s: error %q, want %q", c.test, got, c.want)
		}
	}
}
