package markup

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// checkInvariants fails t unless out is a valid Prose rendering of src.
func checkInvariants(t testing.TB, src, out []byte) {
	t.Helper()
	if len(out) != len(src) {
		t.Fatalf("len(out) = %d, want %d", len(out), len(src))
	}
	for i := range src {
		switch {
		case src[i] == '\n' || src[i] == '\r':
			if out[i] != src[i] {
				t.Fatalf("line break at %d not kept: %q", i, out[i])
			}
		case out[i] == '\n' && src[i] == '<':
			// a block's tag
		case out[i] != src[i] && out[i] != ' ':
			t.Fatalf("out[%d] = %q, want %q or a space", i, out[i], src[i])
		}
	}
	for i := 0; i < len(src); {
		_, size := utf8.DecodeRune(src[i:])
		if size > 1 {
			kept := bytes.Equal(out[i:i+size], src[i:i+size])
			blanked := strings.TrimSpace(string(out[i:i+size])) == ""
			if !kept && !blanked {
				t.Fatalf("rune at %d split: src %q, out %q", i, src[i:i+size], out[i:i+size])
			}
		}
		i += size
	}
}

// kept renders the prose of out as its words, one space apart, so that a
// failure shows what was kept.
func kept(out []byte) string { return strings.Join(strings.Fields(string(out)), " ") }

type proseCase struct {
	name string
	src  string
	want string // the kept words, one space apart
}

func runCases(t *testing.T, f Format, cases []proseCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := Prose([]byte(c.src), f)
			checkInvariants(t, []byte(c.src), out)
			if got := kept(out); got != c.want {
				t.Errorf("Prose(%q, %v)\n got kept: %q\nwant kept: %q\n   output: %q", c.src, f, got, c.want, out)
			}
		})
	}
}

