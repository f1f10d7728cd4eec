package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/lexcheck/lexcheck/spell"
)

const fixture = "testdata/fixture-site"

// copyTree copies the directory src to a new temporary directory, keeping
// file modes, and returns its path.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, info.Mode().Perm())
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// snapshot returns every file under dir by slash path, with its mode.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		info, _ := d.Info()
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = info.Mode().String() + "\n" + string(b)
		return nil
	})
	return files
}

func runIn(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, nil, &out, &errOut)
	return status, out.String(), errOut.String()
}

// untouchable matches what a fix must never touch in the fixture: URLs,
// code spans, fenced and indented code, comments, script, style and
// attributes other than alt and title.
var untouchable = regexp.MustCompile(strings.Join([]string{
	`https?://[^\s)>"]+`, "`[^`\n]*`", "(?s:```.*?```)", `    indented code:.*`, `(?s:<!--.*?-->)`,
	`(?s:<script>.*?</script>)`, `(?s:<style>.*?</style>)`, `(?s:<pre>.*?</pre>)`, `<code>.*?</code>`,
	`(?:href|src|data-note)="[^"]*"`, `slug: .*`, `tags: .*`,
}, "|"))

// TestFixFixture fixes a copy of the fixture site: --diff shows the change
// and writes nothing; --fix makes the same change, keeps file modes, leaves
// code and URLs byte for byte, and a second run finds nothing.
func TestFixFixture(t *testing.T) {
	dir := copyTree(t, fixture)
	html := filepath.Join(dir, "articles", "brief.html")
	if err := os.Chmod(html, 0o640); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)

	status, diff, stderr := runIn(t, "check", "--diff", dir)
	if status != 1 || !strings.Contains(diff, "+The opponents of Kurmanbek Bakiyev gathered") {
		t.Fatalf("--diff: status %d, stderr %s, diff:\n%s", status, stderr, diff)
	}
	if after := snapshot(t, dir); !equalMaps(after, before) {
		t.Fatal("--diff changed files")
	}

	status, out, stderr := runIn(t, "check", "--fix", dir)
	if status != 0 || out != "" {
		t.Fatalf("--fix: status %d, stdout %q, stderr %s", status, out, stderr)
	}
	after := snapshot(t, dir)
	var gotDiff strings.Builder
	for _, name := range []string{"articles/brief.html", "articles/unrest.md"} {
		old, new := before[name], after[name]
		oldMode, oldText, _ := strings.Cut(old, "\n")
		newMode, newText, _ := strings.Cut(new, "\n")
		if oldMode != newMode {
			t.Errorf("%s: mode %s became %s", name, oldMode, newMode)
		}
		if oldText == newText {
			t.Errorf("%s: not fixed", name)
		}
		oldParts, newParts := untouchable.FindAllString(oldText, -1), untouchable.FindAllString(newText, -1)
		if strings.Join(oldParts, "\x00") != strings.Join(newParts, "\x00") || len(oldParts) < 5 {
			t.Errorf("%s: code, URLs or markup changed:\n%q\n%q", name, oldParts, newParts)
		}
		gotDiff.WriteString(unifiedDiff(patchPath(workDir(), filepath.Join(dir, filepath.FromSlash(name))), []byte(oldText), []byte(newText)))
	}
	if gotDiff.String() != diff {
		t.Errorf("--diff printed:\n%s\nbut --fix changed:\n%s", diff, gotDiff.String())
	}
	for name := range before {
		if !strings.HasPrefix(name, "articles/") && after[name] != before[name] {
			t.Errorf("%s changed", name)
		}
	}
	if status, out, stderr := runIn(t, "check", dir); status != 0 || out != "" {
		t.Errorf("after --fix: status %d, findings:\n%s%s", status, out, stderr)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "articles", ".*lexcheck*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestWriteFixedChanged checks that a file changed since it was checked is
// not written.
func TestWriteFixedChanged(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.md")
	if err := os.WriteFile(p, []byte("edited meanwhile\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := writeFixed(p, []byte("the goverment\n"), []byte("the government\n"))
	if err == nil || !strings.Contains(err.Error(), "changed since it was checked") {
		t.Fatalf("writeFixed = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "edited meanwhile\n" {
		t.Fatalf("file now %q", b)
	}
}

func TestApplyFixes(t *testing.T) {
	src := []byte("The oppenents met Bakivev.")
	mk := func(off int, word string, sugg ...string) spell.Finding {
		return spell.Finding{Pos: spell.Position{Offset: off}, End: spell.Position{Offset: off + len(word)}, Word: word, Suggestions: sugg}
	}
	fs := []spell.Finding{
		mk(4, "oppenents", "opponents", "opponent"), // clear: one edit against two
		mk(18, "Bakivev", "Bakiyev", "Bakiev"),      // not clear: one edit each
	}
	out, fixed, left := applyFixes(src, fs)
	if string(out) != "The opponents met Bakivev." || len(fixed) != 1 || len(left) != 1 {
		t.Errorf("got %q, fixed %d, left %d", out, len(fixed), len(left))
	}
	// A finding whose word is not at its offsets is never applied.
	out, fixed, _ = applyFixes(src, []spell.Finding{mk(5, "oppenents", "opponents")})
	if string(out) != string(src) || len(fixed) != 0 {
		t.Errorf("a misplaced finding was applied: %q", out)
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\nlast"
	b := strings.Replace(strings.Replace(strings.Replace(a, "2\n", "two\n", 1), "4\n", "four\n", 1), "last", "LAST", 1)
	want := `--- a/x.md
+++ b/x.md
@@ -1,7 +1,7 @@
 1
-2
+two
 3
-4
+four
 5
 6
 7
@@ -14,4 +14,4 @@
 14
 15
 16
-last
\ No newline at end of file
+LAST
\ No newline at end of file
`
	if got := unifiedDiff("x.md", []byte(a), []byte(b)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := unifiedDiff("x.md", []byte(a), []byte(a)); got != "" {
		t.Errorf("equal texts gave %q", got)
	}
}

// TestConfigPerDirectory checks that each directory uses its nearest
// configuration: its own lexicons, severities and excludes.
func TestConfigPerDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".git/HEAD":              "",
		".lexcheck.toml":         "lexicons = [\"names.txt\"]\n",
		"names.txt":              "Bakiyev = Бакиев\n",
		"a.md":                   "Bakivev spoke.\n",
		"news/.lexcheck.toml":    "exclude = [\"old/\"]\n[severity]\nname-variant = \"off\"\nmisspelling = \"info\"\n",
		"news/b.md":              "Bakivev spoke to the goverment.\n",
		"news/old/c.md":          "The goverment.\n",
		"bad/.lexcheck.toml":     "[severity]\nrejected = \"loud\"\n",
		"bad/d.md":               "Text.\n",
		"notes/.gitignore":       "*.txt\n!keep.txt\n",
		"notes/skip.txt":         "The goverment.\n",
		"notes/keep.txt":         "The oppenents.\n",
		"notes/sub/.gitignore":   "!skip.txt\n",
		"notes/sub/skip.txt":     "The comittee.\n",
		"notes/sub/deeper/x.txt": "The comittee.\n",
	}
	writeFiles(t, dir, files)
	rel := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }

	status, out, _ := runIn(t, "check", filepath.Join(dir, "a.md"), filepath.Join(dir, "news"), filepath.Join(dir, "notes"))
	want := `a.md:1:1: warning: "Bakivev" looks like a variant of "Bakiyev" (name-variant)
news/b.md:1:22: info: "goverment" looks misspelled; did you mean "government"? (misspelling)
notes/keep.txt:1:5: warning: "oppenents" looks misspelled; did you mean "opponents"? (misspelling)
notes/sub/skip.txt:1:5: warning: "comittee" looks misspelled; did you mean "committee"? (misspelling)
`
	if status != 1 || rel(out) != filepath.FromSlash(want) {
		t.Errorf("status %d, got:\n%s\nwant:\n%s", status, rel(out), want)
	}
	// Info alone does not fail the run; the severity shows in annotations.
	status, out, _ = runIn(t, "check", "--format", "github", filepath.Join(dir, "news"))
	if status != 0 || !strings.HasPrefix(out, "::notice ") || strings.Count(out, "\n") != 1 {
		t.Errorf("news: status %d, output %q", status, out)
	}
	// An explicit --config replaces the nearest file; flags override it.
	status, out, _ = runIn(t, "check", "--config", filepath.Join(dir, "news", ".lexcheck.toml"), filepath.Join(dir, "a.md"))
	if status != 0 || out != "" {
		t.Errorf("--config: status %d, output %q", status, out)
	}
	status, out, _ = runIn(t, "check", "--no-default", filepath.Join(dir, "news", "b.md"))
	if status != 0 || out != "" {
		t.Errorf("--no-default: status %d, output %q", status, out)
	}
	status, _, stderr := runIn(t, "check", filepath.Join(dir, "bad"))
	if status != 2 || !strings.Contains(stderr, filepath.Join(dir, "bad", ".lexcheck.toml")+`:2:13: unknown severity "loud"`) {
		t.Errorf("bad config: status %d, stderr %q", status, stderr)
	}
}

// TestChanged checks --changed against a real git repository: only the
// lines edited since the revision, and every line of an untracked file.
func TestChanged(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := gitIn(t, dir)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	write("a.md", "The goverment met.\n\nThe comittee met.\n\nThe parliment met.\n")
	git("add", "a.md")
	git("commit", "-q", "-m", "first")
	write("a.md", "The goverment met.\n\nThe comittee met today.\n\nThe parliment met.\n")
	write("new.md", "The oppenents met.\n")
	t.Chdir(dir)

	status, out, stderr := runIn(t, "check", "--changed", "HEAD", ".")
	want := "a.md:3:5: warning: \"comittee\" looks misspelled; did you mean \"committee\"? (misspelling)\n" +
		"new.md:1:5: warning: \"oppenents\" looks misspelled; did you mean \"opponents\"? (misspelling)\n"
	if status != 1 || out != want {
		t.Errorf("status %d, stderr %s, got:\n%s\nwant:\n%s", status, stderr, out, want)
	}
	status, _, stderr = runIn(t, "check", "--changed", "no-such-rev", ".")
	if status != 2 || !strings.Contains(stderr, `--changed no-such-rev: unknown revision`) {
		t.Errorf("bad revision: status %d, stderr %q", status, stderr)
	}
	t.Chdir(t.TempDir())
	status, _, stderr = runIn(t, "check", "--changed", "HEAD", ".")
	if status != 2 || !strings.Contains(stderr, "not in a git work tree") {
		t.Errorf("outside a repository: status %d, stderr %q", status, stderr)
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, total: 8}
	p.add()
	p.add()
	p.draw()
	if got := buf.String(); got != "\r\033[Klexcheck: checked 2 of 8 files (25%)" {
		t.Errorf("progress line %q", got)
	}
	var none *progress // what a run not on a terminal has
	none.add()
	none.finish()
	if isTerminal(&buf) {
		t.Error("a buffer is a terminal")
	}
}

// TestPreCommitHooks parses .pre-commit-hooks.yaml, checks each hook has
// the keys pre-commit requires, and runs each lexcheck check entry on a copy
// of the fixture site as "pre-commit run --all-files" does: from the top of
// the repository, with the relative names of every file that matches the
// hook's files pattern appended, the house lexicon included. The lexicon is
// never checked or rewritten.
func TestPreCommitHooks(t *testing.T) {
	b, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []map[string]any
	if err := yaml.Unmarshal(b, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) == 0 {
		t.Fatal("no hooks")
	}
	site, err := filepath.Abs(fixture)
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, h := range hooks {
		for _, k := range []string{"id", "name", "entry", "language"} {
			if s, ok := h[k].(string); !ok || s == "" {
				t.Errorf("hook %v: %s missing", h["id"], k)
			}
		}
		entry := strings.Fields(h["entry"].(string))
		if len(entry) < 2 || entry[0] != "lexcheck" || entry[1] != "check" {
			continue // not a check of the staged files
		}
		files, _ := h["files"].(string)
		re, err := regexp.Compile(files)
		if err != nil {
			t.Fatalf("hook %v: files: %v", h["id"], err)
		}
		if !re.MatchString("articles/unrest.md") || !re.MatchString("brief.html") || re.MatchString("main.go") {
			t.Errorf("hook %v: files %q picks the wrong files", h["id"], files)
		}
		dir := copyTree(t, site)
		before := snapshot(t, dir)
		var names []string
		for name := range before {
			if re.MatchString(name) {
				names = append(names, name)
			}
		}
		slices.Sort(names)
		if !slices.Contains(names, "names.txt") {
			t.Fatalf("hook %v: the fixture's lexicon names.txt is not among the files passed: %v", h["id"], names)
		}
		t.Chdir(dir)
		status, out, stderr := runIn(t, append(entry[1:], names...)...)
		ran++
		fixing := slices.Contains(entry, "--fix")
		if fixing && (status != 0 || !strings.Contains(stderr, "fixed")) || !fixing && (status != 1 || !strings.Contains(out, "Bakivev")) {
			t.Errorf("hook %v: status %d, stdout %s, stderr %s", h["id"], status, out, stderr)
		}
		if strings.Contains(out+stderr, "names.txt") {
			t.Errorf("hook %v: the lexicon was checked:\n%s%s", h["id"], out, stderr)
		}
		if after := snapshot(t, dir); after["names.txt"] != before["names.txt"] {
			t.Errorf("hook %v: the lexicon changed:\n%s", h["id"], after["names.txt"])
		}
	}
	if ran < 2 {
		t.Errorf("ran %d lexcheck check hooks, want the report and the fix hook", ran)
	}
}

// TestPreCommitTryRepo runs the hooks with pre-commit itself, as a
// content repository would (pre-commit try-repo on this repository, every
// hook, --all-files), on a git repository made of the fixture site: the
// articles are fixed and the house lexicon is neither checked nor changed.
// pre-commit builds lexcheck from this repository with Go, which takes
// some time; the modules come from this machine's module cache.
func TestPreCommitTryRepo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds lexcheck through pre-commit; skipped in -short mode")
	}
	for _, tool := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (apt-get install -y pre-commit)", tool)
		}
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Run(); err != nil {
		t.Skip("this copy of lexcheck is not a git repository, which pre-commit try-repo needs")
	}
	modCache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	dir := copyTree(t, fixture)
	git := gitIn(t, dir)
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "articles")
	before := snapshot(t, dir)

	cmd := exec.Command("pre-commit", "try-repo", root, "--all-files")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+t.TempDir(), "GOMODCACHE="+strings.TrimSpace(string(modCache)),
		"GIT_CONFIG_GLOBAL="+filepath.Join(t.TempDir(), "none"), "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if _, failed := err.(*exec.ExitError); err != nil && !failed {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`lexcheck \(fix\)\.+Failed`).Match(out) || !strings.Contains(string(out), "files were modified by this hook") {
		t.Fatalf("pre-commit did not run the fix hook as expected:\n%s", out)
	}
	after := snapshot(t, dir)
	if after["names.txt"] != before["names.txt"] || strings.Contains(string(out), "names.txt") {
		t.Errorf("the lexicon was checked or changed:\n%s\n%s", after["names.txt"], out)
	}
	if after["articles/unrest.md"] == before["articles/unrest.md"] {
		t.Errorf("the articles were not fixed:\n%s", out)
	}
}

