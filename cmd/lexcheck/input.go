package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// maxFileBytes is the largest input checked; larger files are an error
// rather than a reason to run out of memory.
const maxFileBytes = 256 << 20

// proseExtensions are the files a directory walk checks.
var proseExtensions = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".mdx": true,
	".html": true, ".htm": true, ".xhtml": true,
}

// An input is a file to check, or standard input.
type input struct {
	name  string // as given, or found by walking; "-" for standard input
	stdin bool
}

// collect expands a command-line path into inputs: "-" is standard input,
// a file is itself, a directory is the prose files below it (skipping .git
// and other hidden directories).
func collect(path string) ([]input, []error) {
	if path == "-" {
		return []input{{name: "-", stdin: true}}, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, []error{err}
	}
	if !info.IsDir() {
		return []input{{name: path}}, nil
	}
	var ins []input
	var errs []error
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, err)
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != path && (name == ".git" || strings.HasPrefix(name, ".") || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && proseExtensions[strings.ToLower(filepath.Ext(name))] {
			ins = append(ins, input{name: p})
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(ins) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no text files to check (looked for %s)", path, extList()))
	}
	return ins, errs
}

func extList() string {
	return ".txt, .md, .markdown, .html, .htm and the like"
}

// read returns the input's bytes, refusing what is too large to check.
func (in input) read(stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if in.stdin {
		r = stdin
	} else {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", in.name)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxFileBytes+1))
	if err != nil {
		if in.stdin {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return nil, err // *fs.PathError names the file
	}
	if len(b) > maxFileBytes {
		return nil, fmt.Errorf("%s: larger than %d MiB; not checked", in.name, maxFileBytes>>20)
	}
	return b, nil
}

// isBinary reports whether src looks like a binary file: a NUL byte in its
// first 8 KiB, as git and grep decide.
func isBinary(src []byte) bool {
	head := src
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	return bytes.IndexByte(head, 0) >= 0
}

// firstInvalidUTF8 returns the line of the first invalid UTF-8 byte, and
// whether src is valid.
func firstInvalidUTF8(src []byte) (int, bool) {
	if utf8.Valid(src) {
		return 0, true
	}
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return bytes.Count(src[:i], []byte{'\n'}) + 1, false
		}
		i += n
	}
	return 0, true
}
