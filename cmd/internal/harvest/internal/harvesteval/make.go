package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// Names misspelt, and how.
const (
	minUses     = 6 // fewest uses of a name to misspell it
	slipEvery   = 8 // a misspelt name is slipped in one use in slipEvery
	formsByName = 2 // slips of one name, so that some recur
	minLetters  = 4 // shortest name misspelt
	minDocs     = 2 // a name is given to another person in one of its documents
)

// shares are the shares of those names misspelt: of the names the
// default does not know (the house names a harvest is for, fewer and less
// used), and of those it knows.
var shares = [2]float64{0.8, 0.4}

// people are pairs of real people's names that share most letters, each
// a name of its own: an article about the first is rewritten about the
// second, another person, whom the draft must not reject for the first.
var people = [][2]string{
	{"Gerrard", "Gerard"}, {"Davies", "Davis"}, {"Robson", "Hobson"}, {"Gordon", "Gorton"},
	{"Brown", "Browne"}, {"Clarke", "Clark"}, {"Thompson", "Thomson"}, {"Phillips", "Philips"},
	{"Reid", "Reed"}, {"Kelly", "Kelley"}, {"Allen", "Allan"}, {"Matthews", "Mathews"},
	{"Neville", "Nevill"}, {"Blair", "Blain"}, {"Howard", "Howarth"}, {"Mourinho", "Moutinho"},
	{"Ferguson", "Fergusson"}, {"Henry", "Henri"}, {"Carter", "Carver"}, {"Bush", "Busch"},
	{"Benitez", "Benites"}, {"Mary", "Marr"}, {"Anne", "Arne"}, {"Ian", "Jan"}, {"Charles", "Charlize"},
	{"Jackson", "Jacobson"}, {"Smith", "Smyth"}, {"Wilson", "Willson"}, {"Collins", "Collin"},
}

// A truth is a misspelt use: the file (base name), the byte offset and
// length of the slip in it, the slip, and the spelling it should have.
type truth struct {
	file         string
	offset, size int
	word, expect string
}

type article struct {
	name string
	src  []byte
}

func runMake(args []string) error {
	fs := flag.NewFlagSet("harvesteval make", flag.ContinueOnError)
	articles := fs.String("articles", "", "`DIR` of the eval set's articles (.txt)")
	labels := fs.String("labels", "", "the eval set's labels.tsv, whose errors are restored")
	out := fs.String("out", "", "`DIR` to write the archive to (created)")
	truthFile := fs.String("truth", "", "`FILE` to write the misspelt uses to")
	seed := fs.Uint64("seed", 1, "seed of the slips")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *articles == "" || *out == "" || *truthFile == "" {
		return fmt.Errorf("make: --articles, --out and --truth are needed")
	}
	arts, err := readArticles(*articles, *labels)
	if err != nil {
		return err
	}
	def, err := lexicon.Default("en-GB")
	if err != nil {
		return err
	}
	made, truths, pairs := makeArchive(arts, def, rand.New(rand.NewPCG(*seed, *seed^0x9e3779b97f4a7c15)))
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, a := range made {
		if err := os.WriteFile(filepath.Join(*out, a.name), a.src, 0o644); err != nil {
			return err
		}
	}
	var b strings.Builder
	for _, t := range truths {
		fmt.Fprintf(&b, "%s\t%d\t%d\t%s\t%s\n", t.file, t.offset, t.size, t.word, t.expect)
	}
	if err := os.WriteFile(*truthFile, []byte(b.String()), 0o644); err != nil {
		return err
	}
	names, known := map[string]bool{}, 0
	for _, t := range truths {
		if !names[t.expect] {
			names[t.expect] = true
			if def.LookupFold(t.expect).Known() {
				known++
			}
		}
	}
	fmt.Fprintf(os.Stderr, "harvesteval: %d articles, %d misspelt uses of %d names (%d the default knows); other people: %s\n",
		len(made), len(truths), len(names), known, strings.Join(pairs, ", "))
	return nil
}

// readArticles reads the .txt files of dir, sorted by name, with the
// errors that labels (a labels.tsv: file, line, word, expect, kind) lists
// put back to the spelling they should have.
func readArticles(dir, labels string) ([]article, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	fixes := map[string][][3]string{} // base name -> line, word, expect
	if labels != "" {
		f, err := os.Open(labels)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			cols := strings.Split(sc.Text(), "\t")
			if n == 1 {
				continue // the header
			}
			if len(cols) < 4 {
				return nil, fmt.Errorf("%s:%d: want file, line, word, expect", labels, n)
			}
			base := filepath.Base(cols[0])
			fixes[base] = append(fixes[base], [3]string{cols[1], cols[2], cols[3]})
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	var out []article
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		base := filepath.Base(name)
		out = append(out, article{base, restore(src, fixes[base])})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no .txt articles in %s", dir)
	}
	return out, nil
}

