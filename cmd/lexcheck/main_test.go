package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/report/sariftest"
	"github.com/lexcheck/lexcheck/internal/golden"
)

// TestRun runs the command in-process, as a table of arguments, standard
// input, exit status and golden standard output; standard error must
// contain each listed fragment.
func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stderr []string
	}{
		{"seed-text", []string{"check", "../../spell/testdata/seed-article.txt"}, "", 1, nil},
		{"seed-json-house", []string{"check", "--format", "json", "--lexicon", "testdata/house.txt", "../../spell/testdata/seed-article.txt"}, "", 1, nil},
		{"stdin-clean", []string{"check", "-"}, "The government met in Bishkek.\n", 0, nil},
		{"stdin-rejected", []string{"check", "--lexicon", "testdata/gaddafi.txt", "-"}, "Colonel Qaddafi spoke.\n", 1, nil},
		{"directory", []string{"check", "testdata/site"}, "", 1, nil},
		{"no-default", []string{"check", "--no-default", "--lexicon", "testdata/gaddafi.txt", "-"}, "The goverment heard Qaddafi.\n", 1, nil},
		{"stdin-markdown", []string{"check", "--markup", "markdown", "-"}, "The `goverment` met the goverment in [Osh](https://example.org/goverment).\n", 1, nil},
		{"bad-markup", []string{"check", "--markup", "xml", "-"}, "", 2, []string{`unknown markup "xml"`}},
		{"en-US", []string{"check", "--locale", "en-US", "-"}, "The color of the center.\n", 0, nil},
		{"wire-dateline", []string{"check", "--locale", "en-US", "testdata/wire.txt"}, "", 1, nil},
		{"headline-markdown", []string{"check", "testdata/headline.md"}, "", 1, nil},
		{"headline-html", []string{"check", "testdata/headline.html"}, "", 1, nil},
		{"oneline-html", []string{"check", "testdata/oneline.html"}, "", 1, nil},
		{"bad-lexicon", []string{"check", "--lexicon", "testdata/bad-lexicon.txt", "-"}, "", 2,
			[]string{"testdata/bad-lexicon.txt:1:12: '|' with nothing after it"}},
		{"missing-lexicon", []string{"check", "--lexicon", "testdata/nope.txt", "-"}, "", 2, []string{"testdata/nope.txt"}},
		{"missing-path", []string{"check", "testdata/nope.txt"}, "", 2, []string{"testdata/nope.txt", "no such file"}},
		{"binary", []string{"check", "testdata/binary.txt"}, "", 0, []string{"testdata/binary.txt: binary file, skipped"}},
		{"invalid-utf8", []string{"check", "testdata/invalid-utf8.txt"}, "", 1, []string{"testdata/invalid-utf8.txt:1: invalid UTF-8"}},
		{"empty", []string{"check", "testdata/empty.txt"}, "", 0, []string{"testdata/empty.txt: empty file"}},
		{"empty-dir", []string{"check", "testdata/emptydir"}, "", 2, []string{"testdata/emptydir: no text files"}},
		{"bad-format", []string{"check", "--format", "xml", "-"}, "", 2, []string{`unknown format "xml"`}},
		{"bad-locale", []string{"check", "--locale", "fr-FR", "-"}, "", 2, []string{`unknown locale "fr-FR"`}},
		{"bad-flag", []string{"check", "--nope", "-"}, "", 2, []string{"flag provided but not defined"}},
		{"no-path", []string{"check"}, "", 2, []string{"no PATH given"}},
		{"serve-bad-lexicon", []string{"serve", "--lexicon", "testdata/bad-lexicon.txt"}, "", 2, []string{"testdata/bad-lexicon.txt:1:12"}},
		{"serve-extra-arg", []string{"serve", "extra"}, "", 2, []string{`unexpected argument "extra"`}},
		{"unknown-command", []string{"frobnicate"}, "", 2, []string{`unknown command "frobnicate"`}},
		{"lexicon-variants", []string{"lexicon", "variants", "Bakiyev = Бакиев", "Roza Otunbayeva = Роза Отунбаева"}, "", 0, nil},
		{"lexicon-variants-file", []string{"lexicon", "variants", "--lexicon", "testdata/house.txt"}, "", 0, nil},
		{"lexicon-variants-bad", []string{"lexicon", "variants", "Bakiyev = "}, "", 2, []string{"argument 1:1"}},
		{"lexicon-variants-none", []string{"lexicon", "variants"}, "", 2, []string{"no ENTRY or --lexicon FILE given"}},
		// The fixture site: a content repository with .lexcheck.toml, .gitignore, Markdown and HTML.
		{"fixture-text", []string{"check", "testdata/fixture-site"}, "", 1, nil},
		{"fixture-json", []string{"check", "--format", "json", "testdata/fixture-site"}, "", 1, nil},
		{"fixture-sarif", []string{"check", "--format", "sarif", "testdata/fixture-site"}, "", 1, nil},
		{"fixture-github", []string{"check", "--format", "github", "testdata/fixture-site"}, "", 1, nil},
		{"fixture-diff", []string{"check", "--diff", "testdata/fixture-site"}, "", 1, nil},
		{"fixture-file", []string{"check", "testdata/fixture-site/articles/brief.html", "testdata/fixture-site/vendor/theme.md"}, "", 1, nil},
		{"bad-config", []string{"check", "--config", "testdata/config/bad.toml", "-"}, "", 2,
			[]string{"testdata/config/bad.toml:3:12: default must be true or false, not a string"}},
		{"missing-config", []string{"check", "--config", "testdata/config/nope.toml", "-"}, "", 2, []string{"testdata/config/nope.toml"}},
		{"fix-and-diff", []string{"check", "--fix", "--diff", "-"}, "", 2, []string{"--fix or --diff, not both"}},
		{"serve-bad-config", []string{"serve", "--config", "testdata/config/bad.toml"}, "", 2, []string{"testdata/config/bad.toml:3:12"}},
		{"config-missing-lexicon", []string{"check", "--config", "testdata/config/missing-lexicon.toml", "-"}, "", 2,
			[]string{"testdata/config/missing-lexicon.toml:2: lexicon nope.txt: open testdata/config/nope.txt: no such file or directory"}},
		{"serve-config-missing-lexicon", []string{"serve", "--config", "testdata/config/missing-lexicon.toml"}, "", 2,
			[]string{"testdata/config/missing-lexicon.toml:2: lexicon nope.txt: stat testdata/config/nope.txt: no such file or directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if status != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.status, errOut.String())
			}
			for _, frag := range tt.stderr {
				if !strings.Contains(errOut.String(), frag) {
					t.Errorf("stderr lacks %q:\n%s", frag, errOut.String())
				}
			}
			golden.Check(t, filepath.Join("testdata", "golden", tt.name+".out"), out.Bytes())
		})
	}
}

