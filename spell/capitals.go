package spell

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
)

// A capital letter does not make a word a name. An unknown capitalised
// word that nothing else flagged is judged again here, by where it stands
// and by the well-known names near it:
//
//   - one slip from a well-known name of the dictionary (Austrailia,
//     Wendesday, Lodnon), and shaped like a typing slip, is a name-variant
//     of that name wherever it stands;
//   - at a sentence's start, after a heading mark or in a title-case line,
//     it is checked as the word its lower-case form misspells (Recieved,
//     Goverment), unless a name is as near as any word.
//
// Rare real names one edit from well-known ones (Marr, Johan, Saud, Eavis)
// must pass, so a name-variant needs the edit of a slip of the fingers: a
// neighbouring pair swapped, a letter doubled, a key hit beside the one
// meant or a letter dropped from inside the word, never the first letter
// and never the last letter added or dropped, unless that leaves an end
// no name has (Garyy, Hoffma).

// denseNames is how many well-known names one edit from a word make its
// neighbourhood so crowded (Jonny: Johnny, Jenny, Jinny, Donny) that only
// a swap or a doubled letter says which one a typo meant.
const denseNames = 3

// longName is the length from which a name one swap or doubled letter
// from a well-known name (Barcelonna) is taken for a typo of it even when
// shaped like a name itself: shorter names differ so (Gilles, Anders).
const longName = 7

// capitalFacts are what the lexicon says of one unknown capitalised word,
// wherever it stands: asked once per checker and word (see
// Checker.capitals), the near words only when the word stands where
// every word is capitalised.
type capitalFacts struct {
	name        string   // the well-known name the word slips from, or ""
	also        []string // for a word among many names and shaped like none (see nameEvidence.noListShape), the others it slips from as plainly as name
	nameTwice   string   // the same for a word used twice: "" unless the slip is a swap or a double
	oddSlip     bool     // the slip from name makes a run of three letters no name has, or an end no name has (see slipMakesOddRun, oddEnd)
	lastDoubled bool     // the word is name with its last letter typed twice, name of minShapedLastDoubled letters or more (Pierree)
	loose       string   // the well-known name a word used once and standing alone slips from (see nameEvidence.looseTypo), or ""
	looseFirm   bool     // loose is a slip beside an unknown word too: a letter dropped from a word with a run no name has (Kvin Federline)
	nearName    bool     // a well-known name is one edit away
	listed      bool     // the name lists know the word as a name (see lexicon.ListedName)
	unlisted    bool     // the default has name lists, and they do not know the word
	shaped      bool     // every run of its letters is common in names (see commonShape)

	once  sync.Once
	words []candidate // ordinary words near the word, best first
	// beforeName says that the word is no first name, whatever name
	// follows: shaped like no name, it slips from one of the commonest
	// words (Thge Fratton Park; Wehn, which a name list knows, by a swap),
	// or no name list knows it and it slips from a title (Profesor).
	beforeName bool
	near       int // edits to the nearest name of the dictionary, or -1
}

// capitalFactsOf returns the facts of the capitalised word w, asked of the
// lexicon once per checker (see wordCache).
func (c *Checker) capitalFactsOf(w string) *capitalFacts {
	return c.capitals.get(w, c.opts.MaxCachedWords, c.capitalFacts)
}

// A capitalMemo holds, per distinct word of a document, the facts of the
// capitalised words checkCapital was asked about, or capitalNotJudged.
type capitalMemo []*capitalFacts

// capitalNotJudged marks a word too short or too oddly capitalised to judge.
var capitalNotJudged = &capitalFacts{}

// checkCapital returns a finding for the unknown capitalised word w at the
// token t of text, which the document's other rules let pass, or false.
func (c *Checker) checkCapital(memo *capitalMemo, doc *docState, text []byte, t *token, w string) (Finding, bool) {
	k := doc.folded[t.word]
	uses := doc.count[k]
	// Where the word stands may say what it is, however short (see
	// dates.go, regions.go, titled.go, wholename.go); a word used three times or more is
	// meant.
	if uses <= 2 {
		if names := c.placedSlip(text, int(t.start), int(t.end), w); names != nil {
			return nameSlipFinding(w, names[0], names[1:]...), true // Fbe 26, RENO, Neev.; Wagne, Mich.; Kare Bush
		}
	}
	if *memo == nil {
		*memo = make(capitalMemo, len(doc.words))
	}
	f := (*memo)[t.word]
	if f == nil {
		f = capitalNotJudged
		if judgedCapital(w) {
			f = c.capitalFactsOf(w)
		}
		(*memo)[t.word] = f
	}
	if !f.listed {
		if uses <= 2 {
			if names := c.placeNameSlip(text, int(t.start), int(t.end), w); names != nil {
				return nameSlipFinding(w, names[0], names[1:]...), true // Hong Kog, Chual Vista
			}
		}
		if uses == 1 && titledFirstName(text, int(t.start), int(t.end)) {
			if names := c.firstNameSlip(w); names != nil {
				return nameSlipFinding(w, names[0], names[1:]...), true // President Jmi Miller
			}
		}
	}
	if f == capitalNotJudged {
		return Finding{}, false
	}
	// Beside a stranger only a swap or a double makes a slip, or a slip
	// that makes a run no name has (Gustqavo Ramalhete), or a word shaped
	// like no name and no longer than the name (Rbert Peston; not Kenzo
	// Masaji Quenzeltat) or of longName letters or more (Roberyto
	// Quenzeltat), or the last letter of a name of five letters or more
	// doubled (Pierree Quenzeltat), a double as plain as one inside; and
	// any slip in a first name before the stranger (Larfry Quenzeltat: see
	// firstName).
	// Before a firm's designator, a word of longName letters or more that
	// no list knows is a slip too (Microskoft Corp, Locheed Corp; not
	// Sanwa Bank).
	long := utf8.RuneCountInString(w) >= longName
	if name := f.slipFor(uses); name != "" && (f.nameTwice != "" || name == f.name && (f.oddSlip || f.lastDoubled) ||
		f.unlisted && !f.shaped && (len(w) <= len(name) || long) || !c.strangerBeside(text, int(t.start), int(t.end), name, f.unlisted && long)) {
		if name == f.name {
			return nameSlipFinding(w, name, f.also...), true
		}
		return nameSlipFinding(w, name), true
	}
	if f.loose != "" && uses == 1 && (f.looseFirm || !c.strangerBeside(text, int(t.start), int(t.end), f.loose, false)) &&
		!foreignBeside(text, int(t.start), int(t.end)) {
		return nameSlipFinding(w, f.loose), true
	}
	// A word the text capitalises only where any word is capitalised: at
	// a sentence's start (and nowhere inside one), or once or twice in
	// title-case lines. The cheap tests come first: they run for each
	// occurrence.
	if utf8.RuneCountInString(w) < minCapitalWord {
		return Finding{}, false
	}
	sentence := t.sentence && doc.caps[k] == 0
	title := false
	if !sentence {
		if uses > 2 || !titleLine(text, int(t.start)) {
			return Finding{}, false
		}
		title = true
	}
	f.once.Do(func() { c.nearCapital(f, w) })
	if len(f.words) == 0 || f.near >= 0 && f.near < f.words[0].dist {
		return Finding{}, false
	}
	if !title && (afterInitial(text[:t.start]) || wrapped(text, int(t.start)) || c.nameFollows(text[t.end:]) && !f.beforeName ||
		initialFollows(text[t.end:]) || firmFollows(text[t.end:])) &&
		!(uses <= 2 && titleLine(text, int(t.start))) {
		return Finding{}, false
	}
	if tableLine(text, int(t.start)) || !title && !pronoun[f.words[0].spelling] && sayingFollows(text[t.end:]) {
		return Finding{}, false
	}
	if !title && f.words[0].dist > 1 && !f.beforeName && capitalFollows(text[t.end:]) {
		return Finding{}, false // two slips from a rarer word, before a capitalised one: a firm's name as often (Brierley Investments)
	}
	sug := doc.rank(f.words)
	if !title {
		sug = startChoice(sug, text[t.end:])
	}
	for i, s := range sug {
		sug[i] = capitalise(s)
	}
	out := c.limit(sug)
	return Finding{Kind: Misspelling, Suggestions: out,
		Message: fmt.Sprintf("%q looks misspelled; did you mean %q?", w, out[0])}, true
}

// minCapitalWord is the fewest letters of a capitalised word that is
// checked as the word its lower-case form misspells (see checkCapital): a
// shorter one at a sentence's start is a name as often (Lal, Toa, Cyr).
const minCapitalWord = 4

// judgedCapital reports whether the capitalised word w is judged by the
// well-known names: three letters or more (Bno for Bono, Cba for Cuba),
// with a vowel if only three (Ptt and Dbs are initials in title case), and
// not CamelCase (AccuRay).
func judgedCapital(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	k := utf8.RuneCountInString(w)
	return (k >= minCapitalWord || k == 3 && hasVowel(w)) && !innerCapital(w[n:]) && !startsUpper(w[n:])
}

// nameSlip returns the well-known name that the capitalised word w, used
// uses times, is a slip of, or "": a word used three times or more is
// used on purpose, and one used twice needs a swap or a double.
func (c *Checker) nameSlip(w string, uses int) string {
	if !judgedCapital(w) {
		return ""
	}
	return c.capitalFactsOf(w).slipFor(uses)
}

// slipFor returns the well-known name a word of these facts, used uses
// times, is a slip of, or "".
func (f *capitalFacts) slipFor(uses int) string {
	switch {
	case uses > 2:
		return "" // used on purpose
	case uses > 1:
		return f.nameTwice
	}
	return f.name
}

