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
