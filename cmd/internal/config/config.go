// Package config reads lexcheck's configuration file, .lexcheck.toml, which
// a content repository keeps next to its articles:
//
//	# Paths are relative to this file.
//	lexicons = ["names.txt", "style/rejected.txt"]
//	locale = "en-US"         # the embedded dictionary's spelling: en-GB (default) or en-US
//	default = true           # use the embedded dictionary and gazetteer (true unless false)
//	exclude = ["drafts/", "**/*.min.html"]   # gitignore patterns, relative to this file
//
//	[severity]               # error, warning (the default), info or off
//	rejected = "error"
//	name-variant = "warning"
//	misspelling = "warning"
//	inconsistent = "info"
//
// Every key is optional; an unknown key, a value of the wrong type, an
// unknown locale, severity or kind, and a bad exclude pattern are errors
// that name the file and line (see [ParseError]). [Find] looks for the file from
// a directory upwards; the nearest one wins, whole: files are not merged.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/lexcheck/lexcheck/cmd/internal/ignore"
	"github.com/lexcheck/lexcheck/internal/filepos"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// FileName is the name [Find] looks for.
const FileName = ".lexcheck.toml"

// A Severity says how a kind of finding is reported.
type Severity int

// The severities, from the least serious. Off drops the kind's findings.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

var severityNames = []string{"off", "info", "warning", "error"}

