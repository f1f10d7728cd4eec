package lexicon

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLineBytes is the longest lexicon line Load accepts.
const MaxLineBytes = 64 << 10

// Load parses a lexicon in the format described in the package documentation.
// name is used in errors and in [Entry.File]. A malformed line stops the
// parse with a [*ParseError]; errors reading r are returned wrapped.
func Load(r io.Reader, name string) (*Lexicon, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		// Report a malformed line read before the failure first, as a
		// line-by-line reader would have.
		if i := bytes.LastIndexByte(data, '\n'); i >= 0 {
			if _, perr := parse(string(data[:i+1]), name); perr != nil {
				return nil, perr
			}
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	src := string(data)
	entries, perr := parse(src, name)
	if perr != nil {
		return nil, perr
	}
	l := newHouse(entries)
	l.sources = []source{{sum: sha256.Sum256(data), entries: len(entries)}}
	return l, nil
}

// LoadFile opens path and loads it as a lexicon named path; see [Load].
func LoadFile(path string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f, path)
}

// LoadFS loads the lexicon at path in fsys; see [Load].
func LoadFS(fsys fs.FS, path string) (*Lexicon, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f, path)
}

// parse parses a whole lexicon. The entries' strings are substrings of
// src, and their Accepted and Rejected slices share a few large arrays:
// a lexicon of 200,000 lines costs a handful of allocations, not a
// million.
func parse(src, name string) ([]Entry, *ParseError) {
	entries := make([]Entry, 0, strings.Count(src, "\n")+1)
	var pool []string // spellings of the entries, end to end
	line := 0
	for len(src) > 0 {
		line++
		text := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			text, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		// bufio.Scanner's limit, which this parser used to read with: a
		// line and its newline must fit in MaxLineBytes.
		if len(text) >= MaxLineBytes {
			return nil, &ParseError{File: name, Line: line, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes), Err: bufio.ErrTooLong}
		}
		text = strings.TrimSuffix(text, "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if cap(pool)-len(pool) < 64 {
			pool = make([]string, 0, 4096)
		}
		e, err := parseText(text, &pool)
		if err != nil {
			err.File, err.Line = name, line
			return nil, err
		}
		if e.Accepted == nil && e.Rejected == nil {
			continue // blank or comment
		}
		e.File, e.Line = name, line
		entries = append(entries, e)
	}
	return entries, nil
}

// parseLine parses one line. It returns nil, nil for a blank or comment line.
// The returned error has only Column and Msg set.
func parseLine(b []byte) (*Entry, *ParseError) {
	var pool []string
	e, err := parseText(string(b), &pool)
	if err != nil || e.Accepted == nil && e.Rejected == nil {
		return nil, err
	}
	return &e, nil
}

// parseText parses one line, without its newline. A blank or comment line
// gives an entry with neither Accepted nor Rejected spellings. The
// spellings are appended to *pool, and the entry's slices are views of it
// whose capacity ends with them. The returned error has only Column and
// Msg set.
func parseText(s string, pool *[]string) (Entry, *ParseError) {
	if !utf8.ValidString(s) {
		col := utf8.RuneCountInString(s[:firstInvalid([]byte(s))]) + 1
		return Entry{}, &ParseError{Column: col, Msg: "invalid UTF-8"}
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if isBlank(s) {
		return Entry{}, nil
	}
	col := func(byteOff int) int { return utf8.RuneCountInString(s[:byteOff]) + 1 }
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\t' {
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsControl(r) {
			return Entry{}, &ParseError{Column: col(i), Msg: fmt.Sprintf("control character %U", r)}
		}
		i += n - 1
	}

	var e Entry
	left := s
	if eq := strings.IndexByte(s, '='); eq >= 0 {
		left = s[:eq]
		right := s[eq+1:]
		if j := strings.IndexByte(right, '='); j >= 0 {
			return Entry{}, &ParseError{Column: col(eq + 1 + j), Msg: "more than one '='"}
		}
		e.Original = normSpaces(right)
		if e.Original == "" {
			return Entry{}, &ParseError{Column: col(eq), Msg: "'=' with nothing after it"}
		}
		if isBlank(left) {
			return Entry{}, &ParseError{Column: col(eq), Msg: "'=' with nothing before it"}
		}
	}

	// Split the left side into segments, each started by a mark.
	first := len(*pool)
	accepted, rejected := 0, 0
	start, mark, markAt := 0, byte(0), 0
	flush := func(end int) *ParseError {
		text := normSpaces(left[start:end])
		switch {
		case text == "" && mark == 0:
			if end < len(left) && left[end] == '|' {
				return &ParseError{Column: col(end), Msg: "'|' with nothing before it"}
			}
			return nil // a line that starts with '!'
		case text == "":
			return &ParseError{Column: col(markAt), Msg: fmt.Sprintf("'%c' with nothing after it", mark)}
		case mark == '!':
			rejected++
		default:
			if rejected > 0 {
				return &ParseError{Column: col(markAt), Msg: "accepted spelling after a rejected variant; write accepted spellings first"}
			}
			accepted++
		}
		*pool = append(*pool, text)
		return nil
	}
	for i := 0; i < len(left); i++ {
		c := left[i]
		if c != '|' && c != '!' {
			continue
		}
		if err := flush(i); err != nil {
			return Entry{}, err
		}
		start, mark, markAt = i+1, c, i
	}
	if err := flush(len(left)); err != nil {
		return Entry{}, err
	}
	if accepted == 0 && e.Original != "" {
		return Entry{}, &ParseError{Column: 1, Msg: "'=' needs an accepted spelling before it"}
	}
	p := *pool
	if accepted > 0 {
		e.Accepted = p[first : first+accepted : first+accepted]
	}
	if rejected > 0 {
		e.Rejected = p[first+accepted : len(p) : len(p)]
	}
	return e, nil
}

// normSpaces trims s and folds runs of white space to one space. An ASCII
// string that needs no change is returned as it is, without allocating.
func normSpaces(s string) string {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' || c == ' ' && s[i-1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// isBlank reports whether s is empty or only white space: whether
// strings.TrimSpace(s) == "", without its cost for the usual line.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s[i:]) == ""
		case c != ' ' && (c < '\t' || c > '\r'):
			return false
		}
	}
	return true
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}
