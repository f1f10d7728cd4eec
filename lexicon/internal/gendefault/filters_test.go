package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestIsLatinName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jalal-Abad", true},
		{"Džalal Abad", true},
		{"Jalal'abad", true},
		{"Jalal’abad", true},
		{"St. Peter", true},
		{"Oʻzbekiston", true},
		{"Ostrava\u0301", true}, // combining accent
		{"Джалал-Абад", false},
		{"Jalal-Абад", false},
		{"جلال آباد", false},
		{"Abad 2", false},
		{"a=b", false},
		{"", false},
		{"--", false},
	}
	for _, tt := range tests {
		if got := isLatinName(tt.in); got != tt.want {
			t.Errorf("isLatinName(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestKeepAlternate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" = kept, else the reason
	}{
		{"Dzhalal-Abad", ""},
		{"Andongas", ""},
		{"FRU", "code"},  // IATA
		{"UAFM", "code"}, // ICAO
		{"NY", "code"},   // abbreviation
		{"N.Y.", "code"}, // dotted abbreviation
		{"Nyc", ""},      // not all capitals
		{"OSAKA", ""},    // five capitals: a name in capitals, not a code
		{"Umm Suqeim 2", "digit"},
		{"https://en.wikipedia.org/wiki/Osh", "link"},
		{"Osh wikipedia", "link"},
		{"Ош", "script"},
		{"an dong shi", "lowercase"},
		{"al-Qāhirah", ""},
		{strings.Repeat("Abcdefghij ", 6), "long"},
	}
	for _, tt := range tests {
		ok, why := keepAlternate(tt.in)
		if ok != (tt.want == "") || why != tt.want {
			t.Errorf("keepAlternate(%q) = %v, %q; want reason %q", tt.in, ok, why, tt.want)
		}
	}
}

func TestLooksLikeCode(t *testing.T) {
	for in, want := range map[string]bool{"AB": true, "ABC": true, "ABCD": true, "ABCDE": false, "Abc": false, "A-B": true} {
		if got := looksLikeCode(in); got != want {
			t.Errorf("looksLikeCode(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNearIndex(t *testing.T) {
	ix := newNearIndex([]string{"development", "controlled", "research", "shockwave", "consommé", "reemerged", "form", "from"})
	tests := []struct {
		in, typoOf string
	}{
		{"developement", "development"}, // insertion
		{"controled", "controlled"},     // deletion
		{"reasearch", "research"},       // insertion
		{"resaerch", "research"},        // transposition
		{"rezearch", "research"},        // substitution
		{"shockwaves", ""},              // plural, not a typo
		{"consomme", ""},                // accent dropped
		{"re-emerged", ""},              // hyphen added
		{"development", ""},             // the word itself
		{"sesquipedality", ""},          // far from everything
		{"fomr", "form"},
	}
	for _, tt := range tests {
		if got := ix.typoOf(tt.in); got != tt.typoOf {
			t.Errorf("typoOf(%q) = %q, want %q", tt.in, got, tt.typoOf)
		}
	}
	if got := ix.neighbours("forn"); !slices.Equal(sorted(got), []string{"form"}) {
		t.Errorf("neighbours(forn) = %v", got)
	}
}

func sorted(xs []string) []string {
	xs = slices.Clone(xs)
	slices.Sort(xs)
	return xs
}

func TestMergeLocale(t *testing.T) {
	main := scowlSet{"colour": {Tier: 10}, "rare": {Tier: 95}, "both": {Tier: 60}}
	variant := scowlSet{"organize": {Tier: 10}, "rare": {Tier: 40}, "both": {Tier: 20}}
	got := mergeLocale(main, variant)
	tests := []struct {
		w     string
		tier  int
		flags string
	}{
		{"colour", 10, ""},
		{"organize", 10, "v"},
		{"rare", 40, ""}, // main spelling; tier from the smaller list
		{"both", 20, ""},
	}
	for _, tt := range tests {
		e := got[tt.w]
		if e == nil {
			t.Errorf("%s missing", tt.w)
			continue
		}
		if e.Tier != tt.tier || e.flags() != tt.flags {
			t.Errorf("%s: tier %d flags %q, want %d %q", tt.w, e.Tier, e.flags(), tt.tier, tt.flags)
		}
	}
}

func TestReadWordFileLatin1(t *testing.T) {
	ws, err := readWordFile("testdata/scowl/english-words.20")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ws, []string{"café"}) {
		t.Errorf("got %q, want [café]", ws)
	}
}

func TestHunspellExpand(t *testing.T) {
	forms, stems, err := loadHunspell("testdata/hunspell/en_GB")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"amongst", "annum", "colorectal", "colour", "colours", "develop", "developement", "gameplay", "gameplay's", "leant", "odor", "odour", "speeded", "travellers", "tried", "try", "trys"}
	if !slices.Equal(forms, want) {
		t.Errorf("forms = %q, want %q", forms, want)
	}
	if !stems["colour"] || !stems["leant"] || stems["colours"] || stems["developement"] || len(stems) != 12 {
		t.Errorf("stems = %v, want the twelve headwords of the .dic file", stems)
	}
	cond, err := parseCondition("[^aeiou]y")
	if err != nil {
		t.Fatal(err)
	}
	r := affixRule{Strip: "y", Add: "ied", Cond: cond}
	if !r.applies([]rune("try"), false) || r.applies([]rune("play"), false) {
		t.Error("condition [^aeiou]y matched wrongly")
	}
}

func fixtureWords(t *testing.T, tag string) map[string]*entry {
	t.Helper()
	for _, loc := range locales {
		if loc.Tag != tag {
			continue
		}
		words, _, err := buildWords(loc, wordSources{SCOWLDir: "testdata/scowl", HunspellDir: "testdata/hunspell", ISO4217: "testdata/iso/iso_4217.json"})
		if err != nil {
			t.Fatal(err)
		}
		return words
	}
	t.Fatalf("no locale %s", tag)
	return nil
}

func TestBuildWords(t *testing.T) {
	tests := []struct {
		tag, w string
		tier   int    // 0 = must be absent
		flags  string // checked when present
	}{
		{"en-GB", "colour", 10, ""},
		{"en-GB", "color", 0, ""},
		{"en-GB", "organize", 10, "v"},
		{"en-GB", "organise", 10, ""},
		{"en-GB", "judgment", 10, "v"},
		{"en-GB", "catalogue", 0, ""}, // variant_1 is not a British list
		{"en-GB", "destabilisation", 55, ""},
		{"en-GB", "destabilization", 10, "v"}, // british_z at 10 in the fixture
		{"en-GB", "London", 10, "p"},
		{"en-GB", "iPod", 50, "p"},
		{"en-GB", "don't", 10, ""},
		{"en-GB", "colour's", 0, ""},
		{"en-GB", "developement", 0, ""}, // tier 95, one edit from a common word
		{"en-GB", "controled", 0, ""},
		{"en-GB", "sesquipedality", 95, ""},
		{"en-GB", "shockwaves", 95, ""}, // plural of a common word is no typo
		{"en-GB", "gameplay", 80, ""},   // from Hunspell
		{"en-GB", "colours", 80, ""},
		{"en-GB", "ariary", 80, ""}, // ISO 4217
		{"en-GB", "joie", 80, ""},   // curated
		{"en-GB", "cafe", 20, "v"},  // accent-free form
		{"en-US", "color", 10, ""},
		{"en-US", "colour", 0, ""},
		{"en-US", "catalogue", 10, "v"},
		{"en-US", "destabilisation", 0, ""},
		{"en-US", "destabilization", 55, ""},
		{"en-US", "judgment", 0, ""},
		// Hunspell headwords are words, even one edit from a common word;
		// forms its affix rules make are not, when they are.
		{"en-GB", "leant", 80, ""},
		{"en-GB", "annum", 95, ""},       // size 95, one edit from annul
		{"en-US", "annum", 95, ""},       // a headword of the British dictionary counts too
		{"en-GB", "colorectal", 80, ""},  // SCOWL's British colourectal is not in Hunspell en-GB
		{"en-GB", "colourectal", 55, ""}, //
		{"en-GB", "odor", 0, ""},         // Hunspell en-GB has the British odour too
		{"en-GB", "odour", 10, ""},       //
		{"en-GB", "develop", 80, ""},     //
		{"en-GB", "developement", 0, ""}, // made by an affix rule
		{"en-US", "colorectal", 80, ""},  // American
		{"en-GB", "speeded", 20, "v"},    // british_variant_2
		{"en-US", "speeded", 20, "v"},    // variant_2
		{"en-US", "amongst", 20, "v"},    // variant_2
	}
	cache := map[string]map[string]*entry{}
	for _, tt := range tests {
		if cache[tt.tag] == nil {
			cache[tt.tag] = fixtureWords(t, tt.tag)
		}
		e := cache[tt.tag][tt.w]
		switch {
		case tt.tier == 0 && e != nil:
			t.Errorf("%s: %q present (tier %d), want absent", tt.tag, tt.w, e.Tier)
		case tt.tier != 0 && e == nil:
			t.Errorf("%s: %q absent", tt.tag, tt.w)
		case e != nil && (e.Tier != tt.tier || e.flags() != tt.flags):
			t.Errorf("%s: %q tier %d flags %q, want %d %q", tt.tag, tt.w, e.Tier, e.flags(), tt.tier, tt.flags)
		}
	}
}

func TestBuildGazetteer(t *testing.T) {
	places, _, err := buildGazetteer(gazetteerSources{
		Cities:      "testdata/geonames/cities.txt",
		Admin1:      "testdata/geonames/geonames_admin1_regionInfo.tsv",
		CountryInfo: "testdata/geonames/geonames_countryInfo.tsv",
		ISO1:        "testdata/iso/iso_3166-1.json",
		ISO2:        "testdata/iso/iso_3166-2.json",
	})
	if err != nil {
		t.Fatal(err)
	}
	got := placeLines(places)
	want := []string{
		"Jalal-Abad\t123239\tKG\tDjalalabad|Dzhalal-Abad",
		"Jalal-Abad Region\t0\tKG\tDzhalal-Abadskaya oblast'",
		"Kyrgyzstan\t6315800\tKG\tKyrgyz Republic",
		"Nowhere Land\t0\tZZ\t",
		"Talas\t106000\tTR\t",
		"Talas\t35000\tKG\t",
		"Talas Region\t0\tKG\tTalas",
		"Yssyk-Köl\t0\tKG\t",
	}
	if !slices.Equal(got, want) {
		t.Errorf("gazetteer:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteGzipDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gz"), filepath.Join(dir, "b.gz")
	for _, p := range []string{a, b} {
		if err := writeGzip(p, []string{"header"}, []string{"x\t1\t"}); err != nil {
			t.Fatal(err)
		}
	}
	x, _ := os.ReadFile(a)
	y, _ := os.ReadFile(b)
	if string(x) != string(y) {
		t.Error("two writes differ")
	}
	// Header: magic, method, flags (no name), mtime 0.
	if len(x) < 10 || x[3] != 0 || x[4]|x[5]|x[6]|x[7] != 0 {
		t.Errorf("gzip header carries a name or time: % x", x[:10])
	}
}
