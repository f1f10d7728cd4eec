package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/spell"
)

// JSONFinding is one finding on the wire: in the output of --format json and
// in the answers of the HTTP API. spell.Finding has no JSON tags; this type is
// the one place that fixes the names.
type JSONFinding struct {
	File        string   `json:"file"`        // as given to the checker; "" for standard input
	Line        int      `json:"line"`        // from 1
	Column      int      `json:"column"`      // from 1, in Unicode code points
	Offset      int      `json:"offset"`      // bytes from 0
	Length      int      `json:"length"`      // bytes: End.Offset - Pos.Offset
	Word        string   `json:"word"`        // the flagged text
	Kind        string   `json:"kind"`        // a spell.Kind
	Severity    string   `json:"severity"`    // "error", "warning" or "info", as .lexcheck.toml names them
	Suggestions []string `json:"suggestions"` // best first; [] (never null) when there are none
	Message     string   `json:"message"`

	// UTF16Offset and UTF16Length are Offset and Length counted in UTF-16
	// code units, as JavaScript strings index text, so that a browser can
	// highlight the word. Only the HTTP API sets them (see
	// [JSONOutput.AddUTF16]); they are left out when nil.
	UTF16Offset *int `json:"utf16_offset,omitempty"`
	UTF16Length *int `json:"utf16_length,omitempty"`
}

// JSONStats is [Stats] on the wire.
type JSONStats struct {
	Files    int `json:"files"`
	Bytes    int `json:"bytes"`
	Words    int `json:"words"`
	Findings int `json:"findings"`
}

// JSONOutput is the whole JSON document: the findings of a run and its
// statistics.
type JSONOutput struct {
	Findings []JSONFinding `json:"findings"` // [] (never null) when there are none
	Stats    JSONStats     `json:"stats"`
}

// NewJSONOutput converts findings and stats to their wire form, keeping the
// order of findings; o's Level gives their severities.
func NewJSONOutput(findings []spell.Finding, stats Stats, o Options) JSONOutput {
	out := JSONOutput{
		Findings: make([]JSONFinding, len(findings)),
		Stats:    JSONStats(stats),
	}
	for i, f := range findings {
		out.Findings[i] = JSONFinding{
			File:        f.Pos.Filename,
			Line:        f.Pos.Line,
			Column:      f.Pos.Column,
			Offset:      f.Pos.Offset,
			Length:      length(f),
			Word:        f.Word,
			Kind:        string(f.Kind),
			Severity:    o.level(f).severity(),
			Suggestions: append([]string{}, f.Suggestions...),
			Message:     f.Message,
		}
	}
	return out
}

// MarshalJSON encodes f, writing a nil Suggestions as [] rather than null.
func (f JSONFinding) MarshalJSON() ([]byte, error) {
	type plain JSONFinding // without methods, so no recursion
	if f.Suggestions == nil {
		f.Suggestions = []string{}
	}
	return marshal(plain(f))
}

// MarshalJSON encodes o, writing a nil Findings as [] rather than null.
func (o JSONOutput) MarshalJSON() ([]byte, error) {
	type plain JSONOutput
	if o.Findings == nil {
		o.Findings = []JSONFinding{}
	}
	return marshal(plain(o))
}

// marshal is json.Marshal without escaping <, > and &, which news text is
// full of and which need no escaping in JSON.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// AddUTF16 sets UTF16Offset and UTF16Length of every finding in o from src,
// the text the findings were made in (all findings must come from src), so
// that a browser, whose strings count UTF-16 code units, can highlight them.
//
// It reads src once, however many findings there are, in any order. A
// character outside the Basic Multilingual Plane, such as an emoji, counts
// two units; a byte that is not valid UTF-8 counts one, as U+FFFD does (the
// same as utf16.Encode([]rune(string(src[:offset])))). An offset inside a
// character is rounded down to the start of that character, and one outside
// src is clamped to it.
func (o *JSONOutput) AddUTF16(src []byte) {
	type mark struct {
		off int  // byte offset in src
		dst *int // where its UTF-16 offset goes
	}
	n := len(o.Findings)
	starts := make([]int, n) // UTF-16 offsets of the starts
	ends := make([]int, n)   // UTF-16 offsets of the ends, then the lengths
	marks := make([]mark, 0, 2*n)
	for i, f := range o.Findings {
		marks = append(marks, mark{f.Offset, &starts[i]}, mark{f.Offset + f.Length, &ends[i]})
	}
	slices.SortStableFunc(marks, func(a, b mark) int { return cmp.Compare(a.off, b.off) })

	pos, units := 0, 0 // byte offset in src, and UTF-16 units before it
	for _, m := range marks {
		off := min(max(m.off, 0), len(src))
		for pos < off {
			if src[pos] < utf8.RuneSelf {
				pos++
				units++
				continue
			}
			r, size := utf8.DecodeRune(src[pos:])
			if pos+size > off {
				break // off is inside this character
			}
			pos += size
			units++
			if r >= 0x10000 {
				units++ // a surrogate pair
			}
		}
		*m.dst = units
	}

	for i := range o.Findings {
		ends[i] -= starts[i]
		o.Findings[i].UTF16Offset = &starts[i]
		o.Findings[i].UTF16Length = &ends[i]
	}
}

// jsonPrinter prints one JSONOutput document, indented by two spaces.
type jsonPrinter struct {
	w    io.Writer
	opts Options
}

func (p *jsonPrinter) Print(findings []spell.Finding, stats Stats) error {
	return writeJSON(p.w, NewJSONOutput(findings, stats, p.opts))
}

// writeJSON writes v to w indented by two spaces and ended by a newline,
// without escaping <, > and &.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
