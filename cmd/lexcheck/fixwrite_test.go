//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// fixFile writes text to a new file in dir with mode perm and returns its
// name.
func fixFile(t *testing.T, dir, text string, perm os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte(text), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, perm); err != nil { // past the umask
		t.Fatal(err)
	}
	return p
}

// TestFixKeepsFile checks that --fix writes the file in place: its mode,
// its hard links and (as root) its owner and group stay.
func TestFixKeepsFile(t *testing.T) {
	dir := t.TempDir()
	p := fixFile(t, dir, "The goverment met.\n", 0o604)
	link := filepath.Join(dir, "b.txt")
	if err := os.Link(p, link); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	root := os.Getuid() == 0
	if root {
		if err := os.Chown(p, 1234, 1234); err != nil {
			t.Fatal(err)
		}
	}
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if status := run([]string{"check", "--fix", p}, nil, &bytes.Buffer{}, &stderr); status != exitClean {
		t.Fatalf("status %d, stderr %s", status, stderr.String())
	}
	after, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{p, link} {
		if b, _ := os.ReadFile(name); string(b) != "The government met.\n" {
			t.Errorf("%s now %q", name, b)
		}
	}
	if !os.SameFile(before, after) {
		t.Errorf("the file was replaced: its hard link %s is no longer the same file", link)
	}
	if after.Mode() != before.Mode() {
		t.Errorf("mode %v, want %v", after.Mode(), before.Mode())
	}
	a, b := after.Sys().(*syscall.Stat_t), before.Sys().(*syscall.Stat_t)
	if a.Uid != b.Uid || a.Gid != b.Gid {
		t.Errorf("owner %d:%d, want %d:%d", a.Uid, a.Gid, b.Uid, b.Gid)
	}
	if !root {
		t.Log("not root: the owner was not changed before the fix")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestFixKeepsAppends fixes a file while another writer appends lines to
// it, as a log or a feed might, many times over: every line appended,
// before the fix or during it, is there afterwards, once and in order,
// after the fixed text.
func TestFixKeepsAppends(t *testing.T) {
	const (
		trials = 30
		lines  = 80 // appended in each trial
	)
	text := strings.Repeat("The goverment met the oppenents in Osh.\n", 200)
	dir := t.TempDir()
	for trial := range trials {
		p := fixFile(t, dir, text, 0o644)
		w, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		wg.Add(1)
		started := make(chan struct{})
		go func() {
			defer wg.Done()
			for i := range lines {
				if i == lines/4 {
					close(started)
				}
				fmt.Fprintf(w, "appended %d\n", i)
				time.Sleep(20 * time.Microsecond)
			}
		}()
		<-started
		orig, err := os.ReadFile(p) // what the check read
		if err != nil {
			t.Fatal(err)
		}
		fixed := bytes.ReplaceAll(orig, []byte("goverment"), []byte("government"))
		werr := writeFixed(p, orig, fixed)
		wg.Wait()
		w.Close()
		if werr != nil {
			t.Fatalf("trial %d: %v", trial, werr)
		}
		got, _ := os.ReadFile(p)
		want := strings.ReplaceAll(text, "goverment", "government")
		for i := range lines {
			want += fmt.Sprintf("appended %d\n", i)
		}
		if string(got) != want {
			t.Fatalf("trial %d: file ends %q…, want %q…", trial, tail(got), tail([]byte(want)))
		}
	}
}

func tail(b []byte) string { return string(b[max(len(b)-200, 0):]) }

// TestFixShorterKeepsTail checks a fix that shortens the file: what was
// appended after the check is kept after the fixed text.
func TestFixShorterKeepsTail(t *testing.T) {
	p := fixFile(t, t.TempDir(), "He said the the word.\n", 0o644)
	orig := []byte("He said the the word.\n")
	if f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0); err == nil {
		f.WriteString("appended\n")
		f.Close()
	}
	if err := writeFixed(p, orig, []byte("He said the word.\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "He said the word.\nappended\n" {
		t.Errorf("file now %q", b)
	}
}
