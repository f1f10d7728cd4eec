package lexicon

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestOverDefault checks how house lexicons stack over the embedded
// default: the house outranks the dictionary, no_default leaves the
// dictionary out, and an unknown locale is an error either way.
func TestOverDefault(t *testing.T) {
	house, err := Load(strings.NewReader("Gaddafi !Qaddafi\ncolour !color\n"), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		locale    string
		noDefault bool
		word      string
		want      func(Info) bool
	}{
		{"the default knows its words", "en-GB", false, "government", Info.Known},
		{"the house rejects a spelling the default has", "en-US", false, "color", func(i Info) bool { return i.Flags&Rejected != 0 }},
		{"without the default only the house knows", "en-GB", true, "government", func(i Info) bool { return !i.Known() }},
		{"without the default the house still speaks", "en-GB", true, "Gaddafi", Info.Known},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := OverDefault(tt.locale, tt.noDefault, house)
			if err != nil {
				t.Fatal(err)
			}
			if info := l.Lookup(tt.word); !tt.want(info) {
				t.Errorf("Lookup(%q) = %+v", tt.word, info)
			}
		})
	}
	for _, noDefault := range []bool{false, true} {
		if _, err := OverDefault("en-AU", noDefault, house); err == nil || !strings.Contains(err.Error(), "en-AU") {
			t.Errorf("no_default=%v: unknown locale gave %v, want an error naming it", noDefault, err)
		}
	}
}

// TestHouseOutranks checks HouseOutranks against Lookup over the default:
// where a house entry outranks the dictionary Lookup says what the house
// says, and everywhere else, for each capitalised word of the dictionary,
// Lookup says what CapitalisedWords does, give or take the gazetteer's
// Place.
func TestHouseOutranks(t *testing.T) {
	house, err := Load(strings.NewReader("Gaddafi !Qaddafi\nLondres\nJalal-Abad | Jalal'abad\n"), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	l, err := OverDefault("en-GB", false, house)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"Qaddafi", true},     // rejected
		{"Gaddafi", true},     // the house's spelling
		{"Jalal’abad", true},  // another accepted spelling, with the other apostrophe
		{"London", true},      // another spelling of the place the house spells Londres
		{"Manchester", false}, // the dictionary's
		{"Bishkek", false},    // the dictionary's
		{"Zzyzxqwv", false},   // nobody's
		{"government", false}, // a word
	}
	for _, tt := range tests {
		if got := l.HouseOutranks(tt.word); got != tt.want {
			t.Errorf("HouseOutranks(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
	outranked := map[string]Info{}
	for w, in := range l.CapitalisedWords() {
		if l.HouseOutranks(w) {
			outranked[w] = in
			continue
		}
		if got := l.Lookup(w); got.Flags&^Place != in.Flags&^Place || got.Tier != in.Tier {
			t.Fatalf("%q: Lookup %+v, CapitalisedWords %+v, and no house entry outranks it", w, got, in)
		}
	}
	if len(outranked) == 0 {
		t.Error("no word of the dictionary outranked by the house (Qaddafi is one)")
	}
	// OutrankedCapitalisedWords gives the same words, from the house's side.
	fromHouse := map[string]Info{}
	for w, in := range l.OutrankedCapitalisedWords() {
		if _, twice := fromHouse[w]; twice {
			t.Errorf("OutrankedCapitalisedWords gave %q twice", w)
		}
		fromHouse[w] = in
	}
	if !maps.EqualFunc(fromHouse, outranked, func(a, b Info) bool { return a.Flags == b.Flags && a.Tier == b.Tier }) {
		t.Errorf("OutrankedCapitalisedWords gave %v, want %v", fromHouse, outranked)
	}
	d, err := Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	if d.HouseOutranks("Qaddafi") {
		t.Error("the default alone has a house entry for Qaddafi")
	}
}

// TestPopulation checks the gazetteer's populations: of a place by its
// main name, the largest of several, and none for another name of it or
// for no place.
func TestPopulation(t *testing.T) {
	lex := mustDefault(t, "en-GB")
	for _, tt := range []struct {
		name     string
		min, max int
	}{
		{"France", 50_000_000, 100_000_000},
		{"Dublin", 1_000_000, 2_000_000},
		{"Chelsea", 50_000, 100_000}, // the London district, not the smaller Chelsea of Massachusetts
		{"Londra", 0, 0},             // another language's name of London
		{"london", 0, 0},             // not the main name as written
		{"Nowhereville", 0, 0},
	} {
		if got := lex.Population(tt.name); got < tt.min || got > tt.max {
			t.Errorf("Population(%q) = %d, want %d to %d", tt.name, got, tt.min, tt.max)
		}
	}
}

// TestParseGazetteerErrors checks that a malformed gazetteer line is an
// error naming the file and the line.
func TestParseGazetteerErrors(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"London\t8961989\tGB\tLondra\nParis\t2138551\tFR\n", "gazetteer.tsv:2"},
		{"London\t8961989\tGB\tLondra\nParis\tmany\tFR\t\n", "gazetteer.tsv:2"},
		{"London\t-1\tGB\t\n", "gazetteer.tsv:1"},
	} {
		_, err := parseGazetteer(strings.NewReader(tt.text), "gazetteer.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseGazetteer(%q) = %v, want an error naming %s", tt.text, err, tt.want)
		}
	}
	g, err := parseGazetteer(strings.NewReader("London\t8961989\tGB\tLondra\nNowhere\t\tGB\t\n"), "gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got := []int{g.population(0), g.population(1)}; got[0] != 8961989 || got[1] != 0 {
		t.Errorf("populations %v, want [8961989 0]", got)
	}
}

