package lexicon

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// genHouse writes a house lexicon of about n lines that exercises every
// rule of the house tables: several spellings and several words, rejected
// variants and ban-only lines, original scripts, places of the gazetteer,
// dictionary words, accents and typographic apostrophes, and spellings
// two entries disagree about (the later wins).
func genHouse(rng *rand.Rand, n int) string {
	syl := []string{"ba", "kir", "ov", "ja", "lal", "ab", "ad", "sha", "qu", "kh", "zh", "ye", "vo", "dze", "mir", "al", "ul", "tan", "is", "ko", "gad", "daf", "fi", "ez", "ró", "ñe", "ø", "ł"}
	cyr := []string{"ба", "ки", "ев", "жа", "лал", "шу", "хо", "ро", "за", "ол", "ма", "щу", "ий", "ья"}
	fixed := []string{
		"Bakiyev = Бакиев", "Roza Otunbayeva = Роза Отунбаева", "Gaddafi !Qaddafi !Kadhafi = القذافي",
		"Jalal-Abad | Jalal’abad", "Kyrgyzstan !Kirghizia", "!irregardless", "Kabul", "Bishkek = Бишкек",
		"Almaty !Alma-Ata", "Incheon", "Dostoevsky = Достоевский", "Tchaikovsky = Чайковский", "colour | Colour",
		"Apple", "O’Neill", "Mc`Cain", "Łódź", "São Paulo", "Zelensky = Зеленский", "Kharkiv = Харків",
	}
	word := func(parts []string, k int) string {
		var b strings.Builder
		for range k {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		return b.String()
	}
	name := func() string {
		w := word(syl, 2+rng.IntN(2))
		if rng.IntN(8) == 0 {
			return w // lower case: a word, not a name
		}
		r := []rune(w)
		return strings.ToUpper(string(r[0])) + string(r[1:])
	}
	var lines, made []string
	for len(lines) < n {
		var b strings.Builder
		switch k := rng.IntN(20); {
		case k == 0:
			b.WriteString(fixed[rng.IntN(len(fixed))])
		case k == 1:
			b.WriteString("!" + name())
		case k == 2:
			b.WriteString("# a comment")
		case k == 3 && len(made) > 0:
			// Another entry's spelling, accepted or rejected again.
			s := made[rng.IntN(len(made))]
			if rng.IntN(2) == 0 {
				b.WriteString(name() + " !" + s)
			} else {
				b.WriteString(s + " | " + name())
			}
		default:
			s := name()
			if rng.IntN(3) == 0 {
				s += " " + name()
			}
			if rng.IntN(10) == 0 {
				s = strings.Replace(s, "a", "-a", 1)
			}
			made = append(made, s)
			b.WriteString(s)
			for range rng.IntN(3) {
				b.WriteString(" | " + name())
			}
			for range rng.IntN(2) {
				b.WriteString(" !" + name())
			}
			if rng.IntN(6) == 0 {
				o := word(cyr, 2+rng.IntN(2))
				if strings.Contains(s, " ") {
					o += " " + word(cyr, 3)
				}
				b.WriteString(" = " + o)
			}
		}
		lines = append(lines, b.String())
	}
	return strings.Join(lines, "\n") + "\n"
}

// probes returns the spellings to ask l about: each house spelling and
// word, romanizations, the spellings of house places, and forms of them in
// other case, with other separators and with a typo.
func probes(l *Lexicon, rng *rand.Rand) []string {
	var base []string
	for i := range l.entries() {
		e := &l.entries()[i]
		for _, s := range append(append([]string{}, e.Accepted...), e.Rejected...) {
			base = append(base, s)
			base = append(base, strings.Fields(s)...)
		}
		for _, r := range e.Romanizations() {
			base = append(base, r.Spelling)
		}
		if l.gaz != nil {
			for _, a := range e.Accepted {
				for _, p := range l.gaz.places(Fold(a)) {
					base = append(base, l.gaz.spellings(p)...)
				}
			}
		}
	}
	base = append(base, "colour", "color", "London", "apple", "Qabul", "Kadafi", "Bakiev", "Jalalabad", "Jalal Abad", "xyzzy")
	out := append([]string{}, base...)
	for _, s := range base {
		r := []rune(s)
		i := rng.IntN(len(r))
		typo := string(r[:i]) + string(rune('a'+rng.IntN(26))) + string(r[i+1:])
		out = append(out, strings.ToLower(s), strings.ToUpper(s), strings.ReplaceAll(s, "-", ""),
			strings.ReplaceAll(s, " ", "-"), strings.ReplaceAll(s, "'", "’"), typo)
	}
	return out
}

// checkReference compares every answer of l with the tables as they were
// built before they became flat and cacheable.
func checkReference(t *testing.T, l *Lexicon, ps []string) {
	t.Helper()
	rd, rn := refDerive(l), refBuildNames(l)
	bad := 0
	fail := func(format string, args ...any) {
		t.Helper()
		if bad++; bad <= 10 {
			t.Errorf(format, args...)
		}
	}
	for _, p := range ps {
		if got, want := l.Lookup(p), refLookup(l, rd, p); got != want {
			fail("Lookup(%q) = %+v, want %+v", p, got, want)
		}
		if got, want := l.LookupFold(p), refLookupFold(l, rd, p); got != want {
			fail("LookupFold(%q) = %+v, want %+v", p, got, want)
		}
		got, gotOK := l.Joined(p)
		want, wantOK := refJoined(rd, p)
		if got != want || gotOK != wantOK {
			fail("Joined(%q) = %q, %v, want %q, %v", p, got, gotOK, want, wantOK)
		}
		for d := 1; d <= 2; d++ {
			if got, want := l.NearNames(p, d), rn.nearNames(p, d); !reflect.DeepEqual(got, want) {
				fail("NearNames(%q, %d) = %v, want %v", p, d, got, want)
			}
		}
		if got, want := l.TranslitNames(p), rn.translitNames(p); !reflect.DeepEqual(got, want) {
			fail("TranslitNames(%q) = %v, want %v", p, got, want)
		}
	}
	if got, want := l.Names(), rn.all(); !reflect.DeepEqual(got, want) {
		fail("Names() differ: %d names, want %d", len(got), len(want))
	}
	if bad > 10 {
		t.Errorf("and %d more", bad-10)
	}
}

func TestHouseTablesMatchReference(t *testing.T) {
	src := genHouse(rand.New(rand.NewPCG(1, 2)), 800)
	for _, locale := range append([]string{"none"}, Locales...) {
		t.Run(locale, func(t *testing.T) {
			h := mustLoad(t, src, "gen.txt")
			l := h
			if locale != "none" {
				d := mustDefault(t, locale)
				l = Merge(h, d)
			}
			checkReference(t, l, probes(l, rand.New(rand.NewPCG(3, 4))))
		})
	}
}

func TestParseMatchesReference(t *testing.T) {
	src := genHouse(rand.New(rand.NewPCG(5, 6)), 3000)
	got, err := parse(src, "gen.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, rerr := refParse(strings.NewReader(src), "gen.txt")
	if rerr != nil {
		t.Fatal(rerr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parse and the reference parser differ")
	}
	l, lerr := Load(strings.NewReader(src), "gen.txt")
	if lerr != nil {
		t.Fatal(lerr)
	}
	// An entry a lookup needs is parsed alone, from its own line.
	for i := 0; i < len(want); i += 7 {
		if e := l.ents.entry(i); !reflect.DeepEqual(*e, want[i]) || l.ents.entry(i) != e {
			t.Fatalf("entry %d = %+v, want %+v, the same each time", i, *e, want[i])
		}
	}
	if l.ents.len() != len(want) || !reflect.DeepEqual(l.Entries(), want) {
		t.Errorf("Load's entries, parsed on first need, differ from the reference parser's")
	}
	if l.ents.entry(7) == &l.Entries()[7] || l.ents.entry(8) != &l.Entries()[8] {
		t.Errorf("entry changed pointer once the list was built, or does not use it")
	}
}

// FuzzParseMatchesReference checks that the parser gives the entries or
// the error the line-by-line parser it replaced gave.
func FuzzParseMatchesReference(f *testing.F) {
	for _, s := range []string{"Bakiyev = Бакиев\n\n# c\nA | B !C\n", "\uFEFFa\r\nb  c\t| d\n", "a\x0b\n", " \u00a0\n!x", "|a", "a=b=c", strings.Repeat("x", MaxLineBytes) + "\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		got, err := parse(src, "f")
		want, rerr := refParse(strings.NewReader(src), "f")
		// Load only checks the text, and parses it on first need: the
		// check must report what the parse would.
		if n, cerr := check(src, "f"); (cerr == nil) != (err == nil) || cerr != nil && cerr.Error() != err.Error() || err == nil && n != len(got) {
			t.Fatalf("check = %d, %v; parse = %d entries, %v", n, cerr, len(got), err)
		}
		if (err == nil) != (rerr == nil) {
			t.Fatalf("parse error %v, reference error %v", err, rerr)
		}
		if err != nil {
			if err.Error() != rerr.Error() {
				t.Fatalf("parse error %q, reference error %q", err, rerr)
			}
			return
		}
		if len(got) != 0 || len(want) != 0 {
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("parse = %+v, reference = %+v", got, want)
			}
		}
		l, lerr := Load(strings.NewReader(src), "f")
		if lerr != nil {
			t.Fatalf("Load: %v; parse succeeded", lerr)
		}
		for i := range got {
			if e := l.ents.entry(i); !reflect.DeepEqual(*e, got[i]) {
				t.Fatalf("entry %d parsed alone = %+v, parse = %+v", i, *e, got[i])
			}
		}
	})
}

// useCache points the house cache at a temporary directory and caches
// lexicons of any size, for one test.
func useCache(t *testing.T) string {
	dir := t.TempDir()
	oldDir, oldMin := cacheDir, cacheMinEntries
	cacheDir = func() (string, error) { return dir, nil }
	cacheMinEntries = 1
	t.Cleanup(func() { cacheDir, cacheMinEntries = oldDir, oldMin })
	return dir
}

func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	fs, err := filepath.Glob(filepath.Join(dir, "*.idx"))
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestHouseCache(t *testing.T) {
	dir := useCache(t)
	src := genHouse(rand.New(rand.NewPCG(7, 8)), 500)
	d := mustDefault(t, "en-GB")
	open := func(src string) *Lexicon {
		h := mustLoad(t, src, "gen.txt")
		l := Merge(h, d)
		l.Lookup("Kabul")
		return l
	}
	if l := open(src); l.cached != nil {
		t.Fatal("first open read a cache file that cannot exist yet")
	}
	files := cacheFiles(t, dir)
	if len(files) != 1 {
		t.Fatalf("after the first open: cache files %v, want one", files)
	}
	// The first file holds the lookup tables only: a run that meets no
	// unknown name builds no index. The first run that builds them writes
	// the file again, whole.
	l := open(src)
	if l.cached == nil {
		t.Fatal("second open did not use the cache file")
	}
	if l.cached.nameIndex() != nil || l.cached.keyIndex() != nil {
		t.Fatal("the indexes were cached before any run built them")
	}
	l.TranslitNames("Qabul")
	l = open(src)
	if l.cached == nil || l.cached.nameIndex() == nil || l.cached.keyIndex() == nil {
		t.Fatal("third open did not find the indexes in the cache file")
	}
	ps := probes(l, rand.New(rand.NewPCG(9, 10)))
	checkReference(t, l, ps)

	// Another lexicon is another file.
	open(src + "Zyxwvut\n")
	if n := len(cacheFiles(t, dir)); n != 2 {
		t.Errorf("after a changed lexicon: %d cache files, want 2", n)
	}

	good, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	// A file whose header or section table is damaged, or which is cut
	// short, is not used: the tables are derived again and the file is
	// written again.
	damage := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"header only", func(b []byte) []byte { return b[:cacheHeader] }},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
		{"last byte", func(b []byte) []byte { return b[:len(b)-1] }},
		{"longer", func(b []byte) []byte { return append(b, 0) }},
		{"magic", func(b []byte) []byte { b[0] ^= 1; return b }},
		{"key", func(b []byte) []byte { b[len(cacheMagic)] ^= 1; return b }},
		{"count", func(b []byte) []byte { b[len(cacheMagic)+32] ^= 1; return b }},
		{"checksum", func(b []byte) []byte { b[len(cacheMagic)+44] ^= 1; return b }},
		{"section table", func(b []byte) []byte { b[cacheHeader+len(magic)+9] ^= 0x40; return b }},
	}
	for _, dm := range damage {
		t.Run(dm.name, func(t *testing.T) {
			bad := dm.edit(append([]byte{}, good...))
			if err := os.WriteFile(files[0], bad, 0o644); err != nil {
				t.Fatal(err)
			}
			l := open(src)
			if l.cached != nil {
				t.Errorf("a damaged cache file was used")
			}
			checkReference(t, l, ps[:min(len(ps), 500)])
			if l := open(src); l.cached == nil || l.cached.nameIndex() == nil || l.cached.keyIndex() == nil {
				t.Errorf("the cache file was not written again")
			}
		})
	}
	// Damage inside the tables is not looked for, but it must not make a
	// lookup fail: every answer is still given (possibly a wrong one).
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 11))
		bad := append([]byte{}, good...)
		for range 1 + rng.IntN(50) {
			i := cacheHeader + 512 + rng.IntN(len(bad)-cacheHeader-512)
			bad[i] = byte(rng.Uint32())
		}
		if err := os.WriteFile(files[0], bad, 0o644); err != nil {
			t.Fatal(err)
		}
		l := open(src)
		for _, p := range ps[:min(len(ps), 300)] {
			l.Lookup(p)
			l.LookupFold(p)
			l.Joined(p)
			l.NearNames(p, 2)
			l.TranslitNames(p)
		}
		l.Names()
	}
}

