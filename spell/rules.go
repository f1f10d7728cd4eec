package spell

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/lexicon/translit"
)

// A rule is one step of [Checker.judge]: it gives its verdict on a word,
// or reports false to leave the word to the rules after it.
type rule struct {
	name string // what the rule says of the words it decides
	fn   func(c *Checker, s *subject) (*verdict, bool)
}

// rules are the checker's rules on a word, in the order they are tried:
// the first that decides gives the verdict. The last always decides.
var rules = []rule{
	{"a lower-case dictionary word is known", plainWord},
	{"a single letter or an acronym is not judged", notJudged},
	{"a spelling the house rejects is rejected", houseRejects},
	{"a spelling of a name the house spells otherwise is its variant", houseRespells},
	{"a known name that romanizes a house name otherwise is its variant", knownNameRomanized},
	{"a place's other spelling one slip from its English name is judged as a capitalised word", placeSpellingSlip},
	{"a spelling the lexicon knows is known", knownSpelling},
	{"a lower-case letter run that cut gives a dictionary word is a slip of it", letterRunSlip},
	{"a capitalised letter run or word without a vowel that is a slip of a well-known name or a word is judged as a capitalised word", oddNameSlip},
	{"a prefix before a capitalised word the lexicon does not know is judged part by part, as a name", prefixedName},
	{"a letter run, no vowel or an inner capital is deliberate", deliberateShape},
	{"a house name after an article is its romanization", articleHouseName},
	{"a hyphenated word of known parts is known", knownHyphenated},
	{"a house name written with other separators is its variant", joinedHouseName},
	{"a lower-case word of known parts is known unless a slip of a common word", knownParts},
	{"any other word is unknown, with the names and words near it", unknownSpelling},
}

// judge decides what the lexicon says of w.
func (c *Checker) judge(w string) *verdict {
	v, _ := c.judgeBy(w)
	return v
}

// judgeBy returns the verdict on w and the index in rules of the rule
// that gave it.
func (c *Checker) judgeBy(w string) (*verdict, int) {
	s := &subject{w: w}
	for i, r := range rules {
		if v, ok := r.fn(c, s); ok {
			return v, i
		}
	}
	panic("spell: the last rule did not decide " + w) // unreachable: unknownSpelling always decides
}

// A subject is a word under judgement and what the rules have asked the
// lexicon of it, each question asked at most once.
type subject struct {
	w       string
	n       int          // letters (code points) of w; 0 until counted
	info    lexicon.Info // Lookup(w), or LookupFold(w) when that says more
	fold    lexicon.Info // LookupFold(w)
	asked   bool         // info is set
	folded  bool         // fold is set
	unknown *verdict     // the verdict of an unknown word, once begun
}

func (s *subject) runes() int {
	if s.n == 0 {
		s.n = utf8.RuneCountInString(s.w)
	}
	return s.n
}

// lookup returns what the lexicon knows of w: of w as it is, or, when
// that is nothing, of any spelling that folds alike.
func (s *subject) lookup(c *Checker) lexicon.Info {
	if !s.asked {
		s.info, s.asked = c.lex.Lookup(s.w), true
		if s.info.Flags&(lexicon.Rejected|lexicon.HouseVariant) == 0 && !s.info.Known() {
			if f := s.lookupFold(c); f.Flags&(lexicon.Rejected|lexicon.HouseVariant) != 0 || f.Known() {
				s.info = f
			}
		}
	}
	return s.info
}

// lookupFold returns what the lexicon knows of any spelling that folds as
// w does.
func (s *subject) lookupFold(c *Checker) lexicon.Info {
	if !s.folded {
		s.fold, s.folded = c.lex.LookupFold(s.w), true
	}
	return s.fold
}

// plainWord: most words are lower-case words the dictionary knows as they
// are, which no house entry overrides; they need no folded lookup.
func plainWord(c *Checker, s *subject) (*verdict, bool) {
	if len(s.w) >= 2 && lowerASCII(s.w) && c.lex.KnownWord(s.w) {
		return known, true
	}
	return nil, false
}

