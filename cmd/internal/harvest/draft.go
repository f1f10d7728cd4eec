package harvest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
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
	Groups   []Group    // spellings of one name: the variants are to be rejected
	Unsure   []Group    // pairs for a person to decide: one variant each, with a Note
	Names    []Spelling // names the known lexicon does not know, several-word ones included, and both spellings of each unsure pair
}

// Why a pair is unsure.
const (
	noteClose    = "close, but as likely two names as one"
	noteMajority = "no clear majority"
	noteKnown    = "the dictionary knows %q as a name or word of its own"
)

// spelling is a spelling of the archive, its forms merged by folded form.
type spelling struct {
	Spelling
	key      string // lexicon.Fold(Text)
	mid      int    // uses not at a sentence start
	rank     int    // position in the order of processing
	assigned bool   // a rejected variant of a group
	head     bool   // the preferred spelling of a group
	unsure   bool   // in an unsure pair
}

// Draft returns what the documents added so far show. It does not change
// the counts; more documents may be added and Draft called again.
func (h *Harvester) Draft() *Draft {
	h.mu.Lock()
	defer h.mu.Unlock()
	d := &Draft{Docs: h.docs, MinCount: h.opts.MinCount}
	ws := fold(h.words, h.opts.Examples)
	byText := make(map[string]*spelling, len(ws))
	byKey := make(map[string]*spelling, len(ws))
	for _, s := range ws {
		byText[s.Text] = s
		byKey[s.key] = s
	}
	index := h.index(ws)

	// The most used spellings first take the ones near them as variants.
	for i, s := range ws {
		s.rank = i
	}
	for _, s := range ws {
		if s.assigned || s.Count < h.opts.MinCount || s.mid == 0 {
			continue
		}
		g := Group{Preferred: s.Spelling}
		for _, c := range h.near(index, byText, s) {
			switch note := h.judge(s, c); note {
			case "":
				c.assigned = true
				g.Variants = append(g.Variants, c.Spelling)
			default:
				s.unsure, c.unsure = true, true
				d.Unsure = append(d.Unsure, Group{Preferred: s.Spelling, Variants: []Spelling{c.Spelling}, Note: note})
			}
		}
		if len(g.Variants) > 0 {
			s.head = true
			d.Groups = append(d.Groups, g)
		}
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
	// and a person marking the two "distinct" needs a line for each.
	for _, s := range ws {
		if s.assigned || s.head || covered[s.key] {
			continue
		}
		if s.unsure || s.Count >= h.opts.MinCount && s.mid > 0 && !h.known.LookupFold(s.Text).Known() {
			d.Names = append(d.Names, s.Spelling)
		}
	}
	alpha := func(a, b Spelling) int {
		return strings.Compare(lexicon.Fold(a.Text)+"\x00"+a.Text, lexicon.Fold(b.Text)+"\x00"+b.Text)
	}
	slices.SortFunc(d.Names, alpha)
	byPreferred := func(a, b Group) int { return alpha(a.Preferred, b.Preferred) }
	slices.SortFunc(d.Groups, byPreferred)
	slices.SortStableFunc(d.Unsure, byPreferred)
	return d
}

// judge returns "" when c is a variant of the more used s to reject, the
// reason to be unsure of the pair otherwise.
func (h *Harvester) judge(s, c *spelling) string {
	rel := spell.Related(s.Text, c.Text)
	switch {
	case rel == spell.Unsure:
		return noteClose
	case 2*c.Count > s.Count:
		return noteMajority
	case spell.Established(h.known, c.Text) && (rel == spell.Typo || s.Count < 5*c.Count):
		// A name of its own one edit away is another person (Horan,
		// Horgan); a known romanization is the house's only when it is
		// clearly the rarer (Qaddafi beside Gaddafi).
		return fmt.Sprintf(noteKnown, c.Text)
	}
	return ""
}

// near returns the spellings after s in the order of processing that the
// checker relates to s (Typo, Translit or Unsure), most used first.
func (h *Harvester) near(index *lexicon.Lexicon, byText map[string]*spelling, s *spelling) []*spelling {
	var out []*spelling
	add := func(cs []lexicon.Candidate) {
		for _, c := range cs {
			x := byText[c.Spelling]
			if x == nil || x.rank <= s.rank || x.assigned || x.head || slices.Contains(out, x) {
				continue
			}
			if r := spell.Related(s.Text, x.Text); r.Variant() || r == spell.Unsure {
				out = append(out, x)
			}
		}
	}
	add(index.NearNames(s.Text, 1))
	add(index.TranslitNames(s.Text))
	slices.SortFunc(out, func(a, b *spelling) int { return a.rank - b.rank })
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
	}
	out := make([]*spelling, 0, len(groups))
	for k, a := range groups {
		s := &spelling{key: k, mid: a.t.mid}
		s.Text, s.Count = a.best, a.t.n
		for _, l := range a.t.ex {
			s.Examples = append(s.Examples, spell.Position{Filename: l.file, Line: l.line})
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *spelling) int { return byCount(&a.Spelling, &b.Spelling) })
	return out
}
