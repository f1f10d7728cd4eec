package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Options change how a file is read.
type Options struct {
	// OutsideLexicons lets lexicons name files outside the repository:
	// absolute paths, and relative ones that climb out of it. Without it
	// they are errors, so that a configuration in a repository cannot make
	// lexcheck read (and quote, in its errors) files elsewhere on the
	// machine that runs it.
	OutsideLexicons bool
}

// repoRoot returns the directory lexicons of a file in dir must stay
// within: the top of the git work tree that holds dir, or dir itself
// outside one.
func repoRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return abs
		}
	}
}

// lexiconPath returns the lexicon name f of the file as a path: relative
// to the file's directory, or absolute. Unless o allows it, f must stay
// inside the repository, also once symbolic links are resolved.
func (c *Config) lexiconPath(f string, o Options) (string, error) {
	native := filepath.FromSlash(f)
	if filepath.IsAbs(native) || strings.HasPrefix(f, "/") {
		if o.OutsideLexicons {
			return native, nil
		}
		return "", fmt.Errorf("lexicons: %q is an absolute path; name lexicons relative to this file, inside the repository (--allow-outside-lexicons allows others)", f)
	}
	p := filepath.Join(c.Dir, native)
	if o.OutsideLexicons {
		return p, nil
	}
	root := repoRoot(c.Dir)
	for _, q := range []string{p, resolved(p)} {
		if !within(root, q) {
			return "", fmt.Errorf("lexicons: %q is outside the repository %s (--allow-outside-lexicons allows it)", f, root)
		}
	}
	return p, nil
}

// resolved returns p with the symbolic links of its longest existing
// part resolved.
func resolved(p string) string {
	rest := ""
	for d := filepath.Clean(p); ; d = filepath.Dir(d) {
		if r, err := filepath.EvalSymlinks(d); err == nil {
			return filepath.Join(r, rest)
		}
		if filepath.Dir(d) == d {
			return p
		}
		rest = filepath.Join(filepath.Base(d), rest)
	}
}

// within reports whether path p is root or below it.
func within(root, p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	rootR := resolved(root)
	for _, r := range []string{root, rootR} {
		rel, err := filepath.Rel(r, abs)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// maxNesting is the deepest nesting of arrays and inline tables a file may
// have: the TOML decoder's time grows fast with it (8,000 levels took 13
// seconds), and a configuration needs two.
const maxNesting = 32

// checkNesting returns a *ParseError at the first bracket or brace of data
// that opens more than maxNesting arrays and inline tables, skipping
// strings and comments.
func checkNesting(name string, data []byte) error {
	depth, line, col := 0, 1, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		col++
		switch c {
		case '\n':
			line, col = line+1, 0
		case '#':
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			// A string, perhaps multi-line ("""...""" or '''...''').
			quote := string(data[i : i+1])
			if strings.HasPrefix(string(data[i:]), strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
			}
			j := i + len(quote)
			for j < len(data) && !strings.HasPrefix(string(data[j:min(j+len(quote), len(data))]), quote) {
				if data[j] == '\\' && c == '"' {
					j++
				} else if data[j] == '\n' {
					if len(quote) == 1 {
						break // unterminated: the decoder reports it
					}
					line, col = line+1, 0
				}
				j++
			}
			col += j + len(quote) - i - 1
			i = j + len(quote) - 1
		case '[', '{':
			depth++
			if depth > maxNesting {
				return &ParseError{File: name, Line: line, Column: col, Msg: fmt.Sprintf("arrays and tables nested more than %d deep", maxNesting)}
			}
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return nil
}
