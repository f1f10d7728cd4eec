package spell

import "sync"

// A freeList keeps up to max values freed by one check for the next,
// safe for concurrent use. Unlike a sync.Pool, a garbage collection does
// not empty it: a check of many small files collects often, and what it
// keeps (a front cache, a document's tables, a word table) is dear to make
// again.
type freeList[T any] struct {
	mu   sync.Mutex
	free []*T
	max  int
}

// get returns a kept value, or a new one from fresh.
func (l *freeList[T]) get(fresh func() *T) *T {
	l.mu.Lock()
	if n := len(l.free); n > 0 {
		x := l.free[n-1]
		l.free = l.free[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	return fresh()
}

// put keeps x, unless max values are kept already.
func (l *freeList[T]) put(x *T) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.free) < l.max {
		l.free = append(l.free, x)
	}
}

// len returns the number of values kept.
func (l *freeList[T]) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.free)
}
