package spell

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// renderTokens shows the words tokenize finds, as "word@start:end", with
// "*" marking a sentence start and "~" a skipped chunk.
func renderTokens(src string) string {
	var out []string
	toks, ws := tokenize([]byte(src))
	for _, t := range toks {
		var s string
		if t.skip {
			s = "~" + src[t.start:t.end]
		} else {
			s = ws.text[t.word]
		}
		if t.sentence {
			s = "*" + s
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "The cat sat.", "*The cat sat"},
		{"apostrophes and hyphens inside", "O'Leary met Forestier-Walker in Jalal'abad", "*O'Leary met Forestier-Walker in Jalal'abad"},
		{"typographic apostrophe", "Jalal’abad", "*Jalal'abad"},
		{"possessive", "Bakiyev's men and Bakiyev’s son", "*Bakiyev men and Bakiyev son"},
		{"plural possessive keeps the word", "the Joneses' house", "*the Joneses house"},
		{"trailing hyphen is not inside", "pro- and anti-war", "*pro and anti-war"},
		{"sentence starts", "He left. She stayed! Why? Then: go", "*He left *She stayed *Why *Then *go"},
		{"new line starts a sentence", "one\ntwo", "*one *two"},
		{"digits make a skipped word", "MP3 and G8 and 2nd", "*~MP3 and ~G8 and ~nd"},
		{"URL", "see http://example.com/a/b now", "*see ~http://example.com/a/b now"},
		{"www", "visit www.bbc.co.uk.", "*visit ~www.bbc.co.uk."},
		{"e-mail", "mail news@example.org today", "*mail ~news@example.org today"},
		{"domain", "from decuk.org and bbc.co.uk", "*from ~decuk.org and ~bbc.co.uk"},
		{"path", "edit /etc/hosts or C:\\Windows or docs/guide.md", "*edit ~/etc/hosts or ~C:\\Windows or ~docs/guide.md"},
		{"and/or stays words", "and/or", "*and or"},
		{"handle and hashtag", "@bbcnews #election", "~@bbcnews ~#election"},
		{"numeric entity", "communiqu&#233; issued", "*communiqué issued"},
		{"named entity", "caf&eacute; &amp; bar", "*café bar"},
		{"Cyrillic", "Курманбек Бакиев сказал", "*Курманбек Бакиев сказал"},
		{"combining mark", "Jose\u0301 Marti\u0301", "*Jose\u0301 Marti\u0301"},
		{"quotes", "“Bakiyev,” he said", "*Bakiyev he said"},
		{"invalid UTF-8 separates", "Baki\xffyev", "*Baki yev"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderTokens(tt.in); got != tt.want {
				t.Errorf("tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokenizeSpans checks that each token's span is the word as written.
func TestTokenizeSpans(t *testing.T) {
	src := "Bakiyev’s men, Jalal'abad and communiqu&#233;."
	want := []string{"Bakiyev", "men", "Jalal'abad", "and", "communiqu&#233;"}
	toks, _ := tokenize([]byte(src))
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tk := range toks {
		if got := src[tk.start:tk.end]; got != want[i] {
			t.Errorf("token %d spans %q, want %q", i, got, want[i])
		}
	}
}

func TestTokenizeLongLine(t *testing.T) {
	// Megabytes without a new line: one pass, no quadratic behaviour.
	src := []byte(strings.Repeat("word ", 1<<20))
	toks, ws := tokenize(src)
	if len(toks) != 1<<20 || len(ws.text) != 1 {
		t.Fatalf("got %d tokens of %d words, want %d of 1", len(toks), len(ws.text), 1<<20)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Bakiyev’s men", "He left. She: stayed! Why? Then; go, \"now\") 12 a1 ab;c", "a\nb\tc\u00a0d", "caf&eacute; &#x41;", "a@b.c http://x", "Бакиев-Жалал'абад", "\xff\xfe&", "’s", "a-", "&#;"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		prev := 0
		toks, ws := tokenize(src)
		// The shortcut for plain words changes nothing.
		gtoks, gws := tokenizeGeneral(src)
		if !slices.Equal(toks, gtoks) || !slices.Equal(ws.text, gws.text) || !slices.Equal(ws.all, gws.all) || !slices.Equal(ws.inside, gws.inside) {
			t.Fatalf("tokens %v of %q, without the shortcut %v of %q", toks, ws.text, gtoks, gws.text)
		}
		for _, tk := range toks {
			if int(tk.start) < prev || tk.start > tk.end || int(tk.end) > len(src) {
				t.Fatalf("token %+v out of order or outside [%d, %d]", tk, prev, len(src))
			}
			prev = int(tk.end)
			if tk.skip {
				continue
			}
			text := ws.text[tk.word]
			if tk.start == tk.end || text == "" {
				t.Fatalf("empty word %+v", tk)
			}
			if !utf8.ValidString(text) {
				t.Fatalf("word %q is not valid UTF-8", text)
			}
			span := string(src[tk.start:tk.end])
			if !strings.ContainsAny(span, "&’ʼ") && span != text {
				t.Fatalf("word %q but span %q", text, span)
			}
		}
	})
}

// TestPieces checks the split of a document too long for token offsets:
// pieces cover the text in order, none longer than the limit, cut after a
// line end when there is one, else after a space.
func TestPieces(t *testing.T) {
	for _, tt := range []struct {
		text string
		max  int
		want [][2]int
	}{
		{"short", 10, [][2]int{{0, 5}}},
		{"one\ntwo\nthree", 9, [][2]int{{0, 8}, {8, 13}}},
		{"one two three", 9, [][2]int{{0, 8}, {8, 13}}},
		{"abcdefghij", 4, [][2]int{{0, 4}, {4, 8}, {8, 10}}},
		{"", 4, [][2]int{{0, 0}}},
	} {
		if got := pieces([]byte(tt.text), tt.max); !slices.Equal(got, tt.want) {
			t.Errorf("pieces(%q, %d) = %v, want %v", tt.text, tt.max, got, tt.want)
		}
	}
}

// TestNonLetters checks the eight-bytes-at-a-time letter test against
// the byte table on every byte value, in every position.
func TestNonLetters(t *testing.T) {
	for c := range 256 {
		for pos := range 8 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := len(b)
			for i, x := range b {
				if x >= utf8.RuneSelf || ascii[x]&asciiLetter == 0 {
					want = i
					break
				}
			}
			if got := letterRun(append(b, ' '), 0); got != want {
				t.Fatalf("letterRun(%q) = %d, want %d", b, got, want)
			}
		}
	}
}

// TestWordTableSize checks that a short text's word table is sized for its
// words, not for a long text's (a small one costs less to clear and read
// back), and that a text of nothing but distinct words, which outgrows it,
// still counts each word.
func TestWordTableSize(t *testing.T) {
	tests := []struct {
		n        int // bytes of text
		maxSlots int
	}{
		{0, 64},
		{100, 64},
		{900, 256},
		{4000, 1024},
		{1 << 20, 1 << 12},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			ws := newWords(tt.n)
			defer ws.drop()
			if got := len(ws.slots); got > tt.maxSlots || got < 64 {
				t.Errorf("newWords(%d): %d slots, want 64 to %d", tt.n, got, tt.maxSlots)
			}
		})
	}
	for _, distinct := range []int{10, 200, 3000} {
		var sb strings.Builder
		for i := range distinct {
			fmt.Fprintf(&sb, "w%s ", strings.Repeat(string(rune('a'+i%26)), i/26+1)) // each word once
		}
		_, ws := tokenize([]byte(sb.String()))
		if len(ws.text) != distinct {
			t.Fatalf("%d distinct words: %d interned", distinct, len(ws.text))
		}
		for id, n := range ws.all {
			if n != 1 {
				t.Errorf("%d distinct words: %q counted %d times", distinct, ws.text[id], n)
			}
		}
	}
}