// notJudged: a single letter, an acronym (NATO, BBC), or a run of more
// letters than any word has (maxWordLetters).
func notJudged(c *Checker, s *subject) (*verdict, bool) {
	if n := s.runes(); n < 2 || n > maxWordLetters || isAllCaps(s.w) {
		return skipped, true
	}
	return nil, false
}

// houseRejects: a spelling a house entry marks with '!'.
func houseRejects(c *Checker, s *subject) (*verdict, bool) {
	if info := s.lookup(c); info.Flags&lexicon.Rejected != 0 {
		return &verdict{class: rejectedWord, suggest: info.Suggest}, true
	}
	return nil, false
}

// houseRespells: a spelling of a place or name that the house spells
// otherwise.
func houseRespells(c *Checker, s *subject) (*verdict, bool) {
	if info := s.lookup(c); info.Flags&lexicon.HouseVariant != 0 {
		return &verdict{class: houseVariant, suggest: info.Suggest, translit: info.Scheme != ""}, true
	}
	return nil, false
}

// knownNameRomanized: a name the dictionary or gazetteer knows may still
// be a romanization the house spells otherwise (Qaddafi for Gaddafi):
// house style outranks the dictionary. It is, when the two differ in a
// letter romanizations trade (q/g, kh/k), not merely in vowels, doubled
// letters or s/z, which is how names of different people differ
// (Walliams/Williams, Louise/Luiz, Christophe/Christoph); rarity alone
// is no guide, as the dictionary's rare names are mostly other people,
// but a name of its rarest tier meeting a house name marked as Arabic
// that no dictionary lists is one (see rareRomanization). It is too when
// the house gives its name's original script, which says that the
// house name is a romanization itself (Gorbachov for Gorbachev =
// Горбачёв), if w is long enough for a match to say so (Covell is not
// Kovel = Ковель) and not a common name. Without house names there is
// nothing to ask.
func knownNameRomanized(c *Checker, s *subject) (*verdict, bool) {
	if info := s.lookup(c); !info.Known() || !c.lex.HasHouse() || !claimable(s.w, info, s.lookupFold(c)) {
		return nil, false
	}
	for _, tn := range c.lex.TranslitNames(s.w) {
		if translit.TradesLetters(s.w, tn.Spelling) || rareRomanization(c.lex, s.w, s.lookupFold(c), tn.Spelling) ||
			s.runes() >= 9 && c.romanizedHouseName(tn.Spelling) && !c.lex.CommonName(s.w) {
			return &verdict{class: houseVariant, suggest: tn.Spelling, translit: true}, true
		}
	}
	return nil, false
}

// claimable reports whether the known spelling w, of which the lexicon
// knows info (and fold of its spellings that fold alike), may be a
// romanization of a house name for knownNameRomanized: a name of four
// letters or more that is not known in its own right. A word of the
// rarest tier alone is a lower-cased name there (ahsan, shareef), not a
// word.
func claimable(w string, info, fold lexicon.Info) bool {
	if fold.Flags&lexicon.Word != 0 && fold.Tier >= lexicon.TierRarest {
		info.Flags &^= lexicon.Word
		fold.Flags &^= lexicon.Word
	}
	return !inOwnRight(info) && startsUpper(w) && utf8.RuneCountInString(w) >= 4 && fold.Flags&lexicon.Word == 0
}

// inOwnRight reports whether a known spelling is known in its own right,
// as an ordinary word, a house spelling or a place that is something more
// (a place and a name, say), so that no house name's romanization claims
// it; a name of the dictionary alone, or a place alone, may be another
// romanization of a house name (see knownNameRomanized).
func inOwnRight(info lexicon.Info) bool {
	placeOnly := info.Flags&(lexicon.Word|lexicon.Proper|lexicon.House|lexicon.Variant) == 0
	return info.Flags&(lexicon.Word|lexicon.House|lexicon.Place) != 0 && !placeOnly
}

