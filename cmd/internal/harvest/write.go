package harvest

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteLexicon writes d in the lexicon file format, in a fixed order:
// a header, the groups (the majority spelling, then its rejected variants
// marked '!', each line commented with the counts in the same order), the
// other spellings of names the default knows under the default's
// spelling (a slip of a word only as a comment: the checker flags it
// without a house line), the unsure pairs as comment lines a person may uncomment, and
// the names.
// What it writes loads with [lexicon.Load].
func (d *Draft) WriteLexicon(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Draft house lexicon harvested from %d documents by lexcheck lexicon harvest.\n", d.Docs)
	fmt.Fprintf(bw, "# Names used at least %d times that the default does not know, and the names the\n", d.MinCount)
	fmt.Fprintf(bw, "# archive spells more than one way. Review it before committing it.\n")
	if len(d.Groups) > 0 {
		fmt.Fprintf(bw, "\n# Spellings of one name: the majority first, the variants to reject after '!'.\n")
		for _, g := range d.Groups {
			writeGroup(bw, "", g)
		}
	}
	if len(d.Known) > 0 {
		fmt.Fprintf(bw, "\n# Names the default knows: its spelling first, the archive's other spellings to reject after '!'.\n")
		for _, g := range d.Known {
			prefix := ""
			if g.Note != "" {
				prefix = "# "
			}
			writeGroup(bw, prefix, g)
		}
	}
	if len(d.Unsure) > 0 {
		fmt.Fprintf(bw, "\n# Unsure: two names, or one spelled two ways? If one, remove \"# \" from the start of\n")
		fmt.Fprintf(bw, "# its line and delete the variant's own line below, if it has one. If two, write\n")
		fmt.Fprintf(bw, "# \"distinct\" in the comments of their lines below (lexcheck lexicon lint reads it).\n")
		for _, g := range d.Unsure {
			writeGroup(bw, "# ", g)
		}
	}
	if len(d.Names) > 0 {
		fmt.Fprintf(bw, "\n# Names.\n")
		for _, n := range d.Names {
			fmt.Fprintf(bw, "%s   # %d\n", n.Text, n.Count)
		}
	}
	return bw.Flush()
}

func writeGroup(w io.Writer, prefix string, g Group) {
	spellings := []string{g.Preferred.Text}
	counts := []string{strconv.Itoa(g.Preferred.Count)}
	for _, v := range g.Variants {
		spellings = append(spellings, "!"+v.Text)
		counts = append(counts, strconv.Itoa(v.Count))
	}
	note := ""
	if g.Note != "" {
		note = ": " + g.Note
	}
	fmt.Fprintf(w, "%s%s   # %s%s\n", prefix, strings.Join(spellings, " "), strings.Join(counts, " / "), note)
}
