// Package newstext generates English text shaped like news copy, for
// benchmarks: words drawn from a frequency list in proportion to their
// counts, sentences and paragraphs, a fixed cast of people and places,
// numbers, quotations, and optionally typing errors. The same seed gives
// the same text.
package newstext

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// A Vocab is a list of words with the odds of drawing each.
type Vocab struct {
	words []string
	cum   []float64 // cumulative weights
}

// ReadVocab reads "WORD<TAB>COUNT" lines (gzip-compressed if the name ends
// in .gz; '#' lines are comments) and keeps the n most frequent words of
// letters only.
func ReadVocab(name string, n int) (*Vocab, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r = z
	}
	type wc struct {
		w string
		c float64
	}
	var all []wc
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		w, c, ok := strings.Cut(s, "\t")
		n, err := strconv.ParseFloat(c, 64)
		if !ok || err != nil {
			return nil, fmt.Errorf("%s:%d: want WORD<TAB>COUNT", name, line)
		}
		if keep(w) {
			all = append(all, wc{w, n})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].c > all[j].c })
	if len(all) > n {
		all = all[:n]
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: no words", name)
	}
	v := &Vocab{}
	sum := 0.0
	for _, x := range all {
		sum += x.c
		v.words = append(v.words, x.w)
		v.cum = append(v.cum, sum)
	}
	return v, nil
}

// keep reports whether a word of the list is a word of prose: letters
// only, not a single letter other than a and I, not a piece of a
// contraction that a subtitle corpus splits off (don, ll, ve).
func keep(w string) bool {
	if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	switch w {
	case "", "ll", "re", "ve", "don", "didn", "doesn", "isn", "wasn", "couldn", "wouldn", "shouldn", "aren", "haven", "hasn", "ain", "weren":
		return false
	}
	return len(w) > 1 || w == "a" || w == "i"
}

func (v *Vocab) draw(rng *rand.Rand) string {
	x := rng.Float64() * v.cum[len(v.cum)-1]
	return v.words[sort.SearchFloat64s(v.cum, x)]
}

// Options shape the text.
type Options struct {
	Seed  int64
	Bytes int // stop after about this many bytes
	// Typos is the share of words of four letters or more that get one
	// typing error (a letter dropped, doubled, replaced or swapped with
	// the next); 0 for clean text.
	Typos float64
	// Names is the share of words that are a person or place of the cast.
	// 0 means 0.06.
	Names float64
}

var syllables = []string{"ba", "ko", "ri", "ta", "men", "lor", "sa", "vi", "dan", "el", "mar", "tu", "zo", "ha", "nik", "ov", "ra", "sel", "an", "gu", "pe", "dro", "lin", "kar", "mo", "ves", "ul", "ja", "fe", "ton",
	"bek", "qui", "wen", "sho", "ix", "dra", "pol", "gri", "nau", "tsu", "yev", "ald", "ome", "cza", "fin", "hul", "brie", "kwa"}

// far reports whether s is at least three edits from each of others, so
// that the cast holds no two spellings of one name.
func far(s string, others []string) bool {
	for _, o := range others {
		if levenshtein.ComputeDistance(s, o) < 3 {
			return false
		}
	}
	return true
}

// makeCast returns the 400 people and places of a text: a surname alone,
// or a first name and a surname, each name three edits or more from the
// others.
func makeCast(rng *rand.Rand) []string {
	cast := make([]string, 400)
	var seen []string
	distinct := func() string {
		s := name(rng, syllables)
		for !far(s, seen) {
			s = name(rng, syllables)
		}
		seen = append(seen, s)
		return s
	}
	for i := range cast {
		cast[i] = distinct()
		if i%3 != 0 {
			cast[i] = distinct() + " " + cast[i]
		}
	}
	return cast
}

// otherSyllables make the house names that are not in a text's cast: no
// syllable is one of the cast's, so that they are seldom one or two edits
// from a name the text uses.
var otherSyllables = []string{"chu", "ew", "ig", "oy", "ump", "stey", "phi", "ux", "arth", "ee", "gho", "ay", "ick", "irb", "oz", "ent",
	"isk", "orf", "utt", "eph", "yam", "cly", "bwe", "ost", "ach", "ipp", "ung", "ey", "thr", "oss", "wy", "scu"}

