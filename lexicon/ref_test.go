package lexicon

// The parser and derive as they were before the lookup tables became flat
// and cacheable: the reference the new code is compared with.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon/translit"
)

func refParse(r io.Reader, name string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineBytes)
	var entries []Entry
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if line == 1 {
			text = bytes.TrimPrefix(text, []byte("\uFEFF"))
		}
		e, err := refParseLine(text)
		if err != nil {
			err.File, err.Line = name, line
			return nil, err
		}
		if e == nil {
			continue
		}
		e.File, e.Line = name, line
		entries = append(entries, *e)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ParseError{File: name, Line: line + 1, Msg: fmt.Sprintf("line longer than %d bytes", MaxLineBytes), Err: err}
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return entries, nil
}

// refParseLine parses one line. It returns nil, nil for a blank or comment line.
// The returned error has only Column and Msg set.
func refParseLine(b []byte) (*Entry, *ParseError) {
	if !utf8.Valid(b) {
		col := utf8.RuneCount(b[:firstInvalid(b)]) + 1
		return nil, &ParseError{Column: col, Msg: "invalid UTF-8"}
	}
	s := string(b)
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	col := func(byteOff int) int { return utf8.RuneCountInString(s[:byteOff]) + 1 }
	for i, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			return nil, &ParseError{Column: col(i), Msg: fmt.Sprintf("control character %U", r)}
		}
	}

	e := &Entry{}
	left := s
	if eq := strings.IndexByte(s, '='); eq >= 0 {
		left = s[:eq]
		right := s[eq+1:]
		if j := strings.IndexByte(right, '='); j >= 0 {
			return nil, &ParseError{Column: col(eq + 1 + j), Msg: "more than one '='"}
		}
		e.Original = refNormSpaces(right)
		if e.Original == "" {
			return nil, &ParseError{Column: col(eq), Msg: "'=' with nothing after it"}
		}
		if strings.TrimSpace(left) == "" {
			return nil, &ParseError{Column: col(eq), Msg: "'=' with nothing before it"}
		}
	}

	// Split the left side into segments, each started by a mark.
	start, mark, markAt := 0, byte(0), 0
	flush := func(end int) *ParseError {
		text := refNormSpaces(left[start:end])
		switch {
		case text == "" && mark == 0:
			if end < len(left) && left[end] == '|' {
				return &ParseError{Column: col(end), Msg: "'|' with nothing before it"}
			}
			return nil // a line that starts with '!'
		case text == "":
			return &ParseError{Column: col(markAt), Msg: fmt.Sprintf("'%c' with nothing after it", mark)}
		case mark == '!':
			e.Rejected = append(e.Rejected, text)
		default:
			if len(e.Rejected) > 0 {
				return &ParseError{Column: col(markAt), Msg: "accepted spelling after a rejected variant; write accepted spellings first"}
			}
			e.Accepted = append(e.Accepted, text)
		}
		return nil
	}
	for i := 0; i < len(left); i++ {
		c := left[i]
		if c != '|' && c != '!' {
			continue
		}
		if err := flush(i); err != nil {
			return nil, err
		}
		start, mark, markAt = i+1, c, i
	}
	if err := flush(len(left)); err != nil {
		return nil, err
	}
	if len(e.Accepted) == 0 && e.Original != "" {
		return nil, &ParseError{Column: 1, Msg: "'=' needs an accepted spelling before it"}
	}
	return e, nil
}

func refNormSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// refDerived is the lookup state the old derive built.
type refDerived struct {
	house     map[string]Info
	houseFold map[string]Info
	joined    map[string]string
}

