package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }

	status, out, _ := runIn(t, "check", filepath.Join(dir, "a.md"), filepath.Join(dir, "news"), filepath.Join(dir, "notes"))
	want := `a.md:1:1: "Bakivev" looks like a variant of "Bakiyev" (name-variant)
news/b.md:1:22: "goverment" looks misspelled; did you mean "government"? (misspelling)
notes/keep.txt:1:5: "oppenents" looks misspelled; did you mean "opponents"? (misspelling)
notes/sub/skip.txt:1:5: "comittee" looks misspelled; did you mean "committee"? (misspelling)
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
	want := "a.md:3:5: \"comittee\" looks misspelled; did you mean \"committee\"? (misspelling)\n" +
		"new.md:1:5: \"oppenents\" looks misspelled; did you mean \"opponents\"? (misspelling)\n"
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
// the keys pre-commit requires, and runs its entry on the fixture site.
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
	for _, h := range hooks {
		for _, k := range []string{"id", "name", "entry", "language"} {
			if s, ok := h[k].(string); !ok || s == "" {
				t.Errorf("hook %v: %s missing", h["id"], k)
			}
		}
		files, _ := h["files"].(string)
		re, err := regexp.Compile(files)
		if err != nil {
			t.Fatalf("hook %v: files: %v", h["id"], err)
		}
		if !re.MatchString("articles/unrest.md") || !re.MatchString("brief.html") || re.MatchString("main.go") {
			t.Errorf("hook %v: files %q picks the wrong files", h["id"], files)
		}
		entry := strings.Fields(h["entry"].(string))
		if entry[0] != "lexcheck" {
			t.Fatalf("hook %v: entry %q does not run lexcheck", h["id"], h["entry"])
		}
		// pre-commit appends the staged file names.
		dir := copyTree(t, fixture)
		args := append(entry[1:], filepath.Join(dir, "articles", "unrest.md"), filepath.Join(dir, "articles", "brief.html"))
		status, out, stderr := runIn(t, args...)
		fixing := strings.Contains(h["entry"].(string), "--fix")
		if fixing && (status != 0 || !strings.Contains(stderr, "fixed")) || !fixing && (status != 1 || !strings.Contains(out, "Bakivev")) {
			t.Errorf("hook %v: status %d, stdout %s, stderr %s", h["id"], status, out, stderr)
		}
	}
}

// TestWorkflow parses the example GitHub Actions workflow and runs each of
// its lexcheck commands on the fixture site, as the checkout would be.
func TestWorkflow(t *testing.T) {
	b, err := os.ReadFile("../../.github/workflow-templates/lexcheck.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			RunsOn string `yaml:"runs-on"`
			Steps  []struct {
				Name string         `yaml:"name"`
				Uses string         `yaml:"uses"`
				Run  string         `yaml:"run"`
				With map[string]any `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatal(err)
	}
	if _, ok := wf.On["pull_request"]; !ok {
		t.Error("the workflow does not run on pull requests")
	}
	abs, err := filepath.Abs(fixture)
	if err != nil {
		t.Fatal(err)
	}
	ran := map[string]bool{}
	for _, job := range wf.Jobs {
		if job.RunsOn == "" {
			t.Error("a job without runs-on")
		}
		for _, step := range job.Steps {
			if !strings.HasPrefix(step.Run, "lexcheck ") {
				continue
			}
			// The shell's redirection and || are not lexcheck's.
			cmd := regexp.MustCompile(`\s(>|\|\||\||&&)\s`).Split(step.Run, 2)[0]
			args := strings.Fields(cmd)[1:]
			t.Chdir(abs)
			status, out, stderr := runIn(t, args...)
			format := args[slicesIndex(args, "--format")+1]
			ran[format] = true
			if status != 1 || stderr != "" {
				t.Errorf("%q: status %d, stderr %s", step.Run, status, stderr)
			}
			switch format {
			case "github":
				if !strings.Contains(out, "::error file=articles/unrest.md,line=27,col=3,") || !strings.Contains(out, "::warning file=articles/brief.html") {
					t.Errorf("%q printed:\n%s", step.Run, out)
				}
			case "sarif":
				if !strings.Contains(out, `"uri": "articles/unrest.md"`) {
					t.Errorf("%q printed:\n%s", step.Run, out)
				}
			}
		}
	}
	if !ran["github"] || !ran["sarif"] {
		t.Errorf("the workflow should run lexcheck with --format github and sarif; ran %v", ran)
	}
}

func slicesIndex(s []string, v string) int {
	for i, e := range s {
		if e == v {
			return i
		}
	}
	return -2
}
