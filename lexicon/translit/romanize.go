package translit

//go:generate go run ./internal/gentables -src ../../../shared/data/romanization

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Variant is one romanization of an original-script name.
type Variant struct {
	Text   string // the Latin spelling, e.g. "Bakijev"
	Scheme string // the scheme that made it, e.g. "ru-de" (German), "iso9", "icao", "bgnpcgn", ...
}

// Romanize returns the romanizations of s (any supported script; several
// words allowed) under every applicable scheme, de-duplicated by Text
// (keeping the first scheme), in a stable order. Latin input returns nil.
// Words keep their capitalisation (Бакиев -> Bakiyev, not BAKIYEV).
//
// Cyrillic is romanized as Russian under the iuliia schemes, the German and
// French conventions and BGN/PCGN, and also under the BGN/PCGN tables of
// Kyrgyz and Kazakh (whose names are often written in Russian letters); a
// letter that only Ukrainian, Belarusian, Serbian, Macedonian, Kazakh,
// Kyrgyz, Mongolian or Bulgarian uses brings in that language's tables (any
// table that cannot write every letter is skipped). Arabic, Persian and
// Pashto get BGN/PCGN and common news spellings; Greek, Georgian, Armenian
// and Hebrew BGN/PCGN. See [Schemes] for the scheme names.
func Romanize(s string) []Variant {
	s = dropFormat(s)
	sc := scriptOf(s)
	if sc == scriptNone {
		return nil
	}
	var out []Variant
	add := func(text, scheme string) {
		text = tidy(text, sc != scriptCyrillic && sc != scriptGreek && sc != scriptArmenian)
		if text == "" || !isLatinName(text) {
			return
		}
		for _, v := range out {
			if v.Text == text {
				return
			}
		}
		out = append(out, Variant{Text: text, Scheme: scheme})
	}
	switch sc {
	case scriptCyrillic:
		langs := cyrillicLangs(s)
		if langs["ru"] {
			for _, t := range iuliiaTables[:1] {
				add(t.apply(s), t.scheme)
			}
			for _, t := range handCyrillic {
				add(t.apply(s), t.scheme)
			}
			for _, t := range iuliiaTables[1:] {
				add(t.apply(s), t.scheme)
			}
		}
		for _, t := range cldrTables {
			if langs[t.lang] && t.covers(s) {
				add(t.apply(s), t.scheme)
			}
		}
	case scriptArabic:
		// BGN/PCGN writes only the vowels the text marks; unvocalised
		// names (as names nearly always are) get the news schemes alone.
		if strings.ContainsFunc(s, func(r rune) bool { return 0x64B <= r && r <= 0x650 }) {
			for _, t := range cldrTables {
				if (t.lang == "ar" || t.lang == "fa" || t.lang == "ps") && t.covers(s) {
					add(t.apply(s), t.scheme)
				}
			}
		}
		for _, t := range arabicNews {
			add(t.apply(s), t.scheme)
		}
	default:
		lang := map[int]string{scriptGreek: "el", scriptGeorgian: "ka", scriptArmenian: "hy", scriptHebrew: "he"}[sc]
		for _, t := range cldrTables {
			if t.lang == lang {
				// Unpointed shin: the table knows only shin and sin with their dots.
				add(strings.ReplaceAll(t.apply(s), "ש", "sh"), t.scheme)
			}
		}
	}
	return out
}

// Schemes returns the names of every scheme Romanize may report, in its order.
func Schemes() []string {
	var out []string
	out = append(out, iuliiaTables[0].scheme)
	for _, t := range handCyrillic {
		out = append(out, t.scheme)
	}
	for _, t := range iuliiaTables[1:] {
		out = append(out, t.scheme)
	}
	for _, t := range cldrTables {
		out = append(out, t.scheme)
	}
	for _, t := range arabicNews {
		out = append(out, t.scheme)
	}
	return out
}