func refDerive(l *Lexicon) *refDerived {
	size := 0
	for i := range l.entries() {
		e := &l.entries()[i]
		size += len(e.Rejected)
		for _, a := range e.Accepted {
			size += 1 + strings.Count(a, " ")
		}
	}
	d := &refDerived{house: make(map[string]Info, size), houseFold: make(map[string]Info, size), joined: make(map[string]string, size)}
	set := func(s string, info Info) string {
		s = NormApostrophes(s)
		k := Fold(s)
		d.house[s] = info
		d.houseFold[k] = info
		return k
	}
	// Rejections first, so that a later acceptance of the same spelling wins
	// within one pass over the entries in order.
	for i := range l.entries() {
		e := &l.entries()[i]
		for _, r := range e.Rejected {
			suggest, _ := e.RejectedSuggestion(r)
			set(r, Info{Flags: Rejected, Entry: e, Suggest: suggest})
		}
		for _, a := range e.Accepted {
			k := set(a, Info{Flags: House, Entry: e})
			d.joined[joinedKey(k)] = e.Preferred()
			if strings.IndexByte(a, ' ') < 0 {
				continue
			}
			for _, w := range strings.Fields(a) {
				if _, ok := d.house[NormApostrophes(w)]; !ok {
					set(w, Info{Flags: House, Entry: e})
				}
			}
		}
	}
	// Gazetteer groups: once a house entry names one spelling of a place,
	// its other spellings are variants of the house spelling: those that
	// are spellings of the same name (Jalalabat, Dzhalal-Abad for
	// Jalal-Abad), not every other name the place has had or is given
	// (Chemulpo for Incheon), which would flag a person who shares a name
	// with some place's old name.
	if l.gaz != nil {
		for i := range l.entries() {
			e := &l.entries()[i]
			for _, a := range e.Accepted {
				fa := Fold(a)
				for _, p := range l.gaz.places(fa) {
					for _, alt := range l.gaz.spellings(p) {
						alt = NormApostrophes(alt)
						if _, ok := d.house[alt]; ok {
							continue
						}
						k := Fold(alt)
						if _, ok := d.houseFold[k]; ok {
							continue
						}
						if !sameName(fa, k) {
							continue
						}
						info := Info{Flags: HouseVariant, Entry: e, Suggest: a}
						d.house[alt] = info
						d.houseFold[k] = info
					}
				}
			}
		}
	}
	// Romanizations of an entry's original script are variants of its
	// house spelling, unless a house entry or the gazetteer's group of a
	// house place already says what the spelling is, or the dictionary
	// knows it as a word or a common name (Rosa for Роза: Rosa Parks is not
	// Roza Otunbayeva). Rarer names (Dostoyevsky for a house Dostoevsky)
	// and places named after the person (Chaykovsky) are the house's.
	for i := range l.entries() {
		e := &l.entries()[i]
		if e.Original == "" {
			continue
		}
		for _, r := range e.Romanizations() {
			if _, ok := d.house[r.Spelling]; ok {
				continue
			}
			k := Fold(r.Spelling)
			if _, ok := d.houseFold[k]; ok {
				continue
			}
			if l.dict != nil && l.dict.commonName(r.Spelling) {
				continue
			}
			info := Info{Flags: HouseVariant, Entry: e, Suggest: r.House, Scheme: r.Scheme}
			d.house[r.Spelling] = info
			d.houseFold[k] = info
		}
	}
	return d
}

// refLookup, refLookupFold and refJoined are Lookup, LookupFold and Joined
// over the old tables; what the dictionary and gazetteer add below the
// house is the same code.
func refLookup(l *Lexicon, d *refDerived, spelling string) Info {
	s := NormApostrophes(spelling)
	return l.lookupOver(d.house[s], s)
}

func refLookupFold(l *Lexicon, d *refDerived, spelling string) Info {
	k := Fold(spelling)
	return l.lookupFoldOver(d.houseFold[k], k)
}

func refJoined(d *refDerived, spelling string) (string, bool) {
	if d.houseFold[Fold(spelling)].Flags&House != 0 {
		return "", false
	}
	pref, ok := d.joined[joinedKey(spelling)]
	return pref, ok
}

// refNames is the old near-name index and transliteration key index.
type refNames struct {
	names    *trie
	nameInfo [][]string
	byKey    map[string][]string
	dict     *dictionary // for which names the dictionary lists
}

func refBuildNames(l *Lexicon) *refNames {
	byFold := map[string][]string{}
	add := func(s string) {
		k := Fold(s)
		byFold[k] = appendUnique(byFold[k], s)
	}
	for i := range l.entries() {
		for _, a := range l.entries()[i].Accepted {
			add(a)
			if strings.IndexByte(a, ' ') >= 0 {
				for _, w := range strings.Fields(a) {
					add(w)
				}
			}
		}
	}
	keys := make([]string, 0, len(byFold))
	for k := range byFold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n := &refNames{names: newTrie(keys), nameInfo: make([][]string, len(keys)), byKey: map[string][]string{}, dict: l.dict}
	for i, k := range keys {
		n.nameInfo[i] = byFold[k]
	}
	for _, ss := range n.nameInfo {
		for _, s := range ss {
			for _, tk := range translit.Keys(s) {
				n.byKey[tk] = appendUnique(n.byKey[tk], s)
			}
		}
	}
	return n
}

func (n *refNames) nearNames(word string, maxEdits int) []Candidate {
	var out []Candidate
	n.names.search(Fold(word), maxEdits, func(m match) {
		for _, s := range n.nameInfo[m.key] {
			out = append(out, Candidate{Spelling: s, Distance: int(m.dist), Flags: House})
		}
	})
	return out
}

func (n *refNames) translitNames(word string) []Candidate {
	var lists func(string) bool
	if n.dict != nil {
		lists = n.dict.lists
	}
	return translitCandidates(word, func(k string) iter.Seq[string] { return slices.Values(n.byKey[k]) }, lists)
}

func (n *refNames) all() []string {
	var out []string
	for _, ss := range n.nameInfo {
		out = append(out, ss...)
	}
	return out
}
