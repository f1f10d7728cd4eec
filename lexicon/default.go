package lexicon

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	_ "embed" // the compiled default
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The embedded default, compiled by `go generate` (see compiled_test.go)
// from the word lists, gazetteer and frequencies in data/*.tsv.gz, which
// scripts/gen-default.sh makes from packaged sources (see data/README.md
// for the sources, licences and credits). It holds sorted string tables
// and the near-match index in flat little-endian arrays, used in place:
// loading it costs no parsing and almost no memory.
//
//go:generate go test -run ^TestCompiledDefault$ -generate
//go:embed data/default.idx
var compiled string

// Locales lists the locales [Default] knows, the default first. They are
// the locale columns of the compiled tables, in this order.
var Locales = []string{"en-GB", "en-US"}

var (
	defaultsOnce sync.Once
	defaults     []*Lexicon // per locale
	defaultsErr  error
)

// Default returns the embedded default lexicon for locale ("en-GB" or
// "en-US"; "" means "en-GB"): an English dictionary and a gazetteer of
// place names. It is opened once, on first use, and shared.
func Default(locale string) (*Lexicon, error) {
	if locale == "" {
		locale = Locales[0]
	}
	col := slices.Index(Locales, locale)
	if col < 0 {
		return nil, fmt.Errorf("unknown locale %q (known: %s)", locale, strings.Join(Locales, ", "))
	}
	openDefaults()
	if defaultsErr != nil {
		return nil, defaultsErr
	}
	return defaults[col], nil
}

// DefaultLocale reports whether the dictionary of l is the embedded
// default's (alone or under house lexicons), and of which locale: tables
// derived from the default alone can then stand for ones derived from l's
// dictionary.
func (l *Lexicon) DefaultLocale() (string, bool) {
	if l.dict == nil {
		return "", false
	}
	openDefaults()
	for i, d := range defaults {
		if d.dict == l.dict {
			return Locales[i], true
		}
	}
	return "", false
}

// DefaultDigest returns the SHA-256 of the embedded default's section
// table (the offset and size of each of its sections): tables compiled
// from the default record it, so that a default compiled again with other
// data is not taken for the one they were made from. It reads no
// section, so it costs nothing to ask.
func DefaultDigest() [32]byte {
	n := 0
	if len(compiled) >= len(magic)+4 {
		n = int(le32(compiled[len(magic):], 0))
	}
	return sha256.Sum256([]byte(compiled[:min(len(compiled), len(magic)+4+8*n)]))
}

// openDefaults opens the embedded default, once.
func openDefaults() {
	defaultsOnce.Do(func() { defaults, defaultsErr = openDefault(compiled) })
}

// OverDefault returns the house lexicons, merged as [Merge] merges them,
// over the embedded default of locale, or alone when noDefault is set.
// The locale is checked either way: a misspelt locale is an error, not a
// setting that goes unnoticed until the default is wanted.
func OverDefault(locale string, noDefault bool, house ...*Lexicon) (*Lexicon, error) {
	d, err := Default(locale)
	if err != nil {
		return nil, err
	}
	if !noDefault {
		house = append(house[:len(house):len(house)], d)
	}
	return Merge(house...), nil
}

// openDefault returns a lexicon per locale over the compiled data.
func openDefault(data string) ([]*Lexicon, error) {
	secs, err := splitSections(data)
	if err != nil {
		return nil, fmt.Errorf("embedded default: %w", err)
	}
	dd, secs, err := decodeDictData(secs, len(Locales))
	if err != nil {
		return nil, fmt.Errorf("embedded default: %w", err)
	}
	gaz, secs, err := decodeGazetteer(secs)
	if err == nil && len(secs) == 2 { // a default compiled with a name list
		dd.names, secs = openStrtab(secs[0], secs[1]), secs[2:]
	}
	if err != nil || len(secs) != 0 {
		return nil, fmt.Errorf("embedded default: %d sections left over, or %v", len(secs), err)
	}
	ls := make([]*Lexicon, len(Locales))
	for i := range ls {
		ls[i] = &Lexicon{dict: &dictionary{dictData: dd, col: i}, gaz: gaz}
	}
	return ls, nil
}