// partSlip returns a finding for the part at span p of the word w at t, a
// capitalised part of a hyphenated word (Lonfon-based, Mills-Jennnings)
// or a name after an apostrophe (O'Connnell), when it is a slip of a
// well-known name. A part's slip counts wherever the word stands, as a
// plain slip of a word does in checkCapital; used once, a looser slip
// (Karl-Hienz) counts too, unless another part is a capitalised word the
// lexicon does not know (Vexcor-Calson may be a firm's own coinage, as
// Sanwa Bank is).
func (c *Checker) partSlip(doc *docState, t *token, w string, p [2]int) (Finding, bool) {
	part := w[p[0]:p[1]]
	if !judgedCapital(part) {
		return Finding{}, false
	}
	f := c.capitalFactsOf(part)
	uses := doc.count[doc.folded[t.word]] + doc.count[lexicon.Fold(part)] // the compound's uses, and the part's alone (its Markborough properties, non-Markborough profit)
	if name := f.slipFor(uses); name != "" {
		return nameSlipFinding(part, name), true
	}
	if f.loose == "" || uses != 1 {
		return Finding{}, false
	}
	for _, q := range wordParts(w) {
		if o := w[q[0]:q[1]]; q != p && startsUpper(o) && len(o) > 1 && !c.lex.Lookup(o).Known() && !c.lex.KnownWord(strings.ToLower(o)) {
			return Finding{}, false
		}
	}
	return nameSlipFinding(part, f.loose), true
}

// nameSlipFinding returns the finding on w, a slip of the well-known
// name, or as plainly of the names also.
func nameSlipFinding(w, name string, also ...string) Finding {
	return Finding{Kind: NameVariant, Suggestions: append([]string{name}, also...),
		Message: fmt.Sprintf("%q looks like a misspelling of %q", w, name)}
}

// strangerBeside reports whether the word at text[start:end] stands
// beside a capitalised word the lexicon does not know, a space or a hyphen
// apart, or before a firm's designator: it is then a part of a foreign or
// a firm's name (Kokusai Denshin Denwa, Hellmuth Klauhs, Sanwa Bank), and
// only a swap or a doubled letter makes it a slip. With firmSlip, a
// designator alone does not count: the caller has evidence enough that
// the word is no coinage. A stranger after a word that stands first in a
// person's name (see firstName) is its surname, not the word's fellow,
// when the name the word slips from is a first name (Larfry for Larry;
// not Giannino for the surname Giannini, nor Masaji for Masai).
func (c *Checker) strangerBeside(text []byte, start, end int, name string, firmSlip bool) bool {
	stranger := func(w []byte) bool {
		s := string(w)
		return len(s) > 1 && startsUpper(s) && !isAllCaps(s) && !c.lex.Lookup(s).Known() && !c.lex.KnownWord(strings.ToLower(s))
	}
	before, after := wordsBeside(text, start, end, " -")
	surname, designator := stranger(after), firmDesignator[string(after)]
	if !surname && !stranger(before) && !(designator && !firmSlip) {
		return false
	}
	return !(surname && !designator && text[end] == ' ' && lexicon.GivenName(name) && c.firstName(text, start, end))
}

// firstName reports whether the word at text[start:end], which a
// capitalised word the lexicon does not know follows a space apart, stands
// first in a person's name: no name goes before it, on its line or at the
// end of the line before (Larfry Eagleye, President Dwesmond Hoyte; not
// Hellmuth Klauhs, Kokusai Denshin Denwa or Societa Meridionale
// Finanziaria). A slip there is a first name's, however foreign the
// surname; a word that opens a foreign institution's name (Banca
// Commerciale) is none.
func (c *Checker) firstName(text []byte, start, end int) bool {
	if institutionWord[string(text[start:end])] {
		return false
	}
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i > 0 && text[i-1] == '\n' {
		i--
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\r') {
			i--
		}
	}
	j := i
	for j > 0 && (asciiLetterByte(text[j-1]) || text[j-1] >= utf8.RuneSelf) {
		j--
	}
	prev := string(text[j:i])
	return prev == "" || !startsUpper(prev) || c.lex.KnownWord(strings.ToLower(prev))
}

// institutionWord holds the words that open the name of a foreign bank,
// company or institute (Banca Commerciale Italiana, Caisse Centrale,
// Societe Generale): the capitalised word after them is no surname.
var institutionWord = map[string]bool{"Banca": true, "Banco": true, "Banque": true, "Bankhaus": true, "Caisse": true,
	"Cassa": true, "Caja": true, "Credito": true, "Compagnie": true, "Compagnia": true, "Compania": true,
	"Companhia": true, "Societe": true, "Societa": true, "Sociedad": true, "Gruppo": true, "Grupo": true,
	"Groupe": true, "Istituto": true, "Instituto": true, "Institut": true, "Fondo": true, "Fonds": true,
	"Stichting": true, "Landesbank": true, "Ente": true}

// firmDesignator holds the words that follow a firm's name (Sanwa Bank,
// Canfor Corp, Kokusai Denshin Denwa Co): the word before is a firm's
// coinage or a foreign word as often as a name, and is taken as one
// beside a stranger is (see strangerBeside).
var firmDesignator = func() map[string]bool {
	m := map[string]bool{"Bank": true, "Bancorp": true, "Group": true, "Holdings": true, "Industries": true, "International": true}
	for w := range companyDesignator {
		m[w] = true
	}
	return m
}()

// foreignBeside reports whether the word at text[start:end] stands
// beside a particle of a foreign name (Banca di Roma, Societe du Liban,
// Banca d'America): it is then a foreign word, not a slip.
func foreignBeside(text []byte, start, end int) bool {
	before, after := wordsBeside(text, start, end, " ")
	return nameParticle[string(after)] || nameParticle[string(before)]
}

// wordsBeside returns the runs of letters that stand just before and
// just after the word at text[start:end], one of the bytes of seps apart,
// or nil.
func wordsBeside(text []byte, start, end int, seps string) (before, after []byte) {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= utf8.RuneSelf }
	if end+1 < len(text) && strings.IndexByte(seps, text[end]) >= 0 {
		j := end + 1
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		after = text[end+1 : j]
	}
	if start > 1 && strings.IndexByte(seps, text[start-1]) >= 0 {
		i := start - 1
		for i > 0 && isLetter(text[i-1]) {
			i--
		}
		before = text[i : start-1]
	}
	return before, after
}

// nameParticle holds the lower-case particles of foreign names.
var nameParticle = map[string]bool{"de": true, "di": true, "da": true, "du": true, "do": true, "dos": true,
	"das": true, "del": true, "della": true, "dei": true, "des": true, "der": true, "den": true, "van": true,
	"von": true, "al": true, "el": true, "bin": true, "ibn": true, "d": true, "y": true, "e": true, "la": true, "le": true}

// nameFollows reports whether rest, the text after a word, goes on with
// a capitalised word that is no dictionary word: the word before is then
// a first name (Shami Chakrabarti).
func (c *Checker) nameFollows(rest []byte) bool {
	next := string(wordAfter(rest, func(b byte) bool { return asciiLetterByte(b) || b >= utf8.RuneSelf }))
	return startsUpper(next) && !isAllCaps(next) && !c.lex.KnownWord(strings.ToLower(next))
}

// asciiLetterByte reports whether b is an ASCII letter.
func asciiLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// wordAfter returns the word that rest, the text after a word, goes on
// with after a space: the bytes from rest[1] on that in takes, or nil
// when rest does not go on with a space and a byte more. Each reader of
// the next word says what a word is for it.
func wordAfter(rest []byte, in func(byte) bool) []byte {
	if len(rest) < 2 || rest[0] != ' ' {
		return nil
	}
	end := 1
	for end < len(rest) && in(rest[end]) {
		end++
	}
	return rest[1:end]
}

// capitalFollows reports whether rest, the text after a word, goes on
// after a space with a capitalised word.
func capitalFollows(rest []byte) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRune(rest[1:])
	return unicode.IsUpper(r)
}

// sayingFollows reports whether rest, the text after a word, goes on with
// a verb of saying: the word is then a name (Aweke said), unless it is a
// pronoun misspelled (Ther said, Tehy said).
func sayingFollows(rest []byte) bool {
	return saying[string(wordAfter(rest, func(b byte) bool { return b >= 'a' && b <= 'z' }))]
}

// pronoun holds the words that stand before a verb of saying as a name
// does.
var pronoun = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true, "there": true, "the": true, "this": true, "that": true, "then": true}

// saying holds the verbs that follow a name at a sentence's start.
var saying = map[string]bool{"said": true, "says": true, "told": true, "added": true, "asked": true, "wrote": true, "replied": true}

// afterInitial reports whether head, the text before a word the
// tokenizer takes for a sentence's start, ends with an initial or a short
// capitalised abbreviation and its full stop (Roger W. Houmes, J.R.Moman,
// Mr. Smith): the word goes on a name.
func afterInitial(head []byte) bool {
	j := len(head)
	for j > 0 && head[j-1] == ' ' {
		j--
	}
	if j == 0 || head[j-1] != '.' {
		return false
	}
	k := j - 1
	for k > 0 && unicode.IsLetter(rune(head[k-1])) {
		k--
	}
	word := head[k : j-1]
	return len(word) > 0 && len(word) <= 3 && word[0] >= 'A' && word[0] <= 'Z'
}

