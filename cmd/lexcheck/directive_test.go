package main

import (
	"fmt"
	"strings"
	"testing"
)

// directiveText returns a text that uses every inline-control directive and
// [sic], written as markup writes a directive: on a line of its own in
// text, in an HTML comment in Markdown and HTML. Only "oppenents" is left to
// flag.
func directiveText(markup string) string {
	dir := func(d string) string { return "# lexcheck:" + d }
	if markup != "text" {
		dir = func(d string) string { return "<!-- lexcheck:" + d + " -->" }
	}
	return strings.Join([]string{
		"Colonel Qaddafi [sic] spoke.",
		"",
		dir("ignore-next-line"),
		"The goverment met.",
		"",
		dir("off"),
		"",
		"The comittee met.",
		"",
		dir("on"),
		"",
		"The oppenents met.",
		"",
	}, "\n")
}

// TestDirectives checks that directives and [sic] work the same in text,
// Markdown and HTML, and that a directive line is never flagged itself.
func TestDirectives(t *testing.T) {
	for _, markup := range []string{"text", "markdown", "html"} {
		t.Run(markup, func(t *testing.T) {
			var out strings.Builder
			status := run([]string{"check", "--lexicon", "testdata/gaddafi.txt", "--markup", markup, "-"},
				strings.NewReader(directiveText(markup)), &out, &strings.Builder{})
			want := "-:12:5: warning: \"oppenents\" looks misspelled; did you mean \"opponents\"? (misspelling)\n"
			if status != exitFindings || out.String() != want {
				t.Errorf("status %d, got:\n%s\nwant:\n%s", status, out.String(), want)
			}
		})
	}
}

// TestDirectivesCounted checks that without the directives the same text
// is flagged: the test above would pass vacuously otherwise.
func TestDirectivesCounted(t *testing.T) {
	src := strings.NewReplacer("lexcheck:", "note:", "[sic]", "").Replace(directiveText("text"))
	var out strings.Builder
	run([]string{"check", "--lexicon", "testdata/gaddafi.txt", "-"}, strings.NewReader(src), &out, &strings.Builder{})
	for _, w := range []string{"Qaddafi", "goverment", "comittee", "oppenents"} {
		if !strings.Contains(out.String(), fmt.Sprintf("%q", w)) {
			t.Errorf("%s not flagged without directives:\n%s", w, out.String())
		}
	}
}
