package spell

import "sync"

// A wordCache holds a checker's answers to one question by word, each
// asked once; safe for concurrent use. It holds at most the number of
// words its caller gives (the checker's MaxCachedWords): when full it
// starts afresh, so that a server fed random words keeps its memory, as
// the verdict cache does.
type wordCache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// get returns the answer for w, asking answer for it on first need, in a
// cache of at most max words.
func (wc *wordCache[V]) get(w string, max int, answer func(string) V) V {
	wc.mu.RLock()
	v, ok := wc.m[w]
	wc.mu.RUnlock()
	if ok {
		return v
	}
	v = answer(w)
	wc.mu.Lock()
	defer wc.mu.Unlock()
	if old, ok := wc.m[w]; ok {
		return old // asked meanwhile by another check: one answer for all
	}
	if wc.m == nil || len(wc.m) >= max {
		wc.m = map[string]V{}
	}
	wc.m[w] = v
	return v
}

// getBytes is get for a word in bytes: a word already asked of costs no
// allocation.
func (wc *wordCache[V]) getBytes(b []byte, max int, answer func(string) V) V {
	wc.mu.RLock()
	v, ok := wc.m[string(b)]
	wc.mu.RUnlock()
	if ok {
		return v
	}
	return wc.get(string(b), max, answer)
}
