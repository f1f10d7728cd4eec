package markup

import (
	"bytes"
	"strings"
)

// proseKey reports whether the values of a front-matter key are prose.
func proseKey(k []byte) bool {
	switch strings.ToLower(string(k)) {
	case "title", "description", "summary", "subtitle", "caption":
		return true
	}
	return false
}

// frontMatter recognizes YAML ("---") or TOML ("+++") front matter at the
// start of a Markdown document (after an optional byte order mark), keeps
// the values of its prose keys in out, and returns where the front matter
// ends (after the closing delimiter's line break), or 0 if there is none.
// Front matter without a closing delimiter is not front matter.
func frontMatter(out, src []byte) int {
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	le := lineEnd(src, start)
	delim := string(bytes.TrimRight(src[start:le], " \t\r"))
	if delim != "---" && delim != "+++" {
		return 0
	}
	body := le + 1
	for ls := body; ls < len(src); {
		e := lineEnd(src, ls)
		line := string(bytes.TrimRight(src[ls:e], " \t\r"))
		if line == delim || delim == "---" && line == "..." {
			fm := fmScanner{out: out, src: src, end: ls}
			if delim == "---" {
				fm.yaml(body)
			} else {
				fm.toml(body)
			}
			return min(e+1, len(src))
		}
		ls = e + 1
	}
	return 0
}

// fmScanner is a line-oriented reader of front matter: enough YAML and
// TOML to find the scalar values of the prose keys and to step over
// multi-line values of the other keys.
type fmScanner struct {
	out, src []byte
	end      int // where the closing delimiter line starts
}

// line returns the bounds of the line starting at ls, without its line
// break, and the start of the next line.
func (s *fmScanner) line(ls int) (le, next int) {
	le = min(lineEnd(s.src, ls), s.end)
	next = le + 1
	if le > ls && s.src[le-1] == '\r' {
		le--
	}
	return le, next
}

// indent returns the number of leading spaces of src[ls:le] and whether
// the line is blank.
func (s *fmScanner) indent(ls, le int) (int, bool) {
	i := ls
	for i < le && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	return i - ls, i == le
}

func (s *fmScanner) keep(a, b int) { keep(s.out, s.src, a, b) }

// keepQuoted keeps src[a:b], the inside of a double-quoted string, blanking
// backslash escapes so that "\n" does not glue two words together.
func (s *fmScanner) keepQuoted(a, b int) {
	for i := a; i < b; {
		if s.src[i] != '\\' {
			j := i
			for j < b && s.src[j] != '\\' {
				j++
			}
			s.keep(i, j)
			i = j
			continue
		}
		n := 2
		if i+1 < b {
			switch s.src[i+1] {
			case 'x':
				n = 4
			case 'u':
				n = 6
			case 'U':
				n = 10
			}
		}
		i = min(i+n, b)
	}
}

// yaml scans YAML from offset ls.
func (s *fmScanner) yaml(ls int) {
	for ls < s.end {
		le, next := s.line(ls)
		ind, empty := s.indent(ls, le)
		if empty {
			ls = next
			continue
		}
		i := ls + ind
		if s.src[i] == '-' && (i+1 == le || s.src[i+1] == ' ') { // a sequence item
			i = min(i+2, le)
			for i < le && s.src[i] == ' ' {
				i++
			}
		}
		key, v, ok := yamlKey(s.src[:le], i)
		if !ok {
			ls = next
			continue
		}
		ls = s.yamlValue(proseKey(key), ind, v, le, next)
	}
}

