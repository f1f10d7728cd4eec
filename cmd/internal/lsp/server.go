package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
	"github.com/lexcheck/lexcheck/spell/markup"
)

// Options configure [Serve]. The zero value is ready to use.
type Options struct {
	// Locale is the dictionary locale of documents whose configuration
	// does not name one; "" means the first of lexicon.Locales.
	Locale string
	// Cache keeps the tables of large house lexicons between runs, as
	// lexcheck check and serve keep them; nil for none.
	Cache lexicon.Cache
	// Debounce is how long the server waits after a change before it
	// checks the document. 0 means 150ms.
	Debounce time.Duration
	// MaxDocumentBytes is the largest document checked; a larger one gets
	// one diagnostic saying so. 0 means 16 MiB.
	MaxDocumentBytes int
	// MaxMessageBytes is the largest message read; a larger one is
	// skipped and answered with an error. 0 means 128 MiB.
	MaxMessageBytes int64
	// Log receives what the server cannot tell the client (a broken
	// stream, a failed write); nil discards it.
	Log io.Writer
}

// ErrExitWithoutShutdown is returned by [Serve] when the client sends exit
// before shutdown; the protocol asks the server to exit with status 1.
var ErrExitWithoutShutdown = errors.New("lsp: exit before shutdown")

// ErrClosedWithoutShutdown is returned by [Serve] when its input ends
// before the client sent shutdown: the editor went away.
var ErrClosedWithoutShutdown = errors.New("lsp: the client closed the connection without shutdown")

// The commands the server executes.
const cmdIgnoreInFile = "lexcheck.ignoreInFile"

// A server is one session with one client.
type server struct {
	opts   Options
	out    *writer
	setups *setups

	initialized bool // read and written by the loop only
	shutdown    bool // written by the loop, with mu held

	mu              sync.Mutex
	enc             encoding
	documentChanges bool // the client takes versioned document edits
	watchDynamic    bool // the client lets the server register file watchers
	docs            map[string]*document
	watched         map[string]bool // files the client watches for the server
	nextID          int             // of requests to the client
	checks          sync.WaitGroup  // checks under way

	cancelMu  sync.Mutex
	cancelled map[string]bool // IDs of requests cancelled before they were handled
}

// A document is an open text document.
type document struct {
	uri     string
	path    string // the file, "" when the URI is not a file's
	format  markup.Format
	checked bool // a prose document lexcheck checks
	text    []byte
	version int
	badUTF8 bool        // the client sent bytes that are not UTF-8
	accept  []string    // spellings ignored in this document
	timer   *time.Timer // the pending check
	gen     int         // counts the checks scheduled; only the last one publishes

	published int         // version of the diagnostics last published, -1 for none
	findings  []published // those diagnostics' findings
}

// A published finding is a finding with the diagnostic sent for it.
type published struct {
	finding spell.Finding
	diag    diagnostic
	cfg     *config.Config
}

// Serve runs a language server session on in and out (the client's
// standard output and input) until the client sends exit or closes in,
// or ctx is done. It returns nil after shutdown and exit, and an error
// when the session ended otherwise: [ErrExitWithoutShutdown], a header
// that cannot be read, a failed write.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	if opts.Debounce <= 0 {
		opts.Debounce = 150 * time.Millisecond
	}
	if opts.MaxDocumentBytes <= 0 {
		opts.MaxDocumentBytes = 16 << 20
	}
	if opts.MaxMessageBytes <= 0 {
		opts.MaxMessageBytes = 128 << 20
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	s := &server{
		opts:      opts,
		out:       &writer{w: out},
		docs:      map[string]*document{},
		watched:   map[string]bool{},
		cancelled: map[string]bool{},
	}
	s.setups = newSetups(opts.Locale, s.showError, s.watch)
	s.setups.cache = opts.Cache
	defer s.stopChecks()

	msgs := make(chan incoming, 64)
	done := make(chan struct{})
	defer close(done)
	go s.readAll(newReader(in, opts.MaxMessageBytes), msgs, done)
	for {
		var in incoming
		select {
		case <-ctx.Done():
			return ctx.Err()
		case in = <-msgs:
		}
		if in.err != nil {
			if in.err == io.EOF {
				if s.shutdown {
					return nil
				}
				return ErrClosedWithoutShutdown
			}
			return in.err
		}
		if in.m.Method == "exit" {
			if !s.shutdown {
				return ErrExitWithoutShutdown
			}
			return nil
		}
		if err := s.handle(in); err != nil {
			return err
		}
	}
}

