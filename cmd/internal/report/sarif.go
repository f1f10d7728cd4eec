package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/lexcheck/lexcheck/spell"
)

// The fixed parts of the SARIF log.
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	toolName     = "lexcheck"
	toolInfoURI  = "https://github.com/lexcheck/lexcheck"
)

// sarifPrinter prints one SARIF 2.1.0 log with one run, for GitHub code
// scanning and other SARIF readers.
//
//   - The tool's rules are the kinds of finding, in the order of
//     [spell.Kinds] (a finding of any other kind adds a rule after them);
//     rule IDs are the kind names.
//   - Each finding is a result of the level [Options.Level] gives it
//     ("warning" unless told otherwise; rules default to "warning"). Its region gives the
//     start and end line and column (run.columnKind is "unicodeCodePoints";
//     endColumn is the column just after the word) together with
//     byteOffset and byteLength, which say the same thing in bytes.
//     charOffset and charLength are left out, since counting characters
//     needs the text, which a printer does not have.
//   - Each suggestion is a fix that replaces the word (by its region) with
//     the suggestion.
//   - A relative file name becomes a relative URI reference with forward
//     slashes and percent-escapes ("dir/my file.txt" becomes
//     "dir/my%20file.txt"), which code scanning resolves against the root of
//     the checkout. An absolute file name becomes a file:// URI. With
//     [Options.Dir] set, a file inside it is named relative to it, one
//     outside it by a file:// URI. Standard
//     input (file name "" or "-") has no URI: its artifactLocation holds only
//     a description, "standard input".
//
// A run without findings prints a valid log with an empty results array.
type sarifPrinter struct {
	w    io.Writer
	opts Options
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	ShortDescription     sarifText          `json:"shortDescription"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

// sarifText is a SARIF message or multiformatMessageString with plain text.
type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
	Fixes     []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI         string     `json:"uri,omitempty"`
	Description *sarifText `json:"description,omitempty"`
}

// sarifRegion is a text region (lines and columns, left out when unknown)
// and the same region in bytes.
type sarifRegion struct {
	StartLine   int `json:"startLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
	ByteOffset  int `json:"byteOffset"`
	ByteLength  int `json:"byteLength"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

func (p *sarifPrinter) Print(findings []spell.Finding, _ Stats) error {
	rules := []sarifRule{}
	ruleIndex := map[spell.Kind]int{}
	addRule := func(k spell.Kind) int {
		if i, ok := ruleIndex[k]; ok {
			return i
		}
		ruleIndex[k] = len(rules)
		rules = append(rules, sarifRule{
			ID:                   string(k),
			ShortDescription:     sarifText{k.Description()},
			DefaultConfiguration: sarifConfiguration{"warning"},
		})
		return len(rules) - 1
	}
	for _, k := range spell.Kinds {
		addRule(k)
	}

	results := make([]sarifResult, 0, len(findings))
	for _, f := range findings {
		loc := sarifArtifact(p.opts.fileName(f.Pos.Filename))
		reg := sarifRegionOf(f)
		var fixes []sarifFix
		for _, s := range f.Suggestions {
			fixes = append(fixes, sarifFix{
				Description: sarifText{"Replace " + strconv.Quote(f.Word) + " with " + strconv.Quote(s)},
				ArtifactChanges: []sarifArtifactChange{{
					ArtifactLocation: loc,
					Replacements:     []sarifReplacement{{DeletedRegion: reg, InsertedContent: sarifText{s}}},
				}},
			})
		}
		results = append(results, sarifResult{
			RuleID:    string(f.Kind),
			RuleIndex: addRule(f.Kind),
			Level:     string(p.opts.level(f)),
			Message:   sarifText{f.Message},
			Locations: []sarifLocation{{sarifPhysicalLocation{ArtifactLocation: loc, Region: reg}}},
			Fixes:     fixes,
		})
	}

	return writeJSON(p.w, sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:       sarifTool{sarifDriver{Name: toolName, Version: p.opts.ToolVersion, InformationURI: toolInfoURI, Rules: rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	})
}

// sarifRegionOf returns the region f flags.
func sarifRegionOf(f spell.Finding) sarifRegion {
	r := sarifRegion{ByteOffset: f.Pos.Offset, ByteLength: length(f)}
	if !f.Pos.IsValid() {
		return r
	}
	r.StartLine = f.Pos.Line
	r.StartColumn = f.Pos.Column
	if e := end(f); e.IsValid() {
		r.EndLine = e.Line
		if f.Pos.Column > 0 {
			r.EndColumn = e.Column
		}
	}
	return r
}

// sarifArtifact returns the artifact location of the file name, with
// forward slashes.
func sarifArtifact(name string) sarifArtifactLocation {
	if name == "" || name == "-" {
		return sarifArtifactLocation{Description: &sarifText{"standard input"}}
	}
	if filepath.IsAbs(filepath.FromSlash(name)) {
		if !strings.HasPrefix(name, "/") {
			name = "/" + name // a Windows volume: file:///C:/...
		}
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: name}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: name}).String()}
}
