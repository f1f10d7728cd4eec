// Command gennews writes generated news-like English text (see package
// newstext) to standard output, for benchmarks against other tools.
//
//	go run ./internal/newstext/gennews -mb 20 > news.txt
//	go run ./internal/newstext/gennews -lexicon 200000 > names.txt
//	go run ./internal/newstext/gennews -lexicon 200000 -dense > near-names.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/lexcheck/lexcheck/internal/newstext"
)

func main() {
	vocab := flag.String("vocab", "lexicon/data/freq-en.tsv.gz", "word frequency list (WORD<TAB>COUNT)")
	mb := flag.Float64("mb", 20, "size in megabytes")
	typos := flag.Float64("typos", 0, "share of words of 4+ letters with a typing error")
	seed := flag.Int64("seed", 1, "random seed")
	names := flag.Int("lexicon", 0, "write a house lexicon of this many names instead: the text's cast and generated names")
	dense := flag.Bool("dense", false, "with -lexicon: generated names near nearly every name of the text, not the cast")
	flag.Parse()
	if *names > 0 {
		write := newstext.WriteLexicon
		if *dense {
			write = newstext.WriteDenseLexicon
		}
		if err := write(os.Stdout, *seed, *names); err != nil {
			fmt.Fprintln(os.Stderr, "gennews:", err)
			os.Exit(1)
		}
		return
	}
	v, err := newstext.ReadVocab(*vocab, 30000)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gennews:", err)
		os.Exit(1)
	}
	if err := newstext.Write(os.Stdout, v, newstext.Options{Seed: *seed, Bytes: int(*mb * 1e6), Typos: *typos}); err != nil {
		fmt.Fprintln(os.Stderr, "gennews:", err)
		os.Exit(1)
	}
}
