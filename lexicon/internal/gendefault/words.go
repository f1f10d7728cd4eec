package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/lexcheck/lexcheck/lexicon"
)

// Tier thresholds of the word-list policy.
const (
	// maxWholeTier is the largest SCOWL size taken whole.
	maxWholeTier = 80
	// rareTier is SCOWL's largest size: it lists common misspellings
	// (developement, controled) beside rare real words, so its words are
	// taken only when they are not one edit from a common word.
	rareTier = 95
	// commonTier is the largest size whose words count as "common" for the
	// one-edit filter.
	commonTier = 70
	// addedTier is the tier given to words from sources other than SCOWL.
	addedTier = 80
)

// wordStats counts what each source gave to a locale's list.
type wordStats struct {
	SCOWL            int // words from SCOWL sizes ≤ 80
	Rare             int // size-95 words kept
	RareDropped      int // size-95 words dropped as one edit from a common word
	Hunspell         int // words only Hunspell has, kept
	HunspellNear     int // Hunspell-only words dropped as one edit from a common word
	HunspellOther    int // Hunspell-only words dropped as the other locale's spelling
	LessCommon       int // less common variants kept
	LessCommonOther  int // less common variants dropped as the other locale's spelling of a main word
	RareHeadword     int // size-95 words one edit from a common word, kept as Hunspell headwords
	HunspellHeadword int // Hunspell-only words one edit from a common word, kept as headwords
	HunspellShape    int // Hunspell forms dropped for digits, dots or possessives
	Currency         int // currency words from ISO 4217
	Curated          int // words from the curated list
	Folded           int // accent-free forms of accented words
	DroppedSamples   map[string][]string
	KeptSamples      map[string][]string
}

func (s *wordStats) sample(m *map[string][]string, key, w string) {
	if *m == nil {
		*m = map[string][]string{}
	}
	(*m)[key] = append((*m)[key], w)
}

// wordSources says where the inputs of a word list are.
type wordSources struct {
	SCOWLDir    string // e.g. /usr/share/dict/scowl
	HunspellDir string // e.g. /usr/share/hunspell; "" to skip
	ISO4217     string // path of iso_4217.json; "" to skip
}

