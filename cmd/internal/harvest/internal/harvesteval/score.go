package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// report is what lexcheck check --format json writes, as far as scoring
// reads it.
type report struct {
	Findings []struct {
		File        string   `json:"file"`
		Offset      int      `json:"offset"`
		Word        string   `json:"word"`
		Kind        string   `json:"kind"`
		Suggestions []string `json:"suggestions"`
	} `json:"findings"`
	Stats struct {
		Words int `json:"words"`
	} `json:"stats"`
}

// place is a finding's or a misspelt use's file (base name) and offset.
type place struct {
	file   string
	offset int
}

// A score is what one check of the archive found.
type score struct {
	right, flagged int      // misspelt uses flagged with the right spelling first; flagged at all
	alarms         []string // flags where no slip was made: "file:offset word (kind)"
	words          int
}

func runScore(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("harvesteval score", flag.ContinueOnError)
	truthFile := fs.String("truth", "", "`FILE` of misspelt uses, as make writes it")
	draftFile := fs.String("draft", "", "`JSON` findings of the check with the draft lexicon")
	defaultFile := fs.String("default", "", "`JSON` findings of the check with the default alone")
	verbose := fs.Bool("v", false, "list the misses and the false alarms the draft adds")
	if err := fs.Parse(args); err != nil {
		return err
	}
	truths, err := readTruth(*truthFile)
	if err != nil {
		return err
	}
	var reps [2]*report
	for i, name := range []string{*draftFile, *defaultFile} {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		reps[i] = &report{}
		if err := json.Unmarshal(data, reps[i]); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
	}
	draft, def := scoreReport(reps[0], truths), scoreReport(reps[1], truths)
	per10k := func(s score) float64 { return 10000 * float64(len(s.alarms)) / float64(max(s.words, 1)) }
	n := float64(max(len(truths), 1))
	fmt.Fprintf(w, "misspelt uses: %d in %d words\n", len(truths), draft.words)
	fmt.Fprintf(w, "with the draft:   right spelling first %.3f, flagged %.3f, false alarms %d (%.2f per 10k words)\n",
		float64(draft.right)/n, float64(draft.flagged)/n, len(draft.alarms), per10k(draft))
	fmt.Fprintf(w, "default alone:    right spelling first %.3f, flagged %.3f, false alarms %d (%.2f per 10k words)\n",
		float64(def.right)/n, float64(def.flagged)/n, len(def.alarms), per10k(def))
	fmt.Fprintf(w, "the draft adds %.2f false alarms per 10k words\n", per10k(draft)-per10k(def))
	if *verbose {
		had := map[string]bool{}
		for _, a := range def.alarms {
			had[a] = true
		}
		for _, a := range draft.alarms {
			if !had[a] {
				fmt.Fprintln(w, "added false alarm:", a)
			}
		}
		got := map[place]string{}
		for _, f := range reps[0].Findings {
			if len(f.Suggestions) > 0 {
				got[place{filepath.Base(f.File), f.Offset}] = f.Suggestions[0]
			} else {
				got[place{filepath.Base(f.File), f.Offset}] = "(none)"
			}
		}
		for p, t := range truths {
			if got[p] != t[1] {
				fmt.Fprintf(w, "miss: %s:%d %s for %s (got %q)\n", p.file, p.offset, t[0], t[1], got[p])
			}
		}
	}
	return nil
}

// scoreReport scores one check against the misspelt uses (place ->
// slip, expected spelling).
func scoreReport(r *report, truths map[place][2]string) score {
	s := score{words: r.Stats.Words}
	for _, f := range r.Findings {
		p := place{filepath.Base(f.File), f.Offset}
		t, ok := truths[p]
		if !ok {
			s.alarms = append(s.alarms, fmt.Sprintf("%s:%d %s", p.file, p.offset, f.Word))
			continue
		}
		s.flagged++
		if len(f.Suggestions) > 0 && f.Suggestions[0] == t[1] {
			s.right++
		}
	}
	return s
}

// readTruth reads the misspelt uses make wrote.
func readTruth(name string) (map[place][2]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[place][2]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("%s:%d: want file, offset, length, word, expect", name, n)
		}
		off, err := strconv.Atoi(cols[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: offset: %v", name, n, err)
		}
		out[place{cols[0], off}] = [2]string{cols[3], cols[4]}
	}
	return out, sc.Err()
}
