package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/internal/golden"
	"github.com/lexcheck/lexcheck/lexicon"
)

const archive = "testdata/archive"

// TestHarvestGolden harvests the fixture archive: the draft lexicon and
// both reports must match their golden files.
func TestHarvestGolden(t *testing.T) {
	dir := t.TempDir()
	var draft []byte
	for _, ext := range []string{"md", "html"} {
		report := filepath.Join(dir, "report."+ext)
		var out, errOut bytes.Buffer
		if status := run([]string{"lexicon", "harvest", "--report", report, archive}, nil, &out, &errOut); status != exitClean {
			t.Fatalf("exit status %d; stderr:\n%s", status, errOut.String())
		}
		if draft != nil && !bytes.Equal(draft, out.Bytes()) {
			t.Errorf("the draft changed from one run to the next")
		}
		draft = out.Bytes()
		got, err := os.ReadFile(report)
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", "golden", "harvest-report."+ext), got)
	}
	golden.Check(t, filepath.Join("testdata", "golden", "harvest.lexicon"), draft)
	if _, err := lexicon.Load(bytes.NewReader(draft), "draft"); err != nil {
		t.Errorf("the draft does not load: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left beside the reports: %v", entries)
	}
}

// countsRe matches a group line of a draft: spellings, then their counts.
var countsRe = regexp.MustCompile(`^([^#]*\S)\s+# ([\d /]+)$`)

