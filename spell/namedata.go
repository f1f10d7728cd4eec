package spell

import (
	_ "embed" // the compiled name indexes
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/lexcheck/lexcheck/lexicon"
)

// The name index of the embedded default, compiled. Building it walks the
// hundred thousand names of the dictionary and of the name lists: 20 ms,
// and as much again in page faults, in a run that checks one article with
// a capitalised word, which nearly every article has. Without a house
// lexicon its tables are the same in every run, so data/names.idx holds
// them, per locale, and a run uses the one it needs where it lies in the
// binary: decoding it reads the names and checks the tables.
//
// `go generate ./spell` makes the file from the embedded default (after
// `go generate ./lexicon`, as the scripts that make the default run them),
// and TestCompiledNames holds it to a fresh build. Each locale's
// tables record the digest of the default they were made from
// (lexicon.DefaultDigest); a run whose default differs builds its index
// instead of trusting them.
//
//go:generate go test -run ^TestCompiledNames$ -update
//go:embed data/names.idx
var compiledNames string

// namesMagic starts a file of compiled name indexes. It is followed by the
// number of locales; then per locale its name, the default's digest, and
// the tables (see appendTables), each as a length and the bytes.
const namesMagic = "lexcheck names 1\n"

// compiledNameIndex returns the name index buildNameIndex makes of lex,
// from the compiled one of its locale, when lex has the embedded
// default's dictionary: the names its house entries outrank the
// dictionary on, a few, are counted again. It reports false when lex has
// another dictionary or the compiled tables are not the current default's.
func compiledNameIndex(lex *lexicon.Lexicon) (*nameIndex, bool) {
	locale, ok := lex.DefaultLocale()
	if !ok {
		return nil, false
	}
	x, err := decodeNameIndex(compiledNames, locale, lexicon.DefaultDigest())
	if err != nil || !x.overHouse(lex) {
		return nil, false
	}
	return x, true
}

// encodeNameIndexes returns the file of compiled name indexes for the
// given locales, whose indexes are xs, made from the default of digest.
func encodeNameIndexes(locales []string, xs []*nameIndex, digest [32]byte) []byte {
	b := []byte(namesMagic)
	b = binary.AppendUvarint(b, uint64(len(locales)))
	for i, loc := range locales {
		b = appendString(b, loc)
		b = append(b, digest[:]...)
		b = appendString(b, string(xs[i].appendTables(nil)))
	}
	return b
}

// decodeNameIndex returns the name index of locale from the file data,
// checking that it was made from the default of digest.
func decodeNameIndex(data, locale string, digest [32]byte) (*nameIndex, error) {
	d := decoder{s: data}
	if !strings.HasPrefix(data, namesMagic) {
		return nil, errors.New("compiled names: not a file of name indexes")
	}
	d.s = d.s[len(namesMagic):]
	var sum, tables string
	found := false
	for range d.uvarint() {
		loc, s, t := d.string(), d.bytes(len(digest)), d.string()
		if d.err != nil {
			break
		}
		if loc == locale {
			sum, tables, found = s, t, true
		}
	}
	if d.err == nil && len(d.s) != 0 {
		d.fail("%d bytes left over", len(d.s))
	}
	switch {
	case d.err != nil:
		return nil, fmt.Errorf("compiled names: %w", d.err)
	case !found:
		return nil, fmt.Errorf("compiled names: no locale %s", locale)
	case sum != string(digest[:]):
		return nil, fmt.Errorf("compiled names: %s: made from another default", locale)
	}
	return decodeTables(tables)
}

// appendTables appends the index's tables: the names with their counts;
// the forms and the runs of four as they are held, little-endian numbers
// that a decoded index uses where they lie; and the runs of three. x is
// one buildNameIndex made: what overHouse takes off the runs of four is
// not written.
func (x *nameIndex) appendTables(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(x.names)))
	for _, n := range x.names {
		b = binary.AppendUvarint(b, uint64(n.count))
		b = appendString(b, n.spelling)
	}
	b = appendString(b, string(x.forms))
	b = appendString(b, x.shapes.runs)
	b = appendString(b, x.shapes.counts)
	if x.triples == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	var triples []uint64
	for i, n := range x.triples {
		if n != 0 {
			triples = append(triples, uint64(i), uint64(n))
		}
	}
	return appendSparse(b, triples)
}

