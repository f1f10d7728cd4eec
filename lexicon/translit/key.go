package translit

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The matching key is a skeleton of the name: consonants folded into classes
// of sounds that romanizations write differently, and every run of vowels
// (with y, j and i used as glides) folded into one vowel mark. Two spellings
// with the same skeleton are then compared run by run on their vowels, which
// is where different names with one skeleton (Walliams, Williams) differ.
//
// Key symbols:
//
//	a  a run of vowels (a e i o u y, glide y/j/i, and the French/German ou, ie, ...)
//	B  b            P  p            F  f ph            V  v w, word-final ff
//	D  d t dh th    K  k q g c(hard) ck kh gh          H  h
//	S  s z ts tz c(soft) dz ß      C  sh ch tch tsch sch zh j dj dzh cz tx š č ž
//	L  l  M  m  N  n  R  r  X  x (as K S)
//
// Doubled symbols count once. Apostrophes, hyphens, spaces and accents are
// dropped, as are the Arabic article (al-, el-, ad-, ash-, ...) before a name
// and a French final mute e (Eltsine) or a final h after a vowel (Khalifeh).

const (
	maxUnits = 48 // units kept of a name; longer names are cut (still deterministic)
	maxFold  = 96 // folded ASCII bytes kept of a name
)

// unit is one symbol of a skeleton. For a vowel run, v holds the run's
// normalised vowels (at most 4 bytes, zero padded).
type unit struct {
	cls byte    // key symbol
	f   byte    // for a consonant: which spelling of the class (see consCost)
	v   [4]byte // for a vowel run: the vowels
	nv  uint8
	// glide and yo say whether a vowel run begins with the glide y or j
	// and whether it is that glide and o, the Cyrillic ё (see slavicYo).
	glide, yo bool
}

// skel is a parsed name.
type skel struct {
	u       [maxUnits]unit
	n       int
	letters int  // letters in the folded name
	alts    int  // the readings (read* flags) that matter: letters of the name that may be read two ways
	flags   int  // the reading flags the skeleton was parsed under
	abjad   bool // romanized from a script that writes few vowels (Arabic, Persian): an article (glued too), q, dh or gh
	finalH  bool // the name ends in a vowel and a silent h (Fatemeh, Khalifeh)
}

// Flags choosing the reading of ambiguous letters.
const (
	readChK  = 1 << iota // read "ch" as kh (German Chruschtschow)
	readJY               // read word-initial "j" as y (German Jelzin)
	readW                // read u after a vowel as v (Belarusian ў)
	readVU               // read v or w after a vowel as u (Belarusian -au for -ov, Zimousky)
	readAl               // read a glued al-/el- at the start of a word as the article
	readGH               // read g as h (Ukrainian and Belarusian г: Bohdan, Olha)
	readJZh              // read a j inside a word as zh (French Soljenitsyne, Prigojine)
	readZD               // read zz as dh (Persian and Urdu z for the Arabic dh: Kazzafi)
	readOuW              // read ou before a vowel as w (French Anouar, Qaradaoui)
	readKhH              // read kh as h (Turkmen Berdimuhamedow, Hebrew Menahem)
	readOeU              // read oe before a consonant as u (Dutch and old Indonesian Soeharto)
	readCTs              // read a hard c as ts (Polish Kuzniecow, Niemcow)
	readEI               // read a final e after two consonants as i, not mute (Wehbe, Wahbi; Refke, Rifki)
	readAing             // read a final aing as Burmese ine (Khaing, Khine)
	readSunA             // read an a before a sun letter at the start of a word as the article (Ashami for Al-Shami)
	readLtAs             // read a final -evas, -ovas as Lithuanian for -ev, -ov (Leontjevas)
	readUW               // read w after a consonant as uw (Sweid for Suwaid)
	readDjD              // read dj as the Serbian and Croatian đ written d (Djordjevic, Dordevic)
	readThai             // read ph as p, a final rn, l or lp as n, final ch as t, as Thai finals are said (Kradumphon, Udomdech, Mongkol)
	readIcCh             // read a final -ic as the Serbian and Croatian -ić, written -ich, -itch (Milosevic, Milosevitch)
	readDhZ              // read dh as the z that Persian, Urdu and Turkish say for it (Kadhim, Kazim)
	readHAyn             // read an h inside a word as the ayn or hamza that other spellings write ' or leave out (Jumha, Juma)
	readAbdL             // read the l of Abdul before a sun letter as assimilated to it (Abdul Rahman, Abdurrahman)
	readSySh             // read sy before a vowel as the sh that Indonesian and Malay write sy (Syarif, Sharif)
	readGJ               // read g as the Arabic jim, which Egyptian spellings write g (Gamal, Jamal)
)

// foldASCII writes a lower-case ASCII folding of name into buf and returns its
// length. Letters are kept; word separators become ' '; everything else is
// dropped.
func foldASCII(name string, buf *[maxFold]byte) int {
	n := 0
	put := func(s string) {
		for i := 0; i < len(s) && n < maxFold; i++ {
			buf[n] = s[i]
			n++
		}
	}
	for i := 0; i < len(name) && n < maxFold; {
		c := name[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
				buf[n] = c
				n++
			case 'A' <= c && c <= 'Z':
				buf[n] = c + 'a' - 'A'
				n++
			case c == ' ' || c == '-' || c == '_' || c == '\t' || c == '.' || c == ',':
				buf[n] = ' '
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if s, ok := foldRune(r); ok {
			put(s)
		}
	}
	return n
}

// foldRune folds one non-ASCII rune to lower-case ASCII.
func foldRune(r rune) (string, bool) {
	if s, ok := foldTable[r]; ok {
		return s, s != ""
	}
	if r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u00a0' {
		return " ", true
	}
	if !unicode.IsLetter(r) {
		return "", false
	}
	// Decompose and keep the ASCII base letter, if there is one.
	var tmp [8]byte
	d := norm.NFD.AppendString(tmp[:0], string(r))
	if len(d) > 0 && d[0] < utf8.RuneSelf {
		c := d[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' {
			return asciiLetters[c-'a' : c-'a'+1], true
		}
	}
	return "", false
}

const asciiLetters = "abcdefghijklmnopqrstuvwxyz"

// foldTable holds the letters whose folding is not just "drop the accent":
// Slavic háčeks (č is ch), ligatures, ß and the like; and marks that are
// dropped outright (apostrophes, the primes of romanized Cyrillic).
var foldTable = map[rune]string{
	'č': "ch", 'Č': "ch", 'š': "sh", 'Š': "sh", 'ž': "zh", 'Ž': "zh",
	'ć': "ch", 'Ć': "ch", 'ś': "sh", 'Ś': "sh", 'ź': "zh", 'Ź': "zh", 'ż': "zh", 'Ż': "zh",
	// Turkish, Azerbaijani and Romanian ş (ș) is sh; Romanian ţ (ț) is ts.
	'ş': "sh", 'Ş': "sh", 'ș': "sh", 'Ș': "sh", 'ţ': "ts", 'Ţ': "ts", 'ț': "ts", 'Ț': "ts",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i", 'ħ': "h", 'Ħ': "h", 'þ': "th", 'ð': "dh",
	'ə': "a", 'Ə': "a", 'ǧ': "g", 'ğ': "g", 'ḫ': "kh", 'ẖ': "kh",
	'\'': "", '’': "", '‘': "", 'ʼ': "", 'ʻ': "", 'ʹ': "", 'ʺ': "", '”': "", '“': "", '`': "", '´': "",
	'ʾ': "", 'ʿ': "", '·': "", 'ˮ': "", '\u0301': "", '\u0308': "", '\u0331': "", '\u0361': "",
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// articles are the forms of the Arabic article written before a name.
var articles = [...]string{"al", "el", "ul", "il", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "ath", "adh", "ak"}

func isArticle(w []byte) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, a := range articles {
		if string(w) == a {
			return true
		}
	}
	return false
}