// tidy drops the marks BGN/PCGN uses only to keep a romanization reversible
// (the middle dot between letters that would otherwise read as a digraph,
// the macron below that tells two Arabic letters apart) and normalises to NFC.
// Words of a caseless script (caseless) get a capital; a word that starts
// with a capital digraph and goes on in lower case (ZHeenbekov, from a
// letter whose case the rules judge by the next letter) is title-cased.
// dropFormat removes format characters, such as Persian's zero-width
// non-joiner (احمدی‌نژاد), which separate parts of one word that a Latin
// spelling writes together, and which no romanization table lists.
func dropFormat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

func tidy(s string, caseless bool) string {
	s = strings.NewReplacer("·", "", "\u0331", "").Replace(s)
	s = norm.NFC.String(strings.TrimSpace(s))
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(w)
		if caseless && len(rs) > 0 && !strings.HasPrefix(w, "al-") && !strings.HasPrefix(w, "el-") {
			rs[0] = unicode.ToUpper(rs[0])
		}
		if len(rs) > 2 && unicode.IsUpper(rs[0]) && unicode.IsUpper(rs[1]) && unicode.IsLower(rs[2]) {
			rs[1] = unicode.ToLower(rs[1])
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

const (
	scriptNone = iota
	scriptCyrillic
	scriptArabic
	scriptGreek
	scriptGeorgian
	scriptArmenian
	scriptHebrew
)

// scriptOf returns the first supported non-Latin script of s.
func scriptOf(s string) int {
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			return scriptCyrillic
		case unicode.Is(unicode.Arabic, r):
			return scriptArabic
		case unicode.Is(unicode.Greek, r):
			return scriptGreek
		case unicode.Is(unicode.Georgian, r):
			return scriptGeorgian
		case unicode.Is(unicode.Armenian, r):
			return scriptArmenian
		case unicode.Is(unicode.Hebrew, r):
			return scriptHebrew
		}
	}
	return scriptNone
}

// cyrillicLangs guesses which languages a Cyrillic name may be in from the
// letters only some of them use.
func cyrillicLangs(s string) map[string]bool {
	l := map[string]bool{}
	special := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'і':
			l["uk"], l["be"], l["kk"] = true, true, true
		case 'ї', 'є', 'ґ':
			l["uk"] = true
		case 'ў':
			l["be"] = true
		case 'ң', 'ө', 'ү':
			l["ky"], l["kk"], l["mn"] = true, true, true
		case 'ә', 'ғ', 'қ', 'ұ', 'һ':
			l["kk"] = true
		case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј':
			l["sr"], l["mk"] = true, true
		case 'ѓ', 'ќ', 'ѕ':
			l["mk"] = true
		case 'ѫ', 'ѣ':
			l["bg"] = true
		default:
			continue
		}
		special = true
	}
	if !special {
		l["ru"], l["ky"] = true, true
	}
	return l
}

// covers reports whether t can write every letter of s of its script.
func (t *cldrTable) covers(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) || unicode.Is(unicode.Latin, r) {
			continue
		}
		lr := unicode.ToLower(r)
		if !strings.ContainsRune(t.alphabet, r) && !strings.ContainsRune(t.alphabet, lr) {
			// The alphabet of the Arabic-script tables is listed decomposed
			// or by property; accept their script.
			if t.lang == "ar" || t.lang == "fa" || t.lang == "ps" {
				if unicode.Is(unicode.Arabic, r) {
					continue
				}
			}
			return false
		}
	}
	return true
}

// ---- iuliia engine ----

