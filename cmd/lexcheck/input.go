package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/cmd/internal/ignore"
	"github.com/lexcheck/lexcheck/spell"
)

// maxFileBytes is the largest input checked; larger files are an error
// rather than a reason to run out of memory.
const maxFileBytes = 256 << 20

// proseExtensions are the files a directory walk checks.
var proseExtensions = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".mdx": true,
	".html": true, ".htm": true, ".xhtml": true,
}

// An input is a file to check, or standard input, with the configuration
// and checker that apply to it.
type input struct {
	name    string // as given, or found by walking; "-" for standard input
	key     string // the file's absolute path with symbolic links resolved; "-" for standard input
	stdin   bool
	walked  bool // found by walking a directory, whose listing said it is a regular file
	cfg     *config.Config
	checker *spell.Checker
}

// collect expands a command-line path into inputs: "-" is standard input,
// a file is itself, a directory is the prose files below it, skipping .git
// and other hidden directories, node_modules and what .gitignore files
// ignore. Named or walked, a file is not checked when its configuration
// excludes it or when it is one of the house lexicons in force for it
// (see [setup.configure]). Every configuration error met is returned.
func collect(path string, s *setup) ([]input, []error) {
	if path == "-" {
		in := input{name: "-", key: "-", stdin: true}
		if _, err := s.configure(&in, workDir()); err != nil {
			return nil, []error{err}
		}
		return []input{in}, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, []error{err}
	}
	if !info.IsDir() {
		in := input{name: path, key: realPath(path)}
		ok, err := s.configure(&in, filepath.Dir(path))
		if err != nil {
			return nil, []error{err}
		}
		if !ok {
			return nil, nil
		}
		return []input{in}, nil
	}
	var ins []input
	var errs []error
	ig := newGitignore(path)
	root := realPath(path) // a walk follows no links below it
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
			if p == path {
				ig.enter(p)
				return nil
			}
			if name == ".git" || strings.HasPrefix(name, ".") || name == "node_modules" || ig.ignored(p, true) {
				return filepath.SkipDir
			}
			c, err := s.configFor(filepath.Dir(p))
			if err != nil {
				errs = append(errs, err)
			} else if c.Excluded(p, true) {
				return filepath.SkipDir
			}
			ig.enter(p)
			return nil
		}
		if !d.Type().IsRegular() || !proseExtensions[strings.ToLower(filepath.Ext(name))] || ig.ignored(p, false) {
			return nil
		}
		in := input{name: p, key: root, walked: true}
		if rel, err := filepath.Rel(path, p); err == nil {
			in.key = filepath.Join(root, rel)
		}
		ok, err := s.configure(&in, filepath.Dir(p))
		if err != nil {
			errs = append(errs, err)
		}
		if ok {
			ins = append(ins, in)
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

// collectAll collects the inputs of every path of a command line (see
// [collect]), each file once: a file named twice, named and also found in
// a directory, or reached through a symbolic link is read the first time
// only, so that --fix does not fix it twice. It reports the errors to
// stderr and whether there were any.
func collectAll(paths []string, s *setup, stderr io.Writer) (ins []input, failed bool) {
	seen := map[string]bool{}
	for _, p := range paths {
		in, errs := collect(p, s)
		for _, e := range errs {
			fmt.Fprintf(stderr, "lexcheck: %v\n", e)
			failed = true
		}
		for _, i := range in {
			if !seen[i.key] {
				seen[i.key] = true
				ins = append(ins, i)
			}
		}
	}
	return ins, failed
}

// realPath returns the absolute form of p with symbolic links resolved:
// those of its directory alone when p does not exist.
func realPath(p string) string {
	abs := absDir(p)
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(d, filepath.Base(abs))
	}
	return abs
}

// gitignore holds the .gitignore patterns that apply during one directory
// walk: those of the directories above the walk's root, up to the top of
// its git work tree (with .git/info/exclude), and those met on the way.
// Without a work tree, only the files inside the walk apply.
type gitignore struct {
	top     string // absolute directory the matcher's paths are relative to
	root    string // the walk's root, as the walk names it
	absRoot string // its absolute form
	matcher ignore.Matcher
}

func newGitignore(root string) *gitignore {
	abs := absDir(root)
	top := abs
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			top = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	g := &gitignore{top: top, root: filepath.Clean(root), absRoot: abs}
	g.read(filepath.Join(top, ".git", "info", "exclude"), "")
	if top != abs {
		rel, _ := filepath.Rel(top, filepath.Dir(abs))
		dir, base := top, ""
		g.read(filepath.Join(dir, ".gitignore"), base)
		if rel != "." {
			for _, e := range strings.Split(rel, string(filepath.Separator)) {
				dir = filepath.Join(dir, e)
				base = path.Join(base, e)
				g.read(filepath.Join(dir, ".gitignore"), base)
			}
		}
	}
	return g
}

