package lexicon

import (
	"bufio"
	"bytes"
	"errors"
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
	entries, err := parse(r, name)
	if err != nil {
		return nil, err
	}
	return newHouse(entries), nil
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

func parse(r io.Reader, name string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	var entries []Entry
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\uFEFF"))
		}
		e, err := parseLine(text)
		if err != nil {
			err.File, err.Line = name, line
			return nil, err
		}
		if e == nil {
			continue
		}
		e.File, e.Line = name, line
		entries = append(entries, *e)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ParseError{File: name, Line: line + 1, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes), Err: err}
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return entries, nil
}

// parseLine parses one line. It returns nil, nil for a blank or comment line.
// The returned error has only Column and Msg set.
func parseLine(b []byte) (*Entry, *ParseError) {
	if !utf8.Valid(b) {
		col := utf8.RuneCount(b[:firstInvalid(b)]) + 1
		return nil, &ParseError{Column: col, Msg: "invalid UTF-8"}
	}
	s := string(b)
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	col := func(byteOff int) int { return utf8.RuneCountInString(s[:byteOff]) + 1 }
	for i, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			return nil, &ParseError{Column: col(i), Msg: fmt.Sprintf("control character %U", r)}
		}
	}

	e := &Entry{}
	left := s
	if eq := strings.IndexByte(s, '='); eq >= 0 {
		left = s[:eq]
		right := s[eq+1:]
		if j := strings.IndexByte(right, '='); j >= 0 {
			return nil, &ParseError{Column: col(eq + 1 + j), Msg: "more than one '='"}
		}
		e.Original = normSpaces(right)
		if e.Original == "" {
			return nil, &ParseError{Column: col(eq), Msg: "'=' with nothing after it"}
		}
		if strings.TrimSpace(left) == "" {
			return nil, &ParseError{Column: col(eq), Msg: "'=' with nothing before it"}
		}
	}

	// Split the left side into segments, each started by a mark.
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
			e.Rejected = append(e.Rejected, text)
		default:
			if len(e.Rejected) > 0 {
				return &ParseError{Column: col(markAt), Msg: "accepted spelling after a rejected variant; write accepted spellings first"}
			}
			e.Accepted = append(e.Accepted, text)
		}
		return nil
	}
	for i := 0; i < len(left); i++ {
		c := left[i]
		if c != '|' && c != '!' {
			continue
		}
		if err := flush(i); err != nil {
			return nil, err
		}
		start, mark, markAt = i+1, c, i
	}
	if err := flush(len(left)); err != nil {
		return nil, err
	}
	if len(e.Accepted) == 0 && e.Original != "" {
		return nil, &ParseError{Column: 1, Msg: "'=' needs an accepted spelling before it"}
	}
	return e, nil
}

// normSpaces trims s and folds runs of white space to one space.
func normSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
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
