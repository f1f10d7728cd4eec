package lsp

import (
	"cmp"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// A setup is what checks the documents one configuration file governs.
type setup struct {
	cfg     *config.Config
	checker *spell.Checker
}

// setups finds the configuration of each document as lexcheck check does
// (the nearest .lexcheck.toml above it, which wins whole) and builds its
// checker. A file or lexicon that is broken keeps the last good setup of
// that file; its error is reported once, until the file is good again.
// It is safe for concurrent use.
type setups struct {
	locale string               // of a document without a configuration
	cache  lexicon.Cache        // tables of large house lexicons between runs; nil for none
	report func(error)          // shows an error to the user
	known  func(files []string) // called with the configuration and lexicon files in use

	mu       sync.Mutex
	found    map[string]string           // directory -> configuration file, "" for none
	good     map[string]*setup           // by configuration file, "" for none: the last good setup
	fresh    map[string]bool             // configuration files read since the last reload
	shown    map[string]string           // by configuration file: the error last reported
	checkers map[string]*spell.Checker   // by lexicons, default and locale
	house    map[string]*lexicon.Lexicon // house lexicons by file, since the last reload
}

func newSetups(locale string, report func(error), known func([]string)) *setups {
	s := &setups{locale: locale, report: report, known: known, good: map[string]*setup{}, checkers: map[string]*spell.Checker{}}
	s.reload()
	return s
}

// reload forgets what was read from files, so that the next document
// checked reads its configuration and lexicons again. The last good
// setups stay, for files that turn out broken.
func (s *setups) reload() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.found = map[string]string{}
	s.fresh = map[string]bool{}
	s.house = map[string]*lexicon.Lexicon{}
	if s.shown == nil {
		s.shown = map[string]string{}
	}
	// Checkers built from the default alone stay: nothing on disk changes them.
	for k := range s.checkers {
		if !strings.HasPrefix(k, "\x00") {
			delete(s.checkers, k)
		}
	}
}

// forDir returns the setup of documents in dir ("" for a document that is
// not a file: it has no configuration).
func (s *setups) forDir(dir string) (*setup, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	file := ""
	if dir != "" {
		f, ok := s.found[dir]
		if !ok {
			f = config.Find(dir)
			s.found[dir] = f
		}
		file = f
	}
	if st := s.good[file]; st != nil && s.fresh[file] {
		return st, nil
	}
	s.fresh[file] = true
	st, err := s.build(file)
	if err != nil {
		if s.shown[file] != err.Error() {
			s.shown[file] = err.Error()
			s.report(err)
		}
		if last := s.good[file]; last != nil {
			return last, nil
		}
		if file == "" {
			return nil, err // the default itself cannot be had
		}
		s.good[file] = nil
		st, err = s.build("")
		if err != nil {
			return nil, err
		}
		s.good[file] = st
		return st, nil
	}
	delete(s.shown, file)
	s.good[file] = st
	if file != "" {
		s.known(append([]string{file}, st.cfg.Lexicons...))
	}
	return st, nil
}

// noConfig is the configuration of a document without a file.
var noConfig = &config.Config{}

// build reads the configuration file (none when "") and builds its
// checker, as lexcheck check does: the file's lexicons in order, then the
// embedded default of its locale unless it says default = false.
func (s *setups) build(file string) (*setup, error) {
	c := noConfig
	if file != "" {
		var err error
		if c, err = config.Load(file); err != nil {
			return nil, err
		}
	}
	locale := cmp.Or(c.Locale, s.locale, lexicon.Locales[0])
	key := strings.Join(c.Lexicons, "\x00") + "\x00" + locale
	if c.NoDefault {
		key += "\x00nodefault"
	}
	if ch := s.checkers[key]; ch != nil {
		return &setup{cfg: c, checker: ch}, nil
	}
	var ls []*lexicon.Lexicon
	for _, f := range c.Lexicons {
		l := s.house[f]
		if l == nil {
			var err error
			if l, err = (lexicon.LoadOptions{Cache: s.cache}).LoadFile(f); err != nil {
				return nil, c.LexiconError(err)
			}
			s.house[f] = l
		}
		ls = append(ls, l)
	}
	lex, err := lexicon.OverDefault(locale, c.NoDefault, ls...)
	if err != nil {
		return nil, err
	}
	ch := spell.NewChecker(lex, spell.Options{})
	s.checkers[key] = ch
	return &setup{cfg: c, checker: ch}, nil
}

// governs reports whether path is a configuration or lexicon file of a
// setup in use, so that saving it reloads.
func (s *setups) governs(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if filepath.Base(path) == config.FileName {
		return true
	}
	for _, st := range s.good {
		if st != nil && slices.Contains(st.cfg.Lexicons, path) {
			return true
		}
	}
	return false
}

// errNoLexicon is the reason "add to the house lexicon" is not offered.
var errNoLexicon = errors.New("no house lexicon is named in " + config.FileName)

// houseLexicon returns the lexicon that "add to the house lexicon"
// appends to: the last one the configuration names, which refines the
// others.
func houseLexicon(c *config.Config) (string, error) {
	if len(c.Lexicons) == 0 {
		return "", errNoLexicon
	}
	return c.Lexicons[len(c.Lexicons)-1], nil
}
