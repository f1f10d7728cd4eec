package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// largeText returns at least n bytes of text ending in a misspelling.
func largeText(n int) []byte {
	line := "The government met its opponents in Osh and the committee argued about the budget.\n"
	return []byte(strings.Repeat(line, n/len(line)+1) + "The goverment said so.\n")
}

// TestLoadMapped checks a file large enough to be mapped into memory
// rather than read: the findings are those of the same text read from
// standard input.
func TestLoadMapped(t *testing.T) {
	src := largeText(mapMin)
	file := filepath.Join(t.TempDir(), "large.txt")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	var fromFile, fromStdin bytes.Buffer
	if status := run([]string{"check", "--format", "json", file}, nil, &fromFile, io.Discard); status != exitFindings {
		t.Fatalf("file: status %d", status)
	}
	if status := run([]string{"check", "--format", "json", "-"}, bytes.NewReader(src), &fromStdin, io.Discard); status != exitFindings {
		t.Fatalf("stdin: status %d", status)
	}
	got := strings.ReplaceAll(fromFile.String(), strings.ReplaceAll(file, `\`, `\\`), "-")
	if got != fromStdin.String() || !strings.Contains(got, `"goverment"`) {
		t.Errorf("mapped file gave\n%s\nstandard input gave\n%s", got, fromStdin.String())
	}
}

// TestLoadShrunk checks that a mapped file cut short while it is checked
// is an error of that input, not a crash.
func TestLoadShrunk(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no memory-mapped input here")
	}
	file := filepath.Join(t.TempDir(), "large.txt")
	if err := os.WriteFile(file, largeText(2*mapMin), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	in := input{name: file, key: file, checker: spell.NewChecker(lex, spell.Options{})}
	src, release, err := in.load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(file, 0); err != nil {
		t.Fatal(err)
	}
	r := checkLoaded(in, src, release, -1)
	r.release()
	if r.err == nil || !strings.Contains(r.err.Error(), "changed while it was being read") {
		t.Fatalf("got error %v and %d findings, want the file reported as changed", r.err, len(r.findings))
	}
}

// TestKeptTextNotMapped checks that a large file kept for --fix and
// --diff is read, not mapped: a change to the file after its check must
// not change the text that --fix compares with the file before writing.
func TestKeptTextNotMapped(t *testing.T) {
	file := filepath.Join(t.TempDir(), "large.txt")
	orig := largeText(2 * mapMin)
	if err := os.WriteFile(file, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	in := input{name: file, key: file, checker: spell.NewChecker(lex, spell.Options{})}
	r := checkAll([]input{in}, nil, 1, -1, true, nil)[0]
	defer r.release()
	if r.err != nil {
		t.Fatal(r.err)
	}
	edited := bytes.ToUpper(orig) // the same size, other bytes
	if err := os.WriteFile(file, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(r.src, orig) {
		t.Fatal("the kept text changed with the file: it is a mapping, not a copy")
	}
}

// TestGitignoreAbs checks that the walk's paths are made absolute as
// filepath.Abs makes them, from whatever root the walk starts at.
func TestGitignoreAbs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, sub := range []string{"a/b", "ab"} {
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ root, p string }{
		{".", "a"},
		{".", "a/b/x.md"},
		{".", "."},
		{"a", "a/b/x.md"},
		{"a/", "a/b"},
		{"./a", "a/b/x.md"},
		{"a", "ab/x.md"}, // shares the root's letters, not below it
		{dir, filepath.Join(dir, "a", "x.md")},
		{"a/b", "a/x.md"},
	}
	for _, tt := range tests {
		g := newGitignore(tt.root)
		want, err := filepath.Abs(tt.p)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.abs(tt.p); got != want {
			t.Errorf("root %q: abs(%q) = %q, want %q", tt.root, tt.p, got, want)
		}
	}
}

// TestCheckAllReadsAhead checks that checkAll, which reads the files of a
// batch before it checks them, gives each input the result it gets alone,
// in input order, for any number of inputs and goroutines: a missing file
// is its own error, a large one (mapped, beyond the bytes read ahead) and
// empty ones are checked in turn.
func TestCheckAllReadsAhead(t *testing.T) {
	dir := t.TempDir()
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	c := spell.NewChecker(lex, spell.Options{})
	var all []input
	for i := range 70 {
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		var text []byte
		switch {
		case i == 20:
			text = largeText(2 * mapMin)
		case i%9 == 0:
			text = nil // empty
		default:
			text = fmt.Appendf(nil, "Article %d: the goverment met in Osh.\nThe the budget was agreed.\n", i)
		}
		if i != 33 { // 33 is missing
			if err := os.WriteFile(name, text, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		all = append(all, input{name: name, key: name, walked: true, checker: c})
	}
	alone := func(in input) string {
		r := checkInput(in, loadInput(in, nil, false), -1)
		defer r.release()
		return fmt.Sprintf("%v %v %d %v", r.err != nil, r.empty, r.stats.Words, r.findings)
	}
	for _, tt := range []struct{ inputs, jobs int }{{1, 1}, {5, 1}, {17, 1}, {70, 1}, {70, 2}, {70, 4}, {3, 4}} {
		t.Run(fmt.Sprintf("%d inputs, %d jobs", tt.inputs, tt.jobs), func(t *testing.T) {
			ins := all[:tt.inputs]
			got := checkAll(ins, nil, tt.jobs, -1, false, nil)
			if len(got) != len(ins) {
				t.Fatalf("%d results for %d inputs", len(got), len(ins))
			}
			for i, r := range got {
				g := fmt.Sprintf("%v %v %d %v", r.err != nil, r.empty, r.stats.Words, r.findings)
				if want := alone(ins[i]); g != want {
					t.Errorf("input %d: got %s, want %s", i, g, want)
				}
				if r.src != nil {
					t.Errorf("input %d: text kept without keep", i)
				}
			}
		})
	}
}
