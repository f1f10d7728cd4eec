package lexicon

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// MaxLineBytes is the longest lexicon line Load accepts.
const MaxLineBytes = 64 << 10

// Load parses a lexicon in the format described in the package documentation.
// name is used in errors and in [Entry.File]. A malformed line stops the
// parse with a [*ParseError]; errors reading r are returned wrapped.
func Load(r io.Reader, name string) (*Lexicon, error) { return LoadOptions{}.Load(r, name) }

// LoadOptions are options of [LoadOptions.Load]; the zero value is [Load]'s.
type LoadOptions struct {
	// Cache, if not nil, keeps the tables of a lexicon between runs (see
	// [Cache]) when they hold 1,000 spellings or more: a few hundred
	// entries if some are places, whose other names the tables hold too.
	// A lexicon merged from house lexicons that were all loaded with a
	// cache uses the first one's.
	Cache Cache

	minSpellings int // the number of derived spellings from which the tables are cached; 0 for cacheMinSpellings
}

// Load is [Load] with the options o.
func (o LoadOptions) Load(r io.Reader, name string) (*Lexicon, error) {
	data, err := readAll(r)
	if err != nil {
		// Report a malformed line read before the failure first, as a
		// line-by-line reader would have.
		if i := bytes.LastIndexByte(data, '\n'); i >= 0 {
			if _, perr := check(string(data[:i+1]), name); perr != nil {
				return nil, perr
			}
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	// data is never written again: src shares its bytes.
	src := unsafe.String(unsafe.SliceData(data), len(data))
	// With a cache, the hash keys its value (see Cache); the check is
	// what a parse would report. Both read the whole text, so they run
	// side by side.
	var sum chan [32]byte
	if o.Cache != nil {
		sum = make(chan [32]byte, 1)
		go func() { sum <- sha256.Sum256(data) }()
	}
	var at []uint64
	if len(src) < 1<<32 {
		at = make([]uint64, 0, bytes.Count(data, []byte{'\n'})+1)
	}
	n, perr := walkLines(src, name, nil, func(_ Entry, off, line int) {
		if at != nil {
			at = append(at, uint64(off)<<32|uint64(uint32(line)))
		}
	})
	if perr != nil {
		return nil, perr
	}
	l := &Lexicon{ents: &entrySet{n: n, src: src, name: name, at: at}}
	if o.Cache != nil {
		l.sources = []source{{sum: <-sum, entries: n}}
		l.cache, l.cacheMin = o.Cache, cmp.Or(o.minSpellings, cacheMinSpellings)
	}
	return l, nil
}

// readAll reads r to its end, into one buffer of the right size when r
// can say its size (an *os.File, an fs.File).
func readAll(r io.Reader) ([]byte, error) {
	size := 512
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < 1<<40 {
			size = int(fi.Size()) + 1 // one more, so that the read that meets the end does not grow it
		}
	}
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// errNotRegular is the error of a lexicon path that is not a regular file.
var errNotRegular = errors.New("not a regular file")

// LoadFile opens path and loads it as a lexicon named path; see [Load].
func LoadFile(path string) (*Lexicon, error) { return LoadOptions{}.LoadFile(path) }

// LoadFile is [LoadFile] with the options o. A path that is not a
// regular file (a named pipe, a device) is refused before it is opened,
// with an *fs.PathError: opening a pipe would wait for a writer.
func (o LoadOptions) LoadFile(path string) (*Lexicon, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return o.Load(f, path)
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
	_, err := walkLines(src, name, &pool, func(e Entry, _, line int) {
		e.File, e.Line = name, line
		entries = append(entries, e)
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// check reports what parse would: the number of entries of src, or its
// first malformed line; it builds nothing.
func check(src, name string) (int, *ParseError) {
	return walkLines(src, name, nil, nil)
}

// walkLines parses src line by line, giving each entry, the byte offset
// of its line and its line number to add (a zero Entry when pool is nil:
// see parseText), and returns the number of entries or the first
// malformed line's error. add may be nil.
func walkLines(src, name string, pool *[]string, add func(e Entry, off, line int)) (int, *ParseError) {
	line, n, off := 0, 0, 0
	for len(src) > 0 {
		line++
		lineOff := off
		text := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			text, src = src[:i], src[i+1:]
			off += i + 1
		} else {
			src = ""
		}
		// bufio.Scanner's limit, which this parser used to read with: a
		// line and its newline must fit in MaxLineBytes.
		if len(text) >= MaxLineBytes {
			return 0, &ParseError{File: name, Line: line, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes), Err: bufio.ErrTooLong}
		}
		text = strings.TrimSuffix(text, "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if pool != nil && cap(*pool)-len(*pool) < 64 {
			*pool = make([]string, 0, 4096)
		}
		e, spellings, err := parseText(text, pool)
		if err != nil {
			err.File, err.Line = name, line
			return 0, err
		}
		if spellings == 0 {
			continue // blank or comment
		}
		n++
		if add != nil {
			add(e, lineOff, line)
		}
	}
	return n, nil
}

// parseLine parses one line. It returns nil, nil for a blank or comment line.
// The returned error has only Column and Msg set.
func parseLine(b []byte) (*Entry, *ParseError) {
	var pool []string
	e, spellings, err := parseText(string(b), &pool)
	if err != nil || spellings == 0 {
		return nil, err
	}
	return &e, nil
}

// parseText parses one line, without its newline, and returns its entry
// and its number of spellings: 0 for a blank or comment line. The
// spellings are appended to *pool, and the entry's slices are views of it
// whose capacity ends with them. With a nil pool it only checks the line:
// the same errors, the same count, no entry and no allocation. The
// returned error has only Column and Msg set.
func parseText(s string, pool *[]string) (Entry, int, *ParseError) {
	if !utf8.ValidString(s) {
		col := utf8.RuneCountInString(s[:firstInvalid([]byte(s))]) + 1
		return Entry{}, 0, &ParseError{Column: col, Msg: "invalid UTF-8"}
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if isBlank(s) {
		return Entry{}, 0, nil
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
			return Entry{}, 0, &ParseError{Column: col(i), Msg: fmt.Sprintf("control character %U", r)}
		}
		i += n - 1
	}

	var e Entry
	left := s
	eq := strings.IndexByte(s, '=')
	if eq >= 0 {
		left = s[:eq]
		right := s[eq+1:]
		if j := strings.IndexByte(right, '='); j >= 0 {
			return Entry{}, 0, &ParseError{Column: col(eq + 1 + j), Msg: "more than one '='"}
		}
		if pool != nil {
			e.Original = normSpaces(right)
		}
		if isBlank(right) {
			return Entry{}, 0, &ParseError{Column: col(eq), Msg: "'=' with nothing after it"}
		}
		if isBlank(left) {
			return Entry{}, 0, &ParseError{Column: col(eq), Msg: "'=' with nothing before it"}
		}
	}

	// Split the left side into segments, each started by a mark.
	first := 0
	if pool != nil {
		first = len(*pool)
	}
	accepted, rejected := 0, 0
	start, mark, markAt := 0, byte(0), 0
	flush := func(end int) *ParseError {
		seg := left[start:end]
		blank := isBlank(seg)
		switch {
		case blank && mark == 0:
			if end < len(left) && left[end] == '|' {
				return &ParseError{Column: col(end), Msg: "'|' with nothing before it"}
			}
			return nil // a line that starts with '!'
		case blank:
			return &ParseError{Column: col(markAt), Msg: fmt.Sprintf("'%c' with nothing after it", mark)}
		case mark == '!':
			rejected++
		default:
			if rejected > 0 {
				return &ParseError{Column: col(markAt), Msg: "accepted spelling after a rejected variant; write accepted spellings first"}
			}
			accepted++
		}
		if pool != nil {
			*pool = append(*pool, normSpaces(seg))
		}
		return nil
	}
	for i := 0; i < len(left); i++ {
		c := left[i]
		if c != '|' && c != '!' {
			continue
		}
		if err := flush(i); err != nil {
			return Entry{}, 0, err
		}
		start, mark, markAt = i+1, c, i
	}
	if err := flush(len(left)); err != nil {
		return Entry{}, 0, err
	}
	if accepted == 0 && eq >= 0 {
		return Entry{}, 0, &ParseError{Column: 1, Msg: "'=' needs an accepted spelling before it"}
	}
	if pool == nil {
		return Entry{}, accepted + rejected, nil
	}
	p := *pool
	if accepted > 0 {
		e.Accepted = p[first : first+accepted : first+accepted]
	}
	if rejected > 0 {
		e.Rejected = p[first+accepted : len(p) : len(p)]
	}
	return e, accepted + rejected, nil
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
