package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// encode returns s in e, with e's byte order mark: the simple twin of
// wideEncoding.decode.
func encode(e wideEncoding, s string) []byte {
	out := bytes.Clone(e.bom)
	for _, r := range s {
		if e.unit == 4 {
			out = e.order.AppendUint32(out, uint32(r))
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			out = e.order.AppendUint16(out, u)
		}
	}
	return out
}

type position struct{ Line, Column, Offset, Length int }

// findingsOf runs check --format json on file and returns the positions
// of its findings and the exit status.
func findingsOf(t *testing.T, file string) ([]position, int) {
	t.Helper()
	var stdout bytes.Buffer
	status := run([]string{"check", "--format", "json", file}, nil, &stdout, &bytes.Buffer{})
	var out struct{ Findings []position }
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return out.Findings, status
}

// TestWideEncodings checks UTF-16 and UTF-32 files with a byte order
// mark: they are checked (before, they were skipped as binary and the run
// exited 0), lines and columns are those of the same text in UTF-8, and
// offsets and lengths count the file's own bytes.
func TestWideEncodings(t *testing.T) {
	const text = "Ünïcode line.\nThe goverment met 😀 the oppenents.\n"
	dir := t.TempDir()
	plain := filepath.Join(dir, "utf8.txt")
	if err := os.WriteFile(plain, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	want, status := findingsOf(t, plain)
	if status != exitFindings || len(want) != 2 {
		t.Fatalf("UTF-8: status %d, %d findings; want %d and 2", status, len(want), exitFindings)
	}
	for _, e := range wideEncodings {
		t.Run(e.name, func(t *testing.T) {
			file := filepath.Join(dir, e.name+".txt")
			src := encode(e, text)
			if err := os.WriteFile(file, src, 0o644); err != nil {
				t.Fatal(err)
			}
			got, status := findingsOf(t, file)
			if status != exitFindings {
				t.Errorf("status %d, want %d", status, exitFindings)
			}
			if len(got) != len(want) {
				t.Fatalf("findings %v, want %d", got, len(want))
			}
			for i, g := range got {
				w := want[i]
				// The offset in the file is the length of the text
				// before the word, encoded.
				before := text[:w.Offset]
				w.Offset = len(encode(e, before))
				w.Length = len(encode(e, text[:want[i].Offset+want[i].Length])) - w.Offset
				if g != w {
					t.Errorf("finding %d at %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestWideEncodingNotFixed checks that --fix and --diff refuse a UTF-16
// file with something to fix, with exit status 2, and leave it as it is.
func TestWideEncodingNotFixed(t *testing.T) {
	e := wideEncodings[2] // UTF-16LE
	file := filepath.Join(t.TempDir(), "a.txt")
	src := encode(e, "The goverment met.\n")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--fix", "--diff"} {
		var stdout, stderr bytes.Buffer
		if status := run([]string{"check", flag, file}, nil, &stdout, &stderr); status != exitError {
			t.Errorf("%s: status %d, want %d", flag, status, exitError)
		}
		if want := file + ": UTF-16LE text; --fix and --diff change only UTF-8 files: not fixed"; !strings.Contains(stderr.String(), want) {
			t.Errorf("%s: stderr %q, want %q", flag, stderr.String(), want)
		}
		if now, _ := os.ReadFile(file); !bytes.Equal(now, src) {
			t.Errorf("%s: the file changed", flag)
		}
	}
}

func FuzzWideDecode(f *testing.F) {
	for _, s := range []string{"a", "😀b", "\xff\xfe", "\x00\xd8\x00\xdc", "\x00\xd8a", "\xff\xff\x10\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range wideEncodings {
			// Any bytes after the mark decode to valid UTF-8.
			raw := append(bytes.Clone(e.bom), s...)
			if got := e.decode(raw); !utf8.Valid(got) {
				t.Fatalf("%s: decode(%q) = %q, not UTF-8", e.name, raw, got)
			}
			// Valid text comes back as it went in.
			if !utf8.ValidString(s) {
				continue
			}
			if got := string(e.decode(encode(e, s))); got != strings.ToValidUTF8(s, "\uFFFD") {
				t.Fatalf("%s: decode(encode(%q)) = %q", e.name, s, got)
			}
		}
	})
}
