package main

import (
	"strings"
	"unicode"
)

// apostrophes are the apostrophe-like marks kept in place names: ' and ’,
// and the letters ʻ ʼ ‘ that Uzbek, Hawaiian and some romanisations use.
const apostrophes = "'’‘ʻʼ"

// isLatinName reports whether s is written in the Latin script: Latin
// letters (with diacritics, precomposed or combining), apostrophes, hyphens,
// spaces and periods, and at least one letter. Digits and every other script
// or symbol make it false.
func isLatinName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.Is(unicode.Mn, r):
			// combining diacritic
		case r == ' ' || r == '-' || r == '.' || strings.ContainsRune(apostrophes, r):
		default:
			return false
		}
	}
	return letters > 0
}

// looksLikeCode reports whether s looks like a code rather than a name: all
// capitals of at most four letters (country and region codes, IATA and ICAO
// airport codes), with or without dots.
func looksLikeCode(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == ' ' || r == '-':
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}

// looksLikeLink reports whether s is a URL or a Wikipedia link.
func looksLikeLink(s string) bool {
	l := strings.ToLower(s)
	for _, m := range []string{"http", "www.", "wikipedia", ".org", ".com", "://"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// maxAltBytes is the longest alternate name kept, in bytes.
const maxAltBytes = 60

// keepAlternate reports whether an alternate name is fit for the gazetteer,
// and if not, why.
func keepAlternate(s string) (bool, string) {
	switch {
	case s == "":
		return false, "empty"
	case looksLikeLink(s):
		return false, "link"
	case strings.ContainsFunc(s, unicode.IsDigit):
		return false, "digit"
	case !isLatinName(s):
		return false, "script"
	case looksLikeCode(s):
		return false, "code"
	case !strings.ContainsFunc(s, unicode.IsUpper):
		// All lower case: GeoNames' machine romanisations of other scripts
		// ("an dong shi", "mskw"), not spellings that English text uses,
		// and some are English words.
		return false, "lowercase"
	case len(s) > maxAltBytes:
		return false, "long"
	}
	return true, ""
}
