package spell

import (
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
// folded form (see [lexicon.Fold]). It uses the rules of the consistency
// check (one edit, not an inflection, not one vowel for another) and the
// transliteration match of house names. Related is symmetric.
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
	if len(ra) >= 4 && len(rb) >= 4 && osa(ra, rb, 1) == 1 {
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

// Established reports whether lex knows w in its own right: as an
// ordinary word, a place, a house spelling, or a name of the dictionary's
// common tiers (Williams, Hussein). The checker never takes an established
// spelling for a one-edit variant of a house name; it takes a name the
// dictionary knows for a transliteration of one only when the two differ in
// a letter romanizations trade (Qaddafi for a house Gaddafi).
func Established(lex *lexicon.Lexicon, w string) bool {
	info := lex.LookupFold(w)
	if !info.Known() {
		return false
	}
	return info.Flags&(lexicon.Word|lexicon.Place|lexicon.House) != 0 || info.Tier < lexicon.TierCommonWord
}
