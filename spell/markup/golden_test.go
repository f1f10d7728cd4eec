package markup

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/golden"
)

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

// proseWords lists the words of out, the Prose rendering of src, one a
// line, as "line:col word" with the line counted in src (a block's tag is
// a line break in out only) and the column in code points. A word is a
// run of non-blank bytes with surrounding punctuation trimmed.
func proseWords(src, out []byte) []byte {
	var b bytes.Buffer
	line, col := 1, 1
	for i := 0; i < len(out); {
		c := out[i]
		if c == '\n' && src[i] == '\n' {
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
			got := proseWords(src, out)
			golden.Check(t, file+".golden", got)
		})
	}
}
