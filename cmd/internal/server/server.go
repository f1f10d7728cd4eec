package server

import (
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// DefaultMaxBytes is the request body limit when [Config.MaxBytes] is 0.
const DefaultMaxBytes = 1 << 20

// DefaultTimeout is how long a check may take when [Config.Timeout] is 0.
const DefaultTimeout = 10 * time.Second

// Config configures a Server.
type Config struct {
	Lexicons  []string      // house lexicon files, in order; later files refine earlier ones
	NoDefault bool          // don't use the embedded default dictionary and gazetteer
	Locale    string        // default locale for requests that give none; "" means "en-GB"
	MaxBytes  int64         // request body limit; 0 means 1 MiB
	Logger    *slog.Logger  // nil means slog.Default()
	Disabled  []spell.Kind  // kinds whose findings are dropped (a configuration's "off")
	Cache     lexicon.Cache // keeps large house lexicons' tables between loads; nil for none

	// Levels gives the findings of a kind their level, which answers
	// carry as "severity" (a configuration's [severity]); a kind not in
	// it is a report.Warning.
	Levels map[spell.Kind]report.Level

	// Timeout bounds the work of one check request, including the wait for
	// a free checker when many requests arrive at once; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxConcurrent is how many checks run at once; further requests wait
	// (within Timeout). 0 means twice GOMAXPROCS.
	MaxConcurrent int

	// Reconfigure, when set, is called by New and by every reload for the
	// settings to serve with: the Lexicons, NoDefault, Locale, Disabled
	// and Levels of the Config it returns replace this one's (lexcheck
	// serve --config re-reads its file there). Its error fails New; on a
	// reload it is logged, and the settings in use keep serving.
	Reconfigure func() (Config, error)
	// Watch lists files besides the lexicons whose change starts a reload
	// as a lexicon file's does: the file Reconfigure reads.
	Watch []string
}

// A Server checks texts over HTTP against a set of lexicons that it can
// reload while serving. It is safe for concurrent use.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics
	handler http.Handler
	slots   chan struct{} // one token per check that may run

	lex   atomic.Pointer[lexState] // the lexicons in use
	ready atomic.Bool              // lexicons loaded and not shutting down

	reloadMu sync.Mutex
	seen     []watched // the files as last read, successfully or not
}

// lexState is one loaded setup, the lexicons and the settings read with
// them, replaced whole on reload.
type lexState struct {
	files     []string // the house lexicon files read
	house     []*lexicon.Lexicon
	noDefault bool
	locale    string       // for requests that give none
	disabled  []spell.Kind // kinds whose findings are dropped
	levels    map[spell.Kind]report.Level

	mu       sync.Mutex
	checkers map[string]*spell.Checker // by locale, built on first use
}

// A watched file is one whose change starts a reload, with its stamp when
// it was last read.
type watched struct {
	path  string
	stamp stamp
}

// A stamp identifies a version of a file cheaply: its modification time
// and size, or the error stat gave.
type stamp struct {
	mod  time.Time
	size int64
	err  string
}

func stat(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{err: err.Error()}
	}
	return stamp{mod: fi.ModTime(), size: fi.Size()}
}

// New loads the lexicons and returns a server ready to serve, or the load
// error: a *lexicon.ParseError ("file:line:col: msg") for a malformed
// lexicon, an *fs.PathError for a missing file, an error naming an
// unknown locale, or the error of [Config.Reconfigure].
func New(cfg Config) (*Server, error) {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 2 * runtime.GOMAXPROCS(0)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cfg.Lexicons = slices.Clone(cfg.Lexicons)
	cfg.Disabled = slices.Clone(cfg.Disabled)
	cfg.Levels = maps.Clone(cfg.Levels)
	cfg.Watch = slices.Clone(cfg.Watch)
	s := &Server{
		cfg:     cfg,
		log:     cfg.Logger,
		metrics: newMetrics(),
		slots:   make(chan struct{}, cfg.MaxConcurrent),
	}
	st, seen, err := s.load()
	if err != nil {
		return nil, err
	}
	s.seen = seen
	s.lex.Store(st)
	s.handler = s.routes()
	s.ready.Store(true)
	return s, nil
}

