package harvest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/lexicon/translit"
	"github.com/lexcheck/lexcheck/spell"
)

// A Spelling is one way the archive writes a name, with its uses.
type Spelling struct {
	Text     string           // the spelling as the archive most often writes it
	Count    int              // uses in the archive
	Examples []spell.Position // a few uses (file and line), first by file name and line
}

// A Group is a name the archive spells more than one way.
type Group struct {
	Preferred Spelling   // the majority spelling
	Variants  []Spelling // the other spellings, most used first
	// Note says why the group is unsure ("no clear majority", ...); it is
	// empty for a group whose variants are to be rejected.
	Note string
}

// Minority returns how often the variants are used, together.
func (g *Group) Minority() int {
	n := 0
	for _, v := range g.Variants {
		n += v.Count
	}
	return n
}

// A Draft is what a harvest found; see the package documentation.
type Draft struct {
	Docs     int        // documents read
	MinCount int        // the Options.MinCount used
	Groups   []Group    // spellings of one name the default does not know: the variants are to be rejected
	Known    []Group    // other spellings of names the default knows, under the default's spelling: the variants are to be rejected
	Unsure   []Group    // pairs for a person to decide: one variant each, with a Note
	Names    []Spelling // names the known lexicon does not know, several-word ones included, and both spellings of each unsure pair
	Skipped  []Skipped  // files not read as articles (lexicons, harvest reports), by file name
}

// Why a pair is unsure.
const (
	noteClose    = "close, but as likely two names as one"
	noteMajority = "no clear majority"
	noteKnown    = "the dictionary knows %q as a name or word of its own"
	noteApart    = "too seldom in one document with %q to tell a slip from another name"
	noteSlip     = "the default takes %q for a slip of %q, but the archive uses it more"
	noteWord     = "a word: the checker flags it without a house line"
	noteFrequent = "a slip of the fingers of %q, or a short name of its own: too often written so to tell"
)

// shortName is the fewest letters of a name whose slips the draft groups
// on the evidence of one document: a shorter name shares most of its
// letters with more names (Marr, Mary; Jan, Ian).
const shortName = 6

// spelling is a spelling of the archive, its forms merged by folded form.
type spelling struct {
	Spelling
	key      string  // lexicon.Fold(Text)
	mid      int     // uses not at a sentence start
	docs     []int32 // the documents that use it, sorted
	rank     int     // position in the order of processing
	known    bool    // the known lexicon knows it
	assigned bool    // a rejected variant of a group
	head     bool    // the preferred spelling of a group
	unsure   bool    // in an unsure pair
	listed   bool    // in an unsure pair that the checker relates without a house line for each
	keep     bool    // a known name to list, lest the checker take it for a romanization of a house name
}

