package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/lexcheck/lexcheck/cmd/internal/version"
)

// runVersion prints the build's version, revision, Go version and the
// versions of the embedded data (see [version.Info]), as text or JSON.
func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lexcheck version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the version as a JSON object")
	setUsage(fs, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "lexcheck version: unexpected argument %q\n", fs.Arg(0))
		return exitError
	}
	in := version.Get()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(in); err != nil {
			fmt.Fprintf(stderr, "lexcheck: writing output: %v\n", err)
			return exitError
		}
		return exitClean
	}
	fmt.Fprint(stdout, in)
	return exitClean
}
