package main

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// changedOf parses diff as git diff -U0 --no-prefix output of a work tree
// at /top and returns the changed lines by file, relative to /top.
func changedOf(t testing.TB, diff string) (map[string][]int, error) {
	t.Helper()
	c := &changedLines{top: "/top", lines: map[string][]lineRange{}}
	err := c.parseDiff(strings.NewReader(diff))
	got := map[string][]int{}
	for p, rs := range c.lines {
		rel, _ := filepath.Rel("/top", p)
		lines := map[int]bool{}
		for _, r := range rs {
			if r.to-r.from > 1000 {
				t.Fatalf("%s: %d lines changed", rel, r.to-r.from) // more than any test writes
			}
			for l := r.from; l < r.to; l++ {
				lines[l] = true
			}
		}
		got[filepath.ToSlash(rel)] = slices.Sorted(maps.Keys(lines))
	}
	return got, err
}

func TestParseDiff(t *testing.T) {
	long := strings.Repeat("word ", 2*maxHeaderLine/5)
	tests := []struct {
		name string
		diff string
		want map[string][]int
		err  string
	}{
		{"one file", "diff --git a.md a.md\nindex 1..2 100644\n--- a.md\n+++ a.md\n@@ -3 +3 @@\n-x\n+y\n@@ -5,0 +6,2 @@\n+p\n+q\n",
			map[string][]int{"a.md": {3, 6, 7}}, ""},
		// git ends a name that holds a space with a tab.
		{"space in the name", "diff --git sp dir/a b.md sp dir/a b.md\n--- sp dir/a b.md\t\n+++ sp dir/a b.md\t\n@@ -2 +2 @@\n-x\n+y\n",
			map[string][]int{"sp dir/a b.md": {2}}, ""},
		{"quoted name", "diff --git \"q\\\"t\\\\b\\tc\\303\\251.md\" \"q\\\"t\\\\b\\tc\\303\\251.md\"\n--- \"q\\\"t\\\\b\\tc\\303\\251.md\"\n+++ \"q\\\"t\\\\b\\tc\\303\\251.md\"\n@@ -1 +1 @@\n-x\n+y\n",
			map[string][]int{"q\"t\\b\tcé.md": {1}}, ""},
		{"quoted name with a space", "diff --git \"a \\\"b\\\".md\" \"a \\\"b\\\".md\"\n--- \"a \\\"b\\\".md\"\t\n+++ \"a \\\"b\\\".md\"\t\n@@ -1 +1 @@\n-x\n+y\n",
			map[string][]int{`a "b".md`: {1}}, ""},
		// An added line "++ note" is written "+++ note": it is not a header.
		{"added line like a header", "diff --git p2.md p2.md\n--- p2.md\n+++ p2.md\n@@ -2 +2 @@\n-x\n+++ note\n@@ -9 +9 @@\n-y\n+The goverment met.\n",
			map[string][]int{"p2.md": {2, 9}}, ""},
		{"removed line like a header", "diff --git p.md p.md\n--- p.md\n+++ p.md\n@@ -2 +1,0 @@\n--- x\n@@ -9 +8 @@\n-y\n+z\n",
			map[string][]int{"p.md": {8}}, ""},
		{"added line like a file header", "diff --git p.md p.md\n--- p.md\n+++ p.md\n@@ -2 +2 @@\n-x\n+diff --git q.md q.md\n+++ q.md\n@@ -9 +9 @@\n-y\n+z\n",
			map[string][]int{"p.md": {2, 9}}, ""},
		{"new file", "diff --git n.md n.md\nnew file mode 100644\nindex 0..1\n--- /dev/null\n+++ n.md\n@@ -0,0 +1,2 @@\n+a\n+b\n",
			map[string][]int{"n.md": {1, 2}}, ""},
		{"deleted file", "diff --git d.md d.md\ndeleted file mode 100644\n--- d.md\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\ndiff --git e.md e.md\n--- e.md\n+++ e.md\n@@ -1 +1 @@\n-a\n+b\n",
			map[string][]int{"e.md": {1}}, ""},
		{"binary file, then another", "diff --git b.png b.png\nindex 1..2 100644\nBinary files b.png and b.png differ\ndiff --git c.md c.md\n--- c.md\n+++ c.md\n@@ -4 +4 @@\n-a\n+b\n",
			map[string][]int{"c.md": {4}}, ""},
		{"mode change only", "diff --git m.md m.md\nold mode 100644\nnew mode 100755\n", map[string][]int{}, ""},
		{"line longer than the buffer", "diff --git l.md l.md\n--- l.md\n+++ l.md\n@@ -1 +1 @@\n-" + long + "\n+" + long + "x\n@@ -7 +7 @@\n-a\n+b\n",
			map[string][]int{"l.md": {1, 7}}, ""},
		{"no newline at end", "diff --git a.md a.md\n--- a.md\n+++ a.md\n@@ -3 +3 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file",
			map[string][]int{"a.md": {3}}, ""},
		{"empty", "", map[string][]int{}, ""},
		{"bad hunk header", "diff --git a.md a.md\n--- a.md\n+++ a.md\n@@ -3 +x @@\n", nil, `bad hunk header "@@ -3 +x @@"`},
		{"negative count", "diff --git a.md a.md\n--- a.md\n+++ a.md\n@@ -3 +3,-2 @@\n", nil, `bad hunk header "@@ -3 +3,-2 @@"`},
		{"count too large", "diff --git a.md a.md\n--- a.md\n+++ a.md\n@@ -3 +3,99999999999999999999 @@\n", nil, `bad hunk header "@@ -3 +3,99999999999999999999 @@"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := changedOf(t, tt.diff)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !maps.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// gitQuote writes name as git writes it in a diff header: C-style quoted
// when it holds a control character, a quote or a backslash (bytes above
// ASCII stay as they are with core.quotePath=false), then a tab when it
// holds a space.
func gitQuote(name string) string {
	q := name
	if strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == '"' || r == '\\' || r == 0x7f }) {
		var b strings.Builder
		b.WriteByte('"')
		for i := range len(name) {
			switch c := name[i]; {
			case strings.IndexByte("\a\b\t\n\v\f\r", c) >= 0:
				b.WriteByte('\\')
				b.WriteByte("abtnvfr"[strings.IndexByte("\a\b\t\n\v\f\r", c)])
			case c == '"' || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c < 0x20 || c == 0x7f:
				fmt.Fprintf(&b, "\\%03o", c)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('"')
		q = b.String()
	}
	if strings.Contains(name, " ") {
		q += "\t"
	}
	return q
}

// FuzzParseDiff builds the diff git writes for a file of any name whose
// added lines are any text, followed by a second file: both files' changed
// lines must be found. Any text parsed as a diff must not panic.
func FuzzParseDiff(f *testing.F) {
	for _, seed := range [][2]string{
		{"a.md", "The goverment met."},
		{"sp dir/a b.md", "The goverment."},
		{"p2.md", "++ note"},
		{`q"uote\d.md`, "--- x\n+++ y"},
		{"tab\there.md", "@@ -1 +1 @@"},
		{"é ü.md", "diff --git z.md z.md\n+++ z.md"},
		{"dev/null", strings.Repeat("x", maxHeaderLine+10)},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, name, added string) {
		raw := &changedLines{top: "/top", lines: map[string][]lineRange{}}
		if raw.parseDiff(strings.NewReader(added)) == nil {
			for p, rs := range raw.lines {
				for _, r := range rs {
					if r.from < 0 || r.to <= r.from {
						t.Errorf("%s: range %v", p, r)
					}
				}
			}
		}
		if name == "" || strings.ContainsRune(name, 0) || path.Clean(name) != name || path.IsAbs(name) ||
			name == "z.md" || name == "." || strings.HasPrefix(name, "../") || name == ".." {
			t.Skip("not a file name git writes")
		}
		body := strings.Split(added, "\n")
		q := gitQuote(name)
		var d strings.Builder
		fmt.Fprintf(&d, "diff --git %s %s\nindex 1..2 100644\n--- %s\n+++ %s\n", q, q, q, q)
		fmt.Fprintf(&d, "@@ -2 +2,%d @@\n-old\n", len(body))
		for _, l := range body {
			fmt.Fprintf(&d, "+%s\n", l)
		}
		d.WriteString("@@ -40 +50 @@\n-a\n+b\n")
		d.WriteString("diff --git z.md z.md\n--- z.md\n+++ z.md\n@@ -9 +9 @@\n-y\n+z\n")
		got, err := changedOf(t, d.String())
		if err != nil {
			t.Fatalf("%v\n%s", err, d.String())
		}
		var want []int
		for i := range body {
			want = append(want, 2+i)
		}
		want = append(want, 50)
		if !slices.Equal(got[name], want) || !slices.Equal(got["z.md"], []int{9}) || len(got) != 2 {
			t.Errorf("got %v, want %s: %v and z.md: [9]\n%s", got, name, want, d.String())
		}
	})
}

