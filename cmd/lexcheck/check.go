package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
	"github.com/lexcheck/lexcheck/spell/markup"
)

// stringList is a flag that may be given more than once.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

type checkFlags struct {
	lexicons  stringList
	noDefault bool
	locale    string
	format    string
	markup    string
	jobs      int
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cf checkFlags
	fs := flag.NewFlagSet("lexcheck check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&cf.lexicons, "lexicon", "a house lexicon `FILE` (may be repeated; later files refine earlier ones)")
	fs.BoolVar(&cf.noDefault, "no-default", false, "do not use the embedded dictionary and gazetteer")
	fs.StringVar(&cf.locale, "locale", lexicon.Locales[0], "dictionary locale: "+strings.Join(lexicon.Locales, " or "))
	fs.StringVar(&cf.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	fs.StringVar(&cf.markup, "markup", "", "markup of standard input, and of files whose extension does not say: text, markdown or html")
	fs.IntVar(&cf.jobs, "jobs", runtime.GOMAXPROCS(0), "files checked at once")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: lexcheck check [flags] [PATH|-]...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "lexcheck check: no PATH given (use - for standard input)")
		return exitError
	}
	forced := markup.Format(-1)
	if cf.markup != "" {
		f, err := markup.ParseFormat(cf.markup)
		if err != nil {
			fmt.Fprintf(stderr, "lexcheck check: --markup: %v\n", err)
			return exitError
		}
		forced = f
	}
	printer, err := report.New(cf.format, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck check: %v\n", err)
		return exitError
	}
	lex, err := loadLexicon(cf.lexicons, cf.noDefault, cf.locale)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	checker := spell.NewChecker(lex, spell.Options{})

	failed := false
	var inputs []input
	for _, p := range fs.Args() {
		in, err := collect(p)
		for _, e := range err {
			fmt.Fprintf(stderr, "lexcheck: %v\n", e)
			failed = true
		}
		inputs = append(inputs, in...)
	}
	results := checkAll(checker, inputs, stdin, cf.jobs, forced)

	var all []spell.Finding
	var st report.Stats
	for _, r := range results {
		for _, note := range r.notes {
			fmt.Fprintf(stderr, "lexcheck: %s\n", note)
		}
		if r.err != nil {
			fmt.Fprintf(stderr, "lexcheck: %v\n", r.err)
			failed = true
			continue
		}
		if r.skipped {
			continue
		}
		st.Files++
		st.Bytes += r.stats.Bytes
		st.Words += r.stats.Words
		all = append(all, r.findings...)
	}
	st.Findings = len(all)
	if err := printer.Print(all, st); err != nil {
		fmt.Fprintf(stderr, "lexcheck: writing output: %v\n", err)
		return exitError
	}
	switch {
	case failed:
		return exitError
	case len(all) > 0:
		return exitFindings
	}
	return exitClean
}

// loadLexicon merges the house lexicons (in order) with the default.
func loadLexicon(files []string, noDefault bool, locale string) (*lexicon.Lexicon, error) {
	var ls []*lexicon.Lexicon
	for _, f := range files {
		l, err := lexicon.LoadFile(f)
		if err != nil {
			return nil, err // a *ParseError names file and line; an *fs.PathError names the file
		}
		ls = append(ls, l)
	}
	// Later house files refine earlier ones: Merge lets the later win.
	if !noDefault {
		d, err := lexicon.Default(locale)
		if err != nil {
			return nil, err
		}
		ls = append(ls, d)
	} else if _, err := lexicon.Default(locale); err != nil && locale != lexicon.Locales[0] {
		return nil, err
	}
	return lexicon.Merge(ls...), nil
}

// A result is what checking one input gave.
type result struct {
	findings []spell.Finding
	stats    spell.Stats
	notes    []string // warnings that do not fail the run
	skipped  bool     // not checked (binary, empty), with a note saying why
	err      error
}

// checkAll checks the inputs on jobs goroutines and returns their results
// in input order, so the output does not depend on scheduling.
func checkAll(c *spell.Checker, inputs []input, stdin io.Reader, jobs int, forced markup.Format) []result {
	results := make([]result, len(inputs))
	if jobs < 1 {
		jobs = 1
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] = checkOne(c, inputs[i], stdin, forced)
			}
		}()
	}
	for i := range inputs {
		work <- i
	}
	close(work)
	wg.Wait()
	return results
}

// formatOf returns the markup of an input: the --markup flag for standard
// input or a file whose extension is not a markup one, else the extension's.
func formatOf(in input, forced markup.Format) markup.Format {
	f := markup.FormatOf(in.name)
	if forced >= 0 && (in.stdin || f == markup.Text) {
		return forced
	}
	return f
}

func checkOne(c *spell.Checker, in input, stdin io.Reader, forced markup.Format) result {
	src, err := in.read(stdin)
	if err != nil {
		return result{err: err}
	}
	var r result
	switch {
	case len(src) == 0:
		r.notes = append(r.notes, in.name+": empty file, nothing to check")
	case isBinary(src):
		r.notes = append(r.notes, in.name+": binary file, skipped")
		r.skipped = true
		return r
	}
	if line, ok := firstInvalidUTF8(src); !ok {
		r.notes = append(r.notes, fmt.Sprintf("%s:%d: invalid UTF-8; checking the text around it", in.name, line))
	}
	doc := spell.Document{Name: in.name, Src: src}
	if f := formatOf(in, forced); f != markup.Text {
		doc.Prose = markup.Prose(src, f)
	}
	r.findings, r.stats = c.CheckDocument(doc)
	return r
}
