package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
