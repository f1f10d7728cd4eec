package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeRefused names a FIFO beside an ordinary file: the FIFO is
// refused without being opened, and the other file is still checked.
// Before, opening the FIFO blocked the run; here a writer waiting on the
// FIFO would unblock it, so the check would read it as an empty file.
func TestNamedPipeRefused(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no named pipes here")
	}
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

// TestOversizedRefusedBySize checks that a file over the size limit is
// refused by its size, which the message gives: it is not read first.
func TestOversizedRefusedBySize(t *testing.T) {
	file := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: no disk space is used.
	if err := f.Truncate(maxFileBytes + 1); err != nil {
		t.Skipf("truncate: %v", err)
	}
	f.Close()
	in := input{name: file, key: file}
	for _, mapping := range []bool{false, true} {
		_, _, err := in.open(nil, mapping)
		want := fmt.Sprintf("%s: %d bytes, larger than %d MiB; not checked", file, maxFileBytes+1, maxFileBytes>>20)
		if err == nil || err.Error() != want {
			t.Errorf("open(mapping %v): error %v, want %q", mapping, err, want)
		}
	}
}

// TestDeviceRefused names a character device.
func TestDeviceRefused(t *testing.T) {
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Skipf("%s is not a character device here", os.DevNull)
	}
	var stderr bytes.Buffer
	if status := run([]string{"check", os.DevNull}, nil, &bytes.Buffer{}, &stderr); status != exitError {
		t.Errorf("status %d, want %d", status, exitError)
	}
	if want := os.DevNull + ": not a regular file (a character device); not read"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want it to say %q", stderr.String(), want)
	}
}

// TestNamedPipeLexicon names a FIFO as a house lexicon: it is refused
// without being opened (before, opening it blocked the run).
func TestNamedPipeLexicon(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no named pipes here")
	}
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
