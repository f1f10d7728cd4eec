package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

// affixRule is one PFX or SFX line of a Hunspell .aff file.
type affixRule struct {
	Strip, Add string
	Cond       []charClass // matched at the start (PFX) or end (SFX) of the stem
}

// affixClass is all the rules of one affix flag.
type affixClass struct {
	Prefix bool
	Cross  bool // may combine with an affix of the other kind
	Rules  []affixRule
}

// charClass is one position of an affix condition: ".", "x", "[abc]" or "[^abc]".
type charClass struct {
	Any    bool
	Negate bool
	Set    string
}

func (c charClass) match(r rune) bool {
	if c.Any {
		return true
	}
	return strings.ContainsRune(c.Set, r) != c.Negate
}

// parseCondition parses a Hunspell affix condition.
func parseCondition(s string) ([]charClass, error) {
	var out []charClass
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			out = append(out, charClass{Any: true})
		case '[':
			j := i + 1
			neg := false
			if j < len(rs) && rs[j] == '^' {
				neg = true
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			if k == len(rs) {
				return nil, fmt.Errorf("unclosed [ in condition %q", s)
			}
			out = append(out, charClass{Negate: neg, Set: string(rs[j:k])})
			i = k
		default:
			out = append(out, charClass{Set: string(rs[i])})
		}
	}
	return out, nil
}

// hunspellAff is the part of a .aff file needed to expand a .dic file.
type hunspellAff struct {
	Classes  map[rune]*affixClass
	Skip     map[rune]bool // flags of stems that are not words on their own (ONLYINCOMPOUND, NEEDAFFIX, FORBIDDENWORD)
	Iconv    [][2]string
	LongFlag bool
}

// parseAff parses a Hunspell .aff file with single-character flags.
func parseAff(b []byte) (*hunspellAff, error) {
	aff := &hunspellAff{Classes: map[rune]*affixClass{}, Skip: map[rune]bool{}}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "FLAG":
			if len(f) > 1 && f[1] != "UTF-8" {
				return nil, fmt.Errorf("FLAG %s is not supported", f[1])
			}
		case "ONLYINCOMPOUND", "NEEDAFFIX", "FORBIDDENWORD":
			if len(f) > 1 {
				r, _ := utf8.DecodeRuneInString(f[1])
				aff.Skip[r] = true
			}
		case "ICONV":
			if len(f) == 3 {
				aff.Iconv = append(aff.Iconv, [2]string{f[1], f[2]})
			}
		case "PFX", "SFX":
			if len(f) < 4 {
				continue
			}
			flag, _ := utf8.DecodeRuneInString(f[1])
			c := aff.Classes[flag]
			if c == nil {
				// Header line: PFX flag cross count.
				aff.Classes[flag] = &affixClass{Prefix: f[0] == "PFX", Cross: f[2] == "Y"}
				continue
			}
			if len(f) < 5 {
				continue
			}
			strip, add := f[2], f[3]
			if strip == "0" {
				strip = ""
			}
			if i := strings.IndexByte(add, '/'); i >= 0 {
				add = add[:i] // continuation flags are not used by en_GB/en_US
			}
			if add == "0" {
				add = ""
			}
			cond, err := parseCondition(f[4])
			if err != nil {
				return nil, err
			}
			c.Rules = append(c.Rules, affixRule{Strip: strip, Add: add, Cond: cond})
		}
	}
	return aff, sc.Err()
}

// applies reports whether rule r can be applied to stem.
func (r affixRule) applies(stem []rune, prefix bool) bool {
	n := len(r.Cond)
	if n > len(stem) {
		return false
	}
	for i, c := range r.Cond {
		var ch rune
		if prefix {
			ch = stem[i]
		} else {
			ch = stem[len(stem)-n+i]
		}
		if !c.match(ch) {
			return false
		}
	}
	if prefix {
		return strings.HasPrefix(string(stem), r.Strip)
	}
	return strings.HasSuffix(string(stem), r.Strip)
}

func (r affixRule) apply(stem string, prefix bool) string {
	if prefix {
		return r.Add + stem[len(r.Strip):]
	}
	return stem[:len(stem)-len(r.Strip)] + r.Add
}

// expand returns stem and every form its flags make, without duplicates.
func (aff *hunspellAff) expand(stem, flags string) []string {
	for _, fl := range flags {
		if aff.Skip[fl] {
			return nil
		}
	}
	seen := map[string]bool{stem: true}
	out := []string{stem}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	type form struct {
		w     string
		cross bool
	}
	var suffixed []form
	for _, fl := range flags {
		c := aff.Classes[fl]
		if c == nil || c.Prefix {
			continue
		}
		for _, r := range c.Rules {
			if r.applies([]rune(stem), false) {
				w := r.apply(stem, false)
				add(w)
				suffixed = append(suffixed, form{w, c.Cross})
			}
		}
	}
	for _, fl := range flags {
		c := aff.Classes[fl]
		if c == nil || !c.Prefix {
			continue
		}
		for _, r := range c.Rules {
			if r.applies([]rune(stem), true) {
				add(r.apply(stem, true))
			}
			if !c.Cross {
				continue
			}
			for _, s := range suffixed {
				if s.cross && r.applies([]rune(s.w), true) {
					add(r.apply(s.w, true))
				}
			}
		}
	}
	return out
}

// expandDic expands every stem of a .dic file and returns the sorted
// forms and the set of stems: the headwords the dictionary's editors
// wrote, not forms made by affix rules.
func expandDic(aff *hunspellAff, dic []byte) (forms []string, stems map[string]bool) {
	stems = map[string]bool{}
	dic = bytes.TrimPrefix(dic, []byte("\xef\xbb\xbf"))
	set := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(dic))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		if first {
			first = false
			continue // the word count
		}
		if i := strings.IndexAny(line, "\t "); i >= 0 {
			line = line[:i] // morphological fields
		}
		if line == "" {
			continue
		}
		stem, flags := line, ""
		if i := strings.IndexByte(line, '/'); i > 0 {
			stem, flags = line[:i], line[i+1:]
		}
		for _, ic := range aff.Iconv {
			stem = strings.ReplaceAll(stem, ic[0], ic[1])
		}
		stems[stem] = true
		for _, w := range aff.expand(stem, flags) {
			set[w] = true
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out, stems
}

// loadHunspell reads base.aff and base.dic and returns every word form
// and the set of headwords (see expandDic).
func loadHunspell(base string) (forms []string, stems map[string]bool, err error) {
	a, err := os.ReadFile(base + ".aff")
	if err != nil {
		return nil, nil, err
	}
	d, err := os.ReadFile(base + ".dic")
	if err != nil {
		return nil, nil, err
	}
	aff, err := parseAff(a)
	if err != nil {
		return nil, nil, err
	}
	forms, stems = expandDic(aff, d)
	return forms, stems, nil
}