func TestCacheKey(t *testing.T) {
	useCache(t)
	gb := mustDefault(t, "en-GB")
	us := mustDefault(t, "en-US")
	words, err := LoadWordList(strings.NewReader("apple\t10\n"), "words")
	if err != nil {
		t.Fatal(err)
	}
	a, b := mustLoad(t, "Bakiyev\n", "h.txt"), mustLoad(t, "Bakiyev\nKabul\n", "h.txt")
	key := func(l *Lexicon) string {
		k, ok := l.cacheKey()
		if !ok {
			return "none"
		}
		return fmt.Sprintf("%x", k[:4])
	}
	keys := map[string]string{}
	for name, l := range map[string]*Lexicon{
		"a": Merge(a), "b": Merge(b), "a+gb": Merge(a, gb), "a+us": Merge(a, us), "a+b+gb": Merge(a, b, gb), "b+a+gb": Merge(b, a, gb),
	} {
		k := key(l)
		if k == "none" {
			t.Errorf("%s: no cache key", name)
		}
		if other, ok := keys[k]; ok {
			t.Errorf("%s and %s have the same cache key", name, other)
		}
		keys[k] = name
	}
	if k := key(Merge(a, words)); k != "none" {
		t.Errorf("a lexicon with a dictionary other than the default has cache key %s", k)
	}
	if k := key(Merge(a, newHouse(a.entries()))); k != "none" {
		t.Errorf("a lexicon with entries of unknown source has cache key %s", k)
	}
}

