package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestLocaleSpelling(t *testing.T) {
	for _, tc := range []struct {
		locale, word string
		want, other  string // want "" for none
	}{
		// American spellings in British text.
		{"en-GB", "color", "colour", "en-US"},
		{"en-GB", "neighborhoods", "neighbourhoods", "en-US"},
		{"en-GB", "liter", "litre", "en-US"}, // not later, one edit nearer
		{"en-GB", "meager", "meagre", "en-US"},
		{"en-GB", "centerpiece", "centrepiece", "en-US"},
		{"en-GB", "paralyzing", "paralysing", "en-US"},
		{"en-GB", "edema", "oedema", "en-US"},
		{"en-GB", "fecal", "faecal", "en-US"},
		{"en-GB", "pediatrics", "paediatrics", "en-US"},
		{"en-GB", "fueling", "fuelling", "en-US"},
		{"en-GB", "worshiped", "worshipped", "en-US"},
		{"en-GB", "willfully", "wilfully", "en-US"},
		{"en-GB", "pretenses", "pretences", "en-US"},
		{"en-GB", "catalogs", "catalogues", "en-US"},
		{"en-GB", "omelets", "omelettes", "en-US"},
		{"en-GB", "acknowledgment", "acknowledgement", "en-US"},
		{"en-GB", "molding", "moulding", "en-US"},
		{"en-GB", "mustache", "moustache", "en-US"},
		{"en-GB", "sulfate", "sulphate", "en-US"},
		{"en-GB", "specialties", "specialities", "en-US"},
		{"en-GB", "anesthetize", "anaesthetise", "en-US"}, // two differences
		{"en-GB", "fiberglass", "fibreglass", "en-US"},
		{"en-GB", "theatergoers", "theatregoers", "en-US"},
		{"en-GB", "cancelable", "cancellable", "en-US"},
		{"en-GB", "celiac", "coeliac", "en-US"},
		{"en-GB", "diarrhea", "diarrhoea", "en-US"},
		{"en-GB", "maneuvers", "manoeuvres", "en-US"},
		{"en-GB", "centered", "centred", "en-US"}, // not entered
		{"en-GB", "centering", "centring", "en-US"},
		{"en-GB", "rubles", "roubles", "en-US"},
		// British spellings in American text.
		{"en-US", "colour", "color", "en-GB"},
		{"en-US", "realised", "realized", "en-GB"},
		{"en-US", "travellers", "travelers", "en-GB"},
		{"en-US", "oesophagus", "esophagus", "en-GB"},
		{"en-US", "programme", "program", "en-GB"},
		{"en-US", "roubles", "rubles", "en-GB"}, // not doubles
		{"en-US", "kerb", "curb", "en-GB"},      // not kern
		{"en-US", "centred", "centered", "en-GB"},
		{"en-US", "despatched", "dispatched", "en-GB"},
		{"en-GB", "practicing", "practising", "en-US"},
		// None: known here, known nowhere, too short, or irregular.
		{"en-GB", "colour", "", ""},
		{"en-GB", "organize", "", ""}, // a British variant, accepted
		{"en-US", "color", "", ""},
		{"en-GB", "colr", "", ""},
		{"en-GB", "oppenents", "", ""},
		{"en-GB", "ern", "", ""}, // not ren
		// Irregular pairs, both ways.
		{"en-GB", "tidbit", "titbit", "en-US"},
		{"en-GB", "math", "maths", "en-US"},
		{"en-GB", "aluminum", "aluminium", "en-US"},
		{"en-GB", "gray", "grey", "en-US"},
		{"en-GB", "moms", "mums", "en-US"},
		{"en-GB", "mom", "mum", "en-US"}, // short, but a pair
		{"en-GB", "ax", "axe", "en-US"},
		{"en-US", "cheque", "check", "en-GB"},
		{"en-US", "chequable", "checkable", "en-GB"},
		{"en-US", "pyjamas", "pajamas", "en-GB"},
		{"en-US", "aluminium", "aluminum", "en-GB"},
		{"en-US", "sceptical", "skeptical", "en-GB"},
		{"en-US", "tyres", "tires", "en-GB"}, // no tyers either
		{"en-GB", "donut", "doughnut", "en-US"},
		{"en-US", "donut", "", ""},   // a curated word of en-US
		{"en-GB", "curb", "", ""},    // a word of both: to curb
		{"en-GB", "inquiry", "", ""}, // a word of both
		{"en-GB", "practice", "", ""},
		{"en-GB", "metered", "", ""}, // a word of both: a metered road
		{"en-US", "amongst", "", ""}, // a word of both (variant_2) with the regenerated default; else none known
		// Differences only where their context allows, not wherever
		// their letters are: no prev for perv, prised for prized,
		// perviousness for previousness, snowshoed for snowshed; no
		// hed for haed.
		{"en-GB", "perv", "", ""},
		{"en-GB", "prized", "", ""},
		{"en-US", "previousness", "", ""},
		{"en-GB", "snowshed", "", ""},
		{"en-US", "haed", "", ""},
	} {
		lex := mustDefault(t, tc.locale)
		lc, other, ok := lex.LocaleSpelling(tc.word)
		got := lc.Spelling
		if ok != (tc.want != "") || got != tc.want || other != tc.other {
			t.Errorf("%s: LocaleSpelling(%q) = %q, %q, %v; want %q, %q", tc.locale, tc.word, got, other, ok, tc.want, tc.other)
		}
	}
}

