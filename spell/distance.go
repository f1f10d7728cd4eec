package spell

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