// TestFilter checks that the filter of the house tables passes every key
// they hold, and keeps out most words they do not.
func TestFilter(t *testing.T) {
	l := mustLoad(t, genHouse(rand.New(rand.NewPCG(7, 8)), 3000), "gen.txt")
	d := l.derived()
	for _, m := range []*strmap{&d.exact, &d.fold, &d.joined} {
		for i := range m.keys.len() {
			if k, _ := m.key(i); !d.mayHave(k) {
				t.Fatalf("mayHave(%q) = false for a key of the tables", k)
			}
		}
	}
	passed, tried := 0, 0
	for i := range 10000 {
		w := "notaname" + strconv.Itoa(i)
		if _, ok := d.fold.get(w); ok {
			continue
		}
		tried++
		if d.mayHave(w) {
			passed++
		}
	}
	if passed*20 > tried {
		t.Errorf("the filter passes %d of %d words the tables do not hold", passed, tried)
	}
}

// TestHasHouse checks which lexicons have house entries: the checker
// skips what only house names could find when there are none.
func TestHasHouse(t *testing.T) {
	def := mustDefault(t, "en-GB")
	house := mustLoad(t, "Jalal-Abad\nGaddafi !Qaddafi\n", "house.txt")
	empty := mustLoad(t, "# no entries yet\n", "empty.txt")
	rejects := mustLoad(t, "!irregardless\n", "rejects.txt")
	for _, tc := range []struct {
		name        string
		lex         *Lexicon
		has, romans bool // HasHouse, and whether Qadhafi romanizes a house name
	}{
		{"default", def, false, false},
		{"empty house file", empty, false, false},
		{"house file", house, true, true},
		{"rejections only", rejects, true, false},
		{"default and empty", Merge(def, empty), false, false},
		{"default and house", Merge(def, house), true, true},
		{"default and rejections", Merge(def, rejects), true, false},
	} {
		if got := tc.lex.HasHouse(); got != tc.has {
			t.Errorf("%s: HasHouse() = %v, want %v", tc.name, got, tc.has)
		}
		if got := len(tc.lex.TranslitNames("Qadhafi")) > 0; got != tc.romans {
			t.Errorf("%s: TranslitNames(Qadhafi) found names: %v, want %v", tc.name, got, tc.romans)
		}
	}
	if info := Merge(def, rejects).Lookup("irregardless"); info.Flags&Rejected == 0 {
		t.Errorf("a lexicon of rejections only: Lookup(irregardless) = %+v, want Rejected", info)
	}
}