func name(rng *rand.Rand, syllables []string) string {
	var b strings.Builder
	for i := 0; i < 2+rng.Intn(2); i++ {
		b.WriteString(syllables[rng.Intn(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// Write writes the text to w.
func Write(w io.Writer, v *Vocab, o Options) error {
	rng := rand.New(rand.NewSource(o.Seed))
	if o.Names == 0 {
		o.Names = 0.06
	}
	cast := makeCast(rng)
	bw := bufio.NewWriter(w)
	n := 0
	var sb strings.Builder
	for n < o.Bytes {
		sb.Reset()
		for s := 0; s < 3+rng.Intn(4); s++ {
			if s > 0 {
				sb.WriteByte(' ')
			}
			sentence(&sb, rng, v, cast, o)
		}
		sb.WriteString("\n\n")
		k, err := bw.WriteString(sb.String())
		if err != nil {
			return err
		}
		n += k
	}
	return bw.Flush()
}

func sentence(sb *strings.Builder, rng *rand.Rand, v *Vocab, cast []string, o Options) {
	quote := rng.Intn(8) == 0
	if quote {
		sb.WriteString("“")
	}
	words := 8 + rng.Intn(22)
	for i := 0; i < words; i++ {
		if i > 0 {
			if rng.Intn(9) == 0 {
				sb.WriteByte(',')
			}
			sb.WriteByte(' ')
		}
		var w string
		switch x := rng.Float64(); {
		case x < o.Names:
			w = cast[int(float64(len(cast))*rng.Float64()*rng.Float64())] // a few people are in most stories
		case x < o.Names+0.01:
			w = strconv.Itoa(rng.Intn(2030))
		default:
			w = v.draw(rng)
			if o.Typos > 0 && utf8.RuneCountInString(w) >= 4 && rng.Float64() < o.Typos {
				w = typo(rng, w)
			}
		}
		if i == 0 {
			r, size := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[size:]
		}
		sb.WriteString(w)
	}
	sb.WriteByte('.')
	if quote {
		sb.WriteString("” ")
		sb.WriteString(cast[rng.Intn(len(cast))])
		sb.WriteString(" said.")
	}
}

func typo(rng *rand.Rand, w string) string {
	r := []rune(w)
	i := 1 + rng.Intn(len(r)-2)
	switch rng.Intn(4) {
	case 0:
		r = append(r[:i], r[i+1:]...)
	case 1:
		r = append(r[:i+1], r[i:]...)
	case 2:
		r[i] = rune('a' + rng.Intn(26))
	default:
		r[i], r[i+1] = r[i+1], r[i]
	}
	return string(r)
}

// WriteLexicon writes a house lexicon of n names, one entry a line, as a
// newsroom's would be for the text [Write] makes with the same seed: the
// text's cast, spelled as the text spells it, and generated names
// ("Firstname Surname") from other syllables to make up n. Most names in
// the text are then the house's own spellings, and few are one or two
// edits from another house name.
func WriteLexicon(w io.Writer, seed int64, n int) error {
	cast := makeCast(rand.New(rand.NewSource(seed)))
	return writeNames(w, rand.New(rand.NewSource(seed)), n, cast, otherSyllables)
}

// WriteDenseLexicon writes a house lexicon of n generated names
// ("Firstname Surname") made of the syllables of the text's cast, and not
// the cast itself: with 200,000 of them, nearly every name the text uses
// is one or two edits from a house name, and is flagged. It measures the
// worst case: a check that reports a name in every few sentences.
func WriteDenseLexicon(w io.Writer, seed int64, n int) error {
	return writeNames(w, rand.New(rand.NewSource(seed)), n, nil, syllables)
}

// writeNames writes the entries first, then generated names from the
// syllables until there are n lines, each line once.
func writeNames(w io.Writer, rng *rand.Rand, n int, entries, syllables []string) error {
	bw := bufio.NewWriter(w)
	seen := make(map[string]bool, n)
	add := func(s string) error {
		if seen[s] || len(seen) >= n {
			return nil
		}
		seen[s] = true
		_, err := bw.WriteString(s + "\n")
		return err
	}
	for _, s := range entries {
		if err := add(s); err != nil {
			return err
		}
	}
	for len(seen) < n {
		if err := add(name(rng, syllables) + " " + name(rng, syllables) + name(rng, syllables)); err != nil {
			return err
		}
	}
	return bw.Flush()
}
