package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestHeaderName(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"a/plain.md", "a/plain.md"},
		{"a/with space.md", "a/with space.md\t"},
		{"a/new\nline.md", `"a/new\nline.md"`},
		{"a/tab\tand space.md", `"a/tab\tand space.md"` + "\t"},
		{`a/quote".md`, `"a/quote\".md"`},
		{`a/back\slash.md`, `"a/back\\slash.md"`},
		{"a/bell\a.md", `"a/bell\007.md"`},
		{"a/Бакиев.md", "a/Бакиев.md"},
	} {
		if got := headerName(c.name); got != c.want {
			t.Errorf("headerName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestDiffAppliesToOddNames checks that git apply and GNU patch both take
// what --diff prints for files whose names hold a space, a newline or a
// double quote, all in one patch.
func TestDiffAppliesToOddNames(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("these names are not allowed here")
	}
	const text, fixed = "The oppenents met.\n", "The opponents met.\n"
	names := []string{"a b.md", "new\nline.md", `quote".md`}
	for _, tool := range [][]string{{"git", "apply"}, {"patch", "-p1", "--quiet"}} {
		t.Run(tool[0], func(t *testing.T) {
			if _, err := exec.LookPath(tool[0]); err != nil {
				t.Skipf("%s not installed", tool[0])
			}
			dir := t.TempDir()
			t.Chdir(dir)
			for _, n := range names {
				if err := os.WriteFile(filepath.Join(dir, n), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			status, diff, stderr := runIn(t, "check", "--diff", ".")
			if status != exitFindings || strings.Count(diff, "\n--- ")+1 != len(names) {
				t.Fatalf("status %d, stderr %s, diff:\n%s", status, stderr, diff)
			}
			cmd := exec.Command(tool[0], tool[1:]...)
			cmd.Stdin = strings.NewReader(diff)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s\n%s", strings.Join(tool, " "), err, out, diff)
			}
			for _, n := range names {
				if b, _ := os.ReadFile(filepath.Join(dir, n)); string(b) != fixed {
					t.Errorf("%q after %s: %q", n, tool[0], b)
				}
			}
		})
	}
}
