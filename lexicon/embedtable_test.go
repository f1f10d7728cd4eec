package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkTable checks an embedded table that indexedTable searches in place:
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

// TestSearchTable checks the search of a table's lines by its index:
// every line found, the first and the last, and keys between lines,
// before the first and after the last not.
func TestSearchTable(t *testing.T) {
	searchTable := func(body, k string) (string, bool) { return newIndexedTable(body).find(k) }
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

// TestIndexedTable checks the search of a table by its line index: every
// line found, keys between lines, before the first and after the last
// not, with and without a last line break.
func TestIndexedTable(t *testing.T) {
	body := "ab\tAb\ncd\t" + strings.Repeat("Cd ", 5000) + "\nef\tEf\ngh\tGh\n"
	for _, b := range []string{body, strings.TrimSuffix(body, "\n")} {
		tab := newIndexedTable(b)
		for _, k := range []string{"ab", "cd", "ef", "gh"} {
			if got, ok := tab.find(k); !ok || !strings.HasPrefix(got, strings.ToUpper(k[:1])+k[1:]) || strings.Contains(got, "\n") {
				t.Errorf("find(%q) = %.20q, %v", k, got, ok)
			}
		}
		for _, k := range []string{"", "a", "abc", "ce", "zz"} {
			if got, ok := tab.find(k); ok {
				t.Errorf("find(%q) = %.20q: want none", k, got)
			}
		}
	}
	if _, ok := newIndexedTable("").find("ab"); ok {
		t.Error("an empty table found a line")
	}
}