// TestLexiconNotChecked checks that a house lexicon of the configuration
// in force is never checked, fixed or diffed, whether named or walked,
// and whether the configuration or --lexicon names it.
func TestLexiconNotChecked(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		".lexcheck.toml":  "lexicons = [\"style/names.txt\"]\n",
		"style/names.txt": "Gaddafi !Qaddafi !Kadhafi\nKyiv !Kiev\n",
		"extra.txt":       "Bakiyev !Bakiev\n",
		"article.txt":     "Colonel Qaddafi spoke.\n",
		"other/notes.txt": "Gaddafi !Qaddafi\n", // a lexicon of nothing: prose
	}
	t.Chdir(dir)
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"named", []string{"style/names.txt", "article.txt"}},
		{"walked", []string{"."}},
		{"named by --lexicon", []string{"--lexicon", "extra.txt", "extra.txt", "article.txt"}},
		{"named through another path", []string{"style/../style/names.txt", "article.txt"}},
	} {
		for _, mode := range []string{"", "--fix", "--diff"} {
			writeFiles(t, dir, files)
			args := append([]string{"check"}, tt.args...)
			if mode != "" {
				args = append([]string{"check", mode}, tt.args...)
			}
			status, out, stderr := runIn(t, args...)
			if status == exitError || strings.Contains(out+stderr, "names.txt") || strings.Contains(out+stderr, "extra.txt") {
				t.Errorf("%s %s: status %d, a lexicon was checked:\n%s%s", tt.name, mode, status, out, stderr)
			}
			if !strings.Contains(out+stderr, "article.txt") {
				t.Errorf("%s %s: article.txt not checked:\n%s%s", tt.name, mode, out, stderr)
			}
			for name, text := range files {
				if name == "article.txt" || name == "other/notes.txt" {
					continue
				}
				if b, _ := os.ReadFile(name); string(b) != text {
					t.Errorf("%s %s: %s changed to %q", tt.name, mode, name, b)
				}
			}
		}
	}
	writeFiles(t, dir, files)
	// A file that is a lexicon only for another directory is prose here.
	if status, out, _ := runIn(t, "check", "other/notes.txt"); status != exitFindings || !strings.Contains(out, "Qaddafi") {
		t.Errorf("other/notes.txt: status %d, output %q", status, out)
	}
}

