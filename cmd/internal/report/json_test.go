package report

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/spell"
)

func TestJSONNeverNull(t *testing.T) {
	for name, v := range map[string]any{
		"NewJSONOutput":         NewJSONOutput(nil, Stats{}, Options{}),
		"zero JSONOutput":       JSONOutput{},
		"zero JSONFinding":      JSONFinding{},
		"pointer to finding":    &JSONFinding{},
		"NewJSONOutput finding": NewJSONOutput([]spell.Finding{{Kind: spell.Misspelling}}, Stats{}, Options{}),
	} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "null") {
			t.Errorf("%s: %s has null", name, b)
		}
		if strings.Contains(string(b), "utf16") {
			t.Errorf("%s: %s has UTF-16 fields that were never set", name, b)
		}
	}
}

// TestJSONRoundTrip reads back the golden JSON into the wire types.
func TestJSONRoundTrip(t *testing.T) {
	fs := loadFindings(t)
	stats := testStats(t, fs)
	want := NewJSONOutput(fs, stats, Options{})
	var got JSONOutput
	if err := json.Unmarshal(render(t, "json", fs, stats), &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
	for i, f := range got.Findings {
		if f.Length != fs[i].End.Offset-fs[i].Pos.Offset || f.Word != fs[i].Word {
			t.Errorf("finding %d: length %d word %q", i, f.Length, f.Word)
		}
	}
}

// TestJSONNoAliasing checks that the wire form does not share the
// findings' suggestion slices.
func TestJSONNoAliasing(t *testing.T) {
	fs := []spell.Finding{{Suggestions: []string{"a"}}}
	out := NewJSONOutput(fs, Stats{}, Options{})
	out.Findings[0].Suggestions[0] = "b"
	if fs[0].Suggestions[0] != "a" {
		t.Error("changing the output changed the finding")
	}
}

// utf16Ref is the reference UTF-16 offset: the length of src[:off] in
// UTF-16 code units.
func utf16Ref(src []byte, off int) int {
	return len(utf16.Encode([]rune(string(src[:off]))))
}

// spanOf returns a finding for the first occurrence of word in src.
func spanOf(t *testing.T, src, word string) JSONFinding {
	t.Helper()
	i := strings.Index(src, word)
	if i < 0 {
		t.Fatalf("%q not in %q", word, src)
	}
	return JSONFinding{Offset: i, Length: len(word), Word: word}
}

func TestAddUTF16(t *testing.T) {
	for _, tc := range []struct {
		src, word string
		off, n    int // in UTF-16 code units
	}{
		{"hello wrold", "wrold", 6, 5},
		{"Бакиэв", "Бакиэв", 0, 6},
		{"Президент Бакиэв", "Бакиэв", 10, 6},
		{"😀 Tokaev", "Tokaev", 3, 6},         // astral: two units
		{"🇰🇿🇰🇿 Tokaev", "Tokaev", 9, 6},      // two flags, four astral code points
		{"x 𝔅𝔞𝔨𝔦𝔢𝔳 y", "𝔅𝔞𝔨𝔦𝔢𝔳", 2, 12},      // astral inside the word
		{"é\u0301 Bakivev", "Bakivev", 3, 7}, // a combining mark is one unit
		{"a\r\nb teh", "teh", 5, 3},
		{"\xff\xfe teh", "teh", 3, 3}, // invalid bytes count one unit each
		{"", "", 0, 0},
	} {
		f := spanOf(t, tc.src, tc.word)
		o := JSONOutput{Findings: []JSONFinding{f}}
		o.AddUTF16([]byte(tc.src))
		g := o.Findings[0]
		if g.UTF16Offset == nil || g.UTF16Length == nil {
			t.Fatalf("%q: UTF-16 fields not set", tc.src)
		}
		if *g.UTF16Offset != tc.off || *g.UTF16Length != tc.n {
			t.Errorf("%q in %q: UTF-16 span %d+%d, want %d+%d", tc.word, tc.src, *g.UTF16Offset, *g.UTF16Length, tc.off, tc.n)
		}
		// What a browser does: slice the UTF-16 string.
		if utf8.ValidString(tc.src) {
			u := utf16.Encode([]rune(tc.src))
			if got := string(utf16.Decode(u[*g.UTF16Offset : *g.UTF16Offset+*g.UTF16Length])); got != tc.word {
				t.Errorf("%q: UTF-16 slice is %q, want %q", tc.src, got, tc.word)
			}
		}
	}
}

// TestAddUTF16Many checks many findings in any order, sharing a text, and
// that the JSON carries the new fields.
func TestAddUTF16Many(t *testing.T) {
	src := "😀 Bakivev and Бакиэв, 🇰🇿 Tokaev, Tokaev again"
	words := []string{"Tokaev", "Bakivev", "Бакиэв", "again"} // not in text order
	var o JSONOutput
	for _, w := range words {
		o.Findings = append(o.Findings, spanOf(t, src, w))
	}
	o.AddUTF16([]byte(src))
	u := utf16.Encode([]rune(src))
	for i, f := range o.Findings {
		if got := string(utf16.Decode(u[*f.UTF16Offset : *f.UTF16Offset+*f.UTF16Length])); got != words[i] {
			t.Errorf("finding %d: UTF-16 slice is %q, want %q", i, got, words[i])
		}
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"utf16_offset":28,"utf16_length":6`) {
		t.Errorf("JSON lacks the UTF-16 span of Tokaev: %s", b)
	}
}

// TestAddUTF16Odd checks offsets that break the rules: inside a character,
// or outside the text. They must not panic and are rounded down or clamped.
func TestAddUTF16Odd(t *testing.T) {
	src := []byte("aБb") // Б is two bytes, at offset 1
	o := JSONOutput{Findings: []JSONFinding{
		{Offset: 2, Length: 1},  // inside Б, to b
		{Offset: -5, Length: 7}, // before the start, to inside Б
		{Offset: 3, Length: 99}, // past the end
	}}
	o.AddUTF16(src)
	want := [][2]int{{1, 1}, {0, 1}, {2, 1}}
	for i, f := range o.Findings {
		if got := [2]int{*f.UTF16Offset, *f.UTF16Length}; got != want[i] {
			t.Errorf("finding %d %+v: got %v, want %v", i, f, got, want[i])
		}
	}
}

// checkUTF16 compares AddUTF16 with the reference for findings at the
// given character indexes of src.
func checkUTF16(t *testing.T, src []byte, bounds []int, idx [][2]int) {
	t.Helper()
	var o JSONOutput
	for _, p := range idx {
		a, b := bounds[p[0]], bounds[p[1]]
		if a > b {
			a, b = b, a
		}
		o.Findings = append(o.Findings, JSONFinding{Offset: a, Length: b - a})
	}
	o.AddUTF16(src)
	for _, f := range o.Findings {
		off, end := utf16Ref(src, f.Offset), utf16Ref(src, f.Offset+f.Length)
		if *f.UTF16Offset != off || *f.UTF16Length != end-off {
			t.Fatalf("src %q, bytes %d+%d: UTF-16 %d+%d, want %d+%d",
				src, f.Offset, f.Length, *f.UTF16Offset, *f.UTF16Length, off, end-off)
		}
	}
}

// runeBounds returns the byte offsets at which characters of src start,
// and len(src), as Go's range over a string splits it.
func runeBounds(src []byte) []int {
	var bounds []int
	for i := range string(src) {
		bounds = append(bounds, i)
	}
	return append(bounds, len(src))
}

// TestAddUTF16Random compares AddUTF16 with utf16.Encode of the prefix on
// random texts mixing ASCII, Cyrillic, astral characters and bad bytes.
func TestAddUTF16Random(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\n", "Б", "э", "é", "\u0301", "中", "😀", "🇰", "𝔅", "\xff", "\xe2\x82", "\U0010FFFF", "\uFFFD"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var sb strings.Builder
		for range r.IntN(40) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		src := []byte(sb.String())
		bounds := runeBounds(src)
		idx := make([][2]int, r.IntN(8))
		for i := range idx {
			idx[i] = [2]int{r.IntN(len(bounds)), r.IntN(len(bounds))}
		}
		checkUTF16(t, src, bounds, idx)
	}
}

func FuzzAddUTF16(f *testing.F) {
	f.Add([]byte("Президент Бакиэв 😀 Tokaev"), uint16(3), uint16(9), uint16(12))
	f.Add([]byte("\xff🇰🇿\xe2\x82 x"), uint16(0), uint16(1), uint16(5))
	f.Fuzz(func(t *testing.T, src []byte, a, b, c uint16) {
		bounds := runeBounds(src)
		n := uint16(len(bounds))
		checkUTF16(t, src, bounds, [][2]int{{int(a % n), int(b % n)}, {int(b % n), int(c % n)}, {int(c % n), int(c % n)}})
	})
}

func BenchmarkAddUTF16(b *testing.B) {
	src := []byte(strings.Repeat("Президент 😀 Bakivev said that Бакиэв, ", 2000))
	var fs []JSONFinding
	for i := 0; i < len(src); i += 40 {
		fs = append(fs, JSONFinding{Offset: i, Length: 0})
	}
	b.ResetTimer()
	for range b.N {
		o := JSONOutput{Findings: fs}
		o.AddUTF16(src)
	}
}
