package lexicon

import (
	"strings"
	"testing"
)

// mustDefault returns the embedded default for locale, or ends the test.
func mustDefault(t testing.TB, locale string) *Lexicon {
	t.Helper()
	l, err := Default(locale)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// mustLoad loads the lexicon text, named name, or ends the test.
func mustLoad(t testing.TB, text, name string) *Lexicon {
	t.Helper()
	l, err := Load(strings.NewReader(text), name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
