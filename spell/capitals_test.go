package spell

import (
	"slices"
	"strings"
	"testing"
)

// TestCapitalisedWords checks how an unknown capitalised word is judged
// on the embedded default: a typo of a word where every word has a
// capital, a slip in a well-known name anywhere, and rare real names one
// edit from well-known ones let pass.
func TestCapitalisedWords(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []capitalCase{
		{"a misspelling starts the text", "Recieved wisdom says otherwise.\n", "Recieved", Misspelling, "Received"},
		{"a misspelling starts a second sentence", "The flat was small. Accomodation is scarce here.\n", "Accomodation", Misspelling, "Accommodation"},
		{"a misspelling starts a headline", "Goverment Falls In Bishkek\n\nThe vote was lost.\n", "Goverment", Misspelling, "Government"},
		{"a misspelling stands inside a title-case line", "Wales Mkae Two Changes For France\n", "Mkae", Misspelling, "Make"},
		{"a slip in a city mid-sentence", "The match in Barcelonna was played late.\n", "Barcelonna", NameVariant, "Barcelona"},
		{"a slip in a day mid-sentence", "The match was played on Wendesday evening.\n", "Wendesday", NameVariant, "Wednesday"},
		{"a slip in a country mid-sentence", "Fans flew in from Austrailia for it.\n", "Austrailia", NameVariant, "Australia"},
		{"neighbours swapped in a capital city", "She moved to Lodnon last year.\n", "Lodnon", NameVariant, "London"},
		{"a place's name elsewhere, a letter short of its English name", "Fans came to Birmingam on Sunday.\n", "Birmingam", NameVariant, "Birmingham"},
		{"another, a letter short of London", "They flew to Londn on Friday.\n", "Londn", NameVariant, "London"},
		{"a town's own name, a letter from another", "The ferry left Cobourg on Friday.\n", "", "", ""},
		{"a neighbouring key in a country", "Talks with Pakistsn resumed.\n", "Pakistsn", NameVariant, "Pakistan"},
		{"a letter typed three times in a name", "The singer Willliam arrived late.\n", "Willliam", NameVariant, "William"},
		{"a letter dropped from a name-shaped word is a name", "The book by Robert Peston said so.\n", "", "", ""},
		{"a name-shaped word one letter from a name of middling fame", "The lawyer Bill Lerach filed the suit.\n", "", "", ""},
		{"a word near a rare name only", "The midfielder Jenas scored.\n", "", "", ""},
		{"a four-letter word one key from a name", "The official Iyad Allawi spoke.\n", "", "", ""},
		{"a letter typed three times at a sentence's start", "The show ran long. Threee people left early.\n", "Threee", Misspelling, "Three"},
		{"a cry at a sentence's start", "The crowd was loud. Booo rang out.\n", "", "", ""},
		{"a word of a foreign name beside an unknown one", "The rival Kokusai Denshin Denwa grew.\n", "", "", ""},
		{"a swap beside an unknown name is still a slip", "The bank Kokusai Lodnon grew.\n", "Lodnon", NameVariant, "London"},
		{"a firm's name before its designator", "Shares of Sanwa Bank rose.\n", "", "", ""},
		{"a swap before a firm's designator is still a slip", "Shares of Toyko Bank rose.\n", "Toyko", NameVariant, "Tokyo"},
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
		{"a first name before an initial", "The union met. Patt A. Gibbs spoke for it.\n", "", "", ""},
		{"a firm's name before Inc at a sentence's start", "Prices fell. Cigra Inc won the contract.\n", "", "", ""},
		{"a misspelling before a firm's designator in a headline", "Goverment Inc Falls\n\nThe vote was lost.\n", "Goverment", Misspelling, "Government"},
		{"the article two slips away before a noun", "The vote was close. Thoy result surprised many.\n", "Thoy", Misspelling, "The"},
		{"the article swapped and lengthened before a noun", "It rained. Hten match went ahead anyway.\n", "Hten", Misspelling, "The"},
		{"a pronoun before a past tense", "It rained. Thoy waited for hours.\n", "Thoy", Misspelling, "They"},
		{"then before a pronoun", "It rained. Hten we left for home.\n", "Hten", Misspelling, "Then"},
		{"there before a singular verb", "It rained. Ther is no cover at the ground.\n", "Ther", Misspelling, "There"},
		{"a common word two slips away", "We asked. Owudl you come back later?\n", "Owudl", Misspelling, "Would"},
		{"a firm two slips from a rarer word", "Oil prices rose. Cepsa cut its output.\n", "", "", ""},
		{"a university two slips from a rarer word", "It opened in Tokyo. Waseda students came.\n", "", "", ""},
		{"a body two slips from a common word", "The draw was made. Fifa officials watched.\n", "", "", ""},
		{"a consonant beside the last key added", "It rained. Lastr week it snowed.\n", "Lastr", Misspelling, "Last"},
		{"the last key hit twice", "Originall Cast Returns to Stage\n", "Originall", Misspelling, "Original"},
		{"a vowel added at the end of a name", "It rained. Junko Tanaka spoke.\n", "", "", ""},
		{"a slip of the article before an unknown name", "It rained. Thge Wexcombe crowd sang.\n", "Thge", Misspelling, "The"},
		{"a first name before a surname, shaped like no name", "It rained. Aweke Tadessu spoke.\n", "", "", ""},
		{"a headline with a number in it", "Painting Sells For 250,000\nElction 'may Be Delayed Again'\n", "Elction", Misspelling, "Election"},
		{"neighbours swapped in a firm of five letters", "Talks with Nokai ended late.\n", "Nokai", NameVariant, "Nokia"},
		{"neighbours swapped in a short surname", "The speech by Mr Bliar ran long.\n", "Bliar", NameVariant, "Blair"},
		{"a letter dropped from inside a club", "The striker joined Chelsa last week.\n", "Chelsa", NameVariant, "Chelsea"},
		{"a letter dropped from a short country", "Wales lost to Itay in Rome.\n", "Itay", NameVariant, "Italy"},
		{"a first name shaped like no name before an unknown surname", "The book by Rbert Quillory came out.\n", "Rbert", NameVariant, "Robert"},
		{"a slip of a word at a sentence start is no name", "It rained. Theese fans stayed home.\n", "Theese", Misspelling, "These"},
		{"a letter dropped from a name in a hyphenated firm", "The Minit-Lube chain opened two sites.\n", "", "", ""},
		{"a listed spelling that swaps letters of a month", "The final is set for 3 Novembre in Paris.\n", "Novembre", NameVariant, "November"},
		{"a title misspelled before a surname", "It rained. Profesor Hallworth spoke first.\n", "Profesor", Misspelling, "Professor"},
		{"a listed spelling a swap from a commonest word before a name", "It rained. Wehn Brackfield played, fans cheered.\n", "Wehn", Misspelling, "When"},
		{"a swap at the start of there", "It rained. Htere was no cover.\n", "Htere", Misspelling, "There"},
		{"a headline with one comma", "Save Hospitals, Union Sasy\n\nThe report came out.\n", "Sasy", Misspelling, "Says"},
		{"a dateline with one comma is no headline", "The talks ended.\nMajor Gaven Oddley, Head Of The Western Naval\nCommand said so.\n", "", "", ""},
		{"a wrapped line of names going on in lower case is no headline", "Crops were hit.\n    At a news conference EC Farm Commissioner Frans Andriessen\nsaid the plan would go ahead.\n", "", "", ""},
		{"a headline followed by a capitalised line", "Farm Commissioner Frans Plan Wins\nBRUSSELS, March 4 - The plan was agreed.\n", "Frans", Misspelling, "Fans"},
		{"a double among several names", "The president, Lulla, spoke first.\n", "Lulla", NameVariant, "Lula"},
		{"a double beside an unknown word", "The general Hisseno Habre spoke.\n", "", "", ""},
		{"a word beside a particle of a foreign name", "Shares of Banca di Roma rose.\n", "", "", ""},
		{"a word after a particle of a foreign name", "The bank Societe du Liban grew.\n", "", "", ""},
		{"a word before an elided particle", "Shares of Banca d'Italia rose.\n", "", "", ""},
		{"a key for its neighbour in a short name", "President Daniel Arap Moi spoke.\n", "", "", ""},
		{"one of a double dropped from a name", "The minister Murilo spoke first.\n", "", "", ""},
		{"two slips from a commonest word that is no start word, in a headline", "Bank And Sutro Plan Merger\n", "", "", ""},
		{"a letter dropped from a short first name before an unknown surname", "She married Kvin Fedderlane in May.\n", "Kvin", NameVariant, "Kevin"},
		{"a swap before a key beside it in the choice of name", "The prop Andrwe scored late.\n", "Andrwe", NameVariant, "Andrew"},
		{"a swap before a letter added in the choice of name", "The coach Evasn spoke to us.\n", "Evasn", NameVariant, "Evans"},
		{"a table row is no sentence", "Avge      Rate      Level\n", "", "", ""},
		{"a letter moved two places at a sentence's start", "It rained. Betewen the showers we played.\n", "Betewen", Misspelling, "Between"},
		{"a name the lists know with a word's letters moved", "It rained. Reiman played on.\n", "", "", ""},
		{"a far key in a long word at a sentence's start", "It rained. Immediatemy the match stopped.\n", "Immediatemy", Misspelling, "Immediately"},
		{"a far key in a shorter word at a sentence's start is a name", "It rained. Francaise des Eaux grew.\n", "", "", ""},
		{"a swap before a commoner word's vowel at a sentence's start", "It rained. Theri match went ahead.\n", "Theri", Misspelling, "Their"},
		{"a list of names in capitals is no headline", "Dudek, Finnan, Carragher, Riise, Gerrard, Alonso, Baros.\n", "", "", ""},
		{"a letter added that makes a run no name has, beside an unknown surname", "Finance minister Gustqavo Ramalhete spoke.\n", "Gustqavo", NameVariant, "Gustavo"},
		{"the last letter doubled into an end no name has, beside an unknown surname", "The coach Wolfgangg Brettschneider resigned.\n", "Wolfgangg", NameVariant, "Wolfgang"},
		{"the last letter doubled into a run no name has", "The striker Garyy scored twice.\n", "Garyy", NameVariant, "Gary"},
		{"the last letter dropped, leaving an end no name has", "The firm Hoffma Kessler grew.\n", "Hoffma", NameVariant, "Hoffman"},
		{"the last letter doubled into a name's end", "The lawyer Tomm Hirsch spoke.\n", "", "", ""},
		{"the last letter of a common name of seven letters doubled", "The flight to Taiwann left late.\n", "Taiwann", NameVariant, "Taiwan"},
		{"the last letter of a common first name doubled", "The singer Marvinn sang first.\n", "Marvinn", NameVariant, "Marvin"},
		{"the last letter doubled into a name the lists know", "The economist Kaufmann spoke.\n", "", "", ""},
		{"a name-shaped word with the last letter of a five-letter name doubled", "The singer Davidd sang first.\n", "Davidd", NameVariant, "David"},
		{"a name-shaped word with the last letter of a four-letter name doubled", "She studied at the private Luiss in Rome.\n", "", "", ""},
		{"the last letter dropped from a common name of seven letters or more", "The banker Nathan Rothschil spoke.\n", "Rothschil", NameVariant, "Rothschild"},
		{"a shorter name with its last letter dropped may be another name", "The guest Robert left.\n", "", "", ""},
		{"the last letter dropped, leaving a name's end", "The painter Fernand Leger died.\n", "", "", ""},
		{"a long firm's name a letter from a well-known one, before its designator", "Shares of Microskoft Corp rose.\n", "Microskoft", NameVariant, "Microsoft"},
		{"a long name-shaped firm's name a letter from a well-known one, before its designator", "Shares of Locheed Corp fell.\n", "Locheed", NameVariant, "Lockheed"},
		{"a long first name with a letter added, beside an unknown surname", "Spokesman Roberyto Quenzeltat said so.\n", "Roberyto", NameVariant, "Roberto"},
		{"a six-letter word with a letter added, inside a foreign name", "The president Kenzo Masaji Quenzeltat spoke.\n", "", "", ""},
		{"a first name with its last letter doubled, beside an unknown surname", "The banker Pierree Quenzeltat spoke.\n", "Pierree", NameVariant, "Pierre"},
		{"a first name with a letter added, first before an unknown surname", "Spokesman Larfry Quenzeltat said so.\n", "Larfry", NameVariant, "Larry"},
		{"a first name one slip from a surname, first before an unknown surname", "The banker Giannino Quenzeltat spoke.\n", "", "", ""},
		{"a first name one slip from a people's name, first before an unknown surname", "Its president Masaji Quenzeltat spoke.\n", "", "", ""},
		{"a first name after a quotation, before an unknown surname", "\"We agree,\" Gsary Quenzeltat said.\n", "Gsary", NameVariant, "Gary"},
		{"the second word of a foreign name", "The official Hellmuth Klauhs spoke.\n", "", "", ""},
		{"a foreign name's second word at the start of a line", "Shares of Kokusai\nDenwa Denshin rose.\n", "", "", ""},
		{"the word that opens a foreign bank's name", "Shares of Banca Quenzeltese rose.\n", "", "", ""},
		{"a letter dropped from a rarer name, leaving a run no name has", "They drove to Pouhkeepsie on Monday.\n", "Pouhkeepsie", NameVariant, "Poughkeepsie"},
		{"a vowel beside a vowel, a rarer name's, missing", "The former president Giscard spoke.\n", "", "", ""},
		{"a letter missing from a rarer name where the gap leaves a name's shape", "The firm Forstmann Little bought it.\n", "", "", ""},
		{"a key beside the one meant in a short country, making a run no name has", "The talks in Irsq ended.\n", "Irsq", NameVariant, "Iraq"},
		{"a letter dropped from a short first name, making a run no name has", "The rider Felx Baumgartner won.\n", "Felx", NameVariant, "Felix"},
		{"a short firm whose odd run a few names have", "The firm Agfa grew.\n", "", "", ""},
		{"a letter dropped from a country, in a name-shaped word", "Fans flew in from Frace for the final.\n", "Frace", NameVariant, "France"},
		{"a key beside the one meant in a city of a million, in a name-shaped word", "The summit moved to Dublim last year.\n", "Dublim", NameVariant, "Dublin"},
		{"a letter dropped from a rarer name in a six-letter word, making a run no name has", "The biologist Richard Dwkins spoke.\n", "Dwkins", NameVariant, "Dawkins"},
		{"a five-letter firm a key from a rarer name", "The firm Triax grew.\n", "", "", ""},
		{"a short word at a sentence's start whose run names have is the word's slip", "It rained. Donw the road we went.\n", "Donw", Misspelling, "Down"},
	}
	checkCapitalCases(t, c, tests)
}