// compileDefault compiles the default's sources: a word list per locale
// (in the order of [Locales]), the gazetteer, the frequency list and the
// name list (nil for none), each in the format of data/*.tsv.gz.
func compileDefault(words []io.Reader, gazetteer, freq, names io.Reader) ([]byte, error) {
	lists := make([]map[string]packed, len(words))
	for i, r := range words {
		m, err := parseWords(r, "words-"+Locales[i]+".tsv")
		if err != nil {
			return nil, err
		}
		lists[i] = m
	}
	f, err := parseFreq(freq, "freq-en.tsv")
	if err != nil {
		return nil, err
	}
	g, err := parseGazetteer(gazetteer, "gazetteer.tsv")
	if err != nil {
		return nil, err
	}
	secs := buildDictData(lists, f).sections()
	secs = append(secs, g.sections()...)
	if names != nil {
		n, err := parseNames(names, "names.tsv")
		if err != nil {
			return nil, err
		}
		secs = append(secs, n.data, n.off)
	}
	return joinSections(secs), nil
}

// parseNames reads a name list: one name a line, lines starting with '#'
// comments. It returns the names folded, sorted and without repeats.
func parseNames(r io.Reader, name string) (strtab, error) {
	set := map[string]bool{}
	err := eachLine(r, name, func(line int, s string) error {
		if r, _ := utf8.DecodeRuneInString(s); strings.ContainsAny(s, "\t ") || !unicode.IsUpper(r) {
			return fmt.Errorf("want one capitalised name, no spaces or tabs")
		}
		set[Fold(s)] = true
		return nil
	})
	return newStrtab(slices.Sorted(maps.Keys(set))), err
}

// LoadWordList reads a dictionary in the format of the embedded default:
// one word a line, "WORD<TAB>TIER[<TAB>FLAGS]", where TIER is a frequency
// tier (SCOWL size: 10 most common … 95 rarest) and FLAGS may hold 'v' (an
// accepted variant, not suggested) and 'p' (a proper name). Lines starting
// with '#' are comments. The result has no house entries; [Merge] it with
// house lexicons.
func LoadWordList(r io.Reader, name string) (*Lexicon, error) {
	m, err := parseWords(r, name)
	if err != nil {
		return nil, err
	}
	return &Lexicon{dict: &dictionary{dictData: buildDictData([]map[string]packed{m}, nil)}}, nil
}

// A dictionary is one locale's column of a word list with frequency tiers.
type dictionary struct {
	*dictData
	col int
}

// dictData holds word lists of one or more locales in one set of tables.
// Per-locale tables are indexed by locale column.
type dictData struct {
	exact     strtab   // every spelling of any locale, sorted
	exactInfo []string // per locale: uint16 packed per exact spelling; 0 if the locale lacks it
	keys      *trie    // every folded spelling, sorted (the keys' indexes below)
	rev       *trie    // the same keys spelt backwards; its key indexes are those of keys
	foldInfo  []string // per locale: uint16 per key, the combined packed of its spellings
	form      []string // per locale: uint32 per key, 1 + exact index of the word to suggest (an ordinary word, else a common proper name), or 0
	freq      strtab   // lower-case words of a reference corpus, sorted
	freqCount string   // uint32 per freq word: its count
	names     strtab   // folded names of people and places that name lists know and the word lists leave out, sorted; may be empty

	counts countMemo // exactCount's answers
}

// A countMemo holds, per exact spelling, 1 + its count in the reference
// corpus once asked, or 0: the near-word searches ask for the counts of
// the same common words again and again, each a lower-casing and a
// search of the corpus' words.
type countMemo struct {
	once sync.Once
	n    []atomic.Uint32
}

// packed is a tier in the low byte and Flags above it.
type packed uint32

func pack(tier int, f Flags) packed { return packed(tier) | packed(f)<<8 }
func (p packed) info() Info         { return Info{Flags: Flags(p >> 8), Tier: int(p & 0xff)} }

func combine(a, b packed) packed {
	if a == 0 {
		return b
	}
	ta, tb := a&0xff, b&0xff
	t := ta
	if tb < ta {
		t = tb
	}
	return t | (a|b)&^0xff
}