// apply romanizes s under the scheme, word by word, as the iuliia reference
// implementation does.
func (t *iuliiaTable) apply(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		t.word(&b, rs[i:j])
		i = j
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func (t *iuliiaTable) word(b *strings.Builder, w []rune) {
	stem := w
	var ending string
	var endRunes []rune
	if len(w) > 2 && t.ending != nil {
		endRunes = w[len(w)-2:]
		if e, ok := t.ending[strings.ToLower(string(endRunes))]; ok {
			stem = w[:len(w)-2]
			ending = e
		}
	}
	allUpper := len(w) > 1
	for _, r := range w {
		if !unicode.IsUpper(r) {
			allUpper = false
		}
	}
	for i, r := range stem {
		lc := string(unicode.ToLower(r))
		var prev, next string
		if i > 0 {
			prev = string(unicode.ToLower(stem[i-1]))
		}
		if i+1 < len(w) {
			next = string(unicode.ToLower(w[i+1]))
		}
		out, ok := t.prev[prev+lc]
		if !ok && t.vv != nil && i > 0 && i+1 < len(w) && isCyrVowel(stem[i-1]) && isCyrVowel(w[i+1]) {
			out, ok = t.vv[lc]
		}
		if !ok {
			out, ok = t.next[lc+next]
		}
		if !ok {
			out, ok = t.mapping[lc]
		}
		if !ok {
			out = string(r)
		} else if unicode.IsUpper(r) {
			out = matchCase(out, allUpper)
		}
		b.WriteString(out)
	}
	if ending != "" || endRunes != nil && len(stem) < len(w) {
		if unicode.IsUpper(endRunes[0]) {
			ending = matchCase(ending, allUpper)
		}
		b.WriteString(ending)
	}
}

// matchCase capitalises s (all of it if upper).
func matchCase(s string, upper bool) string {
	if upper {
		return strings.ToUpper(s)
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// ---- CLDR engine ----

func (t *cldrTable) has(set int32, r rune, inText bool) bool {
	st := &t.sets[-set-1]
	if !inText {
		return st.def
	}
	if strings.ContainsRune(st.in, r) {
		return true
	}
	// A rune the set does not list is outside it, unless the set is a
	// negated one (def) and the rune is no letter, mark or digit: a rune the
	// transform never mentions, such as a dash, still ends a word.
	return st.def && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsNumber(r)
}

func (t *cldrTable) elemMatch(e int32, r rune, inText bool) bool {
	if e >= 0 {
		return inText && rune(e) == r
	}
	return t.has(e, r, inText)
}

// apply romanizes s under the transform.
func (t *cldrTable) apply(s string) string {
	text := []rune(s)
	for _, p := range t.passes {
		if p.norm != "" {
			var f norm.Form
			switch p.norm {
			case "NFD":
				f = norm.NFD
			case "NFC":
				f = norm.NFC
			case "NFKD":
				f = norm.NFKD
			default:
				f = norm.NFKC
			}
			text = []rune(f.String(string(text)))
			continue
		}
		out := make([]rune, 0, len(text)*2)
		for i := 0; i < len(text); {
			matched := false
			for k := range p.rules {
				r := &p.rules[k]
				if t.matchRule(r, out, text, i) {
					out = append(out, []rune(r.rhs)...)
					i += len(r.lhs)
					matched = true
					break
				}
			}
			if !matched {
				out = append(out, text[i])
				i++
			}
		}
		text = out
	}
	return string(text)
}

func (t *cldrTable) matchRule(r *cldrRule, out, text []rune, i int) bool {
	if i+len(r.lhs) > len(text) {
		return false
	}
	for k, e := range r.lhs {
		if !t.elemMatch(e, text[i+k], true) {
			return false
		}
	}
	for k, e := range r.after {
		j := i + len(r.lhs) + k
		if j < len(text) {
			if !t.elemMatch(e, text[j], true) {
				return false
			}
		} else if !t.elemMatch(e, 0, false) {
			return false
		}
	}
	for k := range r.before {
		e := r.before[len(r.before)-1-k]
		j := len(out) - 1 - k
		if j >= 0 {
			if !t.elemMatch(e, out[j], true) {
				return false
			}
		} else if !t.elemMatch(e, 0, false) {
			return false
		}
	}
	return true
}
