// Package lexcache keeps the tables of large house lexicons in files
// under a directory between runs of lexcheck: the [lexicon.Cache] that
// lexcheck check and serve load house lexicons with.
package lexcache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"
)

// keep is the number of cache files kept in a directory, the most
// recently used.
const keep = 8

// maxSize is the largest cache file read: a value's sections are
// addressed by 32-bit offsets, so no valid one is larger.
const maxSize = 1 << 32

// A Dir is a directory of cache files, one a value. It implements
// [lexicon.Cache]. A file is written to a temporary name and renamed, so
// a reader never sees part of one; it is read whole into memory, never
// mapped, so a file cut short or replaced while a program uses its
// tables cannot harm that program. Anything but a regular file where a
// cache file should be is not opened. At most 8 files are kept.
type Dir struct {
	dir  string
	salt string // the running program's identity: another build's values are other files
}

// New returns the cache in dir for the running program: its files are
// named by the key and by the executable's path, size and modification
// time, so that a rebuilt program, with other code or another embedded
// default, never reads an older program's tables. It fails when the
// executable cannot be found.
func New(dir string) (*Dir, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return nil, err
	}
	return &Dir{dir: dir, salt: exe + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" +
		fi.ModTime().UTC().Format(time.RFC3339Nano)}, nil
}

// path returns the path of key's file.
func (c *Dir) path(key string) string {
	sum := sha256.Sum256([]byte(c.salt + "\x00" + key))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:])+".idx")
}

// Get returns the contents of key's file.
func (c *Dir) Get(key string) ([]byte, error) {
	path := c.path(key)
	b, err := readRegular(path)
	if err != nil {
		return nil, err
	}
	// Keep a file in use among the most recently used (see prune),
	// touching it at most once a day.
	if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) > 24*time.Hour {
		now := time.Now()
		os.Chtimes(path, now, now)
	}
	return b, nil
}

// readRegular reads the regular file at path whole; anything else at
// path (a FIFO, a device, a directory, a link) is an error, and is never
// read.
func readRegular(path string) ([]byte, error) {
	before, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !before.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || !os.SameFile(before, fi) {
		return nil, fmt.Errorf("%s: replaced while opened", path)
	}
	if fi.Size() > maxSize {
		return nil, fmt.Errorf("%s: larger than any cache file", path)
	}
	b := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err) // cut short while read
	}
	return b, nil
}

// Put writes value to key's file, then removes the least recently used
// files beyond the 8 kept.
func (c *Dir) Put(key string, value []byte) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(c.dir, ".tmp-*.idx")
	if err != nil {
		return err
	}
	_, err = f.Write(value)
	err = errors.Join(err, f.Close())
	if err == nil {
		err = os.Rename(f.Name(), c.path(key))
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	c.prune()
	return nil
}

// prune removes all but the newest cache files in c, and temporary
// files a killed writer left over a day ago.
func (c *Dir) prune() {
	des, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, de := range des {
		name := de.Name()
		fi, err := de.Info()
		if err != nil || !fi.Mode().IsRegular() || filepath.Ext(name) != ".idx" {
			continue
		}
		p := filepath.Join(c.dir, name)
		if name[0] == '.' {
			if time.Since(fi.ModTime()) > 24*time.Hour {
				os.Remove(p)
			}
			continue
		}
		files = append(files, file{p, fi.ModTime()})
	}
	slices.SortFunc(files, func(a, b file) int { return b.mod.Compare(a.mod) })
	for i := keep; i < len(files); i++ {
		os.Remove(files[i].path)
	}
}
