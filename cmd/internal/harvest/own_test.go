package harvest

import (
	"bytes"
	"testing"
)

func TestSkip(t *testing.T) {
	h := New(known(t), Options{})
	h.Add(doc("a.txt", repeat("The coach Kemperling spoke. The coach Kempreling spoke.", 3)))
	d := h.Draft()
	var draft, html, md bytes.Buffer
	for _, write := range []struct {
		w  *bytes.Buffer
		fn func(*bytes.Buffer) error
	}{
		{&draft, func(b *bytes.Buffer) error { return d.WriteLexicon(b) }},
		{&html, func(b *bytes.Buffer) error { return d.WriteHTML(b) }},
		{&md, func(b *bytes.Buffer) error { return d.WriteMarkdown(b) }},
	} {
		if err := write.fn(write.w); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, src, want string
	}{
		{"a harvest's draft", draft.String(), SkipDraft},
		{"a harvest's HTML report", html.String(), SkipReport},
		{"a harvest's Markdown report", md.String(), SkipReport},
		{"an empty file", " \n\n", SkipEmpty},
		{"a house lexicon with marks", "Gaddafi !Qaddafi\n", SkipLexicon},
		{"a word list", "# the sports desk\nBrenan\nVandermolen   # the coach\n", SkipLexicon},
		{"a lexicon with original scripts", "Bakiyev = Бакиев\nJalal-Abad | Jalal'abad\n", SkipLexicon},
		{"an article", "Kemperling wins\n\nThe coach Kemperling spoke on Tuesday, and the club agreed.\n", ""},
		{"a headline alone", "Kemperling wins the cup\n", ""},
		{"lines of many words", "Kemperling wins the cup again\nand then the league too\n", ""},
		{"a Markdown article", "# Kemperling wins\n\nThe coach spoke.\n", ""},
		{"an HTML article", "<p>Kemperling</p>\n<p>Tashiev</p>\n", ""},
		{"a report's mark quoted in an article's text", "The page said:\n" + markdownMark + "\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Skip([]byte(tt.src)); got != tt.want {
				t.Errorf("Skip = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzSkip checks that any text is classified without a panic, and that
// a file starting with a harvest's draft header is always skipped.
func FuzzSkip(f *testing.F) {
	for _, s := range []string{"", "Gaddafi !Qaddafi\n", "The coach spoke.\n", markdownMark + "\n# Harvest report", "a\x00b", "x = \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Skip([]byte(s))
		if Skip([]byte(draftMark+s)) != SkipDraft {
			t.Errorf("a draft is read as an article: %q", s)
		}
	})
}
