// Command harvesteval measures lexcheck lexicon harvest on a labelled
// archive it makes from real articles (see scripts/harvest-eval.sh).
//
//	harvesteval make --articles DIR --labels FILE --out DIR --truth FILE [--seed N]
//	harvesteval score --truth FILE --draft JSON --default JSON
//
// make restores the errors the eval set put into its articles (their
// labels), then misspells some names the articles use often in about one
// use in eight, with a typing slip (a letter doubled, dropped, swapped
// with its neighbour or hit with a neighbouring key), and gives some
// articles another real person whose name shares most letters with a
// name of the archive (Gerard beside Gerrard). It writes the articles to
// --out and the misspelt uses to --truth. The articles are written at
// run time, from the eval set: nothing of them is kept in the repository.
//
// score reads the findings of lexcheck check --format json on the archive
// with the draft lexicon and with the default alone, and prints the share
// of misspelt uses flagged with the right spelling first, and the false
// alarms per 10,000 words the draft adds over the default.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: harvesteval make|score [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "make":
		err = runMake(os.Args[2:])
	case "score":
		err = runScore(os.Args[2:], os.Stdout)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "harvesteval:", err)
		os.Exit(2)
	}
}
