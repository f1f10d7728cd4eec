//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeRefused names a FIFO beside an ordinary file: the FIFO is
// refused without being opened, and the other file is still checked.
// Before, opening the FIFO blocked the run; here a writer waiting on the
// FIFO would unblock it, so the check would read it as an empty file.
func TestNamedPipeRefused(t *testing.T) {
	dir := t.TempDir()
	pipe := waitingFIFO(t, filepath.Join(dir, "p.txt"), "")
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("The goverment met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	status := run([]string{"check", pipe, text}, nil, &stdout, &stderr)
	if status != exitError {
		t.Errorf("status %d, want %d", status, exitError)
	}
	if want := pipe + ": not a regular file (a named pipe); not read"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want it to say %q", stderr.String(), want)
	}
	if !strings.Contains(stdout.String(), `"goverment"`) {
		t.Errorf("the other file was not checked: stdout %q", stdout.String())
	}
}

// TestNamedPipeLexicon names a FIFO as a house lexicon: it is refused
// without being opened (before, opening it blocked the run).
func TestNamedPipeLexicon(t *testing.T) {
	dir := t.TempDir()
	pipe := waitingFIFO(t, filepath.Join(dir, "house.txt"), "Gaddafi !Qaddafi\n")
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("Colonel Qaddafi met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if status := run([]string{"check", "--lexicon", pipe, text}, nil, &bytes.Buffer{}, &stderr); status != exitError {
		t.Errorf("status %d, want %d", status, exitError)
	}
	if want := "open " + pipe + ": not a regular file"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want it to say %q", stderr.String(), want)
	}
}

// waitingFIFO makes a named pipe at path with a writer waiting on it: a
// program that opens the pipe to read gets content, and is not blocked,
// so a test that fails shows the read rather than hanging. The writer is
// let go when the test ends, if nothing opened the pipe. It skips the
// test where no pipe can be made.
func waitingFIFO(t *testing.T, path, content string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	go func() {
		if w, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
			w.WriteString(content)
			w.Close()
		}
	}()
	t.Cleanup(func() {
		if r, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			r.Close()
		}
	})
	return path
}
