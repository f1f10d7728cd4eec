package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/version"
	"github.com/lexcheck/lexcheck/spell"
)

// runArgs runs the command in-process and returns its status and outputs.
func runArgs(args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(""), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		status, out, errOut := runArgs(args...)
		if status != exitClean || errOut != "" {
			t.Errorf("%v: status %d, stderr %q", args, status, errOut)
		}
		want := []string{"lexcheck " + version.Get().Version + "\n", "revision: ", "go:       " + runtime.Version(),
			"SCOWL", "hunspell-en-gb", "iso-codes", "GeoNames", "iuliia", "CLDR"}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%v lacks %q:\n%s", args, w, out)
			}
		}
	}
	status, out, _ := runArgs("version", "--json")
	var in version.Info
	if err := json.Unmarshal([]byte(out), &in); status != exitClean || err != nil {
		t.Fatalf("version --json: status %d, %v in %s", status, err, out)
	}
	if in.Go != runtime.Version() || len(in.Data) == 0 || in.Version == "" {
		t.Errorf("version --json = %+v", in)
	}
	if status, _, errOut := runArgs("version", "extra"); status != exitError || !strings.Contains(errOut, `unexpected argument "extra"`) {
		t.Errorf("version extra: status %d, stderr %q", status, errOut)
	}
}

// TestHelpScreens checks that every command's -h screen has the same
// header and writes its flags --name, and that "help CMD" prints the
// same screen on standard output.
func TestHelpScreens(t *testing.T) {
	for _, c := range commands {
		if c == "help" || c == "completion" {
			continue
		}
		args := strings.Fields(c)
		status, _, screen := runArgs(append(args, "-h")...)
		if status != exitClean {
			t.Errorf("%s -h: status %d", c, status)
		}
		if !strings.HasPrefix(screen, "usage: lexcheck "+c+" [flags]") || !strings.Contains(screen, "\nflags:\n  --") {
			t.Errorf("%s -h has another header:\n%s", c, screen)
		}
		for _, line := range strings.Split(screen, "\n") {
			if strings.HasPrefix(line, "  -") && !strings.HasPrefix(line, "  --") {
				t.Errorf("%s -h: single-dash flag %q", c, line)
			}
		}
		status, help, errOut := runArgs(append([]string{"help"}, args...)...)
		if status != exitClean || help != screen || errOut != "" {
			t.Errorf("help %s: status %d, stdout differs from %s -h: %q", c, status, c, help)
		}
	}
	if status, _, errOut := runArgs("help", "nope"); status != exitError || !strings.Contains(errOut, `unknown command "nope"`) {
		t.Errorf("help nope: status %d, stderr %q", status, errOut)
	}
	if status, out, _ := runArgs("help"); status != exitClean || !strings.Contains(out, "lexcheck completion") {
		t.Errorf("help: status %d, %q", status, out)
	}
}