// parse builds the skeleton of name under the reading flags.
func parse(name string, flags int, s *skel) {
	var buf [maxFold]byte
	n := foldASCII(name, &buf)
	s.n, s.letters, s.alts = 0, 0, 0
	s.abjad, s.finalH = false, false
	s.flags = flags
	b := buf[:n]
	// Split into words; drop an article before another word.
	start := 0
	for start < len(b) {
		for start < len(b) && b[start] == ' ' {
			start++
		}
		end := start
		for end < len(b) && b[end] != ' ' {
			end++
		}
		if end == start {
			break
		}
		w := b[start:end]
		rest := end
		for rest < len(b) && b[rest] == ' ' {
			rest++
		}
		if rest < len(b) && isArticle(w) {
			s.abjad = true
			start = rest
			continue
		}
		s.letters += len(w)
		if sun := abdL(w, b[rest:]); sun != 0 && s.reads(flags, readAbdL, true) {
			// Write the article's l as the sun letter, as the
			// spellings that double it do.
			var said [maxFold]byte
			x := append(said[:0], w...)
			x[4] = sun
			parseWord(x, flags, s)
		} else {
			parseWord(w, flags, s)
		}
		start = end
	}
	// Collapse doubled consonant classes left by word joins.
	if s.n > 1 {
		j := 1
		for i := 1; i < s.n; i++ {
			if s.u[i].cls != 'a' && s.u[i].cls == s.u[j-1].cls {
				continue
			}
			if s.u[i].cls == 'a' && s.u[j-1].cls == 'a' {
				appendVowels(&s.u[j-1], s.u[i].v[:s.u[i].nv])
				continue
			}
			s.u[j] = s.u[i]
			j++
		}
		s.n = j
	}
}

// abdL reports, for w a word Abd and the article (Abdul, Abdel, Abdal)
// before a sun letter, the first of the rest of w or else of next (the
// rest of the name), that sun letter, which the article's l (w[4]) is
// said as, and some spellings write so (Abdurrahman, Abdur Rahman,
// Abdussalam for Abdul Rahman, Abdul Salam). It returns 0 when w has no
// such l.
func abdL(w, next []byte) byte {
	if len(w) < 5 || string(w[:3]) != "abd" || !isVowel(w[3]) || w[4] != 'l' {
		return 0
	}
	after := w[5:]
	if len(after) == 0 {
		after = next
	}
	if len(after) == 0 || strings.IndexByte("dnrstz", after[0]) < 0 {
		return 0
	}
	return after[0]
}

func appendVowels(u *unit, v []byte) {
	for _, c := range v {
		addVowel(u, c)
	}
}

// addVowel appends one vowel to a run, normalising as it goes: y and j read
// as i, doubled letters once, ou and oo as u, ee as i.
func addVowel(u *unit, c byte) {
	if c == 'y' || c == 'j' {
		c = 'i'
		u.glide = u.glide || u.nv == 0
	}
	u.yo = u.glide && u.nv == 1 && c == 'o' // yo, jo: ё
	if u.nv > 0 {
		last := u.v[u.nv-1]
		switch {
		case c == 'u' && last == 'o', c == 'o' && last == 'o':
			u.v[u.nv-1] = 'u'
			return
		case last == c && c != 'e':
			return
		case c == 'e' && last == 'e':
			u.v[u.nv-1] = 'i'
			return
		}
	}
	if int(u.nv) < len(u.v) {
		u.v[u.nv] = c
		u.nv++
	}
}

func (s *skel) push(cls, fine byte) *unit {
	if s.n > 0 && s.u[s.n-1].cls == cls && cls != 'a' {
		return &s.u[s.n-1]
	}
	if s.n == maxUnits {
		return &s.u[maxUnits-1] // cut long names: overwrite the last unit
	}
	s.u[s.n] = unit{cls: cls, f: fine}
	s.n++
	return &s.u[s.n-1]
}

func (s *skel) vowel(c byte) {
	if s.n > 0 && s.u[s.n-1].cls == 'a' {
		addVowel(&s.u[s.n-1], c)
		return
	}
	u := s.push('a', 0)
	addVowel(u, c)
}

func hasPrefix(w []byte, i int, p string) bool {
	return len(w)-i >= len(p) && string(w[i:i+len(p)]) == p
}

// reads notes that the name has a letter that may be read two ways, the
// reading r, when may is true, and reports whether this parse (flags) reads
// it the other way.
func (s *skel) reads(flags, r int, may bool) bool {
	if may {
		s.alts |= r
	}
	return flags&r != 0
}

// A spelling is a group of letters (one letter or more) that writes one
// consonant, with what it is read as. Some groups are read another way in
// some languages; a name is parsed under each choice of the reading flags
// that its groups may take (see [Keys]).
type spelling struct {
	group  string
	cls, f byte // the key symbol and the spelling within its class (see consCost)
	abjad  bool // the group is written only in romanizations of Arabic and Persian (dh, gh, q)
	// where, if set, says where in the word the group is one consonant at
	// all (zz only in long words, ff only at the end after a vowel);
	// elsewhere the shorter groups are tried.
	where func(w []byte, i int) bool

	// other is the reading flag under which the group is read as the
	// consonant ocls, of instead. may, if set, says where the group may be
	// read so: elsewhere it does not make the name ambiguous, and, if
	// onlyWhere, is not read so even when another group of the name is.
	other     int
	ocls, of  byte
	may       func(w []byte, i int) bool
	onlyWhere bool
}

// spellings lists the groups of letters read as one consonant, with the
// plain letters read alone. parseWord tries, at each letter, the groups
// that start with it longest first (see spellingsByLetter). The letters
// whose reading depends on the letters around them (c, j, v, w, x) and the
// vowels are not here: parseWord reads them.
var spellings = []spelling{
	{group: "tsch", cls: 'C', f: 'C'},
	{group: "dsch", cls: 'C', f: 'j'},
	{group: "sch", cls: 'C', f: 's'},
	{group: "tch", cls: 'C', f: 'C'},
	{group: "tsh", cls: 'C', f: 'C'},
	{group: "dzh", cls: 'C', f: 'j'},
	{group: "dsh", cls: 'C', f: 'j'},
	// German reads ch as kh (Chruschtschow), but not after sh (Khrushchev).
	{group: "ch", cls: 'C', f: 'c', other: readChK, ocls: 'K', of: 'X', may: notAfterSh, onlyWhere: true},
	{group: "cz", cls: 'C', f: 'C'},
	{group: "ck", cls: 'K', f: 'k'},
	{group: "cq", cls: 'K', f: 'k'},
	{group: "cc", cls: 'K', f: 'k'},
	{group: "sh", cls: 'C', f: 's'},
	{group: "sz", cls: 'C', f: 's'},
	{group: "ts", cls: 'S', f: 't'},
	{group: "tx", cls: 'C', f: 'C'}, // Basque (Bengoetxea)
	{group: "tz", cls: 'S', f: 't'},
	{group: "th", cls: 'D', f: 'T'},
	// Serbian and Croatian đ is written dj, or d without its stroke
	// (Djordjevic, Dordevic).
	{group: "dj", cls: 'C', f: 'j', other: readDjD, ocls: 'D', of: 'd'},
	{group: "dz", cls: 'S', f: 'z'},
	// Persian, Urdu and Turkish say the Arabic dh (and the emphatic d
	// and z) as z (Kadhim, Kazim; Ramadhan, Ramazan); a d is another
	// letter (Nadira is not Nazira), and in a short name dh is as often
	// d and h (Adham is not Azzam).
	{group: "dh", cls: 'D', f: 'h', abjad: true, other: readDhZ, ocls: 'S', of: 'z', may: longWord, onlyWhere: true},
	{group: "zh", cls: 'C', f: 'J'},
	// A doubled z may be the doubled Arabic dh that Persian and Urdu say
	// as z (Kazzafi for Qadhdhafi); a single z is mostly a z (Nazira is
	// not Nadira).
	{group: "zz", cls: 'S', f: 'z', where: longWord, other: readZD, ocls: 'D', of: 'Z'},
	// Other spellings write kh as h (Berdimuhamedow); a short name does
	// not make it so (Khan is not Han).
	{group: "kh", cls: 'K', f: 'x', other: readKhH, ocls: 'H', of: 'x', may: longWord},
	{group: "gh", cls: 'K', f: 'g', abjad: true},
	{group: "ph", cls: 'F', f: 'f'},
	{group: "ff", cls: 'V', f: 'v', where: finalAfterVowel}, // Romanoff, Smirnoff
	{group: "b", cls: 'B', f: 'b'},
	{group: "d", cls: 'D', f: 'd'},
	{group: "f", cls: 'F', f: 'f'},
	// Ukrainian and Belarusian write г as h (Bohdan, Olha), but not after n.
	{group: "g", cls: 'K', f: 'g', other: readGH, ocls: 'H', of: 'g', may: notAfterN, onlyWhere: true},
	{group: "h", cls: 'H', f: 'h'},
	{group: "k", cls: 'K', f: 'k'},
	{group: "l", cls: 'L', f: 'l'},
	{group: "m", cls: 'M', f: 'm'},
	{group: "n", cls: 'N', f: 'n'},
	{group: "p", cls: 'P', f: 'p'},
	{group: "q", cls: 'K', f: 'q', abjad: true},
	{group: "r", cls: 'R', f: 'r'},
	{group: "s", cls: 'S', f: 's'},
	{group: "t", cls: 'D', f: 't'},
	{group: "z", cls: 'S', f: 'z'},
}

