package spell

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/agnivade/levenshtein"

	"github.com/lexcheck/lexcheck/internal/benchtext"
	"github.com/lexcheck/lexcheck/internal/newstext"
	"github.com/lexcheck/lexcheck/lexicon"
)

// benchText returns the seed article repeated to about n bytes, and a
// clean version with its six errors corrected.
func benchText(b *testing.B, n int) (dirty, clean []byte) {
	src, err := os.ReadFile("testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	fix := strings.NewReplacer("Bakivev", "Bakiyev", "bakivev", "Bakiyev", "oppenents", "opponents",
		"destabalisation", "destabilisation", "Jala'abad", "Jalal'abad")
	d := strings.Repeat(string(src)+"\n", n/len(src)+1)
	return []byte(d), []byte(fix.Replace(d))
}

// newsText returns about n bytes of generated news-like text (package
// newstext), with the given share of typing errors: for what only
// generated text can do, a house lexicon of the 200,000 names it uses.
func newsText(b *testing.B, n int, typos float64) []byte {
	b.Helper()
	v, err := newstext.ReadVocab("../lexicon/data/freq-en.tsv.gz", 30000)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := newstext.Write(&buf, v, newstext.Options{Seed: 1, Bytes: n, Typos: typos}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkCheck checks real news on the embedded default: the Reuters
// articles joined into one text (package benchtext; skipped without
// them), with a new checker each run as a command has, in en-GB and
// en-US, and with the verdicts cached as a server has them.
func BenchmarkCheck(b *testing.B) {
	src := benchtext.Joined(b)
	for _, locale := range []string{"en-GB", "en-US"} {
		lex, err := lexicon.Default(locale)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("reuters-"+locale, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				NewChecker(lex, Options{}).Check("", src)
			}
		})
	}
	b.Run("reuters-cached", func(b *testing.B) {
		c := defaultChecker(b, nil)
		c.Check("", src)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			c.Check("", src)
		}
	})
}

// BenchmarkCheckArticles checks the Reuters articles one document each, as
// a repository of one article a file is checked: with a new checker each
// run, as a command has, and with every verdict cached ("cached"), which
// leaves what each document costs on its own (its tables, the verdict
// cache's front, its near-word searches' ranking). Allocations and time are also given per article.
func BenchmarkCheckArticles(b *testing.B) {
	as := benchtext.Articles(b)
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, a := range as {
		size += len(a.Text)
	}
	perArticle := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as)), "ns/article")
	}
	b.Run("new", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			c := NewChecker(lex, Options{})
			for _, a := range as {
				c.Check(a.Name, a.Text)
			}
		}
		perArticle(b)
	})
	b.Run("cached", func(b *testing.B) {
		c := NewChecker(lex, Options{MaxCachedWords: 1 << 20}) // every word's verdict kept

		for _, a := range as {
			c.Check(a.Name, a.Text)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range as {
				c.Check(a.Name, a.Text)
			}
		}
		perArticle(b)
	})
}

// BenchmarkCheckSeed checks the seed article repeated to 1 MB, clean and
// with its errors, and Cyrillic text.
func BenchmarkCheckSeed(b *testing.B) {
	c := defaultChecker(b, nil)
	dirty, clean := benchText(b, 1<<20)
	cyr := []byte(strings.Repeat("Курманбек Бакиев покинул Бишкек и уехал в Жалал-Абад, где его поддерживают. ", 1<<20/140))
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"seed-clean", clean}, {"seed-dirty", dirty}, {"cyrillic", cyr}} {
		b.Run(bc.name, func(b *testing.B) {
			c.Check("", bc.src) // warm the verdict cache, as a long run would
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			for b.Loop() {
				c.Check("", bc.src)
			}
		})
	}
}

// BenchmarkTokenize is the floor: splitting the Reuters articles joined
// into words, nothing looked up.
func BenchmarkTokenize(b *testing.B) {
	src := benchtext.Joined(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tokenize(src)
	}
}