// initialFollows reports whether rest, the text after a word, goes on
// with an initial and its full stop: the word is a first name (Patt A.
// Gibbs).
func initialFollows(rest []byte) bool {
	return len(rest) >= 3 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z' && rest[2] == '.'
}

// firmFollows reports whether rest, the text after a word, goes on with
// the designator of a company (Cigra Inc, Teck Corp): the word is a
// firm's name, not a misspelled word at a sentence's start. Bank, Group
// and the like are left out here: they follow ordinary words too
// (National Bank).
func firmFollows(rest []byte) bool {
	return companyDesignator[string(wordAfter(rest, asciiLetterByte))]
}

// companyDesignator holds the words that follow only a company's name.
var companyDesignator = map[string]bool{"Co": true, "Corp": true, "Corporation": true, "Inc": true, "Ltd": true,
	"Plc": true, "PLC": true, "plc": true, "SA": true, "AG": true, "NV": true, "BV": true, "GmbH": true, "SpA": true,
	"AB": true, "Oy": true}

// wrapped reports whether the word at offset at starts a line that goes
// on from the line before (see continues): the tokenizer takes any line's
// start for a sentence's.
func wrapped(text []byte, at int) bool {
	for i := at; i > 0 && text[i-1] != '\n'; i-- {
		if !unicode.IsSpace(rune(text[i-1])) && strings.IndexByte("\"'([-*#>", text[i-1]) < 0 && text[i-1] < utf8.RuneSelf {
			return false // not at a line's start
		}
	}
	return continues(text, at)
}

// lineAt returns the line of text that holds offset at, without its
// line break.
func lineAt(text []byte, at int) []byte {
	lo, hi := at, at
	for lo > 0 && text[lo-1] != '\n' {
		lo--
	}
	for hi < len(text) && text[hi] != '\n' {
		hi++
	}
	return text[lo:hi]
}

// tableLine reports whether the line of text holding offset at is a row
// of a table: cells set apart by runs of spaces.
func tableLine(text []byte, at int) bool {
	return bytes.Contains(bytes.TrimSpace(lineAt(text, at)), []byte("   "))
}

// capitalFacts asks the lexicon which well-known names the capitalised
// word w may be a typo of.
func (c *Checker) capitalFacts(w string) *capitalFacts {
	f := &capitalFacts{}
	x := c.wellKnown()
	n := utf8.RuneCountInString(w)
	f.listed = c.lex.ListedName(w)
	f.unlisted = !f.listed && c.lex.HasNameList()
	rarest := x.rarestShape(w)
	f.shaped = rarest >= commonShape
	ev := nameEvidence{listed: f.listed, unlisted: f.unlisted, shaped: f.shaped, oddShape: rarest < looseShape, noShape: rarest == 0, short: n <= 4, long: n >= longName}
	near := x.near(w)
	ev.rareSwapLong, ev.rareSlipLong = n >= minRareSwap, n >= minRareSlip
	if n >= minRareNear && (!ev.shaped || ev.rareSwapLong) && ev.unlisted && len(near) == 0 {
		near = c.rareNear(w)
		if !ev.long { // a shorter word needs the slip to make a run all but no name has (Dwkins), not an h added (Cuhney, Cuney)
			near = slices.DeleteFunc(near, func(nm wellKnownName) bool {
				return !x.slipMakesOddRun(w, nm.spelling, shortOddTriple) || addedH(w, nm.spelling)
			})
		}
	}
	near = slices.DeleteFunc(near, func(nm wellKnownName) bool { return c.otherLocaleName(w, nm.spelling) })
	cut := ""
	if hasLetterRun(w) {
		cut, _ = cutLetterRuns(lexicon.Fold(w))
	}
	slips := make([]int, len(near))
	crowd, common := 0, 0
	for i, nm := range near {
		f.nearName = true
		if nm.count >= 100-lexicon.TierCommonName {
			common++
		}
		slips[i] = slipOf(w, nm.spelling)
		switch {
		case lexicon.Fold(nm.spelling) == cut:
			slips[i] = strongSlip // a letter typed three times (Prescottt)
		case slips[i] == noSlip && ev.unlisted && !innerCapital(nm.spelling[1:]) && droppedLetter(w, nm.spelling):
			slips[i] = fairSlip // Caribean, Cirac: the lists know no such name
		case slips[i] == noSlip && ev.unlisted && endSlip(w, nm.spelling) && x.oddEnd(w):
			slips[i] = fairSlip // Garyy, Hoffma: an end no name has
		case slips[i] == noSlip && ev.unlisted && nm.count >= 100-lexicon.TierCommonName && commonNameEndSlip(w, nm.spelling):
			slips[i] = fairSlip // Taiwann, Rothschil: the lists know no such name
		}
		if slips[i] != noSlip {
			crowd++
		}
	}
	ev.crowded = crowd >= denseNames || common > denseNames || !ev.unlisted && common >= denseNames
	ev.noListShape = ev.crowded && ev.noShape && f.unlisted && x.rarestAllShape(w, c.listShapes()) == 0
	checkedWord := false
	var typos []nearSlip // the names a word among many, shaped like none, is a typo of
	best, bestTwice, bestLoose := -1, -1, -1
	bestSlip, looseSlip := noSlip, noSlip
	for i, nm := range near {
		ev.slip, ev.tier = slips[i], 100-nm.count
		if ev.tier > lexicon.TierBestKnownName && c.lex.Population(nm.spelling) >= prominentPlace {
			ev.tier = lexicon.TierBestKnownName // Frace, Hungay: the word lists give France the size of Chelsea
		}
		ev.dropped = n+1 == utf8.RuneCountInString(nm.spelling) && slipOf(w, nm.spelling) == fairSlip // not one of a double (Murilo)
		ev.swapped = n == utf8.RuneCountInString(nm.spelling) && ev.slip == strongSlip
		ev.vowelBesideVowel = vowelAddedBesideVowel(w, nm.spelling)
		ev.endDouble = nm.count >= 100-lexicon.TierCommonName && lastDoubled(w, nm.spelling, minShapedLastDoubled)
		ev.consonantDrop = utf8.RuneCountInString(nm.spelling) >= longName && droppedBetweenConsonants(w, nm.spelling)
		ev.oddSlip = ev.short && ev.unlisted && !ev.crowded && x.slipMakesOddRun(w, nm.spelling, shortOddTriple)
		if !ev.typo() {
			if f.name == "" && ev.unlisted && ev.slip != noSlip && (bestLoose < 0 || nm.count > bestLoose || ev.slip > looseSlip) {
				if !checkedWord {
					ev.nearWord, checkedWord = c.nearEverydayWord(w), true
				}
				if ev.looseTypo() && (f.loose == "" || ev.slip >= looseSlip) {
					f.loose, bestLoose, looseSlip = nm.spelling, nm.count, ev.slip
					f.looseFirm = ev.dropped && ev.noShape
				}
			}
			continue
		}
		if best < 0 || ev.slip > bestSlip || ev.slip == bestSlip && nm.count > best {
			f.name, best, bestSlip = nm.spelling, nm.count, ev.slip // Andrwe: Andrew's swap before Andre's key
		}
		if ev.crowded && ev.noListShape {
			typos = append(typos, nearSlip{nm, ev.slip})
		}
		if ev.slip == strongSlip && (bestTwice < 0 || nm.count > bestTwice) {
			f.nameTwice, bestTwice = nm.spelling, nm.count
		}
	}
	f.also = alsoNames(typos, f.name, bestSlip)
	f.oddSlip = f.name != "" && f.unlisted && (x.slipMakesOddRun(w, f.name, oddTriple) || endSlip(w, f.name) && x.oddEnd(w))
	f.lastDoubled = f.name != "" && lastDoubled(w, f.name, minShapedLastDoubled)
	if f.name == "" && f.unlisted {
		if nm := c.keySlipName(w); nm != "" && !c.slipOfWord(w) {
			f.name = nm // Cpwell: three letters no name has
		}
	}
	if f.name != "" {
		f.loose = ""
	}
	return f
}

// A nearSlip is a well-known name near a word, and how plainly the word
// slips from it.
type nearSlip struct {
	wellKnownName
	slip int
}

// alsoNames returns the spellings of typos other than name that are
// slips as plain as it (slip), best known first: the other names a word
// among many may be meant for (Jamie, Janie, Jannie).
func alsoNames(typos []nearSlip, name string, slip int) []string {
	typos = slices.DeleteFunc(typos, func(t nearSlip) bool { return t.spelling == name || t.slip != slip })
	slices.SortFunc(typos, func(a, b nearSlip) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.spelling, b.spelling))
	})
	var out []string
	for _, t := range typos {
		out = append(out, t.spelling)
	}
	return out
}

// shortOddTriple is how many names at most have the run of three letters
// that a slip makes in a word of four letters for it to be a typo (Irsq,
// Felx): such a word is a firm's coinage or an abbreviation as often, so
// the run must be all but unknown (Agfa's agf is in four names).
const shortOddTriple = 1

// addedH reports whether w is n with an h added: names spell the same
// sound with a silent h and without (Kuhn, Kuhne; Cuhney, Cuney), so an
// added h is no slip of a rarer name.
func addedH(w, n string) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	if len(a) != len(b)+1 {
		return false
	}
	i := samePrefix(a, b)
	return a[i] == 'h' && string(a[i+1:]) == string(b[i:])
}

// prominentPlace is the population from which a place's name is among
// the best-known names (see nameEvidence.typo), whatever size the word
// lists give it: they put countries and capitals with small towns and
// football clubs (SCOWL size 50: France, Dublin, Chelsea). Below a
// million, real names come too near (Peston, a letter from Preston's
// 313,000).
const prominentPlace = 1_000_000