// placeSpellingSlip: the gazetteer lists each place's names in many
// languages, and some are one slip from its English name (Birmingam and
// Londn, names of Birmingham and London elsewhere). In English copy such
// a spelling is a slip of the name. A capitalised spelling the lexicon
// knows only as a place's other name, that the rules on capitalised words
// take for a slip of a well-known name which is that same place's main
// name, is left to those rules; a place's main name (a town called so)
// and a spelling of another place stay known.
func placeSpellingSlip(c *Checker, s *subject) (*verdict, bool) {
	if !startsUpper(s.w) || s.lookup(c).Flags != lexicon.Place {
		return nil, false
	}
	name := c.nameSlip(s.w, 1)
	if name == "" {
		return nil, false
	}
	places := c.lex.PlaceNames(s.w)
	spelt := func(w string) func(string) bool {
		fw := lexicon.Fold(w)
		return func(p string) bool { return lexicon.Fold(p) == fw || lexicon.Fold(umlautsSpelt.Replace(p)) == fw }
	}
	// Klaipėda is Klaipeda; Moenchengladbach writes Mönchengladbach's
	// umlaut, and is no slip of Monchengladbach.
	if !slices.ContainsFunc(places, spelt(name)) || slices.ContainsFunc(places, spelt(s.w)) {
		return nil, false
	}
	return &verdict{class: unknownName}, true
}

// umlautsSpelt writes a German umlaut as its vowel and an e, as English
// copy does (Moenchengladbach, Duesseldorf).
var umlautsSpelt = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")

// knownSpelling: a spelling the lexicon knows, in any case or accents.
func knownSpelling(c *Checker, s *subject) (*verdict, bool) {
	if s.lookup(c).Known() {
		return known, true
	}
	return nil, false
}

// letterRunSlip: a letter typed three times in a row is, in news copy,
// almost always a slip (acccount, stilll) when cutting the run to two
// letters gives a word of the dictionary (below the rarest tier, which
// lists misspellings): that word is the suggestion. A run that gives none
// is deliberate (pleeease; see deliberateShape): cutting to one letter
// would take it for please. Capitalised words are left to the name rules.
func letterRunSlip(c *Checker, s *subject) (*verdict, bool) {
	if startsUpper(s.w) || !hasLetterRun(s.w) {
		return nil, false
	}
	if !c.cutIsWord(s.w) {
		return nil, false
	}
	cut, n := cutLetterRuns(strings.ToLower(s.w))
	info := c.lex.LookupFold(cut)
	return &verdict{class: unknownWord, words: []candidate{{spelling: cut, dist: n, score: float64(n), tier: info.Tier}}}, true
}

// cutLetterRuns returns w with each run of three letters or more cut to
// two letters, and how many letters it cut.
func cutLetterRuns(w string) (string, int) {
	var b strings.Builder
	cut := 0
	var a, p rune // the two letters before r
	for i, r := range w {
		if i > 0 && r == a && r == p {
			cut++
			continue
		}
		b.WriteRune(r)
		a, p = p, r
	}
	return b.String(), cut
}

// oddNameSlip: a capitalised word with a letter typed three times
// (Prescottt, Threee) or without a vowel (Scptt) is deliberate only when
// it is no slip of a well-known name, nor a name with such a part
// (O'Connnell, Mills-Jennnings), nor a slip of a month's or a state's
// form, which where it stands may show (MINNEAPOLIS, Mnn.; see
// placedSlip), and its run cut to two letters gives no dictionary word:
// else it is left to the rules on capitalised words.
func oddNameSlip(c *Checker, s *subject) (*verdict, bool) {
	if !startsUpper(s.w) || hasVowel(s.w) && !hasLetterRun(s.w) {
		return nil, false
	}
	if c.nameSlip(s.w, 1) == "" && !c.partNameSlip(s.w) && !(hasLetterRun(s.w) && s.runes() > 4 && c.cutIsWord(s.w)) && !placedForm(s.w) {
		return nil, false // Booo, a cry, not a slip of Boo
	}
	return &verdict{class: unknownName}, true
}