// maxCancelled is the most cancellations the server keeps for requests
// it has not read yet.
const maxCancelled = 1024

// An incoming message, or the error that ended the stream.
type incoming struct {
	m       *message
	badUTF8 bool // the body was not UTF-8 (strings in it read as U+FFFD)
	err     error
}

// readAll reads messages into msgs until the stream ends or done is
// closed. Bodies that are not JSON-RPC, and bodies over the limit, are
// answered here, and the stream goes on; $/cancelRequest is noted here, so
// that a request still waiting behind others is cancelled.
func (s *server) readAll(r *reader, msgs chan<- incoming, done <-chan struct{}) {
	send := func(in incoming) bool {
		select {
		case msgs <- in:
			return true
		case <-done:
			return false
		}
	}
	for {
		body, err := r.read()
		var tooLarge *tooLargeError
		switch {
		case errors.As(err, &tooLarge):
			s.reply(nil, nil, &rpcError{codeInvalidRequest, err.Error()})
			continue
		case err != nil:
			var fe *frameError
			if errors.As(err, &fe) {
				s.reply(nil, nil, &rpcError{codeParseError, fe.Error() + "; closing the connection"})
			}
			if err != io.EOF {
				fmt.Fprintf(s.opts.Log, "lexcheck lsp: reading from the client: %v\n", err)
			}
			send(incoming{err: err})
			return
		}
		m, rerr := decode(body)
		if rerr != nil {
			s.reply(nil, nil, rerr)
			continue
		}
		if m.Method == "$/cancelRequest" {
			var p cancelParams
			if json.Unmarshal(m.Params, &p) == nil {
				s.cancelMu.Lock()
				if len(s.cancelled) >= maxCancelled {
					// Cancellations of requests already answered are never
					// taken: forget them rather than keep them all.
					clear(s.cancelled)
				}
				s.cancelled[string(p.ID)] = true
				s.cancelMu.Unlock()
			}
			continue
		}
		if !send(incoming{m: m, badUTF8: !utf8.Valid(body)}) {
			return
		}
	}
}

// reply answers the request whose ID is id with result or rerr. A nil id
// (a message whose ID cannot be known) is sent as null.
func (s *server) reply(id json.RawMessage, result any, rerr *rpcError) error {
	m := &message{ID: id, Error: rerr}
	if id == nil {
		m.ID = json.RawMessage("null")
	}
	if rerr == nil {
		b, err := json.Marshal(result)
		if err != nil {
			return err
		}
		m.Result = b
	}
	return s.out.write(m)
}

// notify sends a notification.
func (s *server) notify(method string, params any) error {
	b, err := json.Marshal(params)
	if err != nil {
		return err
	}
	return s.out.write(&message{Method: method, Params: b})
}

// request sends a request whose response the server does not wait for.
func (s *server) request(method string, params any) error {
	b, err := json.Marshal(params)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.nextID++
	id := fmt.Appendf(nil, `"lexcheck-%d"`, s.nextID)
	s.mu.Unlock()
	return s.out.write(&message{ID: id, Method: method, Params: b})
}

// showError shows err to the user once (window/showMessage).
func (s *server) showError(err error) {
	if werr := s.notify("window/showMessage", showMessageParams{Type: messageError, Message: "lexcheck: " + err.Error()}); werr != nil {
		fmt.Fprintf(s.opts.Log, "lexcheck lsp: %v\n", err)
	}
}

// takeCancelled reports whether the request id was cancelled, and forgets it.
func (s *server) takeCancelled(id json.RawMessage) bool {
	s.cancelMu.Lock()
	defer s.cancelMu.Unlock()
	c := s.cancelled[string(id)]
	delete(s.cancelled, string(id))
	return c
}

