package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// A testClient drives a server through its stdio transport, as an editor
// does: framed JSON-RPC on a pair of pipes.
type testClient struct {
	t       testing.TB
	toSrv   *io.PipeWriter
	in      chan *message // messages from the server, in order
	pending []*message    // read while waiting for something else
	served  chan error    // Serve's result
	nextID  int
}

// hangGuard bounds every wait of a test, so that a server that never
// answers fails the test instead of hanging it. It is not a speed check.
const hangGuard = 60 * time.Second

func startServer(t testing.TB, opts Options) *testClient {
	t.Helper()
	cr, sw := io.Pipe() // server -> client
	sr, cw := io.Pipe() // client -> server
	c := &testClient{t: t, toSrv: cw, in: make(chan *message, 1024), served: make(chan error, 1)}
	if opts.Debounce == 0 {
		opts.Debounce = time.Millisecond
	}
	go func() {
		err := Serve(context.Background(), sr, sw, opts)
		sw.Close()
		c.served <- err
	}()
	go func() {
		r := newReader(cr, 1<<30)
		for {
			body, err := r.read()
			if err != nil {
				close(c.in)
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("the server sent a body that is not JSON: %v: %q", err, body)
				continue
			}
			c.in <- &m
		}
	}()
	t.Cleanup(func() {
		cw.Close()
		cr.Close()
	})
	return c
}

// sendRaw writes bytes as they are to the server.
func (c *testClient) sendRaw(b []byte) {
	c.t.Helper()
	if _, err := c.toSrv.Write(b); err != nil {
		c.t.Fatalf("writing to the server: %v", err)
	}
}

// sendBody frames body and sends it.
func (c *testClient) sendBody(body []byte) {
	c.t.Helper()
	c.sendRaw(append([]byte("Content-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"), body...))
}

func (c *testClient) send(m *message) {
	c.t.Helper()
	m.JSONRPC = "2.0"
	b, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendBody(b)
}

func mustJSON(t testing.TB, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// notify sends a notification.
func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	c.send(&message{Method: method, Params: mustJSON(c.t, params)})
}

// startCall sends a request and returns its ID.
func (c *testClient) startCall(method string, params any) json.RawMessage {
	c.t.Helper()
	c.nextID++
	id := json.RawMessage(strconv.Itoa(c.nextID))
	c.send(&message{ID: id, Method: method, Params: mustJSON(c.t, params)})
	return id
}

// call sends a request and returns its response.
func (c *testClient) call(method string, params any) *message {
	c.t.Helper()
	id := c.startCall(method, params)
	return c.wait(func(m *message) bool { return m.Method == "" && string(m.ID) == string(id) }, "the response to "+method)
}

// wait returns the first message, pending or to come, for which match is
// true; others are kept pending.
func (c *testClient) wait(match func(*message) bool, what string) *message {
	c.t.Helper()
	for i, m := range c.pending {
		if match(m) {
			c.pending = append(c.pending[:i], c.pending[i+1:]...)
			return m
		}
	}
	timeout := time.After(hangGuard)
	for {
		select {
		case m, ok := <-c.in:
			if !ok {
				c.t.Fatalf("the server closed its output while the test waited for %s", what)
			}
			if match(m) {
				return m
			}
			c.pending = append(c.pending, m)
		case <-timeout:
			c.t.Fatalf("no %s after %v", what, hangGuard)
		}
	}
}

// diagnostics waits for the diagnostics of uri published for version.
func (c *testClient) diagnostics(uri string, version int) []diagnostic {
	c.t.Helper()
	var p publishDiagnosticsParams
	c.wait(func(m *message) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		p = publishDiagnosticsParams{}
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatal(err)
		}
		if p.URI == uri && p.Version != nil && *p.Version > version {
			c.t.Fatalf("diagnostics for version %d arrived while the test waited for version %d", *p.Version, version)
		}
		return p.URI == uri && p.Version != nil && *p.Version == version
	}, fmt.Sprintf("diagnostics of %s version %d", uri, version))
	return p.Diagnostics
}

// initialize sends initialize (offering encodings) and initialized.
func (c *testClient) initialize(encodings ...string) initializeResult {
	c.t.Helper()
	params := map[string]any{
		"processId": nil,
		"capabilities": map[string]any{
			"general":   map[string]any{"positionEncodings": encodings},
			"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}},
		},
	}
	resp := c.call("initialize", params)
	if resp.Error != nil {
		c.t.Fatalf("initialize: %v", resp.Error)
	}
	var r initializeResult
	if err := json.Unmarshal(resp.Result, &r); err != nil {
		c.t.Fatal(err)
	}
	c.notify("initialized", map[string]any{})
	return r
}

// open sends didOpen for text at version 1.
func (c *testClient) open(uri, languageID, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": languageID, "version": 1, "text": text,
	}})
}

// change sends one incremental change.
func (c *testClient) change(uri string, version int, r textRange, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": []any{map[string]any{"range": r, "text": text}},
	})
}

// shutdown shuts the server down and checks that it ends cleanly.
func (c *testClient) shutdown() {
	c.t.Helper()
	if resp := c.call("shutdown", nil); resp.Error != nil || string(resp.Result) != "null" {
		c.t.Fatalf("shutdown: result %s, error %v; want null", resp.Result, resp.Error)
	}
	c.notify("exit", nil)
	select {
	case err := <-c.served:
		if err != nil {
			c.t.Fatalf("Serve after shutdown and exit: %v, want nil", err)
		}
	case <-time.After(hangGuard):
		c.t.Fatalf("Serve did not return %v after exit", hangGuard)
	}
}

// tempFile writes text to name in dir and returns its path.
func tempFile(t testing.TB, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
