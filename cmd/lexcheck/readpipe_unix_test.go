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
	pipe := filepath.Join(dir, "p.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("The goverment met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A writer that opens the FIFO once something opens it to read.
	go func() {
		if w, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
	}()
	defer func() {
		// Let the writer go if nothing opened the FIFO to read.
		if r, err := os.OpenFile(pipe, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			r.Close()
		}
	}()
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
	pipe := filepath.Join(dir, "house.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("Colonel Qaddafi met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	go func() { // unblocks an open for reading, if there is one
		if w, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			w.WriteString("Gaddafi !Qaddafi\n")
			w.Close()
		}
	}()
	defer func() {
		if r, err := os.OpenFile(pipe, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
			r.Close()
		}
	}()
	var stderr bytes.Buffer
	if status := run([]string{"check", "--lexicon", pipe, text}, nil, &bytes.Buffer{}, &stderr); status != exitError {
		t.Errorf("status %d, want %d", status, exitError)
	}
	if want := "open " + pipe + ": not a regular file"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want it to say %q", stderr.String(), want)
	}
}
