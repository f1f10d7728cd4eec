package golden

import (
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
