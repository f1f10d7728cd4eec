package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/lexcheck/lexcheck/spell"
)

// Stats summarises a run.
type Stats struct {
	Files    int // files checked
	Bytes    int // bytes read
	Words    int // words checked
	Findings int // findings made
}

// A Printer writes findings in one format.
// Print is called once per run with all findings, sorted by file then offset;
// it returns the first error met writing them.
type Printer interface {
	Print(findings []spell.Finding, stats Stats) error
}

// Formats lists the format names New accepts.
var Formats = []string{"text", "json", "sarif", "github"}

// A Level is how serious a finding is. SARIF results carry it as their
// level; GitHub annotations are of its type (Note becomes "notice").
type Level string

// The levels, as SARIF names them.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
)

// severity returns the name that .lexcheck.toml gives l, which the text
// and json formats print: "error", "warning" or "info".
func (l Level) severity() string {
	if l == Note {
		return "info"
	}
	return string(l)
}

// Options adjust a printer. The zero value prints every finding as a
// Warning.
type Options struct {
	// Level returns the level of a finding; nil means Warning for all.
	// The text and json formats show it as a severity: "error",
	// "warning" or "info".
	Level func(spell.Finding) Level
	// Dir, when set, is the directory the run started in, which the
	// sarif and github formats name files from: a file inside it by its
	// path relative to it ("/repo/a/b.md" and "a/../a/b.md" are "a/b.md"
	// from /repo), a file outside it by its absolute path (a file:// URI in
	// SARIF), never by a path with "..", which no reader resolves. Empty
	// leaves file names as the findings give them.
	Dir string
	// ToolVersion is the version of lexcheck the sarif format names
	// (tool.driver.version); empty leaves it out.
	ToolVersion string
}

// fileName returns the file name as the sarif and github formats write it,
// with forward slashes: see [Options.Dir]. Standard input ("" or "-")
// stays as it is.
func (o Options) fileName(name string) string {
	if o.Dir == "" || name == "" || name == "-" {
		return filepath.ToSlash(name)
	}
	abs := name
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(o.Dir, abs)
	}
	rel, err := filepath.Rel(o.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(filepath.Clean(abs))
	}
	return filepath.ToSlash(rel)
}

func (o Options) level(f spell.Finding) Level {
	if o.Level == nil {
		return Warning
	}
	switch l := o.Level(f); l {
	case Error, Note:
		return l
	}
	return Warning
}

// New returns the printer for format ("text", "json", "sarif" or "github"),
// writing to w, with the zero [Options]. An unknown format is an error that
// names the allowed ones.
func New(format string, w io.Writer) (Printer, error) {
	return NewWithOptions(format, w, Options{})
}

// NewWithOptions is [New] with options.
func NewWithOptions(format string, w io.Writer, o Options) (Printer, error) {
	switch format {
	case "text":
		return &textPrinter{w: w, opts: o}, nil
	case "json":
		return &jsonPrinter{w: w, opts: o}, nil
	case "sarif":
		return &sarifPrinter{w: w, opts: o}, nil
	case "github":
		return &githubPrinter{w: w, opts: o}, nil
	}
	return nil, fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// endUnset reports whether f.End was left unset, as a producer that knows
// only where a word starts may do.
func endUnset(f spell.Finding) bool {
	return !f.End.IsValid() && f.End.Offset == 0
}

// length returns the length in bytes of the span f flags:
// End.Offset - Pos.Offset. When f.End was left unset, or lies before f.Pos,
// it is the length of f.Word, which by the contract of [spell.Finding] is
// the text of the same span.
func length(f spell.Finding) int {
	if n := f.End.Offset - f.Pos.Offset; !endUnset(f) && n >= 0 {
		return n
	}
	return len(f.Word)
}

// end returns the position just after the span f flags. When f.End was left
// unset it is worked out from f.Pos and f.Word.
func end(f spell.Finding) spell.Position {
	if !endUnset(f) || !f.Pos.IsValid() {
		return f.End
	}
	e := f.Pos
	e.Offset += len(f.Word)
	for _, r := range f.Word {
		switch {
		case r == '\n':
			e.Line++
			e.Column = 1
		case e.Column > 0:
			e.Column++
		}
	}
	return e
}
