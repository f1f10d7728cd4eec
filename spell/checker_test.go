package spell

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/lexcheck/lexcheck/lexicon"
)

// testChecker builds a checker from the small dictionary in testdata and
// the house lexicon given as text.
func testChecker(t testing.TB, house string) *Checker {
	t.Helper()
	f, err := os.Open("testdata/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dict, err := lexicon.LoadWordList(f, "testdata/words.tsv")
	if err != nil {
		t.Fatal(err)
	}
	h, err := lexicon.Load(strings.NewReader(house), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	return NewChecker(lexicon.Merge(h, dict), Options{})
}

// render shows findings one a line: "line:col kind word -> suggestions".
func render(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Pos.String())
		b.WriteString(" " + string(f.Kind) + " " + f.Word + " -> " + strings.Join(f.Suggestions, ",") + "\n")
	}
	return b.String()
}

func TestRules(t *testing.T) {
	tests := []struct {
		name, house, text, want string
	}{
		{"rejected variant outranks the dictionary", "Gaddafi !Qaddafi", "Qaddafi spoke",
			"1:1 rejected Qaddafi -> Gaddafi\n"},
		{"house spelling passes", "Gaddafi !Qaddafi", "Gaddafi spoke", ""},
		{"typo of a house name", "Bakiyev", "he met Bakivev",
			"1:8 name-variant Bakivev -> Bakiyev\n"},
		{"lower-case typo of a house name", "Bakiyev", "he met bakivev",
			"1:8 name-variant bakivev -> Bakiyev\n"},
		{"typo of an accepted alternative suggests that alternative", "Jalal-Abad | Jalal'abad", "he met in Jala'abad",
			"1:11 name-variant Jala'abad -> Jalal'abad\n"},
		{"a name two edits away is another name", "Bakiyev", "he met Kaliyev", ""},
		{"an unknown name is not an error", "", "he met Zhuparov", ""},
		{"names are not corrected into common words", "", "he met Opponentz", ""},
		{"misspelled word", "", "he met the oppenents",
			"1:12 misspelling oppenents -> opponents,opponent\n"},
		{"a lower-case slip of a common proper name", "", "he met the brittish",
			"1:12 misspelling brittish -> British\n"},
		{"compound of common words", "", "he said gameplay", ""},
		{"a hyphenated word written as one", "", "he said signup", ""},
		{"a slip of a hyphenated word written as one", "", "he said sgnup", "1:9 misspelling sgnup -> sign-up\n"},
		{"a compound that is one edit from a word is a typo", "", "he met feemale",
			"1:8 misspelling feemale -> female\n"},
		{"a word and a suffix, one edit from a word that starts otherwise", "", "he said wirelessly", ""},
		{"a compound one edit from a rare word", "", "he said writeback", ""},
		{"a word and a suffix, one edit from a word that starts alike", "", "he said quitely",
			"1:9 misspelling quitely -> quietly,quite\n"},
		{"majority spelling in the document", "", "Jalal'abad met Jalal'abad and Jala'abad",
			"1:31 inconsistent Jala'abad -> Jalal'abad\n"},
		{"no clear majority", "", "Horgan met Horan", ""},
		{"a common word's slip typed twice is no spelling to follow", "", "Tghe vote was lost. Tghe man said so. Thge vote was lost.",
			"1:1 misspelling Tghe -> The\n1:21 misspelling Tghe -> The\n1:39 misspelling Thge -> The\n"},
		{"names one vowel apart are two names", "", "Arjan met Arjan and Arjen", ""},
		{"a place and its adjective are two words", "", "Zorvia met Zorvia and the Zorvian", ""},
		{"a place with another letter added is a slip", "", "Zorvia met Zorvia and the Zorviak",
			"1:27 inconsistent Zorviak -> Zorvia\n"},
		{"acronyms are not words", "", "he met NATTO", ""},
		{"words without vowels are abbreviations", "", "he met Kbps and Mbps and Mbps", ""},
		{"[sic] marks a quoted spelling", "", "he said oppenents [sic]", ""},
		{"a letter run that gives no word is deliberate", "", "he said pleeease", ""},
		{"a letter run cut to two letters gives a word", "", "he met the stafff",
			"1:12 misspelling stafff -> staff\n"},
		{"a letter run in a doubled letter", "", "he met the acccount",
			"1:12 misspelling acccount -> account\n"},
		{"each letter run is cut", "", "he met the agreeement and carrried it",
			"1:12 misspelling agreeement -> agreement\n1:27 misspelling carrried -> carried\n"},
		{"a capitalised letter run is left to the name rules", "", "he met Stilll", ""},
		{"a word misspelled three times is still a slip of a common word", "", "the opponemts met. the opponemts said. the opponemts left.",
			"1:5 misspelling opponemts -> opponents,opponent\n1:24 misspelling opponemts -> opponents,opponent\n1:44 misspelling opponemts -> opponents,opponent\n"},
		{"an unknown word used three times with no common word near is deliberate", "", "the zorbing met. the zorbing said. the zorbing left.", ""},
		{"a word typed twice", "", "he said the the vote was lost", "1:9 repeated the the -> the\n"},
		{"a word typed twice at a sentence start", "", "The the vote was lost", "1:1 repeated The the -> The\n"},
		{"short words typed twice", "", "he met a a man to to vote", "1:8 repeated a a -> a\n1:16 repeated to to -> to\n"},
		{"a word typed three times is one finding", "", "he said the the the vote", "1:9 repeated the the -> the\n"},
		{"words doubled on purpose pass", "", "he had had that that bye bye", ""},
		{"a doubled name passes", "", "he met in Walla Walla", ""},
		{"a repeat across punctuation passes", "", "he said the, the vote", ""},
		{"a repeat across a line break passes", "", "he said the\nthe vote", ""},
		{"a word typed twice two spaces apart", "", "he said the  the vote", "1:9 repeated the  the -> the\n"},
		{"a cell repeated in a table passes", "", "Class    vote      vote       vote\nClass\tsaid\tsaid", ""},
		{"a repeat with a hyphenated second word passes", "", "he said the the-vote", ""},
		{"an unknown word used three times one slip from a rare word is deliberate", "", "he said whitebacks, whitebacks, whitebacks", ""},
		{"a capitalised article before a house name inside a sentence", "Gaddafi", "he met Al-Gaddafi",
			"1:8 name-variant Al-Gaddafi -> Gaddafi\n"},
		{"a capitalised article before a house name at a sentence's start", "Gaddafi", "He left. Al-Gaddafi spoke.", ""},
		{"possessive of a house name", "Bakiyev", "Bakiyev's opponents", ""},
		{"possessive of a typo flags the name only", "Bakiyev", "Bakivev's opponents",
			"1:1 name-variant Bakivev -> Bakiyev\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testChecker(t, tt.house)
			got := render(c.Check("", []byte(tt.text)))
			if got != tt.want {
				t.Errorf("%q\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestAcceptPerDocument(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	fs, _ := c.CheckDocument(Document{Src: []byte("he met Bakivev"), Accept: []string{"Bakivev"}})
	if len(fs) != 0 {
		t.Fatalf("accepted word flagged: %s", render(fs))
	}
}

// TestAcceptSplitName checks that accepting the word of a name that a
// house name of two words flags also accepts the pair it stands in:
// accepting "Sergey" must not leave "Sergey Lavrov" flagged instead.
func TestAcceptSplitName(t *testing.T) {
	c := testChecker(t, "Sergei Lavrov")
	src := []byte("Foreign Minister Sergey Lavrov spoke.")
	if fs, _ := c.CheckDocument(Document{Src: src}); render(fs) != "1:18 name-variant Sergey -> Sergei\n" {
		t.Fatalf("without Accept: %s", render(fs))
	}
	if fs, _ := c.CheckDocument(Document{Src: src, Accept: []string{"Sergey"}}); len(fs) != 0 {
		t.Errorf("Sergey accepted, still flagged: %s", render(fs))
	}
}

func TestProseMask(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	src := []byte("he met Bakivev `oppenents`")
	prose := []byte("he met Bakivev             ")
	fs, _ := c.CheckDocument(Document{Src: src, Prose: prose[:len(src)]})
	if got, want := render(fs), "1:8 name-variant Bakivev -> Bakiyev\n"; got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}

func TestPositionColumnsCountCodePoints(t *testing.T) {
	c := testChecker(t, "Bakiyev")
	src := []byte("Жалал-Абад said\nБакиев met Bakivev")
	fs := c.Check("a.txt", src)
	if len(fs) != 1 {
		t.Fatalf("got %s", render(fs))
	}
	f := fs[0]
	if f.Pos.Line != 2 || f.Pos.Column != 12 || f.End.Column != 19 || string(src[f.Pos.Offset:f.End.Offset]) != "Bakivev" {
		t.Fatalf("got %+v .. %+v", f.Pos, f.End)
	}
	if got := f.Pos.String(); got != "a.txt:2:12" {
		t.Fatalf("Pos.String() = %q", got)
	}
}

// TestTransliterationVariants checks the published spellings of one name
// against a house lexicon that knows only the house spelling.
func TestTransliterationVariants(t *testing.T) {
	c := testChecker(t, "Gaddafi\nYeltsin = Ельцин\nBakiyev = Бакиев\nKhrushchev = Хрущёв\nRoza Otunbayeva = Роза Отунбаева\nLuiz\nCatherine\n"+
		"Dostoevsky = Достоевский\nSolzhenitsyn\nYusuf\nWilliams\nGorbachev = Горбачёв\nKovel = Ковель\n"+
		"Ibrahim\nEhsan\nObeid\nEllen\nMukhtari\nJakobi\nHajjaj\nGordon\nMongkhon")
	tests := []struct{ word, want string }{
		// The dictionary lists Qaddafi (the test list, like SCOWL, at tier
		// 50), but the house spelling outranks it.
		{"Qaddafi", "Gaddafi"}, {"al-Qaddafi", "Gaddafi"}, {"Al-Qaddafi", "Gaddafi"}, {"el-Qaddafi", "Gaddafi"},
		{"Gadhafi", "Gaddafi"}, {"Kadhafi", "Gaddafi"}, {"Qadhafi", "Gaddafi"}, {"Gadafi", "Gaddafi"},
		{"Khadafy", "Gaddafi"}, {"Qadhdhafi", "Gaddafi"}, {"Qathafi", "Gaddafi"}, {"Gheddafi", "Gaddafi"},
		{"Kaddafi", "Gaddafi"}, {"Gaddafy", "Gaddafi"}, {"Khaddafi", "Gaddafi"}, {"Ghadafi", "Gaddafi"},
		{"Kathafi", "Gaddafi"}, {"Kazzafi", "Gaddafi"}, // th and Persian z for dh
		// Romanizations of the original script, generated, and matched by key.
		{"Eltsin", "Yeltsin"}, {"El'tsin", "Yeltsin"}, {"El’tsin", "Yeltsin"}, {"Jelzin", "Yeltsin"},
		{"Eltsine", "Yeltsin"}, {"El'cin", "Yeltsin"}, {"Jel'cin", "Yeltsin"},
		{"Bakiev", "Bakiyev"}, {"Bakijev", "Bakiyev"}, {"Bakijew", "Bakiyev"}, {"Bakiev-led", "Bakiyev"},
		{"Chruschtschow", "Khrushchev"}, {"Khrouchtchev", "Khrushchev"}, {"Hruščëv", "Khrushchev"},
		{"Otunbaeva", "Otunbayeva"}, {"Otounbaeva", "Otunbayeva"}, {"Otunbajewa", "Otunbayeva"},
		// A rare name the dictionary lists (tier 80, and in lower case at
		// the rarest tier) is the house's to spell.
		{"Dostoyevsky", "Dostoevsky"}, {"Dostojewski", "Dostoevsky"},
		// A dictionary name long enough to tell, where the house gives
		// the original script: the house's romanization outranks it; a
		// short one may be another name (Covell is not Kovel).
		{"Gorbachov", "Gorbachev"}, {"Covell", ""},
		// French j for zh, with no original script in the lexicon.
		{"Soljenitsyne", "Solzhenitsyn"},
		// Two names no dictionary lists may differ in several vowels; a
		// house name the dictionary lists keeps the strict match (Ubaid
		// for Obeid too: Hossain is not Hassan).
		{"Yousef", "Yusuf"}, {"Wallaums", ""}, {"Ubaid", ""},
		// Two names the dictionary knows that differ only in vowels that
		// romanizations of Arabic and Persian write several ways: a long
		// vowel doubled, Persian e for a short i or a (ahsan is a word of
		// the rarest tier only, a lower-cased name); not Allen for Ellen.
		{"Ebrahim", "Ibrahim"}, {"Ahsan", "Ehsan"}, {"Allen", ""},
		// A name of the dictionary's rarest tier is the house's to spell
		// when the house name is marked as Arabic (kh) and no dictionary
		// lists it; otherwise it is as likely another person.
		{"Mukhtary", "Mukhtari"}, {"Jacoby", ""},
		// The Egyptian g for the Arabic jim; Jordan is not Gordon.
		{"Haggag", "Hajjaj"}, {"Jordan", ""},
		// The Thai final l said n, after o or u only.
		{"Mongkol", "Mongkhon"}, {"Mongkel", ""},
		// House spellings, other people's names, and names the dictionary
		// knows that differ from a house name as two names do.
		{"Gaddafi", ""}, {"Yeltsin", ""}, {"Bakiyev", ""}, {"Khrushchev", ""}, {"Otunbayeva", ""},
		{"al-Gaddafi", ""},                                   // the house name after the article in lower case
		{"Al-Gaddafi", "Gaddafi"}, {"El-Gaddafi", "Gaddafi"}, // a capitalised article the house does not write
		{"Bakiyevs", ""}, {"Gaddafis", ""}, // plurals of a house name
		{"Kaliyev", ""}, {"Rosa", ""}, {"Louise", ""}, {"Katherine", ""},
	}
	for _, tt := range tests {
		fs := c.Check("", []byte("he met "+tt.word))
		got := ""
		if len(fs) > 0 && len(fs[0].Suggestions) > 0 {
			got = fs[0].Suggestions[0]
		}
		if got != tt.want {
			t.Errorf("%s: first suggestion %q, want %q (%s)", tt.word, got, tt.want, render(fs))
		}
		if got != "" && !strings.Contains(fs[0].Message, "(transliteration variant)") {
			t.Errorf("%s: message %q does not say it is a transliteration variant", tt.word, fs[0].Message)
		}
	}
}

// TestSeparatorVariants checks that a house name written with other
// separators is one name: flagged whole, across two words when it has a
// space, and never when it is the house's own spelling.
func TestSeparatorVariants(t *testing.T) {
	c := testChecker(t, "Jalal-Abad | Jalal'abad\nAbdulrahman\nGameBoy")
	tests := []struct{ text, word, want string }{
		{"he met Jalal Abad", "Jalal Abad", "Jalal-Abad"},
		{"he met Jalalabad", "Jalalabad", "Jalal-Abad"},
		{"he met Jalal Abed", "", ""}, // other letters: another name
		{"he met Abdul Rahman", "Abdul Rahman", "Abdulrahman"},
		{"he met Abdul-Rahman", "Abdul-Rahman", "Abdulrahman"},
		{"he met Jalal-Abad", "", ""},
		{"he met Jalal’abad", "", ""},
		{"he met Abdulrahman", "", ""},
		{"he met Game Boy", "", ""}, // two ordinary words
	}
	for _, tt := range tests {
		fs := c.Check("", []byte(tt.text))
		if tt.word == "" {
			if len(fs) != 0 {
				t.Errorf("%q: flagged %s", tt.text, render(fs))
			}
			continue
		}
		if len(fs) != 1 || fs[0].Word != tt.word || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != tt.want {
			t.Errorf("%q: got %s, want %q -> %q", tt.text, render(fs), tt.word, tt.want)
			continue
		}
		if got := tt.text[fs[0].Pos.Offset:fs[0].End.Offset]; got != tt.word {
			t.Errorf("%q: span %q, want %q", tt.text, got, tt.word)
		}
	}
}

// TestPhraseVariants checks that two words in a row that romanize a house
// name of two words otherwise are flagged together, when neither is a
// variant alone (the dictionary lists Abdel).
func TestPhraseVariants(t *testing.T) {
	c := testChecker(t, "Abdul Rahman")
	tests := []struct{ text, want string }{
		{"he met Abdel Rahman", "1:8 name-variant Abdel Rahman -> Abdul Rahman\n"},
		{"he met Abdul Rahman", ""},
		{"he met Anisur Rahman", ""}, // another name
		{"he met Abdel Nasser", ""},  // no house word
	}
	for _, tt := range tests {
		if got := render(c.Check("", []byte(tt.text))); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestEveryRomanizationFlagged checks, for names in several scripts, that
// every spelling generated from the original script is flagged with the
// house spelling first, and the house spelling never is.
func TestEveryRomanizationFlagged(t *testing.T) {
	entries := []string{
		"Bakiyev = Бакиев", "Yeltsin = Ельцин", "Khrushchev = Хрущёв", "Zelensky = Зеленський",
		"Lukashenko = Лукашенко", "Nazarbayev = Назарбаев", "Gorbachev = Горбачёв", "Shoigu = Шойгу",
		"Navalny = Навальный", "Prigozhin = Пригожин", "Tymoshenko = Тимошенко", "Yanukovych = Янукович",
		"Gaddafi = القذافي", "Tsipras = Τσίπρας", "Shevardnadze = შევარდნაძე", "Pashinyan = Փաշինյան",
		"Netanyahu = נתניהו", "Ahmadinejad = احمدی‌نژاد",
	}
	c := testChecker(t, strings.Join(entries, "\n"))
	for _, line := range entries {
		l, err := lexicon.Load(strings.NewReader(line), "entry")
		if err != nil {
			t.Fatal(err)
		}
		e := l.Entries()[0]
		if fs := c.Check("", []byte("he met "+e.Preferred())); len(fs) != 0 {
			t.Errorf("house spelling %q flagged: %s", e.Preferred(), render(fs))
		}
		for _, r := range e.Romanizations() {
			if strings.ContainsAny(r.Spelling, " ") {
				continue
			}
			fs := c.Check("", []byte("he met "+r.Spelling))
			if len(fs) != 1 || fs[0].Word != r.Spelling || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != r.House {
				t.Errorf("%s: %q (%s) gives %s, want one finding with %q first", line, r.Spelling, r.Scheme, render(fs), r.House)
			}
		}
	}
}

// TestConcurrentChecks checks documents from several goroutines with one
// checker, whose verdict cache they share: each gets the findings a
// checker of its own gives. (Run with -race to check the cache's locks.)
func TestConcurrentChecks(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	const house = "Bakiyev\nGaddafi !Qaddafi\nJalal-Abad | Jalal'abad"
	docs := []string{string(seed), "he met Bakivev and the oppenents in Jala'abad", "Qaddafi spoke of destabalisation"}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = render(testChecker(t, house).Check("d", []byte(d)))
	}
	c := testChecker(t, house)
	got := make([]string, 4*len(docs))
	done := make(chan bool)
	for i := range got {
		go func() {
			got[i] = render(c.Check("d", []byte(docs[i%len(docs)])))
			done <- true
		}()
	}
	for range got {
		<-done
	}
	for i, g := range got {
		if w := want[i%len(docs)]; g != w {
			t.Errorf("document %d checked concurrently:\n%s\nwant\n%s", i%len(docs), g, w)
		}
	}
}

// TestVerdictShardSize checks that a shard of the verdict cache fills one
// 64-byte cache line, so that goroutines taking two shards' locks do not
// contend for one line.
func TestVerdictShardSize(t *testing.T) {
	if n := unsafe.Sizeof(verdictShard{}); n != 64 {
		t.Errorf("a verdict shard takes %d bytes, want 64", n)
	}
}

// TestFirstSuggestion checks the first suggestion for misspellings whose
// ranking needs the embedded default's word frequencies.
func TestFirstSuggestion(t *testing.T) {
	c := localeChecker(t, "en-GB")
	for _, tt := range []struct{ word, want string }{
		{"recieve", "receive"}, {"goverment", "government"}, {"freind", "friend"},
		// A letter typed two places early or late: two edits, one slip.
		{"boaut", "about"}, {"monsth", "months"}, {"tounge", "tongue"},
		// But not a letter moved further: substance is two slips away.
		{"subtances", "substances"},
		// Made of known parts (great, -ful), but one slip from a word.
		{"greatful", "grateful"},
		// A common proper name typed in lower case, but an ordinary word
		// first when one is as near.
		{"brittish", "British"}, {"sunways", "subways"},
	} {
		fs := c.Check("", []byte("they said the "+tt.word+" was here"))
		if len(fs) != 1 || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != tt.want {
			t.Errorf("%s: %s, want %s first", tt.word, render(fs), tt.want)
		}
	}
}

// TestOtherLocaleSpelling checks that a word only another locale spells
// so is given this locale's spelling of it, alone, and the finding says
// why; a word of neither locale still gets near words.
func TestOtherLocaleSpelling(t *testing.T) {
	for _, tt := range []struct {
		locale, text, first string
		alone               bool // the only suggestion
		message             string
	}{
		{"en-GB", "a liter of milk", "litre", true, `"liter" is the en-US spelling; did you mean "litre"?`},
		{"en-GB", "the meager harvest", "meagre", true, `"meager" is the en-US spelling; did you mean "meagre"?`},
		{"en-US", "the colour of money", "color", true, `"colour" is the en-GB spelling; did you mean "color"?`},
		// Made of known parts (pro-, grammes), but the British spelling.
		{"en-US", "the BBC programmes ran late", "programs", true, `"programmes" is the en-GB spelling; did you mean "programs"?`},
		// An irregular pair: no regular difference makes tires of tyres
		// (nor tyers), nor check of cheque, nor maths of math.
		{"en-US", "the car tyres were new", "tires", true, `"tyres" is the en-GB spelling; did you mean "tires"?`},
		{"en-US", "the cheque bounced", "check", true, `"cheque" is the en-GB spelling; did you mean "check"?`},
		{"en-GB", "she studied math at school", "maths", true, `"math" is the en-US spelling; did you mean "maths"?`},
		{"en-GB", "the oppenents met", "opponents", false, `"oppenents" looks misspelled; did you mean "opponents"?`},
	} {
		fs := localeChecker(t, tt.locale).Check("", []byte(tt.text))
		if len(fs) != 1 || len(fs[0].Suggestions) == 0 || fs[0].Suggestions[0] != tt.first ||
			(len(fs[0].Suggestions) == 1) != tt.alone || fs[0].Message != tt.message {
			t.Errorf("%s %q: %s%v; want %s first (alone: %v), %s", tt.locale, tt.text, render(fs), fs, tt.first, tt.alone, tt.message)
		}
	}
}

// TestValidWordsPass checks words of news copy that the default once
// flagged, each a real word of the locale: the British past leant, less
// common variants (speeded, tradeable, soya), Hunspell headwords (annum,
// hardline, cyber), a hyphenated word written as one (signup) and a word
// both locales spell alike though the regular differences would respell it
// for one (colorectal: Hunspell en-GB has no colourectal), the closed
// compounds of British political copy (rightwing; SCOWL has only leftwing)
// and a British banking word (chequable), and donut in en-US. Each is
// checked inside a sentence and capitalised at a sentence's start.
func TestValidWordsPass(t *testing.T) {
	for _, tt := range []struct {
		locale string
		words  []string
	}{
		{"en-GB", []string{"leant", "speeded", "hardline", "cyber", "annum", "tradeable", "signup", "amongst", "onwards", "soya", "colorectal",
			"rightwing", "rightwingers", "leftwing", "chequable"}},
		{"en-US", []string{"speeded", "annum", "tradeable", "amongst", "onwards", "soya", "colorectal", "donut", "rightwing"}},
	} {
		c := localeChecker(t, tt.locale)
		for _, w := range tt.words {
			for _, text := range []string{"They said " + w + " was the word.", "It rained. " + capitalise(w) + " was the word."} {
				if fs := c.Check("", []byte(text)); len(fs) != 0 {
					t.Errorf("%s %q: %s", tt.locale, text, render(fs))
				}
			}
		}
	}
}

func TestWordParts(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want []string
	}{
		{"London", []string{"London"}},
		{"Lonfon-based", []string{"Lonfon", "based"}},
		{"O'Connell", []string{"O", "Connell"}},
		{"Hart-Scott-Rodino", []string{"Hart", "Scott", "Rodino"}},
		{"Ma'alot", []string{"Ma'alot"}},
		{"D'Amato-Smith", []string{"D", "Amato", "Smith"}},
		{"rock'n'roll", []string{"rock'n'roll"}},
		{"O'", []string{"O'"}},
	} {
		var got []string
		for _, p := range wordParts(tt.w) {
			got = append(got, tt.w[p[0]:p[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("wordParts(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
