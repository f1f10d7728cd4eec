package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/cmd/internal/harvest"
	"github.com/lexcheck/lexcheck/cmd/internal/lint"
	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell/markup"
)

const lexiconUsage = `usage:
  lexcheck lexicon harvest [--min-count N] [--markup text|markdown|html] [--report FILE.html|FILE.md] [--locale L] [--jobs N] PATH...
  lexcheck lexicon lint [--locale L] FILE...
  lexcheck lexicon variants [--lexicon FILE]... [--no-default] [--locale L] ['NAME = ORIGINAL']...
`

// runLexicon runs the lexicon tools.
func runLexicon(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, lexiconUsage)
		return exitError
	}
	switch args[0] {
	case "harvest":
		return runHarvest(args[1:], stdin, stdout, stderr)
	case "lint":
		return runLint(args[1:], stdout, stderr)
	case "variants":
		return runVariants(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, lexiconUsage)
		return exitClean
	}
	fmt.Fprintf(stderr, "lexcheck lexicon: unknown command %q\n%s", args[0], lexiconUsage)
	return exitError
}

// parseToolFlags parses the flags of a lexicon tool that needs at least
// one argument. When it reports false, the run is over with the status
// returned (help asked for, a bad flag, no argument).
func parseToolFlags(fs *flag.FlagSet, args []string, argsUsage, missing string, stderr io.Writer) (int, bool) {
	setUsage(fs, argsUsage)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean, false
		}
		return exitError, false
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "%s: %s\n", fs.Name(), missing)
		return exitError, false
	}
	return 0, true
}

// runHarvest writes a draft lexicon of the archive to stdout, and a report
// for editors to --report.
func runHarvest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexcheck lexicon harvest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minCount := fs.Int("min-count", 3, "fewest uses for a name to be listed, and for a majority spelling")
	markupName := fs.String("markup", "", "markup of standard input, and of files whose extension does not say: text, markdown or html")
	reportFile := fs.String("report", "", "also write a report for editors to `FILE` (.html or .md)")
	locale := fs.String("locale", lexicon.Locales[0], "dictionary locale: "+strings.Join(lexicon.Locales, " or "))
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "files read at once")
	if status, ok := parseToolFlags(fs, args, "PATH...", "no PATH given (use - for standard input)", stderr); !ok {
		return status
	}
	if *minCount < 1 {
		fmt.Fprintln(stderr, "lexcheck lexicon harvest: --min-count must be at least 1")
		return exitError
	}
	forced := markup.Format(-1)
	if *markupName != "" {
		f, err := markup.ParseFormat(*markupName)
		if err != nil {
			fmt.Fprintf(stderr, "lexcheck lexicon harvest: --markup: %v\n", err)
			return exitError
		}
		forced = f
	}
	var writeReport func(*harvest.Draft, io.Writer) error
	switch ext := strings.ToLower(filepath.Ext(*reportFile)); {
	case *reportFile == "":
	case ext == ".html" || ext == ".htm":
		writeReport = (*harvest.Draft).WriteHTML
	case ext == ".md" || ext == ".markdown":
		writeReport = (*harvest.Draft).WriteMarkdown
	default:
		fmt.Fprintf(stderr, "lexcheck lexicon harvest: --report %s: want a file ending in .html or .md\n", *reportFile)
		return exitError
	}
	def, err := lexicon.Default(*locale)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}

	// The archive is walked as check walks it: .gitignore and the
	// excludes of a .lexcheck.toml apply.
	st, err := newSetup(&checkFlags{locale: *locale, set: map[string]bool{"locale": true}})
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	inputs, failed := collectAll(fs.Args(), st, stderr)
	if st.broken {
		return exitError // a broken configuration would harvest with another
	}
	if *reportFile != "" {
		// A report written inside the archive is not an article of it.
		report := realPath(*reportFile)
		inputs = slices.DeleteFunc(inputs, func(in input) bool { return in.key == report })
	}
	h := harvest.New(def, harvest.Options{MinCount: *minCount})
	for _, name := range configLexicons(st, fs.Args()) {
		h.Skip(name, harvest.SkipConfigured)
	}
	for _, r := range harvestAll(h, inputs, stdin, *jobs, forced) {
		if r.note != "" {
			fmt.Fprintf(stderr, "lexcheck: %s\n", r.note)
		}
		if r.err != nil {
			fmt.Fprintf(stderr, "lexcheck: %v\n", r.err)
			failed = true
		}
	}
	if failed {
		return exitError
	}
	draft := h.Draft()
	if writeReport != nil {
		if err := writeAtomic(*reportFile, 0o644, func(w io.Writer) error { return writeReport(draft, w) }); err != nil {
			fmt.Fprintf(stderr, "lexcheck: writing the report: %v\n", err)
			return exitError
		}
	}
	if err := draft.WriteLexicon(stdout); err != nil {
		fmt.Fprintf(stderr, "lexcheck: writing the draft: %v\n", err)
		return exitError
	}
	return exitClean
}

// A harvested is what reading one input for a harvest gave: a note that
// does not fail the run (a binary file skipped), or an error.
type harvested struct {
	note string
	err  error
}

// harvestAll reads the inputs on jobs goroutines, one file in memory per
// goroutine, and adds them to h. It returns what each gave, in input order.
func harvestAll(h *harvest.Harvester, inputs []input, stdin io.Reader, jobs int, forced markup.Format) []harvested {
	out := make([]harvested, len(inputs))
	inParallel(len(inputs), jobs, func(i int) {
		in := inputs[i]
		src, err := in.read(stdin)
		if err != nil {
			out[i].err = err
			return
		}
		if isBinary(src) {
			out[i].note = in.name + ": binary file, skipped"
			return
		}
		if why := harvest.Skip(src); why != "" {
			// A harvest run twice in one folder must not count its own
			// draft and report, nor any other lexicon, as articles.
			h.Skip(in.name, why)
			out[i].note = in.name + ": " + why + ", skipped"
			return
		}
		h.Add(documentOf(in, src, forced))
	})
	return out
}

// configLexicons returns the house lexicons of the configurations in
// force that lie below the harvested paths, which the walk left out as
// check does (a lexicon is no prose), each named as the walk would name it.
func configLexicons(st *setup, paths []string) []string {
	var out []string
	for _, keys := range st.lexKeys {
		for key := range keys {
			if !proseExtensions[strings.ToLower(filepath.Ext(key))] {
				continue // never walked
			}
			for _, p := range paths {
				rel, err := filepath.Rel(realPath(p), key)
				if p == "-" || err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
					continue
				}
				if name := filepath.Join(p, rel); !slices.Contains(out, name) {
					out = append(out, name)
				}
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// runLint checks lexicon files and prints one problem a line.
func runLint(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexcheck lexicon lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	locale := fs.String("locale", lexicon.Locales[0], "dictionary locale: "+strings.Join(lexicon.Locales, " or "))
	if status, ok := parseToolFlags(fs, args, "FILE...", "no FILE given", stderr); !ok {
		return status
	}
	def, err := lexicon.Default(*locale)
	if err != nil {
		fmt.Fprintf(stderr, "lexcheck: %v\n", err)
		return exitError
	}
	var files []lint.File
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "lexcheck: %v\n", err)
			return exitError
		}
		files = append(files, lint.File{Name: name, Data: data})
	}
	problems := lint.Check(def, files...)
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	if len(problems) > 0 {
		return exitFindings
	}
	return exitClean
}