// spellingsByLetter indexes spellings by the group's first letter, the
// longer groups first.
var spellingsByLetter = func() (by [26][]*spelling) {
	for i := range spellings {
		sp := &spellings[i]
		by[sp.group[0]-'a'] = append(by[sp.group[0]-'a'], sp)
	}
	for _, list := range by {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].group) > len(list[j].group) })
	}
	return by
}()

func longWord(w []byte, _ int) bool { return len(w) >= 6 }

// notAfterSh reports whether w[i] follows neither s, t nor sh: the ch of
// Russian shch and German tsch is not a kh.
func notAfterSh(w []byte, i int) bool {
	return !(i > 0 && (w[i-1] == 's' || w[i-1] == 't') || i > 1 && w[i-2] == 's' && w[i-1] == 'h')
}

func notAfterN(w []byte, i int) bool { return i == 0 || w[i-1] != 'n' }

// egyptianG reports whether the g at w[i] may be the Egyptian g for the
// Arabic jim: in a word of 5 letters or more (Gill is not Jill), not the
// gh of the ghayn and not after n, where ng is mostly the one sound of
// other languages (Wang, Pongsak).
func egyptianG(w []byte, i int) bool {
	return len(w) >= 5 && !hasPrefix(w, i, "gh") && notAfterN(w, i)
}

func finalAfterVowel(w []byte, i int) bool {
	return i+2 == len(w) && i > 0 && isVowel(w[i-1])
}

// spellingAt returns the longest group of spellings at w[i], if any.
func spellingAt(w []byte, i int) *spelling {
	c := w[i]
	if c < 'a' || c > 'z' {
		return nil
	}
	for _, sp := range spellingsByLetter[c-'a'] {
		if hasPrefix(w, i, sp.group) && (sp.where == nil || sp.where(w, i)) {
			return sp
		}
	}
	return nil
}

// read pushes the consonant sp spells at w[i] under flags.
func (s *skel) read(sp *spelling, w []byte, i, flags int) {
	if sp.abjad {
		s.abjad = true
	}
	if sp.other != 0 {
		may := sp.may == nil || sp.may(w, i)
		if s.reads(flags, sp.other, may) && (may || !sp.onlyWhere) {
			s.push(sp.ocls, sp.of)
			return
		}
	}
	s.push(sp.cls, sp.f)
}

