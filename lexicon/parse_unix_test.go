//go:build unix

package lexicon

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadFileRefusesPipe checks that a named pipe given as a lexicon is
// refused without being opened: opening it would wait for a writer, and
// a server loading it would never start.
func TestLoadFileRefusesPipe(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "house.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := LoadFile(pipe)
	if err == nil || !strings.Contains(err.Error(), "open "+pipe+": not a regular file") {
		t.Fatalf("LoadFile(pipe) = %v, want an error saying it is not a regular file", err)
	}
}