// decodeTables returns the index whose tables appendTables wrote into s.
// It checks what a lookup relies on to stay in bounds and to find what is
// there: the forms name no index past the names, and both they and the
// runs are sorted.
func decodeTables(s string) (*nameIndex, error) {
	d := decoder{s: s}
	x := &nameIndex{}
	n := d.uvarint()
	if n > uint64(len(s)) {
		d.fail("%d names in %d bytes", n, len(s))
		n = 0
	}
	x.names = make([]wellKnownName, 0, n)
	for range n {
		count := d.uvarint()
		spelling := d.string()
		if d.err != nil {
			break
		}
		x.names = append(x.names, wellKnownName{spelling: spelling, count: int(count)})
	}
	x.forms = formIndex(d.string())
	x.shapes.runs, x.shapes.counts = d.string(), d.string()
	if d.byte() == 1 {
		x.triples.ready()
		d.sparse(func(i int, v uint64) {
			if i >= len(x.triples) || v > 1<<32-1 {
				d.fail("run of three %d counted %d", i, v)
				return
			}
			x.triples[i] = uint32(v)
		})
	}
	switch {
	case d.err != nil:
	case len(d.s) != 0:
		d.fail("%d bytes left over", len(d.s))
	case len(x.forms)%8 != 0 || !sortedWithin(string(x.forms), uint64(len(x.names))):
		d.fail("forms not sorted or naming no name")
	case len(x.shapes.runs)%8 != 0 || len(x.shapes.counts) != len(x.shapes.runs)/4 || !sortedWithin(x.shapes.runs, 1<<64-1):
		d.fail("runs of four not sorted or not one count each")
	}
	if d.err != nil {
		return nil, fmt.Errorf("compiled names: %w", d.err)
	}
	return x, nil
}

// sortedWithin reports whether the little-endian uint64s of s rise (or
// repeat), and each one's low 32 bits are below ids (if ids is under 1<<32).
func sortedWithin(s string, ids uint64) bool {
	last := uint64(0)
	for i := 0; i+8 <= len(s); i += 8 {
		e := le64(s[i:])
		if e < last || ids < 1<<32 && e&(1<<32-1) >= ids {
			return false
		}
		last = e
	}
	return true
}

// appendSparse appends the pairs (index, count) of kv, indexes rising, as
// their number and then each index as its distance from the last, and
// its count.
func appendSparse(b []byte, kv []uint64) []byte {
	b = binary.AppendUvarint(b, uint64(len(kv)/2))
	last := uint64(0)
	for i := 0; i < len(kv); i += 2 {
		b = binary.AppendUvarint(b, kv[i]-last)
		b = binary.AppendUvarint(b, kv[i+1])
		last = kv[i]
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// A decoder reads what the append functions wrote, keeping the first
// error; after one, it reads zeros and empty strings.
type decoder struct {
	s   string
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
	d.s = ""
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		c := d.s[i]
		if i == binary.MaxVarintLen64-1 && c > 1 {
			break // over 64 bits
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			d.s = d.s[i+1:]
			return v
		}
	}
	d.fail("a number cut short or too long")
	return 0
}

func (d *decoder) byte() byte {
	if s := d.bytes(1); s != "" {
		return s[0]
	}
	return 0
}

// bytes returns the next n bytes, sliced from the data, not copied.
func (d *decoder) bytes(n int) string {
	if d.err != nil {
		return ""
	}
	if n > len(d.s) {
		d.fail("%d bytes wanted, %d left", n, len(d.s))
		return ""
	}
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.s)) {
		d.fail("a string of %d bytes, %d left", n, len(d.s))
		return ""
	}
	return d.bytes(int(n))
}

// sparse reads what appendSparse wrote, calling fn with each index and
// count; fn checks that they fit its table.
func (d *decoder) sparse(fn func(i int, v uint64)) {
	n := d.uvarint()
	if n > uint64(len(d.s)) {
		d.fail("%d pairs in %d bytes", n, len(d.s))
		return
	}
	at := uint64(0)
	for range n {
		delta, v := d.uvarint(), d.uvarint()
		if d.err != nil {
			return
		}
		if at += delta; at > 1<<31 {
			d.fail("index %d", at)
			return
		}
		fn(int(at), v)
	}
}
