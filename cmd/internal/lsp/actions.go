package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
)

// codeActions returns the quick fixes for the findings of the document
// that overlap p.Range: a replacement by each suggestion (the first
// preferred), adding the word to the house lexicon, and ignoring it in
// this document. Findings published for an older version of the document
// than the client's get none: their ranges may be out of date, and newer
// ones are on their way.
func (s *server) codeActions(p *codeActionParams) []codeAction {
	if len(p.Context.Only) > 0 && !slices.Contains(p.Context.Only, "quickfix") {
		return []codeAction{}
	}
	uri := p.TextDocument.URI
	s.mu.Lock()
	d := s.docs[uri]
	if d == nil || d.published != d.version {
		s.mu.Unlock()
		return []codeAction{}
	}
	version, docChanges, enc := d.version, s.documentChanges, s.enc
	var hits []published
	for _, f := range d.findings {
		if f.finding.Word != "" && overlaps(f.diag.Range, p.Range) {
			hits = append(hits, f)
		}
	}
	s.mu.Unlock()

	edit := func(file string, v *int, edits []textEdit) *workspaceEdit {
		if docChanges {
			return &workspaceEdit{DocumentChanges: []textDocumentEdit{{TextDocument: versionedTextDocumentIdentifier{URI: file, Version: v}, Edits: edits}}}
		}
		return &workspaceEdit{Changes: map[string][]textEdit{file: edits}}
	}
	actions := []codeAction{}
	for _, h := range hits {
		diags := []diagnostic{h.diag}
		for i, sug := range h.finding.Suggestions {
			actions = append(actions, codeAction{
				Title:       fmt.Sprintf("Replace with %q", sug),
				Kind:        "quickfix",
				Diagnostics: diags,
				IsPreferred: i == 0,
				Edit:        edit(uri, &version, []textEdit{{Range: h.diag.Range, NewText: sug}}),
			})
		}
		if lex, err := houseLexicon(h.cfg); err == nil {
			if e, err := s.appendEdit(lex, h.finding.Word, enc); err == nil {
				actions = append(actions, codeAction{
					Title:       fmt.Sprintf("Add %q to the house lexicon (%s)", h.finding.Word, filepath.Base(lex)),
					Kind:        "quickfix",
					Diagnostics: diags,
					Edit:        edit(e.uri, e.version, []textEdit{e.edit}),
				})
			}
		}
		actions = append(actions, codeAction{
			Title:       fmt.Sprintf("Ignore %q in this file", h.finding.Word),
			Kind:        "quickfix",
			Diagnostics: diags,
			Command:     &command{Title: "Ignore in this file", Command: cmdIgnoreInFile, Arguments: []any{uri, h.finding.Word}},
		})
	}
	return actions
}

// overlaps reports whether two ranges share a position (an empty range
// at a word's edge touches it).
func overlaps(a, b textRange) bool {
	return !less(a.End, b.Start) && !less(b.End, a.Start)
}

func less(a, b position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// A fileEdit is one edit to a file.
type fileEdit struct {
	uri     string
	version *int // of the open document; nil when it is not open
	edit    textEdit
}

// appendEdit returns the edit that appends word, on a line of its own, to
// the lexicon file.
func (s *server) appendEdit(file, word string, enc encoding) (fileEdit, error) {
	text, version, err := s.readFile(file)
	if err != nil {
		return fileEdit{}, err
	}
	x := newLineIndex(text, enc)
	end := x.position(len(text))
	add := word + "\n"
	if len(text) > 0 && !bytes.HasSuffix(text, []byte("\n")) && !bytes.HasSuffix(text, []byte("\r")) {
		add = "\n" + add
	}
	return fileEdit{uri: fileURI(file), version: version, edit: textEdit{Range: textRange{end, end}, NewText: add}}, nil
}

// executeCommand runs a command of a code action.
func (s *server) executeCommand(p *executeCommandParams) *rpcError {
	if p.Command != cmdIgnoreInFile {
		return &rpcError{codeInvalidParams, fmt.Sprintf("lexcheck has no command %q", p.Command)}
	}
	var uri, word string
	if len(p.Arguments) != 2 || json.Unmarshal(p.Arguments[0], &uri) != nil || json.Unmarshal(p.Arguments[1], &word) != nil {
		return &rpcError{codeInvalidParams, cmdIgnoreInFile + " takes a document URI and a word"}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		return &rpcError{codeInvalidParams, uri + " is not open"}
	}
	if !slices.Contains(d.accept, word) {
		d.accept = append(d.accept, word)
	}
	s.scheduleLocked(d, 0)
	return nil
}
