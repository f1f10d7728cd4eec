package markup

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "update golden files")

// fixtures returns the fixture files of testdata/site (all but the
// golden files).
func fixtures(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "site", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if filepath.Ext(f) != ".golden" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatal("no fixtures in testdata/site")
	}
	return out
}

// proseWords lists the words of a Prose rendering, one a line, as
// "line:col word" with the column counted in code points. A word is a
// run of non-blank bytes with surrounding punctuation trimmed.
func proseWords(out []byte) []byte {
	var b bytes.Buffer
	line, col := 1, 1
	for i := 0; i < len(out); {
		c := out[i]
		if c == '\n' {
			line, col = line+1, 1
			i++
			continue
		}
		if isSpace(c) {
			col++
			i++
			continue
		}
		j := i
		for j < len(out) && !isSpace(out[j]) {
			j++
		}
		run := string(out[i:j])
		w := strings.TrimLeft(run, punct)
		lead := utf8.RuneCountInString(run[:len(run)-len(w)])
		if w = strings.TrimRight(w, punct); w != "" {
			fmt.Fprintf(&b, "%d:%d %s\n", line, col+lead, w)
		}
		col += utf8.RuneCountInString(run)
		i = j
	}
	return b.Bytes()
}

const punct = `.,:!?()[]"'*«»“”`

func TestGolden(t *testing.T) {
	for _, file := range fixtures(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			out := Prose(src, FormatOf(file))
			checkInvariants(t, src, out)
			got := proseWords(out)
			golden := file + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("prose words of %s differ from %s (run go test -update after checking):\n%s",
					file, golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the lines only one of want and got has.
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			fmt.Fprintf(&b, "-%s\n", l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			fmt.Fprintf(&b, "+%s\n", l)
		}
	}
	return b.String()
}
