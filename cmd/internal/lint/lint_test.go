package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
)

func defaultLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	d, err := lexicon.Default("en-GB") // opened once per test binary
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFixtures checks each testdata file, one kind of problem a file. A
// line expects a problem when its comment says "want: TEXT": a problem on
// that line whose message contains TEXT. Every problem must be wanted.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	known := defaultLexicon(t)
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := map[int]string{}
			for i, line := range strings.Split(string(data), "\n") {
				if _, w, ok := strings.Cut(line, "# want: "); ok {
					want[i+1] = w
				}
			}
			got := Check(known, File{Name: name, Data: data})
			seen := map[int]bool{}
			for _, p := range got {
				w, ok := want[p.Line]
				switch {
				case p.File != name:
					t.Errorf("problem in file %q, want %q: %s", p.File, name, p)
				case !ok || !strings.Contains(p.Msg, w):
					t.Errorf("unexpected problem: %s", p)
				case seen[p.Line]:
					t.Errorf("second problem on line %d: %s", p.Line, p)
				}
				seen[p.Line] = true
			}
			for line, w := range want {
				if !seen[line] {
					t.Errorf("%s:%d: no problem reported, want %q", name, line, w)
				}
			}
			if t.Failed() {
				for _, p := range got {
					t.Logf("got %s", p)
				}
			}
		})
	}
}

// TestAcrossFiles checks that files are one lexicon, as check merges them.
func TestAcrossFiles(t *testing.T) {
	got := Check(defaultLexicon(t),
		File{Name: "people.txt", Data: []byte("Gaddafi !Qaddafi\nTashiev\n")},
		File{Name: "more.txt", Data: []byte("Otunbayeva\nQaddafi\nTashiev |\n")})
	want := []string{
		`more.txt:2: "Qaddafi" is accepted here but rejected at people.txt:1`,
		`more.txt:3:9: '|' with nothing after it`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("problem %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.txt", Line: 3, Msg: "m"}, "a.txt:3: m"},
		{Problem{File: "a.txt", Line: 3, Column: 7, Msg: "m"}, "a.txt:3:7: m"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

// FuzzCheck checks that any input gives problems on lines inside it, and
// never a panic. The fixtures are the seeds.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a\n\xff|\n" + strings.Repeat("x", lexicon.MaxLineBytes+1) + "\nb = \n"))
	empty := lexicon.Merge()
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range Check(empty, File{Name: "f.txt", Data: data}) {
			if p.File != "f.txt" || p.Line < 1 || p.Line > lines || p.Msg == "" {
				t.Fatalf("problem outside the input (%d lines): %s", lines, p)
			}
		}
	})
}
