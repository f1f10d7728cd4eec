package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLineDiff(t *testing.T) {
	tests := []struct{ want, got, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nb\n", "a\nc\n", "-b\n+c\n"},
		{"a\n", "a\nb\n", "+b\n"},
	}
	for _, tt := range tests {
		if d := LineDiff(tt.want, tt.got); d != tt.diff {
			t.Errorf("LineDiff(%q, %q) = %q, want %q", tt.want, tt.got, d, tt.diff)
		}
	}
}

func TestCheck(t *testing.T) {
	if Updating() {
		t.Skip("nothing to compare while updating")
	}
	Check(t, filepath.Join("testdata", "same.golden"), []byte("one line\n"))
	var ft fakeT
	Check(&ft, filepath.Join("testdata", "same.golden"), []byte("another line\n"))
	if !ft.failed {
		t.Error("a different output passed")
	}
}

// fakeT records a failure instead of failing the test.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.failed = true }

// TestWrite checks that Write creates the file's directory, replaces what
// the file held, and leaves no file of its own beside it.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "data.idx")
	for _, data := range []string{"first, longer than the second\n", "second\n"} {
		Write(t, path, []byte(data))
		got, err := os.ReadFile(path)
		if err != nil || string(got) != data {
			t.Fatalf("after Write(%q): %q, %v", data, got, err)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil || len(entries) != 1 {
		t.Errorf("the directory holds %v (%v), want data.idx alone", entries, err)
	}
}
