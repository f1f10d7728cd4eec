package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/report/sariftest"
	"github.com/lexcheck/lexcheck/spell"
)

// TestDir checks how the sarif and github formats name files with
// Options.Dir set: relative to it inside it, never with "..", absolute
// (a file:// URI) outside it; and that the SARIF log stays valid.
func TestDir(t *testing.T) {
	tests := []struct {
		name      string // as the finding gives it
		uri, file string // SARIF uri and GitHub file property
	}{
		{"a/b.md", "a/b.md", "a/b.md"},
		{"./a/../a/b.md", "a/b.md", "a/b.md"},
		{"/repo/a/b c.md", "a/b%20c.md", "a/b c.md"},
		{"../x.md", "file:///x.md", "/x.md"},
		{"a/../../up/x.md", "file:///up/x.md", "/up/x.md"},
		{"/srv/news/x.md", "file:///srv/news/x.md", "/srv/news/x.md"},
		{"/repository/x.md", "file:///repository/x.md", "/repository/x.md"},
		{"-", "", ""},
	}
	var fs []spell.Finding
	for i, tt := range tests {
		pos := spell.Position{Filename: tt.name, Offset: 4 * i, Line: i + 1, Column: 1}
		end := pos
		end.Offset, end.Column = pos.Offset+3, 4
		fs = append(fs, spell.Finding{Pos: pos, End: end, Kind: spell.Misspelling, Word: "teh", Message: "m", Suggestions: []string{"the"}})
	}
	opts := Options{Dir: "/repo"}
	print := func(format string) []byte {
		var b bytes.Buffer
		p, err := NewWithOptions(format, &b, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Print(fs, Stats{}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}

	sarif := print("sarif")
	if err := sariftest.Validate(sarif); err != nil {
		t.Errorf("invalid SARIF: %v", err)
	}
	var doc sarifDoc
	if err := json.Unmarshal(sarif, &doc); err != nil {
		t.Fatal(err)
	}
	github := strings.Split(strings.TrimSuffix(string(print("github")), "\n"), "\n")
	if len(doc.Runs[0].Results) != len(tests) || len(github) != len(tests) {
		t.Fatalf("%d results, %d annotations for %d findings", len(doc.Runs[0].Results), len(github), len(tests))
	}
	for i, tt := range tests {
		if got := doc.Runs[0].Results[i].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != tt.uri {
			t.Errorf("%s: SARIF uri %q, want %q", tt.name, got, tt.uri)
		}
		want := ""
		if tt.file != "" {
			want = "file=" + escapeProperty(tt.file) + ","
		}
		if !strings.HasPrefix(github[i], "::warning "+want+"line=") {
			t.Errorf("%s: annotation %q, want file %q", tt.name, github[i], tt.file)
		}
	}
}