// restore replaces, on each fix's line, the first word spelled as the fix
// says with the spelling it should have.
func restore(src []byte, fixes [][3]string) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	for _, f := range fixes {
		var n int
		if _, err := fmt.Sscan(f[0], &n); err != nil || n < 1 || n > len(lines) {
			continue
		}
		line := lines[n-1]
		for _, w := range words(line) {
			if w.Text == f[1] {
				lines[n-1] = line[:w.Pos.Offset] + f[2] + line[w.End.Offset:]
				break
			}
		}
	}
	return []byte(strings.Join(lines, ""))
}

func words(text string) []spell.Word {
	var out []spell.Word
	for w := range spell.Words(spell.Document{Src: []byte(text)}) {
		out = append(out, w)
	}
	return out
}

// nameLike reports whether w is a name to misspell: ASCII letters only,
// a capital then at least one lower-case letter, minLetters or more.
func nameLike(w string) bool {
	if len(w) < minLetters || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower := false
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return lower
}

// commonWord reports whether def knows w in lower case as a common word
// (south, march, bank): a name capitalises it, but a slip of it is a
// misspelt word, which other rules of the checker find, not a name.
func commonWord(def *lexicon.Lexicon, w string) bool {
	info := def.Lookup(strings.ToLower(w))
	return info.Flags&lexicon.Word != 0 && info.Tier <= lexicon.TierCommonWord
}

// makeArchive misspells names of arts and gives some articles other
// people, as the package documentation says. It returns the articles,
// the misspelt uses and the pairs of people written.
func makeArchive(arts []article, def *lexicon.Lexicon, rng *rand.Rand) ([]article, []truth, []string) {
	toks := make([][]spell.Word, len(arts))
	uses := map[string]int{}
	docs := map[string][]int{}
	for i, a := range arts {
		toks[i] = words(string(a.src))
		for _, w := range toks[i] {
			uses[w.Text]++
			if d := docs[w.Text]; len(d) == 0 || d[len(d)-1] != i {
				docs[w.Text] = append(d, i)
			}
		}
	}

	// Other people: the last article that names the first of a pair is
	// rewritten about the second, when another article keeps the first.
	swap := map[int]map[string]string{} // article -> name -> other person
	var pairs []string
	for _, p := range people {
		a, b := p[0], p[1]
		if len(docs[a]) < len(docs[b]) {
			a, b = b, a
		}
		if len(docs[a]) < minDocs {
			continue
		}
		d := docs[a][len(docs[a])-1]
		if swap[d] == nil {
			swap[d] = map[string]string{}
		}
		swap[d][a] = b
		pairs = append(pairs, a+"/"+b)
	}

	// Names to misspell: used often, each with its slips.
	var cands [2][]string // unknown to the default, known
	for w, n := range uses {
		if n >= minUses && nameLike(w) && !commonWord(def, w) {
			k := 0
			if def.LookupFold(w).Known() {
				k = 1
			}
			cands[k] = append(cands[k], w)
		}
	}
	var chosen []string
	for k, cs := range cands {
		slices.SortFunc(cs, func(a, b string) int { return cmp.Or(cmp.Compare(uses[b], uses[a]), strings.Compare(a, b)) })
		rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		chosen = append(chosen, cs[:int(math.Ceil(shares[k]*float64(len(cs))))]...)
	}
	slips := map[string][]string{}
	for _, name := range chosen {
		for tries := 0; len(slips[name]) < formsByName && tries < 50; tries++ {
			s := slip(name, rng.IntN(slipKinds), rng)
			if s == "" || uses[s] > 0 || def.LookupFold(s).Known() || slices.Contains(slips[name], s) {
				continue // a slip that makes a word or name of its own is no error to find
			}
			slips[name] = append(slips[name], s)
		}
	}

	var out []article
	var truths []truth
	for i, a := range arts {
		var b strings.Builder
		last := 0
		for _, w := range toks[i] {
			repl := ""
			if other, ok := swap[i][w.Text]; ok {
				repl = other
			} else if ss := slips[w.Text]; len(ss) > 0 && rng.IntN(slipEvery) == 0 {
				repl = ss[rng.IntN(len(ss))]
			}
			if repl == "" {
				continue
			}
			b.Write(a.src[last:w.Pos.Offset])
			if _, other := swap[i][w.Text]; !other {
				truths = append(truths, truth{a.name, b.Len(), len(repl), repl, w.Text})
			}
			b.WriteString(repl)
			last = w.End.Offset
		}
		b.Write(a.src[last:])
		out = append(out, article{a.name, []byte(b.String())})
	}
	return out, truths, pairs
}
