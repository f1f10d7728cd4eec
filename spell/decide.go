package spell

// Decisions: what a document makes of the verdict on one of its words,
// and the ranking of the suggestions it offers.

import (
	"fmt"
	"sort"

	"github.com/lexcheck/lexcheck/lexicon"
)

// decide turns a verdict on the word w into a finding, or reports false.
func (c *Checker) decide(s *docState, w string, v *verdict) (Finding, bool) {
	switch v.class {
	case rejectedWord:
		return Finding{Kind: Rejected, Suggestions: nonEmpty(v.suggest),
			Message: fmt.Sprintf("%q: house spelling is %q", w, v.suggest)}, true
	case houseVariant:
		why := "variant of the same name"
		if v.translit {
			why = "transliteration variant"
		}
		return Finding{Kind: NameVariant, Suggestions: []string{v.suggest},
			Message: fmt.Sprintf("%q: house spelling is %q (%s)", w, v.suggest, why)}, true
	case unknownName, unknownWord:
	default:
		return Finding{}, false
	}
	if len(v.names) > 0 && v.translit {
		return Finding{Kind: NameVariant, Suggestions: c.limit(spellings(v.names)),
			Message: fmt.Sprintf("%q: house spelling is %q (transliteration variant)", w, v.names[0].spelling)}, true
	}
	if len(v.names) > 0 {
		return Finding{Kind: NameVariant, Suggestions: c.limit(spellings(v.names)),
			Message: fmt.Sprintf("%q looks like a variant of %q", w, v.names[0].spelling)}, true
	}
	if m, n := s.majority(c, w); m != "" {
		return Finding{Kind: Inconsistent, Suggestions: []string{m},
			Message: fmt.Sprintf("%q is spelled %q %d times elsewhere in this document", w, m, n)}, true
	}
	if v.class == unknownWord && !c.repeatedOnPurpose(w, v, s.count[lexicon.Fold(w)]) {
		words := v.dictWords(c)
		if len(words) == 0 {
			return Finding{}, false
		}
		if l := words[0].locale; l != "" {
			return Finding{Kind: Misspelling, Suggestions: []string{words[0].spelling},
				Message: fmt.Sprintf("%q is the %s spelling; did you mean %q?", w, l, words[0].spelling)}, true
		}
		ranked := s.scored(words)
		if len(ranked) > 1 {
			s.keepRanking(w, ranked)
		}
		out := c.limit(spellingsOf(ranked))
		return Finding{Kind: Misspelling, Suggestions: out,
			Message: misspelledMessage(w, out[0])}, true
	}
	return Finding{}, false
}

// rank orders dictionary candidates, preferring words the document uses
// and words said like the misspelling.
func (s *docState) rank(cs []candidate) []string {
	return spellingsOf(s.scored(cs))
}

// A scoredWord is a suggestion with its score in edits, lower better.
type scoredWord struct {
	w     string
	score float64
}

// scored returns the candidates cs with the document's evidence added to
// their scores, best first.
func (s *docState) scored(cs []candidate) []scoredWord {
	out := make([]scoredWord, len(cs))
	for i, c := range cs {
		score := c.score
		if s.count[lexicon.Fold(c.spelling)] > 0 {
			score -= usedBonus
		}
		if c.soundsAlike {
			score -= soundBonus
		}
		out[i] = scoredWord{c.spelling, score}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score < out[j].score })
	return out
}

// usedBonus is what a candidate the same document uses saves, in edits.
const usedBonus = 0.3

func spellingsOf(ss []scoredWord) []string {
	ws := make([]string, len(ss))
	for i, o := range ss {
		ws[i] = o.w
	}
	return ws
}

// misspelledMessage is the message of a misspelling w whose first
// suggestion is s.
func misspelledMessage(w, s string) string {
	return fmt.Sprintf("%q looks misspelled; did you mean %q?", w, s)
}

func (c *Checker) limit(ws []string) []string {
	if len(ws) > c.opts.MaxSuggestions {
		ws = ws[:c.opts.MaxSuggestions]
	}
	return ws
}

func spellings(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.spelling
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return []string{}
	}
	return []string{s}
}
