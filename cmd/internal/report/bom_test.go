package report

import (
	"testing"

	"github.com/lexcheck/lexcheck/spell"
)

func TestSkipBOM(t *testing.T) {
	at := func(line, col int) spell.Position { return spell.Position{Line: line, Column: col} }
	for _, c := range []struct {
		name      string
		src       string
		pos, want [2]spell.Position
	}{
		{"a mark is not a column on the first line", "\ufeffab", [2]spell.Position{at(1, 2), at(1, 4)}, [2]spell.Position{at(1, 1), at(1, 3)}},
		{"later lines keep their columns", "\ufeffa\nb", [2]spell.Position{at(2, 1), at(2, 2)}, [2]spell.Position{at(2, 1), at(2, 2)}},
		{"without a mark nothing changes", "ab", [2]spell.Position{at(1, 2), at(1, 3)}, [2]spell.Position{at(1, 2), at(1, 3)}},
		{"a mark later in the text is a character", "a\ufeffb", [2]spell.Position{at(1, 3), at(1, 4)}, [2]spell.Position{at(1, 3), at(1, 4)}},
	} {
		fs := []spell.Finding{{Pos: c.pos[0], End: c.pos[1]}}
		SkipBOM(fs, []byte(c.src))
		if got := [2]spell.Position{fs[0].Pos, fs[0].End}; got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
