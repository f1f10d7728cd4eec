package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// A setup gives each checked path its configuration and checker: the
// nearest .lexcheck.toml (or the --config file) with the flags laid over
// it. Each file is read, and each checker built, once: files in different
// directories with different configurations get different checkers, and
// those with the same lexicons, default and locale share one. A setup is
// used by one goroutine, while the inputs are collected.
type setup struct {
	flags    *checkFlags
	explicit *config.Config // --config, for every path; nil to look for files

	found    map[string]string           // directory -> configuration file found from it, "" for none
	configs  map[string]*config.Config   // by file
	checkers map[string]*spell.Checker   // by checkerKey
	house    map[string]*lexicon.Lexicon // house lexicons by file
	lexKeys  map[string]map[string]bool  // by checkerKey: the real paths of its house lexicons
	failed   map[string]bool             // files whose error was already reported

	// broken is set once a configuration file or a lexicon it names
	// could not be read: the run is then stopped, not done with some
	// other configuration.
	broken bool
}

// noConfig is the configuration of a path without a file.
var noConfig = &config.Config{}

func newSetup(cf *checkFlags) (*setup, error) {
	s := &setup{
		flags:    cf,
		found:    map[string]string{},
		configs:  map[string]*config.Config{},
		checkers: map[string]*spell.Checker{},
		house:    map[string]*lexicon.Lexicon{},
		lexKeys:  map[string]map[string]bool{},
		failed:   map[string]bool{},
	}
	if cf.config != "" {
		c, err := config.LoadWith(cf.config, config.Options{OutsideLexicons: cf.outside})
		if err != nil {
			return nil, err
		}
		s.explicit = c
	}
	return s, nil
}

// configFor returns the configuration for files in dir. An error (a
// malformed file) is returned once per file; later calls get noConfig and
// a nil error, so that the run reports it once and fails.
func (s *setup) configFor(dir string) (*config.Config, error) {
	if s.explicit != nil {
		return s.explicit, nil
	}
	file, ok := s.found[dir]
	if !ok {
		file = config.Find(dir)
		s.found[dir] = file
	}
	if file == "" {
		return noConfig, nil
	}
	if c, ok := s.configs[file]; ok {
		return c, nil
	}
	c, err := config.LoadWith(file, config.Options{OutsideLexicons: s.flags.outside})
	if err != nil {
		s.configs[file] = noConfig
		s.broken = true
		return noConfig, err
	}
	s.configs[file] = c
	return c, nil
}

// settings are what a checker is built from.
type settings struct {
	lexicons  []string
	noDefault bool
	locale    string
}

// settingsFor lays the flags over c: --lexicon files come after the
// configuration's (so they refine them), --no-default and --locale
// replace its values when given.
func (s *setup) settingsFor(c *config.Config) settings {
	st := settings{
		lexicons:  append(slices.Clone(c.Lexicons), s.flags.lexicons...),
		noDefault: c.NoDefault,
		locale:    c.Locale,
	}
	if s.flags.set["no-default"] {
		st.noDefault = s.flags.noDefault
	}
	if s.flags.set["locale"] || st.locale == "" {
		st.locale = s.flags.locale
	}
	return st
}

// checkerFor returns the checker for files configured by c, and the real
// paths of the house lexicons it uses.
func (s *setup) checkerFor(c *config.Config) (*spell.Checker, map[string]bool, error) {
	st := s.settingsFor(c)
	key := strings.Join(st.lexicons, "\x00") + "\x01" + st.locale
	if st.noDefault {
		key += "\x01nodefault"
	}
	if ch, ok := s.checkers[key]; ok {
		return ch, s.lexKeys[key], nil
	}
	lex, err := loadLexicon(st.lexicons, st.noDefault, st.locale, s.house)
	if err != nil {
		s.broken = true
		return nil, nil, c.LexiconError(err) // names the configuration's line for its missing file
	}
	ch := spell.NewChecker(lex, spell.Options{})
	keys := map[string]bool{}
	for _, f := range st.lexicons {
		keys[realPath(f)] = true
	}
	s.checkers[key], s.lexKeys[key] = ch, keys
	return ch, keys, nil
}

// configure fills in the configuration and checker of in, whose file is
// in dir. It reports whether in is to be checked: not excluded, and not
// one of the house lexicons in force for it (a word list is not prose,
// and a fix would rewrite the house style: !Qaddafi to !Gaddafi). Errors
// are returned once each.
func (s *setup) configure(in *input, dir string) (bool, error) {
	c, err := s.configFor(dir)
	if err != nil {
		return false, err
	}
	if !in.stdin && c.Excluded(in.name, false) {
		return false, nil
	}
	ch, lexicons, err := s.checkerFor(c)
	if err != nil {
		if msg := err.Error(); s.failed[msg] {
			return false, nil
		} else {
			s.failed[msg] = true
		}
		return false, err
	}
	if !in.stdin && lexicons[in.key] {
		return false, nil
	}
	in.cfg, in.checker = c, ch
	return true, nil
}

// workDir is the directory standard input is configured from.
func workDir() string {
	if d, err := os.Getwd(); err == nil {
		return d
	}
	return "."
}

// absDir returns the absolute form of dir, or dir.
func absDir(dir string) string {
	if a, err := filepath.Abs(dir); err == nil {
		return a
	}
	return dir
}

// loadLexicon merges the house lexicon files (in order: later files refine
// earlier ones) with the embedded default of locale unless noDefault. Files
// already in cache are not read again; those read are added to it (cache
// may be nil). An unknown locale is an error even with noDefault.
func loadLexicon(files []string, noDefault bool, locale string, cache map[string]*lexicon.Lexicon) (*lexicon.Lexicon, error) {
	var ls []*lexicon.Lexicon
	for _, f := range files {
		l, ok := cache[f]
		if !ok {
			var err error
			if l, err = (lexicon.LoadOptions{Cache: tableCache}).LoadFile(f); err != nil {
				return nil, err // a *ParseError names file and line; an *fs.PathError the file
			}
			if cache != nil {
				cache[f] = l
			}
		}
		ls = append(ls, l)
	}
	return lexicon.OverDefault(locale, noDefault, ls...)
}
