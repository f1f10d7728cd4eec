package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEmptyFilesNote(t *testing.T) {
	for _, c := range []struct {
		name  string
		files int
		want  string // the note, after "lexcheck: "; {dir} is the directory
	}{
		{"one empty file is named", 1, "{dir}/e0000.txt: empty file, nothing to check"},
		{"three are named", 3, "{dir}/e0000.txt, {dir}/e0001.txt, {dir}/e0002.txt: empty files, nothing to check"},
		{"many give one note", 5000, "5000 empty files, nothing to check ({dir}/e0000.txt, {dir}/e0001.txt, {dir}/e0002.txt and 4997 more)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for i := range c.files {
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("e%04d.txt", i)), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var stderr bytes.Buffer
			if status := run([]string{"check", dir}, nil, &bytes.Buffer{}, &stderr); status != exitClean {
				t.Errorf("status %d, want %d", status, exitClean)
			}
			want := "lexcheck: " + strings.ReplaceAll(c.want, "{dir}", dir) + "\n"
			if stderr.String() != want {
				got := stderr.String()
				t.Errorf("stderr (%d lines) begins %q, want %q", strings.Count(got, "\n"), got[:min(len(got), 300)], want)
			}
		})
	}
}

// TestBOMColumn checks that a UTF-8 byte order mark is not a column: the
// finding on the first line is where an editor shows it, and its offset
// still counts the mark's bytes.
func TestBOMColumn(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bom.txt")
	if err := os.WriteFile(file, []byte("\ufeffThe goverment met.\nThe goverment met.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	if status := run([]string{"check", "--format", "json", file}, nil, &stdout, &bytes.Buffer{}); status != exitFindings {
		t.Fatalf("status %d, want %d", status, exitFindings)
	}
	var out struct {
		Findings []struct{ Line, Column, Offset int }
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	want := []struct{ Line, Column, Offset int }{{1, 5, 7}, {2, 5, 26}}
	if fmt.Sprint(out.Findings) != fmt.Sprint(want) {
		t.Errorf("findings at %v, want %v", out.Findings, want)
	}
}
