package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

// setUsage makes fs print the help screen every subcommand shares:
//
//	usage: lexcheck check [flags] [PATH|-]...
//
//	flags:
//	  --lexicon FILE
//	        a house lexicon FILE (may be repeated; ...)
//
// with the flags written --name, as the README and other tools write
// them (the flag package accepts either form). args is what follows the
// flags in the synopsis; examples, when given, are printed after it.
func setUsage(fs *flag.FlagSet, args string, examples ...string) {
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, strings.TrimSpace("usage: "+fs.Name()+" [flags] "+args))
		for _, e := range examples {
			fmt.Fprintf(w, "  e.g. %s\n", e)
		}
		fmt.Fprintln(w, "\nflags:")
		printFlags(w, fs)
	}
}

// parseFlags parses args with fs and allows at most maxArgs arguments
// after the flags. When it reports false, the run is over with the status
// returned: help was asked for, a flag was bad, or an argument too many.
func parseFlags(fs *flag.FlagSet, args []string, maxArgs int) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean, false
		}
		return exitError, false
	}
	if fs.NArg() > maxArgs {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(maxArgs))
		return exitError, false
	}
	return 0, true
}

// printFlags writes the flags of fs as "  --name ARG" lines, each followed
// by its description and default, like flag.PrintDefaults but with two
// dashes.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		arg, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if arg != "" {
			line += " " + arg
		}
		fmt.Fprintf(w, "%s\n        %s", line, strings.ReplaceAll(usage, "\n", "\n        "))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// runHelp prints the help of a subcommand ("help check", "help lexicon
// lint") on stdout, or the overview without one.
func runHelp(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return exitClean
	}
	if !slices.ContainsFunc(commands, func(c string) bool { return strings.Fields(c)[0] == args[0] }) {
		fmt.Fprintf(stderr, "lexcheck help: unknown command %q\n%s", args[0], usage)
		return exitError
	}
	return run(append(args, "-h"), stdin, stdout, stdout)
}
