package server

import (
	"encoding/json"
	"net/http"
	"testing"
)

// TestRawTextOffsets checks that a request's offsets and columns are those
// of its bytes, as the command line gives them for a file: an invalid
// UTF-8 byte is one byte and one column (encoding/json would make it the
// three bytes of U+FFFD), and a UTF-8 byte order mark is not a column.
func TestRawTextOffsets(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, c := range []struct {
		name, body     string
		offset, column int
	}{
		{"an invalid byte is one byte", "{\"text\": \"a\xff goverment\"}", 3, 4},
		{"two invalid bytes are two", "{\"text\": \"\xc3\xff goverment\"}", 3, 4},
		{"an escaped mark is not a column", `{"text": "\ufeffThe goverment"}`, 7, 5},
		{"a raw mark is not a column", "{\"text\": \"\xef\xbb\xbfThe goverment\"}", 7, 5},
	} {
		out := decodeOutput(t, post(t, s.Handler(), c.body))
		if len(out.Findings) != 1 {
			t.Errorf("%s: %d findings, want 1", c.name, len(out.Findings))
			continue
		}
		if f := out.Findings[0]; f.Offset != c.offset || f.Column != c.column {
			t.Errorf("%s: offset %d column %d, want %d and %d", c.name, f.Offset, f.Column, c.offset, c.column)
		}
	}
}

func TestRawTextErrors(t *testing.T) {
	s, _ := newServer(t, Config{})
	for _, body := range []string{`{"text": null}`, `{"text": 3}`, `{"text": ["a"]}`} {
		if w := post(t, s.Handler(), body); w.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", body, w.Code)
		}
	}
}

// FuzzRawText checks rawText against encoding/json: they agree on every
// JSON string once each invalid byte rawText keeps is read as U+FFFD.
func FuzzRawText(f *testing.F) {
	for _, s := range []string{`"a"`, `"\u00e9\n\t\"\\\/"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ud83dx"`, `"\ud83d\u0041"`, "\"\xff\xfe\"", `""`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var want string
		if json.Unmarshal(b, &want) != nil {
			return
		}
		var got rawText
		if err := got.UnmarshalJSON(b); err != nil {
			t.Fatalf("UnmarshalJSON(%q): %v; encoding/json reads %q", b, err, want)
		}
		if s := string([]rune(string(got))); s != want {
			t.Fatalf("UnmarshalJSON(%q) = %q, want %q", b, got, want)
		}
	})
}

// TestReadyWhileBusy checks that /readyz says not ready while every check
// slot is taken, and ready again once one is free.
func TestReadyWhileBusy(t *testing.T) {
	s, _ := newServer(t, Config{MaxConcurrent: 2})
	for range 2 {
		s.slots <- struct{}{}
	}
	if w := get(t, s.Handler(), "/readyz"); w.Code != http.StatusServiceUnavailable {
		t.Errorf("every slot busy: status %d, want 503", w.Code)
	}
	<-s.slots
	if w := get(t, s.Handler(), "/readyz"); w.Code != http.StatusOK {
		t.Errorf("a slot free: status %d, want 200", w.Code)
	}
	<-s.slots
}
