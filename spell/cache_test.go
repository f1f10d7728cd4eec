package spell

import (
	"strconv"
	"sync"
	"testing"
)

// TestWordCache checks that a word's answer is asked once and then kept,
// that the cache never holds more than its bound, and that concurrent
// checks of one word get one answer.
func TestWordCache(t *testing.T) {
	var wc wordCache[int]
	asked := 0
	answer := func(w string) int { asked++; return len(w) }
	if got := wc.get("Bush", 4, answer); got != 4 || asked != 1 {
		t.Fatalf("first get = %d after %d asks, want 4 after 1", got, asked)
	}
	if got := wc.get("Bush", 4, answer); got != 4 || asked != 1 {
		t.Fatalf("second get = %d after %d asks, want 4 after 1: the answer was not kept", got, asked)
	}
	for i := range 100 {
		wc.get(strconv.Itoa(i), 4, answer)
		if len(wc.m) > 4 {
			t.Fatalf("after %d words the cache holds %d, want 4 at most", i+2, len(wc.m))
		}
	}

	var shared wordCache[*int]
	var wg sync.WaitGroup
	got := make([]*int, 8)
	for i := range got {
		wg.Go(func() { got[i] = shared.get("Kate", 16, func(string) *int { return new(int) }) })
	}
	wg.Wait()
	for _, p := range got[1:] {
		if p != got[0] {
			t.Fatal("concurrent gets of one word returned different answers")
		}
	}
}
