package spell

import (
	"hash/maphash"
	"sync"
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
	_  [40]byte // a shard to a cache line of its own, so that locks do not share one
}

func newVerdictCache() *verdictCache {
	return &verdictCache{seed: maphash.MakeSeed()}
}

func (vc *verdictCache) shard(w string) *verdictShard {
	return &vc.shards[maphash.String(vc.seed, w)%verdictShards]
}

// get returns the verdict on w, or nil if there is none yet.
func (vc *verdictCache) get(w string) *verdict {
	s := vc.shard(w)
	s.mu.RLock()
	v := s.m[w]
	s.mu.RUnlock()
	return v
}

// put stores v as the verdict on w, unless another goroutine stored one
// first, and returns the one stored.
func (vc *verdictCache) put(w string, v *verdict) *verdict {
	s := vc.shard(w)
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.m[w]; old != nil {
		return old
	}
	if s.m == nil {
		s.m = map[string]*verdict{}
	}
	s.m[w] = v
	return v
}
