package lexicon

// The dictionary tiers the checker's rules name. A word's tier is the
// smallest SCOWL size that lists it: 10 holds the commonest words, 95 the
// rarest. Every rule that asks how common a dictionary word is asks by one
// of these names.
const (
	// TierCommonProper is the rarest tier of the proper names a misspelled
	// word may be taken for when no ordinary word is spelt so (British,
	// Christmas, Europe).
	TierCommonProper = 35
	// TierEveryday is the rarest tier of the everyday words a capitalised
	// word at a sentence's start or in a title is taken to misspell
	// (Goverment, Recieved).
	TierEveryday = 20
	// TierCapitalisedWord is the rarest tier of the words a capitalised
	// word that no name list knows is taken to misspell at a sentence's
	// start or in a title (Settelement, Premeire); a listed name there is
	// taken only for a misspelling of an everyday word.
	TierCapitalisedWord = 35
	// TierBestKnownName is the rarest tier of a name so well known
	// (Australia, Wednesday) that a word one slip from it is taken for it
	// even when the word is shaped like a name itself.
	TierBestKnownName = 40
	// TierCommonName is the rarest tier at which a dictionary name counts
	// as common, and well known (Rosa, Louise, London, Barcelona); Dostoyevsky and Qaddafi are rarer. Words of
	// this tier or commoner also make closed compounds (gameplay).
	TierCommonName = 50
	// TierCommonWord is the rarest tier whose words are common enough to be
	// what a writer meant by a slip. A proper name of a commoner tier is
	// known in its own right rather than a spelling of another name.
	TierCommonWord = 60
	// TierStem is the rarest tier of the words a common prefix or suffix is
	// added to (pre+war, wire+lessly).
	TierStem = 70
	// TierHyphenPart is the rarest tier of the words a hyphenated word may
	// be made of (co-ordinator), or the word it writes without hyphens.
	TierHyphenPart = 80
	// TierRarest is the tier of the rarest words, SCOWL's size 95, which
	// lists misspellings and lower-cased names among its words.
	TierRarest = 95
)