// parseWord appends the skeleton of one folded word.
func parseWord(w []byte, flags int, s *skel) {
	first := s.n
	isV := func(i int) bool { return i >= 0 && i < len(w) && isVowel(w[i]) }
	if flags&readAl != 0 && len(w) >= 6 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && !isVowel(w[2]) {
		w = w[2:] // a glued article: Alshaer
		s.abjad = true
	} else if len(w) >= 6 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && !isVowel(w[2]) {
		s.alts |= readAl
	}
	// Before a sun letter the article's l is said as that letter, and
	// some spellings write only its a (Ashami, Arrashid).
	if len(w) >= 6 && w[0] == 'a' && strings.IndexByte("dnrstz", w[1]) >= 0 && s.reads(flags, readSunA, true) {
		w = w[1:]
		s.abjad = true
	}
	// Lithuanian adds -as to Slavic names in -ev, -ov (Leontjevas). (The
	// Latvian -s is the English plural too: the Romanovs.)
	if n := len(w); n >= 7 && w[n-3] == 'v' && w[n-2] == 'a' && w[n-1] == 's' && (w[n-4] == 'e' || w[n-4] == 'o') &&
		s.reads(flags, readLtAs, true) {
		w = w[:n-2]
	}
	thai := thaiLetters(w) && s.reads(flags, readThai, true)
	i := 0
	if len(w) >= 3 && w[0] == 'h' && w[1] == 't' && isVowel(w[2]) {
		// Burmese writes its aspirated t ht (Htun, Htay), others t or
		// th; no English name begins so.
		s.push('D', 'T')
		i = 2
	}
	for i < len(w) {
		c := w[i]
		if thai {
			if cls, fine, n := thaiSpelling(w, i); n > 0 {
				s.push(cls, fine)
				i += n
				continue
			}
		}
		if isVowel(c) {
			// French writes w as ou before a vowel (Anouar, Ouattara),
			// and wu as ou after one (Qaouk, Qawuq; Daoud, Dawud).
			if c == 'o' && i+2 < len(w) && w[i+1] == 'u' && isV(i+2) && w[i+2] != 'u' {
				if s.reads(flags, readOuW, true) {
					s.push('V', 'v')
					i += 2
					continue
				}
			}
			if c == 'o' && i+2 < len(w) && w[i+1] == 'u' && isV(i-1) && w[i-1] != 'o' && !isV(i+2) {
				if s.reads(flags, readOuW, true) {
					s.push('V', 'v')
					s.vowel('u')
					i += 2
					continue
				}
			}
			// Burmese ai before a final ng is written ine too (Khaing, Khine).
			if c == 'a' && i > 0 && i+4 == len(w) && string(w[i+1:]) == "ing" {
				if s.reads(flags, readAing, true) {
					s.vowel('i')
					s.push('N', 'n')
					i += 4
					continue
				}
			}
			// Dutch and old Indonesian spelling write u as oe before a
			// consonant (Soeharto, Soekarno), where Russian has two vowels
			// (Dostoevsky).
			if c == 'o' && i+2 < len(w) && w[i+1] == 'e' && !isV(i-1) && !isV(i+2) && len(w) >= 6 {
				if s.reads(flags, readOeU, true) {
					s.vowel('u')
					i += 2
					continue
				}
			}
			// A u after a vowel and before a consonant may be Belarusian ў (Karaeu).
			if c == 'u' && isV(i-1) && !isV(i+1) && w[i-1] != 'u' {
				if s.reads(flags, readW, true) {
					s.push('V', 'u')
					i++
					continue
				}
			}
			// y before a vowel is a glide; it joins the run either way.
			s.vowel(c)
			i++
			continue
		}
		if c == 'h' && i > 0 && i+1 < len(w) && isV(i-1) != isV(i+1) && s.reads(flags, readHAyn, true) {
			// Some spellings write the Arabic ayn or hamza as h
			// beside a consonant (Jumha for Jum'a, Nahman for
			// Na'man), others ' or nothing; between two vowels
			// an h is a consonant (Sahara, Hryhoriy).
			i++
			continue
		}
		if c == 's' && i+2 < len(w) && w[i+1] == 'y' && isV(i+2) && s.reads(flags, readSySh, len(w) >= 5) && len(w) >= 5 {
			// Indonesian and Malay write sh as sy (Syarif,
			// Hasyim, Ba'asyir); in English the y is a vowel or
			// glide, and a short name is as often English (Syed
			// is not Shed).
			s.push('C', 's')
			i += 2
			continue
		}
		if c == 'g' && egyptianG(w, i) && s.reads(flags, readGJ, true) {
			// Egyptian Arabic says the jim (ج) as g, and Egyptian
			// spellings write it so where others write j (Gamal
			// Abdel Nasser, Ragab, Haggag for Jamal, Rajab,
			// Hajjaj); a g so read says the name is Arabic, as a
			// q does.
			s.push('C', 'G')
			s.abjad = true
			i++
			continue
		}
		if sp := spellingAt(w, i); sp != nil {
			s.read(sp, w, i, flags)
			i += len(sp.group)
			continue
		}
		switch c {
		case 'j':
			// j between vowels, or after a consonant before a vowel, is a glide
			// (Bakijev, Oljas); at the start of a word before a vowel it is
			// English dzh or German/Slavic y.
			if i > 0 && isV(i+1) || i > 0 && isV(i-1) && !isV(i+1) {
				if !s.reads(flags, readJZh, true) {
					s.vowel(c) // a glide (see addVowel)
					i++
					continue
				}
			}
			if i == 0 && isV(i+1) {
				if s.reads(flags, readJY, true) {
					s.vowel('i')
					i++
					continue
				}
			}
			s.push('C', 'j')
		case 'c':
			switch {
			case i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i' || w[i+1] == 'y'):
				s.push('S', 's')
			case i+1 == len(w) && i > 0 && w[i-1] == 'i' && s.reads(flags, readIcCh, len(w) >= 6):
				// Serbian and Croatian -ić, written -ic without its
				// accent and -ich, -itch by others (Milosevitch).
				s.push('C', 'c')
			case s.reads(flags, readCTs, len(w) >= 6):
				// Polish, Czech and the South Slavic languages write ts
				// as c (Kuzniecow, Nemcov), before any letter.
				s.push('S', 't')
			default:
				s.push('K', 'Q')
			}
		case 'x':
			s.push('K', 'k')
			s.push('S', 's')
		case 'w', 'v':
			// w or v after a vowel before a consonant may be the vowel u
			// (Zimowsky, Zimousky; Belarusian Naumau for Naumov).
			switch {
			case isV(i-1) && !isV(i+1) && s.reads(flags, readVU, true):
				s.vowel('u')
			case c == 'w' && i > 0 && !isV(i-1) && isV(i+1) && s.reads(flags, readUW, true):
				// w after a consonant may be the Arabic uw (Sweid, Suwaid).
				s.vowel('u')
				s.push('V', 'v')
			default:
				s.push('V', 'v')
			}
		}
		i++ // a letter read alone; any other byte is unreachable for folded input
	}
	// A final h after a vowel is silent (Khalifeh, Dallah), and the vowel
	// before it is not mute; else a final e after a consonant is mute
	// (French Eltsine).
	s.finalH = false
	if s.n-first >= 2 && s.u[s.n-1].cls == 'H' && s.u[s.n-2].cls == 'a' && len(w) > 3 {
		s.n--
		s.finalH = true
	} else if s.n-first >= 2 && len(w) > 3 {
		last := &s.u[s.n-1]
		if last.cls == 'a' && last.nv == 1 && last.v[0] == 'e' && s.u[s.n-2].cls != 'a' {
			// Romanizations of Arabic and Turkish write a final i as e
			// (Wehbe for Wahbi), in names of 5 letters or more, where
			// two consonants before it say it is not French (Khine).
			k := len(w) - 1
			may := len(w) >= 5 && !isVowel(w[k-1]) && !isVowel(w[k-2]) && w[k-1] != w[k-2]
			if s.reads(flags, readEI, may) && may {
				last.v[0] = 'i'
			} else {
				s.n--
			}
		}
	}
}

// Thai has aspirated consonants that the Royal Thai General System
// writes ph, th, kh and other spellings write p, t, k (Kradumphon,
// Kradumporn), and says a syllable's final consonant as one of k, t, p, n,
// m: a final ร as n and a final ช as t, which spellings write from the
// letter (rn, ch) or from the sound (n, t): Udomdech, Udomdet. So with a
// final ล, said n and written l or n (มงคล Mongkol, Mongkhon; กุล in
// Sirikul, Sirikun; Bhumibol, Phumiphon), after o or u only, since English
// names end in -el and -al (Michael, Chantal); and with ศิลป์, whose final
// ป is silent, written silp or, as said, sin (ศิลปากร Silpakorn,
// Sinlapakon). Thai surnames are long; in words of 7 letters or more,
// thaiLetters reports whether w has such a letter.
func thaiLetters(w []byte) bool {
	if len(w) < 7 {
		return false
	}
	for i := range w {
		if _, _, n := thaiSpelling(w, i); n > 0 {
			return true
		}
	}
	return false
}

// thaiSpelling returns the consonant a Thai reading gives the letters at
// w[i], and how many letters it reads: ph as p; rn or ch ending the word
// after a vowel as n or t; l ending it after o or u, or lp after a vowel,
// as n. n is 0 when the letters read as elsewhere.
func thaiSpelling(w []byte, i int) (cls, fine byte, n int) {
	switch {
	case hasPrefix(w, i, "ph"):
		return 'P', 'p', 2
	case i+2 == len(w) && i > 0 && isVowel(w[i-1]) && hasPrefix(w, i, "rn"):
		return 'N', 'n', 2
	case i+2 == len(w) && i > 0 && isVowel(w[i-1]) && hasPrefix(w, i, "ch"):
		return 'D', 't', 2
	case i+1 == len(w) && i > 0 && (w[i-1] == 'o' || w[i-1] == 'u') && w[i] == 'l':
		return 'N', 'n', 1
	case i+2 == len(w) && i > 0 && isVowel(w[i-1]) && hasPrefix(w, i, "lp"):
		return 'N', 'n', 2
	}
	return 0, 0, 0
}

// appendKey appends the key symbols of s.
func (s *skel) appendKey(dst []byte) []byte {
	for i := 0; i < s.n; i++ {
		dst = append(dst, s.u[i].cls)
	}
	return dst
}

func (s *skel) keyEqual(t *skel) bool {
	if s.n != t.n {
		return false
	}
	for i := 0; i < s.n; i++ {
		if s.u[i].cls != t.u[i].cls {
			return false
		}
	}
	return true
}

// Key returns the matching key of a Latin-script name: a folded form under
// which spellings of one name in different romanizations tend to meet
// (q/k/g, dh/d/th, kh/h/ch, zh/j/dzh, y/i/j/ie, ou/u/oo, ph/f, doubled
// letters, vowels, apostrophes, hyphens, spaces, diacritics, al-/el- before a
// name). It is the key under the first reading of ambiguous letters ("ch" as
// in English, a word-initial "j" as in English); [Keys] adds the other
// readings. A name with no letters has the key "".
func Key(name string) string {
	var s skel
	parse(name, 0, &s)
	var buf [maxUnits]byte
	return string(s.appendKey(buf[:0]))
}

