package spell

import (
	"hash/maphash"
	"sync"
	"unsafe"
)

// A verdictCache holds a checker's verdict on each distinct word it has
// judged. It is safe for concurrent use: the words are spread over
// shards, each a map behind its own lock, so that goroutines checking
// different documents seldom wait for each other, and a lookup costs a
// hash and a map access (a sync.Map cost several times that, chasing the
// levels of its trie).
type verdictCache struct {
	seed   maphash.Seed
	shards [verdictShards]verdictShard
}

const verdictShards = 64

type verdictShard struct {
	mu sync.RWMutex
	m  map[string]*verdict
	_  [64 - unsafe.Sizeof(sync.RWMutex{}) - unsafe.Sizeof(map[string]*verdict(nil))]byte // a shard to a cache line of its own, so that locks do not share one
}

func newVerdictCache() *verdictCache {
	return &verdictCache{seed: maphash.MakeSeed()}
}

func (vc *verdictCache) shard(w string) *verdictShard {
	return &vc.shards[maphash.String(vc.seed, w)%verdictShards]
}

// get returns the verdict on w, asking c to judge it (without holding a
// lock) if there is none yet. Two goroutines may judge a word at once: the
// verdict stored first is the one both get.
func (vc *verdictCache) get(w string, c *Checker) *verdict {
	s := vc.shard(w)
	s.mu.RLock()
	v := s.m[w]
	s.mu.RUnlock()
	if v != nil {
		return v
	}
	v = c.judge(w)
	s.mu.Lock()
	if old := s.m[w]; old != nil {
		v = old
	} else {
		if s.m == nil {
			s.m = make(map[string]*verdict, 256)
		}
		s.m[w] = v
	}
	s.mu.Unlock()
	return v
}
