// Package ignore matches slash-separated paths against gitignore patterns.
//
// It implements the pattern language of gitignore(5): blank lines and lines
// starting with '#' are ignored; a trailing unescaped space is dropped; '!'
// negates a pattern; a trailing '/' matches only directories; a pattern with
// a '/' at its start or in its middle is anchored to the directory of its
// file, any other matches a name at any depth below it; '*', '?' and
// bracket expressions ("[a-z]", "[!0-9]") match within one path element;
// "**/" at the start, "/**" at the end and "/**/" in the middle match any
// number of directories; a backslash quotes the next character.
//
// A [Matcher] holds the patterns of several files (a .gitignore in each
// directory, say), each anchored at its own directory. As in git, the last
// pattern that matches a path decides, patterns of deeper files come after
// those of shallower ones, and a path inside an excluded directory stays
// excluded whatever a later pattern says about the path itself.
package ignore

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"strings"
)

// A Pattern is one parsed gitignore line.
type Pattern struct {
	elems    []string // path elements, each a path.Match pattern or "**"
	negate   bool     // '!': a match re-includes
	dirOnly  bool     // trailing '/': matches directories only
	anchored bool     // relative to the base, not at any depth
}

// ParsePattern parses one line of a gitignore file. It returns ok false for
// a blank line or a comment, and an error for a pattern that cannot match
// anything as written (an unclosed bracket expression, say), which git
// would silently ignore.
func ParsePattern(line string) (p Pattern, ok bool, err error) {
	line = strings.TrimSuffix(line, "\r")
	line = trimTrailingSpace(line)
	if line == "" || line[0] == '#' {
		return Pattern{}, false, nil
	}
	if line[0] == '!' {
		p.negate = true
		line = line[1:]
	} else if strings.HasPrefix(line, `\!`) || strings.HasPrefix(line, `\#`) {
		line = line[1:]
	}
	if strings.HasSuffix(line, "/") && !strings.HasSuffix(line, `\/`) {
		p.dirOnly = true
		line = strings.TrimRight(line, "/")
	}
	if line == "" {
		return Pattern{}, false, fmt.Errorf("pattern %q matches nothing", "/")
	}
	if i := strings.Index(line, "/"); i >= 0 {
		p.anchored = true
		line = strings.TrimPrefix(line, "/")
	}
	for _, e := range strings.Split(line, "/") {
		if e == "" {
			continue // "a//b" is "a/b", as git reads it
		}
		if e != "**" {
			e = strings.ReplaceAll(e, "**", "*")
			e = bangToCaret(e)
			if _, err := path.Match(e, ""); err != nil {
				return Pattern{}, false, fmt.Errorf("bad pattern %q: %v", line, err)
			}
		}
		p.elems = append(p.elems, e)
	}
	if !p.anchored {
		p.elems = append([]string{"**"}, p.elems...)
	}
	return p, true, nil
}

// trimTrailingSpace drops trailing spaces that are not quoted by a backslash.
func trimTrailingSpace(s string) string {
	for strings.HasSuffix(s, " ") && !strings.HasSuffix(s, `\ `) {
		s = s[:len(s)-1]
	}
	return s
}

// bangToCaret rewrites the fnmatch negation "[!...]" to path.Match's "[^...]".
func bangToCaret(e string) string {
	if !strings.Contains(e, "[!") {
		return e
	}
	var b strings.Builder
	for i := 0; i < len(e); i++ {
		switch {
		case e[i] == '\\' && i+1 < len(e):
			b.WriteString(e[i : i+2])
			i++
		case e[i] == '[' && i+1 < len(e) && e[i+1] == '!':
			b.WriteString("[^")
			i++
		default:
			b.WriteByte(e[i])
		}
	}
	return b.String()
}

// match reports whether the pattern matches the path elements rel (relative
// to the pattern's base), which name a directory when isDir is set.
func (p Pattern) match(rel []string, isDir bool) bool {
	if p.dirOnly && !isDir {
		return false
	}
	return matchElems(p.elems, rel)
}

// matchElems matches pattern elements against path elements; "**" matches
// zero or more path elements, backtracking as needed.
func matchElems(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			if len(rest) == 0 {
				return len(name) > 0 // "a/**" matches what is inside a, not a
			}
			for i := 0; i <= len(name); i++ {
				if matchElems(rest, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// A Matcher decides which paths a set of pattern files excludes. The zero
// value excludes nothing. Add patterns in order: shallower files first.
// A Matcher is not safe for concurrent Add; Match may run concurrently once
// all patterns are added.
type Matcher struct {
	files []file
}

type file struct {
	base []string // the directory the patterns are relative to
	pats []Pattern
}

// Add adds patterns relative to base, a slash-separated directory relative
// to the root the matcher's paths are given from ("" or "." for the root).
func (m *Matcher) Add(base string, pats []Pattern) {
	if len(pats) == 0 {
		return
	}
	m.files = append(m.files, file{base: split(base), pats: pats})
}

// Read reads a gitignore file from r and adds its patterns relative to base,
// skipping lines that are not valid patterns, as git does.
func (m *Matcher) Read(base string, r io.Reader) error {
	var pats []Pattern
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if p, ok, err := ParsePattern(sc.Text()); ok && err == nil {
			pats = append(pats, p)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	m.Add(base, pats)
	return nil
}

// Match reports whether the slash-separated path name (relative to the
// matcher's root) is excluded: itself, or because a directory it is in is.
// isDir says whether name is a directory.
func (m *Matcher) Match(name string, isDir bool) bool {
	if m == nil || len(m.files) == 0 {
		return false
	}
	elems := split(name)
	for i := 1; i < len(elems); i++ {
		if m.decide(elems[:i], true) {
			return true
		}
	}
	return len(elems) > 0 && m.decide(elems, isDir)
}

// decide applies the last matching pattern to elems alone.
func (m *Matcher) decide(elems []string, isDir bool) bool {
	excluded := false
	for _, f := range m.files {
		rel, ok := under(elems, f.base)
		if !ok {
			continue
		}
		for _, p := range f.pats {
			if p.match(rel, isDir) {
				excluded = !p.negate
			}
		}
	}
	return excluded
}

// under returns elems relative to base, if base is a proper ancestor.
func under(elems, base []string) ([]string, bool) {
	if len(elems) <= len(base) {
		return nil, false
	}
	for i, b := range base {
		if elems[i] != b {
			return nil, false
		}
	}
	return elems[len(base):], true
}

func split(name string) []string {
	name = path.Clean("/" + name)[1:]
	if name == "" {
		return nil
	}
	return strings.Split(name, "/")
}