// readings returns the reading flags that matter for s.
func (s *skel) readings() int { return s.alts }

// Keys returns the keys of name under every reading of its ambiguous letters:
// the first is [Key](name); more follow when name has a "ch" that German
// reads as kh (Chruschtschow), a word-initial "j" that German and Slavic
// spellings read as y (Jelzin), a u or w after a vowel that may be a
// consonant or a vowel (Belarusian Karaeu, Polish-style Zimowsky), a glued
// article (Alshaer), an ou before a vowel that French writes for w
// (Anouar) or wu after one (Qaouk), a final aing that Burmese names write
// ine too (Khaing), a final e after two consonants that may be an i
// (Wehbe), a w after a consonant that may be uw (Sweid), a dj that
// Serbian and Croatian write d (Djordjevic), the l of Abdul before a sun
// letter, said and often written as that letter (Abdurrahman), in names
// of 5 letters or more an sy before a vowel that Indonesian and Malay
// write for sh (Syarif) or a g that Egyptian spellings write for the
// Arabic j (Gamal), a Lithuanian -as after -ev or -ov (Leontjevas), and,
// in names of 6 letters or more, an a before a sun letter that is the
// article (Ashami), from 7 letters a ph or final rn, ch, l or lp read as
// Thai p, n, t, n, n (Kradumphon, Udomdech, Mongkol), a zz that Persian and Urdu write for
// the Arabic dh (Kazzafi), a kh that other spellings write h
// (Berdymukhamedov, Berdimuhamedow), a c that Polish and Czech write for
// ts (Kuzniecow), a final -ic that is the Serbian and Croatian -ić,
// written -ich (Milosevitch), in names of 6 letters or more a dh that
// Persian, Urdu and Turkish write z (Kadhim, Kazim), or an h beside a
// consonant inside a word, which may be the ayn or hamza that other
// spellings leave out (Jumha, Juma; only [MatchUnlisted] reads it). A
// Burmese ht at the start of a word is always a t (Htun). Reading Dutch oe
// as u (Soeharto, from 6 letters) changes no key, only how near the vowels
// are. Most names have one key, few more than four. To find candidates,
// index names under all their Keys and look a word up under all of its
// Keys; confirm every candidate with [Match].
func Keys(name string) []string {
	var s skel
	parse(name, 0, &s)
	var buf [maxUnits]byte
	keys := make([]string, 1, 2)
	keys[0] = string(s.appendKey(buf[:0]))
	mask := limitReadings(s.readings())
	for f := -mask & mask; f != 0; f = (f - mask) & mask { // the readings in mask, in increasing order
		var t skel
		parse(name, f, &t)
		k := t.appendKey(buf[:0])
		dup := false
		for _, have := range keys {
			if have == string(k) {
				dup = true
				break
			}
		}
		if !dup {
			keys = append(keys, string(k))
		}
	}
	return keys
}

// GapKeys returns the keys one vowel away from name's [Keys]: with a vowel
// dropped or added between two consonants, under any reading of its
// letters (Fouaz, its ou read as w, is Fawaz without the a). [MatchUnlisted]
// pairs two names whose keys differ so (Abdelrahman, Abdlrahman); to find
// such candidates, look a word up under its GapKeys as well as its Keys.
func GapKeys(name string) []string {
	var out []string
	for _, k := range Keys(name) {
		for i := 1; i+1 < len(k); i++ {
			if k[i] == 'a' && k[i-1] != 'a' && k[i+1] != 'a' {
				out = appendNew(out, k[:i]+k[i+1:])
			}
		}
		for i := 1; i < len(k); i++ {
			if k[i-1] != 'a' && k[i] != 'a' {
				out = appendNew(out, k[:i]+"a"+k[i:])
			}
		}
	}
	return out
}

// appendNew appends k to keys unless keys holds it.
func appendNew(keys []string, k string) []string {
	if slices.Contains(keys, k) {
		return keys
	}
	return append(keys, k)
}

// vowelCost is the cost of writing vowel a where the other spelling has b:
// 0.5 for vowels that romanizations and unstressed syllables confuse
// (a/e, e/i, o/u, a/o), 1 otherwise.
//
// In a name romanized from Arabic or Persian (abjad), whose scripts write
// short vowels rarely, any two of a, i and u cost 0.5 too (Qatarji,
// Qatirji).
func vowelCost(a, b byte, abjad bool) float64 {
	if a == b {
		return 0
	}
	if a > b {
		a, b = b, a
	}
	switch uint16(a)<<8 | uint16(b) {
	case 'a'<<8 | 'e', 'e'<<8 | 'i', 'o'<<8 | 'u', 'a'<<8 | 'o', 'e'<<8 | 'o':
		return 0.5
	case 'a'<<8 | 'i', 'a'<<8 | 'u', 'i'<<8 | 'u':
		if abjad {
			return 0.5
		}
	}
	return 1
}

// runCost is a weighted edit distance between two normalised vowel runs:
// substitution by vowelCost, insertion or deletion 0.5, but ie for e a
// quarter (see slavicE).
func runCost(a, b []byte, abjad bool) float64 {
	if string(a) == string(b) {
		return 0
	}
	if slavicE(a, b) || slavicE(b, a) {
		return 0.25
	}
	var prev, cur [5]float64
	for j := 0; j <= len(b); j++ {
		prev[j] = 0.5 * float64(j)
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = 0.5 * float64(i)
		for j := 1; j <= len(b); j++ {
			v := prev[j-1] + vowelCost(a[i-1], b[j-1], abjad)
			if d := prev[j] + 0.5; d < v {
				v = d
			}
			if d := cur[j-1] + 0.5; d < v {
				v = d
			}
			cur[j] = v
		}
		prev = cur
	}
	return prev[len(b)]
}

// slavicE reports whether a is ie and b is e: the Cyrillic е, which
// some romanizations write ye after a consonant (Hubaryev, Gubarev).
func slavicE(a, b []byte) bool { return string(a) == "ie" && string(b) == "e" }

// slavicYo reports whether u, a vowel run after a consonant, is yo or jo
// and v is e: the Cyrillic ё, which Russian mostly prints as е, and
// romanizations then write e (Artyom, Artem; Fyodor, Fedor). An io of two
// vowels is another name (Marion is not Maren).
func slavicYo(u, v *unit) bool { return u.yo && v.nv == 1 && v.v[0] == 'e' }

// longI returns the run v with ie or ei as i, and with the English ea
// as i in a spelling marked as Arabic (marked: Al-Fageah for Al-Faqih;
// not Keane beside Gheen).
func longI(v []byte, marked bool) []byte {
	if string(v) == "ie" || string(v) == "ei" || marked && string(v) == "ea" {
		return runI
	}
	return v
}

var runI = []byte{'i'}

