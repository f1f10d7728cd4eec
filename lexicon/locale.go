package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// LocaleSpelling returns the spelling the lexicon's locale gives a word
// that only another locale of its dictionary spells as word: colour for
// color and litre for liter in en-GB, color for colour in en-US; its
// Spelling, Tier and Flags are set. It also returns that other locale,
// and false when word is known in this locale, is no word of another, or
// has no such spelling here.
//
// It knows the regular differences between British and American
// spelling (-our/-or, -re/-er, -ise/-ize, ae and oe/e, doubled l and p,
// -ence/-ense, -ogue/-og, -ette/-et, -gement/-gment, mould/mold,
// moustache/mustache, sulphur/sulfur, plough/plow, speciality/specialty,
// centred/centered, rouble/ruble, kerb/curb, enquiry/inquiry,
// despatch/dispatch, practise/practice, focussed/focused),
// each where the letters around it allow (see americanToBritish), up to
// three of them in one word, and, where those make no word, the pairs no
// rule makes (see irregularPairs: cheque and check, maths and math,
// titbit and tidbit). Of several spellings the one with the fewest
// differences wins, then the more common.
func (l *Lexicon) LocaleSpelling(word string) (spelling Candidate, locale string, ok bool) {
	d := l.dict
	if d == nil || len(d.exactInfo) < 2 || d.col >= len(Locales) || l.Lookup(word).Flags != 0 {
		return Candidate{}, "", false
	}
	i := d.exact.find(word)
	if i < 0 {
		return Candidate{}, "", false
	}
	other, tier := -1, 0
	for c := range d.exactInfo {
		if info := packed(le16(d.exactInfo[c], i)).info(); c != d.col && c < len(Locales) && info.Flags&Word != 0 {
			other, tier = c, info.Tier
			break
		}
	}
	if other < 0 {
		return Candidate{}, "", false
	}
	rules := localeRules(Locales[other], Locales[d.col])
	if rules == nil {
		return Candidate{}, "", false
	}
	// The best spelling so far, and how it ranks: fewer differences
	// first, then the word's own tier before another (the dictionary
	// gives a word's spellings one tier), then the more common.
	var best Candidate
	var bestRank [3]int
	most := maxLocaleEdits
	if utf8.RuneCountInString(word) < minLocaleWord {
		most = 0 // a short word only by the irregular pairs (mom, mum)
	}
	eachRespelling(word, rules, most, func(s string, edits int) bool {
		if best.Spelling != "" && edits > bestRank[0] {
			return false
		}
		info, ok := d.suggests(s)
		if !ok {
			return true
		}
		tierDiffers := 0
		if info.Tier != tier {
			tierDiffers = 1
		}
		rank := [3]int{edits, tierDiffers, info.Tier}
		if c := slices.Compare(rank[:], bestRank[:]); best.Spelling == "" || c < 0 || c == 0 && s < best.Spelling {
			best, bestRank = Candidate{Spelling: s, Tier: info.Tier, Flags: info.Flags}, rank
		}
		return true
	})
	if best.Spelling == "" {
		s, ok := irregularSpelling(word, Locales[other], Locales[d.col])
		if !ok {
			return Candidate{}, "", false
		}
		info, ok := d.suggests(s)
		if !ok {
			return Candidate{}, "", false
		}
		best = Candidate{Spelling: s, Tier: info.Tier, Flags: info.Flags}
	}
	return best, Locales[other], true
}

// suggests returns what the dictionary's locale says of s, and false
// unless s is a word it suggests: not a name, nor a spelling it accepts
// but does not suggest.
func (d *dictionary) suggests(s string) (Info, bool) {
	j := d.exact.find(s)
	if j < 0 {
		return Info{}, false
	}
	info := packed(le16(d.exactInfo[d.col], j)).info()
	return info, info.Flags&Word != 0 && info.Flags&Variant == 0
}

