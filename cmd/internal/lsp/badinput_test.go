package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// nextResponse waits for the next response (a message without a method).
func (c *testClient) nextResponse() *message {
	c.t.Helper()
	return c.wait(func(m *message) bool { return m.Method == "" }, "a response")
}

// served waits for Serve to return and returns its error.
func (c *testClient) servedErr() error {
	c.t.Helper()
	select {
	case err := <-c.served:
		return err
	case <-time.After(hangGuard):
		c.t.Fatalf("Serve did not return within %v", hangGuard)
		return nil
	}
}

func TestBadMessages(t *testing.T) {
	tests := []struct {
		name     string
		send     func(c *testClient)
		wantCode int
		wantMsg  string
	}{
		{"a body that is not JSON", func(c *testClient) { c.sendBody([]byte(`{"jsonrpc":"2.0","id":1,`)) }, codeParseError, "not JSON"},
		{"a body that is not JSON-RPC 2.0", func(c *testClient) { c.sendBody([]byte(`{"id":1,"method":"initialize"}`)) }, codeInvalidRequest, `"jsonrpc": "2.0"`},
		{"neither a method nor an id", func(c *testClient) { c.sendBody([]byte(`{"jsonrpc":"2.0"}`)) }, codeInvalidRequest, "neither"},
		{"a message over the limit", func(c *testClient) {
			c.sendBody([]byte(`{"jsonrpc":"2.0","method":"x","params":"` + strings.Repeat("a", 2000) + `"}`))
		}, codeInvalidRequest, "larger than the 1024 bytes"},
		{"a request before initialize", func(c *testClient) { c.startCall("textDocument/codeAction", map[string]any{}) }, codeNotInitialized, "initialize first"},
		{"a request cancelled before it was handled", func(c *testClient) {
			// The cancellation is read before the request it names, so the
			// request is still waiting when it is noted, whatever the timing.
			c.notify("$/cancelRequest", map[string]any{"id": c.nextID + 1})
			c.startCall("initialize", map[string]any{})
		}, codeRequestCancelled, "cancelled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := startServer(t, Options{MaxMessageBytes: 1024})
			tt.send(c)
			resp := c.nextResponse()
			if resp.Error == nil || resp.Error.Code != tt.wantCode || !strings.Contains(resp.Error.Message, tt.wantMsg) {
				t.Fatalf("response %s %+v; want error %d saying %q", resp.Result, resp.Error, tt.wantCode, tt.wantMsg)
			}
			// The session goes on.
			c.initialize()
			c.shutdown()
		})
	}
}

func TestBadRequests(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	c.notify("workspace/somethingNew", map[string]any{}) // ignored: no response
	tests := []struct {
		method   string
		params   any
		wantCode int
		wantMsg  string
	}{
		{"textDocument/hover", map[string]any{}, codeMethodNotFound, `"textDocument/hover"`},
		{"textDocument/codeAction", []int{1}, codeInvalidParams, "bad params"},
		{"workspace/executeCommand", map[string]any{"command": "rm"}, codeInvalidParams, `no command "rm"`},
		{"workspace/executeCommand", map[string]any{"command": cmdIgnoreInFile, "arguments": []any{1}}, codeInvalidParams, "takes a document URI and a word"},
		{"initialize", map[string]any{}, codeInvalidRequest, "already"},
	}
	for _, tt := range tests {
		resp := c.call(tt.method, tt.params)
		if resp.Error == nil || resp.Error.Code != tt.wantCode || !strings.Contains(resp.Error.Message, tt.wantMsg) {
			t.Errorf("%s: response %s %+v; want error %d saying %q", tt.method, resp.Result, resp.Error, tt.wantCode, tt.wantMsg)
		}
	}
	if len(c.pending) != 0 {
		t.Errorf("unexpected messages: %v", c.pending)
	}
	c.shutdown()
}

