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

	"github.com/lexcheck/lexcheck/internal/newstext"
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

// BenchmarkCheckRepo checks a generated repository of Markdown articles
// (walk, read, extract prose, check, print) with one worker and with one
// per core, and reports files per second; MB/s comes from SetBytes.
func BenchmarkCheckRepo(b *testing.B) {
	dir := b.TempDir()
	size := makeRepo(b, dir, benchFiles)
	for _, jobs := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			args := []string{"check", "--jobs", strconv.Itoa(jobs), dir}
			for b.Loop() {
				if status := run(args, nil, io.Discard, io.Discard); status != exitFindings {
					b.Fatalf("status %d", status)
				}
			}
			b.ReportMetric(float64(benchFiles)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
		})
	}
}

// BenchmarkCheckFile is what scripts/bench-peers.sh times, in process:
// `lexcheck check FILE` on one file of generated news text (package
// newstext), embedded default, no house lexicon, from loading the lexicon
// and reading the file to printing the findings. Each run starts with a
// new checker, whose verdict cache is empty, as a command does. Run it
// with -cpu 1 for the one-core figure.
func BenchmarkCheckFile(b *testing.B) {
	v, err := newstext.ReadVocab("../../lexicon/data/freq-en.tsv.gz", 30000)
	if err != nil {
		b.Fatal(err)
	}
	for _, mb := range []int{4, 20} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			file := filepath.Join(b.TempDir(), "news.txt")
			f, err := os.Create(file)
			if err != nil {
				b.Fatal(err)
			}
			if err := newstext.Write(f, v, newstext.Options{Seed: 1, Bytes: mb * 1e6}); err != nil {
				b.Fatal(err)
			}
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(mb * 1e6))
			b.ReportAllocs()
			for b.Loop() {
				if status := run([]string{"check", file}, nil, io.Discard, io.Discard); status != exitFindings {
					b.Fatalf("status %d", status)
				}
			}
		})
	}
}
