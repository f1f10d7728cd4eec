package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		line string
		want *Entry // nil: blank or comment
	}{
		{"Bakiyev", &Entry{Accepted: []string{"Bakiyev"}}},
		{"  Kurmanbek   Bakiyev  ", &Entry{Accepted: []string{"Kurmanbek Bakiyev"}}},
		{"Bakiyev = Бакиев", &Entry{Accepted: []string{"Bakiyev"}, Original: "Бакиев"}},
		{"Jalal-Abad | Jalal'abad | Jalalabad", &Entry{Accepted: []string{"Jalal-Abad", "Jalal'abad", "Jalalabad"}}},
		{"Jalal-Abad|Jalal’abad", &Entry{Accepted: []string{"Jalal-Abad", "Jalal’abad"}}},
		{"Gaddafi !Qaddafi !Kadhafi", &Entry{Accepted: []string{"Gaddafi"}, Rejected: []string{"Qaddafi", "Kadhafi"}}},
		{"Gaddafi !Qaddafi = القذافي # wire style", &Entry{Accepted: []string{"Gaddafi"}, Rejected: []string{"Qaddafi"}, Original: "القذافي"}},
		{"Kyrgyzstan !Kirghizia", &Entry{Accepted: []string{"Kyrgyzstan"}, Rejected: []string{"Kirghizia"}}},
		{"!irregardless", &Entry{Rejected: []string{"irregardless"}}},
		{"# a comment", nil},
		{"   ", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := parseLine([]byte(tt.line))
		if err != nil {
			t.Errorf("parseLine(%q): %v", tt.line, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseLine(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
}

// TestLoadErrors loads each bad file in testdata and checks the exact error.
func TestLoadErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"bad-bar.txt", "testdata/bad-bar.txt:5:1: '|' with nothing before it"},
		{"bad-bang.txt", "testdata/bad-bang.txt:3:9: '!' with nothing after it"},
		{"bad-equals.txt", "testdata/bad-equals.txt:2:9: '=' with nothing after it"},
		{"bad-equals-before.txt", "testdata/bad-equals-before.txt:1:1: '=' with nothing before it"},
		{"bad-bar-after.txt", "testdata/bad-bar-after.txt:2:12: '|' with nothing after it"},
		{"bad-utf8.txt", "testdata/bad-utf8.txt:3:5: invalid UTF-8"},
		{"bad-order.txt", "testdata/bad-order.txt:1:18: accepted spelling after a rejected variant; write accepted spellings first"},
		{"bad-two-equals.txt", "testdata/bad-two-equals.txt:1:18: more than one '='"},
	}
	for _, tt := range tests {
		_, err := LoadFile(filepath.Join("testdata", tt.file))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: got %v, want a *ParseError", tt.file, err)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.file, err, tt.want)
		}
	}
}

func TestLoadGood(t *testing.T) {
	l, err := LoadFile("testdata/house.txt")
	if err != nil {
		t.Fatal(err)
	}
	es := l.Entries()
	if len(es) != 6 {
		t.Fatalf("got %d entries, want 6: %+v", len(es), es)
	}
	if e := es[2]; e.Line != 6 || e.File != "testdata/house.txt" || e.Preferred() != "Jalal-Abad" {
		t.Errorf("entry 2 = %+v, want Jalal-Abad at testdata/house.txt:6", e)
	}
}

func TestLoadLongLine(t *testing.T) {
	src := "Bakiyev\n" + strings.Repeat("x", MaxLineBytes+10) + "\n"
	_, err := Load(strings.NewReader(src), "long.txt")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 {
		t.Fatalf("got %v, want a ParseError on line 2", err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := LoadFile("testdata/no-such-file.txt")
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "testdata/no-such-file.txt") {
		t.Fatalf("got %v, want a not-exist error naming the file", err)
	}
}

func TestLookupHouseOutranksDictionary(t *testing.T) {
	dict, err := LoadWordList(strings.NewReader("Qaddafi\t60\tp\nlondon\t10\n"), "words")
	if err != nil {
		t.Fatal(err)
	}
	house := mustLoad(t, "Gaddafi !Qaddafi\nJalal-Abad | Jalal’abad\n", "house")
	l := Merge(house, dict)
	tests := []struct {
		word    string
		flags   Flags
		suggest string
	}{
		{"Qaddafi", Rejected, "Gaddafi"},
		{"Gaddafi", House, ""},
		{"Jalal'abad", House, ""},
		{"Jalal’abad", House, ""},
		{"london", Word, ""},
	}
	for _, tt := range tests {
		info := l.Lookup(tt.word)
		if info.Flags != tt.flags || info.Suggest != tt.suggest {
			t.Errorf("Lookup(%q) = %+v, want flags %b suggest %q", tt.word, info, tt.flags, tt.suggest)
		}
	}
}

func FuzzLoad(f *testing.F) {
	for _, name := range []string{"house.txt", "bad-bar.txt", "bad-bang.txt", "bad-utf8.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		l, err := Load(strings.NewReader(string(src)), "fuzz")
		lines := strings.Count(string(src), "\n") + 1
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			if pe.Line < 1 || pe.Line > lines {
				t.Fatalf("error line %d outside the input's %d lines", pe.Line, lines)
			}
			return
		}
		for _, e := range l.Entries() {
			if e.Line < 1 || e.Line > lines {
				t.Fatalf("entry line %d outside the input's %d lines", e.Line, lines)
			}
			for _, s := range append(append([]string{}, e.Accepted...), e.Rejected...) {
				if s == "" || strings.TrimSpace(s) != s {
					t.Fatalf("entry %+v has an empty or untrimmed spelling", e)
				}
			}
		}
	})
}
