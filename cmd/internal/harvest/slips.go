package harvest

import (
	"github.com/lexcheck/lexcheck/spell"
)

// A slipCache asks the checker with the known lexicon alone which name
// (or word) the known lexicon knows a spelling is a slip of, once per
// spelling: the draft never lists such a spelling as a name of its own.
type slipCache struct {
	checker *spell.Checker
	seen    map[string]slipAnswer
}

type slipAnswer struct {
	right string
	ok    bool
}

// slips returns a cache for one [Harvester.Draft].
func (h *Harvester) slips() *slipCache {
	return &slipCache{checker: spell.NewChecker(h.known, spell.Options{}), seen: map[string]slipAnswer{}}
}

// of returns the first suggestion of the checker for w written as names
// are, inside a sentence, when it takes w for a slip of a name or word it
// knows (a name-variant or a misspelling), and reports whether it does.
func (s *slipCache) of(w string) (string, bool) {
	if a, ok := s.seen[w]; ok {
		return a.right, a.ok
	}
	var a slipAnswer
	for _, f := range s.checker.Check("", []byte("by "+w+" and")) {
		if f.Word == w && (f.Kind == spell.NameVariant || f.Kind == spell.Misspelling) && len(f.Suggestions) > 0 {
			a = slipAnswer{f.Suggestions[0], true}
		}
	}
	s.seen[w] = a
	return a.right, a.ok
}
