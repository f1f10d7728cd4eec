package harvest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// Options configure a [Harvester]. The zero value is ready to use.
type Options struct {
	// MinCount is the fewest uses for a name to be listed, and for a
	// spelling to be taken as the majority spelling of a group. 0 means 3.
	MinCount int
	// Examples is the most example locations kept for each spelling
	// (the first ones by file name and line). 0 means 3.
	Examples int
}

// maxPhraseWords is the longest several-word name counted.
const maxPhraseWords = 4

// A Harvester counts the names of the documents given to [Harvester.Add].
// It is safe for concurrent use by multiple goroutines; call
// [Harvester.Draft] once every Add has returned.
type Harvester struct {
	known *lexicon.Lexicon
	opts  Options

	nameCache sync.Map // word -> its nameKind

	mu      sync.Mutex
	docs    int
	words   map[string]*tally // spelling as written -> uses
	phrases map[string]*tally
	skipped []Skipped
}

// Skipped is a file a harvest did not read as an article, and why.
type Skipped struct {
	File string
	Why  string
}

// A tally counts the uses of one spelling.
type tally struct {
	n    int     // uses
	mid  int     // uses not at a sentence start
	ex   []loc   // first locations by (file, line), at most Options.Examples
	docs []int32 // the documents that use it, by number of Add (words only)
}

type loc struct {
	file string
	line int
}

func (a loc) less(b loc) bool {
	return a.file < b.file || a.file == b.file && a.line < b.line
}

// New returns a harvester that leaves out what known knows (usually the
// embedded default, [lexicon.Default]) from its list of names.
func New(known *lexicon.Lexicon, opts Options) *Harvester {
	if opts.MinCount <= 0 {
		opts.MinCount = 3
	}
	if opts.Examples <= 0 {
		opts.Examples = 3
	}
	return &Harvester{known: known, opts: opts, words: map[string]*tally{}, phrases: map[string]*tally{}}
}

// Add counts the names of d: its capitalised words that are not ordinary
// dictionary words, and runs of two to four of them separated by blanks
// only (Kurmanbek Bakiyev). d.Prose, when set, says what is prose.
func (h *Harvester) Add(d spell.Document) {
	text := d.Src
	if d.Prose != nil && len(d.Prose) == len(d.Src) {
		text = d.Prose
	}
	words := map[string]*tally{}
	phrases := map[string]*tally{}
	count := func(m map[string]*tally, s string, line int, start bool) {
		t := m[s]
		if t == nil {
			t = &tally{ex: []loc{{d.Name, line}}}
			m[s] = t
		}
		t.n++
		if !start {
			t.mid++
		}
	}
	var run []spell.Word
	flush := func() {
		if len(run) >= 2 && len(run) <= maxPhraseWords {
			parts := make([]string, len(run))
			for i, w := range run {
				parts[i] = w.Text
			}
			count(phrases, strings.Join(parts, " "), run[0].Pos.Line, run[0].SentenceStart)
		}
		run = run[:0]
	}
	for w := range spell.Words(d) {
		kind := h.nameKind(w.Text)
		if kind != name {
			flush()
			if kind == knownName {
				count(words, w.Text, w.Pos.Line, w.SentenceStart)
			}
			continue
		}
		if len(run) > 0 && !blank(text[run[len(run)-1].End.Offset:w.Pos.Offset]) {
			flush()
		}
		run = append(run, w)
		count(words, w.Text, w.Pos.Line, w.SentenceStart)
	}
	flush()

	h.mu.Lock()
	defer h.mu.Unlock()
	for _, t := range words {
		t.docs = []int32{int32(h.docs)}
	}
	h.docs++
	h.merge(h.words, words)
	h.merge(h.phrases, phrases)
}

func (h *Harvester) merge(into, from map[string]*tally) {
	for s, t := range from {
		g := into[s]
		if g == nil {
			into[s] = t
			continue
		}
		g.n += t.n
		g.mid += t.mid
		g.ex = addExamples(g.ex, t.ex, h.opts.Examples)
		g.docs = append(g.docs, t.docs...)
	}
}

// Skip records that the file was not read as an article of the archive,
// and why (a lexicon, a harvest report); the report lists it.
func (h *Harvester) Skip(file, why string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.skipped = append(h.skipped, Skipped{file, why})
}

// addExamples merges the sorted location lists a and b, keeping the first max.
func addExamples(a, b []loc, max int) []loc {
	for _, l := range b {
		i, _ := slices.BinarySearchFunc(a, l, func(x, y loc) int {
			if x.less(y) {
				return -1
			}
			if y.less(x) {
				return 1
			}
			return 0
		})
		if i >= max {
			continue
		}
		a = slices.Insert(a, i, l)
		if len(a) > max {
			a = a[:max]
		}
	}
	return a
}

// blank reports whether b holds only spaces and tabs (no line break, no
// punctuation): the words on either side of it are one name.
func blank(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
		b = b[n:]
	}
	return true
}

// What a capitalised word is to a harvest.
const (
	notName   = iota
	knownName // a name that is also a word the default knows (Manchester, Williams): counted, so that it heads its slips, but no part of a several-word name
	name      // a name, counted alone and in several-word names
)

// nameKind says whether w, as written, may be a name: it starts with a
// capital, is not all capitals, has a vowel (Mr and St are not names), is
// not a contraction (I'm, He'll) nor a compound with a word in lower case
// (US-based), and is not an ordinary dictionary word (The, May), unless
// its lower case is no everyday word (Manchester, China, Williams, Yukos;
// not March, South, Brown).
func (h *Harvester) nameKind(w string) int {
	if v, ok := h.nameCache.Load(w); ok {
		return v.(int)
	}
	kind := notName
	if looksLikeName(w) && !h.wordCompound(w) {
		f := h.known.LookupFold(w).Flags
		lower := h.known.Lookup(strings.ToLower(w))
		switch {
		case f&lexicon.Word == 0:
			kind = name
		case !(lower.Flags&lexicon.Word != 0 && lower.Tier <= lexicon.TierEveryday):
			kind = knownName
		}
	}
	h.nameCache.Store(w, kind)
	return kind
}

// wordCompound reports whether w joins a part in lower case that the
// dictionary knows as a word (US-based, Anglo-style): a word, not a name
// (Jalal-abad is a name).
func (h *Harvester) wordCompound(w string) bool {
	for _, part := range strings.Split(w, "-")[1:] {
		r, _ := utf8.DecodeRuneInString(part)
		if unicode.IsLower(r) && h.known.Lookup(part).Flags&lexicon.Word != 0 {
			return true
		}
	}
	return false
}

// contractions are the endings after an apostrophe that make a word a
// contraction rather than a name (I'm, We've, Didn't); a name's part after
// an apostrophe starts with a capital (O'Leary, D'Arcy).
var contractions = []string{"m", "d", "s", "t", "ll", "re", "ve"}

func looksLikeName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || !strings.ContainsFunc(w, unicode.IsLower) {
		return false
	}
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		if slices.Contains(contractions, w[i+n:]) {
			return false
		}
	}

	f := lexicon.Fold(w)
	return strings.ContainsAny(f, "aeiouy") || strings.ContainsFunc(f, func(r rune) bool { return r >= 0x250 && unicode.IsLetter(r) })
}

// byCount orders spellings most used first, then by folded form and text.
func byCount(a, b *Spelling) int {
	return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(lexicon.Fold(a.Text), lexicon.Fold(b.Text)), cmp.Compare(a.Text, b.Text))
}
