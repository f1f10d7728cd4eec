package spell

import (
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestRuleOrder checks, for each of the checker's rules, a word it
// decides and what it decides, and words that pass it on to a later rule.
// Every rule has a row.
func TestRuleOrder(t *testing.T) {
	tests := []struct {
		house, word string
		rule        func(*Checker, *subject) (*verdict, bool)
		want        class
	}{
		{"", "opponents", plainWord, knownWord},
		{"", "a", notJudged, skipWord},
		{"", "NATTO", notJudged, skipWord},
		{"Gaddafi !Qaddafi", "Qaddafi", houseRejects, rejectedWord},
		{"Yeltsin = Ельцин", "Jelzin", houseRespells, houseVariant},
		{"Gaddafi", "Qaddafi", knownNameRomanized, houseVariant},
		{"", "Qaddafi", knownSpelling, knownWord}, // no house name to romanize
		{"Williams", "Louise", knownSpelling, knownWord},
		{"", "Opponents", knownSpelling, knownWord},
		{"", "stilll", letterRunSlip, unknownWord},
		{"", "Willliams", oddNameSlip, unknownName}, // Williams with an l typed three times
		{"", "anti-Amercan", prefixedName, unknownName},
		{"", "non-OPEC", deliberateShape, knownWord},   // a name in capitals after a prefix
		{"", "pro-McCain", deliberateShape, knownWord}, // a capital inside the name
		{"", "Killliams", deliberateShape, knownWord},  // no well-known name
		{"", "pleeease", deliberateShape, knownWord},
		{"", "Kbps", deliberateShape, knownWord},
		{"", "iPod", deliberateShape, knownWord},
		{"Gaddafi", "al-Qaddafi", articleHouseName, houseVariant},
		{"Gaddafi", "Al-Gaddafi", articleHouseName, houseVariant}, // a capitalised article
		{"Gaddafi", "al-Gaddafi", knownHyphenated, knownWord},
		{"Gaddafi | Al-Gaddafi", "Al-Gaddafi", knownSpelling, knownWord}, // which the house writes
		{"", "anti-game", knownHyphenated, knownWord},
		{"Jalal-Abad", "Jalalabad", joinedHouseName, houseVariant},
		{"", "gameplay", knownParts, knownWord},
		{"", "writeback", knownParts, knownWord},
		{"", "feemale", unknownSpelling, unknownWord}, // of known parts, but one slip from female
		{"", "oppenents", unknownSpelling, unknownWord},
		{"", "Zhuparov", unknownSpelling, unknownName},
		{"Bakiyev", "Bakivev", unknownSpelling, unknownName},
	}
	// Rows that need the embedded default's gazetteer, which the test word
	// list lacks.
	onDefault := []struct {
		house, word string
		rule        func(*Checker, *subject) (*verdict, bool)
		want        class
	}{
		{"", "Birmingam", placeSpellingSlip, unknownName},  // a name of Birmingham elsewhere, one letter short
		{"", "Londra", knownSpelling, knownWord},           // London's Italian name, no slip of it
		{"", "Cobourg", knownSpelling, knownWord},          // a name of Coburg, one letter more, but a town's own name too
		{"", "O'Connnell", oddNameSlip, unknownName},       // a part after O' with an n typed three times
		{"", "Mills-Jennnings", oddNameSlip, unknownName},  // a part of a compound name likewise
		{"", "Klajpeda", placeSpellingSlip, unknownName},   // a name of Klaipėda elsewhere, one key off: the accent is no difference
		{"", "Moenchengladbach", knownSpelling, knownWord}, // Mönchengladbach's umlaut written out, no slip of Monchengladbach
		{"Birmingam", "Birmingam", knownSpelling, knownWord},
	}
	covered := make([]bool, len(rules))
	for i, tt := range append(tests, onDefault...) {
		c := testChecker(t, tt.house)
		if i >= len(tests) {
			c = defaultChecker(t, []byte(tt.house))
		}
		v, i := c.judgeBy(tt.word)
		want := ruleIndex(tt.rule)
		if want < 0 {
			t.Fatalf("%s: the rule is not in the rule list", tt.word)
		}
		covered[want] = true
		if i != want || v.class != tt.want {
			t.Errorf("house %q, %s: decided by %q as %d, want %q as %d", tt.house, tt.word, rules[i].name, v.class, rules[want].name, tt.want)
		}
	}
	for i, ok := range covered {
		if !ok {
			t.Errorf("rule %q has no row", rules[i].name)
		}
	}
}

// ruleIndex returns the index in rules of fn, or -1.
func ruleIndex(fn func(*Checker, *subject) (*verdict, bool)) int {
	for i, r := range rules {
		if funcName(r.fn) == funcName(fn) {
			return i
		}
	}
	return -1
}

func TestCutLetterRuns(t *testing.T) {
	tests := []struct {
		w, want string
		cut     int
	}{
		{"stilll", "still", 1},
		{"acccount", "account", 1},
		{"aaaabbb", "aabb", 3},
		{"pleeease", "pleease", 1},
		{"still", "still", 0},
	}
	for _, tt := range tests {
		if got, cut := cutLetterRuns(tt.w); got != tt.want || cut != tt.cut {
			t.Errorf("cutLetterRuns(%q) = %q, %d, want %q, %d", tt.w, got, cut, tt.want, tt.cut)
		}
	}
}

func funcName(fn any) string { return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name() }

// TestNearCommonSlipAsTheFullSearch checks nearCommonSlip, which lets
// slipOfCommonWord skip the search two edits away, against that search:
// whenever the best near word is one typoOf takes the word for a slip of,
// nearCommonSlip must say that one is near. Words: slips of every kind made from
// words of the seed article, and their parts joined.
func TestNearCommonSlipAsTheFullSearch(t *testing.T) {
	c := defaultChecker(t, nil)
	text, err := os.ReadFile("testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var words []string
	for _, f := range strings.FieldsFunc(strings.ToLower(string(text)), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(f) >= 4 {
			words = append(words, f)
		}
	}
	slipped, checked := 0, 0
	for range 3000 {
		w := []byte(words[rng.IntN(len(words))])
		switch i := rng.IntN(len(w) - 2); rng.IntN(5) {
		case 0: // a letter dropped
			w = append(w[:i], w[i+1:]...)
		case 1: // a letter doubled
			w = append(w[:i+1], w[i:]...)
		case 2: // two letters swapped
			w[i], w[i+1] = w[i+1], w[i]
		case 3: // a letter moved two places
			w[i], w[i+1], w[i+2] = w[i+1], w[i+2], w[i]
		default: // another letter
			w[i] = byte('a' + rng.IntN(26))
		}
		lw := string(w)
		if c.lex.LookupFold(lw).Known() {
			continue
		}
		checked++
		near := c.nearWords(lw)
		if len(near) > 0 && typoOf(lw, near[0]) {
			slipped++
			if !c.nearCommonSlip(lw) {
				t.Errorf("%q: the full search takes it for a slip of %q, nearCommonSlip says none is near", lw, near[0].spelling)
			}
		}
	}
	if slipped < 500 || slipped == checked {
		t.Fatalf("%d slips of %d words checked: too few of one kind to test", slipped, checked)
	}
}

// TestPlainVerdictsShared checks that the verdicts on known and skipped
// words are the two shared ones, whatever rule gave them, and that a check
// leaves them as they are.
func TestPlainVerdictsShared(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct {
		w    string
		want *verdict
	}{
		{"government", known},   // a lower-case dictionary word
		{"Government", known},   // a spelling the lexicon knows
		{"co-ordinator", known}, // known parts
		{"pleeease", known},     // a shape written on purpose
		{"NATO", skipped},       // an acronym
		{"x", skipped},          // a single letter
	}
	for _, tt := range tests {
		if got := c.verdict(tt.w); got != tt.want {
			t.Errorf("verdict(%q) = %+v, want the shared %v", tt.w, got, tt.want.class)
		}
	}
	c.Check("a.txt", []byte("The Government met NATO in London, and the co-ordinator said pleeease."))
	if known.class != knownWord || skipped.class != skipWord || known.words != nil || known.suggest != "" || known.names != nil {
		t.Errorf("a check changed the shared verdicts: %+v, %+v", known, skipped)
	}
}
