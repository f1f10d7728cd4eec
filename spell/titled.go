package spell

import (
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// A word between a person's title or role and a surname is a first name
// (President Jmi Miller, economist Iaan Harwood, spokeswoman Stacet Shaw).
// There a word no name list knows, a swap or a double from a common first
// name of the default (see lexicon.GivenName), or a key beside the one
// meant in a word of five letters or more, is a slip of it however short
// or crowded its neighbourhood: the place says it is a first name, and
// the lists say it is none. Other slips, shorter words and rarer first
// names make real names as often (Garrey, Wilf, Akio).

// roleWord holds, in lower case, the titles and roles that stand before a
// person's full name in news copy.
var roleWord = map[string]bool{"president": true, "chairman": true, "chairwoman": true, "spokesman": true,
	"spokeswoman": true, "minister": true, "secretary": true, "undersecretary": true, "director": true,
	"manager": true, "analyst": true, "economist": true, "counsel": true, "governor": true, "speaker": true,
	"officer": true, "commissioner": true, "senator": true, "sen": true, "rep": true, "gov": true,
	"representative": true, "chancellor": true, "premier": true, "ambassador": true, "treasurer": true,
	"vice-president": true, "vice-chairman": true, "executive": true, "professor": true, "prof": true}

// titledFirstName reports whether the word at text[start:end] stands
// after a title or a role (see roleWord; Sen. with its full stop) and
// before a capitalised word, a space apart each.
func titledFirstName(text []byte, start, end int) bool {
	if end+2 >= len(text) || text[end] != ' ' || text[end+1] < 'A' || text[end+1] > 'Z' || start < 3 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	dotted := text[i-1] == '.'
	if dotted {
		i-- // Sen. Peete Domenici
	}
	j := i
	for j > 0 && (asciiLetterByte(text[j-1]) || text[j-1] == '-') {
		j--
	}
	role := strings.ToLower(string(text[j:i]))
	return roleWord[role] && (!dotted || len(role) <= 4)
}

// minKeyFirstName is the fewest letters a word needs for a key hit
// beside the one meant, the one slip but a swap or a double that counts
// here, to make it a first name's: shorter words are real names as often
// (Wilf, Lim: Wolf, Lin). A letter added or dropped makes a name of its
// own as often (Garrey, Rha: Garry, Rhea).
const minKeyFirstName = 5

// firstNameSlip returns the first names of the default that the
// capitalised word w, which no name list knows, is the plainest slip of
// (see slipOf), the best known first, or nil. The answers are kept per
// checker (see wordCache): a repository of articles asks of the same
// words in file after file.
func (c *Checker) firstNameSlip(w string) []string {
	return c.firsts.get(w, c.opts.MaxCachedWords, c.firstNameSlipOf)
}

// firstNameSlipOf is firstNameSlip, uncached.
func (c *Checker) firstNameSlipOf(w string) []string {
	if isAllCaps(w) || institutionWord[w] || c.lex.ListedName(w) || lexicon.GivenName(w) {
		return nil
	}
	n := utf8.RuneCountInString(w)
	lw := lexicon.Fold(w)
	if !isASCII(lw) {
		return nil
	}
	var sc slipChoice
	eachSlipSpelling(lw, func(b []byte) {
		v, ok := lexicon.GivenFolded(b)
		if !ok {
			return
		}
		s := slipOf(w, v)
		if s != strongSlip && (n < minKeyFirstName || n != utf8.RuneCountInString(v)) {
			return
		}
		if tier := c.lex.Lookup(v).Tier; tier != 0 && tier <= lexicon.TierCommonName {
			sc.add(v, s, -tier) // the commonest first
		}
	})
	return sc.names()
}
