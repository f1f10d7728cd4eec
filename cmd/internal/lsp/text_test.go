package lsp

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestPositions(t *testing.T) {
	// "Bakivev" after an accent, Cyrillic and an emoji (two UTF-16 units,
	// four UTF-8 bytes), on the second line.
	text := "first line\r\nCafé Бакиев 🙂 Bakivev\nlast"
	off := strings.Index(text, "Bakivev")
	tests := []struct {
		name string
		enc  encoding
		off  int
		want position
	}{
		{"utf-16: é, Б…, 🙂 count 1, 1 each and 2", utf16Units, off, position{1, 15}},
		{"utf-8: counts bytes", utf8Units, off, position{1, 24}},
		{"utf-16: start of a line after \\r\\n", utf16Units, strings.Index(text, "Café"), position{1, 0}},
		{"utf-16: end of the text", utf16Units, len(text), position{2, 4}},
		{"utf-16: a line end belongs to its line", utf16Units, strings.Index(text, "\r"), position{0, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newLineIndex([]byte(text), tt.enc)
			if got := x.position(tt.off); got != tt.want {
				t.Errorf("position(%d) = %v, want %v", tt.off, got, tt.want)
			}
			if got, err := x.offset(tt.want); err != nil || got != tt.off {
				t.Errorf("offset(%v) = %d, %v; want %d", tt.want, got, err, tt.off)
			}
		})
	}
}

// TestPositionsAgainstUTF16 checks every offset of a mixed text against
// the simple way: encode the line's prefix with unicode/utf16.
func TestPositionsAgainstUTF16(t *testing.T) {
	text := "a\u00e9\u0431\U0001F642z\n\r\n\rЖ\U0001F1FA\U0001F1E6x"
	x := newLineIndex([]byte(text), utf16Units)
	for off := 0; off <= len(text); off++ {
		if !utf8.RuneStart(text[min(off, len(text)-1)]) && off < len(text) {
			continue
		}
		lineStart := strings.LastIndexAny(text[:off], "\r\n") + 1
		if off > 0 && text[off-1] == '\r' && off < len(text) && text[off] == '\n' {
			continue // between \r and \n: not a position
		}
		want := len(utf16.Encode([]rune(text[lineStart:off])))
		if got := x.position(off); got.Character != want {
			t.Errorf("position(%d).Character = %d, want %d", off, got.Character, want)
		}
	}
}

func TestOffsetErrors(t *testing.T) {
	x := newLineIndex([]byte("🙂x\nend"), utf16Units)
	tests := []struct {
		p    position
		want string // "" for no error
		off  int
	}{
		{position{0, 1}, "inside a character", 0},
		{position{0, 99}, "", 5}, // past the line's end: the line's end
		{position{5, 0}, "past the end", 0},
		{position{-1, 0}, "negative", 0},
	}
	for _, tt := range tests {
		off, err := x.offset(tt.p)
		switch {
		case tt.want == "" && (err != nil || off != tt.off):
			t.Errorf("offset(%v) = %d, %v; want %d", tt.p, off, err, tt.off)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("offset(%v) error = %v, want one saying %q", tt.p, err, tt.want)
		}
	}
}

func TestApplyChanges(t *testing.T) {
	r := func(l1, c1, l2, c2 int) *textRange { return &textRange{position{l1, c1}, position{l2, c2}} }
	tests := []struct {
		name    string
		text    string
		changes []contentChange
		want    string
	}{
		{"replace a word after an emoji", "🙂 oppenents\n", []contentChange{{r(0, 3, 0, 12), "opponents"}}, "🙂 opponents\n"},
		{"insert at the end of a text ending in a line end", "a\n", []contentChange{{r(1, 0, 1, 0), "b"}}, "a\nb"},
		{"join two lines", "one\ntwo", []contentChange{{r(0, 3, 1, 0), " "}}, "one two"},
		{"changes apply in order", "abc", []contentChange{{r(0, 0, 0, 1), "X"}, {r(0, 1, 0, 3), "YZ"}}, "XYZ"},
		{"a change without a range replaces the text", "old", []contentChange{{nil, "new"}}, "new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := applyChanges([]byte(tt.text), tt.changes, utf16Units)
			if err != nil || string(got) != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := applyChanges([]byte("abc"), []contentChange{{r(0, 2, 0, 1), ""}}, utf16Units); err == nil {
		t.Error("a range that ends before it starts was applied")
	}
}

func TestChooseEncoding(t *testing.T) {
	for _, tt := range []struct {
		offered []string
		want    encoding
	}{
		{nil, utf16Units},
		{[]string{"utf-32", "utf-16"}, utf16Units},
		{[]string{"utf-16", "utf-8"}, utf8Units},
	} {
		if got := chooseEncoding(tt.offered); got != tt.want {
			t.Errorf("chooseEncoding(%q) = %v, want %v", tt.offered, got, tt.want)
		}
	}
}
