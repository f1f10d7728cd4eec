package spell

import "strings"

// soundKey returns a sound-alike key of the lower-case word w, after
// Lawrence Philips' Metaphone (1990), cut down to what ranks suggestions:
// letters that sound alike share a code (c and k, s and z, f, ph and v, d
// and t), silent letters drop out (the k of knver, the gh of night, the h of
// hered), vowels count only at the start (all as "A"), and a letter that
// repeats is written once. Two spellings with the same key are likely said
// alike: knver and never (NFR), mounth and month (MN0), billding and
// building (BLTNK). Letters outside a to z are kept as they are.
func soundKey(w string) string {
	n := len(w)
	at := func(i int) byte {
		if i < 0 || i >= n {
			return 0
		}
		return w[i]
	}
	front := func(i int) bool { // e, i, y: soften c and g
		switch at(i) {
		case 'e', 'i', 'y':
			return true
		}
		return false
	}
	var b strings.Builder
	b.Grow(n)
	emit := func(s string) {
		k := b.String()
		if s != "" && strings.HasSuffix(k, s) && len(s) == 1 {
			return // a repeated sound is written once: bil-l-ding
		}
		b.WriteString(s)
	}
	i := 0
	switch {
	case strings.HasPrefix(w, "kn"), strings.HasPrefix(w, "gn"), strings.HasPrefix(w, "pn"),
		strings.HasPrefix(w, "ae"), strings.HasPrefix(w, "wr"):
		i = 1
	case strings.HasPrefix(w, "x"):
		emit("S")
		i = 1
	case strings.HasPrefix(w, "wh"):
		emit("W")
		i = 2
	}
	for ; i < n; i++ {
		ch := w[i]
		if ch == at(i-1) && ch != 'c' {
			continue
		}
		switch ch {
		case 'a', 'e', 'i', 'o', 'u':
		case 'b':
			if !(at(i-1) == 'm' && i == n-1) {
				emit("B")
			}
		case 'c':
			switch {
			case at(i+1) == 'i' && at(i+2) == 'a', at(i+1) == 'h' && at(i-1) != 's':
				emit("X")
			case front(i + 1):
				if at(i-1) != 's' {
					emit("S")
				}
			default:
				emit("K")
			}
		case 'd':
			if at(i+1) == 'g' && front(i+2) {
				emit("J")
			} else {
				emit("T")
			}
		case 'g':
			switch {
			default:
				emit("K")
			}
		case 'h':
		case 'k':
			if at(i-1) != 'c' {
				emit("K")
			}
		case 'p':
			if at(i+1) == 'h' {
				emit("F")
			} else {
				emit("P")
			}
		case 'q':
			emit("K")
		case 's':
			if at(i+1) == 'h' || at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a') {
				emit("X")
			} else {
				emit("S")
			}
		case 't':
			switch {
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				emit("X")
			case at(i+1) == 'h':
				emit("0")
			case at(i+1) == 'c' && at(i+2) == 'h':
				// silent: watch
			default:
				emit("T")
			}
		case 'v':
			emit("F")
		case 'w', 'y':
		case 'x':
			emit("KS")
		case 'z':
			emit("S")
		default:
			if ch >= 'a' && ch <= 'z' {
				emit(strings.ToUpper(string(ch)))
			} else {
				b.WriteByte(ch)
			}
		}
	}
	return b.String()
}