func TestBrokenStream(t *testing.T) {
	tests := []struct {
		name     string
		raw      string
		wantResp bool // an error response before the end
		want     string
	}{
		{"a header line without a colon", "Content-Length 12\r\n\r\n", true, "not a header line"},
		{"no Content-Length", "Content-Type: x\r\n\r\n{}", true, "no Content-Length"},
		{"a length that is not a number", "Content-Length: -4\r\n\r\n", true, "not a length"},
		{"the input ends inside a body", "Content-Length: 100\r\n\r\n{", false, "unexpected EOF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := startServer(t, Options{})
			c.sendRaw([]byte(tt.raw))
			if tt.wantResp {
				if resp := c.nextResponse(); resp.Error == nil || resp.Error.Code != codeParseError || !strings.Contains(resp.Error.Message, tt.want) {
					t.Errorf("response %+v; want a parse error saying %q", resp.Error, tt.want)
				}
			} else {
				c.toSrv.Close()
			}
			if err := c.servedErr(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Serve returned %v; want an error saying %q", err, tt.want)
			}
		})
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	c.notify("exit", nil)
	if err := c.servedErr(); !errors.Is(err, ErrExitWithoutShutdown) {
		t.Errorf("Serve returned %v, want ErrExitWithoutShutdown", err)
	}
}

func TestEndOfInputAfterShutdown(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	c.call("shutdown", nil)
	c.toSrv.Close()
	if err := c.servedErr(); err != nil {
		t.Errorf("Serve returned %v at the end of its input after shutdown, want nil", err)
	}
}

func TestDocumentNotUTF8(t *testing.T) {
	uri := fileURI(filepath.Join(workDir(t), "latin1.txt"))
	c := startServer(t, Options{})
	c.initialize()
	// An editor that sends Latin-1 bytes as they are: "café" ends in 0xE9.
	params := `{"textDocument":{"uri":"` + uri + `","languageId":"plaintext","version":1,"text":"Le caf` + "\xe9" + ` des oppenents.\n"}}`
	c.sendBody([]byte(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":` + params + `}`))
	ds := c.diagnostics(uri, 1)
	sameList(t, "diagnostics", gotOf(ds), []string{
		`0:6-6  ""`,
		`0:3-6 misspelling "caf"`, // the word cut short by U+FFFD, as check reads it
		`0:12-21 misspelling "oppenents"`,
	})
	if len(ds) > 0 && !strings.Contains(ds[0].Message, "not valid UTF-8") {
		t.Errorf("first diagnostic %q, want one saying the text is not UTF-8", ds[0].Message)
	}
	c.shutdown()
}

func TestHugeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("a 50 MB document: not in -short")
	}
	uri := fileURI(filepath.Join(workDir(t), "huge.txt"))
	c := startServer(t, Options{})
	c.initialize()
	line := "The oppenents met in the capital on Thursday.\n"
	text := strings.Repeat(line, 50<<20/len(line))
	c.open(uri, "plaintext", text)
	ds := c.diagnostics(uri, 1)
	if len(ds) != 1 || !strings.Contains(ds[0].Message, "the document is 50.0 MB, more than the 16.0 MB") {
		t.Fatalf("diagnostics %+v; want one saying the document is too large", ds)
	}
	c.change(uri, 2, textRange{position{0, 0}, position{1, 0}}, "")
	if ds := c.diagnostics(uri, 2); len(ds) != 1 {
		t.Errorf("%d diagnostics after a change, want 1", len(ds))
	}
	c.shutdown()
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("Content-Length: 2\r\n\r\n{}"))
	f.Add([]byte("Content-Length: 5\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\"}Content-Length: 0\n\n"))
	f.Add([]byte("Content-Length: 99999999\r\n\r\n{"))
	f.Add([]byte("content-length:3\r\n\r\nabc"))
	f.Add([]byte("Content-Length: 2\r\nX\r\n\r\n{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 64
		r := newReader(strings.NewReader(string(data)), max)
		for n := 0; ; n++ {
			if n > len(data) {
				t.Fatal("more messages than bytes: the reader is not advancing")
			}
			body, err := r.read()
			var tl *tooLargeError
			if errors.As(err, &tl) {
				continue
			}
			if err != nil {
				var fe *frameError
				if err != io.EOF && err != io.ErrUnexpectedEOF && !errors.As(err, &fe) {
					t.Fatalf("unexpected error %T %v", err, err)
				}
				return
			}
			if len(body) > max {
				t.Fatalf("body of %d bytes over the limit", len(body))
			}
			// A body that decodes re-encodes and reads back the same.
			m, rerr := decode(body)
			if rerr != nil {
				continue
			}
			var out strings.Builder
			w := &writer{w: &out}
			if err := w.write(m); err != nil {
				t.Fatal(err)
			}
			again, err := newReader(strings.NewReader(out.String()), 1<<30).read()
			if err != nil {
				t.Fatalf("reading back %q: %v", out.String(), err)
			}
			m2, rerr := decode(again)
			if rerr != nil || m2.Method != m.Method || string(m2.ID) != string(m.ID) {
				t.Fatalf("round trip of %q gave %+v, %v", body, m2, rerr)
			}
		}
	})
}