// TestBrokenConfigStopsWalk checks that a configuration error met anywhere
// in a walk stops the run with exit 2 and the error's position, before
// anything is checked with some other configuration.
func TestBrokenConfigStopsWalk(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown key at the top, met from a directory first", map[string]string{
			".lexcheck.toml": "lexicon = [\"style/names.txt\"]\n",
			"a/article.md":   "The goverment.\n",
			"b.md":           "The goverment.\n",
		}, ".lexcheck.toml:1:12: unknown key \"lexicon\""},
		{"bad value deep down", map[string]string{
			"a.md":                  "The goverment.\n",
			"news/x/.lexcheck.toml": "default = \"no\"\n",
			"news/x/y/b.md":         "The goverment.\n",
		}, filepath.Join("news", "x", ".lexcheck.toml") + ":1:12: default must be true or false"},
		{"missing lexicon", map[string]string{
			".lexcheck.toml": "exclude = []\nlexicons = [\"gone.txt\"]\n",
			"sub/a.md":       "The goverment.\n",
		}, ".lexcheck.toml:2: lexicon gone.txt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			for _, format := range []string{"text", "github", "sarif"} {
				status, out, stderr := runIn(t, "check", "--format", format, ".")
				if status != exitError || !strings.Contains(stderr, tt.want) || strings.Contains(out, "goverment") {
					t.Errorf("%s: status %d, stderr %q, want exit 2 and %q; stdout:\n%s", format, status, stderr, tt.want, out)
				}
			}
		})
	}
}

// writeFiles writes files (slash paths to texts) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFixRejectedPart checks that a rejected variant of one word of a
// longer house name is fixed to that word, not to the whole name.
func TestFixRejectedPart(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"house.txt":   "Volodymyr Zelensky !Zelenskiy\n",
		"article.txt": "Mr Zelenskiy spoke.\n",
	})
	t.Chdir(dir)
	status, out, _ := runIn(t, "check", "--format", "json", "--lexicon", "house.txt", "article.txt")
	if status != exitFindings || !strings.Contains(out, `"suggestions": [
        "Zelensky"
      ]`) {
		t.Errorf("status %d, output:\n%s", status, out)
	}
	if status, _, stderr := runIn(t, "check", "--fix", "--lexicon", "house.txt", "article.txt"); status != exitClean {
		t.Fatalf("--fix: status %d: %s", status, stderr)
	}
	if b, _ := os.ReadFile("article.txt"); string(b) != "Mr Zelensky spoke.\n" {
		t.Errorf("fixed to %q", b)
	}
}