func TestCompletion(t *testing.T) {
	scripts := map[string]string{}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		status, out, errOut := runArgs("completion", sh)
		if status != exitClean || errOut != "" {
			t.Fatalf("completion %s: status %d, %s", sh, status, errOut)
		}
		for _, c := range commands {
			for _, f := range commandFlags(c) {
				name := f
				if sh == "fish" {
					name = "-l " + strings.TrimPrefix(f, "--")
				}
				if !strings.Contains(out, name) {
					t.Errorf("completion %s lacks %s's %s", sh, c, f)
				}
			}
		}
		scripts[sh] = out
	}
	if flags := commandFlags("check"); !slices.Contains(flags, "--lexicon") || !slices.Contains(flags, "--quiet") {
		t.Errorf("commandFlags(check) = %v", flags)
	}
	if status, _, _ := runArgs("completion", "tcsh"); status != exitError {
		t.Errorf("completion tcsh: status %d, want %d", status, exitError)
	}

	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the bash script")
	}
	script := filepath.Join(t.TempDir(), "lexcheck.bash")
	if err := os.WriteFile(script, []byte(scripts["bash"]), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string // the words typed; the last is completed
		want []string
	}{
		{"lexcheck ch", []string{"check"}},
		{"lexcheck check --lex", []string{"--lexicon"}},
		{"lexcheck check --q", []string{"--quiet"}},
		{"lexcheck lexicon ", []string{"harvest", "lint", "variants"}},
		{"lexcheck lexicon harvest --min", []string{"--min-count"}},
		{"lexcheck completion f", []string{"fish"}},
		{"lexcheck serve --ad", []string{"--addr"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.line)
		if strings.HasSuffix(tt.line, " ") {
			words = append(words, "")
		}
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = "'" + w + "'"
		}
		cmd := exec.Command(bash, "-c", "source "+script+"; COMP_WORDS=("+strings.Join(quoted, " ")+
			"); COMP_CWORD="+strconv.Itoa(len(words)-1)+"; _lexcheck; printf '%s\\n' \"${COMPREPLY[@]}\"")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v\n%s", tt.line, err, out)
		}
		if got := strings.Fields(string(out)); !slices.Equal(got, tt.want) {
			t.Errorf("completing %q: %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestColorLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a.txt:3:11: "Bakivev" looks like a variant of "Bakiyev" (name-variant)`,
			styleBold + "a.txt:3:11:" + styleReset + " " + styleWord + `"Bakivev"` + styleReset +
				` looks like a variant of "Bakiyev" ` + styleKind + "(name-variant)" + styleReset},
		{"lexcheck: a note", "lexcheck: a note"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := colorLine(tt.in); got != tt.want {
			t.Errorf("colorLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Lines split across writes are coloured whole; a last line without
	// a break is written as it is by Flush.
	var b bytes.Buffer
	c := &colorWriter{w: &b}
	for _, part := range []string{"a.txt:1:1: \"x\" is", " odd (misspelling)\nb.txt:2:", "2: \"y\" is odd (misspelling)\ntail"} {
		c.Write([]byte(part))
	}
	c.Flush()
	want := colorLine(`a.txt:1:1: "x" is odd (misspelling)`) + "\n" + colorLine(`b.txt:2:2: "y" is odd (misspelling)`) + "\ntail"
	if b.String() != want {
		t.Errorf("colorWriter wrote %q, want %q", b.String(), want)
	}
}

func TestNoColorOffTerminal(t *testing.T) {
	var b bytes.Buffer
	if w, _ := textOutput("text", &b); w != &b {
		t.Error("text output to a buffer is coloured")
	}
	t.Setenv("NO_COLOR", "1")
	if useColor(os.Stdout) {
		t.Error("NO_COLOR set, but colour is used")
	}
}

func TestSummary(t *testing.T) {
	f := func(file string) spell.Finding {
		var x spell.Finding
		x.Pos.Filename = file
		return x
	}
	tests := []struct {
		findings []spell.Finding
		checked  int
		want     string
	}{
		{nil, 120, "no findings (120 checked)"},
		{[]spell.Finding{f("a")}, 1, "1 finding in 1 file (1 checked)"},
		{[]spell.Finding{f("a"), f("b"), f("a")}, 120, "3 findings in 2 files (120 checked)"},
	}
	for _, tt := range tests {
		if got := summary(tt.findings, tt.checked); got != tt.want {
			t.Errorf("summary = %q, want %q", got, tt.want)
		}
	}
}

func TestQuiet(t *testing.T) {
	_, _, errOut := runArgs("check", "testdata/empty.txt")
	if !strings.Contains(errOut, "empty file") {
		t.Fatalf("without --quiet the note is missing: %q", errOut)
	}
	status, _, errOut := runArgs("check", "--quiet", "testdata/empty.txt")
	if status != exitClean || errOut != "" {
		t.Errorf("--quiet: status %d, stderr %q, want 0 and nothing", status, errOut)
	}
	if status, _, errOut := runArgs("check", "--quiet", "testdata/nope.txt"); status != exitError || !strings.Contains(errOut, "nope.txt") {
		t.Errorf("--quiet hides errors: status %d, stderr %q", status, errOut)
	}
}

func TestHealthcheck(t *testing.T) {
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
		}
	}))
	defer ok.Close()
	tests := []struct {
		args   []string
		status int
	}{
		{[]string{ok.URL + "/healthz"}, exitClean},
		{[]string{ok.URL + "/elsewhere"}, exitFindings},
		{[]string{"--timeout", "1s", "http://127.0.0.1:1/healthz"}, exitFindings},
		{[]string{"a", "b"}, exitError},
		{[]string{"://bad"}, exitError},
	}
	for _, tt := range tests {
		if status, _, errOut := runArgs(append([]string{"healthcheck"}, tt.args...)...); status != tt.status {
			t.Errorf("healthcheck %v: status %d, want %d; %s", tt.args, status, tt.status, errOut)
		}
	}
}
