package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/cmd/internal/server"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
)

// setFlags returns the names of the flags given on the command line.
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// runServe starts the HTTP API and the editor page; it returns when the
// process is told to stop (SIGINT, SIGTERM), after in-flight requests end.
func runServe(args []string, stdout, stderr io.Writer) int {
	var cfg server.Config
	var lexicons stringList
	fs := flag.NewFlagSet("lexcheck serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	fs.Var(&lexicons, "lexicon", "a house lexicon `FILE` (may be repeated; reloaded on SIGHUP or when it changes)")
	fs.BoolVar(&cfg.NoDefault, "no-default", false, "do not use the embedded dictionary and gazetteer")
	fs.StringVar(&cfg.Locale, "locale", lexicon.Locales[0], "default locale: "+strings.Join(lexicon.Locales, " or "))
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", server.DefaultMaxBytes, "largest request body accepted")
	outside := fs.Bool("allow-outside-lexicons", false, "let the configuration name lexicons outside its repository")
	configFile := fs.String("config", "", "a configuration `FILE` (.lexcheck.toml): its lexicons, locale, default and severities apply; flags override it")
	setUsage(fs, "")
	if status, ok := parseFlags(fs, args, 0); !ok {
		return status
	}
	cfg.Lexicons, cfg.Cache = lexicons, tableCache
	if *configFile != "" {
		set := setFlags(fs)
		if !*outside {
			delete(set, "allow-outside-lexicons")
		}
		cfg.Reconfigure = serveSettings(*configFile, cfg, set)
		cfg.Watch = []string{*configFile}
	}
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	s, err := server.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stdout, "lexcheck: serving on http://%s/\n", *addr)
	if err := server.Run(ctx, *addr, s); err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	return exitClean
}

// serveSettings returns the [server.Config.Reconfigure] of serve --config
// file: it reads the file, at the start and on every reload, and lays the
// flags (the Lexicons, NoDefault and Locale of flags; set names those
// given; --allow-outside-lexicons lets its lexicons leave the
// repository) over it as check does: --lexicon files come after the file's,
// --no-default and --locale replace its values; its [severity] applies
// ("off" kinds are dropped). A lexicon of the file that is missing is an error naming the
// file's line.
func serveSettings(file string, flags server.Config, set map[string]bool) func() (server.Config, error) {
	return func() (server.Config, error) {
		c, err := config.LoadWith(file, config.Options{OutsideLexicons: set["allow-outside-lexicons"]})
		if err != nil {
			return server.Config{}, err
		}
		for _, f := range c.Lexicons {
			if _, err := os.Stat(f); err != nil {
				return server.Config{}, c.LexiconError(err)
			}
		}
		rc := server.Config{
			Lexicons:  append(slices.Clone(c.Lexicons), flags.Lexicons...),
			NoDefault: c.NoDefault,
			Locale:    flags.Locale,
		}
		if set["no-default"] {
			rc.NoDefault = flags.NoDefault
		}
		if !set["locale"] && c.Locale != "" {
			rc.Locale = c.Locale
		}
		rc.Levels = map[spell.Kind]report.Level{}
		for _, k := range spell.Kinds {
			if c.Severity(k) == config.Off {
				rc.Disabled = append(rc.Disabled, k)
			} else {
				rc.Levels[k] = levelOf(c.Severity(k))
			}
		}
		return rc, nil
	}
}