// partNameSlip reports whether a part of the word w (see wordParts), of
// two parts or more, is a slip of a well-known name.
func (c *Checker) partNameSlip(w string) bool {
	parts := wordParts(w)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if c.nameSlip(w[p[0]:p[1]], 1) != "" {
			return true
		}
	}
	return false
}

// cutIsWord reports whether w with its letter runs cut to two letters is,
// in lower case, a word of the dictionary below the rarest tier.
func (c *Checker) cutIsWord(w string) bool {
	cut, _ := cutLetterRuns(strings.ToLower(w))
	info := c.lex.LookupFold(cut)
	return info.Flags&lexicon.Word != 0 && info.Known() && info.Tier < lexicon.TierRarest
}

// prefixedName: a common prefix before a capitalised word (anti-American,
// pre-Lenten, non-European) has its capital inside on purpose, but the
// name may be a slip (anti-Amercan, mid-Febuary). Such a word that the
// lexicon does not know, whole or as known parts, is an unknown name, so
// that its parts are judged (see checkParts): a search for the whole as a
// lower-case word would find words near a firm's name (non-Rolm: non-com).
// A capital inside the name (pro-McCain) or a name in capitals (non-OPEC)
// leaves the word to deliberateShape.
func prefixedName(c *Checker, s *subject) (*verdict, bool) {
	pre, rest, ok := strings.Cut(s.w, "-")
	if !ok || !slices.Contains(prefixes, pre) || !startsUpper(rest) || isAllCaps(rest) || hasLetterRun(rest) {
		return nil, false
	}
	if _, n := utf8.DecodeRuneInString(rest); innerCapital(rest[n:]) || c.knownHyphenated(s.w) {
		return nil, false
	}
	return &verdict{class: unknownName}, true
}

// deliberateShape: a letter typed three times (pleeease), a word without
// a vowel (Kbps, mph) or a capital inside a lower-case word (iPod, eBay)
// is written so on purpose.
func deliberateShape(c *Checker, s *subject) (*verdict, bool) {
	if hasLetterRun(s.w) || !hasVowel(s.w) || (innerCapital(s.w) && !articleName(s.w)) {
		return known, true
	}
	return nil, false
}

// articleHouseName: al-Qaddafi and al-Qaddafi are made of known parts, but
// the whole, article and all, may be another romanization of a house
// name. The house name after the article in lower case (al-Gaddafi for
// Gaddafi, as a first reference often writes it) is the house's spelling;
// after a capitalised article (Al-Gaddafi) inside a sentence it is a
// spelling of the name that the house does not use, or it would list it;
// at a sentence's start it is the lower-case article capitalised.
func articleHouseName(c *Checker, s *subject) (*verdict, bool) {
	if !c.knownHyphenated(s.w) && !articleName(s.w) {
		return nil, false
	}
	rest := s.w[strings.LastIndexByte(s.w, '-')+1:]
	if capitalArticle(s.w) && c.lex.LookupFold(rest).Flags&lexicon.House != 0 {
		return &verdict{class: houseVariant, suggest: rest, translit: true, capitalArticle: true}, true
	}
	if startsUpper(rest) && s.runes() >= 6 && c.lex.LookupFold(rest).Flags&lexicon.House == 0 {
		if tn := c.lex.TranslitNames(s.w); len(tn) > 0 {
			return &verdict{class: houseVariant, suggest: tn[0].Spelling, translit: true}, true
		}
	}
	return nil, false
}

// capitalArticle reports whether w is a name after the Arabic article
// written with a capital: Al-Assad, El-Sisi, Ash-Shami (not Bin-Laden or
// Abu-Bakr, whose particles are names of their own).
func capitalArticle(w string) bool {
	art, _, _ := strings.Cut(w, "-")
	return articleName(w) && startsUpper(art) && !strings.EqualFold(art, "bin") && !strings.EqualFold(art, "ibn") &&
		!strings.EqualFold(art, "abu")
}