// irregularPairs are British and American spellings of one word that the
// regular differences do not make, each form listed, British first:
// written by hand from general knowledge of the two spellings. A pair
// counts only one way where the other spelling is a word of both locales
// (check, story and jail are British words too).
var irregularPairs = [][2]string{
	{"aluminium", "aluminum"},
	{"cheque", "check"}, {"cheques", "checks"}, {"chequebook", "checkbook"}, {"chequebooks", "checkbooks"},
	{"chequable", "checkable"},
	{"maths", "math"},
	{"pyjama", "pajama"}, {"pyjamas", "pajamas"},
	{"tyre", "tire"}, {"tyres", "tires"},
	{"jewellery", "jewelry"},
	{"cosy", "cozy"}, {"cosier", "cozier"}, {"cosiest", "coziest"}, {"cosily", "cozily"}, {"cosiness", "coziness"},
	{"sceptic", "skeptic"}, {"sceptics", "skeptics"}, {"sceptical", "skeptical"}, {"sceptically", "skeptically"},
	{"scepticism", "skepticism"},
	{"furore", "furor"}, {"furores", "furors"},
	{"annexe", "annex"},
	{"artefact", "artifact"}, {"artefacts", "artifacts"},
	{"aeroplane", "airplane"}, {"aeroplanes", "airplanes"},
	{"liquorice", "licorice"},
	{"titbit", "tidbit"}, {"titbits", "tidbits"},
	{"carburettor", "carburetor"}, {"carburettors", "carburetors"},
	{"draughtsman", "draftsman"}, {"draughtsmen", "draftsmen"}, {"draughtsmanship", "draftsmanship"},
	{"behove", "behoove"}, {"behoves", "behooves"},
	{"gaol", "jail"}, {"gaols", "jails"}, {"gaoled", "jailed"}, {"gaoler", "jailer"},
	{"mum", "mom"}, {"mums", "moms"},
	{"grey", "gray"}, {"greys", "grays"}, {"greyer", "grayer"}, {"greyest", "grayest"}, {"greying", "graying"},
	{"greyish", "grayish"}, {"greyed", "grayed"},
	{"axe", "ax"},
	{"doughnut", "donut"}, {"doughnuts", "donuts"},
}

// irregularByLocale maps, per pair of locales from and to, a spelling of
// from to its irregular spelling in to.
var irregularByLocale = func() map[[2]string]map[string]string {
	gbToUS, usToGB := map[string]string{}, map[string]string{}
	for _, p := range irregularPairs {
		gbToUS[p[0]], usToGB[p[1]] = p[1], p[0]
	}
	return map[[2]string]map[string]string{{"en-GB", "en-US"}: gbToUS, {"en-US", "en-GB"}: usToGB}
}()

// irregularSpelling returns the spelling that locale to gives word, a
// spelling of locale from, by irregularPairs.
func irregularSpelling(word, from, to string) (string, bool) {
	s, ok := irregularByLocale[[2]string{from, to}][word]
	return s, ok
}

// Respellings returns the spellings that the regular differences between
// the locales from and to (see [Lexicon.LocaleSpelling]) make of word, a
// spelling of from, whether or not they are words; nil when no
// differences between the two are known. The word list generator uses it
// to tell another locale's spelling of a word from a variant of its own.
func Respellings(word, from, to string) []string {
	rules := localeRules(from, to)
	if rules == nil || utf8.RuneCountInString(word) < minLocaleWord {
		return nil
	}
	var out []string
	eachRespelling(word, rules, maxLocaleEdits, func(s string, _ int) bool {
		out = append(out, s)
		return true
	})
	return out
}

// minLocaleWord is the shortest word LocaleSpelling respells: among
// shorter words a respelling is more often another word (ern, ren).
const minLocaleWord = 4

// maxLocaleEdits is the most spelling differences LocaleSpelling applies
// to one word (anaesthetise for anesthetize is two).
const maxLocaleEdits = 3