// String returns the name used in the file: "off", "info", "warning" or
// "error".
func (s Severity) String() string {
	if s >= 0 && int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity returns the severity named s.
func ParseSeverity(s string) (Severity, error) {
	if i := slices.Index(severityNames, s); i >= 0 {
		return Severity(i), nil
	}
	return 0, fmt.Errorf("unknown severity %q: want one of %s", s, strings.Join(severityNames, ", "))
}

// A Config is one configuration file, read. The zero value is the
// configuration of a repository without a file: no house lexicons, the
// default locale and dictionary, nothing excluded, every kind a warning.
// A Config is not changed after it is read and is safe for concurrent use.
type Config struct {
	File      string   // the file read, as given to Parse; "" for the zero Config
	Dir       string   // the directory of File; relative names in the file are relative to it
	Lexicons  []string // house lexicon files, joined to Dir, in the file's order
	Locale    string   // "" when not set
	NoDefault bool     // default = false: leave out the embedded dictionary and gazetteer
	Exclude   []string // gitignore patterns, as written

	severity     map[spell.Kind]Severity // kinds set in the file
	exclude      ignore.Matcher          // Exclude, anchored at Dir
	lexiconNames []string                // Lexicons as the file writes them
	lexiconsLine int                     // the line of the lexicons key; 0 if unknown
	options      Options                 // as read with
}

// Severity returns the severity of findings of kind k: as the file sets it,
// or Warning (also for a nil Config).
func (c *Config) Severity(k spell.Kind) Severity {
	if c == nil {
		return Warning
	}
	if s, ok := c.severity[k]; ok {
		return s
	}
	return Warning
}

// Excluded reports whether the file at path (as the file system names it)
// is excluded by the exclude patterns: path is taken relative to Dir, and a
// path outside Dir is never excluded.
func (c *Config) Excluded(path string, isDir bool) bool {
	if len(c.Exclude) == 0 {
		return false
	}
	rel, err := filepath.Rel(absOrSelf(c.Dir), absOrSelf(path))
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	return c.exclude.Match(filepath.ToSlash(rel), isDir)
}

func absOrSelf(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// A ParseError reports a problem in a configuration file. Its message never
// contains the position; Error adds it.
type ParseError struct {
	File   string // as given to Parse
	Line   int    // line number, starting at 1; 0 if unknown
	Column int    // column, starting at 1; 0 if unknown
	Msg    string // what is wrong
	Err    error  // the underlying cause, or nil
}

// Error returns "file:line:col: msg", leaving out what is not known.
func (e *ParseError) Error() string {
	file := e.File
	if file == "" {
		file = "-"
	}
	return filepos.Format(file, e.Line, e.Column) + ": " + e.Msg
}

// Unwrap returns the underlying cause, if any.
func (e *ParseError) Unwrap() error { return e.Err }

// Load reads the configuration file at path. See [Parse].
func Load(path string) (*Config, error) {
	return LoadWith(path, Options{})
}

// LoadWith is [Load] with options.
func LoadWith(path string, o Options) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseWith(f, path, o)
}

// Parse reads a configuration file from r; name is its path, which places
// the relative names inside it and appears in errors. A problem in the file
// is a [*ParseError]; a failure to read r is returned as it is. Its
// lexicons must be inside the repository (see [Options]).
func Parse(r io.Reader, name string) (*Config, error) {
	return ParseWith(r, name, Options{})
}

// ParseWith is [Parse] with options.
func ParseWith(r io.Reader, name string, o Options) (*Config, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if err := checkNesting(name, data); err != nil {
		return nil, err
	}
	c := &Config{File: name, Dir: filepath.Dir(name), options: o}
	// Each value is decoded through a checker that returns a plain error;
	// toml wraps it in a ParseError that knows the key's position.
	var top map[string]toml.Primitive
	md, err := toml.NewDecoder(strings.NewReader(string(data))).Decode(&top)
	if err != nil {
		return nil, wrap(name, data, err)
	}
	var seen []string // top-level keys in the order they appear
	for _, key := range md.Keys() {
		if !slices.Contains(seen, key[0]) {
			seen = append(seen, key[0])
		}
	}
	for _, key := range seen {
		var err error
		if key == "severity" {
			err = c.severities(&md, top[key])
		} else {
			err = md.PrimitiveDecode(top[key], c.field(key))
		}
		if key == "lexicons" && err == nil {
			c.lexiconsLine = keyLine(&md, top[key])
		}
		if err != nil {
			return nil, wrap(name, data, err)
		}
	}
	for _, p := range c.Exclude {
		pat, ok, err := ignore.ParsePattern(p)
		if err == nil && ok {
			c.exclude.Add("", []ignore.Pattern{pat})
		}
	}
	return c, nil
}

// errKeyLine is what the decoder of keyLine returns.
var errKeyLine = errors.New("where is this key?")

// keyLine returns the line of the key whose value is prim, or 0. toml
// tells a key's position only in the error of a decoder of its value, so
// keyLine decodes it with one that always fails.
func keyLine(md *toml.MetaData, prim toml.Primitive) int {
	err := md.PrimitiveDecode(prim, decodeFunc(func(any) error { return errKeyLine }))
	if pe, ok := errors.AsType[toml.ParseError](err); ok {
		return pe.Position.Line
	}
	return 0
}

// LexiconError returns err, met loading a lexicon, as a [*ParseError] at
// the line of the lexicons key when err is an [*fs.PathError] on one of
// c's lexicons (a file missing or unreadable): "FILE:LINE: lexicon NAME:
// open ...: no such file or directory", NAME as the file writes it. Any
// other error is returned as it is: a malformed lexicon's own error names
// its file and line.
func (c *Config) LexiconError(err error) error {
	pe, ok := errors.AsType[*fs.PathError](err)
	if c == nil || !ok {
		return err
	}
	i := slices.Index(c.Lexicons, pe.Path)
	if i < 0 {
		return err
	}
	return &ParseError{File: c.File, Line: c.lexiconsLine, Msg: fmt.Sprintf("lexicon %s: %v", c.lexiconNames[i], err), Err: err}
}

// decodeFunc is a toml.Unmarshaler made of a function.
type decodeFunc func(v any) error

func (f decodeFunc) UnmarshalTOML(v any) error { return f(v) }

// field returns the decoder of the top-level key.
func (c *Config) field(key string) toml.Unmarshaler {
	switch key {
	case "lexicons":
		return decodeFunc(func(v any) error {
			files, err := stringList(v, "lexicons")
			for _, f := range files {
				if f == "" {
					return errors.New("lexicons: empty file name")
				}
				p, err := c.lexiconPath(f, c.options)
				if err != nil {
					return err
				}
				c.Lexicons = append(c.Lexicons, p)
				c.lexiconNames = append(c.lexiconNames, f)
			}
			return err
		})
	case "locale":
		return decodeFunc(func(v any) error {
			s, ok := v.(string)
			if !ok {
				return typeError("locale", "a string", v)
			}
			if !slices.Contains(lexicon.Locales, s) {
				return fmt.Errorf("unknown locale %q: want one of %s", s, strings.Join(lexicon.Locales, ", "))
			}
			c.Locale = s
			return nil
		})
	case "default":
		return decodeFunc(func(v any) error {
			b, ok := v.(bool)
			if !ok {
				return typeError("default", "true or false", v)
			}
			c.NoDefault = !b
			return nil
		})
	case "exclude":
		return decodeFunc(func(v any) error {
			pats, err := stringList(v, "exclude")
			if err != nil {
				return err
			}
			for _, p := range pats {
				if _, _, err := ignore.ParsePattern(p); err != nil {
					return fmt.Errorf("exclude: %v", err)
				}
			}
			c.Exclude = pats
			return nil
		})
	}
	return decodeFunc(func(any) error {
		return fmt.Errorf("unknown key %q: want lexicons, locale, default, exclude or severity", key)
	})
}

// severities decodes the [severity] table, key by key, so that an error
// names the line of its key.
func (c *Config) severities(md *toml.MetaData, prim toml.Primitive) error {
	var table map[string]toml.Primitive
	err := md.PrimitiveDecode(prim, decodeFunc(func(v any) error {
		if _, ok := v.(map[string]any); !ok {
			return typeError("severity", "a table", v)
		}
		return nil
	}))
	if err != nil {
		return err
	}
	if err := md.PrimitiveDecode(prim, &table); err != nil {
		return err
	}
	c.severity = map[spell.Kind]Severity{}
	for _, key := range md.Keys() {
		if len(key) != 2 || key[0] != "severity" {
			continue
		}
		kind := spell.Kind(key[1])
		err := md.PrimitiveDecode(table[key[1]], decodeFunc(func(v any) error {
			if !slices.Contains(spell.Kinds, kind) {
				return fmt.Errorf("unknown kind %q in [severity]: want one of %s", kind, kindList())
			}
			s, ok := v.(string)
			if !ok {
				return typeError("severity."+string(kind), "a string", v)
			}
			sev, err := ParseSeverity(s)
			if err != nil {
				return err
			}
			c.severity[kind] = sev
			return nil
		}))
		if err != nil {
			return err
		}
	}
	return nil
}

func kindList() string {
	var s []string
	for _, k := range spell.Kinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

func stringList(v any, key string) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, typeError(key, "an array of strings", v)
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, typeError(key, "an array of strings", v)
		}
		out = append(out, s)
	}
	return out, nil
}

func typeError(key, want string, v any) error {
	return fmt.Errorf("%s must be %s, not %s", key, want, tomlType(v))
}

func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return "a date or time"
}

// wrap turns a toml error into a *ParseError naming the file and line.
// A column that toml places past the end of its line is left out.
func wrap(name string, data []byte, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if msg == "" {
			msg = pe.Error()
		}
		line, col := pe.Position.Line, pe.Position.Col
		if lines := strings.Split(string(data), "\n"); line < 1 || line > len(lines) || col > utf8.RuneCountInString(lines[line-1]) {
			col = 0
		}
		return &ParseError{File: name, Line: line, Column: col, Msg: msg, Err: err}
	}
	return &ParseError{File: name, Msg: strings.TrimPrefix(err.Error(), "toml: "), Err: err}
}

// Find looks for FileName in dir and its parents, nearest first, and
// returns the path of the first found, or "" when there is none. The search
// stops at the top of a git work tree (a directory holding .git) or of the
// file system. A directory that cannot be read is passed over.
func Find(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		d = dir
	}
	for {
		p := filepath.Join(d, FileName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}
