package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mixedMarkdown has a misspelling after an accent, an emoji and Cyrillic,
// one in a code span, one marked [sic], one on a line an inline control
// ignores, and one that counts.
const mixedMarkdown = "Café 🙂 Бакиев: the oppenents met.\n" +
	"The `oppenents` code and the oppenents [sic] quote.\n" +
	"<!-- lexcheck:ignore-next-line -->\n" +
	"The destabalisation here is ignored.\n" +
	"But destabalisation here is not.\n"

func TestEncodingsAndMarkdown(t *testing.T) {
	tests := []struct {
		name    string
		offered []string
		want    string
		ranges  []want
	}{
		{"UTF-16 by default", nil, "utf-16", []want{
			{0, 20, 29, "misspelling", "oppenents"},
			{4, 4, 19, "misspelling", "destabalisation"},
		}},
		{"UTF-8 where the client offers it", []string{"utf-16", "utf-8"}, "utf-8", []want{
			{0, 29, 38, "misspelling", "oppenents"},
			{4, 4, 19, "misspelling", "destabalisation"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := fileURI(filepath.Join(workDir(t), "article.md"))
			c := startServer(t, Options{})
			if r := c.initialize(tt.offered...); r.Capabilities.PositionEncoding != tt.want {
				t.Errorf("position encoding %q, want %q", r.Capabilities.PositionEncoding, tt.want)
			}
			c.open(uri, "markdown", mixedMarkdown)
			sameList(t, "diagnostics", gotOf(c.diagnostics(uri, 1)), wantOf(tt.ranges))
			c.shutdown()
		})
	}
}

func TestLanguageOfDocument(t *testing.T) {
	tests := []struct {
		languageID, path string
		want             string
		checked          bool
	}{
		{"markdown", "/a/notes", "markdown", true},
		{"html", "/a/page.txt", "html", true},
		{"plaintext", "/a/page.md", "text", true},
		{"", "/a/page.htm", "html", true},
		{"unknown", "/a/story.txt", "text", true},
		{"go", "/a/main.go", "text", false},
		{"toml", "/a/.lexcheck.toml", "text", false},
	}
	for _, tt := range tests {
		f, ok := formatOf(tt.languageID, tt.path)
		if f.String() != tt.want || ok != tt.checked {
			t.Errorf("formatOf(%q, %q) = %v, %v; want %s, %v", tt.languageID, tt.path, f, ok, tt.want, tt.checked)
		}
	}
}

// TestConfiguration follows a document through its .lexcheck.toml: the
// severities it sets, adding a word to its house lexicon, the reload when
// the files change, and a broken file that keeps the last good setup.
func TestConfiguration(t *testing.T) {
	dir := workDir(t)
	conf := tempFile(t, dir, ".lexcheck.toml", "lexicons = [\"house.txt\"]\n[severity]\nmisspelling = \"error\"\ninconsistent = \"off\"\n")
	house := tempFile(t, dir, "house.txt", "Gaddafi !Qaddafi")
	uri := fileURI(filepath.Join(dir, "news", "story.txt"))
	if err := os.Mkdir(filepath.Join(dir, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	// "Jala'abad" would be an inconsistent spelling, a kind the file turns off.
	text := "Qaddafi met the oppenents in Jalal'abad.\nJalal'abad is not Jala'abad.\n"
	c := startServer(t, Options{})
	c.initialize()
	c.open(uri, "plaintext", text)
	ds := c.diagnostics(uri, 1)
	sameList(t, "diagnostics", gotOf(ds), wantOf([]want{
		{0, 0, 7, "rejected", "Qaddafi"},
		{0, 16, 25, "misspelling", "oppenents"},
	}))
	if len(ds) == 2 && (ds[0].Severity != severityWarning || ds[1].Severity != severityError) {
		t.Errorf("severities %d, %d; want the default warning and the configured error", ds[0].Severity, ds[1].Severity)
	}

	// "Add to the house lexicon" appends the word to house.txt, after a
	// line end the file lacks.
	actions := codeActionsAt(t, c, uri, position{0, 18})
	var add *codeAction
	for i := range actions {
		if strings.HasPrefix(actions[i].Title, "Add ") {
			add = &actions[i]
		}
	}
	if add == nil {
		t.Fatalf("no add-to-lexicon action among %+v", actions)
	}
	dc := add.Edit.DocumentChanges
	if add.Title != `Add "oppenents" to the house lexicon (house.txt)` || len(dc) != 1 || dc[0].TextDocument.URI != fileURI(house) ||
		dc[0].TextDocument.Version != nil || len(dc[0].Edits) != 1 ||
		dc[0].Edits[0] != (textEdit{Range: textRange{position{0, 16}, position{0, 16}}, NewText: "\noppenents\n"}) {
		t.Fatalf("add action %+v, edit %+v", add, dc)
	}
	// The editor applies it and saves; its watcher tells the server.
	tempFile(t, dir, "house.txt", "Gaddafi !Qaddafi\noppenents\n")
	c.notify("workspace/didChangeWatchedFiles", didChangeWatchedFilesParams{Changes: []fileEvent{{URI: fileURI(house), Type: 2}}})
	sameList(t, "diagnostics after the lexicon changed", gotOf(c.diagnostics(uri, 1)), wantOf([]want{{0, 0, 7, "rejected", "Qaddafi"}}))

	// A broken configuration: one error message, and the last good setup.
	tempFile(t, dir, ".lexcheck.toml", "lexicons = [\"house.txt\"\n")
	for range 2 {
		c.notify("workspace/didChangeWatchedFiles", didChangeWatchedFilesParams{Changes: []fileEvent{{URI: fileURI(conf), Type: 2}}})
		sameList(t, "diagnostics with a broken configuration", gotOf(c.diagnostics(uri, 1)), wantOf([]want{{0, 0, 7, "rejected", "Qaddafi"}}))
	}
	var shown []string
	for _, m := range c.pending {
		if m.Method == "window/showMessage" {
			var p showMessageParams
			json.Unmarshal(m.Params, &p)
			shown = append(shown, p.Message)
		}
	}
	if len(shown) != 1 || !strings.Contains(shown[0], ".lexcheck.toml:") {
		t.Errorf("messages shown for a broken configuration: %q; want one naming the file and line", shown)
	}
	c.shutdown()
}

// codeActionsAt asks for the code actions at p.
func codeActionsAt(t *testing.T, c *testClient, uri string, p position) []codeAction {
	t.Helper()
	resp := c.call("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: textRange{p, p}})
	if resp.Error != nil {
		t.Fatalf("codeAction: %v", resp.Error)
	}
	var actions []codeAction
	if err := json.Unmarshal(resp.Result, &actions); err != nil {
		t.Fatal(err)
	}
	return actions
}

func TestIgnoreInFile(t *testing.T) {
	uri := fileURI(filepath.Join(workDir(t), "story.txt"))
	c := startServer(t, Options{})
	c.initialize()
	c.open(uri, "plaintext", "The oppenents and the oppenents met the destabalisation.\n")
	if got := len(c.diagnostics(uri, 1)); got != 3 {
		t.Fatalf("%d diagnostics, want 3", got)
	}
	var ignore *command
	for _, a := range codeActionsAt(t, c, uri, position{0, 6}) {
		if a.Command != nil {
			ignore = a.Command
		}
	}
	if ignore == nil || ignore.Command != cmdIgnoreInFile {
		t.Fatalf("no ignore command offered: %+v", ignore)
	}
	if resp := c.call("workspace/executeCommand", map[string]any{"command": ignore.Command, "arguments": ignore.Arguments}); resp.Error != nil {
		t.Fatalf("executeCommand: %v", resp.Error)
	}
	sameList(t, "diagnostics after ignoring oppenents", gotOf(c.diagnostics(uri, 1)), wantOf([]want{{0, 40, 55, "misspelling", "destabalisation"}}))
	c.shutdown()
}

// TestNoStaleDiagnostics sends changes faster than the server checks
// them: the versions published only ever grow, and the last is the last
// change's.
func TestNoStaleDiagnostics(t *testing.T) {
	uri := fileURI(filepath.Join(workDir(t), "story.txt"))
	c := startServer(t, Options{})
	c.initialize()
	text := seedArticle(t)
	c.open(uri, "plaintext", text)
	const last = 40
	for v := 2; v <= last; v++ {
		c.change(uri, v, textRange{position{0, 0}, position{0, 0}}, "x")
	}
	c.diagnostics(uri, last) // fails if a later version came first
	prev := 0
	for _, m := range c.pending {
		if m.Method != "textDocument/publishDiagnostics" {
			continue
		}
		var p publishDiagnosticsParams
		json.Unmarshal(m.Params, &p)
		if *p.Version <= prev {
			t.Errorf("diagnostics of version %d published after version %d", *p.Version, prev)
		}
		prev = *p.Version
	}
	c.shutdown()
}

// TestWatchedFiles: a client that lets the server register watchers is
// asked to watch configuration files and the lexicons in use, and saving
// a lexicon in the editor reloads it.
func TestWatchedFiles(t *testing.T) {
	dir := workDir(t)
	tempFile(t, dir, ".lexcheck.toml", "lexicons = [\"house.txt\"]\n")
	house := tempFile(t, dir, "house.txt", "Gaddafi !Qaddafi\n")
	uri := fileURI(filepath.Join(dir, "story.txt"))
	c := startServer(t, Options{})
	resp := c.call("initialize", map[string]any{"capabilities": map[string]any{
		"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
	}})
	if resp.Error != nil {
		t.Fatal(resp.Error)
	}
	c.notify("initialized", map[string]any{})
	c.open(uri, "plaintext", "Qaddafi met Kadhafi.\n")
	sameList(t, "diagnostics", gotOf(c.diagnostics(uri, 1)), wantOf([]want{
		{0, 0, 7, "rejected", "Qaddafi"},
		{0, 12, 19, "name-variant", "Kadhafi"},
	}))
	var globs []string
	for range 2 {
		m := c.wait(func(m *message) bool { return m.Method == "client/registerCapability" }, "a watcher registration")
		var p registrationParams
		json.Unmarshal(m.Params, &p)
		b, _ := json.Marshal(p.Registrations[0].RegisterOptions)
		var o watchOptions
		json.Unmarshal(b, &o)
		for _, w := range o.Watchers {
			globs = append(globs, w.GlobPattern)
		}
		c.send(&message{ID: m.ID, Result: json.RawMessage("null")})
	}
	sameList(t, "watched", globs, []string{"**/.lexcheck.toml", filepath.ToSlash(house)})

	// The lexicon, edited and saved in the editor.
	tempFile(t, dir, "house.txt", "Gaddafi !Qaddafi !Kadhafi\n")
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(house)}})
	sameList(t, "diagnostics after the lexicon was saved", gotOf(c.diagnostics(uri, 1)), wantOf([]want{
		{0, 0, 7, "rejected", "Qaddafi"},
		{0, 12, 19, "rejected", "Kadhafi"},
	}))
	c.shutdown()
}

// TestDefaultLoadsOnce: documents without a configuration share one
// checker, which a reload keeps: the default is not loaded again.
func TestDefaultLoadsOnce(t *testing.T) {
	s := newSetups("", func(err error) { t.Errorf("reported %v", err) }, func([]string) {})
	a, err := s.forDir(workDir(t))
	if err != nil {
		t.Fatal(err)
	}
	s.reload()
	b, err := s.forDir(workDir(t))
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.forDir("")
	if err != nil {
		t.Fatal(err)
	}
	if a.checker != b.checker || a.checker != c.checker {
		t.Error("documents without a configuration got different checkers")
	}
}

// TestDirectivesInPlainText checks that a plain-text document obeys the
// inline controls as lexcheck check does: the directive line is not
// flagged, and the line it names is not checked.
func TestDirectivesInPlainText(t *testing.T) {
	const text = "lexcheck:ignore-next-line\n" +
		"The destabalisation here is ignored.\n" +
		"But destabalisation here is not.\n"
	uri := fileURI(filepath.Join(workDir(t), "story.txt"))
	c := startServer(t, Options{})
	c.initialize()
	c.open(uri, "plaintext", text)
	sameList(t, "diagnostics", gotOf(c.diagnostics(uri, 1)), wantOf([]want{
		{2, 4, 19, "misspelling", "destabalisation"},
	}))
	c.shutdown()
}
