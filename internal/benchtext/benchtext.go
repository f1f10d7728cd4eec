// Package benchtext gives benchmarks real news to measure on: the
// Reuters-21578 TRAIN articles (12,865 files, 11.6 MB of US newswire of
// 1987), read from ../shared/bench/reuters-train.tar.gz beside the
// module's directory, or from the file $LEXCHECK_BENCH_TEXT names. The
// articles are licensed for research use only: they are read where they
// lie, never copied into the repository, and a benchmark without them is
// skipped.
package benchtext

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// An Article is one file of the archive.
type Article struct {
	Name string // its path in the archive, such as reuters-train/0001.txt
	Text []byte
}

var (
	once     sync.Once
	articles []Article
	loadErr  error
)

// Articles returns the articles in the archive's order of names, or skips
// tb when the archive is not there.
func Articles(tb testing.TB) []Article {
	tb.Helper()
	once.Do(func() { articles, loadErr = load() })
	if loadErr != nil {
		tb.Skipf("no real news to measure on: %v", loadErr)
	}
	return articles
}

// Joined returns the articles joined into one text, as
// `cat reuters-train/*.txt` writes them.
func Joined(tb testing.TB) []byte {
	tb.Helper()
	var out []byte
	for _, a := range Articles(tb) {
		out = append(out, a.Text...)
	}
	return out
}

// WriteDir writes the articles as files under dir, one a file, and
// returns their total size in bytes.
func WriteDir(tb testing.TB, dir string) int64 {
	tb.Helper()
	var total int64
	for _, a := range Articles(tb) {
		p := filepath.Join(dir, filepath.FromSlash(a.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, a.Text, 0o644); err != nil {
			tb.Fatal(err)
		}
		total += int64(len(a.Text))
	}
	return total
}

// archivePath returns where the archive should be.
func archivePath() (string, error) {
	if p := os.Getenv("LEXCHECK_BENCH_TEXT"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "bench", "reuters-train.tar.gz"), nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

func load() ([]Article, error) {
	p, err := archivePath()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p, err)
	}
	var out []Article
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") || !filepath.IsLocal(h.Name) {
			continue
		}
		text, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", p, h.Name, err)
		}
		out = append(out, Article{Name: path.Clean(h.Name), Text: text})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no .txt files", p)
	}
	slices.SortFunc(out, func(a, b Article) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}