// BenchmarkLookupFloor is the simplest checker there is, to measure the
// others against: the Reuters articles joined, split into runs of ASCII
// letters and apostrophes, each run lower-cased and looked up in a Go map
// of the dictionary's words, nothing judged, searched or reported (the
// map is built before the clock starts). Its MB/s bound what any checker
// that looks every word up can reach on this text.
func BenchmarkLookupFloor(b *testing.B) {
	src := benchtext.Joined(b)
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		b.Fatal(err)
	}
	known := map[string]bool{}
	for w := range lex.Words() {
		known[strings.ToLower(w)] = true
	}
	letter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '\'' }
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var word []byte
	unknown := 0
	for b.Loop() {
		unknown = 0
		for i := 0; i < len(src); {
			if !letter(src[i]) {
				i++
				continue
			}
			word = word[:0]
			for ; i < len(src) && letter(src[i]); i++ {
				word = append(word, src[i]|0x20)
			}
			if !known[string(word)] {
				unknown++
			}
		}
	}
	b.ReportMetric(float64(unknown), "unknown")
}

// BenchmarkTokenizeArticles tokenizes the Reuters articles one at a time,
// as a check of a directory does, keeping no tokens: what a document's
// word table costs beside its words.
func BenchmarkTokenizeArticles(b *testing.B) {
	as := benchtext.Articles(b)
	size := 0
	for _, a := range as {
		size += len(a.Text)
	}
	none := func(string, uint64, uint64) bool { return false }
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			tokenizeKept(a.Text, none)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as)), "ns/article")
}

// BenchmarkNearWords compares the index lookup of near dictionary words
// with the simple way, a Levenshtein distance to every dictionary word, on
// the same misspelled words.
func BenchmarkNearWords(b *testing.B) {
	lex, err := lexicon.Default("en-GB")
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"oppenents", "destabalisation", "goverment", "acheive", "definately", "resutls", "boaut", "intrest"}
	lex.NearWords("warm", 2)
	// MB/s is of the dictionary searched, once per misspelling: what the
	// simple way reads, and what the index answers for; their ratio is
	// the speed-up.
	all := dictionaryWords(b)
	size := 0
	for _, d := range all {
		size += len(d) * len(words)
	}
	b.Run("index", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				lex.NearWords(w, 2)
			}
		}
	})
	b.Run("brute-force", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, w := range words {
				for _, d := range all {
					if levenshtein.ComputeDistance(w, d) <= 2 {
						_ = d
					}
				}
			}
		}
	})
}

// dictionaryWords lists the lower-case words of the en-GB default.
func dictionaryWords(b *testing.B) []string {
	lex, _ := lexicon.Default("en-GB")
	var out []string
	for w := range lex.Words() {
		if strings.ToLower(w) == w {
			out = append(out, w)
		}
	}
	if len(out) < 100000 {
		b.Fatalf("only %d words", len(out))
	}
	return out
}

// BenchmarkHouseLexicon measures a house lexicon of 200,000 names merged
// with the default: loading it and answering the first lookup (which
// builds its indexes), and checking generated news text (package
// newstext, whose cast of names a generated lexicon can hold) with it.
// The lexicon holds the names the text uses and
// generated others; check-near-names checks the same text against 200,000
// names one or two edits from nearly every name it uses (the worst case).
func BenchmarkHouseLexicon(b *testing.B) {
	var names, near bytes.Buffer
	if err := newstext.WriteLexicon(&names, 1, 200000); err != nil {
		b.Fatal(err)
	}
	if err := newstext.WriteDenseLexicon(&near, 1, 200000); err != nil {
		b.Fatal(err)
	}
	d, err := lexicon.Default("en-GB")
	if err != nil {
		b.Fatal(err)
	}
	// What a run pays before its first word: parse and merge, then the
	// lookup maps. The near-name and transliteration indexes are built on
	// the first unknown name only.
	open := func() *lexicon.Lexicon {
		h, err := lexicon.Load(bytes.NewReader(names.Bytes()), "names.txt")
		if err != nil {
			b.Fatal(err)
		}
		l := lexicon.Merge(h, d)
		l.Lookup("Kabul")
		return l
	}
	load := func() *lexicon.Lexicon {
		l := open()
		l.NearNames("Kabull", 1)
		l.TranslitNames("Qabul")
		return l
	}
	b.Run("load", func(b *testing.B) {
		b.SetBytes(int64(names.Len()))
		b.ReportAllocs()
		for b.Loop() {
			open()
		}
	})
	b.Run("load-index", func(b *testing.B) {
		b.SetBytes(int64(names.Len()))
		b.ReportAllocs()
		for b.Loop() {
			load()
		}
	})
	check := func(b *testing.B, lex *lexicon.Lexicon) {
		c := NewChecker(lex, Options{})
		src := newsText(b, 4<<20, 0)
		c.Check("", src)
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			c.Check("", src)
		}
	}
	b.Run("check-news", func(b *testing.B) { check(b, load()) })
	b.Run("check-near-names", func(b *testing.B) {
		h, err := lexicon.Load(bytes.NewReader(near.Bytes()), "near.txt")
		if err != nil {
			b.Fatal(err)
		}
		check(b, lexicon.Merge(h, d))
	})
}