func parseWords(r io.Reader, name string) (map[string]packed, error) {
	m := make(map[string]packed, 300000)
	err := eachLine(r, name, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) < 2 || f[0] == "" {
			return fmt.Errorf("want WORD<TAB>TIER[<TAB>FLAGS]")
		}
		tier, err := strconv.Atoi(f[1])
		if err != nil || tier <= 0 || tier > 255 {
			return fmt.Errorf("bad tier %q", f[1])
		}
		var fl Flags
		if len(f) > 2 {
			if strings.Contains(f[2], "v") {
				fl |= Variant
			}
			if strings.Contains(f[2], "p") {
				fl |= Proper
			}
		}
		if fl&Proper == 0 {
			fl |= Word
		}
		m[f[0]] = combine(m[f[0]], pack(tier, fl))
		return nil
	})
	return m, err
}

// buildDictData builds the tables of the word lists, one per locale
// column, and of the frequency list (which may be nil).
func buildDictData(lists []map[string]packed, freq map[string]uint32) *dictData {
	set := map[string]bool{}
	for _, m := range lists {
		for w := range m {
			set[w] = true
		}
	}
	words := slices.Sorted(maps.Keys(set))
	foldSet := map[string]bool{}
	for _, w := range words {
		foldSet[Fold(w)] = true
	}
	keys := slices.Sorted(maps.Keys(foldSet))
	keyIndex := make(map[string]int, len(keys))
	for i, k := range keys {
		keyIndex[k] = i
	}
	d := &dictData{exact: newStrtab(words)}
	d.exact.slots = hashSlots(d.exact)
	for _, m := range lists {
		info := make([]uint16, len(words))
		fold := make([]uint16, len(keys))
		best := make([]int, len(keys))   // 1 + index into words
		proper := make([]int, len(keys)) // the same for a common proper name
		for i, w := range words {
			p, ok := m[w]
			if !ok {
				continue
			}
			info[i] = uint16(p)
			k := keyIndex[Fold(w)]
			fold[k] = uint16(combine(packed(fold[k]), p))
			// Keep w in pick if it is better than the spelling pick holds.
			keep := func(pick []int) {
				if pick[k] == 0 || better(w, p, words[pick[k]-1], m[words[pick[k]-1]]) {
					pick[k] = i + 1
				}
			}
			if p.info().Flags&Word != 0 {
				keep(best)
			}
			if p.info().Flags&Proper != 0 && int(p&0xff) <= TierCommonProper {
				keep(proper)
			}
		}
		form := make([]uint32, len(keys))
		for k, b := range best {
			if b == 0 {
				b = proper[k] // British for brittish: no ordinary word is spelt so
			}
			form[k] = uint32(b)
		}
		d.exactInfo = append(d.exactInfo, u16s(info))
		d.foldInfo = append(d.foldInfo, u16s(fold))
		d.form = append(d.form, u32s(form))
	}
	d.keys = newTrie(keys)
	d.rev = newReverseTrie(keys)
	fw := slices.Sorted(maps.Keys(freq))
	counts := make([]uint32, len(fw))
	for i, w := range fw {
		counts[i] = freq[w]
	}
	d.freq, d.freqCount = newStrtab(fw), u32s(counts)
	return d
}

// sections returns the tables in the order decodeDictData reads them.
func (d *dictData) sections() []string {
	out := []string{d.exact.data, d.exact.off}
	out = append(out, d.exactInfo...)
	out = append(out, d.foldInfo...)
	out = append(out, d.form...)
	out = append(out, d.keys.sections()...)
	out = append(out, d.rev.sections()...)
	return append(out, d.freq.data, d.freq.off, d.freqCount, d.exact.slots)
}

func decodeDictData(secs []string, locales int) (*dictData, []string, error) {
	need := 2 + 3*locales + 2*trieSections + 4
	if len(secs) < need {
		return nil, nil, fmt.Errorf("%d sections, want at least %d", len(secs), need)
	}
	d := &dictData{exact: openStrtab(secs[0], secs[1])}
	secs = secs[2:]
	d.exactInfo, secs = secs[:locales], secs[locales:]
	d.foldInfo, secs = secs[:locales], secs[locales:]
	d.form, secs = secs[:locales], secs[locales:]
	d.keys, secs = trieOf(secs), secs[trieSections:]
	d.rev, secs = trieOf(secs), secs[trieSections:]
	d.freq, d.freqCount = openStrtab(secs[0], secs[1]), secs[2]
	d.exact.slots = secs[3]
	secs = secs[4:]
	if n := len(d.exact.slots) / 4; n&(n-1) != 0 || n < 2*d.exact.len() || len(d.exact.slots)%4 != 0 {
		return nil, nil, fmt.Errorf("hash index of %d bytes for %d spellings", len(d.exact.slots), d.exact.len())
	}
	for l := 0; l < locales; l++ {
		if len(d.exactInfo[l]) != 2*d.exact.len() || len(d.foldInfo[l]) != 2*d.keys.keyCount() || len(d.form[l]) != 4*d.keys.keyCount() {
			return nil, nil, fmt.Errorf("locale %d: tables of different lengths", l)
		}
	}
	return d, secs, nil
}