func FuzzApplyChanges(f *testing.F) {
	f.Add("Café 🙂 Бакиев\r\nline\n", 0, 5, 1, 2, "x", true)
	f.Fuzz(func(t *testing.T, text string, l1, c1, l2, c2 int, repl string, utf8Positions bool) {
		enc := utf16Units
		if utf8Positions {
			enc = utf8Units
		}
		got, err := applyChanges([]byte(text), []contentChange{{&textRange{position{l1, c1}, position{l2, c2}}, repl}}, enc)
		if err != nil {
			return
		}
		if len(got) > len(text)+len(repl) || len(got) < len(repl) {
			t.Fatalf("result of %d bytes from %d and %d", len(got), len(text), len(repl))
		}
		// Every character start of a line maps to a position and back.
		x := newLineIndex(got, enc)
		for i := range min(len(x.starts), 3) {
			for off := x.starts[i]; off <= x.lineEnd(i); {
				p := x.position(off)
				if back, err := x.offset(p); err != nil || back != off {
					t.Fatalf("offset %d maps to %v, which maps to %d, %v", off, p, back, err)
				}
				if off == x.lineEnd(i) {
					break
				}
				_, size := utf8.DecodeRune(got[off:])
				off += size
			}
		}
	})
}

// FuzzSession feeds a whole session's input to the server: whatever it
// is, Serve returns at its end, without a panic.
func FuzzSession(f *testing.F) {
	uri := fileURI("/nonexistent/lexcheck-fuzz/a.md")
	f.Add([]byte(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-8"]}}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"`+uri+`","languageId":"markdown","version":1,"text":"The oppenents 🙂\n"}}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"`+uri+`","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":4},"end":{"line":0,"character":13}},"text":"x"}]}}`,
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"`+uri+`"},"range":{"start":{"line":0,"character":5},"end":{"line":0,"character":5}},"context":{"diagnostics":[]}}}`,
		`{"jsonrpc":"2.0","id":3,"method":"shutdown"}`)))
	f.Add([]byte(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize"}`, `{"jsonrpc":"2.0","method":"initialized"}`, `[1,2]`, `{"jsonrpc":"2.0","id":{},"method":"x"}`)))
	f.Fuzz(func(t *testing.T, input []byte) {
		Serve(context.Background(), bytes.NewReader(input), io.Discard, Options{Debounce: time.Nanosecond, MaxMessageBytes: 1 << 16})
	})
}

// frame frames JSON-RPC bodies one after another.
func frame(bodies ...string) string {
	var sb strings.Builder
	for _, b := range bodies {
		fmt.Fprintf(&sb, "Content-Length: %d\r\n\r\n%s", len(b), b)
	}
	return sb.String()
}

func TestClosedWithoutShutdown(t *testing.T) {
	c := startServer(t, Options{})
	c.initialize()
	c.open(fileURI(filepath.Join(workDir(t), "a.txt")), "plaintext", "The oppenents.\n")
	c.toSrv.Close()
	if err := c.servedErr(); !errors.Is(err, ErrClosedWithoutShutdown) {
		t.Errorf("Serve returned %v when its input ended, want ErrClosedWithoutShutdown", err)
	}
}
