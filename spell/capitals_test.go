package spell

import (
	"strings"
	"testing"
)

// TestCapitalisedWords checks how an unknown capitalised word is judged
// on the embedded default: a typo of a word where every word has a
// capital, a slip in a well-known name anywhere, and rare real names one
// edit from well-known ones let pass.
func TestCapitalisedWords(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct {
		name, text string
		word       string // the word flagged, or "" for none
		kind       Kind
		first      string // its first suggestion
	}{
		{"a misspelling starts the text", "Recieved wisdom says otherwise.\n", "Recieved", Misspelling, "Received"},
		{"a misspelling starts a second sentence", "The flat was small. Accomodation is scarce here.\n", "Accomodation", Misspelling, "Accommodation"},
		{"a misspelling starts a headline", "Goverment Falls In Bishkek\n\nThe vote was lost.\n", "Goverment", Misspelling, "Government"},
		{"a misspelling stands inside a title-case line", "Wales Mkae Two Changes For France\n", "Mkae", Misspelling, "Make"},
		{"a slip in a city mid-sentence", "The match in Barcelonna was played late.\n", "Barcelonna", NameVariant, "Barcelona"},
		{"a slip in a day mid-sentence", "The match was played on Wendesday evening.\n", "Wendesday", NameVariant, "Wednesday"},
		{"a slip in a country mid-sentence", "Fans flew in from Austrailia for it.\n", "Austrailia", NameVariant, "Australia"},
		{"neighbours swapped in a capital city", "She moved to Lodnon last year.\n", "Lodnon", NameVariant, "London"},
		{"a neighbouring key in a country", "Talks with Pakistsn resumed.\n", "Pakistsn", NameVariant, "Pakistan"},
		{"Marr is not Mark", "The interview with Marr ran long.\n", "", "", ""},
		{"Horan is not Horgan", "A goal from Horan settled it.\n", "", "", ""},
		{"Johan is not John", "The coach praised Johan after the game.\n", "", "", ""},
		{"Gerard is not Gerrard", "The singer Gerard opened the show.\n", "", "", ""},
		{"Theo is not The", "They named the baby Theo in the end.\n", "", "", ""},
		{"Eavis is not Davis", "The farmer Eavis runs the festival.\n", "", "", ""},
		{"Franz is not France", "The archduke Franz was shot.\n", "", "", ""},
		{"Sania is not Santa", "The tennis player Sania won again.\n", "", "", ""},
		{"Saud is not Saudi", "The prince Saud spoke first.\n", "", "", ""},
		{"Mallon is not Marlon", "The mayor Mallon was re-elected.\n", "", "", ""},
		{"Jonny is not Donny", "The fly-half Jonny kicked the goal.\n", "", "", ""},
		{"a name mid-sentence is not a word", "The report was written by Horan.\n", "", "", ""},
		{"a first name at a sentence start before a surname", "The vote was close. Shami Chakrabarti spoke against it.\n", "", "", ""},
		{"a name written mid-sentence elsewhere too", "Fatboy played first. The crowd loved Fatboy.\n", "", "", ""},
		{"a misspelled pronoun before said", "The talks ended. Tehy said it was over.\n", "Tehy", Misspelling, "They"},
		{"a name before said at a sentence start", "The talks ended. Aweke said peasants were hungry.\n", "", "", ""},
		{"a name after an initial", "It said he follows Roger W. Houmes in the post.\n", "", "", ""},
		{"a table row is no sentence", "Avge      Rate      Level\n", "", "", ""},
		{"a list of names in capitals is no headline", "Dudek, Finnan, Carragher, Riise, Gerrard, Alonso, Baros.\n", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Finding
			for _, f := range c.Check("t.txt", []byte(tt.text)) {
				if startsUpper(f.Word) {
					got = append(got, f)
				}
			}
			if tt.word == "" {
				if len(got) > 0 {
					t.Fatalf("%q: flagged %q (%s) with %v, want nothing", tt.text, got[0].Word, got[0].Kind, got[0].Suggestions)
				}
				return
			}
			if len(got) != 1 || got[0].Word != tt.word || got[0].Kind != tt.kind ||
				len(got[0].Suggestions) == 0 || got[0].Suggestions[0] != tt.first {
				t.Fatalf("%q: got %v, want %q as %s with %q first", tt.text, got, tt.word, tt.kind, tt.first)
			}
		})
	}
}

// TestSlipOf checks the slips of the fingers that make a typo of a name.
func TestSlipOf(t *testing.T) {
	tests := []struct {
		word, name string
		want       int
	}{
		{"Lodnon", "London", strongSlip},
		{"Barcelonna", "Barcelona", strongSlip},
		{"Pakistsn", "Pakistan", fairSlip},
		{"Rivchard", "Richard", fairSlip},
		{"Godon", "Gordon", fairSlip},
		{"Marr", "Mark", noSlip},      // r and k are far apart
		{"Eavis", "Davis", noSlip},    // the first letter
		{"Saud", "Saudi", noSlip},     // the last letter dropped
		{"Theo", "The", noSlip},       // a letter added at the end
		{"Gerard", "Gerrard", noSlip}, // one of a double dropped
		{"Johan", "John", noSlip},     // a letter far from its neighbours' keys
	}
	for _, tt := range tests {
		if got := slipOf(tt.word, tt.name); got != tt.want {
			t.Errorf("slipOf(%q, %q) = %d, want %d", tt.word, tt.name, got, tt.want)
		}
	}
}

// TestTitleLine checks which lines count as written in title case.
func TestTitleLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Tarantino to Direct a Crime Episode", true},
		{"Wembley Firm Won't Make a Profit", true},
		{"The vote was lost in the end", false},
		{"Dudek, Finnan, Carragher, Riise", false},
		{"A Smith, B Jones, C Brown.", false},
		{"Two Words", false},
	}
	for _, tt := range tests {
		text := "Intro line here.\n" + tt.line + "\nmore text\n"
		at := strings.Index(text, tt.line) + 1
		if got := titleLine([]byte(text), at); got != tt.want {
			t.Errorf("titleLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
