package lexcache

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/lexcheck/lexcheck/internal/newstext"
	"github.com/lexcheck/lexcheck/lexicon"
)

func newDir(tb testing.TB) *Dir {
	tb.Helper()
	c, err := New(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// writeNames writes a house lexicon of n generated names (internal/newstext)
// to a temporary file, and returns its path, its size and the embedded default.
func writeNames(tb testing.TB, n int) (string, int, *lexicon.Lexicon) {
	tb.Helper()
	var names bytes.Buffer
	if err := newstext.WriteLexicon(&names, 1, n); err != nil {
		tb.Fatal(err)
	}
	src := filepath.Join(tb.TempDir(), "names.txt")
	if err := os.WriteFile(src, names.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	def, err := lexicon.Default("en-GB")
	if err != nil {
		tb.Fatal(err)
	}
	return src, names.Len(), def
}

func TestPutGet(t *testing.T) {
	c := newDir(t)
	if _, err := c.Get("a"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Get of a key never put: %v, want not exist", err)
	}
	if err := c.Put("a", []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := c.Put("a", []byte("second")); err != nil {
		t.Fatal(err)
	}
	if got, err := c.Get("a"); err != nil || string(got) != "second" {
		t.Errorf("Get = %q, %v; want the value put last", got, err)
	}
	other := &Dir{dir: c.dir, salt: "another build"}
	if _, err := other.Get("a"); err == nil {
		t.Error("another build of the program read this one's value")
	}
	for i := range keep + 3 {
		if err := c.Put(string(rune('b'+i)), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(c.dir, "*.idx")); len(files) != keep {
		t.Errorf("%d files kept, want %d", len(files), keep)
	}
}

// TestNotRegular checks that Get refuses anything but a regular file at
// a key's path, without blocking on a FIFO, and that Put replaces it.
func TestNotRegular(t *testing.T) {
	makers := []struct {
		name string
		make func(path string) error
	}{
		{"directory", func(p string) error { return os.Mkdir(p, 0o755) }},
		{"link to a regular file", func(p string) error {
			f := filepath.Join(filepath.Dir(p), "target")
			if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
				return err
			}
			return os.Symlink(f, p)
		}},
	}
	makers = append(makers, struct {
		name string
		make func(path string) error
	}{"FIFO", mkfifo})
	for _, m := range makers {
		t.Run(m.name, func(t *testing.T) {
			c := newDir(t)
			if err := m.make(c.path("k")); err != nil {
				t.Skipf("cannot make a %s: %v", m.name, err)
			}
			got := make(chan error, 1)
			go func() {
				_, err := c.Get("k")
				got <- err
			}()
			select {
			case err := <-got:
				if err == nil {
					t.Fatalf("Get read a %s", m.name)
				}
			case <-time.After(time.Minute): // a bound on a hang, not a speed
				t.Fatalf("Get blocked on a %s", m.name)
			}
			if m.name == "directory" {
				return // rename does not replace a directory
			}
			if err := c.Put("k", []byte("v")); err != nil {
				t.Fatal(err)
			}
			if v, err := c.Get("k"); err != nil || string(v) != "v" {
				t.Errorf("after Put over a %s: Get = %q, %v", m.name, v, err)
			}
		})
	}
}

// TestDamagedFiles loads a house lexicon of 20,000 generated names (the
// smallest that is cached) with the embedded default, its cache file
// damaged in each way, and checks that the answers are those of the
// lexicon loaded without a cache and that the file is written again.
func TestDamagedFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("derives the tables of 20,000 names several times")
	}
	src, _, def := writeNames(t, 20000)
	c := newDir(t)
	load := func(c lexicon.Cache) *lexicon.Lexicon {
		t.Helper()
		h, err := lexicon.LoadOptions{Cache: c}.LoadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		return lexicon.Merge(h, def)
	}
	probes := []string{"Ovtusa", "Ovtusx", "Ullorri", "Yevnauan", "Tsumokwa", "Danovqui", "Danovquy", "Kabul", "colour"}
	answers := func(l *lexicon.Lexicon) []any {
		var out []any
		for _, p := range probes {
			j, ok := l.Joined(p)
			out = append(out, l.Lookup(p).Flags, l.LookupFold(p).Suggest, j, ok, l.NearNames(p, 2), l.TranslitNames(p))
		}
		return out
	}
	want := answers(load(nil))
	answers(load(c)) // writes the file
	files, _ := filepath.Glob(filepath.Join(c.dir, "*.idx"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one", files)
	}
	file := files[0]
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	damage := []struct {
		name string
		make func() error
	}{
		{"body damaged, header intact", func() error {
			b := bytes.Clone(good)
			for i := len(b) / 2; i < len(b)/2+4096; i++ {
				b[i] = 0xff
			}
			return os.WriteFile(file, b, 0o644)
		}},
		{"truncated", func() error { return os.Truncate(file, int64(len(good)/3)) }},
		{"empty", func() error { return os.Truncate(file, 0) }},
		{"FIFO", func() error {
			os.Remove(file)
			return mkfifo(file)
		}},
	}
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			if err := d.make(); err != nil {
				t.Skipf("cannot damage the file: %v", err)
			}
			if got := answers(load(c)); !reflect.DeepEqual(got, want) {
				t.Errorf("answers differ from the lexicon's without a cache:\n%v\nwant\n%v", got, want)
			}
			if b, err := os.ReadFile(file); err != nil || !bytes.Equal(b, good) {
				t.Errorf("the cache file was not written again whole (%d bytes, %v)", len(b), err)
			}
		})
	}
	// A file cut short while a lexicon uses its tables does not touch
	// the lexicon: it read the file whole (a mapped file would fault).
	l := load(c)
	l.Lookup("Ovtusa")
	if err := os.Truncate(file, 0); err != nil {
		t.Fatal(err)
	}
	if got := answers(l); !reflect.DeepEqual(got, want) {
		t.Errorf("after the file shrank, answers differ from the lexicon's without a cache")
	}
}

// BenchmarkLoad200k is the start-up of a run with a house lexicon of
// 200,000 generated names (internal/newstext) and the embedded default:
// loading the file and opening its tables, from the cache (cached) and
// without one (derived, indexes built).
func BenchmarkLoad200k(b *testing.B) {
	src, size, def := writeNames(b, 200000)
	c := newDir(b)
	open := func(c lexicon.Cache) {
		h, err := lexicon.LoadOptions{Cache: c}.LoadFile(src)
		if err != nil {
			b.Fatal(err)
		}
		l := lexicon.Merge(h, def)
		l.Lookup("Ovtusa")
		l.NearNames("Ovtusx", 1)
		l.TranslitNames("Ovtusx")
	}
	open(c) // writes the cache file
	b.Run("cached", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			open(c)
		}
	})
	b.Run("derived", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			open(nil)
		}
	})
}
