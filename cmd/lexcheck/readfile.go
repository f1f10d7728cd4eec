package main

import (
	"fmt"
	"io/fs"
	"os"
)

// statInput returns the file information of the file name, refusing,
// before anything opens it, what is not a regular file (a named pipe
// would block the run until something writes to it, a device may never
// end) and a file larger than maxFileBytes. A symbolic link is followed.
func statInput(name string) (fs.FileInfo, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if err := checkInputInfo(name, info); err != nil {
		return nil, err
	}
	return info, nil
}

// checkInputInfo refuses what statInput refuses, given the file's
// information.
func checkInputInfo(name string, info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsDir():
		return fmt.Errorf("%s: is a directory", name)
	case !m.IsRegular():
		return fmt.Errorf("%s: not a regular file (%s); not read", name, fileKind(m))
	case info.Size() > maxFileBytes:
		return fmt.Errorf("%s: %d bytes, larger than %d MiB; not checked", name, info.Size(), maxFileBytes>>20)
	}
	return nil
}

// fileKind names the kind of file of mode m that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a file"
}