func TestProseMarkdown(t *testing.T) {
	runCases(t, Markdown, []proseCase{
		{"paragraph", "Bakiyev fled to Jalal-Abad.\n", "Bakiyev fled to Jalal-Abad."},
		{"atx heading", "## Protests in *Osh* ##\n", "Protests in Osh"},
		{"setext heading", "Protests in Osh\n===============\n\nText.\n", "Protests in Osh Text."},
		{"emphasis", "The **Gaddafi** family and _the_ ~~old~~ regime.\n", "The Gaddafi family and the old regime."},
		{"fenced code", "Before.\n\n```go\nfmt.Println(\"Qaddafi\")\n```\n\nAfter.\n", "Before. After."},
		{"tilde fence", "~~~\nQaddafi\n~~~\nAfter.\n", "After."},
		{"unclosed fence", "Before.\n\n```\nQaddafi\nKadhafi\n", "Before."},
		{"indented code", "Before.\n\n    Qaddafi := 1\n\nAfter.\n", "Before. After."},
		{"code span", "Run `lexcheck --fix` now.\n", "Run now."},
		{"link", "Read [the Bakiyev story](https://example.com/a \"A profile\") today.\n", "Read the Bakiyev story A profile today."},
		{"link title quotes", "[text](/u 'Single') and [more](</a b> (Paren))\n", "text Single and more Paren"},
		{"image", "![Bakiyev at a rally](img/rally.jpg \"Photo title\")\n", "Bakiyev at a rally Photo title"},
		{"image in link", "[![Alt words](i.png)](https://x.org \"Outer\")\n", "Alt words Outer"},
		{"reference link", "See [the report][r1] and [r1].\n\n[r1]: https://example.com/r \"Report title\"\n", "See the report and r1 . Report title"},
		{"autolink", "Mail <press@example.com> or see <https://example.com/x>.\n", "Mail or see ."},
		{"bare url", "Visit https://example.com/news or www.example.org now.\n", "Visit or now."},
		{"url in link text", "[https://example.com/x](https://example.com/x)\n", ""},
		{"table", "| Name | Place |\n|------|:-----:|\n| Bakiyev | Jalal-Abad |\n", "Name Place Bakiyev Jalal-Abad"},
		{"block quote", "> Bakiyev said:\n> > nested words\n", "Bakiyev said: nested words"},
		{"task list", "- [ ] open task\n- [x] done task\n", "open task done task"},
		{"list", "- first item\n- second *item*\n  1. nested\n", "first item second item nested"},
		{"entity", "Caf&eacute; and &amp; more\n", "Caf&eacute; and &amp; more"},
		{"escapes", "A \\*literal\\* star\n", "A \\*literal\\* star"},
		{"thematic break", "One\n\n***\n\nTwo\n", "One Two"},
		{"html comment", "Before <!-- hidden note --> after.\n\n<!--\nblock comment\n-->\n", "Before after."},
		{"inline html", "Press <kbd>Ctrl</kbd> and see <img src=\"a.png\" alt=\"Bakiyev portrait\">.\n", "Press and see Bakiyev portrait ."},
		{"inline self-closing", "A <code/> b <br/> c <?php x ?> d <!X> e\n", "A b c d e"},
		{"inline tag over lines in quote", "> a <span title=\"Two\n> words\">b</span> <kbd>K</kbd>\n", "a Two words b"},
		{"inline code element", "Use <code>Qaddafi</code> here.\n\nNext paragraph.\n", "Use here. Next paragraph."},
		{"unclosed inline code element", "Use <code>Qaddafi here.\n\nNext paragraph.\n", "Use Next paragraph."},
		{"html block", "<div title=\"Box title\" class=\"x\">\nInside the <b>box</b>.\n<pre>\nQaddafi\n</pre>\n</div>\n", "Box title Inside the box ."},
		{"html pre block with blank lines", "<pre>\nQaddafi\n\nKadhafi\n</pre>\n\nAfter.\n", "After."},
		{"script block", "<script>\nvar x = \"Qaddafi\";\n</script>\n\nAfter.\n", "After."},
		{"html in blockquote", "> <p title=\"Quoted\n> title\">Body</p>\n", "Quoted title Body"},
		{"front matter yaml", "---\ntitle: Bakiyev returns\ndate: 2010-04-07\n---\n# Head\n", "Bakiyev returns Head"},
		{"front matter toml", "+++\ntitle = \"Bakiyev returns\"\ndraft = true\n+++\nBody.\n", "Bakiyev returns Body."},
		{"front matter unclosed", "---\ntitle: Not front matter\n", "title: Not front matter"},
		{"off on", "One.\n\n<!-- lexcheck:off -->\nQaddafi\n\n<!-- lexcheck:on -->\n\nTwo.\n", "One. Two."},
		{"off inline", "One <!-- lexcheck:off --> Qaddafi <!-- lexcheck:on --> two.\n", "One two."},
		{"off unclosed", "One.\n\n<!-- lexcheck:off -->\n\nQaddafi everywhere.\n", "One."},
		{"ignore next line", "<!-- lexcheck:ignore-next-line -->\n\nQaddafi line.\nKept line.\n", "Kept line."},
		{"ignore at end", "Text <!-- lexcheck:ignore-next-line -->\n", "Text"},
		{"directive in code", "```\n<!-- lexcheck:off -->\n```\n\nKept.\n", "Kept."},
		{"off on without spaces", "One.\n\n<!--lexcheck:off-->\nQaddafi\n\n<!--lexcheck:on-->\n\nTwo.\n", "One. Two."},
		{"ignore next line without spaces", "<!--lexcheck:ignore-next-line-->\n\nQaddafi line.\nKept line.\n", "Kept line."},
		{"not a directive", "<!-- lexcheck:offline -->\nKept.\n", "Kept."},
		{"directive in code span", "`<!-- lexcheck:off -->` kept.\n", "kept."},
		{"crlf", "# Head\r\n\r\nBody *text*\r\n", "Head Body text"},
		{"empty", "", ""},
	})
}

