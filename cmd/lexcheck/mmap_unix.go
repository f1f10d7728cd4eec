//go:build unix

package main

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of the regular file f into memory, read-only,
// and returns them with the function that unmaps them, which must not be
// called while anything refers to the bytes. A file that shrinks while
// mapped makes reading past its new end fault (see [input.load]).
func mapFile(f *os.File, size int) ([]byte, func(), error) {
	b, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return b, func() { syscall.Munmap(b) }, nil
}
