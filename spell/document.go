package spell

import (
	"bytes"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
)

// docState is what one check knows of its document: how often each
// spelling occurs, for consistency and for ranking suggestions, and what
// it has decided of each distinct word.
type docState struct {
	d      Document
	accept map[string]bool
	count  map[string]int     // folded spelling -> occurrences
	caps   map[string]int     // folded spelling -> capitalised occurrences not at a sentence start
	shown  map[string][]int32 // folded spelling -> the words (indexes) that write it capitalised
	all    []int32            // per word, its occurrences
	keys   []nameKey          // the keys of shown used twice or more, sorted, for consistency (built with byDeletion)
	front  *frontCache        // the verdicts this check looked up lately, if any

	// Per distinct word of the document (indexed by token.word): its text,
	// whether it is capitalised (not all capitals), whether the document
	// accepts it, and, once asked for, the verdict on it and what decide
	// made of that (the index + 1 of the decision in decisions: only the
	// few words not plainly known are decided).
	words     []string
	folded    []string // lexicon.Fold of each word
	upper     []bool
	accepts   []bool
	verdicts  []*verdict
	decided   []int32
	decisions []decision

	// Built on first need, so that a long document costs no more than the
	// sum of its distinct names: keys by their forms less one letter,
	// majority's answer per folded spelling, and the house spelling (if
	// any) that two capitalised words in a row write apart.
	byDeletion *deletionTable
	majorities map[majorityKey]majorityAnswer
	pairs      map[[2]int32]joinedAnswer
	facts      []wordFacts // per word: what a pair of words needs to know of it, once asked

	// The scored suggestions of each misspelled word with more than one,
	// for reordering by the words around each use (see reorderByContext).
	rankings map[string][]scoredWord
}

// wordFacts are what the lexicon says of a word, folded, that the check of
// two capitalised words in a row needs: asked once per word.
type wordFacts uint8

const (
	factsAsked wordFacts = 1 << iota
	factWord             // an ordinary dictionary word
	factHouse            // a house word or an ordinary word: not a name the house does not spell
	factPhrase           // a word of a house name of several words
)

type decision struct {
	ok bool
	f  Finding
}

type joinedAnswer struct {
	house        string
	translit, ok bool
}

// newDocState counts the words of a document. It works per distinct
// word: the tokenizer counted each word's occurrences, and each spelling is
// folded once. The state comes from the checker's pool, where release
// puts it back, so that a check of many small files does not make new
// tables for each.
func (c *Checker) newDocState(d Document, ws *words) *docState {
	s := c.docs.get(func() *docState { return &docState{} })
	n := len(ws.text)
	s.d, s.all, s.words = d, ws.all, ws.text
	s.folded, s.upper = reuse(s.folded, n), reuse(s.upper, n)
	s.verdicts, s.decided = reuse(s.verdicts, n), reuse(s.decided, n)
	if s.count == nil {
		s.count, s.caps, s.shown = make(map[string]int, n), map[string]int{}, map[string][]int32{}
	}
	if len(d.Accept) > 0 {
		s.accept = map[string]bool{}
		for _, w := range d.Accept {
			s.accept[lexicon.Fold(w)] = true
		}
		s.accepts = make([]bool, n)
	}
	for id, w := range ws.text {
		k := lexicon.Fold(w)
		s.folded[id] = k
		s.count[k] += int(ws.all[id])
		if s.accepts != nil {
			s.accepts[id] = s.accept[k]
		}
		if !startsUpper(w) || isAllCaps(w) {
			continue
		}
		s.upper[id] = true
		s.caps[k] += int(ws.inside[id])
		s.shown[k] = append(s.shown[k], int32(id))
	}
	return s
}

// discountEchoes takes out of the counts the words of a line of text that
// repeats, word for word, the first line of the document, when it does so
// once: a headline that the page's title or the front matter's copies
// (title: Austrailia Beat Wales, then # Austrailia Beat Wales) is one use
// of its words, not two. A line written three times or more is meant as
// often as its words are. Only the lines of toks, the tokens of the words
// not plainly known, are looked at.
func (s *docState) discountEchoes(text []byte, toks []token) {
	first := bytes.TrimLeft(text, " \t\r\n")
	start := len(text) - len(first)
	if j := bytes.IndexByte(first, '\n'); j >= 0 {
		first = first[:j]
	}
	first = bytes.TrimSpace(first)
	if bytes.IndexAny(first, " \t") < 0 {
		return // a line of one word is no headline
	}
	lineEnd, echo, copies := start+len(first), false, 0
	var echoed []*token
	for i := range toks {
		t := &toks[i]
		if t.word < 0 {
			continue
		}
		if int(t.start) >= lineEnd {
			lineEnd = len(text)
			if j := bytes.IndexByte(text[t.end:], '\n'); j >= 0 {
				lineEnd = int(t.end) + j
			}
			echo = bytes.Equal(bytes.TrimSpace(text[bytes.LastIndexByte(text[:t.start], '\n')+1:lineEnd]), first)
			if echo {
				copies++
			}
		}
		if echo {
			echoed = append(echoed, t)
		}
	}
	if copies != 1 {
		return
	}
	for _, t := range echoed {
		k := s.folded[t.word]
		s.count[k]--
		if !t.sentence && s.upper[t.word] {
			s.caps[k]--
		}
	}
}

