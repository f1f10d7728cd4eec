package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// frames frames JSON-RPC bodies as a client writes them.
func frames(bodies ...string) string {
	var sb strings.Builder
	for _, b := range bodies {
		fmt.Fprintf(&sb, "Content-Length: %d\r\n\r\n%s", len(b), b)
	}
	return sb.String()
}

func TestRunLSP(t *testing.T) {
	const (
		initialize = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`
		shutdown   = `{"jsonrpc":"2.0","id":2,"method":"shutdown"}`
		exit       = `{"jsonrpc":"2.0","method":"exit"}`
	)
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStatus int
		wantOut    string // in standard output
		wantErr    string // in standard error
	}{
		{"a session that shuts down and exits", []string{"lsp"}, frames(initialize, shutdown, exit), exitClean, `"positionEncoding":"utf-16"`, ""},
		{"exit without shutdown is status 1, as the protocol says", []string{"lsp"}, frames(initialize, exit), 1, `"id":1`, ""},
		{"a broken stream is an error", []string{"lsp"}, "Content-Length: x\r\n\r\n", exitError, `"code":-32700`, "not a length"},
		{"an argument is a usage error", []string{"lsp", "file.md"}, "", exitError, "", "unexpected argument"},
		{"an unknown locale is a usage error", []string{"lsp", "--locale", "fr"}, "", exitError, "", `unknown locale "fr"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("status %d, stdout %q, stderr %q; want %d, %q in stdout, %q in stderr",
					status, out.String(), errOut.String(), tt.wantStatus, tt.wantOut, tt.wantErr)
			}
		})
	}
}
