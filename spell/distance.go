package spell

import (
	"slices"
	"unicode/utf8"
)

// osa returns the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of adjacent letters each
// cost 1), or max+1 when it is more than max. It stops as soon as every
// alignment costs more than max.
func osa(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(a) == 0 || len(b) == 0 {
		return len(a) + len(b)
	}
	const inline = 48
	var stack [3 * (inline + 1)]int
	var rows []int
	if len(b) <= inline {
		rows = stack[:3*(len(b)+1)]
	} else {
		rows = make([]int, 3*(len(b)+1))
	}
	m := len(b) + 1
	pp, p, c := rows[:m], rows[m:2*m], rows[2*m:]
	for j := range p {
		p[j] = j
	}
	for i := 1; i <= len(a); i++ {
		c[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := p[j-1] + cost
			if x := p[j] + 1; x < v {
				v = x
			}
			if x := c[j-1] + 1; x < v {
				v = x
			}
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				if x := pp[j-2] + 1; x < v {
					v = x
				}
			}
			c[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		pp, p, c = p, c, pp
	}
	if p[len(b)] > max {
		return max + 1
	}
	return p[len(b)]
}

// typoCost is a weighted optimal string alignment distance between a
// misspelling and a candidate word, for ranking candidates at the same edit
// distance by how people mistype: swapping two letters (captian, thign),
// doubling or undoubling one (brittish), and hitting a neighbouring key or
// another vowel cost less than other edits.
func typoCost(typo, word []rune) float64 {
	n, m := len(typo), len(word)
	// Three rows of the table: two back (for swaps), one back, current.
	// And the cost of inserting or deleting each letter of word, and of
	// typo.
	const inline = 48
	var stack [4*(inline+1) + inline]float64
	var rows []float64
	if m <= inline && n <= inline {
		rows = stack[:4*(m+1)+n]
	} else {
		rows = make([]float64, 4*(m+1)+n)
	}
	pp, p, c := rows[:m+1], rows[m+1:2*(m+1)], rows[2*(m+1):3*(m+1)]
	wordIndel, typoIndel := rows[3*(m+1):4*(m+1)], rows[4*(m+1):]
	for j := range m {
		wordIndel[j] = indelCost(word, j) * omission
	}
	for i := range n {
		typoIndel[i] = indelCost(typo, i)
	}
	for j := 1; j <= m; j++ {
		p[j] = p[j-1] + wordIndel[j-1]
	}
	for i := 1; i <= n; i++ {
		del := typoIndel[i-1]
		c[0] = p[0] + del
		for j := 1; j <= m; j++ {
			a, b := typo[i-1], word[j-1]
			v := p[j-1]
			if a != b {
				v += substCost(a, b)
			}
			v = min(v, p[j]+del, c[j-1]+wordIndel[j-1])
			if i > 1 && j > 1 && a == word[j-2] && typo[i-2] == b && a != b {
				v = min(v, pp[j-2]+0.7)
			}
			c[j] = v
		}
		pp, p, c = p, c, pp
	}
	if m == n-1 && typoIndel[m] == 1 && typo[m] != 's' && typo[m] != 'e' && slices.Equal(typo[:m], word) {
		return addedAtEnd
	}
	return p[m]
}

// addedAtEnd is the cost of a letter added at the end of a word (soley for
// sole, expectd for expect), more than an extra letter elsewhere: a typist
// seldom runs past a word's end, and far more often drops a letter before
// its ending (soley is solely, expectd expected, unlikey unlikely). An s
// or a silent e added (drawns, furore) is a slip of spelling, not of
// typing, and a doubled letter (untill) a slip of both: those cost as any
// extra letter.
const addedAtEnd = 1.3

// omission scales the cost of a letter of the word that the typo leaves
// out: a dropped letter is the commonest slip of typing, more common than
// an extra letter or a key far off (movment is movement before moment,
// autor author before actor).
const omission = 0.9

// indelCost is the cost of inserting or deleting s[i]: less when it
// doubles a neighbour, the commonest slip of spelling (untill, ocur),
// a little less than two letters swapped (preceeding is preceding before
// proceeding).
func indelCost(s []rune, i int) float64 {
	if i > 0 && s[i-1] == s[i] || i+1 < len(s) && s[i+1] == s[i] {
		return 0.6
	}
	return 1
}

// substCost is the cost of typing a for b: less for a vowel for a vowel
// or a key next to it, more for a key far off, which a typist hits more
// seldom than a letter is dropped (ealier is earlier, not easier).
func substCost(a, b rune) float64 {
	if isVowel(a) && isVowel(b) || keyboardNeighbours(a, b) {
		return 0.8
	}
	return 1.1
}

var qwertyRows = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keyboardNeighbours reports whether a and b are next to each other on a
// QWERTY keyboard, in a row or across rows.
func keyboardNeighbours(a, b rune) bool {
	ra, ca, ok1 := keyPos(a)
	rb, cb, ok2 := keyPos(b)
	if !ok1 || !ok2 {
		return false
	}
	dr, dc := ra-rb, ca-cb
	switch dr {
	case 0:
		return dc == 1 || dc == -1
	case 1, -1:
		// Rows are offset by about half a key: a key touches two keys in
		// the row above and below.
		return dc >= -1 && dc <= 1
	}
	return false
}

func keyPos(r rune) (row, col int, ok bool) {
	if r < 0 || r >= utf8.RuneSelf || keyAt[r] == 0 {
		return 0, 0, false
	}
	k := int(keyAt[r] - 1)
	return k / 16, k % 16, true
}

// keyAt holds, per ASCII letter of qwertyRows, 1 + its row * 16 + its
// column; 0 for any other byte.
var keyAt = func() (t [utf8.RuneSelf]uint8) {
	for i, s := range qwertyRows {
		for j, c := range s {
			t[c] = uint8(1 + i*16 + j)
		}
	}
	return t
}()