// TestChangedNames checks --changed against a real git repository with the
// names and lines that git writes in unusual ways: a name with a space,
// an added line that reads as a file header, a long line in a checked
// file, and a line longer than 16 MiB in a file not checked (which git
// is not asked about).
func TestChangedNames(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := gitIn(t, dir)
	write := func(name, text string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ten := "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n"
	git("init", "-q")
	write("sp dir/a b.md", "The council met.\n")
	write("p2.md", ten)
	write("long.md", "The council met.\n")
	write("other/x.md", "The council met.\n")
	write("data.bin", "x\n")
	git("add", ".")
	git("commit", "-q", "-m", "first")
	write("sp dir/a b.md", "The council met.\nThe goverment.\n")
	write("p2.md", strings.Replace(strings.Replace(ten, "two", "++ note", 1), "nine", "The goverment met.", 1))
	write("long.md", strings.Repeat("The council met. ", 1<<16)+"\nThe comittee met.\n")
	write("other/x.md", "The parliment met.\n")
	write("data.bin", strings.Repeat("x", 17<<20)+"\n")
	t.Chdir(dir)

	tests := []struct {
		path string
		want string
	}{
		{"sp dir", "sp dir/a b.md:2:5: warning: \"goverment\" looks misspelled; did you mean \"government\"? (misspelling)\n"},
		{"p2.md", "p2.md:9:5: warning: \"goverment\" looks misspelled; did you mean \"government\"? (misspelling)\n"},
		{"long.md", "long.md:2:5: warning: \"comittee\" looks misspelled; did you mean \"committee\"? (misspelling)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, out, stderr := runIn(t, "check", "--changed", "HEAD", tt.path)
			if status != 1 || out != tt.want {
				t.Errorf("status %d, stderr %s, got:\n%s\nwant:\n%s", status, stderr, out, tt.want)
			}
		})
	}
}

// gitIn returns a function running git in dir, with a fixed identity and
// no user configuration.
func gitIn(t *testing.T, dir string) func(args ...string) {
	// An empty file of its own, not /dev/null, which a machine may have
	// broken.
	noConfig := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(noConfig, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_GLOBAL="+noConfig, "GIT_CONFIG_NOSYSTEM=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}
