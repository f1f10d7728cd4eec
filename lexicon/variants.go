package lexicon

import (
	"strings"

	"github.com/lexcheck/lexcheck/lexicon/translit"
)

// A Romanization is a Latin spelling generated from an entry's original
// script, which a lexicon treats as a variant of the entry's house spelling.
type Romanization struct {
	Spelling string // the generated spelling, e.g. "Bakijev"
	House    string // the house spelling it stands for, e.g. "Bakiyev"
	Scheme   string // the scheme that made it (see [translit.Schemes])
}

// Romanizations returns the spellings generated from the entry's original
// script (`Bakiyev = Бакиев`) under every scheme [translit.Romanize] knows,
// each paired with the house spelling it stands for, in a stable order and
// without duplicates. When the original and the preferred spelling have the
// same number of words, each word is also paired with its counterpart
// (Роза Отунбаева gives Otunbaeva for Otunbayeva). Spellings equal to the
// house spelling, or to another accepted spelling of the entry, are left
// out. An entry with no original script, or none it can romanize, has none.
func (e *Entry) Romanizations() []Romanization {
	pref := e.Preferred()
	if e.Original == "" || pref == "" {
		return nil
	}
	accepted := map[string]bool{}
	for _, a := range e.Accepted {
		accepted[Fold(a)] = true
		for _, w := range strings.Fields(a) {
			accepted[Fold(w)] = true
		}
	}
	var out []Romanization
	seen := map[string]bool{}
	add := func(spelling, house, scheme string) {
		// ISO 9's ` for the soft sign is written ' in running text.
		spelling = NormApostrophes(strings.ReplaceAll(spelling, "`", "'"))
		if seen[spelling] || accepted[Fold(spelling)] {
			return
		}
		seen[spelling] = true
		out = append(out, Romanization{Spelling: spelling, House: house, Scheme: scheme})
	}
	houseWords := strings.Fields(pref)
	for _, v := range translit.Romanize(e.Original) {
		add(v.Text, pref, v.Scheme)
		if words := strings.Fields(v.Text); len(words) > 1 && len(words) == len(houseWords) {
			for i, w := range words {
				add(w, houseWords[i], v.Scheme)
			}
		}
	}
	return out
}

// DictionaryLists reports whether the dictionary, not the house, knows a
// spelling that folds as spelling does.
func (l *Lexicon) DictionaryLists(spelling string) bool {
	return l.dict != nil && l.dict.lists(spelling)
}