// Draft returns what the documents added so far show. It does not change
// the counts; more documents may be added and Draft called again.
func (h *Harvester) Draft() *Draft {
	h.mu.Lock()
	defer h.mu.Unlock()
	d := &Draft{Docs: h.docs, MinCount: h.opts.MinCount, Skipped: slices.Clone(h.skipped)}
	slices.SortFunc(d.Skipped, func(a, b Skipped) int { return cmp.Compare(a.File, b.File) })
	ws := fold(h.words, h.opts.Examples)
	byText := make(map[string]*spelling, len(ws))
	byKey := make(map[string]*spelling, len(ws))
	for i, s := range ws {
		byText[s.Text] = s
		byKey[s.key] = s
		s.rank = i
		s.known = h.known.LookupFold(s.Text).Known()
	}
	index := h.index(ws)
	slips := h.slips()

	// The most used spellings first take the ones near them as variants.
	for _, s := range ws {
		if s.assigned || s.Count < h.opts.MinCount || s.mid == 0 {
			continue
		}
		g := Group{Preferred: s.Spelling}
		var own []*spelling // names of their own the checker would relate to s as a house entry
		for _, n := range h.near(index, byText, s) {
			c, note, pair := n.spelling, "", false
			if r := spell.Related(s.Text, c.Text); r.Variant() || r == spell.Unsure {
				note, pair = h.judge(slips, s, n)
			}
			switch {
			case !pair:
				if !c.known && s.known || c.known && translit.TradesLetters(s.Text, c.Text) {
					own = append(own, c)
				}
			case note == "":
				c.assigned = true
				g.Variants = append(g.Variants, c.Spelling)
			default:
				s.unsure, c.unsure = true, true
				if !s.known || c.known {
					s.listed, c.listed = true, true
				}
				d.Unsure = append(d.Unsure, Group{Preferred: s.Spelling, Variants: []Spelling{c.Spelling}, Note: note})
			}
		}
		if len(g.Variants) > 0 || s.listed || !s.known {
			// s is to be a house entry, and the checker takes a known
			// name that trades letters with a house name for its
			// romanization (Mikhail for Michael), and an unknown one near
			// it for its variant (Charlize for Charles), unless the house
			// lists it too: what the default alone accepts beside a name
			// it knows stays accepted.
			for _, c := range own {
				c.keep = true
			}
		}
		if len(g.Variants) == 0 {
			continue
		}
		s.head = true
		if s.known {
			d.Known = append(d.Known, g)
		} else {
			d.Groups = append(d.Groups, g)
		}
	}

	// A spelling the default takes for a slip of a name it knows is no
	// new name, however often the archive writes it (Manchster): it is a
	// variant of the default's spelling, whether or not the archive uses
	// that spelling.
	for _, s := range ws {
		if s.assigned || s.head || s.unsure || s.known || s.Count < h.opts.MinCount || s.mid == 0 {
			continue
		}
		right, ok := slips.of(s.Text)
		if !ok {
			continue
		}
		s.assigned = true
		head := Spelling{Text: right}
		if r := byKey[lexicon.Fold(right)]; r != nil {
			head = r.Spelling
			head.Text = right
		}
		if head.Count < s.Count {
			d.Unsure = append(d.Unsure, Group{Preferred: head, Variants: []Spelling{s.Spelling}, Note: fmt.Sprintf(noteSlip, s.Text, right)})
			continue
		}
		i := slices.IndexFunc(d.Known, func(g Group) bool { return g.Preferred.Text == right })
		if i < 0 {
			i = len(d.Known)
			d.Known = append(d.Known, Group{Preferred: head})
			if !startsUpper(right) {
				d.Known[i].Note = noteWord
			}
		}
		d.Known[i].Variants = append(d.Known[i].Variants, s.Spelling)
	}

	// Several-word names whose words are all accepted, one of them unknown.
	covered := map[string]bool{}
	for _, p := range fold(h.phrases, h.opts.Examples) {
		if p.Count < h.opts.MinCount {
			continue
		}
		unknown, rejected := false, false
		for _, w := range strings.Fields(p.Text) {
			if s := byKey[lexicon.Fold(w)]; s != nil && s.assigned {
				rejected = true
			}
			unknown = unknown || !h.known.LookupFold(w).Known()
		}
		if unknown && !rejected {
			d.Names = append(d.Names, p.Spelling)
			for _, w := range strings.Fields(p.Text) {
				covered[lexicon.Fold(w)] = true
			}
		}
	}
	// Single names: used often enough and unknown to the known lexicon,
	// or in an unsure pair. Both spellings of an unsure pair are written,
	// even one the dictionary knows: the checker flags a known name that
	// romanizes a house name otherwise (Qaddafi beside a house Gadhafi),
	// and a person marking the two "distinct" needs a line for each. A
	// pair of a name the default knows and an unknown spelling is not:
	// the checker relates neither to the other without a house line, and
	// a slip of a name the default knows is never a new name.
	for _, s := range ws {
		if s.assigned || s.head || covered[s.key] {
			continue
		}
		if s.listed || s.keep || s.Count >= h.opts.MinCount && s.mid > 0 && !s.known && !s.unsure {
			d.Names = append(d.Names, s.Spelling)
		}
	}
	alpha := func(a, b Spelling) int {
		return strings.Compare(lexicon.Fold(a.Text)+"\x00"+a.Text, lexicon.Fold(b.Text)+"\x00"+b.Text)
	}
	slices.SortFunc(d.Names, alpha)
	byPreferred := func(a, b Group) int { return alpha(a.Preferred, b.Preferred) }
	slices.SortFunc(d.Groups, byPreferred)
	slices.SortFunc(d.Known, byPreferred)
	for _, g := range d.Known {
		slices.SortFunc(g.Variants, func(a, b Spelling) int { return byCount(&a, &b) })
	}
	slices.SortStableFunc(d.Unsure, byPreferred)
	return d
}

