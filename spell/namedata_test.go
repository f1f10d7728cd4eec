package spell

import (
	"path/filepath"
	"reflect"
	"slices"
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
	case !sameShapes(&x.shapes, &want.shapes):
		return "runs of four"
	case !reflect.DeepEqual(x.triples, want.triples):
		return "runs of three"
	}
	return ""
}

// sameShapes reports whether a and b count each run alike, whatever
// they hold of it: a count that remove took to nought is no run.
func sameShapes(a, b *shapeIndex) bool {
	for _, t := range []*shapeIndex{a, b} {
		for i := 0; i < len(t.runs); i += 8 {
			if k := le64(t.runs[i:]); a.count(k) != b.count(k) {
				return false
			}
		}
	}
	return true
}

// TestCompiledNames holds data/names.idx to the name indexes built from
// the embedded default: the file must be what encoding them gives, and
// each locale's index decoded from it must equal, table for table, the one
// built. go test ./spell -run TestCompiledNames -update rewrites the file.
func TestCompiledNames(t *testing.T) {
	xs := builtNameIndexes(t)
	got := encodeNameIndexes(lexicon.Locales, xs, lexicon.DefaultDigest())
	if golden.Updating() {
		golden.Write(t, filepath.Join("data", "names.idx"), got)
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
		if len(x.names) == 0 || x.forms == "" || x.shapes.runs == "" || x.triples == nil {
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
	var shapes shapeCounts
	for _, n := range x.names {
		eachShape(n.spelling, func(k uint64) bool { shapes.add(k); x.triples.addRun(k >> 16); return true })
	}
	shapes.add(uint64('é')<<48 | 'a'<<32 | 'b'<<16 | 'c')
	x.shapes = shapes.index()
	x.fileForms()
	var digest [32]byte
	f.Add(string(encodeNameIndexes([]string{"en-GB"}, []*nameIndex{x}, digest)))
	f.Add(namesMagic + "\x01\x05en-GB")
	f.Fuzz(func(t *testing.T, data string) {
		y, err := decodeNameIndex(data, "en-GB", digest)
		if err != nil {
			return
		}
		// What it accepts, the lookups can read, whatever it holds.
		words := []string{"Londn", "Pariss", "Abc"}
		for _, n := range y.names[:min(len(y.names), 3)] {
			words = append(words, n.spelling)
		}
		for _, w := range words {
			y.near(w)
			y.rarestShape(w)
		}
		y.triples.count('a', 'b', 'c')
	})
}

// TestRenumber checks that taking names out of an index and filing new
// ones, first, last and between, gives the names and forms that filing
// the resulting list from scratch gives.
func TestRenumber(t *testing.T) {
	names := func(ss ...string) []wellKnownName {
		var out []wellKnownName
		for i, s := range ss {
			out = append(out, wellKnownName{spelling: s, count: 90 - i})
		}
		return out
	}
	start := names("Bristol", "Dublin", "Glasgow", "Leeds", "London", "Londonderry", "Paris", "York")
	for _, tc := range []struct {
		name string
		gone []string
		come []string
	}{
		{"none", nil, nil},
		{"one out", []string{"London"}, nil},
		{"first and last out", []string{"Bristol", "York"}, nil},
		{"one in, between", nil, []string{"Lisbon"}},
		{"in first and last", nil, []string{"Zurich", "Aberdeen"}},
		{"out and in, one form apart", []string{"Londonderry"}, []string{"Londo", "Dublim"}},
		{"all out, others in", []string{"Bristol", "Dublin", "Glasgow", "Leeds", "London", "Londonderry", "Paris", "York"}, []string{"Rome"}},
	} {
		x := &nameIndex{names: slices.Clone(start)}
		x.fileForms()
		gone := map[string]bool{}
		for _, g := range tc.gone {
			gone[g] = true
		}
		var come []wellKnownName
		for _, c := range tc.come {
			come = append(come, wellKnownName{spelling: c, count: 60})
		}
		want := &nameIndex{}
		for _, n := range append(slices.Clone(start), come...) {
			if !gone[n.spelling] {
				want.names = append(want.names, n)
			}
		}
		slices.SortFunc(want.names, func(a, b wellKnownName) int { return strings.Compare(a.spelling, b.spelling) })
		want.fileForms()
		x.renumber(gone, come)
		if !reflect.DeepEqual(x.names, want.names) {
			t.Errorf("%s: names %v, want %v", tc.name, x.names, want.names)
		}
		if x.forms != want.forms {
			t.Errorf("%s: the forms differ from those filed from scratch", tc.name)
		}
	}
}
