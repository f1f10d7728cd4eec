package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/report/sariftest"
	"github.com/lexcheck/lexcheck/spell"
)

// TestLevels checks that Options.Level reaches the SARIF result level, the
// GitHub command, the JSON severity and the text line, and that an unknown
// level prints as a warning.
func TestLevels(t *testing.T) {
	fs := loadFindings(t)[:3]
	levels := []Level{Error, Note, "loud"}
	opts := Options{Level: func(f spell.Finding) Level {
		for i := range fs {
			if fs[i].Pos == f.Pos {
				return levels[i]
			}
		}
		return Warning
	}}

	var buf bytes.Buffer
	p, err := NewWithOptions("github", &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(fs, Stats{}); err != nil {
		t.Fatal(err)
	}
	var cmds []string
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		cmds = append(cmds, line[2:strings.IndexByte(line, ' ')])
	}
	if got := strings.Join(cmds, " "); got != "error notice warning" {
		t.Errorf("github commands %q, want %q", got, "error notice warning")
	}

	buf.Reset()
	p, _ = NewWithOptions("sarif", &buf, opts)
	if err := p.Print(fs, Stats{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		got = append(got, r.Level)
	}
	if strings.Join(got, " ") != "error note warning" {
		t.Errorf("SARIF levels %q, want error note warning", got)
	}
	if err := sariftest.Validate(buf.Bytes()); err != nil {
		t.Errorf("invalid SARIF: %v", err)
	}

	buf.Reset()
	p, _ = NewWithOptions("json", &buf, opts)
	if err := p.Print(fs, Stats{}); err != nil {
		t.Fatal(err)
	}
	var out JSONOutput
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, f := range out.Findings {
		got = append(got, f.Severity)
	}
	if strings.Join(got, " ") != "error info warning" {
		t.Errorf("JSON severities %q, want error info warning", got)
	}

	buf.Reset()
	p, _ = NewWithOptions("text", &buf, opts)
	if err := p.Print(fs, Stats{}); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		_, rest, _ := strings.Cut(line, ": ") // after file:line:col
		sev, _, _ := strings.Cut(rest, ": ")
		got = append(got, sev)
	}
	if strings.Join(got, " ") != "error info warning" {
		t.Errorf("text severities %q, want error info warning", got)
	}
}