func (d *dictionary) lookup(s string) Info {
	i := d.exact.find(s)
	if i < 0 {
		return Info{}
	}
	return packed(le16(d.exactInfo[d.col], i)).info()
}

func (d *dictionary) lookupFold(k string) Info {
	i := d.keys.lookup(k)
	if i < 0 {
		return Info{}
	}
	return packed(le16(d.foldInfo[d.col], i)).info()
}

// KnownWord reports whether the dictionary lists spelling as it is and
// no house entry accepts, rejects or respells it: then [Lexicon.Lookup]
// would find it [Info.Known]. It answers the common case, an ordinary
// word, with one lookup; false means "ask Lookup", not "unknown".
func (l *Lexicon) KnownWord(spelling string) bool {
	if l.dict == nil {
		return false
	}
	d := l.derived()
	if l.houseInfo(d, &d.exact, spelling).outranks() {
		return false
	}
	return l.dict.lookup(spelling).Known()
}

// words returns every spelling of the dictionary's locale.
func (d *dictionary) words(yield func(string, Info) bool) {
	d.wordsIn(0, d.exact.len(), yield)
}

// capitalised returns the spellings of the dictionary's locale that may
// start with a capital letter: those whose first byte is A to Z or is not
// ASCII. The spellings are sorted by byte, so these are two runs of them,
// a third of the whole.
func (d *dictionary) capitalised(yield func(string, Info) bool) {
	if d.wordsIn(d.exact.lowerBound("A"), d.exact.lowerBound("["), yield) {
		d.wordsIn(d.exact.lowerBound("\x80"), d.exact.len(), yield)
	}
}

// wordsIn yields the spellings of the dictionary's locale from index lo
// of the exact table to hi, and reports whether yield asked for more.
func (d *dictionary) wordsIn(lo, hi int, yield func(string, Info) bool) bool {
	for i := lo; i < hi; i++ {
		if p := le16(d.exactInfo[d.col], i); p != 0 && !yield(d.exact.at(i), packed(p).info()) {
			return false
		}
	}
	return true
}

// better reports whether spelling a (info pa) is a better suggestion than b.
func better(a string, pa packed, b string, pb packed) bool {
	va, vb := Flags(pa>>8)&Variant != 0, Flags(pb>>8)&Variant != 0
	if va != vb {
		return vb
	}
	if ta, tb := pa&0xff, pb&0xff; ta != tb {
		return ta < tb
	}
	la, lb := isLower(a), isLower(b)
	if la != lb {
		return la
	}
	return a < b
}

