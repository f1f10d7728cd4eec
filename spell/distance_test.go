package spell

import "testing"

// TestTypoCost checks that the ranking cost prefers the edits people make
// when typing over other edits at the same distance.
func TestTypoCost(t *testing.T) {
	tests := []struct {
		typo, better, worse string
	}{
		{"captian", "captain", "caption"}, // a swap, not a substitution
		{"thign", "thing", "thine"},       // a swap, not a substitution
		{"brittish", "british", "brutish"},
		{"recieve", "receive", "relieve"}, // a swap, not a substitution
		{"gorvernment", "government", "governments"},
		{"teh", "the", "ten"},
		{"wprd", "word", "ward"},          // p is next to o on the keyboard
		{"ealier", "earlier", "easier"},   // a letter dropped, not one typed for a key far off
		{"movment", "movement", "moment"}, // a letter dropped, not one added
	}
	for _, tt := range tests {
		b := typoCost([]rune(tt.typo), []rune(tt.better))
		w := typoCost([]rune(tt.typo), []rune(tt.worse))
		if b >= w {
			t.Errorf("typoCost(%q, %q) = %.2f, not below typoCost(%q, %q) = %.2f", tt.typo, tt.better, b, tt.typo, tt.worse, w)
		}
	}
	for _, tt := range []struct {
		a, b string
		want float64
	}{{"word", "word", 0}, {"", "abc", 2.7}, {"abc", "", 3}, {"ab", "ba", 0.7}, {"cat", "cut", 0.8}, {"cat", "cot", 0.8}, {"cat", "cab", 1.1},
		{"soley", "sole", addedAtEnd}, {"drawns", "drawn", 1}, {"furore", "furor", 1}, {"untill", "until", 0.6}} {
		if got := typoCost([]rune(tt.a), []rune(tt.b)); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("typoCost(%q, %q) = %.2f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKeyboardNeighbours(t *testing.T) {
	for _, tt := range []struct {
		a, b rune
		want bool
	}{{'q', 'w', true}, {'a', 'q', true}, {'g', 'h', true}, {'n', 'm', true}, {'b', 'g', true}, {'a', 'p', false}, {'z', 'p', false}, {'1', '2', false}, {'é', 'e', false}} {
		if got := keyboardNeighbours(tt.a, tt.b); got != tt.want {
			t.Errorf("keyboardNeighbours(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
