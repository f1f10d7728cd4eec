package lsp

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedArticle is lexcheck's own test article (spell/testdata).
func seedArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "spell", "testdata", "seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// workDir returns a temporary directory that is the top of a work tree,
// so that no .lexcheck.toml above it applies.
func workDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// want is an expected diagnostic: its range, code and word.
type want struct {
	line, start, end int // line, and start and end characters, from 0
	code, word       string
}

func (w want) String() string {
	return fmt.Sprintf("%d:%d-%d %s %q", w.line, w.start, w.end, w.code, w.word)
}

func gotOf(ds []diagnostic) []string {
	var out []string
	for _, d := range ds {
		word := ""
		if d.Data != nil {
			word = d.Data.Word
		}
		if d.Range.Start.Line != d.Range.End.Line {
			out = append(out, fmt.Sprintf("multi-line range %v", d.Range))
			continue
		}
		out = append(out, want{d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Character, d.Code, word}.String())
	}
	return out
}

func wantOf(ws []want) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}

func sameList(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// The seed article's six findings, as lexcheck check reports them, in
// UTF-16 ranges. Line 69 (68 from 0) has no-break spaces before its word:
// its UTF-16 and UTF-8 characters differ.
var seedWant = []want{
	{2, 10, 17, "inconsistent", "Bakivev"},
	{4, 34, 41, "inconsistent", "bakivev"},
	{9, 115, 124, "misspelling", "oppenents"},
	{62, 9, 24, "misspelling", "destabalisation"},
	{68, 135, 150, "misspelling", "destabalisation"},
	{72, 16, 25, "inconsistent", "Jala'abad"},
}

func TestSeedArticleSession(t *testing.T) {
	dir := workDir(t)
	uri := fileURI(filepath.Join(dir, "seed.txt"))
	c := startServer(t, Options{})
	if r := c.initialize(); r.Capabilities.PositionEncoding != "utf-16" {
		t.Errorf("position encoding %q with none offered, want utf-16", r.Capabilities.PositionEncoding)
	}
	c.open(uri, "plaintext", seedArticle(t))
	ds := c.diagnostics(uri, 1)
	sameList(t, "diagnostics of the seed article", gotOf(ds), wantOf(seedWant))
	for _, d := range ds {
		if d.Severity != severityWarning || d.Source != "lexcheck" || !strings.Contains(d.Message, d.Data.Word) {
			t.Errorf("diagnostic %+v: want a warning from lexcheck whose message names the word", d)
		}
	}

	// Correct "oppenents" on line 10: five findings remain.
	c.change(uri, 2, textRange{position{9, 115}, position{9, 124}}, "opponents")
	ds = c.diagnostics(uri, 2)
	sameList(t, "diagnostics after correcting line 10", gotOf(ds), wantOf(append(seedWant[:2:2], seedWant[3:]...)))

	// Apply the preferred quick fix of the first "destabalisation".
	resp := c.call("textDocument/codeAction", codeActionParams{
		TextDocument: textDocumentIdentifier{URI: uri},
		Range:        textRange{position{62, 12}, position{62, 12}},
	})
	if resp.Error != nil {
		t.Fatalf("codeAction: %v", resp.Error)
	}
	var actions []codeAction
	if err := json.Unmarshal(resp.Result, &actions); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range actions {
		titles = append(titles, fmt.Sprintf("%s preferred=%v", a.Title, a.IsPreferred))
	}
	sameList(t, "code actions on line 63", titles, []string{
		`Replace with "destabilisation" preferred=true`,
		`Replace with "destabilisations" preferred=false`,
		`Ignore "destabalisation" in this file preferred=false`,
	})
	e := actions[0].Edit
	if e == nil || len(e.DocumentChanges) != 1 || e.DocumentChanges[0].TextDocument.URI != uri ||
		e.DocumentChanges[0].TextDocument.Version == nil || *e.DocumentChanges[0].TextDocument.Version != 2 {
		t.Fatalf("the preferred fix's edit is %+v, want one versioned edit of %s at version 2", e, uri)
	}
	edit := e.DocumentChanges[0].Edits[0]
	if edit.Range != (textRange{position{62, 9}, position{62, 24}}) || edit.NewText != "destabilisation" {
		t.Fatalf("the preferred fix is %+v", edit)
	}
	c.change(uri, 3, edit.Range, edit.NewText)
	ds = c.diagnostics(uri, 3)
	sameList(t, "diagnostics after the quick fix", gotOf(ds), wantOf([]want{seedWant[0], seedWant[1], seedWant[4], seedWant[5]}))

	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	c.shutdown()
}