// TestSARIFGolden validates the SARIF golden files against the SARIF 2.1.0
// schema, so that what -update writes is a valid log, not just the same
// one as before.
func TestSARIFGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*sarif*.out"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no SARIF golden files (%v)", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(`"ruleId"`)) {
			t.Errorf("%s has no results", f)
		}
		if err := sariftest.Validate(b); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestJSONSchema checks the JSON output has exactly the documented fields.
func TestJSONSchema(t *testing.T) {
	var out, errOut bytes.Buffer
	if status := run([]string{"check", "--format", "json", "../../spell/testdata/seed-article.txt"}, nil, &out, &errOut); status != 1 {
		t.Fatalf("status %d: %s", status, errOut.String())
	}
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Stats    map[string]any   `json:"stats"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	wantKeys := "column file kind length line message offset severity suggestions word"
	for _, f := range doc.Findings {
		var keys []string
		for k := range f {
			keys = append(keys, k)
		}
		if got := strings.Join(sortedCopy(keys), " "); got != wantKeys {
			t.Fatalf("finding keys %q, want %q", got, wantKeys)
		}
	}
	first := doc.Findings[0]
	if first["line"] != 3.0 || first["column"] != 11.0 || first["offset"] != 63.0 || first["length"] != 7.0 || first["word"] != "Bakivev" {
		t.Errorf("first finding %v, want Bakivev at 3:11, offset 63, length 7", first)
	}
	if doc.Stats["files"] != 1.0 || doc.Stats["bytes"] != 5480.0 || doc.Stats["findings"] != 6.0 {
		t.Errorf("stats %v", doc.Stats)
	}
}

func sortedCopy(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

// TestCollectSkipsGit walks a directory with a .git folder (which cannot be
// committed to testdata, so it is made here) and a file of another kind.
func TestCollectSkipsGit(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{".git/objects/x.txt", "a.txt", "b/c.md", "b/d.go", "e.html"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("text\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := newSetup(&checkFlags{locale: "en-GB"})
	if err != nil {
		t.Fatal(err)
	}
	ins, errs := collect(dir, s)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var got []string
	for _, in := range ins {
		rel, _ := filepath.Rel(dir, in.name)
		got = append(got, filepath.ToSlash(rel))
	}
	if strings.Join(got, " ") != "a.txt b/c.md e.html" {
		t.Fatalf("collected %v", got)
	}
}

// TestUnreadableFile checks that a file that cannot be read fails the run
// with an error naming it. Root reads a file without permissions, so a
// file whose read fails for everyone (/proc/self/mem at offset 0: nothing
// is mapped there) keeps the error path tested when CI runs as root.
func TestUnreadableFile(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("text"), 0o000); err != nil {
		t.Fatal(err)
	}
	asRoot := ""
	if os.Getuid() == 0 {
		asRoot = "root reads any file"
	}
	tests := []struct {
		name, path, want string
		skip             string // why the case cannot run here, or ""
	}{
		{"no permission", secret, secret + ": permission denied", asRoot},
		{"read fails", "/proc/self/mem", "read /proc/self/mem: input/output error", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			if _, err := os.Stat(tt.path); err != nil {
				t.Skipf("%v (no /proc here)", err)
			}
			var out, errOut bytes.Buffer
			if status := run([]string{"check", tt.path}, nil, &out, &errOut); status != 2 || !strings.Contains(errOut.String(), tt.want) {
				t.Fatalf("status %d, stderr %q, want %q", status, errOut.String(), tt.want)
			}
		})
	}
}