// Registry returns the Prometheus registry that /metrics serves, so that a
// caller may add collectors of its own.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// Reload reads the lexicon files again, after asking [Config.Reconfigure]
// for the settings when it is set. On success the new lexicons and
// settings serve every request that starts after Reload returns. On error
// those in use stay, and the error (which names file and line for a
// malformed lexicon or configuration) is logged and returned.
func (s *Server) Reload() error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	st, seen, err := s.load()
	s.seen = seen
	if err != nil {
		s.metrics.reloads.WithLabelValues("error").Inc()
		attrs := []any{"err", err.Error()}
		if pe, ok := errors.AsType[*lexicon.ParseError](err); ok {
			attrs = append(attrs, "file", pe.File, "line", pe.Line)
		} else if pe, ok := errors.AsType[*config.ParseError](err); ok {
			attrs = append(attrs, "file", pe.File, "line", pe.Line)
		}
		s.log.Error("lexicon reload failed; keeping the lexicons in use", attrs...)
		return err
	}
	s.lex.Store(st)
	s.metrics.reloads.WithLabelValues("ok").Inc()
	s.log.Info("lexicons reloaded", "files", len(st.files))
	return nil
}

// changed reports whether a lexicon file, or a file of [Config.Watch],
// differs from when it was last read.
func (s *Server) changed() bool {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	for _, w := range s.seen {
		if stat(w.path) != w.stamp {
			return true
		}
	}
	return false
}

// load asks Reconfigure for the settings, when set, reads the house
// lexicons and prepares the checker of the default locale, so that the
// first request does not pay for building indexes. It returns the files'
// stamps as read, before the files were opened, so a change during the
// read is seen on the next poll.
func (s *Server) load() (*lexState, []watched, error) {
	var seen []watched
	for _, f := range s.cfg.Watch {
		seen = append(seen, watched{f, stat(f)})
	}
	cfg := s.cfg
	if cfg.Reconfigure != nil {
		rc, err := cfg.Reconfigure()
		if err != nil {
			return nil, seen, err
		}
		cfg.Lexicons, cfg.NoDefault, cfg.Locale = slices.Clone(rc.Lexicons), rc.NoDefault, rc.Locale
		cfg.Disabled, cfg.Levels = slices.Clone(rc.Disabled), maps.Clone(rc.Levels)
	}
	if cfg.Locale == "" {
		cfg.Locale = lexicon.Locales[0]
	}
	if !knownLocale(cfg.Locale) {
		return nil, seen, fmt.Errorf("unknown locale %q (known: %s)", cfg.Locale, strings.Join(lexicon.Locales, ", "))
	}
	for _, f := range cfg.Lexicons {
		seen = append(seen, watched{f, stat(f)})
	}
	st := &lexState{files: cfg.Lexicons, noDefault: cfg.NoDefault, locale: cfg.Locale, disabled: cfg.Disabled, levels: cfg.Levels, checkers: map[string]*spell.Checker{}}
	for _, f := range cfg.Lexicons {
		l, err := (lexicon.LoadOptions{Cache: cfg.Cache}).LoadFile(f)
		if err != nil {
			return nil, seen, err
		}
		st.house = append(st.house, l)
	}
	c, err := st.checker(cfg.Locale)
	if err != nil {
		return nil, seen, err
	}
	c.CheckDocument(spell.Document{Src: []byte("Warm the indexes up.")})
	return st, seen, nil
}

// checker returns the checker for locale, which must be known.
func (st *lexState) checker(locale string) (*spell.Checker, error) {
	if st.noDefault {
		locale = "" // the locale picks only the default dictionary
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	if c := st.checkers[locale]; c != nil {
		return c, nil
	}
	lex, err := lexicon.OverDefault(locale, st.noDefault, st.house...)
	if err != nil {
		return nil, err
	}
	c := spell.NewChecker(lex, spell.Options{})
	st.checkers[locale] = c
	return c, nil
}

func knownLocale(l string) bool { return slices.Contains(lexicon.Locales, l) }