// handle handles one message. An error ends the session: only a failed
// write to the client is one.
func (s *server) handle(in incoming) error {
	m := in.m
	if m.Method == "" {
		return nil // a response to one of the server's requests
	}
	if !m.isRequest() {
		if !s.initialized || s.shutdown {
			return nil // the protocol says to drop them
		}
		if err := s.handleNotification(m, in.badUTF8); err != nil {
			fmt.Fprintf(s.opts.Log, "lexcheck lsp: %s: %v\n", m.Method, err)
		}
		return nil
	}
	if s.takeCancelled(m.ID) {
		return s.reply(m.ID, nil, &rpcError{codeRequestCancelled, "cancelled"})
	}
	switch {
	case m.Method == "initialize" && s.initialized:
		return s.reply(m.ID, nil, &rpcError{codeInvalidRequest, "initialize was already sent"})
	case m.Method != "initialize" && !s.initialized:
		return s.reply(m.ID, nil, &rpcError{codeNotInitialized, "the server is not initialized: send initialize first"})
	case s.shutdown:
		return s.reply(m.ID, nil, &rpcError{codeInvalidRequest, "the server is shut down: send exit"})
	}
	result, rerr := s.handleRequest(m)
	return s.reply(m.ID, result, rerr)
}

// handleRequest returns the result of a request, or the error to send.
func (s *server) handleRequest(m *message) (any, *rpcError) {
	switch m.Method {
	case "initialize":
		var p initializeParams
		if err := unmarshalParams(m.Params, &p); err != nil {
			return nil, err
		}
		return s.initialize(&p), nil
	case "shutdown":
		s.mu.Lock() // checks read it
		s.shutdown = true
		s.mu.Unlock()
		s.stopChecks()
		return nil, nil
	case "textDocument/codeAction":
		var p codeActionParams
		if err := unmarshalParams(m.Params, &p); err != nil {
			return nil, err
		}
		return s.codeActions(&p), nil
	case "workspace/executeCommand":
		var p executeCommandParams
		if err := unmarshalParams(m.Params, &p); err != nil {
			return nil, err
		}
		return nil, s.executeCommand(&p)
	}
	return nil, &rpcError{codeMethodNotFound, fmt.Sprintf("lexcheck does not handle %q", m.Method)}
}

// unmarshalParams decodes params into v, or returns an invalid-params
// error saying why not.
func unmarshalParams(params json.RawMessage, v any) *rpcError {
	if len(params) == 0 {
		params = json.RawMessage("{}")
	}
	if err := json.Unmarshal(params, v); err != nil {
		return &rpcError{codeInvalidParams, "bad params: " + err.Error()}
	}
	return nil
}

func (s *server) initialize(p *initializeParams) initializeResult {
	s.initialized = true
	s.mu.Lock()
	s.enc = chooseEncoding(p.Capabilities.General.PositionEncodings)
	s.documentChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	s.watchDynamic = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	enc := s.enc
	s.mu.Unlock()
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:       enc.String(),
			TextDocumentSync:       textDocumentSyncOptions{OpenClose: true, Change: 2, Save: saveOptions{}},
			CodeActionProvider:     codeActionOptions{CodeActionKinds: []string{"quickfix"}},
			ExecuteCommandProvider: executeCommandOptions{Commands: []string{cmdIgnoreInFile}},
		},
		ServerInfo: serverInfo{Name: "lexcheck"},
	}
}

// handleNotification handles a notification; its error is logged.
func (s *server) handleNotification(m *message, badUTF8 bool) error {
	switch m.Method {
	case "initialized":
		s.watch(nil)
	case "textDocument/didOpen":
		var p didOpenParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			return err
		}
		s.open(&p, badUTF8)
	case "textDocument/didChange":
		var p didChangeParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			return err
		}
		return s.change(&p, badUTF8)
	case "textDocument/didSave":
		var p didSaveParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			return err
		}
		s.saved(p.TextDocument.URI)
	case "textDocument/didClose":
		var p didCloseParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			return err
		}
		s.close(p.TextDocument.URI)
	case "workspace/didChangeWatchedFiles":
		s.reload()
	}
	return nil // other notifications, $/ ones above all, may be ignored
}

// pathOf returns the file of a file: URI, or "".
func pathOf(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.Clean(filepath.FromSlash(p))
}