// rel returns p (a path as the walk names it) relative to g.top, with
// forward slashes.
func (g *gitignore) rel(p string) string {
	r, err := filepath.Rel(g.top, g.abs(p))
	if err != nil {
		return ""
	}
	return filepath.ToSlash(r)
}

// abs returns the absolute form of p, a path the walk names: below the
// root it is joined to the root's absolute form, which filepath.Abs would
// find again for each file by asking the system for the working
// directory (two system calls a file, a tenth of a check of many small
// files).
func (g *gitignore) abs(p string) string {
	if g.root == "." && filepath.IsLocal(p) {
		return filepath.Join(g.absRoot, p) // the walk of "." names "a/b" for ./a/b
	}
	if rest, ok := strings.CutPrefix(p, g.root); ok && (rest == "" || os.IsPathSeparator(rest[0])) {
		return filepath.Join(g.absRoot, rest)
	}
	return absDir(p)
}

// enter reads the .gitignore of directory dir, if it has one.
func (g *gitignore) enter(dir string) {
	g.read(filepath.Join(dir, ".gitignore"), g.rel(dir))
}

func (g *gitignore) read(file, base string) {
	f, err := os.Open(file)
	if err != nil {
		return // none, or unreadable: git passes over it too
	}
	defer f.Close()
	g.matcher.Read(base, f)
}

func (g *gitignore) ignored(p string, isDir bool) bool {
	r := g.rel(p)
	return r != "" && r != "." && !strings.HasPrefix(r, "../") && g.matcher.Match(r, isDir)
}

func extList() string {
	return ".txt, .md, .markdown, .html, .htm and the like"
}

// read returns the input's bytes, refusing what is too large to check.
func (in input) read(stdin io.Reader) ([]byte, error) {
	b, _, err := in.open(stdin, false)
	return b, err
}

// load is read, mapping a large regular file into memory instead of
// copying it. It returns a function that frees the bytes, to be called
// once nothing refers to them (never, if they are kept to the end). A
// mapped file that shrinks while it is checked makes reading past its
// new end fault: the caller turns that into an error (see checkLoaded).
func (in input) load(stdin io.Reader) ([]byte, func(), error) {
	return in.open(stdin, true)
}

// mapMin is the size from which load maps a file rather than reading it:
// mapping spares copying a large file into fresh memory, page by page;
// for a small file its system calls cost more than the copy.
const mapMin = 1 << 20

// open returns the input's bytes (mapped, if mapping and the file is
// large) and the function that frees them.
func (in input) open(stdin io.Reader, mapping bool) ([]byte, func(), error) {
	none := func() {}
	var r io.Reader
	size := 0 // the file's size, if known: read into a buffer of that size, not a growing one
	if in.stdin {
		r = stdin
	} else {
		// Bytes that are freed when checked may come from a pool. A file
		// the directory listing calls regular is opened at once (without
		// blocking, in case it was replaced by a pipe since): readSmall
		// reads it only if it is still regular and small.
		if mapping && in.walked {
			if b, release, ok := readSmall(in.name, mapMin); ok {
				return b, release, nil
			}
		}
		// Otherwise only a regular file is opened: opening a named pipe blocks.
		if _, err := statInput(in.name); err != nil {
			return nil, none, err
		}
		if mapping && !in.walked {
			if b, release, ok := readSmall(in.name, mapMin); ok {
				return b, release, nil
			}
		}
		f, err := os.Open(in.name)
		if err != nil {
			return nil, none, err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, none, err
		}
		if err := checkInputInfo(in.name, info); err != nil {
			return nil, none, err // replaced since it was looked at
		}
		size = int(info.Size())
		if mapping && info.Size() >= mapMin {
			if b, release, err := mapFile(f, size); err == nil {
				return b, release, nil
			}
		}
		r = f
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, maxFileBytes+1))
	b := buf.Bytes()
	if err != nil {
		if in.stdin {
			return nil, none, fmt.Errorf("reading standard input: %w", err)
		}
		return nil, none, err // *fs.PathError names the file
	}
	if len(b) > maxFileBytes {
		return nil, none, fmt.Errorf("%s: larger than %d MiB; not checked", in.name, maxFileBytes>>20)
	}
	return b, none, nil
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
