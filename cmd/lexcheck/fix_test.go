//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fixHelperEnv names the file TestFixHelper fixes, in a process of its own.
const fixHelperEnv = "LEXCHECK_TEST_FIX_FILE"

// TestFixHelper is not a test: run by TestFixUnwritable as another user,
// with fixHelperEnv set, it runs lexcheck check --fix on that file.
func TestFixHelper(t *testing.T) {
	p := os.Getenv(fixHelperEnv)
	if p == "" {
		return
	}
	os.Exit(run([]string{"check", "--fix", p}, nil, os.Stdout, os.Stderr))
}

// TestFixUnwritable checks that --fix leaves a file the user may not write,
// in a directory the user may write, as it is: renaming a new file over it
// would succeed. As root, which may write any file, the fix runs as the
// user nobody on a file of root's.
func TestFixUnwritable(t *testing.T) {
	dir, err := os.MkdirTemp("", "lexcheck-fix-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "a.md")
	const text = "The oppenents met.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}

	var status int
	var stderr string
	if os.Getuid() != 0 {
		if err := os.Chmod(p, 0o444); err != nil {
			t.Fatal(err)
		}
		var errOut bytes.Buffer
		status = run([]string{"check", "--fix", p}, nil, io.Discard, &errOut)
		stderr = errOut.String()
	} else {
		// The test binary, where nobody may run it.
		self, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		bin := filepath.Join(dir, "lexcheck.test")
		b, err := os.ReadFile(self)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bin, b, 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-test.run=^TestFixHelper$")
		cmd.Env = append(os.Environ(), fixHelperEnv+"="+p)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		err = cmd.Run()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			status = exit.ExitCode()
		case err != nil:
			t.Skipf("cannot run as nobody: %v", err)
		}
		stderr = errOut.String()
	}
	if status != exitError || !strings.Contains(stderr, p+": cannot be written (permission denied); not fixed") {
		t.Errorf("status %d, stderr:\n%s", status, stderr)
	}
	if b, err := os.ReadFile(p); err != nil || string(b) != text {
		t.Errorf("file now %q (%v)", b, err)
	}
	if info, err := os.Stat(p); err == nil && int(info.Sys().(*syscall.Stat_t).Uid) != os.Getuid() {
		t.Errorf("the file changed owner: %+v", info.Sys())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestPatchPath(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"a.md", "a.md"},
		{"./x/../a.md", "a.md"},
		{"/w/s/a b.md", "s/a b.md"},
		{"/w", "."},
		{"/tmp/x.md", "../tmp/x.md"},
		{"../o/x.md", "../o/x.md"},
	} {
		if got := patchPath("/w", tt.name); got != tt.want {
			t.Errorf("patchPath(/w, %q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDiffApplies checks that git apply takes what --diff prints for a
// file named by an absolute path or with "..": as it is for a file below
// the working directory, with --unsafe-paths for one outside it.
func TestDiffApplies(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	const text, fixed = "The oppenents met.\n", "The opponents met.\n"
	work, other := t.TempDir(), t.TempDir()
	t.Chdir(work)
	tests := []struct {
		file, arg string // the file, and how the command line names it
		header    string // the diff's first line
		unsafe    bool   // git apply needs --unsafe-paths
	}{
		{filepath.Join(work, "sub", "a.md"), filepath.Join(work, "sub", "a.md"), "--- a/sub/a.md", false},
		{filepath.Join(work, "sub", "b.md"), "sub/../sub/b.md", "--- a/sub/b.md", false},
		{filepath.Join(other, "c.md"), filepath.Join(other, "c.md"), "--- a/" + patchPath(work, filepath.Join(other, "c.md")), true},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			if err := os.MkdirAll(filepath.Dir(tt.file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(tt.file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			status, diff, stderr := runIn(t, "check", "--diff", tt.arg)
			if status != 1 || !strings.HasPrefix(diff, tt.header+"\n") {
				t.Fatalf("status %d, stderr %s, diff:\n%s", status, stderr, diff)
			}
			args := []string{"apply"}
			if tt.unsafe {
				args = append(args, "--unsafe-paths")
			}
			cmd := exec.Command("git", args...)
			cmd.Stdin = strings.NewReader(diff)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("git %s: %v\n%s\n%s", strings.Join(args, " "), err, out, diff)
			}
			if b, _ := os.ReadFile(tt.file); string(b) != fixed {
				t.Errorf("after git apply: %q", b)
			}
		})
	}
}

// TestReportPaths checks that SARIF and GitHub annotations name a file
// given by an absolute path, or with "..", relative to the working
// directory when it is inside it.
func TestReportPaths(t *testing.T) {
	abs, err := filepath.Abs(fixture)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(abs)
	for _, arg := range []string{filepath.Join(abs, "articles", "unrest.md"), "vendor/../articles/unrest.md"} {
		_, sarif, _ := runIn(t, "check", "--format", "sarif", arg)
		_, github, _ := runIn(t, "check", "--format", "github", arg)
		if !strings.Contains(sarif, `"uri": "articles/unrest.md"`) || !strings.Contains(github, "file=articles/unrest.md,") {
			t.Errorf("%s: SARIF:\n%s\nGitHub:\n%s", arg, sarif, github)
		}
	}
}

// TestSameFileTwice checks that a file named twice on the command line,
// through a symbolic link, or by name and inside a directory, is checked
// and fixed once.
func TestSameFileTwice(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string // relative to a directory holding a.md and link.md, a link to it
	}{
		{"twice", []string{"a.md", "a.md"}},
		{"cleaned", []string{"a.md", "./sub/../a.md"}},
		{"link", []string{"a.md", "link.md"}},
		{"in a directory", []string{"a.md", "."}},
		{"directory first", []string{".", "link.md"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.md")
			if err := os.WriteFile(p, []byte("The oppenents met.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("a.md", filepath.Join(dir, "link.md")); err != nil {
				t.Fatal(err)
			}
			t.Chdir(dir)
			status, out, _ := runIn(t, append([]string{"check"}, tt.args...)...)
			if status != 1 || strings.Count(out, "\n") != 1 {
				t.Errorf("check: status %d, findings:\n%s", status, out)
			}
			status, out, stderr := runIn(t, append([]string{"check", "--fix"}, tt.args...)...)
			if status != 0 || out != "" || strings.Count(stderr, "fixed 1") != 1 || strings.Contains(stderr, "changed since") {
				t.Errorf("--fix: status %d, stdout %q, stderr:\n%s", status, out, stderr)
			}
			if b, _ := os.ReadFile(p); string(b) != "The opponents met.\n" {
				t.Errorf("file now %q", b)
			}
		})
	}
}
