package lexicon

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/newstext"
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

// memCache is a Cache in memory that counts the values it is given.
type memCache struct {
	mu   sync.Mutex
	vals map[string][]byte
	puts int
	gets int
}

func newMemCache() *memCache { return &memCache{vals: map[string][]byte{}} }

func (c *memCache) Get(key string) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gets++
	v, ok := c.vals[key]
	if !ok {
		return nil, fs.ErrNotExist
	}
	return bytes.Clone(v), nil // the lexicon keeps what Get returns; the test changes what it holds
}

func (c *memCache) Put(key string, v []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.vals[key], c.puts = bytes.Clone(v), c.puts+1
	return nil
}

// only returns the key and value of the only value c holds.
func (c *memCache) only(t testing.TB) (string, []byte) {
	t.Helper()
	if len(c.vals) != 1 {
		t.Fatalf("the cache holds %d values, want 1", len(c.vals))
	}
	for k, v := range c.vals {
		return k, v
	}
	panic("unreachable")
}

// loadCached loads text with the cache c, caching lexicons of any size.
func loadCached(t testing.TB, c Cache, text, name string) *Lexicon {
	t.Helper()
	l, err := LoadOptions{Cache: c, minSpellings: 1}.Load(strings.NewReader(text), name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestNoCache checks that a lexicon loaded without a cache is not hashed
// and has no cache key, and that one whose tables are too small to be
// worth reading is looked for in a cache but never put in it.
func TestNoCache(t *testing.T) {
	src := genHouse(rand.New(rand.NewPCG(7, 8)), 300)
	l := Merge(mustLoad(t, src, "gen.txt"), mustDefault(t, "en-GB"))
	if l.sources != nil || l.cache != nil {
		t.Errorf("a lexicon loaded without a cache has sources %v and cache %v", l.sources, l.cache)
	}
	if _, ok := l.cacheKey(); ok {
		t.Error("a lexicon loaded without a cache has a cache key")
	}
	// With a cache, the tables are put in it when they hold enough
	// spellings to be dearer to derive than to read, and only then; a
	// lexicon below that is still looked for.
	for _, n := range []int{20, 300} {
		c := newMemCache()
		lex, err := LoadOptions{Cache: c}.Load(strings.NewReader(genHouse(rand.New(rand.NewPCG(7, 8)), n)), "gen.txt")
		if err != nil {
			t.Fatal(err)
		}
		lex.Lookup("Kabul")
		spellings := lex.derived().exact.keys.len()
		if want := spellings >= cacheMinSpellings; (c.puts == 1) != want || c.puts > 1 {
			t.Errorf("%d entries, %d spellings: put in the cache %d times, want %v", n, spellings, c.puts, want)
		}
		if c.gets != 1 {
			t.Errorf("%d entries: looked for in the cache %d times, want once", n, c.gets)
		}
	}
}

func TestHouseCache(t *testing.T) {
	c := newMemCache()
	src := genHouse(rand.New(rand.NewPCG(7, 8)), 500)
	d := mustDefault(t, "en-GB")
	open := func(src string) *Lexicon {
		l := Merge(loadCached(t, c, src, "gen.txt"), d)
		l.Lookup("Kabul")
		return l
	}
	open(src)
	if c.puts != 1 {
		t.Fatalf("the first open put %d values, want 1", c.puts)
	}
	key, good := c.only(t)
	// The first open puts the tables and both indexes, once: no query
	// writes the cache.
	l := open(src)
	ps := probes(l, rand.New(rand.NewPCG(9, 10)))
	checkReference(t, l, ps)
	if c.puts != 1 {
		t.Fatalf("opening the same lexicon again, or querying it, put %d values, want none", c.puts-1)
	}

	// Another lexicon is another key.
	open(src + "Zyxwvut\n")
	if len(c.vals) != 2 {
		t.Errorf("after a changed lexicon: %d values, want 2", len(c.vals))
	}
	for k := range c.vals {
		if k != key {
			delete(c.vals, k)
		}
	}

	secs, err := splitSections(string(good[cacheHeader:]))
	if err != nil {
		t.Fatal(err)
	}
	// at returns the offset in the value of byte i of section s.
	at := func(s, i int) int {
		return cacheHeader + int(le32(string(good[cacheHeader+len(magic)+4+8*s:]), 0)) + i
	}
	flip := func(i int) func([]byte) []byte { return func(b []byte) []byte { b[i] ^= 0x5a; return b } }
	reseal := func(b []byte) []byte {
		binary.LittleEndian.PutUint32(b[cacheSums:], cacheCRC(string(b[:cacheSums]), string(b[cacheHeader:])))
		return b
	}
	spell := derivedSections + trieSections // the section of the names' spellings
	// A value that is damaged, cut short or lengthened is not used: the
	// tables are derived again and put again.
	damage := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"header only", func(b []byte) []byte { return b[:cacheHeader] }},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
		{"last byte", func(b []byte) []byte { return b[:len(b)-1] }},
		{"longer", func(b []byte) []byte { return append(b, 0) }},
		{"magic", flip(0)},
		{"key", flip(len(cacheMagic))},
		{"count", flip(len(cacheMagic) + 32)},
		{"checksum", flip(cacheSums)},
		{"section table", flip(cacheHeader + len(magic) + 9)},
		{"house suggestions, header intact", flip(at(derivedSections-3, len(secs[derivedSections-3])/2))},
		{"names' spellings, header intact", flip(at(spell, len(secs[spell])/2))},
		{"names' spellings all 0xFF, header intact", func(b []byte) []byte {
			for i := range secs[spell] {
				b[at(spell, i)] = 0xff
			}
			return b
		}},
		{"trie links, header intact", flip(at(derivedSections, 5))},
		{"a spelling not UTF-8, checksum made to match", func(b []byte) []byte {
			b[at(spell, 0)] = 0xff
			return reseal(b)
		}},
		{"a trie link out of range, checksum made to match", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[at(derivedSections, 4):], 1<<30)
			return reseal(b)
		}},
	}
	for seed := range uint64(10) {
		rng := rand.New(rand.NewPCG(seed, 11))
		damage = append(damage, struct {
			name string
			edit func([]byte) []byte
		}{fmt.Sprintf("random bytes %d", seed), func(b []byte) []byte {
			for range 1 + rng.IntN(50) {
				b[cacheHeader+rng.IntN(len(b)-cacheHeader)] ^= byte(1 + rng.IntN(255))
			}
			return b
		}})
	}
	for _, dm := range damage {
		t.Run(dm.name, func(t *testing.T) {
			c.vals[key] = dm.edit(bytes.Clone(good))
			puts := c.puts
			l := open(src)
			if c.puts != puts+1 {
				t.Fatalf("a damaged value was used")
			}
			if !bytes.Equal(c.vals[key], good) {
				t.Errorf("the value put again differs from the first")
			}
			checkReference(t, l, ps[:min(len(ps), 500)])
		})
	}
}