// buildWords builds one locale's word list.
func buildWords(loc locale, src wordSources) (map[string]*entry, *wordStats, error) {
	st := &wordStats{}
	mainAll, err := loadSCOWL(src.SCOWLDir, loc.Main, rareTier)
	if err != nil {
		return nil, nil, err
	}
	varAll, err := loadSCOWL(src.SCOWLDir, loc.Variant, rareTier)
	if err != nil {
		return nil, nil, err
	}
	otherAll, err := loadSCOWL(src.SCOWLDir, loc.Other, rareTier)
	if err != nil {
		return nil, nil, err
	}
	all := mergeLocale(mainAll, varAll)

	// The lower-case headwords of both Hunspell dictionaries: words their
	// editors wrote down, not forms their affix rules made. Such a
	// headword is a real word even when one edit from a common one (annum,
	// annul; leant, lean), so the one-edit filter does not drop it.
	// (Capitalised headwords are not trusted so: Commerical is one.)
	headwords := map[string]bool{}
	anyForm := map[string]bool{} // every form of either dictionary
	if src.HunspellDir != "" {
		for _, l := range locales {
			fs, stems, err := loadHunspell(src.HunspellDir + "/" + l.Hunspell)
			if err != nil {
				return nil, nil, err
			}
			for _, w := range fs {
				anyForm[w] = true
			}
			for w := range stems {
				if !isCapitalised(w) {
					headwords[w] = true
				}
			}
		}
	}

	// Words of sizes ≤ 80 are taken whole; they make the base list.
	words := map[string]*entry{}
	var common []string
	for w, e := range all {
		if e.Tier <= maxWholeTier {
			words[w] = e
			st.SCOWL++
		}
		// Only lower-case words count as common for the one-edit
		// filter: a lower-case word one letter from a name (fiance,
		// France) is not taken for a typo of it, and two names one letter
		// apart (Glenny, Lenny) are both real; the checker compares
		// capitalised words with names itself.
		if e.Tier <= commonTier && !isCapitalised(w) {
			common = append(common, w)
		}
	}
	sort.Strings(common)
	ix := newNearIndex(common)

	// typoDropped reports whether the one-edit filter drops w, a word of
	// source: one edit from a common word, and no Hunspell headword. It
	// counts w as dropped or as a headword kept, and samples it.
	typoDropped := func(w, source string, dropped, headword *int) bool {
		x := ix.typoOf(w)
		switch {
		case x == "":
			return false
		case headwords[w]:
			*headword++
			st.sample(&st.KeptSamples, source+"-headword", w+"~"+x)
			return false
		}
		*dropped++
		st.sample(&st.DroppedSamples, source, w+"~"+x)
		return true
	}

	// Size-95 words: keep those that are not a typo of a common word.
	for _, w := range sortedKeys(all) {
		e := all[w]
		if e.Tier != rareTier {
			continue
		}
		if typoDropped(w, "scowl95", &st.RareDropped, &st.RareHeadword) {
			continue
		}
		words[w] = e
		st.Rare++
		st.sample(&st.KeptSamples, "scowl95", w)
	}

	// Less common variants (SCOWL's variant_2: speeded, soya, amongst in
	// en-US) are accepted, never suggested, when a Hunspell dictionary
	// has them too (SCOWL's variant_2 also lists misspellings such as
	// accidently, which no Hunspell dictionary has), unless they are the
	// other locale's spelling of a main word (travellers, programme in
	// en-US). They are added after the one-edit filter's index is built:
	// a rare variant is no common word that others are typos of.
	lessAll, err := loadSCOWL(src.SCOWLDir, loc.LessCommon, rareTier)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range sortedKeys(lessAll) {
		if hasWord(words, w) || !anyForm[w] {
			continue
		}
		if x := otherSpellingOf(w, loc.Tag, mainAll); x != "" {
			st.LessCommonOther++
			st.sample(&st.DroppedSamples, "less-common-other", w+"~"+x)
			continue
		}
		e := *lessAll[w]
		e.Main, e.Variant = false, true
		words[w] = &e
		st.LessCommon++
		st.sample(&st.KeptSamples, "less-common", w)
	}

	// otherLocale reports whether w is a spelling of the other locale that
	// this one does not accept (color for en-GB, colour for en-US). Names are
	// not spellings: Timor is Timor everywhere.
	otherLocale := func(w string) bool {
		if isCapitalised(w) {
			return false
		}
		_, ok := otherAll[w]
		return ok
	}

	// Hunspell: forms SCOWL lacks, at tier 80, with the same filter for the
	// forms its affix rules made. A spelling SCOWL gives to the other locale
	// only is left out even when Hunspell has it as a headword: Hunspell
	// en-GB lists American gray, balk and draftsman beside grey, baulk and
	// draughtsman. It is kept when Hunspell has none of this locale's
	// regular respellings of it: Hunspell en-GB has colorectal and no
	// colourectal, the spelling British usage keeps.
	if src.HunspellDir != "" {
		forms, _, err := loadHunspell(src.HunspellDir + "/" + loc.Hunspell)
		if err != nil {
			return nil, nil, err
		}
		formSet := map[string]bool{}
		for _, w := range forms {
			formSet[w] = true
		}
		for _, w := range forms {
			if _, ok := all[w]; ok || words[w] != nil {
				continue // SCOWL has it: its tier and filter decide
			}
			if !plainWordShape(w) {
				st.HunspellShape++
				continue
			}
			if otherLocale(w) && !onlySpelling(w, loc.Tag, mainAll, formSet) {
				st.HunspellOther++
				st.sample(&st.DroppedSamples, "hunspell-other", w)
				continue
			}
			if typoDropped(w, "hunspell-near", &st.HunspellNear, &st.HunspellHeadword) {
				continue
			}
			e := &entry{Tier: addedTier, Main: true, Proper: isCapitalised(w), Source: "hunspell"}
			if loc.Tag == "en-GB" && izVariant(w, formSet, words) {
				e.Main, e.Variant = false, true
			}
			words[w] = e
			st.Hunspell++
			st.sample(&st.KeptSamples, "hunspell", w)
		}
	}

	// Currency units from ISO 4217, with the same filter.
	if src.ISO4217 != "" {
		cws, err := currencyWords(src.ISO4217)
		if err != nil {
			return nil, nil, err
		}
		for _, w := range cws {
			if hasWord(words, w) {
				continue
			}
			if otherLocale(w) {
				st.sample(&st.DroppedSamples, "currency-other", w)
				continue
			}
			// Units are chosen words, like the curated list, but the short
			// ones are too easily a typo to keep when one edit from a
			// common word.
			if x := ix.typoOf(w); x != "" {
				if len([]rune(w)) < 4 {
					st.sample(&st.DroppedSamples, "currency-near", w+"~"+x)
					continue
				}
				st.sample(&st.KeptSamples, "currency-near", w+"~"+x)
			}
			words[w] = &entry{Tier: addedTier, Main: true, Proper: isCapitalised(w), Source: "iso4217"}
			st.Currency++
			st.sample(&st.KeptSamples, "currency", w)
		}
	}

	// Curated loanwords, phrases and modern words: chosen by hand, so kept
	// even when one edit from a common word (those are logged).
	for _, w := range curatedWords(loc.Tag) {
		if hasWord(words, w) {
			continue
		}
		if otherLocale(w) {
			st.sample(&st.DroppedSamples, "curated-other", w)
			continue
		}
		if x := ix.typoOf(w); x != "" {
			st.sample(&st.KeptSamples, "curated-near", w+"~"+x)
		}
		words[w] = &entry{Tier: addedTier, Main: true, Proper: isCapitalised(w), Source: "curated"}
		st.Curated++
		st.sample(&st.KeptSamples, "curated", w)
	}

	// Accent-free forms of accented words (cafe, cliche, communique): news
	// text often drops the accents. They are variants: never suggested.
	// Those of words beyond size 80 pass the one-edit filter first.
	for _, w := range sortedKeys(words) {
		f := foldASCII(w)
		if f == w || !plainWordShape(f) || hasWord(words, f) || otherLocale(f) {
			continue
		}
		if x := ix.typoOf(f); x != "" && (words[w].Tier > maxWholeTier || words[w].Source != "scowl") {
			st.sample(&st.DroppedSamples, "folded-near", f+"~"+x)
			continue
		}
		e := *words[w]
		e.Main, e.Variant, e.Source = false, true, "folded"
		words[f] = &e
		st.Folded++
		st.sample(&st.KeptSamples, "folded", f)
	}
	return words, st, nil
}

