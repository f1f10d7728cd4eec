package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of s under which the lexicon matches spellings
// regardless of case, accents and apostrophe style: lower case, combining
// marks removed, ’ and ‘ turned into ', and the hyphens ‐ and ‑ into -.
// ASCII input that needs no change is returned without allocating, and
// other ASCII input is folded without Unicode tables: most words are
// ASCII, and a capitalised one is common.
func Fold(s string) string {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldUnicode(s)
		}
		change = change || 'A' <= c && c <= 'Z' || c == '`'
	}
	if !change {
		return s // ASCII without capitals or backticks is its own folded form
	}
	var b strings.Builder // one allocation: its bytes become the string
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		b.WriteByte(foldASCII(s[i]))
	}
	return b.String()
}

// foldASCII folds the ASCII byte c.
func foldASCII(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case c == '`':
		return '\''
	}
	return c
}

// AppendFold appends the folded form of s (see [Fold]) to dst and returns
// the extended buffer: folding many words into one buffer costs no
// allocation per word.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, foldUnicode(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		dst = append(dst, foldASCII(s[i]))
	}
	return dst
}

// foldUnicode is [Fold] the plain way, for any text: decomposed, marks
// dropped, each letter lower-cased and mapped.
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			r = '\''
		case r == '‐' || r == '‑':
			r = '-'
		}
		b.WriteRune(specialFold(unicode.ToLower(r)))
	}
	return b.String()
}

// specialFold maps Latin letters that NFD does not decompose.
func specialFold(r rune) rune {
	switch r {
	case 'ø':
		return 'o'
	case 'ł':
		return 'l'
	case 'đ':
		return 'd'
	case 'ı':
		return 'i'
	case 'ß':
		return 's' // rare in names; keeps keys one rune per letter
	}
	return r
}

// NormApostrophes returns s with the typographic apostrophes ’ and ‘ (and
// the modifier letter ʼ) written as the ASCII '.
func NormApostrophes(s string) string {
	if !strings.ContainsAny(s, "’‘ʼ") {
		return s
	}
	return strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'").Replace(s)
}