// minRareNear is the fewest letters of a word whose rarer names are
// looked for (see rareNear): a shorter one slips from some rare name as
// often as a firm's coinage does (Triax, Triad).
const minRareNear = 6

// minRareSwap is the fewest letters of a word shaped like a name that
// two neighbours swapped make a slip of a rarer name (Papanderou,
// Canandiagua): a double makes a word of its own as often in one so
// long (Wagoneer, Wagoner), and a swap in a seven-letter one (Burkina,
// Burkian).
const minRareSwap = 8

// minRareSlip is the fewest letters of a word shaped like a name that any
// slip, but a vowel added beside a vowel (see vowelAddedBesideVowel), makes
// a slip of a rarer name (Noreristown, Wentsville for Wentzville): a
// shorter one is a name of its own as often (Haighton, Shunichi).
const minRareSlip = 9

// minKeySlip is the fewest letters of a word keySlipName looks at: a
// shorter one with a run no name has is a firm's coinage as often.
const minKeySlip = 5

// oddTriple is how often at most the names of the dictionary and the
// name lists together (some 200,000) have a run of three letters for it
// to be no name's run (see keySlipName).
const oddTriple = 3

// keySlipName returns the name of the dictionary, of SCOWL size 80 or
// less, that the capitalised word w types with one key hit beside the
// one meant, not the first, or with two letters swapped, where a letter
// that differs makes with the letters either side of it a run no name has
// (Cpwell: "cpw" for Cowell's "cow"; Rentpn: "pn$" for Renton's "on$"), or
// "". A real name has the runs of names (Przemek, Wlodek), so such a run
// is a slip, however rare the name it slips from; among several, the best
// known is taken. A letter added is not looked at: taking one out of a
// firm's coinage makes a name too often.
func (c *Checker) keySlipName(w string) string {
	x := c.wellKnown()
	r, k := []rune(w), []rune(lexicon.Fold(w))
	if len(r) != len(k) || len(r) < minKeySlip {
		return ""
	}
	best, bestTier := "", 0
	try := func(t []rune) {
		s := string(t)
		if slipOf(w, s) == noSlip {
			return
		}
		if in := c.lex.Lookup(s); in.Flags&lexicon.Proper != 0 && in.Tier <= lexicon.TierHyphenPart && (best == "" || in.Tier < bestTier) {
			best, bestTier = s, in.Tier
		}
	}
	t := make([]rune, 0, len(r))
	for i := 1; i < len(k); i++ {
		if !x.oddRunAt(k, i) {
			continue
		}
		for l := 'a'; l <= 'z'; l++ {
			if besideKey(l, k[i]) {
				t = append(t[:0], r...)
				t[i] = l
				try(t)
			}
		}
		for _, j := range [2]int{i - 1, i} {
			if j > 0 && j+1 < len(r) {
				t = append(t[:0], r...)
				t[j], t[j+1] = t[j+1], t[j]
				try(t)
			}
		}
	}
	return best
}

// otherLocaleName reports whether the capitalised word w is, in lower
// case, a word only another locale spells so, which this locale spells as
// name (Endeavour for Endeavor, Harbour for Harbor in en-US): a name keeps
// the spelling of where it was given, so it is no slip of the name. (The
// respelling alone is no evidence: Secertary respells to Secretary.)
func (c *Checker) otherLocaleName(w, name string) bool {
	s, _, ok := c.lex.LocaleSpelling(strings.ToLower(w))
	return ok && strings.EqualFold(s.Spelling, name)
}

// nearEverydayWord reports whether the capitalised word w is, in lower
// case, one edit from an everyday word with its first letter.
func (c *Checker) nearEverydayWord(w string) bool {
	lw := strings.ToLower(w)
	return slices.ContainsFunc(c.lex.NearWords(lw, 1), func(nc lexicon.Candidate) bool {
		return nc.Flags&lexicon.Word != 0 && nc.Tier <= lexicon.TierEveryday && sameStart(lw, nc.Spelling)
	})
}

// slipOfWord reports whether the capitalised word w is, in lower case,
// a word that a capitalised word may misspell (SCOWL size 35 or less)
// typed with one slip (see slipOf): then it is that word's misspelling
// as often as a name's (Bsrry for berry, not Barry).
func (c *Checker) slipOfWord(w string) bool {
	lw := strings.ToLower(w)
	return slices.ContainsFunc(c.lex.NearWords(lw, 1), func(nc lexicon.Candidate) bool {
		return nc.Flags&lexicon.Word != 0 && nc.Tier <= lexicon.TierCapitalisedWord && slipOf(lw, nc.Spelling) != noSlip
	})
}

// oddRunAt reports whether the letter at i of the folded word k makes,
// with the letters either side of it ('^' before the first, '$' after the
// last), a run of three that is no name's. (A run the letter ends or
// starts is no evidence: firms' coinages have them as often.)
func (x *nameIndex) oddRunAt(k []rune, i int) bool {
	return x.runAtMost(k, i, oddTriple)
}

// runAtMost reports whether the letter at i of the folded word k makes,
// with the letters either side of it, a run of three that at most most
// names have (see oddRunAt).
func (x *nameIndex) runAtMost(k []rune, i, most int) bool {
	before, after := '^', '$'
	if i > 0 {
		before = k[i-1]
	}
	if i+1 < len(k) {
		after = k[i+1]
	}
	n := x.triples.count(before, k[i], after)
	return n >= 0 && n <= most
}

// slipMakesOddRun reports whether the word w, typed with one slip from
// the name n, has where it departs from n a run of three letters that at
// most most names have (oddTriple: no name's, see oddRunAt): the slip made
// it, so that w is no name of its own however strange its neighbours
// (Gustqavo Ramalhete).
func (x *nameIndex) slipMakesOddRun(w, n string, most int) bool {
	k := []rune(lexicon.Fold(w))
	p := samePrefix(k, []rune(lexicon.Fold(n)))
	for i := max(p-1, 0); i <= p+1 && i < len(k); i++ {
		if x.runAtMost(k, i, most) {
			return true
		}
	}
	return false
}

// endSlip reports whether w is the name n with its last letter doubled
// or, for a name of five letters or more, dropped: the slips slipOf does
// not count, since names differ so (Ann, Anne; Saud, Saudi).
func endSlip(w, n string) bool {
	return lastDropped(w, n, 5) || lastDoubled(w, n, 1)
}

// minLastDoubled and minLastDropped are the fewest letters of a common
// name whose last letter doubled, or dropped, is a slip of it in a word no
// name list knows, wherever the word ends (see commonNameEndSlip): names
// of fewer letters differ so (Glen, Glenn; Lyn, Lynn; Maria, Mari), and
// the lists know those.
const (
	minLastDoubled = 4
	minLastDropped = 7
)

// minShapedLastDoubled is the fewest letters of a common name whose last
// letter doubled is a slip even in a word shaped like a name and shorter
// than longName (Davidd, Olsenn): of a shorter name, such a word is a name
// of its own as often (Luiss, a university in Rome).
const minShapedLastDoubled = 5

// commonNameEndSlip reports whether w is the common name n with its last
// letter doubled (Taiwann, Marvinn) or dropped (Rothschil, Bojangle), n
// being long enough for that to be no other name (see minLastDoubled).
func commonNameEndSlip(w, n string) bool {
	return lastDoubled(w, n, minLastDoubled) || lastDropped(w, n, minLastDropped)
}

// lastDoubled reports whether w is the name n, of min letters or more,
// with its last letter typed twice.
func lastDoubled(w, n string, min int) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	return len(b) >= min && len(a) == len(b)+1 && string(a[:len(b)]) == string(b) && a[len(b)] == b[len(b)-1]
}

// lastDropped reports whether w is the name n, of min letters or more,
// without its last letter.
func lastDropped(w, n string, min int) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	return len(b) >= min && len(a)+1 == len(b) && string(a) == string(b[:len(a)])
}

// oddEnd reports whether the last letters of w end it as no name's end
// does: no name of the dictionary has one of its last two runs of
// shapeLen (the end included), or its last letter, or the one before,
// makes a run of three that no name of the dictionary or the lists has
// (Garyy's ryy, Schmidtt's dtt, Arturoo's uroo).
func (x *nameIndex) oddEnd(w string) bool {
	k := []rune(lexicon.Fold(w))
	if len(k) < 3 {
		return false
	}
	var last [2]uint64
	eachShape(w, func(s uint64) bool { last[0], last[1] = last[1], s; return true })
	return x.shapes.count(last[0]) == 0 || x.shapes.count(last[1]) == 0 || x.oddRunAt(k, len(k)-1) || x.oddRunAt(k, len(k)-2)
}