// TestLocaleSpellingHouse checks that a word the house accepts is not
// respelled, and that a dictionary of one locale respells nothing.
func TestLocaleSpellingHouse(t *testing.T) {
	def := mustDefault(t, "en-GB")
	house := mustLoad(t, "color\n", "house.txt")
	if lc, _, ok := Merge(def, house).LocaleSpelling("color"); ok {
		t.Errorf("with a house entry color, LocaleSpelling(color) = %q", lc.Spelling)
	}
	if lc, _, ok := Merge(def, house).LocaleSpelling("flavor"); !ok || lc.Spelling != "flavour" || lc.Tier != def.Lookup("flavour").Tier {
		t.Errorf("merged with a house lexicon, LocaleSpelling(flavor) = %+v, %v; want flavour at its tier", lc, ok)
	}
	one, err := LoadWordList(strings.NewReader("colour\t10\n"), "words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if lc, _, ok := one.LocaleSpelling("color"); ok {
		t.Errorf("a one-locale word list: LocaleSpelling(color) = %q", lc.Spelling)
	}
}

// TestEachRespelling checks the enumeration: fewer places first, places
// that do not overlap, each spelling made once, and the bound.
func TestEachRespelling(t *testing.T) {
	for _, tc := range []struct {
		word  string
		rules []respelling
		want  string
	}{
		{"colorer", []respelling{{from: "or", to: "our"}, {from: "er", to: "re"}}, "colourer colorre colourre"},
		{"oro", []respelling{{from: "or", to: "our"}, {from: "ro", to: "X"}}, "ouro oX"}, // overlapping places
		{"plain", []respelling{{from: "or", to: "our"}}, ""},
	} {
		var got []string
		eachRespelling(tc.word, tc.rules, 2, func(s string, edits int) bool {
			got = append(got, s)
			return true
		})
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("respellings of %s: got %q, want %q", tc.word, g, tc.want)
		}
	}
	n, last := 0, 0
	eachRespelling(strings.Repeat("ze", 20), americanToBritish, maxLocaleEdits, func(s string, edits int) bool {
		if edits < last {
			t.Errorf("%d places after %d", edits, last)
		}
		n, last = n+1, edits
		return true
	})
	if n != maxRespellings {
		t.Errorf("%d respellings of a word with 40 places; want the bound, %d", n, maxRespellings)
	}
}

func TestRespellings(t *testing.T) {
	for _, tc := range []struct {
		word, from, to, want string // want "" for none
	}{
		{"travellers", "en-GB", "en-US", "travelers"},
		{"programme", "en-GB", "en-US", "program"},
		{"acknowledgment", "en-US", "en-GB", "acknowledgement"},
		{"amongst", "en-GB", "en-US", ""},
		{"soya", "en-GB", "en-US", ""},
		{"enquiries", "en-GB", "en-US", "inquiries"},
		{"focussed", "en-GB", "en-US", "focused"},
		{"practises", "en-GB", "en-US", "practices"},
		{"colour", "en-GB", "fr-FR", ""},
	} {
		got := Respellings(tc.word, tc.from, tc.to)
		if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("Respellings(%q, %s, %s) = %q, want %q among them", tc.word, tc.from, tc.to, got, tc.want)
		}
	}
}
