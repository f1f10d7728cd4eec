package lexicon

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The house cache: a large house lexicon's lookup tables, written to a
// file the first time a program derives them and mapped by later runs,
// which use them where they lie, so that a run with 200,000 house names
// starts in milliseconds instead of deriving the tables again.
//
// The file is os.UserCacheDir()/lexcheck/KEY.idx, where KEY is the hex
// SHA-256 of cacheFormat, the running executable's path, size and
// modification time (a rebuilt program, with other code or another
// embedded default, never reads an older program's tables), the
// dictionary's locale column, and each house lexicon's SHA-256 and number
// of entries, in order. A file is written to a temporary name and renamed,
// so a reader never sees part of one.
//
// Layout: cacheMagic; the key (32 bytes); the number of entries the
// tables index (uint32); the file's size (uint64); the CRC-32C of all
// that and of the section table that follows; zero padding to cacheHeader
// bytes; then the sections in the format of the compiled default (see
// joinSections). A file with a wrong magic, key, count, size or checksum,
// or sections of impossible sizes, is not used: the tables are derived
// and the file written again. The sections' contents are not checksummed,
// which would read every page of them (tens of milliseconds) where a run
// reads a few: instead every offset and index a lookup reads is checked,
// so that damage inside a table gives wrong answers for the damaged
// spellings, never an out-of-range access.
const (
	cacheMagic  = "lexcheck house cache\n"
	cacheFormat = "lexcheck house tables 2" // change when the tables or their meaning change
	cacheHeader = 72
	cacheKeep   = 8 // cache files kept in the directory, the most recently used
)

// cacheMinEntries is the number of house entries from which the tables
// are cached: below it deriving them is about as quick as reading them.
var cacheMinEntries = 20000

// cacheDir returns the directory of cache files; see EnableCache.
var cacheDir = func() (string, error) { return "", errNoCache }

var errNoCache = errors.New("no cache directory")

// EnableCache lets house lexicons of 20,000 entries or more keep their
// lookup tables and indexes in files under dir between runs, so that a
// program that loads the same large lexicon again starts in milliseconds
// (see the README's performance section). Files are keyed by the lexicon
// contents and the running executable, written atomically and checked
// before use; at most 8 are kept. Caching is off until a program calls
// EnableCache, before it loads lexicons; the package itself never chooses
// a place on the file system.
func EnableCache(dir string) {
	cacheDir = func() (string, error) { return dir, nil }
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// cacheKey returns the key of l's tables, and whether they may be cached:
// l is large enough, every house lexicon was read by Load, and the
// dictionary and gazetteer, if any, are the embedded default's.
func (l *Lexicon) cacheKey() ([32]byte, bool) {
	if l.ents.len() < cacheMinEntries || len(l.sources) == 0 {
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
	exe, err := os.Executable()
	if err != nil {
		return [32]byte{}, false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return [32]byte{}, false
	}
	h := sha256.New()
	h.Write([]byte(cacheFormat + "\x00" + exe + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" +
		fi.ModTime().UTC().Format(time.RFC3339Nano) + "\x00" + strconv.Itoa(col) + "\x00"))
	for _, s := range l.sources {
		h.Write(s.sum[:])
		h.Write(binary.LittleEndian.AppendUint32(nil, uint32(s.entries)))
	}
	var key [32]byte
	h.Sum(key[:0])
	return key, true
}

// A houseCache is a cache file's tables.
type houseCache struct {
	key     [32]byte
	derived *derived

	names, keys []string // the sections of the other two indexes

	namesOnce sync.Once
	n         *nameIndex
	keysOnce  sync.Once
	k         *keyIndex
}

// nameIndex returns the cached near-name index, or nil if c is nil or the
// index is damaged.
func (c *houseCache) nameIndex() *nameIndex {
	if c == nil {
		return nil
	}
	c.namesOnce.Do(func() {
		if n := nameIndexOf(c.names); n.valid() {
			c.n = n
		}
	})
	return c.n
}

// keyIndex returns the cached transliteration key index, or nil if c is
// nil or the index is damaged.
func (c *houseCache) keyIndex() *keyIndex {
	if c == nil {
		return nil
	}
	c.keysOnce.Do(func() {
		if k := keyIndexOf(c.keys); k.valid() && c.nameIndex() != nil {
			c.k = k
		}
	})
	return c.k
}

func cachePath(key [32]byte) (string, error) {
	dir, err := cacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, hex.EncodeToString(key[:])+".idx"), nil
}

// readHouseCache returns the cached tables of key for a lexicon of entries
// entries, or nil if there is no usable cache file.
func readHouseCache(key [32]byte, entries int) *houseCache {
	path, err := cachePath(key)
	if err != nil {
		return nil
	}
	data, err := mapFile(path)
	if err != nil {
		return nil
	}
	c := parseHouseCache(data, key, entries)
	if c != nil {
		// Keep a file in use among the most recently used (see prune),
		// touching it at most once a day.
		if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) > 24*time.Hour {
			now := time.Now()
			os.Chtimes(path, now, now)
		}
	}
	return c
}

