package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconOutsideRepository checks that a configuration naming a
// lexicon outside its repository stops the run with exit status 2 and an
// error at its line, unless --allow-outside-lexicons is given.
func TestLexiconOutsideRepository(t *testing.T) {
	repo, outside := t.TempDir(), t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	house := filepath.Join(outside, "house.txt")
	rel, err := filepath.Rel(repo, house)
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(repo, ".lexcheck.toml")
	files := map[string]string{
		cfg:                          "\nlexicons = [\"" + filepath.ToSlash(rel) + "\"]\n",
		filepath.Join(repo, "a.txt"): "Colonel Qaddafi spoke.\n",
		house:                        "Gaddafi !Qaddafi\n",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if status := run([]string{"check", repo}, nil, &stdout, &stderr); status != exitError {
		t.Errorf("status %d, want %d", status, exitError)
	}
	if want := cfg + ":2:13: lexicons: \"" + filepath.ToSlash(rel) + "\" is outside the repository"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	stdout.Reset()
	if status := run([]string{"check", "--allow-outside-lexicons", repo}, nil, &stdout, &bytes.Buffer{}); status != exitFindings || !strings.Contains(stdout.String(), "Qaddafi") {
		t.Errorf("allowed: status %d, stdout %q", status, stdout.String())
	}
}
