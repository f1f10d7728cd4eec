package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
)

// TestNoticeListsEverything checks that NOTICE names every module of
// go.mod and every source of the embedded data with its version, so that
// a new dependency or regenerated data cannot ship without its licence.
func TestNoticeListsEverything(t *testing.T) {
	root := filepath.Join("..", "..")
	notice, err := os.ReadFile(filepath.Join(root, "NOTICE"))
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var modules []string
	inRequire := false
	for _, line := range strings.Split(string(gomod), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case f[0] == "require" && len(f) > 1 && f[1] == "(":
			inRequire = true
		case f[0] == "require" && len(f) > 2:
			modules = append(modules, f[1])
		case f[0] == ")":
			inRequire = false
		case inRequire:
			modules = append(modules, f[0])
		}
	}
	if len(modules) == 0 {
		t.Fatal("no modules found in go.mod")
	}
	for _, m := range modules {
		if !strings.Contains(string(notice), "\n"+m+" ") {
			t.Errorf("NOTICE does not list module %s and its licence", m)
		}
	}
	for _, s := range lexicon.Sources() {
		if !strings.Contains(string(notice), s.Version) {
			t.Errorf("NOTICE does not name %s version %s", s.Name, s.Version)
		}
	}
	for _, file := range []string{"lexicon/data/LICENSES", "lexicon/translit/LICENSES"} {
		entries, err := os.ReadDir(filepath.Join(root, file))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !strings.Contains(string(notice), e.Name()) {
				t.Errorf("NOTICE does not point to %s/%s", file, e.Name())
			}
		}
	}
}
