package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/cmd/internal/config"
	"github.com/lexcheck/lexcheck/cmd/internal/lsp"
	"github.com/lexcheck/lexcheck/lexicon"
)

// runLSP runs the language server on standard input and output until the
// editor ends the session.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var opts lsp.Options
	fs := flag.NewFlagSet("lexcheck lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.Locale, "locale", lexicon.Locales[0], "dictionary locale of documents whose "+config.FileName+" does not name one: "+strings.Join(lexicon.Locales, " or "))
	fs.DurationVar(&opts.Debounce, "debounce", 0, "pause after a change before the document is checked (0: 150ms)")
	setUsage(fs, "", "lexcheck lsp    (the editor starts it; it speaks LSP on standard input and output)")
	if status, ok := parseFlags(fs, args, 0); !ok {
		return status
	}
	if !slices.Contains(lexicon.Locales, opts.Locale) {
		fmt.Fprintf(stderr, "lexcheck: unknown locale %q (known: %s)\n", opts.Locale, strings.Join(lexicon.Locales, ", "))
		return exitError
	}
	opts.Log, opts.Cache = stderr, tableCache
	switch err := lsp.Serve(context.Background(), stdin, stdout, opts); {
	case err == nil:
		return exitClean
	case errors.Is(err, lsp.ErrExitWithoutShutdown):
		return 1 // the protocol's status for an exit without shutdown
	default:
		fmt.Fprintf(stderr, "lexcheck lsp: %v\n", err)
		return exitError
	}
}