// rareNear returns the dictionary's rarer names (SCOWL sizes 55 to 80,
// which the index leaves out) one slip from w, looked up spelling by
// spelling: asked only of a word of minRareNear letters or more shaped
// like no name and near no common name, so that the index stays small.
// Only the edits of the plainest slips are tried: a letter deleted, two
// swapped, a key for its neighbour, a double put back, and a letter put
// back where its gap left a run no name has (Pouhkeepsie).
func (c *Checker) rareNear(w string) []wellKnownName {
	var out []wellKnownName
	r := []rune(w)
	buf := make([]rune, 0, len(r)+1)
	var rare map[string]struct{} // nil: every spelling is looked up
	if c.rare.asked.Load() >= directRareNear || c.rare.asked.Add(1) > directRareNear {
		rare = c.rareNames()
	}
	var b []byte
	try := func(t []rune) {
		b = b[:0]
		for _, x := range t {
			b = utf8.AppendRune(b, x)
		}
		if _, ok := rare[string(b)]; !ok && rare != nil {
			return // the dictionary has no such name, and a house entry takes none away
		}
		s := string(b)
		if in := c.lex.Lookup(s); rareName(in) {
			if !slices.ContainsFunc(out, func(n wellKnownName) bool { return n.spelling == s }) {
				out = append(out, wellKnownName{spelling: s, count: 100 - in.Tier})
			}
		}
	}
	// A letter is put back only where the letters either side of the gap
	// make a run no name has: a drop that leaves a name's shape
	// (Forstmann, Forstemann) is another name as often.
	x, k := c.wellKnown(), []rune(lexicon.Fold(w))
	gapOdd := func(i int) bool {
		return len(k) == len(r) && (x.oddRunAt(k, i-1) || x.oddRunAt(k, i))
	}
	for i := 1; i < len(r); i++ { // never the first letter
		try(append(append(buf[:0], r[:i]...), r[i+1:]...))
		if i+1 < len(r) {
			t := append(buf[:0], r...)
			t[i], t[i+1] = t[i+1], t[i]
			try(t)
		}
		for _, l := range "qwertyuiopasdfghjklzxcvbnm" {
			if besideKey(l, r[i]) {
				t := append(buf[:0], r...)
				t[i] = l
				try(t)
			}
		}
		if gapOdd(i) {
			for _, l := range "abcdefghijklmnopqrstuvwxyz" {
				if l != r[i-1] && l != r[i] && (!isVowel(l) || !isVowel(r[i-1]) && !isVowel(r[i])) {
					try(append(append(append(buf[:0], r[:i]...), l), r[i:]...)) // a letter dropped (Pouhkeepsie; not Giscard, Guiscard)
				}
			}
		}
		try(append(append(append(buf[:0], r[:i]...), r[i-1]), r[i:]...))
	}
	return out
}

// directRareNear is how many words rareNear looks up spelling by
// spelling before it gathers rareNames: gathering them goes through the
// whole dictionary (some 20 ms), which a short article does not repay and
// a long text repays many times.
const directRareNear = 64

// rareNames returns the spellings rareNear may find, as the dictionary
// alone knows them (its rarer names; a house entry adds none), gathered on
// first need: a spelling tried that is not among them needs no lookup.
func (c *Checker) rareNames() map[string]struct{} {
	c.rare.once.Do(func() {
		c.rare.names = map[string]struct{}{}
		for w, in := range c.lex.Words() {
			if rareName(in) {
				c.rare.names[w] = struct{}{}
			}
		}
	})
	return c.rare.names
}

// rareName reports whether the lexicon's info is that of a rarer name,
// which rareNear looks for: SCOWL sizes 55 to 80.
func rareName(in lexicon.Info) bool {
	return in.Flags&lexicon.Proper != 0 && in.Tier > lexicon.TierCommonName && in.Tier <= lexicon.TierHyphenPart
}

// nameEvidence is what weighs for and against taking a capitalised word
// for a typo of one well-known name near it.
type nameEvidence struct {
	slip             int  // how much the difference looks like a slip of the fingers (noSlip, fairSlip, strongSlip)
	tier             int  // the name's dictionary tier: how well known it is
	listed           bool // the word is a name of the name lists itself (Marr, Horan, Carlsson)
	unlisted         bool // the default has name lists and they do not know the word
	shaped           bool // every run of its letters is common in names (see commonShape)
	oddShape         bool // a run of its letters is in fewer than looseShape names (Chelsa; not Peston)
	noShape          bool // a run of its letters is in no name (Kvin, Itay)
	noListShape      bool // a run of its letters is in no name of the dictionary nor of the name lists, which do not know the word
	short            bool // four letters or fewer
	long             bool // longName letters or more
	rareSwapLong     bool // minRareSwap letters or more: long enough for a swap to make a slip of a rarer name however name-like the word (Papanderou)
	swapped          bool // the slip is two neighbours swapped
	rareSlipLong     bool // minRareSlip letters or more: long enough for any slip but a vowel by a vowel to make a slip of a rarer name (Noreristown)
	vowelBesideVowel bool // the slip adds a vowel beside a vowel, on no key beside either: a spelling of its own (Shelbourne, Shelburne)
	endDouble        bool // the slip doubles the last letter of a common name of minShapedLastDoubled letters or more (Davidd)
	crowded          bool // denseNames names or more are a slip away, or more common names an edit away (Jonny: Johnny, Jenny, Jinny, Donny)
	dropped          bool // the slip is a letter dropped from inside the name (Chelsa, Godon)
	consonantDrop    bool // the slip drops a letter from between two consonants of a name of longName letters or more
	nearWord         bool // in lower case, the word is one edit from an everyday word with its first letter (Theese)
	oddSlip          bool // asked of a short word no list knows and among few names: the slip makes a run no name has (see slipMakesOddRun)
}

// typo reports whether the evidence makes the word a typo of the name.
// A word the name lists know is a name. A rare name (Sylvian, Bonaire)
// is taken only by a word shaped like no name and no list knows
// (Twicjenham), which capitalFacts asks about rare names only when it is
// long, or of six letters with a slip that makes a run all but no name
// has (Dwkins). A word shaped like a name needs a name among the best
// known (capitalFacts counts a place of prominentPlace people among them:
// Frace) or seven letters (Mulim, Barcelonna, Tarsantino against Peston,
// Matra, Habre), or, when no list knows it, a letter dropped from between
// two consonants of a name of seven letters (Camern for Cameron; not
// Cladia, see droppedBetweenConsonants). Short of a swap or a doubled
// letter, a word must also be neither short nor among many names, unless
// a run of it is in no name of the dictionary or the lists (Shajna, near
// Shana, Shanna, Shauna), or, of four letters, its slip makes a run all
// but no name has (Irsq); and without name lists to say it is no name,
// it needs a best-known name or seven letters, and both when shaped like
// a name (Horan).
func (e nameEvidence) typo() bool {
	known, common := e.tier <= lexicon.TierBestKnownName, e.tier <= lexicon.TierCommonName
	switch {
	case e.slip == noSlip:
		return false
	case e.listed:
		return e.slip == strongSlip && e.tier <= lexicon.TierCapitalisedWord // Novembre: the lists know another language's month
	case !common:
		return e.unlisted && (!e.shaped || e.rareSwapLong && e.swapped || e.rareSlipLong && !e.vowelBesideVowel) && !e.short
	case e.shaped && !known && !e.long && !(e.unlisted && (e.consonantDrop || e.endDouble)):
		return false
	case e.slip == strongSlip:
		return true
	case e.short && e.oddSlip:
		return true
	case e.short || e.crowded && !e.noListShape:
		return false
	case !e.unlisted:
		return (known || e.long) && (!e.shaped || known && e.long)
	}
	return true
}

// looseTypo reports whether the evidence makes the word standing alone,
// one that typo lets pass, a typo of the name all the same: no name list
// knows it, a run of its letters is rare in names (Chelsa, not Peston),
// and the slip is a swap or a doubled letter (Bliar, Nokai, Edide, Lulla
// among other names), or, with fewer than three names near, a letter
// dropped from inside a word of five letters or more (Chelsa, Godon) or
// any slip in a four-letter word shaped like no name (Itay). Such a word
// one slip from an everyday word (Theese) is that word's misspelling,
// not the name's.
func (e nameEvidence) looseTypo() bool {
	return e.slip != noSlip && e.unlisted && !e.listed && e.oddShape && e.tier <= lexicon.TierCommonName && !e.nearWord &&
		(e.slip == strongSlip || !e.crowded && e.dropped && (!e.short || e.noShape))
}

// nearCapital fills in the ordinary words near the capitalised word w,
// and how near the nearest name is.
func (c *Checker) nearCapital(f *capitalFacts, w string) {
	f.near = -1
	if f.nearName {
		f.near = 1
	}
	lw := strings.ToLower(w)
	if _, _, ok := c.lex.LocaleSpelling(lw); ok {
		return // another locale's word: in a name as often as not (Ministry of Defence)
	}
	// One edit: the words kept are one slip away, and a name two edits
	// away would change nothing (f.near is weighed against the nearest
	// word's distance, one). A word no name list knows and shaped like no
	// name (Owudl, Mkea) may be two slips from one of the commonest words.
	edits := 1
	if n := len(lw); f.unlisted && !f.shaped && (n <= maxCommonest || n >= longTwoSlips) {
		edits = 2
	}
	near := c.lex.NearWords(lw, edits)
	for _, nc := range near {
		if nc.Flags&lexicon.Variant != 0 {
			continue
		}
		if c.isName(nc.Spelling) {
			if f.near < 0 || nc.Distance < f.near {
				f.near = nc.Distance
			}
			continue
		}
		if nc.Flags&lexicon.Word == 0 || nc.Tier > lexicon.TierCapitalisedWord || !sameStart(lw, nc.Spelling) || endChanged(lw, nc.Spelling) && nc.Count < commonestCount {
			continue // a slip of the first letter makes a name as often as a word
		}
		if nc.Distance == 1 && len(lw) < longWildSlip && wildSubstitution(lw, nc.Spelling) {
			continue
		}
		if nc.Distance > 1 && !(nc.Count >= commonestCount || len(lw) >= longTwoSlips && nc.Tier <= lexicon.TierEveryday) || nc.Distance > 1 && !twoSlips(lw, nc.Spelling) {
			continue // two slips from a rarer word: as often a foreign name (Cepsa, Waseda)
		}
		if nc.Distance > 1 && !startWord[nc.Spelling] && !sameLetters(lw, nc.Spelling) && len(lw) < longTwoSlips {
			continue // two edits that are no swaps: a name as often (Sutro, sure)
		}
		if !f.unlisted && nc.Tier > lexicon.TierEveryday {
			continue // maybe a name at a sentence's start (Boateng), not a rarer word misspelled
		}
		score := wordScore(lw, true, nc)
		if slipOf(lw, nc.Spelling) == strongSlip {
			score -= plainSlipBonus // Theri: their's swap before there's vowel
		}
		f.words = append(f.words, candidate{spelling: nc.Spelling, dist: nc.Distance, score: score, tier: nc.Tier})
	}
	if len(f.words) == 0 && edits == 1 && f.unlisted {
		f.words = c.movedWords(lw) // Instade: the search two edits wide is spared
	}
	slices.SortFunc(f.words, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.score, b.score), strings.Compare(a.spelling, b.spelling))
	})
	if len(f.words) > 0 && !f.shaped && (f.unlisted || slipOf(lw, f.words[0].spelling) == strongSlip) {
		f.beforeName = slices.ContainsFunc(near, func(nc lexicon.Candidate) bool {
			return nc.Spelling == f.words[0].spelling && nc.Count >= commonestCount
		})
	}
	if len(f.words) > 0 && f.unlisted && nameTitle[f.words[0].spelling] {
		f.beforeName = true // Profesor Rothwell
	}
}

