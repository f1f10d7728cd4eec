package translit

// iuliiaTable is a romanization scheme in the form of the iuliia project: a
// letter mapping, overridden by a mapping of a letter after a given letter
// (prev, keyed by the two letters; a lone letter means at the start of a
// word), then by one before a given letter (next), and a mapping of the last
// two letters of a word (ending).
type iuliiaTable struct {
	scheme                      string
	mapping, prev, next, ending map[string]string
	vv                          map[string]string // a letter between two vowels (hand-written schemes only)
}

// cldrTable is a compiled CLDR transform (see internal/gentables).
type cldrTable struct {
	scheme   string
	lang     string
	alphabet string // the letters the transform romanizes, sorted
	sets     []cldrSet
	passes   []cldrPass
}

// cldrSet is a set of runes: the members among the runes the transform
// mentions, and def, the membership of any other rune and of the place
// outside the text.
type cldrSet struct {
	in  string
	def bool
}

// cldrPass is either a normalisation step or a list of rules tried in order.
type cldrPass struct {
	norm  string
	rules []cldrRule
}

// cldrRule rewrites lhs to rhs when before precedes it (in the output so far)
// and after follows it. A pattern element is a rune (>= 0) or a set (-1 - index).
type cldrRule struct {
	before, lhs, after []int32
	rhs                string
}