// reuse returns b with length n, all zero, in b's array if it has room.
func reuse[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// releaseDocState frees the tables s keeps outside the Go heap and gives
// s back to the checker's pool; s must not be used after.
func (c *Checker) releaseDocState(s *docState) {
	s.release()
	c.keepDocState(s)
}

// release frees the tables s keeps outside the Go heap.
func (s *docState) release() {
	if s.byDeletion != nil {
		s.byDeletion.release()
		s.byDeletion = nil
	}
}

// maxPooledDocs is the most states of documents a checker keeps (see
// releaseDocState); maxPooledWords the most distinct words of a document
// whose state is kept (a long document's tables would hold their memory).
const (
	maxPooledDocs  = 16
	maxPooledWords = 1 << 12
)

// keepDocState clears s of its document and keeps it for the next, if
// it is small.
func (c *Checker) keepDocState(s *docState) {
	if len(s.words) > maxPooledWords {
		return
	}
	clear(s.count)
	clear(s.caps)
	clear(s.shown)
	clear(s.verdicts) // keep nothing of this document alive
	clear(s.decisions)
	clear(s.keys)
	*s = docState{count: s.count, caps: s.caps, shown: s.shown, folded: s.folded[:0], upper: s.upper[:0],
		verdicts: s.verdicts[:0], decided: s.decided[:0], decisions: s.decisions[:0], keys: s.keys[:0]}
	c.docs.put(s)
}

func (s *docState) accepted(w string) bool {
	return s.accept != nil && s.accept[lexicon.Fold(w)]
}

// verdict returns the checker's verdict on the word with index id.
func (s *docState) verdict(c *Checker, id int32) *verdict {
	v := s.verdicts[id]
	if v == nil {
		if s.front != nil {
			v = c.verdicts.getVia(s.front, s.words[id], c)
		} else {
			v = c.verdict(s.words[id])
		}
		s.verdicts[id] = v
	}
	return v
}

// decision returns what [Checker.decide] makes of the word with index id
// and its verdict v, which depends on the word and the document only, not
// on where the word is: it is decided once per word. The finding has no
// position yet.
func (s *docState) decision(c *Checker, id int32, v *verdict) (Finding, bool) {
	if s.decided[id] == 0 {
		var d decision
		d.f, d.ok = c.decide(s, s.words[id], v)
		s.decisions = append(s.decisions, d)
		s.decided[id] = int32(len(s.decisions))
	}
	d := &s.decisions[s.decided[id]-1]
	f := d.f
	f.Suggestions = slices.Clone(f.Suggestions) // each finding its own
	return f, d.ok
}

// joined returns the house name that the words with indexes a and b,
// written apart, spell (see [Checker.checkSplitNames]), and whether the
// pair is a transliteration of it rather than the same letters apart.
func (s *docState) joined(c *Checker, a, b int32) (house string, translit, ok bool) {
	fa, fb := s.factsOf(c, a), s.factsOf(c, b)
	if fa&fb&factWord != 0 {
		// Two ordinary words (Game Boy beside a house GameBoy) may be
		// meant apart. (Tested first: it needs no pair, and each word's
		// answer is kept.)
		return "", false, false
	}
	if j, ok := s.pairs[[2]int32{a, b}]; ok {
		return j.house, j.translit, j.ok
	}
	// The pair must write a house name apart, and not be accepted or known
	// as it is. Most pairs write no house name: asked first.
	var j joinedAnswer
	known := func() bool {
		pair := s.pair(a, b)
		return s.accepted(pair) || c.lex.LookupFold(pair).Known()
	}
	if h, ok := c.lex.JoinedPair(s.folded[a], s.folded[b]); ok && !known() {
		j.house, j.ok = h, true
	} else if phrasePair(fa, fb) && !known() {
		// Or romanize a house name of two words otherwise: "Abdel Rahman"
		// for a house "Abdul Rahman", where neither word alone is a
		// variant.
		for _, tn := range c.lex.TranslitNames(s.pair(a, b)) {
			if strings.Count(tn.Spelling, " ") == 1 {
				j.house, j.translit, j.ok = tn.Spelling, true, true
				break
			}
		}
	}
	if s.pairs == nil {
		s.pairs = map[[2]int32]joinedAnswer{}
	}
	s.pairs[[2]int32{a, b}] = j
	return j.house, j.translit, j.ok
}

// pair returns the words with indexes a and b written apart.
func (s *docState) pair(a, b int32) string { return s.words[a] + " " + s.words[b] }

// phrasePair reports whether a pair of words may romanize a house name of
// several words otherwise: one is a word of such a name and the other a
// name the house does not spell. Two house words are the house's name or
// two of its names side by side, and an ordinary word (President Obama) is
// not part of a name.
func phrasePair(a, b wordFacts) bool {
	return a&factPhrase != 0 && b&factHouse == 0 || b&factPhrase != 0 && a&factHouse == 0
}

// factsOf returns the facts of the word with index id, asking the lexicon
// once per word.
func (s *docState) factsOf(c *Checker, id int32) wordFacts {
	if s.facts == nil {
		s.facts = make([]wordFacts, len(s.words))
	}
	if s.facts[id] == 0 {
		info := c.lex.LookupFold(s.words[id])
		f := factsAsked
		if info.Flags&lexicon.Word != 0 {
			f |= factWord
		}
		if info.Flags&(lexicon.House|lexicon.Word) != 0 {
			f |= factHouse
		}
		if info.Flags&lexicon.House != 0 && info.Entry != nil && strings.Contains(info.Entry.Preferred(), " ") {
			f |= factPhrase
		}
		s.facts[id] = f
	}
	return s.facts[id]
}

// display returns the document's most frequent capitalised spelling of key.
func (s *docState) display(key string) string {
	best, n := key, 0
	for _, id := range s.shown[key] {
		w, c := s.words[id], int(s.all[id])
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}
