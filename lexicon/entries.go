package lexicon

import (
	"strings"
	"sync"
	"sync/atomic"
)

func newHouse(entries []Entry) *Lexicon {
	return &Lexicon{ents: &entrySet{n: len(entries), list: entries}}
}

// An entrySet is the house entries of a lexicon. [Load] checks the whole
// text but builds the entries only on first need: a run whose tables come
// from a cache (see Lexicon.open) builds none, and one that meets a few
// house spellings builds only theirs (see entry).
type entrySet struct {
	n    int // the number of entries
	src  string
	name string
	at   []uint64 // per entry: the byte offset of its line in src << 32 | its line number
	once sync.Once
	done atomic.Bool // list is built
	list []Entry
	one  sync.Map // entry index -> *Entry: the entries entry returned
}

// all returns the entries, parsing them on first need.
func (s *entrySet) all() []Entry {
	if s == nil {
		return nil
	}
	s.once.Do(func() {
		if s.list == nil && s.n > 0 {
			list, err := parse(s.src, s.name)
			if err != nil || len(list) != s.n {
				// Load checked this very text with the same code.
				panic("lexicon: a checked lexicon no longer parses: " + s.name)
			}
			s.list = list
		}
		s.done.Store(true)
	})
	return s.list
}

// entry returns entry i (in range), parsing only its line if all has not
// built the list. The same i gives the same pointer every time.
func (s *entrySet) entry(i int) *Entry {
	if e, ok := s.one.Load(i); ok {
		return e.(*Entry)
	}
	var e *Entry
	if s.done.Load() || s.at == nil {
		e = &s.all()[i]
	} else {
		off, line := int(s.at[i]>>32), int(uint32(s.at[i]))
		text := s.src[off:]
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			text = text[:k]
		}
		text = strings.TrimSuffix(text, "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		var pool []string
		one, _, err := parseText(text, &pool)
		if err != nil {
			panic("lexicon: a checked lexicon no longer parses: " + s.name)
		}
		one.File, one.Line = s.name, line
		e = &one
	}
	got, _ := s.one.LoadOrStore(i, e)
	return got.(*Entry)
}

// len returns the number of entries, without building them.
func (s *entrySet) len() int {
	if s == nil {
		return 0
	}
	return s.n
}
