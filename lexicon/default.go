package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The embedded default: a word list per locale and a gazetteer, generated
// by scripts/gen-default.sh from packaged sources (see data/README.md for
// the sources, licences and credits).
//
//go:embed data/*.tsv.gz
var dataFS embed.FS

// Locales lists the locales [Default] knows, the default first.
var Locales = []string{"en-GB", "en-US"}

var defaults sync.Map // locale -> *defaultOnce

type defaultOnce struct {
	once sync.Once
	lex  *Lexicon
	err  error
}

// Default returns the embedded default lexicon for locale ("en-GB" or
// "en-US"; "" means "en-GB"): an English dictionary and a gazetteer of
// place names. It is parsed once, on first use, and shared.
func Default(locale string) (*Lexicon, error) {
	if locale == "" {
		locale = Locales[0]
	}
	known := false
	for _, l := range Locales {
		known = known || l == locale
	}
	if !known {
		return nil, fmt.Errorf("unknown locale %q (known: %s)", locale, strings.Join(Locales, ", "))
	}
	v, _ := defaults.LoadOrStore(locale, &defaultOnce{})
	d := v.(*defaultOnce)
	d.once.Do(func() { d.lex, d.err = loadDefault(locale) })
	return d.lex, d.err
}

func loadDefault(locale string) (*Lexicon, error) {
	wf := "data/words-" + locale + ".tsv.gz"
	dict, err := readGzip(wf, parseWords)
	if err != nil {
		return nil, err
	}
	gaz, err := readGzip("data/gazetteer.tsv.gz", parseGazetteer)
	if err != nil {
		return nil, err
	}
	dict.freq, err = readGzip("data/freq-en.tsv.gz", parseFreq)
	if err != nil {
		return nil, err
	}
	return &Lexicon{dict: dict, gaz: gaz}, nil
}

func readGzip[T any](name string, parse func(r io.Reader, name string) (T, error)) (T, error) {
	var zero T
	f, err := dataFS.Open(name)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", name, err)
	}
	return parse(z, name)
}

// LoadWordList reads a dictionary in the format of the embedded default:
// one word a line, "WORD<TAB>TIER[<TAB>FLAGS]", where TIER is a frequency
// tier (SCOWL size: 10 most common … 95 rarest) and FLAGS may hold 'v' (an
// accepted variant, not suggested) and 'p' (a proper name). Lines starting
// with '#' are comments. The result has no house entries; [Merge] it with
// house lexicons.
func LoadWordList(r io.Reader, name string) (*Lexicon, error) {
	d, err := parseWords(r, name)
	if err != nil {
		return nil, err
	}
	return &Lexicon{dict: d}, nil
}

// dictionary is a word list with frequency tiers.
type dictionary struct {
	exact map[string]packed // spelling as listed -> info
	fold  map[string]packed // folded spelling -> combined info
	freq  map[string]uint32 // lower-case word -> count in a corpus; may be nil

	once  sync.Once
	words *trie    // folded forms of ordinary words
	forms []string // per words key: the spelling to suggest
	tiers []uint8  // per words key: its tier
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

func parseWords(r io.Reader, name string) (*dictionary, error) {
	d := &dictionary{exact: make(map[string]packed, 300000), fold: make(map[string]packed, 300000)}
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
		p := pack(tier, fl)
		d.exact[f[0]] = combine(d.exact[f[0]], p)
		k := Fold(f[0])
		d.fold[k] = combine(d.fold[k], p)
		return nil
	})
	return d, err
}

func (d *dictionary) lookup(s string) Info {
	return d.exact[s].info()
}

func (d *dictionary) lookupFold(k string) Info {
	return d.fold[k].info()
}

func (d *dictionary) index() {
	d.once.Do(func() {
		best := map[string]string{}
		for w, p := range d.exact {
			info := p.info()
			if info.Flags&Word == 0 {
				continue
			}
			k := Fold(w)
			if o, ok := best[k]; !ok || better(w, p, o, d.exact[o]) {
				best[k] = w
			}
		}
		keys := make([]string, 0, len(best))
		for k := range best {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		d.words = newTrie(keys)
		d.forms = make([]string, len(keys))
		d.tiers = make([]uint8, len(keys))
		for i, k := range keys {
			d.forms[i] = best[k]
			d.tiers[i] = uint8(d.exact[best[k]] & 0xff)
		}
	})
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

func (d *dictionary) near(k string, maxEdits int) []Candidate {
	d.index()
	var out []Candidate
	d.words.search(k, maxEdits, func(m match) {
		w := d.forms[m.key]
		out = append(out, Candidate{Spelling: w, Distance: int(m.dist), Tier: int(d.tiers[m.key]), Flags: d.exact[w].info().Flags, Count: int(d.freq[strings.ToLower(w)])})
	})
	return out
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
	names  []string   // preferred name of each place
	alts   [][]string // other spellings of each place
	byFold map[string][]int32
	exact  map[string]struct{}
}

func parseGazetteer(r io.Reader, name string) (*gazetteer, error) {
	g := &gazetteer{byFold: make(map[string][]int32, 200000), exact: make(map[string]struct{}, 200000)}
	err := eachLine(r, name, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 4 || f[0] == "" {
			return fmt.Errorf("want NAME<TAB>POPULATION<TAB>COUNTRY<TAB>ALTERNATES")
		}
		id := int32(len(g.names))
		g.names = append(g.names, f[0])
		var alts []string
		if f[3] != "" {
			alts = strings.Split(f[3], "|")
		}
		g.alts = append(g.alts, alts)
		g.add(f[0], id)
		for _, a := range alts {
			g.add(a, id)
		}
		return nil
	})
	return g, err
}

func (g *gazetteer) add(s string, id int32) {
	s = NormApostrophes(s)
	g.exact[s] = struct{}{}
	k := Fold(s)
	ids := g.byFold[k]
	if n := len(ids); n > 0 && ids[n-1] == id {
		return
	}
	g.byFold[k] = append(ids, id)
}

func (g *gazetteer) places(k string) []int32 { return g.byFold[k] }

func (g *gazetteer) hasExact(s string) bool {
	_, ok := g.exact[s]
	return ok
}

func (g *gazetteer) spellings(id int32) []string {
	return append([]string{g.names[id]}, g.alts[id]...)
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
