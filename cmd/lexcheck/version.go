package main

import (
	"encoding/json"
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
	if status, ok := parseFlags(fs, args, 0); !ok {
		return status
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
