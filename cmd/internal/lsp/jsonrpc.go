package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// The JSON-RPC 2.0 and LSP error codes the server sends.
const (
	codeParseError       = -32700
	codeInvalidRequest   = -32600
	codeMethodNotFound   = -32601
	codeInvalidParams    = -32602
	codeInternalError    = -32603
	codeNotInitialized   = -32002
	codeRequestCancelled = -32800
)

// A message is one JSON-RPC 2.0 request, notification or response. A
// request has an ID and a Method; a notification a Method only; a
// response an ID and a Result or an Error.
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// isRequest reports whether m expects a response.
func (m *message) isRequest() bool { return len(m.ID) > 0 && m.Method != "" }

// An rpcError is the error member of a response.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// Limits of the framing.
const (
	maxHeaderLine = 4 << 10 // bytes in one header line
	maxHeaders    = 16      // header lines in one message
)

// A frameError is a message whose header cannot be read: the stream
// cannot be trusted after it, so the session ends.
type frameError struct{ msg string }

func (e *frameError) Error() string { return "malformed message header: " + e.msg }

// A tooLargeError is a message whose body is longer than the reader's
// limit. The body has been skipped: the stream goes on after it.
type tooLargeError struct{ size, max int64 }

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("message of %d bytes is larger than the %d bytes accepted", e.size, e.max)
}

// A reader reads base-protocol messages: header lines ending in "\r\n"
// (a bare "\n" is accepted too), of which Content-Length is required and
// Content-Type ignored, an empty line, and a body of Content-Length bytes.
type reader struct {
	r   *bufio.Reader
	max int64 // largest body accepted
}

func newReader(r io.Reader, max int64) *reader {
	return &reader{r: bufio.NewReaderSize(r, maxHeaderLine), max: max}
}

// read returns the next message body. At the end of the input between
// messages it returns io.EOF; in the middle of one, io.ErrUnexpectedEOF.
// A header it cannot read is a *frameError; a body over the limit is a
// *tooLargeError, after which the next read goes on with the next message.
func (r *reader) read() ([]byte, error) {
	length := int64(-1)
	for n := 0; ; n++ {
		line, err := r.line()
		if err != nil {
			if err == io.EOF && n > 0 {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		if line == "" {
			break
		}
		if n >= maxHeaders {
			return nil, &frameError{fmt.Sprintf("more than %d header lines", maxHeaders)}
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, &frameError{fmt.Sprintf("%q is not a header line", line)}
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			v, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || v < 0 {
				return nil, &frameError{fmt.Sprintf("Content-Length %q is not a length", strings.TrimSpace(value))}
			}
			length = v
		}
	}
	if length < 0 {
		return nil, &frameError{"no Content-Length"}
	}
	if length > r.max {
		if _, err := io.CopyN(io.Discard, r.r, length); err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		return nil, &tooLargeError{length, r.max}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r.r, body); err != nil {
		return nil, io.ErrUnexpectedEOF
	}
	return body, nil
}

// line reads one header line without its line end.
func (r *reader) line() (string, error) {
	var b []byte
	for {
		chunk, err := r.r.ReadSlice('\n')
		b = append(b, chunk...)
		if len(b) > maxHeaderLine {
			return "", &frameError{fmt.Sprintf("header line longer than %d bytes", maxHeaderLine)}
		}
		if err == nil {
			break
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(b) > 0 {
			return "", io.ErrUnexpectedEOF
		}
		return "", err
	}
	return string(bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))), nil
}

// decode parses a message body. A body that is not a JSON-RPC 2.0 message
// is an *rpcError to send back, with a null ID.
func decode(body []byte) (*message, *rpcError) {
	var m message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, &rpcError{codeParseError, "the message is not JSON: " + err.Error()}
	}
	if m.JSONRPC != "2.0" {
		return nil, &rpcError{codeInvalidRequest, `the message does not say "jsonrpc": "2.0"`}
	}
	if m.Method == "" && len(m.ID) == 0 {
		return nil, &rpcError{codeInvalidRequest, "the message has neither a method nor an id"}
	}
	return &m, nil
}

// A writer writes messages; it is safe for concurrent use.
type writer struct {
	mu  sync.Mutex
	w   io.Writer
	err error // the first write error; later writes are dropped
}

// write sends m, framed. After a failed write the writer drops every
// message and keeps returning the error.
func (w *writer) write(m *message) error {
	m.JSONRPC = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	frame := make([]byte, 0, len(body)+32)
	frame = fmt.Appendf(frame, "Content-Length: %d\r\n\r\n", len(body))
	frame = append(frame, body...)
	if _, err := w.w.Write(frame); err != nil {
		w.err = errors.Join(errors.New("writing to the client"), err)
	}
	return w.err
}
