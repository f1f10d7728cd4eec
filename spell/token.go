package spell

import (
	"encoding/binary"
	"html"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lexcheck/lexcheck/internal/weblink"
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

// A tokenizer splits a document into tokens.
type tokenizer struct {
	text     []byte
	toks     []token
	words    words
	sentence bool   // the next word starts a sentence
	buf      []byte // a word being rewritten (entities, apostrophes)
	keep     keepFunc
	general  bool // take no shortcut (see tokenizeGeneral)
}

// tokenize splits text, of at most maxTokenized bytes, into words.
// Offsets refer to text, which has the
// same length as the source (markup blanked out). It never fails: bytes
// that are not letters separate words, and invalid UTF-8 is treated as a
// separator.
//
// Words are interned: a word costs no allocation unless it is the first
// of its spelling. The commonest chunk, ASCII letters and perhaps a comma
// or a full stop, is taken eight bytes at a time (see plainWord); other
// ASCII text is classified a byte at a time from a table, and the rest a
// rune at a time.
func tokenize(text []byte) ([]token, *words) { return tokenizeKept(text, nil) }

// tokenizeGeneral is tokenize without the shortcut for plain words, for
// tests to compare the two.
func tokenizeGeneral(text []byte) ([]token, *words) {
	z := newTokenizer(text, nil)
	z.general = true
	return z.run()
}

// tokenizeKept is tokenize keeping only the tokens of words for which
// keep, asked once per distinct word, reports true (all tokens if keep is
// nil): a checker needs only the few words that are not plainly known,
// and 3.5 million tokens of a 20 MB text would cost more to write than
// the words cost to find. The words' counts still cover every word.
// Kept tokens are in text order, and two that are consecutive in the
// text are next to each other in the list.
func tokenizeKept(text []byte, keep keepFunc) ([]token, *words) {
	return newTokenizer(text, keep).run()
}

// tokenizeFront is tokenizeKept taking the strings of words the front
// cache f holds from there: most words of a document were met in the
// documents before.
func tokenizeFront(text []byte, keep keepFunc, f *frontCache) ([]token, *words) {
	z := newTokenizer(text, keep)
	z.words.front = f
	return z.run()
}

// A keepFunc reports whether the tokens of the word w are kept (see
// tokenizeKept); lo and hi are its first 16 bytes as headOf gives them.
type keepFunc func(w string, lo, hi uint64) bool

func newTokenizer(text []byte, keep keepFunc) *tokenizer {
	// More than enough for most text, so that the list is not copied as
	// it grows; pages never written cost nothing. A checker keeps at most
	// the capitalised words and the unknown ones, about one in six words
	// of news text.
	size := len(text)/4 + 16
	if keep != nil {
		size = len(text)/32 + 16
	}
	return &tokenizer{
		text:     text,
		toks:     make([]token, 0, size),
		words:    newWords(len(text)),
		sentence: true,
		keep:     keep,
	}
}

func (z *tokenizer) run() ([]token, *words) {
	defer z.words.drop() // also when a fault stops it midway
	text := z.text
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
		if j, ok := z.plainWord(i); ok {
			i = j
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
	z.words.finish()
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
		digits := start > 0 && digitBefore(text, start)
		aposAt := -1  // offset of the word's last apostrophe
		plain := true // text[start:i] is the word as it is; else z.buf is
		// Most words are a run of ASCII letters: skip it in a tight loop
		// before the general one, which would take the letters the same way.
		for i < j && text[i] < utf8.RuneSelf && ascii[text[i]]&asciiLetter != 0 {
			i++
		}
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
				if !plain {
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
			if !plain {
				z.buf = append(z.buf, text[i:i+size]...)
			}
			i += size
		}
	done:
		word := text[start:i]
		if !plain {
			word = z.buf
		}
		end := i
		// A possessive ending is not part of the name: Bakiyev's -> Bakiyev.
		if n := len(word); aposAt >= 0 && n >= 2 && word[n-2] == '\'' && (word[n-1] == 's' || word[n-1] == 'S') {
			if _, sz := utf8.DecodeRune(text[aposAt:]); aposAt+sz+1 == end {
				word = word[:n-2]
				end = aposAt
			}
		}
		z.add(start, end, word, digits)
	}
}

// plainWord takes the commonest chunk, at text[i]: ASCII letters,
// perhaps one mark of punctuation that neither joins words nor makes a
// chunk something other than prose (see asciiTail), then white space or
// the end of the text. It returns the end of the chunk and true, or false
// and takes nothing if the chunk is another kind.
func (z *tokenizer) plainWord(i int) (int, bool) {
	if z.general {
		return i, false
	}
	text := z.text
	j := letterRun(text, i)
	if j == i {
		return i, false
	}
	k := j
	var tail byte
	if k < len(text) && text[k] < utf8.RuneSelf && ascii[text[k]]&asciiTail != 0 {
		tail = text[k]
		k++
	}
	if k < len(text) && (text[k] >= utf8.RuneSelf || ascii[text[k]]&asciiSpace == 0) {
		return i, false
	}
	z.add(i, j, text[i:j], false)
	switch tail {
	case '.', '!', '?', ':':
		z.sentence = true
	}
	return k, true
}

// letterRun returns the end of the run of ASCII letters at text[i],
// testing eight bytes at a time.
func letterRun(text []byte, i int) int {
	for i+8 <= len(text) {
		if nl := nonLetters(binary.LittleEndian.Uint64(text[i:])); nl != 0 {
			return i + bits.TrailingZeros64(nl)/8
		}
		i += 8
	}
	for i < len(text) && text[i] < utf8.RuneSelf && ascii[text[i]]&asciiLetter != 0 {
		i++
	}
	return i
}

// nonLetters returns x, eight bytes, with the high bit set in each byte
// that is not an ASCII letter and every other bit clear.
func nonLetters(x uint64) uint64 {
	const high, low7 = 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	y := (x | 0x2020202020202020) & low7 // lower case, for ASCII letters
	atLeastA := y + 0x1f1f1f1f1f1f1f1f   // high bit set where y >= 'a'
	pastZ := y + 0x0505050505050505      // high bit set where y > 'z'
	letters := atLeastA &^ pastZ &^ x & high
	return letters ^ high
}

// add adds the word at text[start:end], which reads as word; digits
// tells whether it has digits or follows one, which make it a token to
// skip.
func (z *tokenizer) add(start, end int, word []byte, digits bool) {
	t := token{start: uint32(start), end: uint32(end), word: -1, sentence: z.sentence, skip: digits}
	keep := z.keep == nil
	if !digits {
		s := z.words.intern(word, z.sentence)
		t.word = s.id - 1
		keep = keep || z.kept(s)
	}
	if keep {
		z.toks = append(z.toks, t)
	}
	z.sentence = false
}

// kept reports whether the tokens of the word in slot s are kept, asking
// keep the first time.
func (z *tokenizer) kept(s *wordSlot) bool {
	if s.meta&keepBits == keepUnknown {
		k := uint32(keepNo)
		if z.keep(z.words.text[s.id-1], s.lo, s.hi) {
			k = keepYes
		}
		s.meta |= k
	}
	return s.meta&keepBits == keepYes
}

// digitBefore reports whether the rune before text[i] is a digit.
func digitBefore(text []byte, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return ascii[c]&asciiDigit != 0
	}
	return isDigit(lastRune(text[:i]))
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
	asciiTail     // punctuation after a word that leaves a chunk prose (see plainWord)
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
		if strings.ContainsRune(",.;:!?)\"", r) {
			t[r] |= asciiTail
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
	switch {
	case weblink.Starts(s):
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