// judge says whether the checker may take the less used c for a spelling
// of s (pair), and if so returns "" when c is a variant to reject, the
// reason to be unsure of the pair otherwise. It asks what the checker
// asks before it flags a spelling as another's:
//
//   - a spelling the default knows is a name or word of its own (Franz
//     beside France, Gerard beside Gerrard), unless the two differ only
//     in letters romanizations trade (Qaddafi for Gaddafi; Mikhail and
//     Michael differ in vowels too);
//   - a spelling is a slip of a name the default knows only when the
//     default checker takes it for one, when it is one edit from the
//     name and documents spell the name both ways (Gerrrard for Gerrard;
//     Charlize is not Charles), or when it is a slip of the fingers
//     (Dacid for David, not Marr for Mary) or a doubled last letter
//     (Johnsonn) three times rarer, or, if the name is short, four times
//     rarer and in documents that spell the name right at least half the
//     time (Petr is no slip of Peter);
//   - one edit makes a variant only where the name is written both ways
//     in one document, the evidence of the checker's inconsistent rule;
//     a short name needs it for a romanization too, in every document
//     that uses c, and c must be a slip of the fingers (Dacid for David,
//     not Marr for Mary).
func (h *Harvester) judge(slips *slipCache, s *spelling, n neighbour) (note string, pair bool) {
	c := n.spelling
	rel := spell.Related(s.Text, c.Text)
	trades := rel == spell.Translit && translit.TradesLetters(s.Text, c.Text) && sameVowels(s.key, c.key)
	if c.known && s.known && !trades {
		return "", false
	}
	evident := rel.Variant() && together(s, c, rel)
	if s.known && !trades {
		// The default's name: one edit from it where documents spell it
		// both ways, a slip the default checker takes for it, or a slip
		// the archive writes clearly less (see the doc comment).
		evident = evident && n.oneEdit ||
			typedSlip(c, s) && (utf8.RuneCountInString(s.key) >= shortName && s.Count >= 3*c.Count ||
				s.Count >= 4*c.Count && 2*shared(s, c) >= len(c.docs))
		if right, ok := slips.of(c.Text); ok && lexicon.Fold(right) == s.key {
			evident = true
		}
		if !evident {
			if !c.known && c.Count >= h.opts.MinCount && s.Count >= 4*c.Count && typedSlip(c, s) {
				return fmt.Sprintf(noteFrequent, s.Text), true
			}
			return "", false
		}
	}
	switch {
	case rel == spell.Unsure && !(s.known && evident):
		return noteClose, true
	case 2*c.Count > s.Count && !(s.known && evident && c.Count < s.Count):
		// The default's name, with evidence, needs only to be the more used.
		return noteMajority, true
	case c.known && (!trades || s.Count < 5*c.Count):
		// A known romanization is the house's only when it is clearly
		// the rarer (Qaddafi beside Gaddafi).
		return fmt.Sprintf(noteKnown, c.Text), true
	case !evident && !trades && (rel == spell.Typo || utf8.RuneCountInString(s.key) < shortName):
		if c.Count < h.opts.MinCount {
			return "", false // left to the checker, document by document
		}
		return fmt.Sprintf(noteApart, s.Text), true
	}
	return "", true
}

// sameVowels reports whether the folded spellings a and b have the same
// vowels in the same order, or differ only in ou for u: romanizations
// of one name trade consonants (Qaddafi, Gaddafi, Kadhafi), where names
// of their own differ in vowels too (Mikhail, Michael).
func sameVowels(a, b string) bool {
	vowels := func(s string) string {
		s = strings.ReplaceAll(s, "ou", "u")
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune("aeiouy", r) {
				return r
			}
			return -1
		}, s)
	}
	return vowels(a) == vowels(b)
}