func isLower(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// near returns the words within maxEdits of the folded key k.
//
// The walks of the trie are confined by the pigeonhole principle, so
// that none fans out near the root, where the trie is widest. Count the
// edits of an alignment of a word with the query by where the forward
// walk meets them (a transposition of letters j and j+1 at j+1, the
// reversed walk at j-1): a walk of the trie that allows b edits on the
// query's first half and a walk of the reversed trie that allows b on
// its second half together cover every alignment of up to 2b+1 edits.
// Two edits are split finer, at any t and s <= t+1: none on the first s-1
// letters, or at most one on the first t, or, walking back, none on the
// letters after t and at most one on those from s on. (An alignment in
// neither of the first two has spent one edit by letter s-1 and both by
// letter t, and the reversed walk counts what is left.) Walks may report
// a word with more edits than its distance, so each word keeps its least.
func (d *dictionary) near(k string, maxEdits int) []Candidate {
	q := []rune(k)
	n := len(q)
	var found []match
	var at map[int32]int // index in found by key, once found is long
	add := func(m match) {
		i := -1
		if at != nil {
			if j, ok := at[m.key]; ok {
				i = j
			}
		} else {
			i = slices.IndexFunc(found, func(f match) bool { return f.key == m.key })
		}
		if i >= 0 {
			found[i].dist = min(found[i].dist, m.dist)
			return
		}
		found = append(found, m)
		if at != nil || len(found) > 32 {
			if at == nil {
				at = make(map[int32]int, 2*len(found))
				for j, f := range found {
					at[f.key] = j
				}
			}
			at[m.key] = len(found) - 1
		}
	}
	if maxEdits < 1 || n < 4 || n/2 <= maxEdits/2 {
		d.keys.search(k, maxEdits, add)
	} else {
		rq := slices.Clone(q)
		slices.Reverse(rq)
		h, md := n/2, int8(maxEdits)
		// capped returns caps of b0 on the columns before to0, b1 on
		// those before to1, and md on the rest.
		capped := func(b0 int8, to0 int, b1 int8, to1 int) []int8 {
			caps := make([]int8, n+1)
			for j := range caps {
				switch {
				case j < to0:
					caps[j] = b0
				case j < to1:
					caps[j] = b1
				default:
					caps[j] = md
				}
			}
			return caps
		}
		if maxEdits == 2 {
			// Cut at t and s <= t+1 as measured fastest on the
			// benchmark's words and others.
			t := n - 3
			s := min(h+1, t+1)
			d.keys.searchCapped(q, capped(0, s, 0, s), add)
			d.keys.searchCapped(q, capped(1, t+1, 1, t+1), add)
			d.rev.searchCapped(rq, capped(0, n-t, 1, n-s+1), add)
		} else {
			b := md / 2
			d.keys.searchCapped(q, capped(b, h, b, h), add)
			d.rev.searchCapped(rq, capped(b, n-h+1, b, n-h+1), add)
		}
	}
	form := d.form[d.col]
	out := make([]Candidate, 0, len(found))
	for _, m := range found {
		f := int(le32(form, int(m.key)))
		if f == 0 {
			continue // no ordinary word or common proper name folds to this key in this locale
		}
		w := d.exact.at(f - 1)
		p := packed(le16(d.exactInfo[d.col], f-1))
		out = append(out, Candidate{Spelling: w, Distance: int(m.dist), Tier: int(p & 0xff), Flags: p.info().Flags, Count: d.exactCount(f-1, w)})
	}
	return out
}

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// exactCount returns count(strings.ToLower(w)) of the exact spelling w,
// whose index in d.exact is i, remembering it.
func (d *dictData) exactCount(i int, w string) int {
	d.counts.once.Do(func() { d.counts.n = make([]atomic.Uint32, d.exact.len()) })
	if c := d.counts.n[i].Load(); c != 0 {
		return int(c - 1)
	}
	c := d.count(strings.ToLower(w))
	if c < math.MaxUint32 {
		d.counts.n[i].Store(uint32(c + 1))
	}
	return c
}

// count returns how often the lower-case word w occurs in the reference corpus.
func (d *dictData) count(w string) int {
	i := d.freq.find(w)
	if i < 0 {
		return 0
	}
	return int(le32(d.freqCount, i))
}

func parseFreq(r io.Reader, name string) (map[string]uint32, error) {
	m := make(map[string]uint32, 60000)
	err := eachLine(r, name, func(line int, s string) error {
		w, c, ok := strings.Cut(s, "\t")
		n, err := strconv.ParseUint(c, 10, 32)
		if !ok || w == "" || err != nil {
			return fmt.Errorf("want WORD<TAB>COUNT")
		}
		m[w] = uint32(n)
		return nil
	})
	return m, err
}

// gazetteer maps the spellings of places to the places.
type gazetteer struct {
	spell     strtab // every place's spellings, place by place, its name first
	start     string // uint32 per place, and one more: index of its first spelling in spell
	exact     strtab // the distinct spellings, apostrophes normalised, sorted
	fold      strtab // the distinct folded spellings, sorted
	foldStart string // uint32 per folded spelling, and one more: index of its first place in ids
	ids       string // uint32 place indexes, ascending for each folded spelling
	pop       string // uint32 per place: its population, 0 where GeoNames gives none
}

func parseGazetteer(r io.Reader, name string) (*gazetteer, error) {
	var spell []string
	var start, pop []uint32
	exact := map[string]bool{}
	byFold := map[string][]uint32{}
	err := eachLine(r, name, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 4 || f[0] == "" {
			return fmt.Errorf("want NAME<TAB>POPULATION<TAB>COUNTRY<TAB>ALTERNATES")
		}
		n, err := strconv.ParseUint(cmp.Or(f[1], "0"), 10, 32)
		if err != nil {
			return fmt.Errorf("population %q: want a whole number", f[1])
		}
		id := uint32(len(start))
		start = append(start, uint32(len(spell)))
		pop = append(pop, uint32(n))
		all := []string{f[0]}
		if f[3] != "" {
			all = append(all, strings.Split(f[3], "|")...)
		}
		for _, a := range all {
			spell = append(spell, a)
			a = NormApostrophes(a)
			exact[a] = true
			k := Fold(a)
			if ids := byFold[k]; len(ids) == 0 || ids[len(ids)-1] != id {
				byFold[k] = append(ids, id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	start = append(start, uint32(len(spell)))
	folds := slices.Sorted(maps.Keys(byFold))
	var foldStart, ids []uint32
	for _, k := range folds {
		foldStart = append(foldStart, uint32(len(ids)))
		ids = append(ids, byFold[k]...)
	}
	foldStart = append(foldStart, uint32(len(ids)))
	return &gazetteer{spell: newStrtab(spell), start: u32s(start), exact: newStrtab(slices.Sorted(maps.Keys(exact))),
		fold: newStrtab(folds), foldStart: u32s(foldStart), ids: u32s(ids), pop: u32s(pop)}, nil
}

func (g *gazetteer) sections() []string {
	return []string{g.spell.data, g.spell.off, g.start, g.exact.data, g.exact.off, g.fold.data, g.fold.off, g.foldStart, g.ids, g.pop}
}

func decodeGazetteer(secs []string) (*gazetteer, []string, error) {
	if len(secs) < 10 {
		return nil, nil, fmt.Errorf("gazetteer: %d sections, want 10", len(secs))
	}
	g := &gazetteer{spell: openStrtab(secs[0], secs[1]), start: secs[2], exact: openStrtab(secs[3], secs[4]),
		fold: openStrtab(secs[5], secs[6]), foldStart: secs[7], ids: secs[8], pop: secs[9]}
	if len(g.start) < 4 || len(g.pop) != len(g.start)-4 {
		return nil, nil, fmt.Errorf("gazetteer: %d bytes of populations for %d places", len(g.pop), len(g.start)/4-1)
	}
	return g, secs[10:], nil
}

// placeSpan returns the span of ids that holds the places the folded
// spelling k names: place(j) for j from lo to hi.
func (g *gazetteer) placeSpan(k string) (lo, hi int) {
	i := g.fold.find(k)
	if i < 0 {
		return 0, 0
	}
	return int(le32(g.foldStart, i)), int(le32(g.foldStart, i+1))
}

// place returns the place at j of ids.
func (g *gazetteer) place(j int) int32 { return int32(le32(g.ids, j)) }

func (g *gazetteer) places(k string) []int32 {
	lo, hi := g.placeSpan(k)
	if lo == hi {
		return nil
	}
	out := make([]int32, hi-lo)
	for j := range out {
		out[j] = g.place(lo + j)
	}
	return out
}

func (g *gazetteer) hasExact(s string) bool { return g.exact.find(s) >= 0 }

// hasPlaces reports whether places(k) has any, without making the list.
func (g *gazetteer) hasPlaces(k string) bool {
	lo, hi := g.placeSpan(k)
	return hi > lo
}

// population returns the population of the place id.
func (g *gazetteer) population(id int32) int { return int(le32(g.pop, int(id))) }

// name returns the first spelling of place id: its main name.
func (g *gazetteer) name(id int32) string {
	return g.spell.at(int(le32(g.start, int(id))))
}

func (g *gazetteer) spellings(id int32) []string {
	lo, hi := int(le32(g.start, int(id))), int(le32(g.start, int(id)+1))
	out := make([]string, hi-lo)
	for j := range out {
		out[j] = g.spell.at(lo + j)
	}
	return out
}

// eachLine calls fn for each line of r that is not blank or a '#' comment,
// and wraps its errors with the file and line.
func eachLine(r io.Reader, name string, fn func(line int, s string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		b := sc.Bytes()
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		if !utf8.Valid(b) {
			return &ParseError{File: name, Line: n, Msg: "invalid UTF-8"}
		}
		if err := fn(n, string(bytes.TrimRight(b, "\r"))); err != nil {
			return &ParseError{File: name, Line: n, Msg: err.Error()}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}
