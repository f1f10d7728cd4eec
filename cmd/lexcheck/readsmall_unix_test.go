//go:build unix

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadSmallAsReadFile checks the one-read path against os.ReadFile,
// the plain way, on files of random sizes and bytes, with buffers reused
// from the pool between them; what it declines is declined.
func TestReadSmallAsReadFile(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(13, 1))
	for i := range 200 {
		size := rng.IntN(10000)
		if i%50 == 0 {
			size = 0
		}
		want := make([]byte, size)
		for j := range want {
			want[j] = byte(rng.IntN(256))
		}
		name := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, release, ok := readSmall(name, 1<<20)
		if !ok {
			t.Fatalf("file of %d bytes: declined", size)
		}
		plain, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, plain) {
			t.Fatalf("file of %d bytes: read %d bytes that differ from os.ReadFile's %d", size, len(got), len(plain))
		}
		release()
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, 5000), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, path string }{
		{"a file over the limit", big},
		{"a directory", dir},
		{"a missing file", filepath.Join(dir, "missing.txt")},
	}
	// A named pipe with no writer: a blocking open would wait for ever.
	// A directory walk reads what its listing called a regular file
	// through readSmall with no stat before, and the file may have been
	// replaced by a pipe since.
	if pipe := filepath.Join(dir, "pipe.txt"); syscall.Mkfifo(pipe, 0o644) == nil {
		cases = append(cases, struct{ name, path string }{"a named pipe", pipe})
	}
	for _, c := range cases {
		if _, _, ok := readSmall(c.path, 4096); ok {
			t.Errorf("%s: read, want declined", c.name)
		}
	}
}
