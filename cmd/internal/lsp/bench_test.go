package lsp

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lexcheck/lexcheck/internal/benchtext"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// benchArticle returns real news text of at least words words: Reuters
// articles from ../shared/bench, one after another. It skips the
// benchmark when they are not there.
func benchArticle(b *testing.B, words int) string {
	b.Helper()
	var sb strings.Builder
	n := 0
	for _, a := range benchtext.Articles(b) {
		if n >= words {
			return sb.String()
		}
		sb.Write(a.Text)
		sb.WriteString("\n\n")
		n += len(strings.Fields(string(a.Text)))
	}
	b.Fatalf("the benchmark text has fewer than %d words", words)
	return ""
}

// BenchmarkChangeToDiagnostics measures the time from a change of one
// line in a 5,000-word article to its diagnostics being published, with
// no pause before the check (the server's default pause adds 150ms), next
// to the check alone of the same text.
func BenchmarkChangeToDiagnostics(b *testing.B) {
	text := benchArticle(b, 5000)
	b.Run("session", func(b *testing.B) {
		uri := fileURI(filepath.Join(workDir(b), "article.txt"))
		c := startServer(b, Options{Debounce: time.Nanosecond})
		c.initialize()
		c.open(uri, "plaintext", text)
		c.diagnostics(uri, 1)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		version := 1
		for b.Loop() {
			version++
			// Line 3 gains a misspelling, then loses it again.
			if version%2 == 0 {
				c.change(uri, version, textRange{position{2, 0}, position{2, 0}}, "oppenents ")
			} else {
				c.change(uri, version, textRange{position{2, 0}, position{2, 10}}, "")
			}
			c.diagnostics(uri, version)
			c.pending = c.pending[:0]
		}
		b.StopTimer()
		c.shutdown()
	})
	b.Run("check-only", func(b *testing.B) {
		d, err := lexicon.Default("")
		if err != nil {
			b.Fatal(err)
		}
		ch := spell.NewChecker(d, spell.Options{})
		src := []byte(text)
		ch.CheckDocument(spell.Document{Src: src})
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			ch.CheckDocument(spell.Document{Src: src})
		}
	})
}
