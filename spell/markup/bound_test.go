package markup

import (
	"fmt"
	"strings"
	"testing"
)

func TestBoundedMarkdown(t *testing.T) {
	links := strings.Repeat("[a](b) ", maxInlineMarks+1)
	runCases(t, Markdown, []proseCase{
		{"a line of 32 list markers is a list", strings.Repeat("- ", maxContainers) + "Bakiyev\n", "Bakiyev"},
		{"a line of 33 list markers is plain text", strings.Repeat("- ", maxContainers+1) + "Bakiyev\n",
			strings.TrimSpace(strings.Repeat("- ", maxContainers+1)) + " Bakiyev"},
		{"a line of 33 quote markers is plain text", strings.Repeat(">", maxContainers+1) + " Bakiyev\n",
			strings.Repeat(">", maxContainers+1) + " Bakiyev"},
		{"a list item indented past the limit is plain text", "- a\n" + strings.Repeat(" ", maxIndent+1) + "- Bakiyev\n", "a - Bakiyev"},
		{"the lines around an over-deep line keep their markup", "*Osh* `x`\n\n" + strings.Repeat("> ", maxContainers+1) + "y\n\n`z` *Bishkek*\n",
			"Osh " + strings.TrimSpace(strings.Repeat("> ", maxContainers+1)) + " y Bishkek"},
	})
	// Crowded blocks, compared in a short form: the output is long.
	linkText := strings.TrimSpace(strings.Repeat("a ", maxInlineMarks))
	asText := strings.TrimSpace(strings.Repeat("a b ", maxInlineMarks+1))
	for _, c := range []proseCase{
		{"a block of 512 link tails keeps its links", strings.Repeat("[a](b) ", maxInlineMarks), linkText},
		{"a block of 513 link tails is read as text, its markup blanked", links, asText},
		{"a crowded block still skips code spans and HTML", "`Qaddafi` <kbd>Ctrl</kbd> " + links, asText},
		{"fenced code in a crowded document stays code", "```\n" + links + "\n```\n", ""},
		{"the blocks around a crowded one keep their links", "[x](y)\n\n" + links + "\n\n[z](w)\n", "x " + asText + " z"},
	} {
		src := []byte(c.src)
		out := Prose(src, Markdown)
		checkInvariants(t, src, out)
		if got := kept(out); got != c.want {
			t.Errorf("%s: kept %q…%q (%d bytes), want %q…%q (%d bytes)", c.name,
				got[:min(len(got), 30)], got[max(len(got)-30, 0):], len(got), c.want[:min(len(c.want), 30)], c.want[max(len(c.want)-30, 0):], len(c.want))
		}
	}
}

// pathological are Markdown shapes on which goldmark's parse time grows
// with the square of the input or faster: each took seconds at this size
// before bound.
var pathological = []struct {
	name, unit string
	n          int
}{
	{"unclosed link tails", "[a](", 100000},
	{"unclosed image tails", "![a](", 100000},
	{"unclosed angle destinations", "[a](<", 100000},
	{"list markers", "- ", 100000},
	{"ordered list markers", "1. ", 100000},
	{"quote markers", ">", 100000},
	{"emphasis runs", "*a **a", 40000},
	{"link titles across lines", "[a](b\n\"", 40000},
	{"reference definitions without destinations", "[a]:\n", 40000},
	{"table delimiter rows", "|a|\n|-|\n", 40000},
}

// nestedLists returns n list items, each indented under the one before.
func nestedLists(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s- x\n", strings.Repeat("  ", i))
	}
	return b.String()
}

// TestPathologicalMarkdown checks that the shapes above still give a valid
// rendering whose last word is kept; BenchmarkPathologicalMarkdown times
// them.
func TestPathologicalMarkdown(t *testing.T) {
	for _, p := range pathological {
		t.Run(p.name, func(t *testing.T) {
			src := []byte(strings.Repeat(p.unit, p.n) + " Bakiyev\n")
			out := Prose(src, Markdown)
			checkInvariants(t, src, out)
			if got := kept(out); !strings.HasSuffix(got, "Bakiyev") {
				t.Errorf("kept ...%q, want it to end with Bakiyev", got[max(len(got)-40, 0):])
			}
		})
	}
	t.Run("lists nested 3000 deep", func(t *testing.T) {
		src := []byte(nestedLists(3000))
		out := Prose(src, Markdown)
		checkInvariants(t, src, out)
		if got, want := strings.Count(string(out), "x"), 3000; got != want {
			t.Errorf("%d items kept, want %d", got, want)
		}
	})
}

func BenchmarkPathologicalMarkdown(b *testing.B) {
	for _, p := range pathological {
		b.Run(p.name, func(b *testing.B) {
			src := []byte(strings.Repeat(p.unit, p.n) + " x\n")
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Prose(src, Markdown)
			}
		})
	}
	b.Run("nested lists", func(b *testing.B) {
		src := []byte(nestedLists(3000))
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			Prose(src, Markdown)
		}
	})
}
