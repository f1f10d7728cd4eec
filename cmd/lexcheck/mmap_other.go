//go:build !unix

package main

import (
	"errors"
	"os"
)

// mapFile is not supported here: the caller reads the file instead.
func mapFile(f *os.File, size int) ([]byte, func(), error) {
	return nil, nil, errors.New("no memory-mapped files on this system")
}
