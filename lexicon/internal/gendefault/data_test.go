package main

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// dataDir is where the committed generated files are.
const dataDir = "../../data"

// readData returns the header comments and the lines of a committed file.
func readData(t *testing.T, name string) (header, lines []string) {
	t.Helper()
	f, err := os.Open(filepath.Join(dataDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "" || !zr.ModTime.IsZero() {
		t.Errorf("%s: gzip header has name %q, time %v", name, zr.Name, zr.ModTime)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			if len(lines) > 0 {
				t.Fatalf("%s: comment after data: %q", name, l)
			}
			header = append(header, l)
			continue
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(header) == 0 {
		t.Errorf("%s: no header comments", name)
	}
	return header, lines
}

var validTiers = map[string]bool{"10": true, "20": true, "35": true, "40": true, "50": true, "55": true, "60": true, "70": true, "80": true, "95": true}

func TestCommittedWordLists(t *testing.T) {
	for _, tag := range []string{"en-GB", "en-US"} {
		header, lines := readData(t, "words-"+tag+".tsv.gz")
		if !strings.Contains(strings.Join(header, "\n"), "SCOWL") {
			t.Errorf("%s: header does not name SCOWL", tag)
		}
		if len(lines) < 200000 {
			t.Errorf("%s: only %d words", tag, len(lines))
		}
		words := map[string]string{}
		prev := ""
		for i, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) != 3 {
				t.Fatalf("%s line %d: %d fields: %q", tag, i, len(f), l)
			}
			w, tier, flags := f[0], f[1], f[2]
			if i > 0 && w <= prev {
				t.Fatalf("%s: %q after %q: not sorted or not unique", tag, w, prev)
			}
			prev = w
			if w == "" || strings.ContainsAny(w, " ") || isPossessive(w) {
				t.Errorf("%s: bad word %q", tag, w)
			}
			if !validTiers[tier] {
				t.Errorf("%s: %q has tier %q", tag, w, tier)
			}
			switch flags {
			case "", "v", "p", "vp":
			default:
				t.Errorf("%s: %q has flags %q", tag, w, flags)
			}
			words[w] = tier + "\t" + flags
		}
		has := func(w string) bool { _, ok := words[w]; return ok }
		for _, w := range []string{"developement", "controled", "responsiblity", "reasearch", "colour's"} {
			if has(w) {
				t.Errorf("%s accepts %q", tag, w)
			}
		}
		for _, w := range []string{"London", "NATO", "iPod", "don't", "ariary", "gameplay", "the"} {
			if !has(w) {
				t.Errorf("%s lacks %q", tag, w)
			}
		}
		if tag == "en-GB" {
			for _, w := range []string{"colour", "centre", "destabilisation", "organise", "telecentres"} {
				if !has(w) {
					t.Errorf("en-GB lacks %q", w)
				}
			}
			for _, w := range []string{"color", "center", "catalog"} {
				if has(w) {
					t.Errorf("en-GB accepts %q", w)
				}
			}
			if words["organize"] != "10\tv" {
				t.Errorf("en-GB organize = %q, want variant", words["organize"])
			}
		} else {
			for _, w := range []string{"color", "center", "destabilization", "organize"} {
				if !has(w) {
					t.Errorf("en-US lacks %q", w)
				}
			}
			for _, w := range []string{"colour", "centre", "destabilisation", "organise"} {
				if has(w) {
					t.Errorf("en-US accepts %q", w)
				}
			}
		}
		if words["the"] != "10\t" {
			t.Errorf("%s: the = %q", tag, words["the"])
		}
	}
}

func TestCommittedGazetteer(t *testing.T) {
	header, lines := readData(t, "gazetteer.tsv.gz")
	if !strings.Contains(strings.Join(header, "\n"), "GeoNames (geonames.org), CC BY 4.0") {
		t.Error("header lacks the GeoNames credit")
	}
	if len(lines) < 30000 {
		t.Errorf("only %d places", len(lines))
	}
	var prevName string
	var prevPop int64
	byName := map[string][]string{}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("line %d: %d fields: %q", i, len(f), l)
		}
		name, cc := f[0], f[2]
		pop, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || pop < 0 {
			t.Errorf("%s: population %q", name, f[1])
		}
		if len(cc) != 2 || strings.ToUpper(cc) != cc {
			t.Errorf("%s: country code %q", name, cc)
		}
		if name == "" {
			t.Errorf("line %d: empty name", i)
		}
		if i > 0 && (name < prevName || name == prevName && pop > prevPop) {
			t.Errorf("line %d (%s %d) out of order after %s %d", i, name, pop, prevName, prevPop)
		}
		prevName, prevPop = name, pop
		if f[3] == "" {
			continue
		}
		seen := map[string]bool{}
		for _, a := range strings.Split(f[3], "|") {
			if a == name || seen[a] {
				t.Errorf("%s: alternate %q repeats", name, a)
			}
			seen[a] = true
			if ok, why := keepAlternate(a); !ok {
				t.Errorf("%s: alternate %q should have been dropped (%s)", name, a, why)
			}
		}
		byName[name] = append(byName[name], f[3])
	}
	alts := strings.Join(byName["Jalal-Abad"], "|")
	if !strings.Contains(alts, "Dzhalal-Abad") || !strings.Contains(alts, "Djalalabad") {
		t.Errorf("Jalal-Abad alternates %q lack Dzhalal-Abad/Djalalabad", alts)
	}
	if !strings.Contains(strings.Join(byName["Andong"], "|"), "Andongas") {
		t.Error("Andong lacks its alternate Andongas")
	}
	if len(byName["Kyrgyzstan"]) == 0 {
		t.Error("no Kyrgyzstan")
	}
}