// movedWords returns the everyday words that the lower-case word lw is
// typed with one letter moved two places (instade, instead), looked up
// spelling by spelling: a slip as plain as a swap that the search one
// edit wide misses, never in the first letter.
func (c *Checker) movedWords(lw string) []candidate {
	r := []rune(lw)
	var out []candidate
	t := make([]rune, len(r))
	for p := 1; p+3 <= len(r); p++ {
		for _, turn := range [2]int{1, 2} {
			copy(t, r)
			for k := range 3 {
				t[p+k] = r[p+(k+turn)%3]
			}
			s := string(t)
			in := c.lex.Lookup(s)
			if in.Flags&lexicon.Word == 0 || in.Tier > lexicon.TierEveryday || c.isName(s) ||
				slices.ContainsFunc(out, func(x candidate) bool { return x.spelling == s }) {
				continue
			}
			nc := lexicon.Candidate{Spelling: s, Distance: 2, Tier: in.Tier, Flags: in.Flags}
			out = append(out, candidate{spelling: s, dist: 2, score: wordScore(lw, true, nc), tier: in.Tier})
		}
	}
	return out
}

// isName reports whether the dictionary spelling s (as NearWords gives it)
// is first of all a name: capitalised, or a rare word whose capitalised
// form is a common name (richard, manchester).
func (c *Checker) isName(s string) bool {
	if startsUpper(s) {
		return true
	}
	in := c.lex.Lookup(capitalise(s))
	return in.Flags&lexicon.Proper != 0 && in.Tier <= lexicon.TierCommonName && c.lex.Lookup(s).Tier > lexicon.TierCommonWord
}

// wildSubstitution reports whether a and b, one edit apart, differ in a
// letter for another that is neither a vowel for a vowel nor on a
// neighbouring key (Bafana, banana): a name's letters, seldom a slip.
func wildSubstitution(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] {
			if i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] {
				return false // swapped
			}
			return !(isVowel(ra[i]) && isVowel(rb[i]) || keyboardNeighbours(ra[i], rb[i]))
		}
	}
	return false
}

// endChanged reports whether a and b differ only by a letter added or
// dropped at the end: an abbreviation (Oper), a plural or another
// language's form of a word (Echos, Industrie), as often as a typo.
// Short words are let be: Ther for The is a slip; and so, by its caller,
// are the commonest words (Ther for There, Lastr for Last).
func endChanged(a, b string) bool {
	if hasLetterRun(a) {
		return false // a letter typed three times (Threee) is a slip wherever it stands
	}
	if len(b)+1 == len(a) && strings.HasPrefix(a, b) && len(b) > 0 {
		last, prev := rune(a[len(a)-1]), rune(b[len(b)-1])
		if last == prev || besideKey(last, prev) && !isVowel(last) {
			return false // the last key hit twice, or a consonant beside it (Originall, Lastr; not Junko)
		}
	}
	return len(a) >= 4 && len(b) >= 4 && (len(a)+1 == len(b) && strings.HasPrefix(b, a) || len(b)+1 == len(a) && strings.HasPrefix(a, b))
}

// sameStart reports whether a and b start with the same letter, or with
// the same two letters swapped (hte, the).
func sameStart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return ra[0] == rb[0] || len(ra) > 1 && len(rb) > 1 && ra[0] == rb[1] && ra[1] == rb[0]
}

// capitalise returns s with its first letter upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// titleLine reports whether the line of text holding offset at is a
// title: it does not go on from the line before, nor into the line after,
// and is written in title case: three words or more, and at least three
// in four of those that are not short function words capitalised, with no
// commas outside numbers, semicolons or brackets (a list of names), no
// full stop at the end and a capitalised or quoted last word.
func titleLine(text []byte, at int) bool {
	return titleCase(text, at) && !continues(text, at) && !goesOn(text, at)
}

// goesOn reports whether the line of text holding offset at goes on into
// the next line: that line starts with a lower-case letter, as a sentence
// wrapped after a run of names does ("Farm Commissioner Frans Andriessen /
// said the Commission..."), and a title's next line does not.
func goesOn(text []byte, at int) bool {
	i := bytes.IndexByte(text[at:], '\n')
	if i < 0 {
		return false
	}
	next := bytes.TrimLeft(text[at+i+1:], " \t")
	r, _ := utf8.DecodeRune(next)
	return unicode.IsLower(r)
}

// continues reports whether the line of text holding offset at goes on
// from the line before: that line is not blank, does not end a sentence
// and is not in title case itself.
func continues(text []byte, at int) bool {
	i := at
	for i > 0 && text[i-1] != '\n' {
		i--
	}
	if i == 0 {
		return false
	}
	prev := bytes.TrimRight(text[:i-1], " \t\r")
	if len(prev) == 0 || prev[len(prev)-1] == '\n' {
		return false // after a blank line
	}
	if strings.IndexByte(".!?:\"')", prev[len(prev)-1]) >= 0 || prev[len(prev)-1] >= utf8.RuneSelf {
		return false
	}
	return !titleCase(prev, len(prev)-1)
}

// titleCase reports whether the line of text holding offset at is
// written in title case (see titleLine), whatever the lines around it.
func titleCase(text []byte, at int) bool {
	line := bytes.TrimSpace(lineAt(text, at))
	if len(line) > 200 || bytes.ContainsAny(line, ";()") || bytes.HasSuffix(line, []byte(".")) {
		return false // a title has no lists in it and no full stop
	}
	if commas := listCommas(line); commas > 1 || commas == 1 && (bytes.ContainsAny(line, "0123456789-") || bytes.Count(line, []byte(" ")) >= 6) {
		return false // a list of names, or a dateline (BRUSSELS, March 26 - )
	}
	words, lower := 0, 0
	last := ""
	for _, f := range strings.FieldsFunc(string(line), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if f = strings.Trim(f, "-"); f == "" {
			continue // a dash between words
		}
		words++ // a hyphenated word is one (a 'must-have')
		if !unicode.IsUpper(first(f)) && !minorWord[f] {
			lower++
		}
		last = f
	}
	if !startsUpper(last) && !bytes.HasSuffix(line, []byte("'")) && !bytes.HasSuffix(line, []byte("\"")) {
		return false // a line of prose wrapped after a run of names
	}
	return words >= 3 && 4*lower <= words
}

// listCommas counts the commas of line that are not in a number
// (Guitar Fetches 100,000): a list of names or a dateline has them, a
// title has none.
func listCommas(line []byte) int {
	n := 0
	for i, b := range line {
		if b == ',' && !(i > 0 && i+1 < len(line) && isDigit(rune(line[i-1])) && isDigit(rune(line[i+1]))) {
			n++
		}
	}
	return n
}

// minorWord holds the short words a title-case line leaves in lower case.
var minorWord = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "by": true, "as": true, "with": true, "from": true,
	"is": true, "vs": true, "s": true}

// The slips of the fingers that make a typo of a name, weakest first.
const (
	noSlip     = iota
	fairSlip   // a letter typed with a neighbouring key, an extra letter beside its key or a vowel, a letter dropped
	strongSlip // two neighbours swapped, a letter doubled
)

// slipOf tells how much w looks like the name n typed with one slip of
// the fingers. Never the first letter, never a letter added or dropped
// at the end (Saud, Saudi; Theo, The), never one of a double dropped
// (Gerard, Gerrard), never a double that makes another language's name
// ending (Andersson, Woong; see foreignDouble): names differ so.
func slipOf(w, n string) int {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	if len(a) < 2 || len(b) < 2 || a[0] != b[0] {
		return noSlip
	}
	p := samePrefix(a, b)
	switch {
	case len(a) == len(b):
		if p+1 < len(a) && a[p] == b[p+1] && a[p+1] == b[p] && string(a[p+2:]) == string(b[p+2:]) {
			return strongSlip
		}
		if p < len(a) && string(a[p+1:]) == string(b[p+1:]) && besideKey(a[p], b[p]) {
			return fairSlip
		}
	case len(a) == len(b)+1:
		if string(a[p+1:]) != string(b[p:]) || p == len(b) {
			return noSlip
		}
		x := a[p]
		if x == a[p-1] || x == a[p+1] {
			if foreignDouble(a, p) {
				return noSlip
			}
			return strongSlip
		}
		if besideKey(x, a[p-1]) || besideKey(x, a[p+1]) || isVowel(x) && (isVowel(a[p-1]) || isVowel(a[p+1])) {
			return fairSlip
		}
	case len(a)+1 == len(b):
		if string(b[p+1:]) == string(a[p:]) && p < len(a) && b[p] != b[p-1] && b[p] != b[p+1] && b[p] != 'h' {
			return fairSlip
		}
	}
	return noSlip
}

