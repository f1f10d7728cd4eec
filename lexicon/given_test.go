package lexicon

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGivenName checks the default's first names against names known to
// be first names, and surnames and words that are none.
func TestGivenName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Larry", true}, {"Desmond", true}, {"Jim", true}, {"Jürgen", true}, {"Jurgen", true}, {"Stacey", true},
		{"Aad", true}, {"Zoe", true}, // the table's first lines and its last
		{"Giannini", false}, {"Masai", false}, {"Smith", false}, {"Chirac", false}, {"", false}, {"Zzz", false},
	}
	for _, tt := range tests {
		if got := GivenName(tt.name); got != tt.want {
			t.Errorf("GivenName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if s, ok := GivenFolded([]byte("jurgen")); !ok || Fold(s) != "jurgen" {
		t.Errorf("GivenFolded(jurgen) = %q, %v; want a spelling of Jürgen", s, ok)
	}
	if s, ok := GivenFolded([]byte("Larry")); ok {
		t.Errorf("GivenFolded(Larry) = %q: want none, the key is not folded", s)
	}
}

// TestGivenTable checks the embedded table that GivenFolded searches in
// place: FOLDED<TAB>NAME on each line, the folded form Fold's.
func TestGivenTable(t *testing.T) {
	checkTable(t, givenBody(), 5000, func(k, name string) string {
		if Fold(name) != k {
			return fmt.Sprintf("%q folds to %q, not %q", name, Fold(name), k)
		}
		return ""
	})
}

// checkTable checks an embedded table that searchTable searches in place:
// at least min lines, each KEY<TAB>REST in valid UTF-8, the keys strictly
// sorted, so that a binary search finds every line, and each line as
// check has it (check returns what is wrong, or "").
func checkTable(t *testing.T, body string, min int, check func(k, rest string) string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	if len(lines) < min {
		t.Fatalf("%d lines, want %d or more", len(lines), min)
	}
	prev := ""
	for i, line := range lines {
		k, rest, ok := strings.Cut(line, "\t")
		if !ok || k == "" || rest == "" || !utf8.ValidString(line) {
			t.Fatalf("line %d %q: want KEY<TAB>REST", i+1, line)
		}
		if k <= prev {
			t.Fatalf("line %d: %q after %q: want strictly sorted", i+1, k, prev)
		}
		prev = k
		if msg := check(k, rest); msg != "" {
			t.Fatalf("line %d %q: %s", i+1, line, msg)
		}
	}
}

// TestSearchTable checks the binary search of a table's lines where they
// lie: every line found, the first and the last, and keys between lines,
// before the first and after the last not.
func TestSearchTable(t *testing.T) {
	body := tableBody("# a header\n# another\nab\tAb\ncd\tCd\nef\tEf\ngh\tGh\n")
	if !strings.HasPrefix(body, "ab\t") {
		t.Fatalf("tableBody left %q", body)
	}
	for _, k := range []string{"ab", "cd", "ef", "gh"} {
		if got, ok := searchTable(body, k); !ok || got != strings.ToUpper(k[:1])+k[1:] {
			t.Errorf("searchTable(%q) = %q, %v", k, got, ok)
		}
	}
	for _, k := range []string{"", "a", "abc", "b", "d", "zz", "gh\tGh"} {
		if got, ok := searchTable(body, k); ok {
			t.Errorf("searchTable(%q) = %q: want none", k, got)
		}
	}
	if got, ok := searchTable(strings.TrimSuffix(body, "\n"), "gh"); !ok || got != "Gh" {
		t.Errorf("without the last line break: searchTable(gh) = %q, %v", got, ok)
	}
	if _, ok := searchTable("", "ab"); ok {
		t.Error("an empty table holds ab")
	}
}