// TestJoinedPair checks that JoinedPair of two folded words answers as
// Joined does of the two written with a space, for the names of a
// generated house lexicon split at every letter, and written apart at
// their separators, and for pairs of words that make no house name.
func TestJoinedPair(t *testing.T) {
	l := mustLoad(t, genHouse(rand.New(rand.NewPCG(3, 4)), 2000), "gen.txt")
	var pairs [][2]string
	found := 0
	for _, e := range l.Entries() {
		for _, a := range e.Accepted {
			r := []rune(strings.NewReplacer("-", " ", "’", " ", "'", " ").Replace(a))
			for i := 1; i < len(r); i++ {
				if r[i-1] != ' ' && r[i] != ' ' {
					pairs = append(pairs, [2]string{string(r[:i]), string(r[i:])})
				}
			}
			if x, y, ok := strings.Cut(string(r), " "); ok {
				pairs = append(pairs, [2]string{x, y})
			}
		}
	}
	pairs = append(pairs, [2]string{"Jalal", "Abad"}, [2]string{"JALAL", "abad"}, [2]string{"São", "Paulo"},
		[2]string{"Prime", "Minister"}, [2]string{"O’", "Neill"})
	for _, p := range pairs {
		wh, wok := l.Joined(p[0] + " " + p[1])
		gh, gok := l.JoinedPair(Fold(p[0]), Fold(p[1]))
		if gh != wh || gok != wok {
			t.Errorf("JoinedPair(%q, %q) = %q, %v; Joined of the pair = %q, %v", p[0], p[1], gh, gok, wh, wok)
		}
		if wok {
			found++
		}
	}
	if found < len(pairs)/4 {
		t.Errorf("only %d of %d pairs write a house name: the test tries too few", found, len(pairs))
	}
}