// BenchmarkVerdictLookup looks up the verdicts on the words of the Reuters
// articles (split at spaces, 200,000 of them), all judged before, through
// a document's front cache and, the plain way, the shared cache alone.
// MB/s is of the words looked up.
func BenchmarkVerdictLookup(b *testing.B) {
	ws := strings.Fields(string(benchtext.Joined(b)))
	ws = ws[:min(len(ws), 200000)]
	size := 0
	for _, w := range ws {
		size += len(w)
	}
	c := defaultChecker(b, nil)
	for _, w := range ws {
		c.verdict(w)
	}
	b.Run("front", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			f := c.verdicts.front()
			for _, w := range ws {
				c.verdicts.getVia(f, w, c)
			}
			c.verdicts.putFront(f)
		}
	})
	b.Run("shared", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, w := range ws {
				c.verdicts.get(w, c)
			}
		}
	})
}

// BenchmarkNameIndex makes the index of the default's well-known names
// (en-GB) as a checker does on its first capitalised unknown word: built
// from the dictionary (the way for a dictionary of its own, and the only
// way before the index was compiled), taken from the compiled one, and
// taken from it under the seed's house lexicon, whose entries outrank
// names. The compiled index is used where it lies, so most of its cost in
// a run is page faults that a benchmark's warm loop does not see: compare
// the one-article runs in docs/performance.md.
func BenchmarkNameIndex(b *testing.B) {
	def, err := lexicon.Default("en-GB")
	if err != nil {
		b.Fatal(err)
	}
	house, err := lexicon.LoadFile(filepath.Join("testdata", "seed-lexicon.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		make func(*lexicon.Lexicon) *nameIndex
		lex  *lexicon.Lexicon
	}{
		{"build", buildNameIndex, def},
		{"compiled", compiledOrFail(b), def},
		{"compiled-under-house", compiledOrFail(b), lexicon.Merge(house, def)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				x := bc.make(bc.lex)
				b.ReportMetric(float64(len(x.names)), "names")
			}
		})
	}
}

func compiledOrFail(b *testing.B) func(*lexicon.Lexicon) *nameIndex {
	return func(lex *lexicon.Lexicon) *nameIndex {
		x, ok := compiledNameIndex(lex)
		if !ok {
			b.Fatal("the compiled name index not taken")
		}
		return x
	}
}

// BenchmarkCountPairs counts, in the Reuters articles joined, the uses of
// one word in about a hundred and the pairs of one in twenty of their
// neighbours, as reorderByContext asks, against the plain way
// (wordPairs, which makes a string of every word).
func BenchmarkCountPairs(b *testing.B) {
	text := benchtext.Joined(b)
	want := map[string]bool{}
	n := 0
	for i := 0; i < len(text); i++ {
		if !contextByte(text[i]) {
			continue
		}
		j := i
		for j < len(text) && contextByte(text[j]) {
			j++
		}
		if n++; n%97 == 0 {
			want[contextWord(text[i:j])] = true
		}
		i = j
	}
	plain, _ := wordPairs(text, want)
	asked := map[[2]string]int{}
	n = 0
	for p := range plain {
		if n++; n%20 == 0 {
			asked[p] = 0
		}
	}
	b.Run("countPairs", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			pairs, uses := maps.Clone(asked), map[string]int{}
			for w := range want {
				uses[w] = 0
			}
			countPairs(text, pairs, uses)
		}
	})
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			wordPairs(text, want)
		}
	})
}

// BenchmarkRepeated finds the words typed twice in a row in the Reuters
// articles joined into one text (skipped without them): the second pass
// over the prose that every check makes.
func BenchmarkRepeated(b *testing.B) {
	text := benchtext.Joined(b)
	c := defaultChecker(b, nil)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.appendRepeated(nil, text, text)
	}
}