// vowelAddedBesideVowel reports whether w is n with a vowel added beside a
// vowel, on no key beside either of its neighbours: a spelling of its own
// (Shelbourne, Shelburne) rather than a slip of the fingers.
func vowelAddedBesideVowel(w, n string) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	if len(a) != len(b)+1 {
		return false
	}
	p := samePrefix(a, b)
	if p == 0 || p >= len(b) || string(a[p+1:]) != string(b[p:]) {
		return false
	}
	x := a[p]
	return isVowel(x) && x != a[p-1] && x != a[p+1] && (isVowel(a[p-1]) || isVowel(a[p+1])) && !besideKey(x, a[p-1]) && !besideKey(x, a[p+1])
}

// foreignDouble reports whether the letter at p of the folded word a,
// one of a double, is the double of an ending that other languages' names
// have: the Swedish patronymic -sson (Andersson, Johansson) and the -oong
// of Chinese and Korean names (Loong, Woong). A name so written is
// another language's, not a double typed into Anderson or Wong.
func foreignDouble(a []rune, p int) bool {
	s := string(a)
	return p >= len(a)-4 && (strings.HasSuffix(s, "sson") || strings.HasSuffix(s, "oong"))
}

// besideKey reports whether the letters x and y have keys that touch on
// a QWERTY keyboard. Each row sits half a key right of the one above, so
// a key touches the key above it and the one above-right (r touches d
// and f below it, not g): stricter than [keyboardNeighbours], which
// weighs suggestions.
func besideKey(x, y rune) bool {
	rx, cx, ok1 := keyPos(x)
	ry, cy, ok2 := keyPos(y)
	if !ok1 || !ok2 {
		return false
	}
	switch ry - rx {
	case 0:
		return cy-cx == 1 || cx-cy == 1
	case 1:
		return cy == cx || cy == cx-1
	case -1:
		return cx == cy || cx == cy-1
	}
	return false
}

// A nameIndex finds the well-known names one edit from a word: each name
// is filed under its folded form and each form less one letter.
type nameIndex struct {
	forms  formIndex // the names by the hashes of their forms
	names  []wellKnownName
	shapes shapeIndex // per run of shapeLen letters (^ and $ at the ends, packed by eachShape), how many names of the dictionary have it
	// triples counts, per run of three letters, how often the names of
	// the dictionary and of the name lists have it (see oddTriple).
	triples tripleCounts
}

type wellKnownName struct {
	spelling string
	count    int // tier order: lower is better known
}

// wellKnown returns the index of the checker's well-known names, building
// it on first need. It belongs to the checker, so that a server that
// reloads its lexicon drops the old index with the old checker.
func (c *Checker) wellKnown() *nameIndex {
	c.names.once.Do(func() {
		if x, ok := compiledNameIndex(c.lex); ok {
			c.names.x = x
			return
		}
		c.names.x = buildNameIndex(c.lex)
	})
	return c.names.x
}

// buildNameIndex indexes the well-known names of lex by their forms less
// a letter, and counts the letter runs of all its names.
func buildNameIndex(lex *lexicon.Lexicon) *nameIndex {
	x := &nameIndex{}
	var shapes shapeCounts
	house := lex.HasHouse()
	for w, in := range lex.CapitalisedWords() { // a name here starts with a capital
		if !indexedName(w, in) {
			continue
		}
		if house && lex.HouseOutranks(w) {
			// A house entry says otherwise of the name; without one,
			// Lookup would add only the gazetteer's Place to the
			// dictionary's word, which is not asked here.
			if in = lex.Lookup(w); in.Flags&lexicon.Proper == 0 {
				continue
			}
		}
		var last uint64
		eachShape(w, func(k uint64) bool { shapes.add(k); x.triples.addRun(k >> 16); last = k; return true })
		x.triples.addRun(last) // the run of three that ends the name
		if in.Tier > lexicon.TierCommonName {
			continue // rarer names are looked up one by one (see rareNear)
		}
		x.names = append(x.names, wellKnownName{spelling: w, count: 100 - in.Tier})
	}
	x.shapes = shapes.index()
	x.fileForms()
	for n := range lex.ListedNames() {
		x.triples.addName(n)
	}
	return x
}

// indexedName reports whether the dictionary word w, of which the
// dictionary says in, is a name the index counts the letter runs of.
func indexedName(w string, in lexicon.Info) bool {
	return in.Flags&lexicon.Proper != 0 && startsUpper(w) && !isAllCaps(w) && utf8.RuneCountInString(w) >= 3
}

// overHouse makes x, the index buildNameIndex makes of the embedded
// default alone, the one it makes of lex, the default under house
// lexicons: a name a house entry outranks the dictionary on is counted as
// Lookup has it, or not at all when Lookup has it no name. It reports
// false, leaving x unusable, when a count it would lower has reached its
// cap, and is no longer the count of the names.
func (x *nameIndex) overHouse(lex *lexicon.Lexicon) bool {
	gone := map[string]bool{}
	var come []wellKnownName
	for w, in := range lex.OutrankedCapitalisedWords() {
		if !indexedName(w, in) {
			continue
		}
		now := lex.Lookup(w)
		if now.Flags&lexicon.Proper == 0 {
			ok := eachShape(w, func(k uint64) bool { return x.shapes.remove(k) })
			if !ok {
				return false
			}
			var last uint64
			eachShape(w, func(k uint64) bool { x.triples.removeRun(k >> 16); last = k; return true })
			x.triples.removeRun(last)
		}
		i, found := slices.BinarySearchFunc(x.names, w, func(n wellKnownName, w string) int { return strings.Compare(n.spelling, w) })
		switch well := now.Flags&lexicon.Proper != 0 && now.Tier <= lexicon.TierCommonName; {
		case found && well:
			x.names[i].count = 100 - now.Tier // filed under the same forms
		case found:
			gone[w] = true
		case well:
			come = append(come, wellKnownName{spelling: w, count: 100 - now.Tier})
		}
	}
	if len(gone)+len(come) > 0 {
		x.renumber(gone, come)
	}
	return true
}

// renumber takes the names gone out of the index and files those come
// (not in it), keeping the names in order, as buildNameIndex files them.
// The names that stay keep their forms, under their new indexes.
func (x *nameIndex) renumber(gone map[string]bool, come []wellKnownName) {
	slices.SortFunc(come, func(a, b wellKnownName) int { return strings.Compare(a.spelling, b.spelling) })
	names := make([]wellKnownName, 0, len(x.names)-len(gone)+len(come))
	renamed := make([]int32, len(x.names)) // per name, its new index, or -1
	var added []uint64
	take := func(n wellKnownName) {
		added = appendForms(added, n.spelling, len(names))
		names = append(names, n)
	}
	for i, n := range x.names {
		for len(come) > 0 && come[0].spelling < n.spelling {
			take(come[0])
			come = come[1:]
		}
		renamed[i] = -1
		if !gone[n.spelling] {
			renamed[i] = int32(len(names))
			names = append(names, n)
		}
	}
	for _, n := range come {
		take(n)
	}
	// The forms kept stay sorted (the indexes keep their order), as do
	// the forms added once sorted: the two are merged.
	slices.Sort(added)
	entries := make([]uint64, 0, x.forms.len()+len(added))
	for i := range x.forms.len() {
		e := x.forms.at(i)
		id := renamed[uint32(e)]
		if id < 0 {
			continue
		}
		e = e&^(1<<32-1) | uint64(id)
		for len(added) > 0 && added[0] < e {
			entries = append(entries, added[0])
			added = added[1:]
		}
		entries = append(entries, e)
	}
	x.names, x.forms = names, sortedFormIndex(append(entries, added...))
}

// fileForms files each name under its folded form and each form less one
// letter, in the order of the names.
func (x *nameIndex) fileForms() {
	forms := 0
	for _, nm := range x.names {
		forms += utf8.RuneCountInString(nm.spelling) + 1
	}
	entries := make([]uint64, 0, forms) // about as many as the names have letters, each name one more
	for id, nm := range x.names {
		entries = appendForms(entries, nm.spelling, id)
	}
	slices.Sort(entries)
	x.forms = sortedFormIndex(entries)
}

// appendForms appends the entries of a formIndex that file the name with
// index id under its folded form and each form less one letter.
func appendForms(entries []uint64, name string, id int) []uint64 {
	rs := []rune(lexicon.Fold(name))
	for skip := -1; skip < len(rs); skip++ {
		entries = append(entries, uint64(formHash(rs, skip))<<32|uint64(id))
	}
	return entries
}

