package spell

import (
	"testing"
)

// TestWordsAndFindingsShareColumns checks that Words gives a word the
// line and column a finding on the same word has, where markup with
// letters of more than one byte was blanked before it in the prose: both
// count the source's code points.
func TestWordsAndFindingsShareColumns(t *testing.T) {
	src := []byte("<p title=\"Café Ωmega\">The oppenents met.</p>\nAnd <b lang=\"ру\">oppenents</b> again.\n")
	prose := []byte(string(src))
	for i := 0; i < len(prose); { // blank the tags, byte for byte, as markup.Prose does
		if prose[i] == '<' {
			for prose[i] != '>' {
				prose[i] = ' '
				i++
			}
			prose[i] = ' '
		}
		i++
	}
	d := Document{Name: "a.html", Src: src, Prose: prose}
	c := testChecker(t, "Bakiyev")
	fs, _ := c.CheckDocument(d)
	var found []Position
	for _, f := range fs {
		if f.Word == "oppenents" {
			found = append(found, f.Pos)
		}
	}
	var words []Position
	for w := range Words(d) {
		if w.Text == "oppenents" {
			words = append(words, w.Pos)
		}
	}
	if len(found) != 2 || len(words) != 2 {
		t.Fatalf("findings at %v, words at %v; want two of each", found, words)
	}
	for i := range found {
		if found[i] != words[i] {
			t.Errorf("a finding is at %v, Words says %v", found[i], words[i])
		}
	}
	if found[0].Column != 27 || found[1].Line != 2 || found[1].Column != 18 {
		t.Errorf("findings at %v, want 1:27 and 2:18", found)
	}
}