// FuzzDecodeCache checks that no value, however damaged, makes
// decodeCache panic, and that what it accepts is text where text is read.
func FuzzDecodeCache(f *testing.F) {
	c := newMemCache()
	h := loadCached(f, c, "Bakiyev = Бакиев\nJalal-Abad | Jalal’abad\nGaddafi !Qaddafi\n", "h.txt")
	h.Lookup("Kabul")
	key, _ := h.cacheKey()
	for _, v := range c.vals {
		f.Add(v)
		f.Add(v[:len(v)-1])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tb, err := decodeCache(string(b), key, h.ents.len())
		if err != nil {
			return
		}
		for _, st := range []strtab{tb.d.strs, tb.n.spell} {
			for i := range st.len() {
				if s := st.at(i); !utf8.ValidString(s) {
					t.Fatalf("accepted a value with the spelling %q", s)
				}
			}
		}
	})
}

func TestCacheKey(t *testing.T) {
	c := newMemCache()
	gb := mustDefault(t, "en-GB")
	us := mustDefault(t, "en-US")
	words, err := LoadWordList(strings.NewReader("apple\t10\n"), "words")
	if err != nil {
		t.Fatal(err)
	}
	a, b := loadCached(t, c, "Bakiyev\n", "h.txt"), loadCached(t, c, "Bakiyev\nKabul\n", "h.txt")
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
	if k := key(Merge(a, mustLoad(t, "Kabul\n", "k.txt"))); k != "none" {
		t.Errorf("a lexicon with entries loaded without a cache has cache key %s", k)
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

// BenchmarkDecodeCache is the check of a cache value when a lexicon opens
// it: a house lexicon of 200,000 generated names (internal/newstext) with
// the embedded default, its checksum, sizes, trie links and UTF-8.
func BenchmarkDecodeCache(b *testing.B) {
	var names bytes.Buffer
	if err := newstext.WriteLexicon(&names, 1, 200000); err != nil {
		b.Fatal(err)
	}
	c := newMemCache()
	l := Merge(loadCached(b, c, names.String(), "names.txt"), mustDefault(b, "en-GB"))
	l.Lookup("Kabul")
	key, _ := l.cacheKey()
	_, v := c.only(b)
	value := string(v)
	b.SetBytes(int64(len(value)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeCache(value, key, l.ents.len()); err != nil {
			b.Fatal(err)
		}
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
