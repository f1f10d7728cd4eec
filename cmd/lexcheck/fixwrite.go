package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFixed replaces the contents of the file name, which held orig when
// it was checked, with fixed, in place: the file keeps its inode, and so
// its owner, group, mode, hard links and extended attributes. A symbolic
// link is followed. It holds an exclusive advisory lock (flock) on the
// file meanwhile, so that two runs of lexcheck --fix, or writers that
// lock, take turns.
//
// Under the lock it reads the file again. If it no longer starts with
// orig, nothing is written. What was appended after orig is kept after
// fixed, and so is what writers opening the file with O_APPEND add while
// it writes: when fixed is as long as orig or longer, the bytes up to the
// file's end are overwritten and the rest is appended, then moved in
// front of any append that got ahead of it (see appendInOrder); when
// fixed is shorter, the end is read, the file cut to its new length and
// the end appended again, which loses an append made in the moment
// between that read and the cut (a system call apart). An editor that
// replaces the file by renaming another over it while --fix runs is not
// seen: its file stays as it wrote it.
func writeFixed(name string, orig, fixed []byte) error {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file; not fixed", name)
	}
	f, err := os.OpenFile(target, os.O_RDWR, 0)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: cannot be written (%v); not fixed", name, err)
	}
	defer f.Close()
	app, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("fixing %s: %w", name, err)
	}
	defer app.Close()
	unlock, err := lockFile(f)
	if err != nil {
		return fmt.Errorf("fixing %s: locking it: %w", name, err)
	}
	defer unlock()
	now, err := readAllAt(f, 0)
	if err != nil {
		return fmt.Errorf("fixing %s: %w", name, err)
	}
	if !bytes.HasPrefix(now, orig) {
		return fmt.Errorf("%s: changed since it was checked; not fixed", name)
	}
	if err := rewrite(f, app, now, append(bytes.Clone(fixed), now[len(orig):]...)); err != nil {
		return fmt.Errorf("fixing %s: %w (the file may be part written)", name, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("fixing %s: %w", name, err)
	}
	return nil
}

// rewrite makes the file f, which held now when last read, hold want
// followed by whatever was appended to it since. app is f opened to
// append.
func rewrite(f, app *os.File, now, want []byte) error {
	from := 0 // the first byte that changes
	for from < min(len(now), len(want)) && now[from] == want[from] {
		from++
	}
	if len(want) >= len(now) {
		if _, err := f.WriteAt(want[from:len(now)], int64(from)); err != nil {
			return err
		}
		return appendInOrder(f, app, int64(len(now)), want[len(now):])
	}
	if _, err := f.WriteAt(want[from:], int64(from)); err != nil {
		return err
	}
	// The file is want, then stale bytes up to len(now), then what was
	// appended since it was read: keep those, cut the rest.
	extra, err := readAllAt(f, int64(len(now)))
	if err != nil {
		return err
	}
	if err := f.Truncate(int64(len(want))); err != nil {
		return err
	}
	return appendInOrder(f, app, int64(len(want)), extra)
}

// appendInOrder appends b to f through app, which appends, and if other
// writers appended after offset at (the end b belongs at) before b landed,
// moves b in front of what they wrote. Nothing they write is lost: every
// write but the append is within the file's length.
func appendInOrder(f, app *os.File, at int64, b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if _, err := app.Write(b); err != nil {
		return err
	}
	end, err := app.Seek(0, io.SeekCurrent) // where the append ended
	if err != nil {
		return err
	}
	landed := end - int64(len(b))
	if landed == at {
		return nil
	}
	others := make([]byte, landed-at)
	if _, err := f.ReadAt(others, at); err != nil {
		return err
	}
	_, err = f.WriteAt(append(bytes.Clone(b), others...), at)
	return err
}

// readAllAt reads f from offset off to its end.
func readAllAt(f *os.File, off int64) ([]byte, error) {
	return io.ReadAll(io.NewSectionReader(f, off, 1<<62))
}
