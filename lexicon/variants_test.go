package lexicon

import (
	"strings"
	"testing"
)

func TestRomanizations(t *testing.T) {
	tests := []struct {
		entry string
		want  map[string]string // spelling -> house spelling it stands for
		never []string          // spellings that must not be generated
	}{
		{"Bakiyev = Бакиев", map[string]string{"Bakiev": "Bakiyev", "Bakijew": "Bakiyev"}, []string{"Bakiyev"}},
		{"Yeltsin = Ельцин", map[string]string{"Eltsin": "Yeltsin", "El'tsin": "Yeltsin", "Jelzin": "Yeltsin", "Eltsine": "Yeltsin", "El'cin": "Yeltsin"},
			[]string{"Yeltsin", "El`cin"}},
		{"Roza Otunbayeva = Роза Отунбаева", map[string]string{"Otunbaeva": "Otunbayeva", "Roza Otunbaeva": "Roza Otunbayeva", "Rosa": "Roza"},
			[]string{"Roza", "Otunbayeva"}},
		{"Yeltsin | Jelzin = Ельцин", map[string]string{"Eltsin": "Yeltsin"}, []string{"Jelzin"}},
		{"Bakiyev", nil, nil},
	}
	for _, tt := range tests {
		l := mustLoad(t, tt.entry, "test")
		got := map[string]Romanization{}
		for _, r := range l.Entries()[0].Romanizations() {
			if _, dup := got[r.Spelling]; dup {
				t.Errorf("%s: %q generated twice", tt.entry, r.Spelling)
			}
			if r.Scheme == "" {
				t.Errorf("%s: %q has no scheme", tt.entry, r.Spelling)
			}
			got[r.Spelling] = r
		}
		for s, house := range tt.want {
			if r, ok := got[s]; !ok || r.House != house {
				t.Errorf("%s: %q -> %+v, want house spelling %q", tt.entry, s, r, house)
			}
		}
		for _, s := range tt.never {
			if _, ok := got[s]; ok {
				t.Errorf("%s: generated %q", tt.entry, s)
			}
		}
		if tt.want == nil && len(got) != 0 {
			t.Errorf("%s: no original script, yet generated %v", tt.entry, got)
		}
	}
}

// TestRomanizationsAreHouseVariants checks what a merged lexicon makes of
// generated spellings: variants of the house spelling, unless the
// dictionary knows them (Rosa is another name) or a house entry accepts them.
func TestRomanizationsAreHouseVariants(t *testing.T) {
	house := mustLoad(t, "Roza Otunbayeva = Роза Отунбаева\nYeltsin = Ельцин\nEltsin\n", "house.txt")
	dict, err := LoadWordList(strings.NewReader("Rosa\t50\tp\nthe\t10\n"), "words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	l := Merge(house, dict)
	tests := []struct {
		spelling string
		flags    Flags
		suggest  string
	}{
		{"Otunbaeva", HouseVariant, "Otunbayeva"},
		{"Roza Otunbaeva", HouseVariant, "Roza Otunbayeva"},
		{"Jelzin", HouseVariant, "Yeltsin"},
		{"El’tsin", HouseVariant, "Yeltsin"},
		{"Rosa", Proper, ""},
		{"Eltsin", House, ""},
		{"Roza", House, ""},
	}
	for _, tt := range tests {
		info := l.Lookup(tt.spelling)
		if info.Flags != tt.flags || info.Suggest != tt.suggest {
			t.Errorf("Lookup(%q) = flags %b suggest %q, want flags %b suggest %q", tt.spelling, info.Flags, info.Suggest, tt.flags, tt.suggest)
		}
		if tt.flags == HouseVariant && info.Scheme == "" {
			t.Errorf("Lookup(%q): no scheme", tt.spelling)
		}
	}
}

func BenchmarkRomanizations(b *testing.B) {
	l, err := Load(strings.NewReader("Roza Otunbayeva = Роза Отунбаева"), "test")
	if err != nil {
		b.Fatal(err)
	}
	e := &l.Entries()[0]
	b.ReportAllocs()
	for b.Loop() {
		e.Romanizations()
	}
}

// TestSameName checks which other names of a place count as spellings of
// the house's name for it.
func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"jalal-abad", "jalalabat", true},
		{"jalal-abad", "dzhalal-abad", true},
		{"jalal-abad", "djalalabad", true},
		{"tomigusuku", "gusuku", true},
		{"bishkek", "frunze", false},
		{"incheon", "chemulpo", false},
		{"tata", "augustin", false},
		{"yakubu", "baucis", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
