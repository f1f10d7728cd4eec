package spell

import (
	"html"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one word of a document, in 16 bytes: a 20 MB document has
// some 3.5 million of them. Offsets are 32-bit, so a text to tokenize is
// at most maxTokenized bytes; longer documents are checked in pieces (see
// [pieces]).
type token struct {
	start, end uint32 // the word's bytes in the source, possessive ending excluded
	word       int32  // the word's index in words.text; -1 for a skipped token
	sentence   bool   // the word starts a sentence, a line or a quotation
	skip       bool   // not a word to check (has digits, part of a URL, …)
}

// maxTokenized is the longest text tokenize takes: token offsets are uint32.
const maxTokenized = 1<<32 - 1

// words are the distinct words of a document, each stored once: a word's
// text (entities decoded, apostrophes normalised) is text[token.word].
type words struct {
	text []string
	// Per word: its occurrences, and those not at a sentence start.
	all, inside []int32
	keep        []uint8 // per word, for tokenizeKept: 0 not asked yet, 1 kept, 2 not
	// An open-addressing hash table: per slot 0 (empty) or the word's
	// hash tag in the high 32 bits and its index + 1 in the low ones.
	slots []uint64
	seed  uint64 // the hash's start, random per document
}

func newWords() words {
	return words{slots: make([]uint64, 1024), seed: rand.Uint64()}
}

// The words' hash is FNV-1a from a random start, computed a byte at a time
// as the tokenizer scans a word, then mixed (see slot).
const hashPrime = 0x100000001b3

func hashStep(h uint64, c byte) uint64 { return (h ^ uint64(c)) * hashPrime }

func hashOf[S string | []byte](seed uint64, w S) uint64 {
	h := seed
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return h
}

// mix spreads a hash's bits: FNV's low bits depend only on the low bits
// of the bytes.
func mix(h uint64) uint64 {
	h ^= h >> 32
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>29
}

// intern returns the index of the word w, whose hash is h (see hash),
// adding it if it is new, and counts the occurrence. Only a new word costs
// an allocation.
func (ws *words) intern(w []byte, h uint64, sentence bool) int32 {
	id := ws.find(w, h)
	ws.all[id]++
	if !sentence {
		ws.inside[id]++
	}
	return id
}

func (ws *words) find(w []byte, h uint64) int32 {
	h = mix(h)
	tag := h >> 32 << 32
	mask := len(ws.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := ws.slots[i]
		if s == 0 {
			break
		}
		if s&^0xffffffff == tag && ws.text[uint32(s)-1] == string(w) {
			return int32(uint32(s) - 1)
		}
	}
	id := int32(len(ws.text))
	ws.text = append(ws.text, string(w))
	ws.all = append(ws.all, 0)
	ws.inside = append(ws.inside, 0)
	if 2*len(ws.text) > len(ws.slots) {
		ws.grow()
	}
	ws.place(h, id)
	return id
}

// place puts the word with mixed hash h and index id in a free slot.
func (ws *words) place(h uint64, id int32) {
	mask := len(ws.slots) - 1
	i := int(h) & mask
	for ws.slots[i] != 0 {
		i = (i + 1) & mask
	}
	ws.slots[i] = h>>32<<32 | uint64(id+1)
}

// grow doubles the table, keeping it at most half full.
func (ws *words) grow() {
	ws.slots = make([]uint64, 2*len(ws.slots))
	for id, w := range ws.text[:len(ws.text)-1] {
		ws.place(mix(hashOf(ws.seed, w)), int32(id))
	}
}

// A tokenizer splits a document into tokens.
type tokenizer struct {
	text     []byte
	toks     []token
	words    words
	sentence bool   // the next word starts a sentence
	buf      []byte // a word being rewritten (entities, apostrophes)
	keep     func(w string) bool
}

// tokenize splits text, of at most maxTokenized bytes, into words.
// Offsets refer to text, which has the
// same length as the source (markup blanked out). It never fails: bytes
// that are not letters separate words, and invalid UTF-8 is treated as a
// separator.
//
// Words are interned: a word costs no allocation unless it is the first
// of its spelling. ASCII text, the common case, is classified a byte at
// a time from a table; other text a rune at a time.
func tokenize(text []byte) ([]token, *words) { return tokenizeKept(text, nil) }

// tokenizeKept is tokenize keeping only the tokens of words for which
// keep, asked once per distinct word, reports true (all tokens if keep is
// nil): a checker needs only the few words that are not plainly known,
// and 3.5 million tokens of a 20 MB text would cost more to write than
// the words cost to find. The words' counts still cover every word.
// Kept tokens are in text order, and two that are consecutive in the
// text are next to each other in the list.
func tokenizeKept(text []byte, keep func(w string) bool) ([]token, *words) {
	size := len(text)/4 + 16 // more than enough for most text; pages never written cost nothing
	if keep != nil {
		size = len(text)/64 + 16
	}
	z := &tokenizer{
		text:     text,
		toks:     make([]token, 0, size),
		words:    newWords(),
		sentence: true,
		keep:     keep,
	}
	n := len(text)
	for i := 0; i < n; {
		if c := text[i]; c < utf8.RuneSelf {
			if ascii[c]&asciiSpace != 0 {
				if c == '\n' {
					z.sentence = true
				}
				i++
				continue
			}
		} else if r, size := utf8.DecodeRune(text[i:]); isSpace(r) {
			i += size
			continue
		}
		// A chunk runs to the next white space.
		j := i
		var classes uint8 // of its ASCII bytes
		for j < n {
			c := text[j]
			if c < utf8.RuneSelf {
				if ascii[c]&asciiSpace != 0 {
					break
				}
				classes |= ascii[c]
				j++
				continue
			}
			r, s := utf8.DecodeRune(text[j:])
			if isSpace(r) {
				break
			}
			j += s
		}
		chunk := text[i:j]
		if classes&asciiNotProse != 0 && notProse(chunk) {
			if z.keep == nil {
				z.toks = append(z.toks, token{start: uint32(i), end: uint32(j), word: -1, skip: true})
			}
			z.sentence = endsSentence(chunk)
			i = j
			continue
		}
		z.appendWords(i, j)
		i = j
	}
	return z.toks, &z.words
}

// appendWords appends the words of text[i:j], a chunk with no white
// space.
func (z *tokenizer) appendWords(i, j int) {
	text := z.text
	for i < j {
		r, size := decodeAt(text, i, j)
		if !isLetter(r) {
			if r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';' {
				z.sentence = r != ';'
			} else if isDigit(r) {
				z.sentence = false
			}
			if r == '&' {
				// An entity that is not a letter (&amp;, &nbsp;) separates words.
				if e := entityEnd(text, i, j); e > i {
					i = e
					continue
				}
			}
			i += size
			continue
		}
		start := i
		digits := start > 0 && isDigit(lastRune(text[:start]))
		aposAt := -1      // offset of the word's last apostrophe
		plain := true     // text[start:i] is the word as it is; else z.buf is
		h := z.words.seed // the hash of text[start:i], while plain
		for i < j {
			if c := text[i]; c < utf8.RuneSelf && c != '&' {
				// ASCII: letters and digits belong to the word, ' and -
				// when a letter follows.
				switch cl := ascii[c]; {
				case cl&asciiLetter != 0:
				case cl&asciiDigit != 0:
					digits = true
				case c == '\'' || c == '-':
					if nr, _ := decodeAt(text, i+1, j); !isLetter(nr) {
						goto done
					}
					if c == '\'' {
						aposAt = i
					}
				default:
					goto done
				}
				if plain {
					h = hashStep(h, c)
				} else {
					z.buf = append(z.buf, c)
				}
				i++
				continue
			}
			r, size = decodeAt(text, i, j)
			switch {
			case isLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			case isDigit(r):
				digits = true
			case isApostrophe(r) || isHyphen(r):
				// Internal only: a letter must follow.
				if nr, _ := decodeAt(text, i+size, j); !isLetter(nr) {
					goto done
				}
				if isApostrophe(r) {
					aposAt = i
					if plain {
						z.buf = append(z.buf[:0], text[start:i]...)
						plain = false
					}
					z.buf = append(z.buf, '\'')
					i += size
					continue
				}
			case r == '&':
				e := entityEnd(text, i, j)
				if e == i {
					goto done
				}
				dec := html.UnescapeString(string(text[i:e]))
				dr, _ := utf8.DecodeRuneInString(dec)
				if !isLetter(dr) && !unicode.Is(unicode.Mn, dr) {
					goto done
				}
				if plain {
					z.buf = append(z.buf[:0], text[start:i]...)
					plain = false
				}
				z.buf = append(z.buf, dec...)
				i = e
				continue
			default:
				goto done
			}
			if plain {
				for _, c := range text[i : i+size] {
					h = hashStep(h, c)
				}
			} else {
				z.buf = append(z.buf, text[i:i+size]...)
			}
			i += size
		}
	done:
		word := text[start:i]
		if !plain {
			word = z.buf
			h = hashOf(z.words.seed, word)
		}
		end := i
		// A possessive ending is not part of the name: Bakiyev's -> Bakiyev.
		if n := len(word); aposAt >= 0 && n >= 2 && word[n-2] == '\'' && (word[n-1] == 's' || word[n-1] == 'S') {
			if _, sz := utf8.DecodeRune(text[aposAt:]); aposAt+sz+1 == end {
				word = word[:n-2]
				end = aposAt
				h = hashOf(z.words.seed, word)
			}
		}
		t := token{start: uint32(start), end: uint32(end), word: -1, sentence: z.sentence, skip: digits}
		if !digits {
			t.word = z.words.intern(word, h, z.sentence)
			if z.keep != nil && !z.kept(t.word) {
				z.sentence = false
				continue
			}
		} else if z.keep != nil {
			z.sentence = false
			continue
		}
		z.toks = append(z.toks, t)
		z.sentence = false
	}
}

// kept reports whether the tokens of the word with index id are kept,
// asking keep the first time.
func (z *tokenizer) kept(id int32) bool {
	ws := &z.words
	for int(id) >= len(ws.keep) {
		ws.keep = append(ws.keep, 0)
	}
	if ws.keep[id] == 0 {
		ws.keep[id] = 2
		if z.keep(ws.text[id]) {
			ws.keep[id] = 1
		}
	}
	return ws.keep[id] == 1
}

func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

// decodeRune decodes the rune at text[i], with a shortcut for ASCII.
func decodeRune(text []byte, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(text[i:])
}

func decodeAt(text []byte, i, j int) (rune, int) {
	if i >= j {
		return utf8.RuneError, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRune(text[i:j])
	if r == utf8.RuneError && size == 1 {
		return utf8.RuneError, 1
	}
	return r, size
}

// entityEnd returns the end of the HTML character reference at text[i]
// ('&'), or i if there is none.
func entityEnd(text []byte, i, j int) int {
	k := i + 1
	for k < j && k-i <= 32 {
		c := text[k]
		switch {
		case c == ';':
			if k == i+1 {
				return i
			}
			if html.UnescapeString(string(text[i:k+1])) == string(text[i:k+1]) {
				return i // not a reference html knows
			}
			return k + 1
		case c == '#' && k == i+1, 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			k++
		default:
			return i
		}
	}
	return i
}

// ASCII classes, so that the common case needs no Unicode table.
const (
	asciiSpace = 1 << iota
	asciiLetter
	asciiDigit
	asciiNotProse // a byte without which a chunk is prose (see mayNotBeProse)
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsSpace(r) {
			t[r] |= asciiSpace
		}
		if unicode.IsLetter(r) {
			t[r] |= asciiLetter
		}
		if unicode.IsDigit(r) {
			t[r] |= asciiDigit
		}
		if strings.ContainsRune(":#@\\/~.", r) {
			t[r] |= asciiNotProse
		}
	}
	return t
}()

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && ascii[r]&asciiSpace != 0
	}
	return unicode.IsSpace(r) || r == 0xFEFF
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && ascii[r]&asciiLetter != 0
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && ascii[r]&asciiDigit != 0
	}
	return unicode.IsDigit(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func endsSentence(chunk []byte) bool {
	s := strings.TrimRight(string(chunk), "\"'”’)]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// notProse reports whether a chunk (text between white space) is a URL, an
// e-mail address or handle, a file path or a domain name, none of which
// holds words to check.
func notProse(chunk []byte) bool {
	if !mayNotBeProse(chunk) {
		return false
	}
	s := strings.Trim(string(chunk), "\"'“”‘’()[]{}<>«»,;:!?.")
	if s == "" {
		return false
	}
	ls := strings.ToLower(s)
	switch {
	case strings.Contains(ls, "://"), strings.HasPrefix(ls, "www."), strings.HasPrefix(ls, "mailto:"):
		return true
	case strings.HasPrefix(s, "#") || strings.HasPrefix(s, "@"):
		return len(s) > 1
	case strings.ContainsRune(s, '\\'):
		return true
	case strings.HasPrefix(s, "/") || strings.HasPrefix(s, "~/") || strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../"):
		return true
	}
	if at := strings.IndexByte(s, '@'); at > 0 && at < len(s)-1 {
		return true
	}
	if slash := strings.LastIndexByte(s, '/'); slash >= 0 {
		if strings.Count(s, "/") >= 2 || strings.Contains(s[slash:], ".") {
			return true
		}
	}
	return isDomain(s)
}

// mayNotBeProse is a quick test that rules out most chunks notProse
// would say are prose: each of its tests needs one of :#@\/~ or a dot
// followed by a letter or digit.
func mayNotBeProse(chunk []byte) bool {
	for i, c := range chunk {
		switch c {
		case ':', '#', '@', '\\', '/', '~':
			return true
		case '.':
			if i+1 < len(chunk) && chunk[i+1] < utf8.RuneSelf && ascii[chunk[i+1]]&(asciiLetter|asciiDigit) != 0 {
				return true
			}
		}
	}
	return false
}

// isDomain reports whether s looks like a host name: labels joined by dots,
// the last of 2 to 6 lower-case letters (decuk.org, bbc.co.uk).
func isDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	tld := s[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	for _, label := range strings.Split(s[:dot], ".") {
		if label == "" {
			return false
		}
		for _, r := range label {
			if !(r == '-' || r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
				return false
			}
		}
	}
	return true
}
