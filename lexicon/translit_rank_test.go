package lexicon

import (
	"iter"
	"slices"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon/translit"
)

// TestTranslitCandidatesRank checks that when several house names match a
// word by transliteration, the one whose romanization is closest comes
// first, whichever the house lists first.
func TestTranslitCandidatesRank(t *testing.T) {
	for _, tt := range []struct {
		house []string
		word  string
		want  string
	}{
		{[]string{"Gaddafi", "Qadhafi"}, "Kadhafi", "Qadhafi"}, // k for q, not k for g and dh for dd
		{[]string{"Qadhafi", "Gaddafi"}, "Gadafi", "Gaddafi"},
		{[]string{"Mehmood", "Mahmoud"}, "Mahmud", "Mahmoud"}, // ou for u, not e for a
		{[]string{"Kawuk", "Qaouk"}, "Qawook", "Qaouk"},
		{[]string{"Qaouk", "Kawuk"}, "Kawook", "Kawuk"},
		{[]string{"Ramazani", "Ramadhani"}, "Ramadhany", "Ramadhani"}, // dh as written, not read as z
		{[]string{"Ramadhani", "Ramazani"}, "Ramazany", "Ramazani"},
	} {
		byKey := map[string][]string{}
		for _, h := range tt.house {
			for _, k := range translit.Keys(h) {
				byKey[k] = append(byKey[k], h)
			}
		}
		spellings := func(k string) iter.Seq[string] { return slices.Values(byKey[k]) }
		got := translitCandidates(tt.word, spellings, nil)
		if len(got) != len(tt.house) || got[0].Spelling != tt.want {
			t.Errorf("%s among %q: candidates %v, want all, %s first", tt.word, tt.house, got, tt.want)
		}
	}
}