// maxRespellings bounds the spellings LocaleSpelling tries for one word.
const maxRespellings = 256

// A respelling is one regular difference between two locales: the letters
// from, written to in the other, where the word around them allows (see
// respelling.fits).
type respelling struct {
	from, to string
	// Where the difference is made: the least number of letters before
	// it, the words' shortest length, what may follow it (any of these
	// endings of the word; any ending if none), and which letters may
	// come just before and just after it ("" for any).
	minBefore, minLen int
	endings           []string
	before, after     string
	orEnd             bool // the word may also end right after it
	start             bool // only at the start of the word
}

// fits reports whether r may apply to word at byte offset at, where its
// letters (r.from) end at end.
func (r *respelling) fits(word string, at, end int) bool {
	if at < r.minBefore || r.start && at > 0 || utf8.RuneCountInString(word) < r.minLen {
		return false
	}
	if r.endings != nil && !slices.Contains(r.endings, word[end:]) {
		return false
	}
	if r.before != "" && (at == 0 || !strings.ContainsRune(r.before, rune(word[at-1]))) {
		return false
	}
	if end == len(word) {
		return r.after == "" || r.orEnd
	}
	return r.after == "" || strings.ContainsRune(r.after, rune(word[end]))
}

// consonants are the letters before which -er and -re trade places
// (centre, meagre, but not tyre, tire).
const consonants = "bcdfghjklmnpqrstvxz"

// americanToBritish are the regular differences, American first. The
// context of each keeps it to the words it concerns (perv is no British
// prev, nor tyres an American tyers), and the dictionary decides which of
// the spellings so made is a word. The contexts look only at letters the
// difference leaves alone, so the same rule serves both ways.
var americanToBritish = []respelling{
	{from: "or", to: "our", minBefore: 2},                                                        // colour, favourite, neighbourhood
	{from: "er", to: "re", minBefore: 2, before: consonants, after: consonants, orEnd: true},     // centre, litres, meagrely, centrepiece
	{from: "z", to: "s", minBefore: 4, before: "iy", after: "eai"},                               // realise, analyse, organisation
	{from: "e", to: "ae", minBefore: 1, minLen: 5, before: consonants, after: consonants + "oa"}, // anaemia, paediatric, faecal, archaeology
	{from: "e", to: "oe", minLen: 5, start: true},                                                // oesophagus, oedema, oestrogen
	{from: "eu", to: "oeu", minBefore: 2},                                                        // manoeuvre
	{from: "hea", to: "hoea", minBefore: 2, after: "ls", orEnd: true},                            // diarrhoea
	{from: "fet", to: "foet"},                                                                    // foetus, asafoetida
	{from: "cel", to: "coel", start: true},                                                       // coeliac
	{from: "pnea", to: "pnoea", after: "ls", orEnd: true},                                        // apnoea, dyspnoea
	{from: "edema", to: "oedema"},                                                                // lymphoedema
	{from: "estr", to: "oestr", minBefore: 1},                                                    // anoestrus
	{from: "ameb", to: "amoeb"},
	{from: "l", to: "ll", minBefore: 2, before: "aeiou", after: "aeio"},               // modelled, fuelling, counsellor, cancellable
	{from: "p", to: "pp", minBefore: 2, before: "aeiou", after: "ei"},                 // worshipped, kidnapper
	{from: "ll", to: "l", minBefore: 1, endings: []string{"", "s", "ed", "ing"}},      // fulfil, enrol
	{from: "ll", to: "l", minBefore: 1, after: "fm"},                                  // skilful, wilful, instalment
	{from: "ense", to: "ence", minBefore: 2, endings: []string{"", "s", "d", "less"}}, // defence, pretence, licence
	{from: "og", to: "ogue", minBefore: 3, endings: []string{"", "s"}},                // catalogue, dialogue
	{from: "et", to: "ette", minBefore: 3, endings: []string{"", "s"}},                // omelette, epaulette
	{from: "gment", to: "gement", minBefore: 2, endings: []string{"", "s"}},           // acknowledgement
	{from: "ol", to: "oul", minBefore: 1, after: "dt"},                                // mould, smoulder, moult
	{from: "mustach", to: "moustach"},
	{from: "sulf", to: "sulph"},
	{from: "ow", to: "ough", minBefore: 2, endings: []string{"", "s", "ed", "ing", "man", "men", "share", "shares"}}, // plough
	{from: "alt", to: "alit", minBefore: 3, after: "iy"},                                                             // speciality
	{from: "gram", to: "gramme", minBefore: 2, endings: []string{"", "s"}},                                           // programme
	{from: "ered", to: "red", minBefore: 3, before: "t", endings: []string{""}},                                      // centred, metred (centre + ed)
	{from: "ering", to: "ring", minBefore: 3, before: "t", endings: []string{""}},                                    // centring
	{from: "rubl", to: "roubl", start: true},                                                                         // rouble
	{from: "curb", to: "kerb", start: true, endings: []string{"", "s", "side", "stone", "stones"}},                   // kerb, kerbside
	{from: "inquir", to: "enquir", start: true},                                                                      // enquiry
	{from: "dispatch", to: "despatch", start: true},                                                                  // despatch
	{from: "practic", to: "practis", start: true, after: "ei"},                                                       // practise, practising (the verb)
	{from: "s", to: "ss", minBefore: 3, before: "u", after: "ei"},                                                    // focussed
}