func parseHouseCache(data string, key [32]byte, entries int) *houseCache {
	if len(data) < cacheHeader || data[:len(cacheMagic)] != cacheMagic {
		return nil
	}
	h := data[len(cacheMagic):]
	if h[:32] != string(key[:]) || int(le32(h[32:], 0)) != entries || le64(h[36:], 0) != uint64(len(data)) {
		return nil
	}
	body := data[cacheHeader:]
	if !strings.HasPrefix(body, magic) || len(body) < len(magic)+4 {
		return nil
	}
	table := len(magic) + 4 + 8*int(le32(body[len(magic):], 0))
	if table > len(body) || headerCRC(data[:len(cacheMagic)+44], body[:table]) != le32(h[44:], 0) {
		return nil
	}
	secs, err := splitSections(body)
	if err != nil || len(secs) != derivedSections+nameSections+keySections {
		return nil
	}
	d := derivedOf(secs[:derivedSections])
	if !d.valid() {
		return nil
	}
	return &houseCache{key: key, derived: d, names: secs[derivedSections : derivedSections+nameSections],
		keys: secs[derivedSections+nameSections:]}
}

func headerCRC(head, table string) uint32 {
	return crc32.Update(crc32.Checksum([]byte(head), crcTable), crcTable, []byte(table))
}

// valid reports whether the tables' sizes fit together.
func (d *derived) valid() bool {
	return d.exact.valid() && d.fold.valid() && d.joined.valid() && len(d.recs)%16 == 0 &&
		len(d.strs.off)%4 == 0 && (len(d.strs.off) > 0 || len(d.strs.data) == 0) && len(d.filter)&(len(d.filter)-1) == 0
}

// valid reports whether the index's sizes fit together, and the links of
// its trie stay inside it: unlike the other tables, the trie is walked
// by code that does not check what it reads. It reads the trie's links
// (a few megabytes), on the first near-name query of a run.
func (n *nameIndex) valid() bool {
	t := n.names
	nodes := t.nodes()
	keys := t.keyCount()
	words := (nodes + 63) / 64
	if len(t.label)%4 != 0 || len(t.first) != 4*(nodes+1) || len(t.term) != 8*words || len(t.rank) != 4*words ||
		len(t.ids)%4 != 0 || len(n.spell.off)%4 != 0 || len(n.off) != 4*(keys+1) {
		return false
	}
	prev := uint32(0)
	for i := range nodes + 1 {
		f := le32(t.first, i)
		if f < prev || int(f) > nodes {
			return false
		}
		prev = f
	}
	r := 0
	for i := range words {
		if int(le32(t.rank, i)) != r {
			return false
		}
		r += bits.OnesCount64(le64(t.term, i))
	}
	if r != keys {
		return false
	}
	for i := range keys {
		if int(le32(t.ids, i)) >= keys {
			return false
		}
	}
	return true
}

// valid reports whether the index's sizes fit together.
func (k *keyIndex) valid() bool {
	return k.keys.valid() && len(k.off) == 4*(k.keys.keys.len()+1) && len(k.items)%4 == 0
}

// writeHouseCache writes the tables of key to their cache file (n and k
// may be nil: indexes not built yet), then
// removes the least recently used files beyond cacheKeep. A cache is an
// optimisation: failing to write one is not an error.
func writeHouseCache(key [32]byte, entries int, d *derived, n *nameIndex, k *keyIndex) {
	path, err := cachePath(key)
	if err != nil {
		return
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	// An index not built yet is written empty: a reader finds it invalid
	// and builds it on first need.
	nameSecs, keySecs := make([]string, nameSections), make([]string, keySections)
	if n != nil {
		nameSecs = n.sections()
	}
	if k != nil {
		keySecs = k.sections()
	}
	body := joinSections(slices.Concat(d.sections(), nameSecs, keySecs))
	head := make([]byte, 0, cacheHeader)
	head = append(head, cacheMagic...)
	head = append(head, key[:]...)
	head = binary.LittleEndian.AppendUint32(head, uint32(entries))
	head = binary.LittleEndian.AppendUint64(head, uint64(cacheHeader+len(body)))
	table := len(magic) + 4 + 8*int(le32(string(body[len(magic):]), 0))
	head = binary.LittleEndian.AppendUint32(head, headerCRC(string(head), string(body[:table])))
	head = head[:cacheHeader]
	f, err := os.CreateTemp(dir, ".tmp-*.idx")
	if err != nil {
		return
	}
	_, err = f.Write(head)
	if err == nil {
		_, err = f.Write(body)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return
	}
	prune(dir)
}

// prune removes all but the cacheKeep most recently modified cache files
// in dir, and temporary files a killed writer left over a day ago.
func prune(dir string) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, de := range des {
		name := de.Name()
		fi, err := de.Info()
		if err != nil || !fi.Mode().IsRegular() || filepath.Ext(name) != ".idx" {
			continue
		}
		p := filepath.Join(dir, name)
		if name[0] == '.' {
			if time.Since(fi.ModTime()) > 24*time.Hour {
				os.Remove(p)
			}
			continue
		}
		files = append(files, file{p, fi.ModTime()})
	}
	slices.SortFunc(files, func(a, b file) int { return b.mod.Compare(a.mod) })
	for i := cacheKeep; i < len(files); i++ {
		os.Remove(files[i].path)
	}
}