// knownHyphenated: a hyphenated word of known parts (co-ordinator, X-ray),
// or a name after an article (al-Sadr), is known.
func knownHyphenated(c *Checker, s *subject) (*verdict, bool) {
	if c.knownHyphenated(s.w) || articleName(s.w) {
		return known, true
	}
	return nil, false
}

// joinedHouseName: Jalalabad for a house Jalal-Abad is the same name,
// written with other separators.
func joinedHouseName(c *Checker, s *subject) (*verdict, bool) {
	if startsUpper(s.w) {
		if h, ok := c.lex.Joined(s.w); ok {
			return &verdict{class: houseVariant, suggest: h}, true
		}
	}
	return nil, false
}

// knownParts: a lower-case word made of known parts is a word, unless a
// word in common use is one slip away and starts with the same letter:
// then it is more likely a typo of that word (feemale). A typing slip
// seldom changes the first letter (wirelessly is not tirelessly,
// renationalisation not denationalisation), and a rare word is a poor
// guess (writeback is not whiteback). See typoOf.
func knownParts(c *Checker, s *subject) (*verdict, bool) {
	if startsUpper(s.w) || s.runes() < 3 || !c.knownByParts(s.w) {
		return nil, false
	}
	if !c.nearCommonSlip(s.w) {
		return known, true
	}
	return nil, false
}

// unknownVerdict returns the verdict of w as an unknown word or name,
// without its near names yet. A lower-case word's near dictionary words
// are looked up on first need (see verdict.dictWords).
func (s *subject) unknownVerdict() *verdict {
	if s.unknown == nil {
		s.unknown = &verdict{class: unknownWord}
		if startsUpper(s.w) {
			s.unknown.class = unknownName
		} else if s.runes() >= 3 {
			s.unknown.pending = s.w
		}
	}
	return s.unknown
}

// unknownSpelling: a word none of the rules before knows is unknown; a
// word of four letters or more gets the names near it. A lower-case word
// is a typo of a word before it is one of a name (safty: safety, not a
// house name Santy), unless no dictionary word is as near. A capitalised
// one edit from a name that is also a romanization difference (Bakiev,
// Gadhafi) is a transliteration variant, and so is one that romanizes a
// house name otherwise however far.
func unknownSpelling(c *Checker, s *subject) (*verdict, bool) {
	v := s.unknownVerdict()
	if s.runes() < 4 {
		return v, true
	}
	capital := startsUpper(s.w)
	fw := lexicon.Fold(s.w)
	for _, nc := range c.lex.NearNames(s.w, 1) {
		if fn := lexicon.Fold(nc.Spelling); fw == fn || len(fw) > len(fn) && inflected(fw, fn) {
			continue // the name itself, or its plural (the Bakiyevs)
		}
		v.names = append(v.names, candidate{spelling: nc.Spelling, dist: nc.Distance})
	}
	if !capital && len(v.names) > 0 && len(v.dictWords(c)) > 0 {
		best := v.words[0].dist
		for _, wc := range v.words {
			best = min(best, wc.dist)
		}
		kept := v.names[:0]
		for _, nc := range v.names {
			if !startsUpper(nc.spelling) || nc.dist < best {
				kept = append(kept, nc)
			}
		}
		v.names = kept
	}
	sortCandidates(v.names, s.w)
	if capital && len(v.names) > 0 {
		_, v.translit = translit.Match(s.w, v.names[0].spelling)
	}
	if capital && len(v.names) == 0 {
		for _, tn := range c.lex.TranslitNames(s.w) {
			v.names = append(v.names, candidate{spelling: tn.Spelling})
			v.translit = true
		}
	}
	return v, true
}

// repeatedOnPurpose reports whether the unknown lower-case word w, with
// verdict v, used n times in its document, is used there on purpose: three
// times or more (jargon, a coinage the text explains), unless a common word
// is one slip from it, which a writer who misspells consistently meant
// ("The goverment fell. The goverment said. The goverment left.").
func (c *Checker) repeatedOnPurpose(w string, v *verdict, n int) bool {
	if n < 3 {
		return false
	}
	return !c.slipOfCommonWord(w, v)
}