var britishToAmerican = func() []respelling {
	rs := make([]respelling, len(americanToBritish))
	for i, r := range americanToBritish {
		r.from, r.to = r.to, r.from
		rs[i] = r
	}
	return rs
}()

// localeRules returns the differences that respell a word of locale from
// in locale to, or nil if none are known.
func localeRules(from, to string) []respelling {
	switch {
	case from == "en-US" && to == "en-GB":
		return americanToBritish
	case from == "en-GB" && to == "en-US":
		return britishToAmerican
	}
	return nil
}

// A site is a place in a word where a rule applies.
type site struct {
	at   int
	rule respelling
}

// eachRespelling calls fn with each spelling of word made by applying
// rules at 1 to max places that do not overlap, fewer places first, and
// the number of places; at most maxRespellings of them. It stops when fn
// returns false.
func eachRespelling(word string, rules []respelling, max int, fn func(s string, edits int) bool) {
	var sites []site
	for at := range len(word) {
		for _, r := range rules {
			if strings.HasPrefix(word[at:], r.from) && r.fits(word, at, at+len(r.from)) {
				sites = append(sites, site{at, r})
			}
		}
	}
	tried := 0
	chosen := make([]int, 0, max)
	var b strings.Builder
	// pick chooses the (k+1)th place of a spelling with n places from
	// sites[from:]; it reports false to stop.
	var pick func(from, n int) bool
	pick = func(from, n int) bool {
		if len(chosen) == n {
			if tried++; tried > maxRespellings {
				return false
			}
			b.Reset()
			last := 0
			for _, c := range chosen {
				s := sites[c]
				b.WriteString(word[last:s.at])
				b.WriteString(s.rule.to)
				last = s.at + len(s.rule.from)
			}
			b.WriteString(word[last:])
			return fn(b.String(), n)
		}
		for i := from; i < len(sites); i++ {
			if k := len(chosen); k > 0 {
				prev := sites[chosen[k-1]]
				if sites[i].at < prev.at+len(prev.rule.from) {
					continue // overlaps the place before
				}
			}
			chosen = append(chosen, i)
			ok := pick(i+1, n)
			chosen = chosen[:len(chosen)-1]
			if !ok {
				return false
			}
		}
		return true
	}
	for n := 1; n <= max && n <= len(sites); n++ {
		if !pick(0, n) {
			return
		}
	}
}
