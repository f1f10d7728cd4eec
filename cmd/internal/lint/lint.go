// Package lint checks house lexicons for the mistakes that make a checker
// cry wolf or miss: malformed lines, duplicate entries, a spelling both
// accepted and rejected, a rejected variant that is an ordinary word or
// that stands for no one part of a name of several words, two entries that
// are variants of each other (one name entered twice), and an original
// script that does not romanize to anything near its house spelling.
//
// Two entries that are variants of each other but are two names (two
// people, Ostrovska and Ostrowska) are marked so by the word "distinct" in
// the comment of either line:
//
//	Ostrovska   # distinct: the historian
//	Ostrowska   # distinct: the footballer
//
// It sits above both lexicon and spell: it relates spellings as the checker
// does ([spell.Related]).
package lint

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/lexcheck/lexcheck/internal/filepos"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/lexicon/translit"
	"github.com/lexcheck/lexcheck/spell"
)

// A File is a lexicon to check.
type File struct {
	Name string // used in problems
	Data []byte
}

// A Problem is one thing wrong with a lexicon line.
type Problem struct {
	File   string
	Line   int    // starting at 1
	Column int    // starting at 1, in Unicode code points; 0 if the whole line
	Msg    string // what is wrong, without the position
}

// String returns "file:line: msg", or "file:line:col: msg" when the column
// is known.
func (p Problem) String() string {
	return filepos.Format(p.File, p.Line, p.Column) + ": " + p.Msg
}

// Check checks files as one lexicon (as lexcheck check --lexicon merges
// them), against known, the lexicon the house one is used with (usually
// the embedded default). It returns the problems in file order, then by
// line. Every line is checked: a malformed one is reported and skipped.
func Check(known *lexicon.Lexicon, files ...File) []Problem {
	var ps []Problem
	var entries []lexicon.Entry
	order := map[string]int{}
	distinct := map[*lexicon.Entry]bool{}
	for i, f := range files {
		es, bad := parse(f)
		entries = append(entries, es...)
		ps = append(ps, bad...)
		if _, ok := order[f.Name]; !ok {
			order[f.Name] = i
		}
	}
	starts := map[string][]int{} // file -> offset of each line
	for _, f := range files {
		if _, ok := starts[f.Name]; !ok {
			starts[f.Name] = lineStarts(f.Data)
		}
	}
	for i := range entries {
		e := &entries[i]
		f := files[order[e.File]].Data
		if ls := starts[e.File]; e.Line <= len(ls) && markedDistinct(f[ls[e.Line-1]:]) {
			distinct[e] = true
		}
	}
	c := &checker{known: known, entries: entries, distinct: distinct, paired: map[[2]int]bool{}}
	c.duplicates()
	c.rejectedWords()
	c.rejectedParts()
	c.variants()
	c.originals()
	ps = append(ps, c.ps...)
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(order[a.File], order[b.File]), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return ps
}

// parse loads f line by line through the lexicon parser, skipping each
// malformed line: the entries and the parse errors.
func parse(f File) ([]lexicon.Entry, []Problem) {
	var entries []lexicon.Entry
	var ps []Problem
	data, first := f.Data, 0 // first: lines of f before data
	for {
		lex, err := lexicon.Load(bytes.NewReader(data), f.Name)
		if err == nil {
			return append(entries, shift(lex.Entries(), first)...), ps
		}
		var pe *lexicon.ParseError
		if !errors.As(err, &pe) {
			// Reading a byte slice fails only on what the parser refuses.
			return entries, append(ps, Problem{File: f.Name, Line: first + 1, Msg: err.Error()})
		}
		ps = append(ps, Problem{File: f.Name, Line: first + pe.Line, Column: pe.Column, Msg: pe.Msg})
		before := lineOffset(data, pe.Line-1)
		if lex, err := lexicon.Load(bytes.NewReader(data[:before]), f.Name); err == nil {
			entries = append(entries, shift(lex.Entries(), first)...)
		}
		next := lineOffset(data, pe.Line)
		if next >= len(data) {
			return entries, ps
		}
		data, first = data[next:], first+pe.Line
	}
}

