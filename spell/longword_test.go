package spell

import (
	"strings"
	"testing"
)

func TestCompoundSplits(t *testing.T) {
	tests := []struct {
		name           string
		letters        int
		wantLo, wantHi int
	}{
		{"a word of six letters splits in the middle only", 6, 3, 3},
		{"gameplay: every split with three letters each side", 8, 3, 5},
		{"a word of two longest parts splits once", 2 * maxCompoundPart, maxCompoundPart, maxCompoundPart},
		{"a longer word is no compound of known words", 2*maxCompoundPart + 1, maxCompoundPart + 1, maxCompoundPart},
		{"a word of a million letters is looked up at no split", 1 << 20, 1<<20 - maxCompoundPart, maxCompoundPart},
	}
	for _, tt := range tests {
		lo, hi := compoundSplits(tt.letters)
		if lo != tt.wantLo || hi != tt.wantHi {
			t.Errorf("%s: compoundSplits(%d) = %d, %d, want %d, %d", tt.name, tt.letters, lo, hi, tt.wantLo, tt.wantHi)
		}
	}
}

// longWords are single words of about 1 MB: each check of every split
// point, or of every form less a letter, would take hours.
var longWords = []struct{ name, text string }{
	{"lower case", "The " + strings.Repeat("abcdefghij", 100_000) + " here.\n"},
	{"capitalised", "The Z" + strings.Repeat("abcdefghij", 100_000) + " here.\n"},
	{"Cyrillic", "The " + strings.Repeat("абвгдежзик", 50_000) + " here.\n"},
	{"hyphenated", "The " + strings.Repeat("abcdefghij-", 90_000) + "x here.\n"},
	{"known parts", "The " + strings.Repeat("gameplay", 125_000) + " here.\n"},
}

func TestLongWordIsNotJudged(t *testing.T) {
	c := defaultChecker(t, nil)
	for _, tt := range longWords {
		if fs := c.Check("long.txt", []byte(tt.text)); len(fs) != 0 {
			t.Errorf("%s: %d findings, want none: %v", tt.name, len(fs), fs[0])
		}
	}
	at := strings.Repeat("gameplay", maxWordLetters/8)
	if v := c.verdict(at); v.class == skipWord {
		t.Errorf("a word of %d letters: skipped, want judged", maxWordLetters)
	}
	if v := c.verdict(at + "s"); v.class != skipWord {
		t.Errorf("a word of %d letters: class %d, want skipped", maxWordLetters+1, v.class)
	}
}

func BenchmarkLongWord(b *testing.B) {
	c := defaultChecker(b, nil)
	for _, tt := range longWords {
		b.Run(strings.ReplaceAll(tt.name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(tt.text)))
			b.ReportAllocs()
			for b.Loop() {
				NewChecker(c.lex, Options{}).Check("long.txt", []byte(tt.text))
			}
		})
	}
}