// near returns the well-known names one edit (insert, delete, substitute
// or swap neighbours) from w, in folded form.
func (x *nameIndex) near(w string) []wellKnownName {
	k := []rune(lexicon.Fold(w))
	var out []wellKnownName
	seen := map[int32]bool{}
	for skip := -1; skip < len(k); skip++ {
		x.forms.each(formHash(k, skip), func(id int32) {
			if seen[id] {
				return
			}
			seen[id] = true
			n := x.names[id]
			if len(k) >= minCapitalWord && utf8.RuneCountInString(n.spelling) < minCapitalWord {
				return // a letter added to a name of three makes a name or a firm's coinage as often (T.J. Maxx)
			}
			if osa(k, []rune(lexicon.Fold(n.spelling)), 1) == 1 {
				out = append(out, n)
			}
		})
	}
	return out
}

// rarestShape returns how many names of the dictionary have the rarest
// run of shapeLen letters of w.
func (x *nameIndex) rarestShape(w string) int32 {
	rarest := int32(-1)
	eachShape(w, func(k uint64) bool {
		if n := x.shapes.count(k); rarest < 0 || n < rarest {
			rarest = n
		}
		return true
	})
	return max(rarest, 0)
}

// rarestAllShape returns how many names of the dictionary and of the
// name lists (whose runs are list) together have the rarest run of
// shapeLen letters of w.
func (x *nameIndex) rarestAllShape(w string, list *shapeCounts) int32 {
	rarest := int32(-1)
	eachShape(w, func(k uint64) bool {
		if n := x.shapes.count(k) + list.count(k); rarest < 0 || n < rarest {
			rarest = n
		}
		return true
	})
	return max(rarest, 0)
}

// listShapes returns, per run of shapeLen letters, how many names of
// the name lists have it, counted on first need: only a word among many
// names asks (see nameEvidence.noListShape).
func (c *Checker) listShapes() *shapeCounts {
	c.listed.once.Do(func() {
		for n := range c.lex.ListedNames() {
			eachShape(n, func(k uint64) bool { c.listed.counts.add(k); return true })
		}
	})
	return &c.listed.counts
}

// shapeLen is the length of the letter sequences that give a name its
// shape: three letters are too few (every triple of Manchseter is in some
// name), five too many (real names are new fives).
const shapeLen = 4

// looseShape is how many names must share each run of a word's letters
// for a slip that typo lets pass to make it a name all the same (see
// nameEvidence.looseTypo): Peston's runs are in 18 names or more, Chelsa's
// hels in 4.
const looseShape = 12

// commonShape is how many names must share a run of letters for it to be
// a name's shape, not a slip's: a typo may make a run that one rare name
// has too. A word is shaped like a name when each of its runs is (see
// nameIndex.rarestShape): Marr and Horan are, Lodnon and Pakistsn not.
const commonShape = 3

// eachShape calls fn with each run of shapeLen letters of w, folded, with
// ^ and $ marking its start and end, packed into a number: 16 bits a
// letter, so that counting them costs no string. It stops, and returns
// false, when fn does.
func eachShape(w string, fn func(uint64) bool) bool {
	var k uint64
	n := 0
	put := func(r rune) bool {
		k = k<<16 | uint64(r&0xffff)
		if n++; n >= shapeLen {
			return fn(k)
		}
		return true
	}
	if !put('^') {
		return false
	}
	var buf [64]byte // folded into a buffer on the stack: a name costs no string
	folded := lexicon.AppendFold(buf[:0], w)
	for len(folded) > 0 {
		r, size := utf8.DecodeRune(folded)
		if !put(r) {
			return false
		}
		folded = folded[size:]
	}
	return put('$')
}

// droppedLetter reports whether w is n with one of a doubled letter or
// an h after a consonant dropped from inside it (Caribean, Cirac).
func droppedLetter(w, n string) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	if len(a)+1 != len(b) || len(a) < 2 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return i > 0 && (b[i] == b[i-1] || b[i] == 'h' && !isVowel(b[i-1])) && string(a[i:]) == string(b[i+1:])
		}
	}
	return false
}

// samePrefix returns how many letters a and b share at their start.
func samePrefix(a, b []rune) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	return p
}

// droppedBetweenConsonants reports whether w is n with a letter that
// stood between two consonants dropped (Camern for Cameron): a slip that
// leaves consonants together, where a letter dropped beside a vowel is as
// often another language's spelling of the name (Cladia, Claudia).
func droppedBetweenConsonants(w, n string) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(n))
	if len(a)+1 != len(b) {
		return false
	}
	i := samePrefix(a, b)
	return i > 0 && i+1 < len(b) && string(a[i:]) == string(b[i+1:]) && !isVowel(b[i-1]) && !isVowel(b[i+1])
}

// twoSlips reports whether a, two edits from the word b, is b typed with
// two slips of the fingers: its letters in another order (Mkea, Owudl),
// or two edits cheap by typoCost (Thoy, Hten for the).
func twoSlips(a, b string) bool {
	return sameLetters(a, b) || typoCost([]rune(a), []rune(b)) <= maxTwoSlips
}

// sameLetters reports whether a and b are written with the same letters
// in another order.
func sameLetters(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// maxTwoSlips is the typoCost of two slips at most.
const maxTwoSlips = 1.8

// longTwoSlips is the length from which a word shaped like no name may
// be two slips from any everyday word (Proffesional, Criticists): few
// names that long are so near a word.
const longTwoSlips = 8

// plainSlipBonus is what a swap or a doubled letter saves a capitalised
// word's suggestion, in edits: the plainest slip before a commoner word
// one vowel away (Theri: their, not there).
const plainSlipBonus = 0.15

// longWildSlip is the length from which a capitalised word one letter
// from an everyday word is taken for it whatever the letter
// (Simultaneonsly): a letter for another that no slip of the fingers
// explains makes a name of a shorter word (Bafana, banana; Francaise,
// franchise) as often as a typo.
const longWildSlip = 10

// maxCommonest is the most letters of a word, short of longTwoSlips,
// that is looked at for two slips from one of the commonest words, which
// are short: the search two edits wide is spared the others.
const maxCommonest = 6

// commonestCount is the corpus count from which a word is among the few
// hundred commonest of English (would, make, the): a capitalised word two
// slips from one is taken for it.
const commonestCount = 50000

// startChoice puts first, among the suggestions sug for a misspelled
// word at a sentence's start, the word the next word in rest calls for,
// when the choice is between a pronoun or an adverb and the article (Hten
// for then or the, Thoy for they or the): a verb follows a pronoun (They
// said; there only an auxiliary: There is), a pronoun, an article or a
// comma follows then or there (Then the, There,), and anything else
// follows the article (The film, The 26-year-old). The choice is made
// only when the best suggestion is one of those words (Thsi is this).
func startChoice(sug []string, rest []byte) []string {
	if len(sug) < 2 || !startWord[sug[0]] {
		return sug
	}
	next, comma := nextWord(rest)
	var want func(string) bool
	switch {
	case comma || determiner[next]:
		want = func(s string) bool { return s == "then" || s == "there" }
	case verbAfterPronoun(next):
		want = func(s string) bool {
			return subjectWord[s] && (s != "they" || !singularVerb[next]) && (s != "there" || auxiliary[next])
		}
	default:
		want = func(s string) bool { return s == "the" }
	}
	for i, s := range sug {
		if !startWord[s] {
			continue
		}
		if want(s) {
			if i > 0 {
				sug = append([]string{s}, slices.Delete(slices.Clone(sug), i, i+1)...)
			}
			return sug
		}
	}
	return sug
}

// nextWord returns the word that rest, the text after a word, goes on
// with, in lower case, or comma true if it goes on with a comma.
func nextWord(rest []byte) (string, bool) {
	if len(rest) > 0 && rest[0] == ',' {
		return "", true
	}
	return strings.ToLower(string(wordAfter(rest, func(b byte) bool { return asciiLetterByte(b) || b == '\'' }))), false
}

// verbAfterPronoun reports whether w, the word after a sentence's first
// word, is a verb that a pronoun stands before: an auxiliary, a verb of
// saying or a past tense in -ed (They claimed).
func verbAfterPronoun(w string) bool {
	return auxiliary[strings.TrimSuffix(w, "n't")] || saying[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// nameTitle holds the titles that stand before a name.
var nameTitle = map[string]bool{"professor": true, "president": true, "doctor": true, "general": true,
	"captain": true, "minister": true, "senator": true, "judge": true, "inspector": true, "sergeant": true,
	"colonel": true, "governor": true, "chancellor": true, "bishop": true, "father": true, "sister": true,
	"brother": true, "lord": true, "lady": true, "mayor": true, "prince": true, "princess": true, "king": true,
	"queen": true, "chairman": true, "director": true, "coach": true, "manager": true, "detective": true}

// startWord holds the words a misspelled sentence start is most often
// meant for, among which startChoice chooses.
var startWord = map[string]bool{"the": true, "they": true, "then": true, "there": true, "here": true, "he": true, "she": true, "we": true}

// subjectWord holds the start words that stand before a verb.
var subjectWord = map[string]bool{"they": true, "there": true, "he": true, "she": true, "we": true}

// determiner holds the words that follow then at a sentence's start and
// never the article.
var determiner = map[string]bool{"the": true, "a": true, "an": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "it": true, "you": true, "this": true, "that": true, "there": true}

// auxiliary holds the auxiliary and modal verbs and the adverbs that
// stand between a subject and its verb (They also said).
var auxiliary = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
	"might": true, "must": true, "do": true, "did": true, "does": true, "also": true, "still": true, "now": true,
	"all": true, "never": true, "always": true, "'re": true, "'ve": true, "'ll": true, "'d": true}

// singularVerb holds the verbs that take there, never they.
var singularVerb = map[string]bool{"is": true, "was": true, "has": true, "does": true}
