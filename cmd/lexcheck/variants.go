package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/lexcheck/lexcheck/lexicon"
)

// runVariants prints, for each lexicon entry given (as arguments in the
// lexicon format, or the entries of --lexicon files), the spellings
// generated from its original script, the scheme that made each, and
// whether a check will flag it, so that a lexicon maintainer sees what an
// entry such as 'Bakiyev = Бакиев' does.
func runVariants(args []string, stdout, stderr io.Writer) int {
	var files stringList
	var noDefault bool
	var locale string
	fs := flag.NewFlagSet("lexcheck lexicon variants", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&files, "lexicon", "list the entries of this lexicon `FILE` (may be repeated)")
	fs.BoolVar(&noDefault, "no-default", false, "do not consult the embedded dictionary and gazetteer")
	fs.StringVar(&locale, "locale", lexicon.Locales[0], "dictionary locale: "+strings.Join(lexicon.Locales, " or "))
	setUsage(fs, "['ENTRY']...", "lexcheck lexicon variants 'Bakiyev = Бакиев'")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if fs.NArg() == 0 && len(files) == 0 {
		fmt.Fprintln(stderr, "lexcheck lexicon variants: no ENTRY or --lexicon FILE given")
		return exitError
	}
	var ls []*lexicon.Lexicon
	for i, a := range fs.Args() {
		l, err := lexicon.Load(strings.NewReader(a), fmt.Sprintf("argument %d", i+1))
		if err != nil {
			fmt.Fprintf(stderr, "lexcheck: %v\n", err)
			return exitError
		}
		ls = append(ls, l)
	}
	// The lexicon the entries are judged against: the files, then the
	// entries given, then the default, as check would merge them.
	lex, err := loadLexicon(files, noDefault, locale, nil)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	lex = lexicon.Merge(append(ls, lex)...)

	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	entries := lex.Entries()
	for i := range entries {
		e := &entries[i]
		if e.Original == "" {
			continue
		}
		fmt.Fprintf(tw, "%s\n", e)
		rs := e.Romanizations()
		if len(rs) == 0 {
			fmt.Fprintf(tw, "  (no romanization of %q differs from the house spelling)\n", e.Original)
		}
		for _, r := range rs {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", r.Spelling, r.Scheme, verdictOf(lex, r))
		}
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintf(stderr, "lexcheck: writing output: %v\n", err)
		return exitError
	}
	return exitClean
}

// verdictOf says what a check does with a generated spelling.
func verdictOf(lex *lexicon.Lexicon, r lexicon.Romanization) string {
	// As the checker does: the exact spelling first, then any spelling
	// that folds to the same form (Dmitriĭ, Dmitrii).
	info := lex.Lookup(r.Spelling)
	if info.Flags&(lexicon.Rejected|lexicon.HouseVariant) == 0 && !info.Known() {
		info = lex.LookupFold(r.Spelling)
	}
	switch {
	case info.Flags&lexicon.HouseVariant != 0 && info.Suggest == r.House:
		return "flagged: house spelling is " + r.House
	case info.Flags&(lexicon.HouseVariant|lexicon.Rejected) != 0:
		return "flagged: house spelling is " + info.Suggest + " (another entry)"
	case info.Flags&lexicon.House != 0:
		return "not flagged: another house entry accepts it"
	}
	fold := lex.LookupFold(r.Spelling)
	switch {
	case fold.Flags&lexicon.Word != 0:
		return "not flagged: a dictionary word"
	case fold.Flags&lexicon.Proper != 0:
		return "not flagged: the dictionary knows it as a name"
	case fold.Flags&lexicon.Place != 0:
		return "not flagged: the gazetteer knows it as a place"
	}
	return "not flagged"
}
