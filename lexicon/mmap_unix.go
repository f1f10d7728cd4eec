//go:build unix

package lexicon

import (
	"errors"
	"os"
	"syscall"
	"unsafe"
)

// mapFile maps the file at path into memory, read-only, and returns its
// contents. The mapping is never removed: strings into it may outlive any
// lexicon. Cache files are replaced by renaming, never rewritten in
// place, so a mapped file does not change under its reader.
func mapFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", err
	}
	size := fi.Size()
	if size <= 0 || size != int64(int(size)) {
		return "", errors.New("empty or too large")
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return "", err
	}
	return unsafe.String(&b[0], len(b)), nil
}
