package lexicon

import "strings"

// The tables of data/ that the binary embeds as they are (given-names.tsv,
// famous-names.tsv): '#' lines, then KEY<TAB>REST lines sorted by KEY,
// searched where they lie.

// tableBody returns a table of data/ without the '#' lines that head it.
func tableBody(data string) string {
	for strings.HasPrefix(data, "#") {
		_, data, _ = strings.Cut(data, "\n")
	}
	return data
}

// An indexedTable is the body of a table of data/ and the offsets where
// its lines start, for a binary search of lines of any length: a line of
// the famous names is up to 8 KB (John's), too long to walk back over at
// each step of a search. Made on first use: one pass over the body.
type indexedTable struct {
	body   string
	starts []int32
}

// newIndexedTable returns body indexed by its lines.
func newIndexedTable(body string) indexedTable {
	t := indexedTable{body: body}
	for i := 0; i < len(body); {
		t.starts = append(t.starts, int32(i))
		n := strings.IndexByte(body[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return t
}

// find returns the rest of the line that starts with k and a tab, and
// whether there is one. It does not allocate.
func (t indexedTable) find(k string) (string, bool) {
	lo, hi := 0, len(t.starts)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		line := t.body[t.starts[mid]:]
		key := line
		if n := strings.IndexByte(line, '\t'); n >= 0 {
			key = line[:n]
		}
		switch { // not strings.Compare, whose assembly lets k escape: GivenFolded's string(k) would be allocated
		case key == k:
			rest := line[len(key):]
			if n := strings.IndexByte(rest, '\n'); n >= 0 {
				rest = rest[:n]
			}
			if rest == "" {
				return "", false // no tab: no line of the table
			}
			return rest[1:], true
		case key < k:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return "", false
}