// consCost is the cost of spelling a consonant of one class differently.
// The spellings (unit.f) by class:
//
//	K  k: k ck cc, Q: c, q: q, g: g gh, x: kh, X: ch read as kh
//	H  h: h, g: g read as h, x: kh read as h
//	D  d: d, t: t, h: dh, T: th, Z: z read as dh
//	S  s: s c(soft), t: ts tz, z: z dz, dh read as z
//	C  s: sh sch sz, c: ch, C: tch tsch cz, j: j dzh dj, J: zh, G: g read as j
//	V  v: v w ff, u: u read as v
//
// Spellings of one sound cost 0 (d/dh, ch/tch, j/zh, v/w, German z for ts,
// and g read as Ukrainian h or as the Egyptian g for j, zz as dh or kh as
// h, whose costs are paid once per name: see readingCost; the Egyptian g
// is the Arabic jim, not the zh of Russian or Chinese names); the letters
// Arabic and Slavic romanizations trade cost a quarter (q/k/g, c/k, th/dh,
// kh for German ch, French ch for sh, z for th) or a half (k/g, kh/k, and
// d/th, which in names of 7 letters or more, long, costs a quarter:
// Kathafi, Gaddafi; in shorter ones it is often another name: Ethan,
// Edan); anything else (a real difference of voice or sound: t/d, sh/zh)
// 0.75.
func consCost(a, b byte, long bool) float64 {
	if a == b {
		return 0
	}
	if a > b {
		a, b = b, a
	}
	switch uint16(a)<<8 | uint16(b) {
	case 'T'<<8 | 'd':
		if long {
			return 0.25
		}
		return 0.5
	case 'd'<<8 | 'h', 'C'<<8 | 'c', 'u'<<8 | 'v', 't'<<8 | 'z', 'g'<<8 | 'h', 'Z'<<8 | 'h', 'Z'<<8 | 'd', 'h'<<8 | 'x',
		'J'<<8 | 'j', 'G'<<8 | 'j':
		return 0
	case 'g'<<8 | 'q', 'k'<<8 | 'q', 'Q'<<8 | 'k', 'Q'<<8 | 'q', 'T'<<8 | 'h', 'T'<<8 | 't',
		'X'<<8 | 'x', 'c'<<8 | 's', 's'<<8 | 'z', 'T'<<8 | 'Z':
		return 0.25
	case 'g'<<8 | 'k', 'k'<<8 | 'x', 'g'<<8 | 'x', 'q'<<8 | 'x', 'Q'<<8 | 'g', 's'<<8 | 't', 'h'<<8 | 't':
		return 0.5
	}
	return 0.75
}

// distance sums the vowel and consonant costs over the aligned units of two
// skeletons with equal keys; abjad says whether a, i and u are short vowels
// (see vowelCost).
func distance(s, t *skel, abjad bool) float64 {
	d := 0.0
	long := min(s.letters, t.letters) >= 7
	for i := 0; i < s.n; i++ {
		if s.u[i].cls == 'a' {
			a, b := s.u[i].v[:s.u[i].nv], t.u[i].v[:t.u[i].nv]
			if abjad && i == s.n-2 && s.u[i+1].cls != 'a' || finalLongI(s, t, i) {
				// Before the final consonant of a name romanized from
				// Arabic or Persian, ie, ei and ea are a long i, as i
				// is (Aqil, Akiel); elsewhere they are English or
				// French (Callie, Thierry, Reagan).
				a, b = longI(a, s.abjad), longI(b, t.abjad)
			}
			if i > 0 && (slavicYo(&s.u[i], &t.u[i]) || slavicYo(&t.u[i], &s.u[i])) {
				d += 0.25
				continue
			}
			d += runCost(a, b, abjad)
		} else {
			d += consCost(s.u[i].f, t.u[i].f, long)
		}
	}
	return d
}

// finalLongI reports whether the vowel run i of s and t is the long i
// before a final h that both spellings write (Al-Faqih, Al-Fageah): only
// when both are marked as Arabic, for ieh and eh are more often the
// Persian feminine ending (Fathiyeh, Tahereh) than a long i and h.
func finalLongI(s, t *skel, i int) bool {
	return i == s.n-1 && s.finalH && t.finalH && s.abjad && t.abjad
}

// readingCost is what reading letters otherwise costs a name: each of
// these readings is one choice of language for the whole name, paid once
// however many letters it changes (Hryhoriy for Grigoriy reads every g as
// h). The others cost only what their letters do.
func readingCost(flags int) float64 {
	d := 0.0
	for _, r := range readingCosts {
		if flags&r.flag != 0 {
			d += r.cost
		}
	}
	return d
}

// readingCosts are the readings readingCost charges for, and what each
// costs.
var readingCosts = []struct {
	flag int
	cost float64
}{
	{readGH, 0.5},
	{readZD, 0.25},
	{readKhH, 0.25},
	{readThai, 0.5}, // Stephen is not Stepan
	{readDhZ, 0.25},
	{readHAyn, 0.5},
	{readSySh, 0.25},
	{readGJ, 0.25},
}

// allowance is the distance two spellings may have and still match, by the
// letters of the shorter: a quarter (q for g) under 5 letters, since Bell and
// Ball are two names; then a half (one near vowel, Gheddafi), three quarters
// from 7 letters and one from 9.
func allowance(letters int) float64 {
	switch {
	case letters < 5:
		return 0.25
	case letters < 7:
		return 0.5
	case letters < 9:
		return 0.75
	}
	return 1
}

// Match reports whether a and b are plausibly two spellings of one name, with
// a similarity score in [0,1] for ranking (1 for the same key and spelling).
// The two must share a key (under some reading, see [Keys]) and then be close
// on the whole name: letters of one class may differ only where
// romanizations differ (q/g, dh/th, ch/tch), and vowels only a little, less
// for short names. Match is symmetric.
func Match(a, b string) (score float64, ok bool) {
	return match(a, b, false)
}

// MatchUnlisted is [Match] for two names that no dictionary lists: most
// such names in the news are romanized from scripts that write few vowels
// (Arabic, Persian, Somali, Burmese), and spellings of one name differ in
// several vowels (Turjuman, Tarjaman; Aweys, Uways) where spellings of two
// English names differ in one (Williams, Walliams). Any two of a, i and u
// cost a half, as in a name with an Arabic article, and from 5 letters the
// two may be a half further apart than Match allows, as written or with kh
// read as h (Rakhim, Raham), or, between two names marked as Arabic, an h
// read as the ayn; no other reading. An h beside a consonant may be the
// ayn or hamza that the other spelling leaves out, at a cost of a half
// (Nahman, Na'man). A vowel written
// between two consonants in one spelling only (Zaharan, Zahran; Fouaz,
// Fawaz, its ou read as w) costs a half: for short names it may be the
// only difference, or with a letter romanizations of Arabic trade when a
// spelling is marked as Arabic (Qadri, Kaderi), and under 5 letters only
// when both spellings are marked as Arabic, a glued article too
// (Albaker, Al-Bakr). See [GapKeys].
func MatchUnlisted(a, b string) (score float64, ok bool) {
	return match(a, b, true)
}

