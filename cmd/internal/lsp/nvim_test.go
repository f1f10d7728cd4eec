package lsp

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lexcheck/lexcheck/internal/golden"
)

// serverEnv makes the test binary run a server session on its standard
// input and output instead of the tests, so that a real client can start
// it as it would start lexcheck lsp.
const serverEnv = "LEXCHECK_LSP_TEST_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(serverEnv) == "1" {
		if err := Serve(context.Background(), os.Stdin, os.Stdout, Options{Log: os.Stderr}); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestNeovim attaches the server to a Markdown file with Neovim's built-in
// client, headless, and compares the diagnostics it received.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim not found: install Neovim (apt-get install neovim) to test with a real client")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := workDir(t)
	// The server is this test binary (see TestMain), started as "X lsp".
	server := filepath.Join(dir, "lexcheck-server")
	script := "#!/bin/sh\n" + serverEnv + "=1 exec '" + self + "'\n"
	if err := os.WriteFile(server, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	file := tempFile(t, dir, "article.md", mixedMarkdown)
	out := filepath.Join(dir, "diagnostics.txt")
	lua, err := filepath.Abs(filepath.Join("testdata", "nvim", "attach.lua"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-c", "luafile "+lua)
	cmd.Env = append(os.Environ(), "LEXCHECK_FILE="+file, "LEXCHECK_OUT="+out, "LEXCHECK_SERVER="+server, "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir)
	cmd.Stdin = strings.NewReader("")
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no diagnostics: %v", err)
	}
	golden.Check(t, filepath.Join("testdata", "nvim", "article.md.golden"), got)
}