func TestProseHTML(t *testing.T) {
	runCases(t, HTML, []proseCase{
		{"text", "<p>Bakiyev fled to <b>Jalal-Abad</b>.</p>", "Bakiyev fled to Jalal-Abad ."},
		{"skipped elements", "<p>a<script>Qaddafi</script>b<style>p{x:y}</style>c<code>Qaddafi</code>d<pre>Qaddafi</pre>e<kbd>Q</kbd>f<samp>Q</samp>g<var>Q</var>h<textarea>Q</textarea>i<template><p>Q</p></template>j<svg><text>Q</text></svg>k<math><mi>Q</mi></math>l</p>", "a b c d e f g h i j k l"},
		{"nested skip", "<pre><code>Qaddafi</code> still code</pre> prose", "prose"},
		{"end tag closes inner", "<pre><code>Qaddafi</pre> prose", "prose"},
		{"unclosed code", "<p>Text <code>Qaddafi and the rest", "Text"},
		{"attributes", `<img src="x.png" alt="Bakiyev portrait"><a href="/x" title='Link title' class=t>link</a><abbr title=Unquoted>U</abbr>`, "Bakiyev portrait Link title link Unquoted U"},
		{"attribute case", `<IMG ALT="Upper alt" SRC=x>`, "Upper alt"},
		{"empty attribute", `<img alt="" title>Body`, "Body"},
		{"attribute with gt", `<img alt="a > b" data-x='>'>Body`, "a > b Body"},
		{"self closing", `<code/>Still prose<br/>`, "Still prose"},
		{"comment and doctype", "<!DOCTYPE html><!-- a comment -->Text<![CDATA[data]]>", "Text"},
		{"entities", "<p>Caf&eacute; &amp; &#1041;akiev</p>", "Caf&eacute; &amp; &#1041;akiev"},
		{"cyrillic", "<p title=\"Курманбек\">Бакиев и Жалал-Абад</p>", "Курманбек Бакиев и Жалал-Абад"},
		{"noscript", "<noscript><p>Enable <code>js</code> <img alt=\"Alt\"></p></noscript>", "Enable Alt"},
		{"title element", "<head><title>Page title</title></head>", "Page title"},
		{"off on", "<p>One</p><!-- lexcheck:off --><p>Qaddafi</p><!-- lexcheck:on --><p>Two</p>", "One Two"},
		{"off on without spaces", "<p>One</p><!--lexcheck:off--><p>Qaddafi</p><!--lexcheck:on--><p>Two</p>", "One Two"},
		{"ignore next line", "<!-- lexcheck:ignore-next-line -->\n\n<p>Qaddafi</p>\n<p>Kept</p>\n", "Kept"},
		{"unterminated tag", "<p>Text</p><a href=\"x", "Text"},
		{"unterminated comment", "Text<!-- lexcheck:on", "Text"},
	})
}

func TestProseText(t *testing.T) {
	runCases(t, Text, []proseCase{
		{"everything", "Bakiyev <b> `code` https://example.com\n", "Bakiyev <b> `code` https://example.com"},
		{"off on", "One\n# lexcheck:off\nQaddafi\n# lexcheck:on\nTwo\n", "One Two"},
		{"off unclosed", "One\n// lexcheck:off\nQaddafi\n", "One"},
		{"ignore next line", "One\n# lexcheck:ignore-next-line\n\n  \nQaddafi\nTwo\n", "One Two"},
		{"not a directive", "See lexcheck:offline mode\n", "See lexcheck:offline mode"},
		{"on without off", "a\nlexcheck:on\nb\n", "a b"},
	})
}

func TestProseExactOffsets(t *testing.T) {
	for _, c := range []struct {
		f        Format
		src, out string
	}{
		{Markdown, "**Bakiyev** `x` [Osh](http://o \"T\")\n", "  Bakiyev        Osh            T  \n"},
		{Markdown, "---\ntitle: \"Hi\"\n---\n> Бакиев\r\n", "   \n        Hi \n   \n  Бакиев\r\n"},
		{HTML, "<a title=\"T\" href=x>Бакиев</a>", "          T         Бакиев    "},
		{HTML, "<h1>Goverment Falls</h1><p>Recieved <b>wisdom</b>.</p>", "\n   Goverment Falls\n    \n  Recieved    wisdom    .\n   "},
		{Text, "a\n# lexcheck:ignore-next-line\nb\nc", "a\n                           \n \nc"},
	} {
		got := Prose([]byte(c.src), c.f)
		if string(got) != c.out {
			t.Errorf("Prose(%q, %v)\n got %q\nwant %q", c.src, c.f, got, c.out)
		}
	}
}

