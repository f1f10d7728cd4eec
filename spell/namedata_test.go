package spell

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/internal/golden"
	"github.com/lexcheck/lexcheck/lexicon"
)

// builtNameIndexes builds the name index of the embedded default of each
// locale, as a run without a house lexicon would.
func builtNameIndexes(t testing.TB) []*nameIndex {
	t.Helper()
	var xs []*nameIndex
	for _, loc := range lexicon.Locales {
		lex, err := lexicon.Default(loc)
		if err != nil {
			t.Fatal(err)
		}
		xs = append(xs, buildNameIndex(lex))
	}
	return xs
}

// sameNameIndex reports how x differs from want in any table a lookup
// reads, or "" when it does not.
func sameNameIndex(x, want *nameIndex) string {
	switch {
	case !reflect.DeepEqual(x.names, want.names):
		return "names"
	case !reflect.DeepEqual(x.forms, want.forms):
		return "forms"
	case !reflect.DeepEqual(x.shapes, want.shapes):
		return "runs of four"
	case !reflect.DeepEqual(x.triples, want.triples):
		return "runs of three"
	}
	return ""
}

// TestCompiledNames holds data/names.idx to the name indexes built from
// the embedded default: the file must be what encoding them gives, and
// each locale's index decoded from it must equal, table for table, the one
// built. go test ./spell -run TestCompiledNames -update rewrites the file.
func TestCompiledNames(t *testing.T) {
	xs := builtNameIndexes(t)
	got := encodeNameIndexes(lexicon.Locales, xs, lexicon.DefaultDigest())
	if golden.Updating() {
		tmp := filepath.Join("data", ".names.idx.tmp")
		if err := os.WriteFile(tmp, got, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join("data", "names.idx")); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(got) != compiledNames {
		t.Fatal("data/names.idx is out of date with the embedded default or the name index: run go test ./spell -run TestCompiledNames -update")
	}
	for i, loc := range lexicon.Locales {
		x, err := decodeNameIndex(compiledNames, loc, lexicon.DefaultDigest())
		if err != nil {
			t.Fatalf("%s: %v", loc, err)
		}
		if len(x.names) == 0 || x.shapes.dense == nil || x.triples == nil {
			t.Fatalf("%s: decoded an empty index: %d names", loc, len(x.names))
		}
		if diff := sameNameIndex(x, xs[i]); diff != "" {
			t.Errorf("%s: the decoded index differs from the built one in its %s", loc, diff)
		}
	}
}

// TestCompiledNameIndexStandsIn checks that the index a checker takes
// from the compiled one is, table for table, the one buildNameIndex makes:
// over the embedded default alone, and under house lexicons whose entries
// outrank the dictionary on names (rejected, respelt, made house
// spellings, rare names made well known); and that a dictionary of its
// own is never given the default's index.
func TestCompiledNameIndexStandsIn(t *testing.T) {
	load := func(name, text string) *lexicon.Lexicon {
		t.Helper()
		l, err := lexicon.Load(strings.NewReader(text), name)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	houses := []*lexicon.Lexicon{
		load("respelt.txt", "Gaddafi !Qaddafi !Kadhafi\nKyiv !Kiev\nBeijing !Peking\n"),
		load("kept.txt", "Dostoyevsky\nLondon\nJalal-Abad | Jalal'abad\nMcDonald\nZürich\n"),
		load("both.txt", "Mumbai !Bombay\nTchaikovsky | Chaikovsky\nMuhammad | Mohammed | Mohamed\n"),
	}
	own, err := lexicon.LoadWordList(strings.NewReader("London\t10\tp\nlondon\t95\n"), "words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, loc := range lexicon.Locales {
		def, err := lexicon.Default(loc)
		if err != nil {
			t.Fatal(err)
		}
		cases := map[string]*lexicon.Lexicon{"the default": def}
		for _, h := range houses {
			cases["the default under "+h.Entries()[0].File] = lexicon.Merge(h, def)
		}
		cases["all three over the default"] = lexicon.Merge(append(houses[:len(houses):len(houses)], def)...)
		for name, lex := range cases {
			x, ok := compiledNameIndex(lex)
			if !ok {
				t.Errorf("%s, %s: the compiled index not taken", loc, name)
				continue
			}
			if diff := sameNameIndex(x, buildNameIndex(lex)); diff != "" {
				t.Errorf("%s, %s: the index from the compiled one differs from the one built in its %s", loc, name, diff)
			}
		}
	}
	for name, lex := range map[string]*lexicon.Lexicon{"a house lexicon alone": houses[0], "a word list of its own": own} {
		if _, ok := compiledNameIndex(lex); ok {
			t.Errorf("%s: took the default's compiled index", name)
		}
	}
}

// TestDecodeNameIndexRefuses checks that tables made from another
// default, a locale the file lacks, and damaged files are refused with an
// error, never used.
func TestDecodeNameIndexRefuses(t *testing.T) {
	digest := lexicon.DefaultDigest()
	other := digest
	other[0] ^= 1
	good := compiledNames
	for _, tc := range []struct {
		name, data, locale string
		digest             [32]byte
		want               string
	}{
		{"another default", good, "en-GB", other, "another default"},
		{"an unknown locale", good, "en-AU", digest, "no locale"},
		{"not the file", "lexcheck compiled 1\n", "en-GB", digest, "not a file"},
		{"cut after the magic", namesMagic, "en-GB", digest, "cut short"},
		{"cut in half", good[:len(good)/2], "en-US", digest, "left"},
		{"a byte more", good + "x", "en-US", digest, "left over"},
	} {
		_, err := decodeNameIndex(tc.data, tc.locale, tc.digest)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

// FuzzDecodeNameIndex checks that no file of name indexes, however
// damaged, panics the decoder, and that what it accepts files its forms.
func FuzzDecodeNameIndex(f *testing.F) {
	x := &nameIndex{names: []wellKnownName{{"London", 90}, {"Paris", 80}}}
	for _, n := range x.names {
		eachShape(n.spelling, func(k uint64) bool { x.shapes.add(k); x.triples.addRun(k >> 16); return true })
	}
	x.shapes.add(uint64('é')<<48 | 'a'<<32 | 'b'<<16 | 'c')
	var digest [32]byte
	f.Add(string(encodeNameIndexes([]string{"en-GB"}, []*nameIndex{x}, digest)))
	f.Add(namesMagic + "\x01\x05en-GB")
	f.Fuzz(func(t *testing.T, data string) {
		y, err := decodeNameIndex(data, "en-GB", digest)
		if err != nil {
			return
		}
		for id, n := range y.names {
			found := false
			y.forms.each(formHash([]rune(lexicon.Fold(n.spelling)), -1), func(got int32) { found = found || got == int32(id) })
			if !found {
				t.Fatalf("name %q not filed under its form", n.spelling)
			}
		}
	})
}
