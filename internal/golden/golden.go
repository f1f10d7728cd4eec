// Package golden compares what a test produces with a golden file under
// testdata, and rewrites golden files when the tests run with -update:
//
//	go test ./spell/markup -update
//
// Review the rewritten files with git diff before committing them.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files with what the tests produce")

// Updating reports whether the tests run with -update, for tests that keep
// their golden data in a form of their own (a section of a txtar archive).
func Updating() bool { return *update }

// Check compares got with the golden file at path, reporting the lines
// only one of them has. With -update it writes got to path instead,
// creating its directory.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		Write(t, path, got)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it, after checking):\n%s", path, LineDiff(string(want), string(got)))
	}
}

// Write replaces the file at path with data, creating its directory: the
// data goes to a file beside it that is then renamed over it, so that a
// test stopped midway leaves the old file whole, never half of the new.
func Write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		t.Fatal(err)
	}
}

// LineDiff shows the lines only one of want and got has: "-" before a
// line of want, "+" before a line of got.
func LineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			fmt.Fprintf(&b, "-%s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			fmt.Fprintf(&b, "+%s\n", l)
		}
	}
	return b.String()
}