// otherSpellingOf returns the main word of the locale tag that w spells
// the other locale's way (travelers for travellers in en-US), or "".
func otherSpellingOf(w, tag string, main scowlSet) string {
	for _, l := range locales {
		if l.Tag == tag {
			continue
		}
		for _, s := range lexicon.Respellings(w, l.Tag, tag) {
			if _, ok := main[s]; ok {
				return s
			}
		}
	}
	return ""
}

// onlySpelling reports whether forms, a Hunspell dictionary of the locale
// tag, has the other locale's spelling w but not the spelling SCOWL gives
// tag's locale (main) by the regular differences (colorectal, and no
// colourectal, in en-GB): the dictionary's only spelling of the word, and
// so a word of tag too. An irregular pair (gray, grey) is no such case.
func onlySpelling(w, tag string, main scowlSet, forms map[string]bool) bool {
	s := otherSpellingOf(w, tag, main)
	return s != "" && !forms[s]
}

// izVariant reports whether an en-GB word spelt with -iz- (organizer) has an
// -is- twin (organiser) in Hunspell or the list, which makes it the Oxford
// variant rather than the main British spelling.
func izVariant(w string, forms map[string]bool, words map[string]*entry) bool {
	if !strings.Contains(w, "iz") {
		return false
	}
	t := strings.ReplaceAll(w, "iz", "is")
	_, ok := words[t]
	return ok || forms[t]
}

// hasWord reports whether words holds w, or w's lower-case form when w is
// capitalised only because it starts a name.
func hasWord(words map[string]*entry, w string) bool {
	if _, ok := words[w]; ok {
		return true
	}
	_, ok := words[strings.ToLower(w)]
	return ok
}

// plainWordShape reports whether w can be a word of the list: letters with
// inner apostrophes or hyphens, no digits or dots, not a possessive.
func plainWordShape(w string) bool {
	if w == "" || isPossessive(w) {
		return false
	}
	for _, r := range w {
		switch {
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return true
}

// currencyWords returns the words of ISO 4217 currency names, each in the
// lower case in which running text writes a unit ("ariary", "kwacha"), and
// the capitalised words that name a country or people ("Malagasy") as they
// are.
func currencyWords(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc map[string][]struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	var out []string
	for _, c := range doc["4217"] {
		fs := strings.Fields(c.Name)
		if len(fs) == 0 || len(fs) > 3 {
			continue // "Codes specifically reserved for testing purposes" and the like
		}
		// The unit is the last word ("Malagasy Ariary"); the words before
		// it name a country or people and belong to the gazetteer.
		f := strings.Trim(fs[len(fs)-1], "(),")
		if !plainWordShape(f) || len([]rune(f)) < 3 || isAllUpper(f) {
			continue
		}
		w := strings.ToLower(f)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out, nil
}

// isAllUpper reports whether every letter of s is upper case.
func isAllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// wordLines renders a word list as sorted TSV lines.
func wordLines(words map[string]*entry) []string {
	keys := sortedKeys(words)
	out := make([]string, 0, len(keys))
	for _, w := range keys {
		e := words[w]
		out = append(out, joinTSV(w, fmt.Sprint(e.Tier), e.flags()))
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