// TestHarvestRoundTrip checks the fixture archive with the golden draft:
// every use of a rejected variant is flagged, as often as the draft counted
// it, and nothing else is.
func TestHarvestRoundTrip(t *testing.T) {
	const draft = "testdata/golden/harvest.lexicon"
	src, err := os.ReadFile(draft)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{} // rejected variant -> uses
	for _, line := range strings.Split(string(src), "\n") {
		m := countsRe.FindStringSubmatch(line)
		if m == nil || !strings.Contains(m[1], "!") {
			continue
		}
		spellings, counts := strings.Fields(m[1]), strings.Split(m[2], " / ")
		if len(spellings) != len(counts) {
			t.Fatalf("malformed group line %q", line)
		}
		for i, s := range spellings[1:] {
			n, err := strconv.Atoi(counts[i+1])
			if err != nil {
				t.Fatal(err)
			}
			want[strings.TrimPrefix(s, "!")] = n
		}
	}
	if len(want) < 6 {
		t.Fatalf("only %d rejected variants in %s; the fixture should have more", len(want), draft)
	}

	var out, errOut bytes.Buffer
	if status := run([]string{"check", "--format", "json", "--lexicon", draft, archive}, nil, &out, &errOut); status != exitFindings {
		t.Fatalf("exit status %d; stderr:\n%s", status, errOut.String())
	}
	var res struct {
		Findings []struct {
			File, Word, Kind string
			Line             int
		}
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range res.Findings {
		if _, ok := want[f.Word]; !ok || f.Kind != "rejected" {
			t.Errorf("%s:%d: %q flagged (%s), but it is not a rejected variant of the draft", f.File, f.Line, f.Word, f.Kind)
		}
		got[f.Word]++
	}
	for w, n := range want {
		if got[w] != n {
			t.Errorf("%q flagged %d times, the draft counts %d uses", w, got[w], n)
		}
	}
}

// TestLexiconCommand runs the lexicon commands: exit status and what
// standard output and standard error must contain.
func TestLexiconCommand(t *testing.T) {
	tests := []struct {
		name           string
		args           []string
		status         int
		stdout, stderr string
	}{
		{"lint clean", []string{"lexicon", "lint", "../internal/lint/testdata/clean.txt"}, exitClean, "", ""},
		{"lint problems", []string{"lexicon", "lint", "../internal/lint/testdata/conflict.txt"}, exitFindings,
			`../internal/lint/testdata/conflict.txt:2: "Qaddafi" is accepted here but rejected at ../internal/lint/testdata/conflict.txt:1`, ""},
		{"lint the golden draft", []string{"lexicon", "lint", "testdata/golden/harvest.lexicon"}, exitFindings,
			`harvest.lexicon:24: "Ostrowska" looks like a variant of "Ostrovska" at testdata/golden/harvest.lexicon:23`, ""},
		{"lint missing file", []string{"lexicon", "lint", "testdata/nope.txt"}, exitError, "", "testdata/nope.txt"},
		{"lint no file", []string{"lexicon", "lint"}, exitError, "", "no FILE given"},
		{"harvest no path", []string{"lexicon", "harvest"}, exitError, "", "no PATH given"},
		{"harvest missing path", []string{"lexicon", "harvest", "testdata/nope"}, exitError, "", "testdata/nope"},
		{"harvest bad report", []string{"lexicon", "harvest", "--report", "r.pdf", archive}, exitError, "", "want a file ending in .html or .md"},
		{"harvest bad min-count", []string{"lexicon", "harvest", "--min-count", "0", archive}, exitError, "", "--min-count"},
		{"harvest bad markup", []string{"lexicon", "harvest", "--markup", "xml", archive}, exitError, "", `unknown markup "xml"`},
		{"harvest report dir missing", []string{"lexicon", "harvest", "--report", "testdata/nope/r.md", archive}, exitError, "", "writing the report"},
		{"harvest min-count", []string{"lexicon", "harvest", "--min-count", "5", archive}, exitClean, "Names used at least 5 times", ""},
		{"harvest binary", []string{"lexicon", "harvest", "testdata/binary.txt"}, exitClean, "from 0 documents", "testdata/binary.txt: binary file, skipped"},
		{"no subcommand", []string{"lexicon"}, exitError, "", "usage:"},
		{"unknown subcommand", []string{"lexicon", "frob"}, exitError, "", `unknown command "frob"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(tt.args, strings.NewReader(""), &out, &errOut)
			if status != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.status, errOut.String())
			}
			if !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out.String())
			}
			if !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut.String())
			}
		})
	}
	if _, err := os.Stat("testdata/nope"); err == nil {
		t.Errorf("a failed report write created testdata/nope")
	}
}

// TestReportInsideArchive harvests an archive that holds the report of an
// earlier run: the report is not read as an article, so a second run
// gives the same draft and report as the first.
func TestReportInsideArchive(t *testing.T) {
	dir := copyTree(t, archive)
	for _, name := range []string{"report.md", "report.html"} {
		report := filepath.Join(dir, name)
		var drafts, reports []string
		for range 2 {
			var out, errOut bytes.Buffer
			if status := run([]string{"lexicon", "harvest", "--report", report, dir}, nil, &out, &errOut); status != exitClean {
				t.Fatalf("exit status %d; stderr:\n%s", status, errOut.String())
			}
			got, err := os.ReadFile(report)
			if err != nil {
				t.Fatal(err)
			}
			drafts, reports = append(drafts, out.String()), append(reports, string(got))
		}
		if drafts[0] != drafts[1] || reports[0] != reports[1] {
			t.Errorf("%s: the second run read the first one's report:\n%s\n%s", name, drafts[1], reports[1])
		}
	}
}

// TestHarvestTwice harvests a folder twice as a desk would, the draft
// and the report written into it, beside a house lexicon that its
// configuration names and another lexicon: the second run reads neither
// the first one's output nor the lexicons, gives the same draft, and its
// report says which files it skipped and why.
func TestHarvestTwice(t *testing.T) {
	dir := copyTree(t, archive)
	files := map[string]string{
		".lexcheck.toml": "lexicons = [\"house.txt\"]\n",
		"house.txt":      "Kemperling\nGaddafi !Qaddafi\n",
		"other.txt":      "# names of the sports desk\nBrenan\nVandermolen   # the coach\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	draft, report := filepath.Join(dir, "house-draft.txt"), filepath.Join(dir, "report.html")
	var drafts []string
	for range 2 {
		var errOut bytes.Buffer
		f, err := os.Create(draft) // as a shell's > does, before the harvest reads the folder
		if err != nil {
			t.Fatal(err)
		}
		status := run([]string{"lexicon", "harvest", "--report", report, dir}, nil, f, &errOut)
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		if status != exitClean {
			t.Fatalf("exit status %d; stderr:\n%s", status, errOut.String())
		}
		got, err := os.ReadFile(draft)
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, string(got))
	}
	if drafts[0] != drafts[1] {
		t.Errorf("the second run's draft differs:\n%s\nfirst:\n%s", drafts[1], drafts[0])
	}
	golden, err := os.ReadFile("testdata/golden/harvest.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if drafts[1] != string(golden) {
		t.Errorf("the lexicons and the draft were read as articles:\n%s", drafts[1])
	}
	got, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"house-draft.txt: empty", // the second run's draft, opened before it ran
		"house.txt: a house lexicon of the configuration",
		"other.txt: a lexicon, not an article",
	} {
		if !strings.Contains(string(got), filepath.Join(dir, want)) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestReportReplaced checks that a report replaces an older file whole.
func TestReportReplaced(t *testing.T) {
	report := filepath.Join(t.TempDir(), "r.md")
	if err := os.WriteFile(report, bytes.Repeat([]byte("old\n"), 10000), 0o644); err != nil {
		t.Fatal(err)
	}
	if status := run([]string{"lexicon", "harvest", "--report", report, archive}, nil, io.Discard, io.Discard); status != exitClean {
		t.Fatalf("exit status %d", status)
	}
	got, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(got, []byte("old\n")) || !bytes.HasPrefix(got, []byte("<!-- report of lexcheck lexicon harvest -->\n# Harvest report")) {
		t.Errorf("report not replaced whole:\n%.200s", got)
	}
}

// BenchmarkHarvest harvests a generated archive of 2,000 articles (text,
// Markdown and HTML) with the whole command, reading files on all cores,
// and reports articles per second. The default is loaded before timing.
func BenchmarkHarvest(b *testing.B) {
	const articles = 2000
	dir := b.TempDir()
	names := []string{"Kemperling", "Bakiyev", "Otunbayeva", "Tashiev", "Vandermolen", "Ostrovska", "Japarov", "Gaddafi"}
	variants := []string{"Kempreling", "Bakiev", "Otunbaeva", "Tashijev", "Vandermollen", "Ostrowska", "Zhaparov", "Qaddafi"}
	var size int64
	for i := range articles {
		var body strings.Builder
		for p := range 12 {
			n := names[(i+p)%len(names)]
			if (i*7+p)%23 == 0 {
				n = variants[(i+p)%len(variants)]
			}
			fmt.Fprintf(&body, "On Tuesday the minister %s met officials in Bishkek to discuss the budget, "+
				"the roads and the schools of the region. Reporters asked %s about the election, "+
				"and the answer, as %s put it, was that Person%c%c would decide in the spring.\n\n",
				n, names[(i+p+1)%len(names)], n, 'A'+rune(i%26), 'a'+rune(p%26))
		}
		text := body.String()
		name := fmt.Sprintf("a%04d.txt", i)
		switch i % 3 {
		case 1:
			name, text = fmt.Sprintf("a%04d.md", i), "# Report\n\n"+text
		case 2:
			name, text = fmt.Sprintf("a%04d.html", i), "<html><body><p>"+strings.ReplaceAll(text, "\n\n", "</p>\n<p>")+"</p></body></html>"
		}
		sub := filepath.Join(dir, fmt.Sprint(i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(text))
	}
	if _, err := lexicon.Default("en-GB"); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if status := run([]string{"lexicon", "harvest", dir}, nil, io.Discard, io.Discard); status != exitClean {
			b.Fatalf("exit status %d", status)
		}
	}
	b.ReportMetric(float64(articles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
