package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/golden"
	"github.com/lexcheck/lexcheck/spell"
)

// testFinding is the simple form of a finding in testdata/findings.json.
type testFinding struct {
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	Offset      int      `json:"offset"`
	EndLine     int      `json:"end_line"`
	EndColumn   int      `json:"end_column"`
	EndOffset   int      `json:"end_offset"`
	Kind        string   `json:"kind"`
	Word        string   `json:"word"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
}

// loadFindings reads testdata/findings.json. The texts the findings were
// made in are under testdata/text, by file name.
func loadFindings(t *testing.T) []spell.Finding {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "findings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tfs []testFinding
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&tfs); err != nil {
		t.Fatalf("findings.json: %v", err)
	}
	var fs []spell.Finding
	for _, tf := range tfs {
		fs = append(fs, spell.Finding{
			Pos:         spell.Position{Filename: tf.File, Offset: tf.Offset, Line: tf.Line, Column: tf.Column},
			End:         spell.Position{Filename: tf.File, Offset: tf.EndOffset, Line: tf.EndLine, Column: tf.EndColumn},
			Kind:        spell.Kind(tf.Kind),
			Word:        tf.Word,
			Message:     tf.Message,
			Suggestions: tf.Suggestions,
		})
	}
	return fs
}

func readText(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "text", filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// testStats returns the stats printed with the test findings.
func testStats(t *testing.T, fs []spell.Finding) Stats {
	files := map[string]bool{}
	size := 0
	for _, f := range fs {
		if !files[f.Pos.Filename] {
			files[f.Pos.Filename] = true
			size += len(readText(t, f.Pos.Filename))
		}
	}
	return Stats{Files: len(files), Bytes: size, Words: 31, Findings: len(fs)}
}

// position returns the position of byte offset off in src.
func position(name string, src []byte, off int) spell.Position {
	before := src[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return spell.Position{Filename: name, Offset: off, Line: line, Column: col}
}

// TestTestdata checks that the test findings agree with their texts, so
// that the golden files show real positions.
func TestTestdata(t *testing.T) {
	fs := loadFindings(t)
	var (
		tricky    = false
		cyrillic  = false
		noSuggest = false
		inDir     = false
	)
	for _, f := range fs {
		src := readText(t, f.Pos.Filename)
		if got := string(src[f.Pos.Offset:f.End.Offset]); got != f.Word {
			t.Errorf("%s: text is %q, word is %q", f.Pos, got, f.Word)
		}
		if got := position(f.Pos.Filename, src, f.Pos.Offset); got != f.Pos {
			t.Errorf("%s: position should be %s (%+v)", f.Pos, got, got)
		}
		if got := position(f.End.Filename, src, f.End.Offset); got != f.End {
			t.Errorf("%s: end should be %s (%+v)", f.Pos, got, got)
		}
		tricky = tricky || strings.ContainsAny(f.Message, "%") && strings.ContainsAny(f.Message, ",") &&
			strings.ContainsAny(f.Message, ":") && strings.ContainsAny(f.Message, "\n")
		cyrillic = cyrillic || regexp.MustCompile(`\p{Cyrillic}`).MatchString(f.Word)
		noSuggest = noSuggest || len(f.Suggestions) == 0
		inDir = inDir || strings.Contains(f.Pos.Filename, "/")
	}
	if !tricky || !cyrillic || !noSuggest || !inDir {
		t.Errorf("findings.json lacks a case: tricky message %v, Cyrillic word %v, no suggestions %v, file in a directory %v",
			tricky, cyrillic, noSuggest, inDir)
	}
}

func render(t *testing.T, format string, fs []spell.Finding, stats Stats) []byte {
	t.Helper()
	var buf bytes.Buffer
	p, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(fs, stats); err != nil {
		t.Fatalf("%s: Print: %v", format, err)
	}
	return buf.Bytes()
}

// checkGolden compares got with testdata/name, or writes it there with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

func TestGolden(t *testing.T) {
	fs := loadFindings(t)
	stats := testStats(t, fs)
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			checkGolden(t, "want."+format, render(t, format, fs, stats))
		})
		t.Run(format+"/empty", func(t *testing.T) {
			checkGolden(t, "empty."+format, render(t, format, nil, Stats{Files: 1, Bytes: 12, Words: 2}))
		})
	}
}

func TestNewUnknown(t *testing.T) {
	p, err := New("xml", &bytes.Buffer{})
	if err == nil {
		t.Fatalf("New(xml) = %v, want an error", p)
	}
	for _, f := range Formats {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not name format %q", err, f)
		}
	}
	if _, err := New("TEXT", &bytes.Buffer{}); err == nil {
		t.Errorf("New(TEXT) succeeded; format names are lower case")
	}
}

// errWriter fails every write.
type errWriter struct{}

var errWrite = errors.New("disk full")

func (errWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteError(t *testing.T) {
	fs := loadFindings(t)
	for _, format := range Formats {
		p, err := New(format, errWriter{})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Print(fs, Stats{}); !errors.Is(err, errWrite) {
			t.Errorf("%s: Print to a failing writer = %v, want %v", format, err, errWrite)
		}
	}
}

// TestTextMatcher checks that each line of text output parses with the
// pattern GitHub problem matchers and editors use for compiler output.
func TestTextMatcher(t *testing.T) {
	fs := loadFindings(t)
	out := render(t, "text", fs, Stats{})
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Fatalf("%d lines for %d findings:\n%s", len(lines), len(fs), out)
	}
	re := regexp.MustCompile(`^(.+):(\d+):(\d+): (.*) \(([a-z-]+)\)$`)
	for i, line := range lines {
		m := re.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("line %q does not match %s", line, re)
			continue
		}
		f := fs[i]
		if m[1] != f.Pos.Filename || m[5] != string(f.Kind) {
			t.Errorf("line %q: file %q kind %q, want %q %q", line, m[1], m[5], f.Pos.Filename, f.Kind)
		}
	}
}

func TestTextPositions(t *testing.T) {
	for _, tc := range []struct {
		pos  spell.Position
		want string
	}{
		{spell.Position{Filename: "a.txt", Line: 2, Column: 3}, "a.txt:2:3: warning: m (misspelling)\n"},
		{spell.Position{Line: 2, Column: 3}, "2:3: warning: m (misspelling)\n"},
		{spell.Position{Filename: "a.txt"}, "a.txt: warning: m (misspelling)\n"},
		{spell.Position{}, "-: warning: m (misspelling)\n"},
	} {
		got := render(t, "text", []spell.Finding{{Pos: tc.pos, Kind: spell.Misspelling, Message: "m"}}, Stats{})
		if string(got) != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.pos, got, tc.want)
		}
	}
}

func TestGitHubEscape(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a: b, c", "a: b, c", "a%3A b%2C c"},
		{"%0A", "%250A", "%250A"},
		{"Бакиев 🇰🇿", "Бакиев 🇰🇿", "Бакиев 🇰🇿"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

func TestGitHubColumns(t *testing.T) {
	f := spell.Finding{
		Pos:  spell.Position{Filename: `C:x,y.txt`, Offset: 10, Line: 2, Column: 4},
		End:  spell.Position{Filename: `C:x,y.txt`, Offset: 16, Line: 3, Column: 2},
		Kind: spell.Inconsistent, Word: "ab\ncd", Message: "m",
	}
	got := string(render(t, "github", []spell.Finding{f}, Stats{}))
	want := "::warning file=C%3Ax%2Cy.txt,line=2,endLine=3,title=lexcheck inconsistent::m\n"
	if got != want {
		t.Errorf("span over two lines:\ngot  %q\nwant %q", got, want)
	}
	got = string(render(t, "github", []spell.Finding{{Kind: spell.Misspelling, Message: "m"}}, Stats{}))
	want = "::warning title=lexcheck misspelling::m\n"
	if got != want {
		t.Errorf("no position:\ngot  %q\nwant %q", got, want)
	}
}

// TestEndUnset checks that a finding without an End is printed with the
// span of its Word.
func TestEndUnset(t *testing.T) {
	f := spell.Finding{
		Pos:  spell.Position{Filename: "a.txt", Offset: 0, Line: 1, Column: 1},
		Kind: spell.Misspelling, Word: "Бакиэв", Message: "m",
	}
	if got, want := length(f), len("Бакиэв"); got != want {
		t.Errorf("length = %d, want %d", got, want)
	}
	want := spell.Position{Filename: "a.txt", Offset: len("Бакиэв"), Line: 1, Column: 7}
	if got := end(f); got != want {
		t.Errorf("end = %+v, want %+v", got, want)
	}
	g := string(render(t, "github", []spell.Finding{f}, Stats{}))
	if !strings.Contains(g, "endLine=1,endColumn=7,") {
		t.Errorf("github output %q lacks the end worked out from the word", g)
	}
}
