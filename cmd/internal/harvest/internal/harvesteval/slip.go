package main

import (
	"math/rand/v2"
	"strings"
)

// The kinds of typing slip made in a name.
const (
	slipDouble = iota // a letter typed twice
	slipDrop          // a letter left out
	slipSwap          // two neighbours swapped
	slipKey           // a neighbouring key hit
	slipKinds
)

var qwertyRows = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// neighbours returns the keys that touch the lower-case letter c on a
// QWERTY keyboard: beside it in its row, and, each row sitting half a key
// right of the one above, the key below it and the one below-left, the
// key above it and the one above-right (r touches d and f, not g).
func neighbours(c byte) []byte {
	for r, row := range qwertyRows {
		i := strings.IndexByte(row, c)
		if i < 0 {
			continue
		}
		var out []byte
		add := func(r, j int) {
			if r >= 0 && r < len(qwertyRows) && j >= 0 && j < len(qwertyRows[r]) {
				out = append(out, qwertyRows[r][j])
			}
		}
		add(r, i-1)
		add(r, i+1)
		add(r+1, i)
		add(r+1, i-1)
		add(r-1, i)
		add(r-1, i+1)
		return out
	}
	return nil
}

// slip returns name with a slip of the given kind at a place rng picks,
// never in its first letter (which a writer rarely gets wrong), or ""
// when the kind fits no place (a swap of two like letters). name is
// ASCII letters, the first a capital.
func slip(name string, kind int, rng *rand.Rand) string {
	b := []byte(name)
	i := 1 + rng.IntN(len(b)-1) // never the first letter
	switch kind {
	case slipDouble:
		return string(b[:i+1]) + string(b[i:])
	case slipDrop:
		return string(b[:i]) + string(b[i+1:])
	case slipSwap:
		if i == len(b)-1 {
			i--
		}
		if i == 0 || b[i] == b[i+1] {
			return ""
		}
		b[i], b[i+1] = b[i+1], b[i]
		return string(b)
	case slipKey:
		ns := neighbours(b[i])
		if len(ns) == 0 {
			return ""
		}
		b[i] = ns[rng.IntN(len(ns))]
		return string(b)
	}
	return ""
}
