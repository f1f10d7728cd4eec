package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/internal/benchtext"
)

// benchFiles is the size of the generated repository.
const benchFiles = 2000

// makeRepo writes a content repository of n Markdown articles under dir,
// each with front matter, headings, a list, a code fence, a link and a few
// misspellings, and returns its total size in bytes.
func makeRepo(b *testing.B, dir string, n int) int64 {
	b.Helper()
	words := strings.Fields("the government met its opponents in Jalal-Abad and Osh while the committee " +
		"argued about destabilisation of the south and the parliament debated the budget for the year")
	var total int64
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "---\ntitle: \"Report %d from the south\"\ndate: 2024-01-%02d\n---\n\n# Report %d\n\n", i, i%28+1, i)
		for p := range 6 {
			for w := range 60 {
				sb.WriteString(words[(i*7+p*13+w)%len(words)])
				sb.WriteByte(' ')
			}
			if p == 2 {
				sb.WriteString("The oppenents of the goverment [spoke](https://example.org/a) to `reporters`.")
			}
			sb.WriteString("\n\n")
		}
		sb.WriteString("```\nsome code here\n```\n\n- one item\n- another item\n")
		p := filepath.Join(dir, "section"+strconv.Itoa(i%20), "article"+strconv.Itoa(i)+".md")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(sb.Len())
	}
	return total
}

// BenchmarkCheckRepo checks the Reuters articles as a directory of one
// article a file (package benchtext; skipped without them), and a
// generated repository of Markdown articles (walk, read, extract prose,
// check, print), with one worker and with one per core, and reports
// files per second; MB/s comes from SetBytes.
func BenchmarkCheckRepo(b *testing.B) {
	reuters := b.TempDir()
	reutersSize := benchtext.WriteDir(b, reuters)
	markdown := b.TempDir()
	markdownSize := makeRepo(b, markdown, benchFiles)
	for _, repo := range []struct {
		name  string
		dir   string
		size  int64
		files int
	}{{"reuters", reuters, reutersSize, len(benchtext.Articles(b))}, {"generated-markdown", markdown, markdownSize, benchFiles}} {
		for _, jobs := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("%s/jobs=%d", repo.name, jobs), func(b *testing.B) {
				b.SetBytes(repo.size)
				b.ReportAllocs()
				args := []string{"check", "--jobs", strconv.Itoa(jobs), repo.dir}
				for b.Loop() {
					if status := run(args, nil, io.Discard, io.Discard); status != exitFindings {
						b.Fatalf("status %d", status)
					}
				}
				b.ReportMetric(float64(repo.files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
			})
		}
	}
}

// BenchmarkCheckFile is what scripts/bench-peers.sh times, in process:
// `lexcheck check FILE` on the Reuters articles joined into one file
// (package benchtext; skipped without them), embedded default, no house
// lexicon, in en-GB and en-US, from loading the lexicon and reading the
// file to printing the findings. Each run starts with a new checker,
// whose verdict cache is empty, as a command does. Run it with -cpu 1 for
// the one-core figure.
func BenchmarkCheckFile(b *testing.B) {
	src := benchtext.Joined(b)
	file := filepath.Join(b.TempDir(), "reuters.txt")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		b.Fatal(err)
	}
	for _, locale := range []string{"en-GB", "en-US"} {
		b.Run(locale, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if status := run([]string{"check", "--locale", locale, file}, nil, io.Discard, io.Discard); status != exitFindings {
					b.Fatalf("status %d", status)
				}
			}
		})
	}
}
