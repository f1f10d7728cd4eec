package lexicon

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// A Cache keeps the lookup tables and indexes of large house lexicons
// between runs, so that a program that loads the same lexicon again
// starts in milliseconds instead of deriving them (see the README's
// performance section). It is given in [LoadOptions]; without one the
// tables are derived in every run, and nothing is hashed or stored.
//
// A Cache only keeps bytes by key: this package decides what is stored,
// and checks all of it once when it is read back. A value that is
// damaged, cut short or another lexicon's is not used: the tables are
// derived and put again. A key names the tables by the house lexicons'
// contents and this package's table format, not by the program: a cache
// shared by builds with different code or another embedded default must
// tell them apart itself (lexcheck's keys its files by its executable).
// Its methods may be called from several goroutines at once.
type Cache interface {
	// Get returns the value last put under key, or an error if there is
	// none. The lexicon keeps the slice and reads it for as long as it
	// lives: the cache must not change it afterwards.
	Get(key string) ([]byte, error)
	// Put stores value under key. A failure costs the next run time, not
	// an answer: the lexicon does not report it.
	Put(key string, value []byte) error
}

// A cache value: cacheMagic; the key (32 bytes); the number of entries
// the tables index (uint32); the value's size (uint64); the CRC-32C of
// all that and of everything after the header; zero padding to
// cacheHeader bytes; then the tables, indexes and all, as sections in the
// format of the compiled default (see joinSections). The checksum is
// verified once, when a lexicon opens the value (about 10 ms for the
// 130 MB of a 200,000-name lexicon), and the sections' sizes, the trie's
// links and the UTF-8 of every string a lookup can return are checked
// then too: a lookup never meets a damaged table.
const (
	cacheMagic  = "lexcheck house cache 3\n"
	cacheFormat = "lexcheck house tables 7" // change when the tables or their meaning change (translit.Keys too)
	cacheHeader = 72
	cacheSums   = len(cacheMagic) + 32 + 4 + 8 // the header's bytes before its checksum
)

// cacheMinSpellings is the number of spellings the derived tables hold
// from which they are cached. What they cost to derive goes with the
// spellings, not the entries: a place brings its other names from the
// gazetteer. The dev set's lexicon of 783 entries derives 1,762
// spellings, and one run of the command on one article with it took 81
// to 100 ms of CPU deriving them and 58 to 60 reading them from the cache;
// 200 of its entries (397 spellings) took as long either way, and the
// seed's 14 (106 spellings) 3 ms more read than derived. A lexicon below
// it is looked for in the cache (one failed open) and never written.
const cacheMinSpellings = 1000

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// cacheKey returns the key of l's tables, and whether they may be cached:
// l has a cache, every house lexicon was loaded with a cache, and the
// dictionary and gazetteer, if any, are the embedded default's.
func (l *Lexicon) cacheKey() ([32]byte, bool) {
	if l.cache == nil || len(l.sources) == 0 {
		return [32]byte{}, false
	}
	col := -1
	if l.dict != nil || l.gaz != nil {
		if _, err := Default(""); err != nil {
			return [32]byte{}, false
		}
		d := defaults[0]
		if l.dict == nil || l.gaz != d.gaz || l.dict.dictData != d.dict.dictData {
			return [32]byte{}, false
		}
		col = l.dict.col
	}
	h := sha256.New()
	h.Write([]byte(cacheFormat + "\x00" + strconv.Itoa(col) + "\x00"))
	for _, s := range l.sources {
		h.Write(s.sum[:])
		h.Write(binary.LittleEndian.AppendUint32(nil, uint32(s.entries)))
	}
	var key [32]byte
	h.Sum(key[:0])
	return key, true
}

// tables are what a cache value holds: the lookup tables and both indexes.
type tables struct {
	d *derived
	n *nameIndex
	k *keyIndex
}

// readCache returns the tables the cache holds under key for a lexicon
// of entries entries, or nil if it holds none that are whole.
func readCache(c Cache, key [32]byte, entries int) *tables {
	b, err := c.Get(hex.EncodeToString(key[:]))
	if err != nil || len(b) == 0 {
		return nil
	}
	// The cache gave b away: it is never written again.
	t, err := decodeCache(unsafe.String(unsafe.SliceData(b), len(b)), key, entries)
	if err != nil {
		return nil
	}
	return t
}

// writeCache puts the tables of key in the cache.
func writeCache(c Cache, key [32]byte, entries int, t *tables) {
	c.Put(hex.EncodeToString(key[:]), encodeCache(key, entries, t))
}

func encodeCache(key [32]byte, entries int, t *tables) []byte {
	body := joinSections(slices.Concat(t.d.sections(), t.n.sections(), t.k.sections()))
	b := make([]byte, 0, cacheHeader+len(body))
	b = append(b, cacheMagic...)
	b = append(b, key[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(entries))
	b = binary.LittleEndian.AppendUint64(b, uint64(cacheHeader+len(body)))
	b = binary.LittleEndian.AppendUint32(b, cacheCRC(string(b), string(body)))
	b = b[:cacheHeader]
	return append(b, body...)
}

func cacheCRC(head, body string) uint32 {
	return crc32.Update(crc32.Checksum([]byte(head), crcTable), crcTable, unsafe.Slice(unsafe.StringData(body), len(body)))
}

// decodeCache returns the tables of a cache value, after checking that
// it is whole and the tables of key for entries entries.
func decodeCache(data string, key [32]byte, entries int) (*tables, error) {
	if len(data) < cacheHeader || data[:len(cacheMagic)] != cacheMagic {
		return nil, errors.New("not a house cache of this format")
	}
	h := data[len(cacheMagic):]
	switch {
	case h[:32] != string(key[:]):
		return nil, errors.New("another lexicon's tables")
	case int(le32(h[32:], 0)) != entries:
		return nil, errors.New("tables of another number of entries")
	case le64(h[36:], 0) != uint64(len(data)):
		return nil, errors.New("cut short or lengthened")
	case cacheCRC(data[:cacheSums], data[cacheHeader:]) != le32(h[44:], 0):
		return nil, errors.New("checksum mismatch")
	}
	secs, err := splitSections(data[cacheHeader:])
	if err != nil {
		return nil, err
	}
	if len(secs) != derivedSections+nameSections+keySections {
		return nil, errors.New("wrong number of sections")
	}
	t := &tables{d: derivedOf(secs[:derivedSections]), n: nameIndexOf(secs[derivedSections : derivedSections+nameSections]),
		k: keyIndexOf(secs[derivedSections+nameSections:])}
	if !t.d.valid() || !t.n.valid() || !t.k.valid() {
		return nil, errors.New("tables of impossible sizes")
	}
	// What a lookup returns of the tables is text.
	if !validUTF8(t.d.strs) || !validUTF8(t.n.spell) {
		return nil, errors.New("a spelling is not UTF-8")
	}
	return t, nil
}

// validUTF8 reports whether every string of t is within t.data and valid UTF-8.
func validUTF8(t strtab) bool {
	for i := range t.len() {
		if s, ok := safeAt(t, i); !ok || !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
