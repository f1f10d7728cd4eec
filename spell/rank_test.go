package spell

import (
	"strings"
	"testing"
)

func TestSoundKey(t *testing.T) {
	alike := []struct{ a, b string }{
		{"knver", "never"},       // a silent k
		{"mounth", "month"},      // a vowel more
		{"billding", "building"}, // vowels do not count; a double is one sound
		{"hered", "heard"},       // an h and the vowels drop out
		{"claimes", "claims"},
		{"fone", "phone"}, // ph is f
		{"sity", "city"},  // a soft c is s
		{"kat", "cat"},    // a hard c is k
	}
	for _, tt := range alike {
		if ka, kb := soundKey(tt.a), soundKey(tt.b); ka != kb {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q: want them alike", tt.a, ka, tt.b, kb)
		}
	}
	unlike := []struct{ a, b string }{
		{"billding", "billing"}, // a sound less
		{"intented", "invented"},
		{"claimes", "claimed"},
		{"hered", "here"},
		{"mounth", "mouth"},
	}
	for _, tt := range unlike {
		if ka, kb := soundKey(tt.a), soundKey(tt.b); ka == kb {
			t.Errorf("soundKey(%q) = soundKey(%q) = %q: want them apart", tt.a, tt.b, ka)
		}
	}
}

// TestSuggestionEvidence checks the evidence that orders a misspelling's
// suggestions, each both ways, on the embedded default.
func TestSuggestionEvidence(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct {
		name, text, word, want string
	}{
		{"a word said like the misspelling goes before one a letter off", "The new billding opened in March.", "billding", "building"},
		{"a word said like it goes before a commoner one", "She claimes the prize today.", "claimes", "claims"},
		{"a far commoner word of the same sound stays first", "The boaut left the harbour.", "boaut", "about"},
		{"the word the text writes beside the same word goes first", "The first sold for pounds 2m. The second sold for ponud 3m.", "ponud", "pounds"},
		{"without such a pair the nearer word stays first", "The second painting sold for ponud 3m.", "ponud", "pound"},
		{"a pair across a full stop is no evidence", "He paid in pounds. 3m were spent, and ponud 3m more.", "ponud", "pound"},
		{"a function word beside it is no evidence", "He weighed the pounds of the ponud of flour.", "ponud", "pound"},
		{"a letter dropped before the ending goes before one added at the end", "It was soley a matter of time.", "soley", "solely"},
		{"a letter doubled goes before a vowel changed", "In the preceeding year it fell.", "preceeding", "preceding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			var msg string
			for _, f := range c.Check("t.txt", []byte(tt.text)) {
				if f.Word == tt.word {
					got, msg = f.Suggestions, f.Message
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%q in %q: suggestions %q, want %q first", tt.word, tt.text, got, tt.want)
			}
			if want := misspelledMessage(tt.word, tt.want); msg != want {
				t.Errorf("%q in %q: message %q, want %q", tt.word, tt.text, msg, want)
			}
		})
	}
}