// A capitalCase is a text, and the capitalised word the checker should
// flag in it with the kind and first suggestion, or "" for none.
type capitalCase struct {
	name, text string
	word       string // the word flagged, or "" for none
	kind       Kind
	first      string // its first suggestion
}

// checkCapitalCases checks each case on c: the capitalised words flagged.
func checkCapitalCases(t *testing.T, c *Checker, tests []capitalCase) {
	t.Helper()
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

// TestNameListSlips checks the slips that only a default with name lists
// flags: without them, nothing says that such a word is no name.
func TestNameListSlips(t *testing.T) {
	c := defaultChecker(t, nil)
	if !c.lex.HasNameList() {
		t.Skip("the embedded default has no name list: run scripts/gen-default.sh")
	}
	checkCapitalCases(t, c, []capitalCase{
		{"a slip in a name part of a hyphenated word", "The London-based firm and the Lonfon-based one merged.\n", "Lonfon", NameVariant, "London"},
		{"a letter typed three times in a name after O'", "The senator Tom O'Connnell spoke.\n", "Connnell", NameVariant, "Connell"},
		{"a letter typed three times in a double-barrelled name", "The actor Bruce Lloyd-Jennnings left.\n", "Jennnings", NameVariant, "Jennings"},
		{"a swap in a part beside a known name", "The conductor Karl-Hienz Weber bowed.\n", "Hienz", NameVariant, "Heinz"},
		{"a part beside an unknown part may be a firm's coinage", "Shares of Vexcor-Calson rose.\n", "", "", ""},
		{"a name after O' the lists know", "The poet O'Riordan read.\n", "", "", ""},
		{"a known double-barrelled name", "Shares of Mills-Jennings rose.\n", "", "", ""},
		{"an apostrophe before a lower-case letter joins the word", "The raid on Ma'alot was recalled.\n", "", "", ""},
		{"a slip in a name after a prefix", "It fell in mid-Febuary last year.\n", "Febuary", NameVariant, "February"},
		{"a slip in a nationality after a prefix", "The anti-Amercan protest grew.\n", "Amercan", NameVariant, "American"},
		{"a firm's name after a prefix", "The non-Rolm units grew.\n", "", "", ""},
		{"a known name after a prefix", "The pre-Lenten carnival began.\n", "", "", ""},
		{"a vowel hit with a neighbouring key leaves none", "The film was directed by Ridley Scptt in the end.\n", "Scptt", NameVariant, "Scott"},
		{"one of a double dropped where no name is spelt so", "Fans from the Caribean came.\n", "Caribean", NameVariant, "Caribbean"},
		{"many names near, one a slip", "The ruling came on Charles Clake's first day.\n", "Clake", NameVariant, "Clarke"},
		{"a long slip of a rarer name", "The match at Twicjenham was close.\n", "Twicjenham", NameVariant, "Twickenham"},
		{"a swap in a long name-shaped word near a rarer name", "The prime minister Andreas Papanderou spoke.\n", "Papanderou", NameVariant, "Papandreou"},
		{"a double in a long name-shaped word near a rarer name is a word of its own", "The Jeep Wagoneer sold well.\n", "", "", ""},
		{"a key beside in a name-shaped word of nine letters near a rarer name", "The plant at Wentsville closed.\n", "Wentsville", NameVariant, "Wentzville"},
		{"a letter added in a name-shaped word of nine letters near a rarer name", "The plant at Hagerestown closed.\n", "Hagerestown", NameVariant, "Hagerstown"},
		{"a vowel beside a vowel in a long word near a rarer name is a spelling of its own", "Chairman Sir Philip Shelbourne spoke.\n", "", "", ""},
		{"a key beside the one meant leaves three letters no name has", "The judge Simon Cpwell walked out.\n", "Cpwell", NameVariant, "Cowell"},
		{"such a key at the end of a rarer name", "The coach Rentpn spoke.\n", "Rentpn", NameVariant, "Renton"},
		{"two letters swapped into three no name has", "The judge Simon Cwoell walked out.\n", "Cwoell", NameVariant, "Cowell"},
		{"a four-letter word with three letters no name has, made by its slip", "The singer Abgy arrived.\n", "Abgy", NameVariant, "Abby"},
		{"a foreign name has the runs of names", "The striker Przemek Wlodek scored.\n", "", "", ""},
		{"a slip of a word with three letters no name has is the word's", "It rained. Ardenr fans stayed.\n", "Ardenr", Misspelling, "Ardent"},
		{"a letter dropped from between consonants of a seven-letter name", "The singer Camern won.\n", "Camern", NameVariant, "Cameron"},
		{"a letter dropped from between consonants of a mountain", "The climb up Everst ended.\n", "Everst", NameVariant, "Everest"},
		{"a vowel dropped beside a vowel is a spelling of its own", "The singer Cladia won.\n", "", "", ""},
		{"a slip among many names with four letters no name has", "The actress Shajna spoke.\n", "Shajna", NameVariant, "Shana"},
		{"a misspelling of a less common word starts a headline", "Brazil Approves Bankrupcy Reform Plan\n\nThe vote was won.\n", "Bankrupcy", Misspelling, "Bankruptcy"},
	})
}

// TestListedNamesPass checks that words the default's name lists know as
// names pass, though each is a swap, a double or a neighbouring key from
// a well-known name, as a typo of a name not in the lists is flagged.
func TestListedNamesPass(t *testing.T) {
	c := defaultChecker(t, nil)
	if !c.lex.ListedName("Marr") {
		t.Skip("the embedded default has no name list: run scripts/gen-default.sh")
	}
	for _, name := range []string{"Carlsson", "Wolffe", "Seger", "Frans", "Sylvain", "Purdie", "Marr", "Horan", "Johan", "Theo", "Saud", "Mallon", "Jonny"} {
		if !c.lex.ListedName(name) {
			t.Errorf("%s is not in the name list", name)
		}
		text := "He met " + name + " there.\n"
		for _, f := range c.Check("t.txt", []byte(text)) {
			t.Errorf("%q: flagged %q (%s) with %v", text, f.Word, f.Kind, f.Suggestions)
		}
	}
	for _, slip := range []string{"Carlsonn", "Wolfee", "Lonfon"} {
		if c.lex.ListedName(slip) {
			t.Errorf("the name list holds %s", slip)
		}
	}
}

// TestNameEvidence checks how the evidence on a word near a well-known
// name decides.
func TestNameEvidence(t *testing.T) {
	tests := []struct {
		name string
		ev   nameEvidence
		want bool
	}{
		{"no slip", nameEvidence{slip: noSlip, tier: 35, unlisted: true}, false},
		{"a listed name", nameEvidence{slip: fairSlip, tier: 35, listed: true}, false},
		{"a listed name a swap from a common name", nameEvidence{slip: strongSlip, tier: 50, listed: true}, false},
		{"a listed name a swap from a best-known name", nameEvidence{slip: strongSlip, tier: 35, listed: true}, true},
		{"a swap in a common name", nameEvidence{slip: strongSlip, tier: 50, unlisted: true}, true},
		{"a swap in a short name-shaped word near a common name", nameEvidence{slip: strongSlip, tier: 50, shaped: true, unlisted: true}, false},
		{"a swap in a name-shaped word near a best-known name", nameEvidence{slip: strongSlip, tier: 40, shaped: true, unlisted: true}, true},
		{"a double in a long name-shaped word", nameEvidence{slip: strongSlip, tier: 50, shaped: true, long: true, unlisted: true}, true},
		{"a rare name, a long unshaped word", nameEvidence{slip: fairSlip, tier: 70, long: true, unlisted: true}, true},
		{"a rare name without name lists", nameEvidence{slip: fairSlip, tier: 70, long: true}, false},
		{"a rare name, a short word", nameEvidence{slip: strongSlip, tier: 70, short: true, unlisted: true}, false},
		{"a rare name, an unshaped word of middling length", nameEvidence{slip: fairSlip, tier: 70, unlisted: true}, true},
		{"a rare name, a shaped word", nameEvidence{slip: strongSlip, tier: 70, shaped: true, long: true, unlisted: true}, false},
		{"a neighbouring key in a short word", nameEvidence{slip: fairSlip, tier: 35, short: true, unlisted: true}, false},
		{"a neighbouring key among many names", nameEvidence{slip: fairSlip, tier: 35, crowded: true, unlisted: true}, false},
		{"a shaped word near a best-known name", nameEvidence{slip: fairSlip, tier: 40, shaped: true, unlisted: true}, true},
		{"a shaped word near a common name", nameEvidence{slip: fairSlip, tier: 50, shaped: true, unlisted: true}, false},
		{"a long shaped word near a common name", nameEvidence{slip: fairSlip, tier: 50, shaped: true, long: true, unlisted: true}, true},
		{"a shaped word a letter from between consonants of a long common name", nameEvidence{slip: fairSlip, tier: 50, shaped: true, consonantDrop: true, unlisted: true}, true},
		{"the same, a listed word", nameEvidence{slip: fairSlip, tier: 50, shaped: true, consonantDrop: true, listed: true}, false},
		{"the same, without name lists", nameEvidence{slip: fairSlip, tier: 50, shaped: true, consonantDrop: true}, false},
		{"the same among many names", nameEvidence{slip: fairSlip, tier: 50, shaped: true, consonantDrop: true, crowded: true, unlisted: true}, false},
		{"a neighbouring key among many names, four letters no name has", nameEvidence{slip: fairSlip, tier: 50, crowded: true, noShape: true, noListShape: true, unlisted: true}, true},
		{"the same, four letters only the name lists have", nameEvidence{slip: fairSlip, tier: 50, crowded: true, noShape: true, unlisted: true}, false},
		{"the same, a short word", nameEvidence{slip: fairSlip, tier: 50, crowded: true, noShape: true, noListShape: true, short: true, unlisted: true}, false},
		{"an unshaped word near a common name", nameEvidence{slip: fairSlip, tier: 50, unlisted: true}, true},
		{"an unshaped word near a common name, without name lists", nameEvidence{slip: fairSlip, tier: 50}, false},
		{"a long shaped word near a best-known name, without name lists", nameEvidence{slip: fairSlip, tier: 40, shaped: true, long: true}, true},
		{"a long shaped word near a common name, without name lists", nameEvidence{slip: fairSlip, tier: 50, shaped: true, long: true}, false},
	}
	for _, tt := range tests {
		if got := tt.ev.typo(); got != tt.want {
			t.Errorf("%s: typo() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLooseTypo checks the evidence that makes a word standing alone a
// typo of a name when typo lets it pass.
func TestLooseTypo(t *testing.T) {
	odd := nameEvidence{tier: 50, unlisted: true, shaped: true, oddShape: true}
	with := func(f func(*nameEvidence)) nameEvidence { e := odd; f(&e); return e }
	tests := []struct {
		name string
		ev   nameEvidence
		want bool
	}{
		{"a swap in an oddly shaped word (Bliar)", with(func(e *nameEvidence) { e.slip = strongSlip; e.short = false }), true},
		{"a letter dropped from inside (Chelsa)", with(func(e *nameEvidence) { e.slip, e.dropped = fairSlip, true }), true},
		{"a letter dropped from a short name-shaped word", with(func(e *nameEvidence) { e.slip, e.dropped, e.short = fairSlip, true, true }), false},
		{"a neighbouring key in a short word shaped like no name (Irsq)", with(func(e *nameEvidence) { e.slip, e.short, e.shaped, e.noShape = fairSlip, true, false, true }), false},
		{"a letter dropped from a short word with a run no name has (Itay)", with(func(e *nameEvidence) {
			e.slip, e.dropped, e.short, e.shaped, e.noShape = fairSlip, true, true, false, true
		}), true},
		{"a neighbouring key in a longer name-shaped word", with(func(e *nameEvidence) { e.slip = fairSlip }), false},
		{"a word shaped like a name throughout (Peston)", with(func(e *nameEvidence) { e.slip, e.dropped, e.oddShape = fairSlip, true, false }), false},
		{"a word the name lists know", with(func(e *nameEvidence) { e.slip, e.unlisted, e.listed = strongSlip, false, true }), false},
		{"a swap among many names", with(func(e *nameEvidence) { e.slip, e.crowded = strongSlip, true }), true},
		{"a letter dropped among many names", with(func(e *nameEvidence) { e.slip, e.dropped, e.crowded = fairSlip, true, true }), false},
		{"a rare name", with(func(e *nameEvidence) { e.slip, e.tier = strongSlip, 70 }), false},
		{"one slip from an everyday word (Theese)", with(func(e *nameEvidence) { e.slip, e.dropped, e.nearWord = fairSlip, true, true }), false},
		{"no slip", odd, false},
		{"no slip in a short word shaped like no name", with(func(e *nameEvidence) { e.short, e.shaped, e.noShape = true, false, true }), false},
	}
	for _, tt := range tests {
		if got := tt.ev.looseTypo(); got != tt.want {
			t.Errorf("%s: looseTypo() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDroppedLetter checks the letters dropped from a name that the
// rules take for slips: one of a double or an h after a consonant, which
// the name lists decide on (droppedLetter), and one from between two
// consonants of a long name (droppedBetweenConsonants).
func TestDroppedLetter(t *testing.T) {
	tests := []struct {
		fn         func(w, n string) bool
		word, name string
		want       bool
	}{
		{droppedLetter, "Caribean", "Caribbean", true},
		{droppedLetter, "Cirac", "Chirac", true},
		{droppedLetter, "Gerard", "Gerrard", true},
		{droppedLetter, "Horan", "Horgan", false}, // not a double, not an h
		{droppedLetter, "Jonny", "Johnny", false}, // an h after a vowel
		{droppedLetter, "Kaoh", "Kaohh", false},   // at the end: slipOf's to judge
		{droppedLetter, "Ohio", "Oho", false},
		{droppedBetweenConsonants, "Camern", "Cameron", true},
		{droppedBetweenConsonants, "Everst", "Everest", true},
		{droppedBetweenConsonants, "Chpman", "Chapman", true},
		{droppedBetweenConsonants, "Cladia", "Claudia", false},   // beside a vowel
		{droppedBetweenConsonants, "Agostin", "Agostino", false}, // the last letter
		{droppedBetweenConsonants, "Cameron", "Cameron", false},
		{droppedBetweenConsonants, "Camren", "Cameron", false}, // not a letter dropped
	}
	for _, tt := range tests {
		if got := tt.fn(tt.word, tt.name); got != tt.want {
			t.Errorf("%s(%q, %q) = %v, want %v", funcName(tt.fn), tt.word, tt.name, got, tt.want)
		}
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
		{"Marr", "Mark", noSlip},          // r and k are far apart
		{"Eavis", "Davis", noSlip},        // the first letter
		{"Saud", "Saudi", noSlip},         // the last letter dropped
		{"Theo", "The", noSlip},           // a letter added at the end
		{"Gerard", "Gerrard", noSlip},     // one of a double dropped
		{"Johan", "John", noSlip},         // a letter far from its neighbours' keys
		{"Andersson", "Anderson", noSlip}, // a Swedish patronymic, not a double
		{"Woong", "Wong", noSlip},         // a Korean name's ending
		{"Andderson", "Anderson", strongSlip},
		{"Anndersson", "Andersson", strongSlip}, // a double before the ending
	}
	for _, tt := range tests {
		if got := slipOf(tt.word, tt.name); got != tt.want {
			t.Errorf("slipOf(%q, %q) = %d, want %d", tt.word, tt.name, got, tt.want)
		}
	}
}

// TestEndSlip checks the slips at a name's end that slipOf leaves out,
// and that the end left must be one no name has for them to count.
func TestEndSlip(t *testing.T) {
	x := defaultChecker(t, nil).wellKnown()
	tests := []struct {
		word, name  string
		slip, oddly bool // endSlip, and oddEnd of the word
	}{
		{"Garyy", "Gary", true, true},
		{"Wolfgangg", "Wolfgang", true, true},
		{"Hoffma", "Hoffman", true, true},
		{"Arturoo", "Arturo", true, true}, // names end in roo$, none in uroo$
		{"Tomm", "Tom", true, false},      // mm$ ends names
		{"Saud", "Saudi", true, false},    // ud$ ends names
		{"Theo", "The", false, false},     // another letter, not the last doubled
		{"Garry", "Gary", false, false},   // a double inside
	}
	for _, tt := range []struct {
		word, name string
		want       bool
	}{
		{"Taiwann", "Taiwan", true},
		{"Jonn", "Jon", false}, // too short a name: Lyn, Lynn
		{"Lyonn", "Lyon", true},
		{"Taiwwan", "Taiwan", false}, // a double inside
		{"Taiwa", "Taiwan", false},   // six letters: Maria, Mari
		{"Rothschil", "Rothschild", true},
		{"Rothschidl", "Rothschild", false},
	} {
		if got := commonNameEndSlip(tt.word, tt.name); got != tt.want {
			t.Errorf("commonNameEndSlip(%q, %q) = %v, want %v", tt.word, tt.name, got, tt.want)
		}
	}
	for _, tt := range tests {
		if got := endSlip(tt.word, tt.name); got != tt.slip {
			t.Errorf("endSlip(%q, %q) = %v, want %v", tt.word, tt.name, got, tt.slip)
		}
		if got := x.oddEnd(tt.word); got != tt.oddly {
			t.Errorf("oddEnd(%q) = %v, want %v", tt.word, got, tt.oddly)
		}
	}
}

// TestPartUsedAlone checks that a part of a compound counts the uses of
// the same word standing alone: used twice in all, a fair slip is a
// name's own spelling (Markborough, a firm of Hudson's Bay), whatever the
// compound's own count.
func TestPartUsedAlone(t *testing.T) {
	c := defaultChecker(t, nil)
	for _, tt := range []struct {
		text string
		want int // findings inside the compound
	}{
		{"Profit from non-Markborough real estate fell.\n", 1},
		{"Its Markborough unit grew, and non-Markborough profit fell.\n", 0},
	} {
		at := strings.Index(tt.text, "non-Markborough")
		got := 0
		for _, f := range c.Check("", []byte(tt.text)) {
			if f.Pos.Offset > at && f.Pos.Offset < at+len("non-Markborough") {
				got++
			}
		}
		if got != tt.want {
			t.Errorf("%q: %d findings inside the compound, want %d", tt.text, got, tt.want)
		}
	}
}

// TestVowelAddedBesideVowel checks the added vowel that makes a spelling
// of its own rather than a slip of the fingers.
func TestVowelAddedBesideVowel(t *testing.T) {
	for _, tt := range []struct {
		word, name string
		want       bool
	}{
		{"Shelbourne", "Shelburne", true},    // o beside u, keys apart
		{"Hagerestown", "Hagerstown", false}, // e between consonants
		{"Caiiro", "Cairo", false},           // a double, not a vowel added
		{"Hoiuston", "Houston", false},       // i is the key beside u and o
		{"Cairoa", "Cairo", false},           // added at the end
		{"Shelburne", "Shelburne", false},
	} {
		if got := vowelAddedBesideVowel(tt.word, tt.name); got != tt.want {
			t.Errorf("vowelAddedBesideVowel(%q, %q) = %v, want %v", tt.word, tt.name, got, tt.want)
		}
	}
}

// TestRarerNameAddedH checks that a six-letter word an h away from a
// rarer name passes, as a name spelled with a silent h, while a letter
// dropped from one is still flagged (en-US knows the rarer Cuney).
func TestRarerNameAddedH(t *testing.T) {
	c := localeChecker(t, "en-US")
	for _, tt := range []struct {
		text, want string // the first suggestion, or "" for no finding
	}{
		{"The analyst Cuhney spoke.\n", ""},
		{"The analyst Dwkins spoke.\n", "Dawkins"},
	} {
		fs := c.Check("", []byte(tt.text))
		switch {
		case tt.want == "" && len(fs) > 0:
			t.Errorf("%q: flagged %q with %v, want nothing", tt.text, fs[0].Word, fs[0].Suggestions)
		case tt.want != "" && (len(fs) != 1 || fs[0].Suggestions[0] != tt.want):
			t.Errorf("%q: %v, want one finding with %q first", tt.text, fs, tt.want)
		}
	}
	for _, tt := range []struct {
		word, name string
		want       bool
	}{
		{"Cuhney", "Cuney", true},
		{"Kuhne", "Kune", true},
		{"Dwkins", "Dawkins", false},
		{"Ashbty", "Ashby", false}, // a t added
	} {
		if got := addedH(tt.word, tt.name); got != tt.want {
			t.Errorf("addedH(%q, %q) = %v, want %v", tt.word, tt.name, got, tt.want)
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
		{"Painting Sells For 250,000", true},
		{"OSLO, May 3 - Norway's Minister Per", false},
		{"Save Hospitals, Union Says", true},
		{"Li Weiming, An Official Of The Northern Farm Bureau", false},
		{"Apple Watch Seen as a 'must-see'", true},
		{"Rates Rise - Bank Says More To Come", true},
		{"The long-term plan was well-received by All", false},
	}
	for _, tt := range tests {
		text := "Intro line here.\n" + tt.line + "\n\nmore text\n"
		at := strings.Index(text, tt.line) + 1
		if got := titleLine([]byte(text), at); got != tt.want {
			t.Errorf("titleLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
		// The same line going on into a lower-case line is prose wrapped
		// after a run of capitalised words, not a title.
		text = "Intro line here.\n" + tt.line + "\nmore text\n"
		if got := titleLine([]byte(text), at); got {
			t.Errorf("titleLine(%q) before a lower-case line = true, want false", tt.line)
		}
	}
}

// TestKeySlipName checks the names a word is taken to slip from by a
// key beside the one meant, or a swap, that leaves three letters no name
// has; rare real names, foreign ones and short words are no such slips.
func TestKeySlipName(t *testing.T) {
	c := defaultChecker(t, nil)
	if !c.lex.HasNameList() {
		t.Skip("the embedded default has no name list: run scripts/gen-default.sh")
	}
	tests := []struct{ word, want string }{
		{"Cpwell", "Cowell"},     // o for p: "cpw"
		{"Rentpn", "Renton"},     // o for p at the end: "pn$"
		{"Cwoell", "Cowell"},     // ow swapped: "cwo"
		{"Bushnwll", "Bushnell"}, // a rarer name: "nwl"
		{"Abgy", ""},             // four letters: a firm's coinage as often
		{"Renfton", ""},          // a letter added is not looked at
		{"Cowell", ""},
		{"Przemek", ""},
		{"Zbigniew", ""},
		{"Wlodek", ""},
		{"Mkhize", ""},
	}
	for _, name := range []string{"Marr", "Horan", "Johan", "Gerard", "Theo", "Eavis", "Franz", "Sania", "Saud", "Mallon", "Jonny"} {
		tests = append(tests, struct{ word, want string }{name, ""})
	}
	for _, tt := range tests {
		if got := c.keySlipName(tt.word); got != tt.want {
			t.Errorf("keySlipName(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestCrowdedSuggestions checks that a word among many names, taken for
// a slip, is offered each name it slips from as plainly, best known
// first, and a word near one name that one alone.
func TestCrowdedSuggestions(t *testing.T) {
	c := defaultChecker(t, nil)
	if !c.lex.HasNameList() {
		t.Skip("the embedded default has no name list: run scripts/gen-default.sh")
	}
	tests := []struct {
		text string
		want []string
	}{
		{"The actress Shajna spoke.\n", []string{"Shana", "Shanna", "Shauna"}},
		{"She moved to Lodnon last year.\n", []string{"London"}},
	}
	for _, tt := range tests {
		fs := c.Check("t.txt", []byte(tt.text))
		if len(fs) != 1 || !slices.Equal(fs[0].Suggestions, tt.want) {
			t.Errorf("%q: got %v, want one finding with %q", tt.text, fs, tt.want)
		}
	}
}

// TestRareNearSameWithFilter checks that rareNear finds the same names
// when it looks every spelling up, as for the first directRareNear words,
// and when it asks rareNames first, as for the rest: with and without a
// house entry for one of the names.
func TestRareNearSameWithFilter(t *testing.T) {
	words := []string{"Twicjenham", "Quasjie", "Bamue", "Baumr", "Chriac", "Vickery", "Zorblaxx", "Lodnon"}
	for _, house := range []string{"", "Baume\n"} {
		c := defaultChecker(t, []byte(house))
		var direct [][]wellKnownName
		for _, w := range words {
			direct = append(direct, c.rareNear(w))
		}
		if c.rare.names != nil {
			t.Fatalf("house %q: rareNames gathered after %d words, want none before %d", house, len(words), directRareNear)
		}
		c.rare.asked.Store(directRareNear)
		found := 0
		for i, w := range words {
			got := c.rareNear(w)
			if !slices.Equal(got, direct[i]) {
				t.Errorf("house %q: rareNear(%q) = %v with rareNames, %v without", house, w, got, direct[i])
			}
			found += len(got)
		}
		if c.rare.names == nil || found == 0 {
			t.Errorf("house %q: rareNames gathered %v, %d names found; want gathered, and some found", house, c.rare.names != nil, found)
		}
	}
}

// TestRareNamesCoverLookup checks the filter rareNear asks before a
// lookup: every spelling of the default that a lookup would take for a
// rarer name is among rareNames, so that the filter changes no answer.
func TestRareNamesCoverLookup(t *testing.T) {
	c := defaultChecker(t, nil)
	rare := c.rareNames()
	if len(rare) < 1000 {
		t.Fatalf("only %d rarer names", len(rare))
	}
	for w := range c.lex.Words() {
		if rareName(c.lex.Lookup(w)) {
			if _, ok := rare[w]; !ok {
				t.Fatalf("%q is a rarer name to Lookup but not among rareNames", w)
			}
		}
	}
}

// TestMovedWords checks the everyday words found with one letter moved
// two places back, never the first, and never a name.
func TestMovedWords(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct {
		word, want string // want: the word found, or "" for none
	}{
		{"betewen", "between"},
		{"bcaeuse", "because"},
		{"alreyad", "already"},
		{"ecbause", ""}, // the first letter moved
		{"between", ""}, // the word itself
		{"lnodon", ""},  // a name, not an everyday word
		{"xqzvwkj", ""},
	}
	for _, tt := range tests {
		got := c.movedWords(tt.word)
		if tt.want == "" {
			if len(got) > 0 {
				t.Errorf("movedWords(%q) = %v, want none", tt.word, got)
			}
			continue
		}
		if !slices.ContainsFunc(got, func(x candidate) bool { return x.spelling == tt.want && x.dist == 2 }) {
			t.Errorf("movedWords(%q) = %v, want %q two edits away", tt.word, got, tt.want)
		}
	}
}

// TestStartChoice checks the choice between the article and a pronoun or
// an adverb by the word after a misspelled sentence start.
func TestStartChoice(t *testing.T) {
	tests := []struct {
		name string
		sug  []string
		rest string
		want string
	}{
		{"a noun follows the article", []string{"they", "the", "then"}, " film opened late.", "the"},
		{"a number follows the article", []string{"then", "the"}, " 26-year-old scored.", "the"},
		{"a verb follows a pronoun", []string{"the", "they"}, " claimed victory.", "they"},
		{"an auxiliary follows a pronoun", []string{"the", "then", "they"}, " were late.", "they"},
		{"a singular verb follows there, not they", []string{"the", "they", "there"}, " is no cover.", "there"},
		{"a verb of saying does not follow there", []string{"the", "there"}, " said so.", "the"},
		{"a negated auxiliary follows a pronoun", []string{"the", "they"}, " weren't cool.", "they"},
		{"a word that is no start word is kept first", []string{"this", "they", "the"}, " would include it.", "this"},
		{"a pronoun follows then", []string{"the", "then"}, " we left.", "then"},
		{"a comma follows then", []string{"the", "then"}, ", at last, it came.", "then"},
		{"no start word is left as ranked", []string{"make", "mate"}, " a profit.", "make"},
		{"a missing choice is left as ranked", []string{"then", "than"}, " film opened.", "then"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := startChoice(append([]string(nil), tt.sug...), []byte(tt.rest))
			if got[0] != tt.want {
				t.Errorf("startChoice(%q, %q) = %q, want %q first", tt.sug, tt.rest, got, tt.want)
			}
			if len(got) != len(tt.sug) {
				t.Errorf("startChoice(%q, %q) = %q: suggestions lost or added", tt.sug, tt.rest, got)
			}
		})
	}
}

// TestCapitalisedWordsInEnUS checks capitalised words with the en-US
// default: a name spelt the way another locale spells the word in it is
// no slip of this locale's name, while a typing slip of the name still is;
// and a long word two slips from a rarer word (briefly) is taken for it
// only where no capitalised word follows.
func TestCapitalisedWordsInEnUS(t *testing.T) {
	c := localeChecker(t, "en-US")
	for _, tt := range []struct{ text, want string }{
		{"The drillship Regional Endeavour sank off Perth.\n", ""},
		{"The space shuttle Endaevor flew.\n", "1:19 name-variant Endaevor -> Endeavor\n"},
		{"Rainbow said so.\nBrierley Investments Ltd bought more.\n", ""},
		{"Rainbow said so.\nBrierley the firm bought more.\n", "2:1 misspelling Brierley -> Briefly\n"},
	} {
		if got := render(c.Check("", []byte(tt.text))); got != tt.want {
			t.Errorf("%q:\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}

// TestThreeLetterCapitals checks capitalised words of three letters: a
// slip of a well-known name is flagged wherever it stands, and one
// without a vowel only where a state's or a month's name stands; real
// short names, initials in title case and words at a sentence's start
// pass.
func TestThreeLetterCapitals(t *testing.T) {
	c := defaultChecker(t, nil)
	checkCapitalCases(t, c, []capitalCase{
		{"a letter dropped from a singer's name", "Earlier this week, Bno announced a tour.\n", "Bno", NameVariant, "Bono"},
		{"a letter dropped from a country", "Talks with Cba resumed in May.\n", "Cba", NameVariant, "Cuba"},
		{"a letter dropped from a first name", "The coach Alx said so.\n", "Alx", NameVariant, "Alex"},
		{"a swap in a first name of three letters, making a run no name has", "The firm Jmi Miller grew.\n", "Jmi", NameVariant, "Jim"},
		{"a letter added to a name of three", "It opened 35 new T.J. Maxx stores.\n", "", "", ""},
		{"no vowel, where a state stands", "MINNEAPOLIS, Mnn., March 3 - Shares rose.\n", "Mnn", NameVariant, "Minn"},
		{"no vowel, where a state stands, another", "PITTSBURGH, Pnn., March 3 - Shares rose.\n", "Pnn", NameVariant, "Penn"},
		{"no vowel, elsewhere", "The Mnn group said.\n", "", "", ""},
		{"initials in title case", "Shares in Ptt and Dbs rose.\n", "", "", ""},
		{"short surnames", "Analysts Lim, Goh, Tan and Rao said.\n", "", "", ""},
		{"short first names", "He met Ivo and Ugo.\n", "", "", ""},
		{"a short name at a sentence's start", "Lal said the deal was done.\n", "", "", ""},
		{"a short word at a sentence's start", "Uno is a card game.\n", "", "", ""},
	})
}
