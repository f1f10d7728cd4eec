package spell

import (
	"hash/maphash"
	"runtime"
	"sync"
	"unsafe"
)

// A verdictCache holds a checker's verdict on each distinct word it has
// judged lately. It is safe for concurrent use: the words are spread over
// shards, each behind its own lock, so that goroutines checking different
// documents seldom wait for each other, and a lookup costs a hash and a
// map access (a sync.Map cost several times that, chasing the levels of
// its trie).
//
// It is bounded, so that a server fed random words for weeks keeps its
// memory: each shard keeps two generations of verdicts, and when the
// current one is full it becomes the old one, and the old one is dropped.
// A word found in the old generation is carried over to the current one,
// so that the words a text uses all the time are seldom judged again.
type verdictCache struct {
	seed     maphash.Seed
	key      [2]uint64 // random, for the front caches' hash
	perShard int       // the most verdicts a generation of a shard holds
	shards   [verdictShards]verdictShard

	fronts freeList[frontCache] // the front caches not in use
}

const verdictShards = 64

// DefaultMaxCachedWords is the default bound on the words whose verdicts
// a checker keeps (see [Options]): 20 MB of news has 40,000 distinct
// words, and an unknown word's verdict, with the near words it suggests,
// takes about 1 KB, so that the cache holds at most some 60 MB.
const DefaultMaxCachedWords = 1 << 16

type verdictShard struct {
	mu       sync.RWMutex
	cur, old map[string]*verdict
	_        [64 - unsafe.Sizeof(sync.RWMutex{}) - 2*unsafe.Sizeof(map[string]*verdict(nil))]byte // a shard to a cache line of its own, so that locks do not share one
}

// newVerdictCache returns a cache that holds at most about limit verdicts.
func newVerdictCache(limit int) *verdictCache {
	vc := &verdictCache{seed: maphash.MakeSeed(), perShard: max(1, limit/(2*verdictShards)),
		fronts: freeList[frontCache]{max: max(4, 2*runtime.GOMAXPROCS(0))}}
	vc.key[0], vc.key[1] = maphash.Comparable(vc.seed, 0), maphash.Comparable(vc.seed, 1)
	return vc
}

// get returns the verdict on w, asking c to judge it (without holding a
// lock) if there is none yet. Two goroutines may judge a word at once: the
// verdict stored first is the one both get.
func (vc *verdictCache) get(w string, c *Checker) *verdict {
	return vc.getHashed(maphash.String(vc.seed, w), w, c)
}

// getHashed is get of the word w whose hash is h.
func (vc *verdictCache) getHashed(h uint64, w string, c *Checker) *verdict {
	s := &vc.shards[h%verdictShards]
	s.mu.RLock()
	v, old := s.cur[w], false
	if v == nil {
		v = s.old[w]
		old = v != nil
	}
	s.mu.RUnlock()
	if v != nil && !old {
		return v
	}
	if v == nil {
		v = c.judge(w)
	}
	s.mu.Lock()
	if cur := s.cur[w]; cur != nil {
		v = cur
	} else {
		if len(s.cur) >= vc.perShard {
			s.old, s.cur = s.cur, nil
		}
		if s.cur == nil {
			// The first generation starts small: a short text puts a
			// few words in each shard, and 64 maps made for hundreds
			// would cost it their fresh pages. A later one is made for
			// the words the last one held, as it will hold as many.
			hint := 0
			if s.old != nil {
				hint = min(vc.perShard, 256)
			}
			s.cur = make(map[string]*verdict, hint)
		}
		s.cur[w] = v
	}
	s.mu.Unlock()
	return v
}

// len returns the number of words the cache holds.
func (vc *verdictCache) len() int {
	n := 0
	for i := range vc.shards {
		s := &vc.shards[i]
		s.mu.RLock()
		n += len(s.cur) + len(s.old)
		s.mu.RUnlock()
	}
	return n
}

// bound returns the most words the cache holds.
func (vc *verdictCache) bound() int { return 2 * verdictShards * vc.perShard }

// A frontCache is a small direct-mapped table of verdicts in front of a
// verdictCache, used by one goroutine at a time (one document's check),
// so that a word looked up before costs a multiply and two compares of
// its first 16 bytes: no lock, no map, no call to compare strings. Most
// words of an article are common ones that every article uses. A slot is
// overwritten by the next word that maps to it; a verdict it keeps after
// the cache dropped the word is still the verdict on that word. It holds
// at most frontSlots verdicts.
type frontCache struct {
	key   [2]uint64 // the verdict cache's (see slot)
	slots [frontSlots]frontSlot
}

type frontSlot struct {
	lo, hi uint64 // the word's first 16 bytes, as headOfString gives them
	w      string
	v      *verdict
}

const frontBits = 14
const frontSlots = 1 << frontBits

// front returns a front cache for one goroutine's use; give it back with
// putFront.
func (vc *verdictCache) front() *frontCache {
	return vc.fronts.get(func() *frontCache { return &frontCache{key: vc.key} })
}

// putFront keeps f for the next check (see freeList).
func (vc *verdictCache) putFront(f *frontCache) { vc.fronts.put(f) }

// getVia is get, asking the front cache f first, and keeping the answer
// there.
func (vc *verdictCache) getVia(f *frontCache, w string, c *Checker) *verdict {
	lo, hi := headOfString(w)
	return vc.getViaHead(f, w, lo, hi, c)
}

// getViaHead is getVia of w whose first 16 bytes are lo and hi (as
// headOfString gives them), which the tokenizer has at hand.
func (vc *verdictCache) getViaHead(f *frontCache, w string, lo, hi uint64, c *Checker) *verdict {
	h, e := f.slot(lo, hi, len(w))
	if e.v != nil && e.lo == lo && e.hi == hi && len(e.w) == len(w) && (len(w) <= 16 || e.w == w) {
		return e.v
	}
	v := vc.getHashed(h, w, c)
	e.lo, e.hi, e.w, e.v = lo, hi, w, v
	return v
}

// slot returns the hash of the word of n bytes whose first 16 are lo and
// hi, and the slot of f where it goes: the high bits of the hash pick the
// slot, the low ones the verdict cache's shard.
func (f *frontCache) slot(lo, hi uint64, n int) (uint64, *frontSlot) {
	h := headHash(lo, hi, n, f.key)
	return h, &f.slots[h>>(64-frontBits)]
}

// spelling returns the word w (whose first 16 bytes are lo and hi) as a
// string that f holds already, if it does: a word a check met before
// costs no new string.
func (f *frontCache) spelling(lo, hi uint64, w []byte) (string, bool) {
	_, e := f.slot(lo, hi, len(w))
	if e.v != nil && e.lo == lo && e.hi == hi && len(e.w) == len(w) && (len(w) <= 16 || e.w == string(w)) {
		return e.w, true
	}
	return "", false
}

// headOfString returns the first 16 bytes of w, zero-padded, as two
// little-endian numbers (see headOf).
func headOfString(w string) (lo, hi uint64) {
	if len(w) >= 16 {
		return le64(w), le64(w[8:])
	}
	return headSlow(w) // no call to copy: most words are short
}

// le64 returns the first eight bytes of s as a little-endian number (one
// load: the compiler joins the bytes).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
