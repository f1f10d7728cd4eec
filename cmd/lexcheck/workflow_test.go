package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// asMain is the environment variable that makes the test binary run as
// lexcheck itself, so that a test can put "lexcheck" on a shell's PATH
// without building the command again.
const asMain = "LEXCHECK_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMain) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// lexcheckBinary writes an executable "lexcheck" into dir that runs this
// test binary as lexcheck.
func lexcheckBinary(t *testing.T, dir string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	script := fmt.Sprintf("#!/bin/sh\n%s=1 exec '%s' \"$@\"\n", asMain, exe)
	if err := os.WriteFile(filepath.Join(dir, "lexcheck"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

const workflowFile = "../../.github/workflow-templates/lexcheck.yml"

// A workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	Jobs        map[string]struct {
		RunsOn string `yaml:"runs-on"`
		Steps  []step `yaml:"steps"`
	} `yaml:"jobs"`
}

type step struct {
	ID   string            `yaml:"id"`
	Name string            `yaml:"name"`
	If   string            `yaml:"if"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	With map[string]any    `yaml:"with"`
	Env  map[string]string `yaml:"env"`
}

// label names s in the test's tables: by its name, or the action it uses.
func (s step) label() string {
	if s.Name != "" {
		return s.Name
	}
	return s.Uses
}

func readWorkflow(t *testing.T) (workflow, string) {
	t.Helper()
	b, err := os.ReadFile(workflowFile)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatal(err)
	}
	if len(wf.Jobs) != 1 {
		t.Fatalf("%d jobs, want one", len(wf.Jobs))
	}
	return wf, string(b)
}

// TestWorkflowTemplate checks what the workflow template promises: a
// pinned version, a cached binary, the whole history for --changed, the
// permissions code scanning needs, and no exit status hidden.
func TestWorkflowTemplate(t *testing.T) {
	wf, raw := readWorkflow(t)
	if _, ok := wf.On["pull_request"]; !ok {
		t.Error("the workflow does not run on pull requests")
	}
	if v := wf.Env["LEXCHECK_VERSION"]; !regexp.MustCompile(`^v\d+\.\d+\.\d+$`).MatchString(v) {
		t.Errorf("LEXCHECK_VERSION %q is not a pinned release", v)
	}
	for _, bad := range []string{"@latest", "|| true", "continue-on-error"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the workflow has %q", bad)
		}
	}
	if wf.Permissions["security-events"] != "write" || wf.Permissions["actions"] != "read" {
		t.Errorf("permissions %v: SARIF upload needs security-events: write, and actions: read on private repositories", wf.Permissions)
	}
	if !strings.Contains(raw, "code scanning enabled") {
		t.Error("the comments do not say that the upload needs code scanning enabled")
	}
	var cached, fetchAll, changed, install bool
	for _, job := range wf.Jobs {
		for _, s := range job.Steps {
			switch {
			case strings.HasPrefix(s.Uses, "actions/checkout@"):
				fetchAll = fmt.Sprint(s.With["fetch-depth"]) == "0"
			case strings.HasPrefix(s.Uses, "actions/cache@"):
				cached = strings.Contains(fmt.Sprint(s.With["key"]), "env.LEXCHECK_VERSION") && s.ID != ""
			case strings.Contains(s.Run, "go install"):
				install = strings.Contains(s.Run, "@$LEXCHECK_VERSION") && strings.Contains(s.If, "cache-hit != 'true'")
			}
			changed = changed || strings.Contains(s.Env["CHANGED"], "--changed") && strings.Contains(s.Run, "$CHANGED")
		}
	}
	if !cached || !install {
		t.Errorf("the binary is not cached by version (cache step %v, install on a miss only %v)", cached, install)
	}
	if !fetchAll || !changed {
		t.Errorf("pull requests are not checked on their changed lines (fetch-depth: 0 %v, --changed %v)", fetchAll, changed)
	}
}

// TestWorkflowRuns runs the workflow template's steps on copies of the
// fixture site as GitHub would, in order, each in bash -eo pipefail, a
// step that fails ending the job. The install step puts this build of
// lexcheck where the pinned release would go; the actions a step uses are
// not run, but the SARIF upload checks its file.
func TestWorkflowRuns(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	wf, _ := readWorkflow(t)
	site, err := filepath.Abs(fixture)
	if err != nil {
		t.Fatal(err)
	}
	_, haveGit := exec.LookPath("git")
	tests := []struct {
		name   string
		event  string
		edit   func(t *testing.T, dir string)
		want   map[string]int // exit status by step label; a step not run is missing
		stdout map[string]string
	}{
		{
			name:   "push with findings: uploaded, then the job fails",
			event:  "push",
			want:   map[string]int{"Put lexcheck on the PATH": 0, "Check prose for code scanning": 0, "Upload to code scanning": 0, "Check prose": 1},
			stdout: map[string]string{"Check prose": "::error file=articles/unrest.md,line=27,col=3,"},
		},
		{
			name:  "info alone passes",
			event: "push",
			edit: func(t *testing.T, dir string) {
				appendFile(t, filepath.Join(dir, ".lexcheck.toml"), "misspelling = \"info\"\nname-variant = \"info\"\n")
				replaceIn(t, filepath.Join(dir, ".lexcheck.toml"), `rejected = "error"`, `rejected = "info"`)
			},
			want:   map[string]int{"Put lexcheck on the PATH": 0, "Check prose for code scanning": 0, "Upload to code scanning": 0, "Check prose": 0},
			stdout: map[string]string{"Check prose": "::notice file=articles/unrest.md"},
		},
		{
			name:  "a broken configuration stops the job before the upload",
			event: "push",
			edit: func(t *testing.T, dir string) {
				replaceIn(t, filepath.Join(dir, ".lexcheck.toml"), "lexicons =", "lexicon =")
			},
			want: map[string]int{"Put lexcheck on the PATH": 0, "Check prose for code scanning": 2},
		},
		{
			name:  "a broken lexicon stops the job before the upload",
			event: "push",
			edit: func(t *testing.T, dir string) {
				appendFile(t, filepath.Join(dir, "names.txt"), "Kyiv |\n")
			},
			want: map[string]int{"Put lexcheck on the PATH": 0, "Check prose for code scanning": 2},
		},
	}
	if haveGit == nil {
		tests = append(tests, struct {
			name   string
			event  string
			edit   func(t *testing.T, dir string)
			want   map[string]int
			stdout map[string]string
		}{
			name:  "pull request: only the changed lines",
			event: "pull_request",
			edit: func(t *testing.T, dir string) {
				git := gitIn(t, dir)
				git("init", "-q")
				git("add", "-A")
				git("commit", "-q", "-m", "base")
				git("update-ref", "refs/remotes/origin/main", "HEAD")
				appendFile(t, filepath.Join(dir, "articles", "unrest.md"), "\nThe comittee met again.\n")
			},
			want:   map[string]int{"Put lexcheck on the PATH": 0, "Check prose for code scanning": 0, "Upload to code scanning": 0, "Check prose": 1},
			stdout: map[string]string{"Check prose": "::warning file=articles/unrest.md,line=38,col=5,"},
		})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyTree(t, site)
			if tt.edit != nil {
				tt.edit(t, dir)
			}
			got, stdout := runWorkflow(t, wf, dir, tt.event)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("steps ran with status %v, want %v", got, tt.want)
			}
			for label, want := range tt.stdout {
				if !strings.Contains(stdout[label], want) {
					t.Errorf("%s printed:\n%s\nwant %q", label, stdout[label], want)
				}
			}
			if tt.event == "pull_request" && strings.Count(stdout["Check prose"], "\n") != 1 {
				t.Errorf("a pull request reported lines it did not change:\n%s", stdout["Check prose"])
			}
		})
	}
}

// runWorkflow runs the steps of wf's job in dir for event (push or
// pull_request from main), and returns the exit status and standard output
// of each step that ran, by label.
func runWorkflow(t *testing.T, wf workflow, dir, event string) (map[string]int, map[string]string) {
	t.Helper()
	home := t.TempDir()
	githubPath := filepath.Join(home, "github_path")
	exprs := map[string]string{ // the expressions of the template, as GitHub evaluates them
		"runner.os":            "Linux",
		"runner.arch":          "X64",
		"env.LEXCHECK_VERSION": wf.Env["LEXCHECK_VERSION"],
		"github.event_name == 'pull_request' && format('--changed=origin/{0}', github.base_ref) || ''": "",
	}
	if event == "pull_request" {
		exprs["github.event_name == 'pull_request' && format('--changed=origin/{0}', github.base_ref) || ''"] = "--changed=origin/main"
	}
	expand := func(s string) string {
		return regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`).ReplaceAllStringFunc(s, func(m string) string {
			e := strings.TrimSpace(m[3 : len(m)-2])
			v, ok := exprs[e]
			if !ok {
				t.Fatalf("the test does not know the value of the expression %s", m)
			}
			return v
		})
	}
	path := os.Getenv("PATH")
	status := map[string]int{}
	stdout := map[string]string{}
	for _, job := range wf.Jobs {
		for _, s := range job.Steps {
			switch {
			case s.Uses != "" && strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
				b, err := os.ReadFile(filepath.Join(dir, fmt.Sprint(s.With["sarif_file"])))
				var log struct{ Runs []any }
				if err != nil || json.Unmarshal(b, &log) != nil || len(log.Runs) != 1 {
					t.Errorf("the SARIF upload has no valid file: %v\n%s", err, b)
					status[s.label()] = 1
					return status, stdout
				}
				status[s.label()] = 0
				continue
			case s.Uses != "":
				continue // checkout, cache (a miss), setup-go: the test has done their work
			case strings.Contains(s.Run, "go install"):
				lexcheckBinary(t, filepath.Join(home, ".lexcheck", "bin"))
				continue
			}
			script := filepath.Join(home, "step.sh")
			if err := os.WriteFile(script, []byte(expand(s.Run)), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "HOME="+home, "PATH="+path, "GITHUB_PATH="+githubPath,
				"LEXCHECK_VERSION="+wf.Env["LEXCHECK_VERSION"])
			for k, v := range s.Env {
				cmd.Env = append(cmd.Env, k+"="+expand(v))
			}
			var out, errOut strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			status[s.label()], stdout[s.label()] = code, out.String()
			if code == 2 && !regexp.MustCompile(`(\.lexcheck\.toml|names\.txt):\d+(:\d+)?: `).MatchString(errOut.String()) {
				t.Errorf("%s: exit 2 without file:line: %s", s.label(), errOut.String())
			}
			if code != 0 {
				return status, stdout // a failed step ends the job
			}
			if b, err := os.ReadFile(githubPath); err == nil {
				for _, p := range strings.Fields(string(b)) {
					path = p + string(os.PathListSeparator) + path
				}
				os.Remove(githubPath)
			}
		}
	}
	return status, stdout
}

func appendFile(t *testing.T, name, text string) {
	t.Helper()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, name, old, new string) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	if err := os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