// yamlKey reads "key:" at src[i:] and returns the key and the offset after
// the colon.
func yamlKey(src []byte, i int) (key []byte, v int, ok bool) {
	if i >= len(src) {
		return nil, 0, false
	}
	if q := src[i]; q == '"' || q == '\'' {
		j := bytes.IndexByte(src[i+1:], q)
		if j < 0 {
			return nil, 0, false
		}
		k := i + 1 + j
		if k+1 < len(src) && src[k+1] == ':' && (k+2 == len(src) || isSpace(src[k+2])) {
			return src[i+1 : k], k + 2, true
		}
		return nil, 0, false
	}
	for j := i; j < len(src); j++ {
		switch src[j] {
		case ':':
			if j+1 == len(src) || isSpace(src[j+1]) {
				return src[i:j], j + 1, j > i
			}
		case '#', '[', ']', '{', '}', ',':
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// yamlValue reads the value that starts at v on a line ending at le, of a
// key indented by ind, keeping it if prose is set. It returns where the
// next line to read starts.
func (s *fmScanner) yamlValue(prose bool, ind, v, le, next int) int {
	for v < le && (s.src[v] == ' ' || s.src[v] == '\t') {
		v++
	}
	if v == le || s.src[v] == '#' {
		// The value starts on the next line: a plain scalar that runs
		// over more indented lines, unless those hold a nested mapping
		// or sequence, which the caller reads on.
		if ls := next; ls < s.end {
			nle, _ := s.line(ls)
			nind, empty := s.indent(ls, nle)
			if empty || nind <= ind {
				return next
			}
			i := ls + nind
			if _, _, ok := yamlKey(s.src[:nle], i); ok || s.src[i] == '-' {
				return next
			}
		}
		return s.plainLines(prose, ind, next)
	}
	switch c := s.src[v]; c {
	case '|', '>': // a block scalar: the more indented lines that follow
		return s.plainLines(prose, ind, next)
	case '"', '\'':
		i := v + 1
		for i < s.end {
			if s.src[i] == '\\' && c == '"' {
				i += 2
				continue
			}
			if s.src[i] == c {
				if c == '\'' && i+1 < s.end && s.src[i+1] == '\'' { // '' is a quote
					i += 2
					continue
				}
				break
			}
			i++
		}
		i = min(i, s.end)
		if prose {
			if c == '"' {
				s.keepQuoted(v+1, i)
			} else {
				s.keep(v+1, i)
			}
		}
		_, n := s.line(min(i, s.end))
		if i >= s.end {
			return s.end
		}
		return n
	case '[', '{', '&', '*', '!', '@', '`':
		// Flow collections, anchors, aliases and tags are not plain
		// scalars; flow collections may run over lines, which are read
		// as keys and come to nothing.
		return next
	}
	// A plain scalar: to a " #" comment or the end of the line, and on
	// over more indented lines.
	e := v
	for e < le && !(s.src[e] == '#' && (s.src[e-1] == ' ' || s.src[e-1] == '\t')) {
		e++
	}
	if prose {
		s.keep(v, e)
	}
	return s.plainLines(prose, ind, next)
}

// plainLines reads the lines from ls on that are blank or indented more
// than ind, keeping their content if prose is set, and returns where the
// first other line starts.
func (s *fmScanner) plainLines(prose bool, ind, ls int) int {
	for ls < s.end {
		le, next := s.line(ls)
		nind, empty := s.indent(ls, le)
		if !empty && nind <= ind {
			return ls
		}
		if prose && !empty {
			s.keep(ls+nind, le)
		}
		ls = next
	}
	return s.end
}

// toml scans TOML from offset ls.
func (s *fmScanner) toml(ls int) {
	for ls < s.end {
		le, next := s.line(ls)
		ind, empty := s.indent(ls, le)
		i := ls + ind
		if empty || s.src[i] == '#' || s.src[i] == '[' {
			ls = next
			continue
		}
		// key = value, where the key may be dotted or quoted; the last
		// part counts.
		var key []byte
		for i < le && s.src[i] != '=' {
			if q := s.src[i]; q == '"' || q == '\'' {
				j := bytes.IndexByte(s.src[i+1:le], q)
				if j < 0 {
					break
				}
				key = s.src[i+1 : i+1+j]
				i += j + 2
				continue
			}
			if s.src[i] == '.' || s.src[i] == ' ' || s.src[i] == '\t' {
				i++
				continue
			}
			j := i
			for j < le && s.src[j] != '=' && s.src[j] != '.' && s.src[j] != ' ' && s.src[j] != '\t' {
				j++
			}
			key = s.src[i:j]
			i = j
		}
		if i >= le || len(key) == 0 {
			ls = next
			continue
		}
		ls = s.tomlValue(proseKey(key), i+1, le, next)
	}
}

// tomlValue reads the value that starts at v on a line ending at le and
// returns where the next line to read starts.
func (s *fmScanner) tomlValue(prose bool, v, le, next int) int {
	for v < le && (s.src[v] == ' ' || s.src[v] == '\t') {
		v++
	}
	if v == le {
		return next
	}
	c := s.src[v]
	if c != '"' && c != '\'' {
		return next // numbers, dates, booleans, arrays, inline tables
	}
	if v+2 < le && s.src[v+1] == c && s.src[v+2] == c { // a multi-line string
		a := v + 3
		delim := []byte{c, c, c}
		j := bytes.Index(s.src[a:s.end], delim)
		b := s.end
		if j >= 0 {
			b = a + j
		}
		if prose {
			if c == '"' {
				s.keepQuoted(a, b)
			} else {
				s.keep(a, b)
			}
		}
		if b >= s.end {
			return s.end
		}
		_, n := s.line(b)
		return n
	}
	i := v + 1
	for i < le && s.src[i] != c {
		if c == '"' && s.src[i] == '\\' {
			i++
		}
		i++
	}
	i = min(i, le)
	if prose {
		if c == '"' {
			s.keepQuoted(v+1, i)
		} else {
			s.keep(v+1, i)
		}
	}
	return next
}
