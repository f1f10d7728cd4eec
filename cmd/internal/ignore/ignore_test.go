package ignore

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern string
		path    string
		isDir   bool
		want    bool
	}{
		{"*.html", "a.html", false, true},
		{"*.html", "x/y/a.html", false, true},
		{"*.html", "a.htm", false, false},
		{"drafts", "drafts", true, true},
		{"drafts", "x/drafts", true, true},
		{"drafts", "x/drafts/a.md", false, true}, // inside an excluded directory
		{"drafts/", "drafts", false, false},      // a file named drafts
		{"drafts/", "drafts", true, true},
		{"drafts/", "x/drafts/a.md", false, true},
		{"/drafts", "drafts", true, true},
		{"/drafts", "x/drafts", true, false},
		{"doc/frotz", "doc/frotz", false, true},
		{"doc/frotz", "a/doc/frotz", false, false}, // a middle slash anchors
		{"doc/*.md", "doc/a.md", false, true},
		{"doc/*.md", "doc/x/a.md", false, false},
		{"**/foo", "foo", false, true},
		{"**/foo", "a/b/foo", false, true},
		{"**/foo/bar", "a/foo/bar", false, true},
		{"abc/**", "abc", true, false},
		{"abc/**", "abc/x", false, true},
		{"abc/**", "abc/x/y", false, true},
		{"a/**/b", "a/b", false, true},
		{"a/**/b", "a/x/y/b", false, true},
		{"a/**/b", "a/x/b/y/b", false, true}, // needs backtracking
		{"a/**/b/c", "a/b/x/b/c", false, true},
		{"a/**/b", "b", false, false},
		{"?.md", "a.md", false, true},
		{"?.md", "ab.md", false, false},
		{"[a-c].md", "b.md", false, true},
		{"[!a-c].md", "b.md", false, false},
		{"[!a-c].md", "d.md", false, true},
		{`\#notes`, "#notes", false, true},
		{`\!important`, "!important", false, true},
		{"trailing   ", "trailing", false, true},
		{`space\ `, "space ", false, true},
		{"a**b", "axyb", false, true}, // "**" not alone is "*"
		{"*", "x/y", false, true},
	}
	for _, tt := range tests {
		p, ok, err := ParsePattern(tt.pattern)
		if !ok || err != nil {
			t.Fatalf("ParsePattern(%q) = ok %v, err %v", tt.pattern, ok, err)
		}
		var m Matcher
		m.Add("", []Pattern{p})
		if got := m.Match(tt.path, tt.isDir); got != tt.want {
			t.Errorf("pattern %q, path %q (dir %v): got %v, want %v", tt.pattern, tt.path, tt.isDir, got, tt.want)
		}
	}
}

func TestParsePatternSkipsAndErrors(t *testing.T) {
	for _, line := range []string{"", "   ", "# comment", "\r"} {
		if _, ok, err := ParsePattern(line); ok || err != nil {
			t.Errorf("ParsePattern(%q) = ok %v, err %v; want a skipped line", line, ok, err)
		}
	}
	for _, line := range []string{"[a-", "x/[", "/"} {
		if _, _, err := ParsePattern(line); err == nil {
			t.Errorf("ParsePattern(%q): no error", line)
		}
	}
}

// TestNested reads a root file and a nested one: the deeper file's
// patterns come later and win; a negation cannot re-include a file inside
// an excluded directory.
func TestNested(t *testing.T) {
	var m Matcher
	if err := m.Read("", strings.NewReader("# root\n*.html\nbuild/\n!keep.html\nlogs\n")); err != nil {
		t.Fatal(err)
	}
	if err := m.Read("site", strings.NewReader("!*.html\n/local.md\n[bad\n")); err != nil {
		t.Fatal(err)
	}
	if err := m.Read("build", strings.NewReader("!*.md\n")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path  string
		isDir bool
		want  bool
	}{
		{"a.html", false, true},
		{"keep.html", false, false},
		{"site/a.html", false, false}, // re-included by site/.gitignore
		{"site/local.md", false, true},
		{"local.md", false, false}, // anchored to site/
		{"site/x/local.md", false, false},
		{"build", true, true},
		{"build/a.md", false, true}, // its directory is excluded
		{"logs/a.md", false, true},
		{"x/logs", false, true},
		{"docs/a.md", false, false},
	}
	for _, tt := range tests {
		if got := m.Match(tt.path, tt.isDir); got != tt.want {
			t.Errorf("Match(%q, %v) = %v, want %v", tt.path, tt.isDir, got, tt.want)
		}
	}
	var zero *Matcher
	if zero.Match("a.html", false) {
		t.Error("a nil Matcher excluded a path")
	}
}

// FuzzParsePattern checks that any line parses or fails cleanly, and that
// matching never panics.
func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"*.html", "!a/**/b/", `\#x\ `, "[!a-", "a/**", "**"} {
		f.Add(s, "a/b/c.html")
	}
	f.Fuzz(func(t *testing.T, line, name string) {
		p, ok, err := ParsePattern(line)
		if !ok || err != nil {
			return
		}
		var m Matcher
		m.Add("x", []Pattern{p})
		m.Match(name, false)
		m.Match("x/"+name, true)
	})
}
