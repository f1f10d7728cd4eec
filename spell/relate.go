package spell

import (
	"strings"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/lexicon/translit"
)

// A Relation says whether two spellings may be one name, as the checker
// decides when it meets both.
type Relation int

// The relations [Related] reports.
const (
	// Unrelated: two different words or names, or one an inflection of the
	// other (Bakiyev, Bakiyevs).
	Unrelated Relation = iota
	// Same: the spellings differ only in case, accents or apostrophe style,
	// which the checker never tells apart.
	Same
	// Typo: one edit apart (an insertion, deletion, substitution or swap of
	// adjacent letters; four letters or more) that no romanization
	// explains, the distance at which the checker takes the rarer spelling
	// in a document for a slip: Horgan, Horan.
	Typo
	// Translit: romanizations of one name ([translit.Match] confirms them),
	// however many edits apart: Gaddafi, Qaddafi, Kadhafi; Yeltsin, Jelzin.
	Translit
	// Unsure: close, but as likely two names as one: one vowel for another
	// (Walliams, Williams; Arjen, Arjan), or a shared transliteration key
	// that the whole-name match does not confirm.
	Unsure
)

// String returns the relation's name in lower case ("typo", "translit", ...).
func (r Relation) String() string {
	switch r {
	case Unrelated:
		return "unrelated"
	case Same:
		return "same"
	case Typo:
		return "typo"
	case Translit:
		return "translit"
	case Unsure:
		return "unsure"
	}
	return "Relation(?)"
}

// Variant reports whether the relation makes one spelling a variant of
// the other: [Typo] or [Translit].
func (r Relation) Variant() bool { return r == Typo || r == Translit }

// Related reports how the checker relates spellings a and b, compared in
// folded form (see [lexicon.Fold]), with the functions its rules use: the
// consistency rule's one slip (oneSlip: one edit, not an inflection, not
// one vowel for another) and the transliteration match of house names
// ([translit.Match]). Related is symmetric.
func Related(a, b string) Relation {
	ka, kb := lexicon.Fold(a), lexicon.Fold(b)
	if ka == kb {
		return Same
	}
	if inflected(ka, kb) {
		return Unrelated
	}
	ra, rb := []rune(ka), []rune(kb)
	if vowelSwap(ra, rb) {
		return Unsure
	}
	if _, ok := translit.Match(a, b); ok {
		return Translit
	}
	if len(ra) >= 4 && len(rb) >= 4 && oneSlip(ka, kb, ra, rb) {
		return Typo
	}
	for _, x := range translit.Keys(a) {
		for _, y := range translit.Keys(b) {
			if x == y && x != "" {
				return Unsure
			}
		}
	}
	return Unrelated
}

// oneSlip reports whether the folded spellings a and b (ar and br their
// letters) are one slip apart as the consistency rule counts slips: one
// edit (optimal string alignment), neither an inflection of the other
// (Bakiyev, Bakiyevs), nor one vowel for another, which is two names as
// often as one (Arjen, Arjan).
func oneSlip(a, b string, ar, br []rune) bool {
	return !inflected(a, b) && osa(ar, br, 1) == 1 && !vowelSwap(ar, br)
}

// Established reports whether lex knows w in its own right, so that the
// checker's rules keep it whatever house name is near it. Any spelling lex
// knows is safe from the one-edit rules, but a known name may still be
// taken for a romanization of a house name (Qaddafi for a house Gaddafi;
// see knownNameRomanized): w is established when that rule cannot claim
// it (an ordinary word, a house spelling, a place that is more than a
// place, a name shorter than four letters; see claimable), or when it is
// a common name (Williams, Rosa: [lexicon.Lexicon.CommonName]).
func Established(lex *lexicon.Lexicon, w string) bool {
	info := lex.LookupFold(w)
	return info.Known() && (!claimable(w, info, info) || lex.CommonName(w))
}

// rareRomanization reports whether w, a name of six letters or more that
// the dictionary knows only at its rarest tier (info), is a romanization
// of house, a house name that [lexicon.Lexicon.TranslitNames] pairs it
// with, though they trade no letter (see knownNameRomanized): house must
// be marked as a romanization of Arabic or Persian
// ([translit.MarkedArabic]) and unknown to the dictionary, for most rare
// names are other people's (Jacoby is not Jakobi), and shorter ones more
// so (Aruru is not Al-Aruri). A name that is house without its article
// (Hayashi for Al-Hayashi) is left to the house's style on articles.
func rareRomanization(lex *lexicon.Lexicon, w string, info lexicon.Info, house string) bool {
	if info.Flags&lexicon.Proper == 0 || info.Tier < lexicon.TierRarest || utf8.RuneCountInString(w) < 6 ||
		lex.DictionaryLists(house) || !translit.MarkedArabic(house) {
		return false
	}
	if articleName(house) {
		_, rest, _ := strings.Cut(house, "-")
		return lexicon.Fold(rest) != lexicon.Fold(w)
	}
	return true
}