// TestRejectedSuggestion checks which spelling a rejected variant is told
// to become: the part of a longer name it stands for, as Lookup gives it
// and as Entry.RejectedSuggestion works it out, or the whole name when the
// part cannot be told.
func TestRejectedSuggestion(t *testing.T) {
	tests := []struct {
		line, rejected, want string
		ok                   bool
	}{
		{"Gaddafi !Qaddafi", "Qaddafi", "Gaddafi", true},
		{"Volodymyr Zelensky !Zelenskiy", "Zelenskiy", "Zelensky", true},
		{"Volodymyr Zelensky !Volodimir", "Volodimir", "Volodymyr", true},
		{"Muammar Gaddafi !Kadhafi", "Kadhafi", "Gaddafi", true},
		{"Volodymyr Zelensky !Vladimir Zelenskiy", "Vladimir Zelenskiy", "Volodymyr Zelensky", true},
		{"Jose Luis Rodriguez Zapatero !Rodrigues Zapatero", "Rodrigues Zapatero", "Rodriguez Zapatero", true},
		{"Jovan Jovana !Jovane", "Jovane", "Jovan Jovana", false},     // as near one word as the other
		{"Sergey Lavrov !Smirnov", "Smirnov", "Sergey Lavrov", false}, // near neither
		{"!Kiev", "Kiev", "", true},                                   // a ban without a spelling to suggest
	}
	for _, tt := range tests {
		l := mustLoad(t, tt.line+"\n", "house.txt")
		e := l.Entries()[0]
		got, ok := e.RejectedSuggestion(tt.rejected)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%q: RejectedSuggestion(%q) = %q, %v; want %q, %v", tt.line, tt.rejected, got, ok, tt.want, tt.ok)
		}
		if info := l.Lookup(tt.rejected); info.Flags&Rejected == 0 || info.Suggest != tt.want {
			t.Errorf("%q: Lookup(%q) = %+v, want rejected with %q suggested", tt.line, tt.rejected, info, tt.want)
		}
	}
}