func match(a, b string, unlisted bool) (score float64, ok bool) {
	var s, t skel
	parse(a, 0, &s)
	parse(b, 0, &t)
	if s.n == 0 || t.n == 0 {
		return 0, false
	}
	letters := min(s.letters, t.letters)
	limit := allowance(letters)
	if letters < 5 && s.abjad && t.abjad {
		// Short names romanized from Arabic or Persian, both spellings
		// say so (an article, q, dh, gh), may differ in one vowel: the
		// scripts write it as a letter or not at all (Al-Rimi, Al-Raimi).
		limit = allowance(5)
	}
	best := -1.0
	loose := false // matched as two unlisted names
	if s.keyEqual(&t) {
		best = distance(&s, &t, s.abjad || t.abjad)
		if unlisted && letters >= 5 && best > limit && sameEnding(&s, &t) {
			// Only the names as written, not other readings of their
			// letters (Kaniv read as Kaniu), may differ this much.
			if d := distance(&s, &t, true); d <= limit+0.5 {
				best, loose = d, true
			}
		}
	}
	ms, mt := s.readings(), t.readings()
	var xs, ys []skel // the skeletons under every reading, when needed
	readAll := func() {
		if xs == nil {
			xs, ys = alternatives(a, &s, ms), alternatives(b, &t, mt)
		}
	}
	if best != 0 && ms|mt != 0 {
		readAll()
		for i := range xs {
			for j := range ys {
				if (xs[i].flags|ys[j].flags)&readHAyn != 0 && !unlisted {
					continue // only two names no dictionary lists
				}
				if (i|j) != 0 && xs[i].keyEqual(&ys[j]) {
					// Two unlisted names count a, i and u as short
					// vowels under any reading (Hejeij, Hajij with j
					// a consonant), though only as written may they
					// be further apart than Match allows.
					d := distance(&xs[i], &ys[j], xs[i].abjad || ys[j].abjad)
					if unlisted {
						d = min(d, distance(&xs[i], &ys[j], true))
					}
					rc := readingCost(xs[i].flags | ys[j].flags)
					d += rc
					fl := xs[i].flags | ys[j].flags
					onlyKhH := fl&^readKhH == 0 || fl&^(readKhH|readHAyn) == 0 && xs[i].abjad && ys[j].abjad
					if unlisted && onlyKhH && rc > 0 && letters >= 5 && d > limit && d <= limit+0.5 &&
						sameEnding(&xs[i], &ys[j]) {
						// Reading kh as h, a choice of language for
						// the whole name (Rakhim, Raham), is paid
						// for; the vowels may then differ as the
						// names as written may. So is an h read as
						// the ayn between two names marked as Arabic
						// (Al-Nahmani, Al-Nu'mani), not elsewhere,
						// where it is often German (Kuhlmann is not
						// Kalman); nor other readings (Gosei, g
						// read as h, is not Hussey).
						if best < 0 || d < best || best > limit && !loose {
							best, loose = d, true
						}
						continue
					}
					if best < 0 || d < best {
						best = d
					}
				}
			}
		}
	}
	if best < 0 && unlisted && sameEnding(&s, &t) {
		// A vowel written between two consonants in one spelling only
		// (Abdelrahman, Abdlrahman; Fouaz, Fawaz with its ou read as
		// w): it costs what inserting it costs, and the reading what
		// it costs. A name under 5 letters may differ so only when
		// both spellings are marked as Arabic (Albaker, Al-Bakr); one
		// of 5 or 6 letters by the gap alone, or by the gap and a
		// letter romanizations of Arabic trade when a spelling is
		// marked as Arabic (Qadri, Kaderi).
		gapLimit := max(limit, allowance(5)) // short names: the gap and nothing else
		if letters >= 7 {
			gapLimit += 0.5
		}
		readAll()
		for i := range xs {
			for j := range ys {
				u, v := &xs[i], &ys[j]
				if u.n < v.n {
					u, v = v, u
				}
				if letters < 5 && !(u.abjad && v.abjad) {
					continue
				}
				if g, ok := withGap(u, v); ok {
					diminutive(u, &g)
					d := distance(u, &g, true) + readingCost(xs[i].flags|ys[j].flags)
					lim := gapLimit
					if letters >= 5 && letters < 7 && (u.abjad || v.abjad) {
						lim += 0.25
					}
					if d <= lim && (best < 0 || d < best) {
						best, loose = d, true
					}
				}
			}
		}
	}
	if best < 0 {
		return keySimilarity(&s, &t), false
	}
	n := max(s.n, t.n)
	score = 1 - best/float64(n+1)
	if score < 0.5 {
		score = 0.5
	}
	return score, loose || best <= limit
}

// withGap returns t with an empty vowel run where s has a vowel run between
// two consonants that t lacks, if that makes their keys equal.
func withGap(s, t *skel) (skel, bool) {
	if s.n != t.n+1 {
		return skel{}, false
	}
	p := 0
	for p < t.n && s.u[p].cls == t.u[p].cls {
		p++
	}
	if p == 0 || p >= s.n-1 || s.u[p].cls != 'a' {
		return skel{}, false
	}
	g := *t
	copy(g.u[p+1:g.n+1], t.u[p:t.n])
	g.u[p] = unit{cls: 'a'}
	g.n++
	return g, s.keyEqual(&g)
}

// diminutive reads g, the shorter spelling with a gap where s has a vowel
// (see withGap), as the Levantine spelling of the Arabic diminutive
// CuCayC, which drops the first short vowel and says the diphthong ay as
// ei (Zreik for Zuraik, Qteish for Qutaish, Hweidi for Huwaidi): when the
// gap is s's first vowel, a u or i after the first consonant, and the
// next vowels are ai in one spelling and ei in the other, g takes s's
// spelling of the diphthong, so that the pair costs only the gap.
func diminutive(s, g *skel) {
	p := 1
	if s.n < 4 || s.u[0].cls == 'a' || g.u[p].nv != 0 || s.u[p].nv != 1 || s.u[p].v[0] != 'u' && s.u[p].v[0] != 'i' {
		return
	}
	a, b := &s.u[p+2], &g.u[p+2]
	if a.cls == 'a' && diphthongAy(a) && diphthongAy(b) {
		b.v, b.nv = a.v, a.nv
	}
}

// diphthongAy reports whether the vowel run u is ai or ei (y is read
// as i), as the Arabic diphthong ay is written.
func diphthongAy(u *unit) bool {
	return u.nv == 2 && (u.v[0] == 'a' || u.v[0] == 'e') && u.v[1] == 'i'
}

// sameEnding reports whether two skeletons with equal keys end alike: in
// the same consonant, or in the same vowel, or in one vowel that
// romanizations write two ways (o/u: Qansu, Kanso; e/i; and the Arabic
// final -a that Persian says and writes -eh: Fatima, Fatemeh; and the
// diphthong ay, written ai or ei: Al-Dulai, Al-Dlei). A final
// vowel is grammar in many languages (Bonda, Bondo; Robina, Rubino;
// Daniela, Daniele), not spelling.
func sameEnding(s, t *skel) bool {
	a, b := &s.u[s.n-1], &t.u[t.n-1]
	if a.cls != 'a' || a.v == b.v || diphthongAy(a) && diphthongAy(b) {
		return true
	}
	if a.nv == 0 || b.nv == 0 {
		return false
	}
	// The Persian -eh for the Arabic -a ends a run of vowels too: the
	// feminine -iyya written -iyeh (Fathiyeh, Fatheya).
	if la, lb := a.v[a.nv-1], b.v[b.nv-1]; min(la, lb) == 'a' && max(la, lb) == 'e' {
		if la == 'e' {
			return s.finalH
		}
		return t.finalH
	}
	if a.nv != 1 || b.nv != 1 {
		return false
	}
	x, y := min(a.v[0], b.v[0]), max(a.v[0], b.v[0])
	return x == 'o' && y == 'u' || x == 'e' && y == 'i'
}

// TradesLetters reports whether a and b differ in a letter that
// romanizations of Arabic, Persian and the Turkic and Slavic languages
// trade, and ordinary Western names rarely do: q, or the digraphs kh, dh,
// gh, zh (Qaddafi/Gaddafi, Khodorkovsky/Hodorkovsky); or whether they differ
// only in a u written the French way, ou, before a consonant after the
// first syllable (Mahmoud/Mahmud, Mansour/Mansur, Strasbourg/Strasburg;
// in the first syllable, English names differ so: Houston, Huston), or
// only in vowels as romanizations of Arabic and Persian write them
// (Kareem/Karim, Ebrahim/Ibrahim, Hussein/Husayn: see abjadVowels),
// or only in ks for x or a final -ei/-ey, -iy/-y (Aleksei/Alexei,
// Andrei/Andrey: see slavicSpelling). Louise/Luiz and Catherine/Katherine differ too, but in
// letters any two names may; a checker can take the first kind of pair for one name even
// when a dictionary knows both spellings.
func TradesLetters(a, b string) bool {
	return tradedLetters(a) != tradedLetters(b) || onlyFrenchU(a, b) ||
		differOnlyBy(abjadVowels, a, b) || differOnlyBy(slavicSpelling, a, b)
}