// lineOffset returns the offset of the start of line n+1 (counting from 1)
// in data, or len(data).
func lineOffset(data []byte, n int) int {
	off := 0
	for range n {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return off
}

func shift(es []lexicon.Entry, lines int) []lexicon.Entry {
	out := slices.Clone(es)
	for i := range out {
		out[i].Line += lines
	}
	return out
}

type checker struct {
	known    *lexicon.Lexicon
	entries  []lexicon.Entry
	distinct map[*lexicon.Entry]bool // marked "# distinct"
	paired   map[[2]int]bool         // entries i < j already reported together
	ps       []Problem
}

// lineStarts returns the offset of the start of each line of data.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// markedDistinct reports whether the comment of the line that starts data
// has the word "distinct".
func markedDistinct(line []byte) bool {
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	i := bytes.IndexByte(line, '#')
	if i < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(string(line[i+1:]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.EqualFold(w, "distinct") {
			return true
		}
	}
	return false
}

func (c *checker) report(e *lexicon.Entry, format string, args ...any) {
	c.ps = append(c.ps, Problem{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)})
}

func at(e *lexicon.Entry) string { return filepos.Format(e.File, e.Line, 0) }

// duplicates reports a spelling listed twice, and a spelling both accepted
// and rejected.
func (c *checker) duplicates() {
	type seen struct {
		i        int
		e        *lexicon.Entry
		rejected bool
	}
	first := map[string]seen{}
	for i := range c.entries {
		e := &c.entries[i]
		note := func(s string, rejected bool) {
			k := lexicon.NormApostrophes(s)
			f, ok := first[k]
			if !ok {
				first[k] = seen{i, e, rejected}
				return
			}
			c.paired[[2]int{f.i, i}] = true
			switch {
			case f.rejected == rejected && f.e == e:
				c.report(e, "%q is listed twice on this line", s)
			case f.rejected == rejected:
				c.report(e, "duplicate entry: %q is already listed at %s", s, at(f.e))
			case rejected:
				c.report(e, "%q is rejected here but accepted at %s", s, at(f.e))
			default:
				c.report(e, "%q is accepted here but rejected at %s", s, at(f.e))
			}
		}
		for _, a := range e.Accepted {
			note(a, false)
		}
		for _, r := range e.Rejected {
			note(r, true)
		}
	}
}

// rejectedWords reports rejected variants the dictionary lists as
// ordinary words: every use of the word would be flagged.
func (c *checker) rejectedWords() {
	for i := range c.entries {
		e := &c.entries[i]
		for _, r := range e.Rejected {
			if c.known.LookupFold(r).Flags&lexicon.Word != 0 {
				c.report(e, "rejected variant %q is an ordinary dictionary word: every use of the word will be flagged", r)
			}
		}
	}
}

// rejectedParts reports a rejected variant of fewer words than its entry
// whose part of the entry cannot be told (see
// [lexicon.Entry.RejectedSuggestion]): the checker suggests the whole
// entry for it.
func (c *checker) rejectedParts() {
	for i := range c.entries {
		e := &c.entries[i]
		for _, r := range e.Rejected {
			if _, ok := e.RejectedSuggestion(r); !ok {
				c.report(e, "cannot tell which part of %q the rejected variant %q stands for: the whole name will be suggested; give the variant a line of its own with that part", e.Preferred(), r)
			}
		}
	}
}

// variants reports two entries whose spellings the checker takes for one
// name (a typo or a romanization of it), unless both are names the
// dictionary knows in their own right.
func (c *checker) variants() {
	var b strings.Builder
	owner := map[string]int{} // accepted spelling, or word of one, -> first entry
	for i := range c.entries {
		for _, a := range c.entries[i].Accepted {
			b.WriteString(a + "\n")
			for _, w := range append(strings.Fields(a), a) {
				if _, ok := owner[w]; !ok {
					owner[w] = i
				}
			}
		}
	}
	index, err := lexicon.Load(strings.NewReader(b.String()), "lint")
	if err != nil {
		return // accepted spellings always load; nothing to compare otherwise
	}
	reported := c.paired
	for i := range c.entries {
		e := &c.entries[i]
		for _, a := range e.Accepted {
			cands := append(index.NearNames(a, 1), index.TranslitNames(a)...)
			for _, cand := range cands {
				j, ok := owner[cand.Spelling]
				if !ok || j >= i || reported[[2]int{j, i}] {
					continue
				}
				f := &c.entries[j]
				if slices.Contains(e.Rejected, cand.Spelling) || slices.Contains(f.Rejected, a) {
					continue // reported as accepted and rejected
				}
				if c.distinct[e] || c.distinct[f] {
					continue
				}
				rel := spell.Related(a, cand.Spelling)
				switch {
				case rel == spell.Same && lexicon.NormApostrophes(a) == lexicon.NormApostrophes(cand.Spelling):
					continue // a duplicate, reported as such
				case rel == spell.Same:
					c.report(e, "%q and %q at %s differ only in case, accents or apostrophes: the checker reads them as one", a, cand.Spelling, at(f))
				case rel.Variant() && !(spell.Established(c.known, a) && spell.Established(c.known, cand.Spelling)):
					c.report(e, "%q looks like a variant of %q at %s (%s): one name entered twice? Keep one and reject the other", a, cand.Spelling, at(f), rel)
				default:
					continue
				}
				reported[[2]int{j, i}] = true
			}
		}
	}
}

// originals reports an original script none of whose romanizations is
// near an accepted spelling of its entry.
func (c *checker) originals() {
	for i := range c.entries {
		e := &c.entries[i]
		if e.Original == "" {
			continue
		}
		vs := translit.Romanize(e.Original)
		if len(vs) == 0 {
			continue // Latin, or a script without romanization tables
		}
		near := false
		var texts []string
		for _, v := range vs {
			texts = append(texts, v.Text)
			for _, a := range e.Accepted {
				if _, ok := translit.Match(v.Text, a); ok || spell.Related(v.Text, a) == spell.Same {
					near = true
				}
			}
		}
		if !near {
			if len(texts) > 4 {
				texts = append(texts[:4], "…")
			}
			c.report(e, "original %q romanizes as %s, none near %q", e.Original, strings.Join(texts, ", "), e.Preferred())
		}
	}
}