func TestFrontMatter(t *testing.T) {
	runCases(t, Markdown, []proseCase{
		{"yaml keys", "---\ntitle: Plain title # comment\nsubtitle: 'It''s single'\ndescription: \"Double \\\"quoted\\\"\\nline\"\nauthor: Not Prose\ntags: [Qaddafi, x]\ndate: 2011-10-20\n---\n", "Plain title It''s single Double quoted line"},
		{"yaml block scalars", "---\nsummary: |\n  First line\n  second line\ncaption: >-\n  Folded\n\n  text\nbody: |\n  title: inside a block\nslug: x\n---\n", "First line second line Folded text"},
		{"yaml nested", "---\nimage:\n  src: a.png\n  caption: Bakiyev at the rally\nseo:\n  title:\n    en: English\n---\n", "Bakiyev at the rally"},
		{"yaml multiline plain", "---\ntitle:\n  A long\n  title\nother: x\n---\n", "A long title"},
		{"yaml sequence item", "---\nitems:\n  - title: First\n  - title: Second\n---\n", "First Second"},
		{"yaml dots close", "---\ntitle: T\n...\nBody\n", "T Body"},
		{"yaml bom", "\ufeff---\ntitle: T\n---\nBody\n", "T Body"},
		{"toml", "+++\ntitle = 'Literal title'\ndescription = \"\"\"\nMulti\nline\"\"\"\ntags = [\"Qaddafi\"]\n[params]\nsummary = \"Nested summary\"\nother = \"x\"\n\"caption\" = \"Quoted key\"\n+++\n", "Literal title Multi line Nested summary Quoted key"},
		{"not at start", "Intro\n---\ntitle: x\n---\n", "Intro title: x"},
	})
}

func TestWholeRunes(t *testing.T) {
	src := []byte("aБb")
	out := []byte("a\xd0 b")
	wholeRunes(out, src)
	if string(out) != "a  b" {
		t.Errorf("wholeRunes = %q, want %q", out, "a  b")
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		name string
		want Format
	}{
		{"a.md", Markdown}, {"A.MARKDOWN", Markdown}, {"x/y.mdown", Markdown}, {"z.mkd", Markdown}, {"p.mdx", Markdown},
		{"a.html", HTML}, {"a.HTM", HTML}, {"a.xhtml", HTML},
		{"a.txt", Text}, {"README", Text}, {"md", Text}, {".md.bak", Text},
	} {
		if got := FormatOf(c.name); got != c.want {
			t.Errorf("FormatOf(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, f := range []Format{Text, Markdown, HTML} {
		g, err := ParseFormat(f.String())
		if err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), g, err)
		}
	}
	if g, err := ParseFormat("MD"); err != nil || g != Markdown {
		t.Errorf("ParseFormat(MD) = %v, %v", g, err)
	}
	_, err := ParseFormat("rst")
	if err == nil || !strings.Contains(err.Error(), "text") || !strings.Contains(err.Error(), "markdown") || !strings.Contains(err.Error(), "html") {
		t.Errorf("ParseFormat(rst) error = %v, want one naming the allowed values", err)
	}
	if s := Format(7).String(); s != "Format(7)" {
		t.Errorf("Format(7).String() = %q", s)
	}
}

// TestConcurrent checks that Prose may be called from many goroutines
// (the Markdown parser is shared); run it with -race.
func TestConcurrent(t *testing.T) {
	src := benchInput(Markdown, 8<<10)
	want := Prose(src, Markdown)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if got := Prose(src, Markdown); !bytes.Equal(got, want) {
					t.Error("concurrent Prose gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestBlanked checks that Blanked is nil exactly when Prose would return
// src unchanged for lack of directives, and Prose otherwise.
func TestBlanked(t *testing.T) {
	for _, tc := range []struct {
		src     string
		f       Format
		wantNil bool
	}{
		{"The goverment met.\n", Text, true},
		{"The lexcheck tool.\n", Text, true},
		{"lexcheck:off\nThe goverment met.\n", Text, false},
		{"Note: the lexcheck tool. At 10:30 lexcheck:", Text, false},
		{"Note: the lexcheck :off tool, at 10:30.", Text, true},
		{":lexcheck", Text, true},
		{"The goverment met.\n", Markdown, false},
		{"<p>The goverment met.</p>\n", HTML, false},
	} {
		got := Blanked([]byte(tc.src), tc.f)
		if tc.wantNil != (got == nil) || got != nil && string(got) != string(Prose([]byte(tc.src), tc.f)) {
			t.Errorf("Blanked(%q, %v) = %q", tc.src, tc.f, got)
		}
	}
}