// together reports whether the documents show s and c for one name: a
// document uses both, and for a short name every document that uses c
// uses s too, with s four times as used in all, and c is s romanized
// otherwise or typed with a slip of the fingers (Dacid for David, not
// Marr for Mary).
func together(s, c *spelling, rel spell.Relation) bool {
	both := shared(s, c)
	if utf8.RuneCountInString(s.key) < shortName {
		return both > 0 && both == len(c.docs) && s.Count >= 4*c.Count &&
			(rel == spell.Translit || spell.FingerSlip(c.Text, s.Text))
	}
	return both > 0
}

// typedSlip reports whether c looks like s typed with one slip: a slip
// of the fingers as the checker counts them ([spell.FingerSlip]), or the
// last letter typed twice (Johnsonn), which the checker leaves alone
// since names differ so (Neil, Neill) but which the archive, writing s
// four times as often, shows for a slip.
func typedSlip(c, s *spelling) bool {
	if spell.FingerSlip(c.Text, s.Text) {
		return true
	}
	last, n := utf8.DecodeLastRuneInString(s.key)
	return n > 0 && c.key == s.key+string(last)
}

// shared returns how many of the documents that use c use s too.
func shared(s, c *spelling) int {
	both := 0
	for _, d := range c.docs {
		if _, ok := slices.BinarySearch(s.docs, d); ok {
			both++
		}
	}
	return both
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// A neighbour is a spelling near another.
type neighbour struct {
	*spelling
	oneEdit bool // one edit away (as against a transliteration key shared)
}

// near returns the spellings after s in the order of processing that the
// checker's name-variant rule would take for variants of s as a house
// name (one edit, or a transliteration key), most used first.
func (h *Harvester) near(index *lexicon.Lexicon, byText map[string]*spelling, s *spelling) []neighbour {
	var out []neighbour
	add := func(cs []lexicon.Candidate, oneEdit bool) {
		for _, c := range cs {
			x := byText[c.Spelling]
			if x == nil || x.rank <= s.rank || x.assigned || x.head ||
				slices.ContainsFunc(out, func(n neighbour) bool { return n.spelling == x }) {
				continue
			}
			out = append(out, neighbour{x, oneEdit})
		}
	}
	add(index.NearNames(s.Text, 1), true)
	add(index.TranslitNames(s.Text), false)
	slices.SortFunc(out, func(a, b neighbour) int { return a.rank - b.rank })
	return out
}

// index returns a lexicon whose house entries are the spellings, for its
// near-name and transliteration indexes.
func (h *Harvester) index(ws []*spelling) *lexicon.Lexicon {
	var b strings.Builder
	for _, s := range ws {
		b.WriteString(s.Text)
		b.WriteByte('\n')
	}
	lex, err := lexicon.Load(strings.NewReader(b.String()), "harvest")
	if err != nil {
		// Spellings are words of letters, apostrophes and hyphens, which
		// the lexicon format always accepts.
		panic("harvest: index: " + err.Error())
	}
	return lex
}

// fold merges the spellings of m that fold to the same form (case, accents,
// apostrophes), each written as its most used form, keeping the first
// examples locations of each, and returns them most used first.
func fold(m map[string]*tally, examples int) []*spelling {
	type acc struct {
		best  string
		bestN int
		t     tally
	}
	groups := map[string]*acc{}
	for text, t := range m {
		k := lexicon.Fold(text)
		a := groups[k]
		if a == nil {
			a = &acc{}
			groups[k] = a
		}
		if t.n > a.bestN || t.n == a.bestN && text < a.best {
			a.best, a.bestN = text, t.n
		}
		a.t.n += t.n
		a.t.mid += t.mid
		a.t.ex = addExamples(a.t.ex, t.ex, examples)
		a.t.docs = append(a.t.docs, t.docs...)
	}
	out := make([]*spelling, 0, len(groups))
	for k, a := range groups {
		slices.Sort(a.t.docs)
		s := &spelling{key: k, mid: a.t.mid, docs: slices.Compact(a.t.docs)}
		s.Text, s.Count = a.best, a.t.n
		for _, l := range a.t.ex {
			s.Examples = append(s.Examples, spell.Position{Filename: l.file, Line: l.line})
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *spelling) int { return byCount(&a.Spelling, &b.Spelling) })
	return out
}