// FuzzParseGazetteer checks that any gazetteer text either fails to parse
// or gives sections that decode again, with a population for each place.
func FuzzParseGazetteer(f *testing.F) {
	f.Add("London\t8961989\tGB\tLondra|Londres\nParis\t2138551\tFR\t\n")
	f.Add("# a comment\n\nNowhere\t\tGB\t\n")
	f.Add("Bad\tline\n")
	f.Fuzz(func(t *testing.T, text string) {
		g, err := parseGazetteer(strings.NewReader(text), "gazetteer.tsv")
		if err != nil {
			return
		}
		d, rest, err := decodeGazetteer(g.sections())
		if err != nil || len(rest) != 0 {
			t.Fatalf("sections of a parsed gazetteer: %v, %d left over", err, len(rest))
		}
		for id := range len(d.start)/4 - 1 {
			if d.population(int32(id)) != g.population(int32(id)) {
				t.Fatalf("place %d: population %d, parsed %d", id, d.population(int32(id)), g.population(int32(id)))
			}
		}
	})
}

// TestPlacesOfWords checks the places of several words: their main
// names, of the people asked for, and none of one word.
func TestPlacesOfWords(t *testing.T) {
	lex, err := Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	has := func(towns []Town, name string) bool {
		return slices.ContainsFunc(towns, func(t Town) bool { return t.Name == name })
	}
	big, all := lex.PlacesOfWords(1000000), lex.PlacesOfWords(0)
	for _, want := range []string{"Hong Kong", "Buenos Aires", "Rio de Janeiro"} {
		if !has(big, want) {
			t.Errorf("PlacesOfWords(1000000) lacks %s", want)
		}
	}
	if len(big) == 0 || len(big) >= len(all) {
		t.Errorf("PlacesOfWords: %d places of a million people, %d in all; want fewer but some", len(big), len(all))
	}
	for _, tw := range all {
		if len(NameWords(tw.Name)) < 2 {
			t.Errorf("PlacesOfWords(0) gives %v as a name of several words", tw)
		}
	}
	for _, tw := range big {
		if tw.Population < 1000000 {
			t.Errorf("PlacesOfWords(1000000) gave %v", tw)
		}
	}
	if has(all, "London") {
		t.Error("PlacesOfWords gave London, a name of one word")
	}
}
