package markup

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/benchtext"
)

func FuzzProse(f *testing.F) {
	for _, file := range fixtures(f) {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"```\nunclosed fence\n", "<pre><code>unclosed", "<!-- lexcheck:off", "---\ntitle: \"unclosed\n",
		"+++\nsummary = \"\"\"\nunclosed\n+++\n", "[a](<b \"c\"", "> <p title=\"x\n> y\">z", "\xff\xfe\xd0<b>\xd0\x91</b>",
		"<noscript><noscript><code>x", "a\x00b *c* \x00", "\r\n\r\n# h\r\n",
		strings.Repeat("- ", maxContainers+1) + "x\n", strings.Repeat("[a](", maxInlineMarks+1) + "\n```\n*a*\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, format := range []Format{Text, Markdown, HTML} {
			out := Prose(src, format)
			checkInvariants(t, src, out)
			// Without directives, text is all prose, and so is HTML
			// without markup (if it is valid UTF-8: the tokenizer's
			// view of the rest does not matter here).
			if bytes.Contains(src, dirPrefix) {
				continue
			}
			if format == Text || format == HTML && utf8.Valid(src) && !bytes.ContainsAny(src, "<&\x00") {
				if !bytes.Equal(out, src) {
					t.Fatalf("Prose(%q, %v) = %q, want the input unchanged", src, format, out)
				}
			}
		}
	})
}

func TestHugeLines(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("[", 200000),
		strings.Repeat("<code>", 50000),
		strings.Repeat("</code>", 50000),
		strings.Repeat("> ", 10000) + "x", // goldmark is quadratic in nesting depth
		strings.Repeat("*a ", 100000),
		strings.Repeat("www.", 50000),
		"---\n" + strings.Repeat("title: x\n", 50000),
		strings.Repeat("<!-- lexcheck:ignore-next-line -->", 20000),
		strings.Repeat("a", 1<<20),
	} {
		for _, f := range []Format{Text, Markdown, HTML} {
			checkInvariants(t, []byte(src), Prose([]byte(src), f))
		}
	}
}

// benchInput generates about n bytes of input in format f.
func benchInput(f Format, n int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		switch f {
		case Markdown:
			fmt.Fprintf(&b, "## Section %d: Bakiyev in Jalal-Abad\n\n", i)
			fmt.Fprintf(&b, "The *former* president met %d elders, aides said. See [the report](https://example.com/r/%d \"Report %d\") and `code %d`.\n", i, i, i, i)
			b.WriteString("Protesters gathered near the square on Thursday <kbd>Ctrl</kbd> and left peacefully by evening.\n\n")
			b.WriteString("```go\nfmt.Println(\"Qaddafi\")\n```\n\n| Date | Event |\n|---|---|\n| 7 April | Protests in Bishkek |\n\n")
			b.WriteString("> A supporter said the city was calm. <https://example.com/quote>\n\n- first item\n- second item with **Gaddafi**\n\n")
		case HTML:
			fmt.Fprintf(&b, "<h2 title=\"Section %d\">Bakiyev in Jalal-Abad</h2>\n", i)
			fmt.Fprintf(&b, "<p class=\"lead\">The <em>former</em> president met %d elders, aides said. See <a href=\"https://example.com/r/%d\" title=\"Report\">the report</a>.</p>\n", i, i)
			b.WriteString("<p>Protesters gathered near the square on Thursday &amp; left peacefully. Бакиев уехал.</p>\n")
			b.WriteString("<pre><code>fmt.Println(\"Qaddafi\")</code></pre>\n<img src=\"a.jpg\" alt=\"Crowd in Osh\"><!-- note -->\n")
			b.WriteString("<script>var x = 1;</script>\n")
		default:
			fmt.Fprintf(&b, "Section %d. The former president met elders in Jalal-Abad, aides said.\n", i)
			b.WriteString("Protesters gathered near the square on Thursday and left peacefully by evening. Бакиев уехал.\n\n")
		}
	}
	return []byte(b.String())
}

func BenchmarkProse(b *testing.B) {
	for _, f := range []Format{Markdown, HTML, Text} {
		b.Run(f.String(), func(b *testing.B) {
			src := benchInput(f, 300<<10)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Prose(src, f)
			}
		})
	}
}

// reutersText returns up to n bytes of the Reuters articles (see
// internal/benchtext), skipping b when they are not there.
func reutersText(b *testing.B, n int) []byte {
	src := benchtext.Joined(b)
	return src[:min(n, len(src))]
}

// BenchmarkBlanked measures the look for a directive in a text file of
// news without one, beside bytes.Contains, the simple way.
func BenchmarkBlanked(b *testing.B) {
	src := reutersText(b, 8<<20)
	b.Run("Blanked", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if Blanked(src, Text) != nil {
				b.Fatal("a directive in the news")
			}
		}
	})
	b.Run("bytes.Contains", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if bytes.Contains(src, dirPrefix) {
				b.Fatal("a directive in the news")
			}
		}
	})
}
