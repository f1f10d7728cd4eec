package spell

import (
	"reflect"
	"runtime"
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
		{"", "Willliams", oddNameSlip, unknownName},   // Williams with an l typed three times
		{"", "Killliams", deliberateShape, knownWord}, // no well-known name
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
	covered := make([]bool, len(rules))
	for _, tt := range tests {
		c := testChecker(t, tt.house)
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
