package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scowlSizes are the SCOWL size tiers, smallest (most common) first.
var scowlSizes = []int{10, 20, 35, 40, 50, 55, 60, 70, 80, 95}

// scowlCategories are the SCOWL list categories that hold words a checker
// should accept. special-hacker and special-roman-numerals are left out.
var scowlCategories = []string{"words", "upper", "proper-names", "contractions", "abbreviations"}

// locale says which SCOWL lists make up one locale's dictionary.
type locale struct {
	Tag     string   // BCP 47 tag, e.g. "en-GB"
	Main    []string // SCOWL lists whose words are the locale's main spellings
	Variant []string // lists whose words are accepted variants (flag v)
	// LessCommon are lists of variants accepted (flag v) unless the
	// regular differences between the locales make a main word of them.
	LessCommon []string
	Other      []string // lists of the other locale's spellings, never accepted unless also in Main/Variant
	Hunspell   string   // base name of the Hunspell dictionary, e.g. "en_GB"
}

// locales are the two locales lexcheck ships. For en-GB the generic
// variant_1 lists are not used: they hold American main spellings (color,
// center) as variants; british_variant_1 is their British counterpart.
// The variant_2 lists hold spellings SCOWL calls acceptable but less
// common (amongst and onwards in American, speeded, abided, soya,
// tradeable in both); they are accepted, never suggested, unless they are
// the other locale's spelling of a main word (travellers, programme in
// en-US; acknowledgment, sulfate in en-GB).
var locales = []locale{
	{
		Tag:        "en-GB",
		Main:       []string{"english", "british"},
		Variant:    []string{"british_z", "british_variant_1"},
		LessCommon: []string{"british_variant_2"},
		Other:      []string{"american", "variant_1"},
		Hunspell:   "en_GB",
	},
	{
		Tag:        "en-US",
		Main:       []string{"english", "american"},
		Variant:    []string{"variant_1"},
		LessCommon: []string{"variant_2"},
		Other:      []string{"british", "british_z", "british_variant_1", "british_variant_2"},
		Hunspell:   "en_US",
	},
}

// entry is one word of a locale's list.
type entry struct {
	Tier    int  // smallest SCOWL size at which the word appears
	Main    bool // in a main list (not only in variant lists)
	Proper  bool // from a proper-names list, or capitalised
	Source  string
	Variant bool // set at the end: accepted variant only
}

// flags returns the FLAGS field for e.
func (e *entry) flags() string {
	var s string
	if e.Variant {
		s += "v"
	}
	if e.Proper {
		s += "p"
	}
	return s
}

// readWordFile reads a one-word-a-line file. Files that are not valid UTF-8
// are taken as Latin-1 (older SCOWL releases ship ISO-8859-1).
func readWordFile(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(b) {
		b = latin1ToUTF8(b)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" {
			out = append(out, w)
		}
	}
	return out, sc.Err()
}

// latin1ToUTF8 converts ISO-8859-1 bytes to UTF-8.
func latin1ToUTF8(b []byte) []byte {
	var buf bytes.Buffer
	for _, c := range b {
		buf.WriteRune(rune(c))
	}
	return buf.Bytes()
}

// isPossessive reports whether w ends in 's or ’s.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// scowlFile names one SCOWL list file.
type scowlFile struct {
	List, Category string
	Size           int
}

// scowlFiles lists the SCOWL files present in dir, in a fixed order.
func scowlFiles(dir string) ([]scowlFile, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []scowlFile
	for _, e := range ents {
		name := e.Name()
		dot := strings.LastIndexByte(name, '.')
		if dot < 0 {
			continue
		}
		size, err := strconv.Atoi(name[dot+1:])
		if err != nil {
			continue
		}
		for _, cat := range scowlCategories {
			if list, ok := strings.CutSuffix(name[:dot], "-"+cat); ok {
				out = append(out, scowlFile{List: list, Category: cat, Size: size})
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.List != b.List {
			return a.List < b.List
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		return a.Size < b.Size
	})
	return out, nil
}

// scowlSet maps each word to the smallest size at which it appears in any of
// the named lists, and whether it came from a proper-names list.
type scowlSet map[string]*entry

// loadSCOWL reads the given lists from dir, keeping sizes ≤ maxSize.
// Possessive forms are dropped.
func loadSCOWL(dir string, lists []string, maxSize int) (scowlSet, error) {
	files, err := scowlFiles(dir)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, l := range lists {
		want[l] = true
	}
	set := scowlSet{}
	for _, f := range files {
		if !want[f.List] || f.Size > maxSize {
			continue
		}
		path := filepath.Join(dir, fmt.Sprintf("%s-%s.%d", f.List, f.Category, f.Size))
		words, err := readWordFile(path)
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			if isPossessive(w) {
				continue
			}
			e := set[w]
			if e == nil {
				e = &entry{Tier: f.Size, Source: "scowl"}
				set[w] = e
			}
			if f.Size < e.Tier {
				e.Tier = f.Size
			}
			if f.Category == "proper-names" || isCapitalised(w) {
				e.Proper = true
			}
		}
	}
	return set, nil
}

// mergeLocale merges main and variant sets into one list: a word's tier is
// the smallest size in any of its lists, and it is flagged as a variant when
// no main list has it.
func mergeLocale(main, variant scowlSet) map[string]*entry {
	out := map[string]*entry{}
	for w, e := range main {
		c := *e
		c.Main = true
		out[w] = &c
	}
	for w, e := range variant {
		if c, ok := out[w]; ok {
			if e.Tier < c.Tier {
				c.Tier = e.Tier
			}
			c.Proper = c.Proper || e.Proper
			continue
		}
		c := *e
		c.Main = false
		c.Variant = true
		out[w] = &c
	}
	return out
}
