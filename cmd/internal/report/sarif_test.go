package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/cmd/internal/report/sariftest"
	"github.com/lexcheck/lexcheck/spell"
)

func TestSARIFSchema(t *testing.T) {
	fs := loadFindings(t)
	odd := []spell.Finding{
		{Pos: spell.Position{Filename: "-", Offset: 4, Line: 1, Column: 5},
			End:  spell.Position{Filename: "-", Offset: 8, Line: 1, Column: 9},
			Kind: spell.Misspelling, Word: "teh", Message: "from standard input", Suggestions: []string{"the"}},
		{Pos: spell.Position{Offset: 4, Line: 1, Column: 5}, Kind: spell.NameVariant, Word: "Tokaev", Message: "no file name, no end"},
		{Pos: spell.Position{Filename: "/srv/news/my article.txt", Offset: 3}, End: spell.Position{Offset: 7},
			Kind: "a-new-kind", Word: "abcd", Message: "absolute file, no line, unknown kind"},
		{Pos: spell.Position{Filename: "a:b/c.txt", Offset: 0, Line: 1, Column: 1},
			End:  spell.Position{Filename: "a:b/c.txt", Offset: 0, Line: 1, Column: 1},
			Kind: spell.Inconsistent, Message: ""},
	}
	for name, doc := range map[string][]byte{
		"findings": render(t, "sarif", fs, Stats{}),
		"empty":    render(t, "sarif", nil, Stats{}),
		"odd":      render(t, "sarif", odd, Stats{}),
	} {
		if err := sariftest.Validate(doc); err != nil {
			t.Errorf("%s: invalid SARIF: %v\n%s", name, err, doc)
		}
	}
}

// TestSARIFSchemaRejects makes sure the validator does reject broken logs,
// so that TestSARIFSchema passing means something.
func TestSARIFSchemaRejects(t *testing.T) {
	good := string(render(t, "sarif", loadFindings(t), Stats{}))
	for _, tc := range []struct{ old, new string }{
		{`"version": "2.1.0"`, `"version": "2.0.0"`},
		{`"startColumn": 33`, `"startColumn": 0`},
		{`"columnKind": "unicodeCodePoints"`, `"columnKind": "bytes"`},
		{`"level": "warning"`, `"level": "severe"`},
		{`"uri": "news/2024/article.txt"`, `"uri": "news/2024/%zz.txt"`},
	} {
		bad := strings.Replace(good, tc.old, tc.new, 1)
		if bad == good {
			t.Fatalf("%s not in the output", tc.old)
		}
		if err := sariftest.Validate([]byte(bad)); err == nil {
			t.Errorf("log with %s passed validation", tc.new)
		}
	}
}

// sarifDoc is the part of a SARIF log that TestSARIFContent reads.
type sarifDoc struct {
	Runs []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string          `json:"ruleId"`
			RuleIndex int             `json:"ruleIndex"`
			Level     string          `json:"level"`
			Message   sarifText       `json:"message"`
			Locations []sarifLocation `json:"locations"`
			Fixes     []sarifFix      `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

// TestSARIFContent checks the log against the texts the findings point
// into: rules, regions in code points and in bytes, and fixes.
func TestSARIFContent(t *testing.T) {
	fs := loadFindings(t)
	var doc sarifDoc
	if err := json.Unmarshal(render(t, "sarif", fs, Stats{}), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(doc.Runs))
	}
	run := doc.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "lexcheck" {
		t.Errorf("columnKind %q, driver %q", run.ColumnKind, run.Tool.Driver.Name)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != len(spell.Kinds) {
		t.Fatalf("%d rules, want one for each of %d kinds", len(rules), len(spell.Kinds))
	}
	for i, k := range spell.Kinds {
		if rules[i].ID != string(k) || rules[i].ShortDescription.Text != k.Description() {
			t.Errorf("rule %d = %+v, want %s", i, rules[i], k)
		}
	}
	if len(run.Results) != len(fs) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(fs))
	}
	for i, r := range run.Results {
		f := fs[i]
		if r.RuleID != string(f.Kind) || rules[r.RuleIndex].ID != r.RuleID || r.Level != "warning" || r.Message.Text != f.Message {
			t.Errorf("result %d: %+v does not match %v", i, r, f)
		}
		loc := r.Locations[0].PhysicalLocation
		name, err := url.PathUnescape(loc.ArtifactLocation.URI)
		if err != nil || name != f.Pos.Filename {
			t.Errorf("result %d: uri %q, want %q", i, loc.ArtifactLocation.URI, f.Pos.Filename)
		}
		src := readText(t, f.Pos.Filename)
		reg := loc.Region
		if got := string(src[reg.ByteOffset : reg.ByteOffset+reg.ByteLength]); got != f.Word {
			t.Errorf("result %d: bytes of region are %q, want %q", i, got, f.Word)
		}
		line := bytes.Split(src, []byte("\n"))[reg.StartLine-1]
		runes := []rune(string(line))
		if got := string(runes[reg.StartColumn-1 : reg.EndColumn-1]); reg.EndLine != reg.StartLine || got != f.Word {
			t.Errorf("result %d: code points of region are %q, want %q", i, got, f.Word)
		}
		if len(r.Fixes) != len(f.Suggestions) {
			t.Errorf("result %d: %d fixes for %d suggestions", i, len(r.Fixes), len(f.Suggestions))
			continue
		}
		for j, fix := range r.Fixes {
			rep := fix.ArtifactChanges[0].Replacements[0]
			d := rep.DeletedRegion
			fixed := string(src[:d.ByteOffset]) + rep.InsertedContent.Text + string(src[d.ByteOffset+d.ByteLength:])
			want := strings.Replace(string(src), f.Word, f.Suggestions[j], 1)
			if fixed != want || !utf8.ValidString(fixed) {
				t.Errorf("result %d: fix %d gives\n%s\nwant\n%s", i, j, fixed, want)
			}
		}
	}
}

func TestSARIFArtifact(t *testing.T) {
	for _, tc := range []struct{ name, uri string }{
		{"article.txt", "article.txt"},
		{"news/2024/article.txt", "news/2024/article.txt"},
		{"news/world brief.txt", "news/world%20brief.txt"},
		{"../other/a#1.txt", "../other/a%231.txt"},
		{"a:b.txt", "./a:b.txt"}, // not a scheme
		{"новости/статья.txt", "%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F.txt"},
		{"/srv/news/a b.txt", "file:///srv/news/a%20b.txt"},
		{"-", ""},
		{"", ""},
	} {
		loc := sarifArtifact(tc.name)
		if loc.URI != tc.uri {
			t.Errorf("sarifArtifact(%q).URI = %q, want %q", tc.name, loc.URI, tc.uri)
		}
		if (loc.URI == "") != (loc.Description != nil) {
			t.Errorf("sarifArtifact(%q) = %+v: want a URI or a description", tc.name, loc)
		}
	}
}