// fileURI returns the file: URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// formatOf returns a document's markup by its language ID, or by its
// file's extension when the ID is not one lexcheck knows, and whether
// lexcheck checks it: text, Markdown and HTML only.
func formatOf(languageID, path string) (markup.Format, bool) {
	switch strings.ToLower(languageID) {
	case "plaintext", "text":
		return markup.Text, true
	case "markdown", "mdx":
		return markup.Markdown, true
	case "html", "xhtml":
		return markup.HTML, true
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return markup.Text, true
	}
	f := markup.FormatOf(path)
	return f, f != markup.Text
}

func (s *server) open(p *didOpenParams, badUTF8 bool) {
	td := p.TextDocument
	d := &document{uri: td.URI, path: pathOf(td.URI), text: []byte(td.Text), version: td.Version, badUTF8: badUTF8, published: -1}
	d.format, d.checked = formatOf(td.LanguageID, d.path)
	s.mu.Lock()
	if old := s.docs[td.URI]; old != nil {
		s.stopTimer(old)
	}
	s.docs[td.URI] = d
	s.mu.Unlock()
	s.schedule(td.URI, 0)
}

func (s *server) change(p *didChangeParams, badUTF8 bool) error {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		return fmt.Errorf("%s is not open", p.TextDocument.URI)
	}
	text, err := applyChanges(d.text, p.ContentChanges, s.enc)
	if err == nil {
		d.text, d.version = text, p.TextDocument.Version
		d.badUTF8 = d.badUTF8 || badUTF8
		s.scheduleLocked(d, s.opts.Debounce)
	}
	s.mu.Unlock()
	if err != nil {
		// The server's text is no longer the client's: say so.
		err = fmt.Errorf("%s: a change could not be applied (%v); close and reopen the document", p.TextDocument.URI, err)
		s.showError(err)
	}
	return err
}

func (s *server) saved(uri string) {
	if path := pathOf(uri); path != "" && s.setups.governs(path) {
		s.reload()
		return
	}
	s.schedule(uri, 0)
}

func (s *server) close(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	delete(s.docs, uri)
	if d != nil {
		s.stopTimer(d)
	}
	s.mu.Unlock()
	if d != nil && d.checked {
		s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Diagnostics: []diagnostic{}})
	}
}

// reload reads configurations and lexicons again and checks every open
// document.
func (s *server) reload() {
	s.setups.reload()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		s.scheduleLocked(d, 0)
	}
}

// watch asks the client to watch configuration files, and the files
// given, for the server, if it can be asked.
func (s *server) watch(files []string) {
	s.mu.Lock()
	if !s.watchDynamic {
		s.mu.Unlock()
		return
	}
	var ws []fileSystemWatcher
	if !s.watched[config.FileName] {
		s.watched[config.FileName] = true
		ws = append(ws, fileSystemWatcher{GlobPattern: "**/" + config.FileName})
	}
	for _, f := range files {
		if !s.watched[f] && filepath.Base(f) != config.FileName {
			s.watched[f] = true
			ws = append(ws, fileSystemWatcher{GlobPattern: filepath.ToSlash(f)})
		}
	}
	id := fmt.Sprintf("lexcheck-watch-%d", len(s.watched))
	s.mu.Unlock()
	if len(ws) > 0 {
		s.request("client/registerCapability", registrationParams{Registrations: []registration{{
			ID: id, Method: "workspace/didChangeWatchedFiles", RegisterOptions: watchOptions{Watchers: ws},
		}}})
	}
}

// schedule checks the document uri after delay.
func (s *server) schedule(uri string, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.docs[uri]; d != nil {
		s.scheduleLocked(d, delay)
	}
}

// scheduleLocked checks d after delay, instead of any check of it still
// pending. s.mu is held.
func (s *server) scheduleLocked(d *document, delay time.Duration) {
	if !d.checked || s.shutdown {
		return
	}
	s.stopTimer(d)
	d.gen++
	uri, gen := d.uri, d.gen
	s.checks.Add(1)
	d.timer = time.AfterFunc(delay, func() {
		defer s.checks.Done()
		s.check(uri, gen)
	})
}

// stopChecks stops pending checks and waits for those under way.
func (s *server) stopChecks() {
	s.mu.Lock()
	for _, d := range s.docs {
		s.stopTimer(d)
	}
	s.mu.Unlock()
	s.checks.Wait()
}

// stopTimer stops the pending check of d, if there is one. s.mu is held.
func (s *server) stopTimer(d *document) {
	if d.timer != nil && d.timer.Stop() {
		s.checks.Done()
	}
	d.timer = nil
}