// differOnlyBy reports whether a and b, folded, differ but write alike
// once norm has rewritten each (into the buffer it is given).
func differOnlyBy(norm func(w []byte, buf *[maxFold]byte) []byte, a, b string) bool {
	var fa, fb [maxFold]byte
	x, y := fa[:foldASCII(a, &fa)], fb[:foldASCII(b, &fb)]
	if string(x) == string(y) {
		return false
	}
	var ux, uy [maxFold]byte
	return string(norm(x, &ux)) == string(norm(y, &uy))
}

// slavicSpelling writes w into buf with what romanizations of Russian and
// the other Cyrillic languages write two ways, and English names do not,
// written one way: ks as x (Aleksei, Alexei), and the й of a word's final
// -ей, -ий (Andrei, Andrey; Dmitriy, Dmitry): final ey as ei, and final iy,
// ii or yy after a consonant as y.
func slavicSpelling(w []byte, buf *[maxFold]byte) []byte {
	out := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		end := i+2 == len(w) || i+2 < len(w) && w[i+2] == ' '
		switch {
		case c == 'k' && i+1 < len(w) && w[i+1] == 's':
			c = 'x'
			i++
		case end && c == 'e' && w[i+1] == 'y':
			out = append(out, 'e')
			c = 'i'
			i++
		case end && (c == 'i' || c == 'y') && (w[i+1] == 'y' || w[i+1] == 'i') && i > 0 && !isVowel(w[i-1]):
			c = 'y'
			i++
		}
		out = append(out, c)
	}
	return out
}

// abjadVowels writes w into buf with the vowels that romanizations of
// Arabic, Persian and Urdu write several ways, and English names seldom
// do, written one way: a long vowel doubled, ee as i and oo as u (Kareem,
// Karim; Mansoor, Mansur); the Persian and Urdu e for a short i, a word's
// first e or i before two different consonants, as i (Ebrahim, Ibrahim;
// not Allen, Ellen, before a doubled one); their e for a short a or i
// before an h that closes a syllable, a first i too, as a (Ehsan, Ahsan,
// Ihsan; Mehdi, Mahdi); and the diphthong ay written ay, ai or ei before a
// consonant after the first syllable as ai (Husayn, Hussain, Hussein; in
// the first, English names differ so: Rainer, Reiner).
func abjadVowels(w []byte, buf *[maxFold]byte) []byte {
	out := buf[:0]
	consonant := func(i int) bool { return i < len(w) && w[i] != ' ' && !isVowel(w[i]) }
	later := false // a vowel and then a consonant of this word are behind: the first syllable is
	for i := 0; i < len(w); i++ {
		c := w[i]
		start := i == 0 || w[i-1] == ' '
		if start {
			later = false
		} else if consonant(i) && isVowel(w[i-1]) {
			later = true
		}
		switch {
		case later && (c == 'a' || c == 'e') && i+1 < len(w) && (w[i+1] == 'i' || w[i+1] == 'y') && consonant(i+2):
			out = append(out, 'a') // Husayn, Hussain, Hussein
			c = 'i'
			i++
		case c == 'e' && i+1 < len(w) && w[i+1] == 'e':
			c = 'i'
			i++
		case c == 'o' && i+1 < len(w) && w[i+1] == 'o':
			c = 'u'
			i++
		case (c == 'e' || start && c == 'i') && i+1 < len(w) && w[i+1] == 'h' && consonant(i+2):
			c = 'a' // Ehsan, Ihsan, Ahsan
		case start && (c == 'e' || c == 'i') && consonant(i+1) && consonant(i+2) && w[i+1] != w[i+2]:
			c = 'i'
		}
		out = append(out, c)
	}
	return out
}

// onlyFrenchU reports whether a and b differ only in ou for u, where
// frenchU reads it, and perhaps a final y for i (Khoury, Khuri).
func onlyFrenchU(a, b string) bool {
	var fa, fb [maxFold]byte
	x, y := fa[:foldASCII(a, &fa)], fb[:foldASCII(b, &fb)]
	var ux, uy [maxFold]byte
	nx, cx := frenchU(x, &ux)
	ny, cy := frenchU(y, &uy)
	return cx != cy && string(nx) == string(ny)
}

// frenchU writes w into buf with each ou that is before a consonant and
// after the first vowel of its word read as u, in the first syllable too
// if w has a letter romanizations of Arabic trade but English does not
// write (Khoury: q, kh, dh, zh), and a final y
// as i. It returns the result and how many ou it read.
func frenchU(w []byte, buf *[maxFold]byte) ([]byte, int) {
	out := buf[:0]
	n := 0
	const gh = 1 << 3 // English writes gh too (Houghton)
	arabic := tradedLetters(string(w))&^gh != 0
	vowelSeen := false // a vowel and then a consonant: the first syllable is behind
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == ' ':
			vowelSeen = false
		case c == 'o' && (vowelSeen || arabic) && i > 0 && i+2 < len(w) && w[i+1] == 'u' && w[i+2] != ' ' &&
			!isVowel(w[i+2]) && !isVowel(w[i-1]):
			n++
			continue
		case !isVowel(c) && i > 0 && isVowel(w[i-1]):
			vowelSeen = true
		}
		out = append(out, c)
	}
	if k := len(out) - 1; k > 0 && out[k] == 'y' {
		out[k] = 'i'
	}
	return out, n
}

// MarkedArabic reports whether name is marked as a romanization of Arabic
// or Persian by how it is written: an article before another word
// (Al-Hayashi), or q, kh, dh, gh or zh, which romanizations trade and
// English names seldom hold.
func MarkedArabic(name string) bool {
	if tradedLetters(name) != 0 {
		return true
	}
	var s skel
	parse(name, 0, &s)
	return s.abjad
}

// tradedLetters returns a bit for each of q, kh, dh, gh and zh that the
// folded name holds.
func tradedLetters(name string) uint8 {
	var buf [maxFold]byte
	f := buf[:foldASCII(name, &buf)]
	var m uint8
	for i, d := range [...]string{"q", "kh", "dh", "gh", "zh"} {
		if bytes.Contains(f, []byte(d)) {
			m |= 1 << i
		}
	}
	return m
}

// alternatives returns the skeletons of name under every reading in mask
// (limited by limitReadings), the first being s itself.
func alternatives(name string, s *skel, mask int) []skel {
	mask = limitReadings(mask)
	out := make([]skel, 1, 1<<bits.OnesCount(uint(mask)))
	out[0] = *s
	for f := -mask & mask; f != 0; f = (f - mask) & mask { // the readings in mask, in increasing order
		out = append(out, skel{})
		parse(name, f, &out[len(out)-1])
	}
	return out
}

// maxReadings bounds the ambiguous features of one name that are read both
// ways, so that a name full of them costs at most 2^maxReadings parses.
const maxReadings = 4

// limitReadings keeps the first maxReadings flags of mask.
func limitReadings(mask int) int {
	for bits.OnesCount(uint(mask)) > maxReadings {
		mask &^= 1 << (bits.Len(uint(mask)) - 1)
	}
	return mask
}

// keySimilarity ranks pairs whose keys differ: 1 - (edit distance between
// the keys) / (longer key), at most 0.49 so that any match ranks above it.
func keySimilarity(s, t *skel) float64 {
	var prev, cur [maxUnits + 1]int
	for j := 0; j <= t.n; j++ {
		prev[j] = j
	}
	for i := 1; i <= s.n; i++ {
		cur[0] = i
		for j := 1; j <= t.n; j++ {
			v := prev[j-1]
			if s.u[i-1].cls != t.u[j-1].cls {
				v++
			}
			v = min(v, prev[j]+1, cur[j-1]+1)
			cur[j] = v
		}
		prev = cur
	}
	d := prev[t.n]
	sim := 1 - float64(d)/float64(max(s.n, t.n))
	return max(0, min(sim, 1)) * 0.49
}

// isLatinName reports whether s has a letter and all its letters are Latin.
func isLatinName(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
				return false
			}
			has = true
		}
	}
	return has
}