func TestNeighbours(t *testing.T) {
	tests := []struct {
		text, word, before, after string
	}{
		{"sold for ponud 100,000 in", "ponud", "for", "#"},
		{"it was, ponud. Then", "ponud", "", ""},
		{"ponud", "ponud", "", ""},
		{"The\tPonud  Sterling", "Ponud", "the", "sterling"},
		{"a (ponud) b", "ponud", "", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		b, a := neighbours([]byte(tt.text), i, i+len(tt.word))
		if b != tt.before || a != tt.after {
			t.Errorf("neighbours of %q in %q = %q, %q; want %q, %q", tt.word, tt.text, b, a, tt.before, tt.after)
		}
	}
}

// wordPairs is countPairs the plain way: every pair of words of text (in
// lower case, parted by spaces alone) of which one is a word of want, and
// the uses of each word of want.
func wordPairs(text []byte, want map[string]bool) (pairs map[[2]string]int, uses map[string]int) {
	pairs, uses = map[[2]string]int{}, map[string]int{}
	prev, prevEnd := "", -1
	for i := 0; i < len(text); {
		if !contextByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && contextByte(text[j]) {
			j++
		}
		w := contextWord(text[i:j])
		if want[w] {
			uses[w]++
		}
		if prevEnd > 0 && text[prevEnd-1] != '.' && text[prevEnd-1] != ',' && spacesOnly(text[prevEnd:i]) && (want[prev] || want[w]) {
			pairs[[2]string{prev, w}]++
		}
		prev, prevEnd = w, j
		i = j
	}
	return pairs, uses
}

// countAsked runs countPairs asking for every pair wordPairs found and a
// few it did not, and the uses of want.
func countAsked(text []byte, want map[string]bool, plain map[[2]string]int) (map[[2]string]int, map[string]int) {
	pairs, uses := map[[2]string]int{}, map[string]int{}
	for p := range plain {
		pairs[p] = 0
	}
	for w := range want {
		uses[w] = 0
		pairs[[2]string{"", w}] = 0
		pairs[[2]string{w, "never"}] = 0
	}
	countPairs(text, pairs, uses)
	return pairs, uses
}

func TestCountPairs(t *testing.T) {
	text := []byte("Pounds 2m here, pounds 3m there. The pound rose; pounds. 4m '' pounds")
	want := map[string]bool{"pounds": true}
	plain, plainUses := wordPairs(text, want)
	pairs, uses := countAsked(text, want, plain)
	if got := pairs[[2]string{"pounds", "#"}]; got != 2 {
		t.Errorf(`pairs["pounds" "#"] = %d, want 2 (not across the full stop)`, got)
	}
	if got := uses["pounds"]; got != 4 {
		t.Errorf(`uses["pounds"] = %d, want 4`, got)
	}
	if got := pairs[[2]string{"", "pounds"}]; got != 1 {
		t.Errorf(`pairs["" "pounds"] = %d, want 1 (after '', a word of no letters)`, got)
	}
	for p, n := range pairs {
		if n != plain[p] {
			t.Errorf("pair %q: counted %d, the plain way %d", p, n, plain[p])
		}
	}
	if uses["pounds"] != plainUses["pounds"] {
		t.Errorf("uses %d, the plain way %d", uses["pounds"], plainUses["pounds"])
	}
}

// TestWordsOutsideEnglish checks the words a text uses that are not
// English: a term quoted alone, mentioned rather than used, and a short
// particle between two capitalised words of a foreign name; and that a
// slip of a common word is flagged in either place.
func TestWordsOutsideEnglish(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct {
		name, text string
		flagged    bool
	}{
		{"a word quoted alone is mentioned, not used", "In Brazil a ballboy is called a 'zandula' to this day.", false},
		{"in double or curly quotes too", "In Brazil a ballboy is called a \u201czandula\u201d to this day.", false},
		{"a slip of a common word is flagged in quotes", "They called it a 'goverment' of all talents.", true},
		{"a word in a quoted phrase is used, not mentioned", "He said 'the zandula ran' and left.", true},
		{"unmatched marks are no quotation", "They called it a 'zandula\u201d and left.", true},
		{"a German firm's particle", "He sold his stake in Fichtel und Sachs last year.", false},
		{"a particle across a line break and after a hyphen", "Shares of Vereins-\nund Westbank fell; Dieter zur\nLoye spoke.", false},
		{"a swap of a common word between capitals", "He sold his stake in Fichtel adn Sachs last year.", true},
		{"a short unknown word between lower-case words", "He sold his stake und left.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := c.Check("t.txt", []byte(tt.text))
			if got := len(fs) > 0; got != tt.flagged {
				t.Errorf("%q: findings %v, want flagged %v", tt.text, fs, tt.flagged)
			}
		})
	}
}

// FuzzContext asserts that the context scanners accept any text and span:
// the neighbours are words of the text or "#", and every pair counted has
// a wanted word, counted no more often than that word is used.
func FuzzContext(f *testing.F) {
	f.Add([]byte("sold for ponud 100,000 in"), 9, 14)
	f.Add([]byte("Pounds 2m here, pounds 3m. The pound"), 0, 6)
	f.Add([]byte("'gandula'"), 1, 8)
	f.Fuzz(func(t *testing.T, text []byte, start, end int) {
		if start < 0 || end < start || end > len(text) {
			return
		}
		before, after := neighbours(text, start, end)
		for _, w := range []string{before, after} {
			if w != "" && w != "#" && !strings.Contains(strings.ToLower(string(text)), w) {
				t.Fatalf("neighbour %q is not in %q", w, text)
			}
		}
		quotedAlone(text, start, end)
		particleOfName(text, start, end)
		want := map[string]bool{contextWord(text[start:end]): true}
		pairs, uses := wordPairs(text, want)
		asked, askedUses := countAsked(text, want, pairs)
		for p, n := range asked {
			if n != pairs[p] {
				t.Fatalf("pair %q: countPairs %d, the plain way %d", p, n, pairs[p])
			}
		}
		for w, n := range askedUses {
			if n != uses[w] {
				t.Fatalf("uses of %q: countPairs %d, the plain way %d", w, n, uses[w])
			}
		}
		for p, n := range pairs {
			w := p[0]
			if !want[w] {
				w = p[1]
			}
			if !want[w] || n > uses[w] {
				t.Fatalf("pair %q counted %d times, its wanted word %d", p, n, uses[w])
			}
		}
		soundKey(strings.ToLower(string(text)))
	})
}

// TestVocab numbers words through the table's growth, short and long,
// and finds each again, and no other.
func TestVocab(t *testing.T) {
	var v vocab
	var ws []string
	for i := range 3000 {
		w := randomWordN(i)
		if i%7 == 0 {
			w += "-and-a-long-tail" // more than 16 bytes: through the map
		}
		ws = append(ws, w)
		if id := v.add(w); id != int32(i) {
			t.Fatalf("add(%q) = %d, want %d", w, id, i)
		}
	}
	for i, w := range ws {
		if id := v.find([]byte(w)); id != int32(i) {
			t.Fatalf("find(%q) = %d, want %d", w, id, i)
		}
		if id := v.add(w); id != int32(i) {
			t.Fatalf("add(%q) again = %d, want %d", w, id, i)
		}
	}
	for _, w := range []string{"", "absent", "qaaaaaaaaaaaaaaaaaaaaaaa", "Q"} {
		if id := v.find([]byte(w)); id != -1 {
			t.Errorf("find(%q) = %d, want -1", w, id)
		}
	}
}