// check checks the current text of the document uri and publishes its
// diagnostics, unless another check was scheduled (gen is not the last)
// or the document closed meanwhile: the newer check then publishes.
func (s *server) check(uri string, gen int) {
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil || d.gen != gen || s.shutdown {
		s.mu.Unlock()
		return
	}
	text, version, accept, enc := d.text, d.version, slices.Clone(d.accept), s.enc
	path, format, badUTF8 := d.path, d.format, d.badUTF8
	s.mu.Unlock()

	dir := ""
	if path != "" {
		dir = filepath.Dir(path)
	}
	var pubs []published
	st, err := s.setups.forDir(dir)
	switch {
	case err != nil:
		// Reported by setups; nothing can be checked.
	case path != "" && (st.cfg.Excluded(path, false) || slices.Contains(st.cfg.Lexicons, path)):
		// Excluded, or a lexicon: lexcheck check passes it over too.
	case len(text) > s.opts.MaxDocumentBytes:
		pubs = append(pubs, notice(enc, text, 0, fmt.Sprintf("the document is %.1f MB, more than the %.1f MB lexcheck checks in the editor: run lexcheck check on it",
			float64(len(text))/(1<<20), float64(s.opts.MaxDocumentBytes)/(1<<20))))
	default:
		pubs = checkText(st, enc, path, text, format, accept)
		if badUTF8 {
			if i := strings.IndexRune(string(text), utf8.RuneError); i >= 0 {
				pubs = append([]published{notice(enc, text, i, "the document is not valid UTF-8: its invalid bytes read as U+FFFD; lexcheck checked the text around them")}, pubs...)
			}
		}
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.docs[uri] != d || d.gen != gen || d.version != version || version < d.published || s.shutdown {
		return // stale: a newer check is pending or the document closed
	}
	d.published, d.findings = version, pubs
	diags := make([]diagnostic, len(pubs))
	for i, p := range pubs {
		diags[i] = p.diag
	}
	// Sent while s.mu is held, so that no older result can overtake it.
	s.notify("textDocument/publishDiagnostics", publishDiagnosticsParams{URI: uri, Version: &version, Diagnostics: diags})
}

// notice returns a diagnostic about the whole document, at offset off.
func notice(enc encoding, text []byte, off int, msg string) published {
	x := newLineIndex(text, enc)
	r := x.rangeOf(off, off)
	return published{diag: diagnostic{Range: r, Severity: severityWarning, Source: "lexcheck", Message: msg}}
}

// checkText checks text as lexcheck check checks a file of format: its
// prose alone when it is Markdown or HTML, and in any format with the
// inline controls applied, with the kinds its configuration turns off
// dropped.
func checkText(st *setup, enc encoding, path string, text []byte, format markup.Format, accept []string) []published {
	doc := spell.Document{Name: path, Src: text, Accept: accept, Prose: markup.Blanked(text, format)}
	fs, _ := st.checker.CheckDocument(doc)
	x := newLineIndex(text, enc)
	var pubs []published
	for _, f := range fs {
		sev := st.cfg.Severity(f.Kind)
		if sev == config.Off {
			continue
		}
		pubs = append(pubs, published{finding: f, cfg: st.cfg, diag: diagnostic{
			Range:    x.rangeOf(f.Pos.Offset, f.End.Offset),
			Severity: severityOf(sev),
			Code:     string(f.Kind),
			Source:   "lexcheck",
			Message:  f.Message,
			Data:     &diagnosticData{Word: f.Word, Suggestions: f.Suggestions},
		}})
	}
	return pubs
}

// severityOf returns the diagnostic severity of a configured one.
func severityOf(s config.Severity) int {
	switch s {
	case config.Error:
		return severityError
	case config.Info:
		return severityInformation
	}
	return severityWarning
}

// readFile returns the text of path: the open document's if it is open,
// else the file's, and the open document's version (nil if not open).
func (s *server) readFile(path string) ([]byte, *int, error) {
	s.mu.Lock()
	for _, d := range s.docs {
		if d.path == path {
			v := d.version
			text := d.text
			s.mu.Unlock()
			return text, &v, nil
		}
	}
	s.mu.Unlock()
	b, err := os.ReadFile(path)
	return b, nil, err
}
