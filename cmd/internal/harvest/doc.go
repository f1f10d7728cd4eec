// Package harvest drafts a house lexicon from an archive of articles.
//
// An archive already knows its house spellings (the ones it uses hundreds of
// times) and shows where the desk has been inconsistent. A [Harvester]
// counts the capitalised words and several-word names of each document it
// is given, streaming (it keeps counts, not text), and its [Draft] lists:
//
//   - groups of spellings of one name, as the checker relates them (one
//     edit apart, or romanizations of one name; see [spell.Related]), the
//     majority spelling first and the others as rejected variants; one
//     edit makes a variant only with the evidence the checker's
//     inconsistent rule asks for, a document that spells the name both
//     ways, and a short name needs more;
//   - the other spellings of names the known lexicon knows, under its
//     spelling: slips the checker takes for the name (Manchster), or
//     romanizations that trade letters (Qaddafi for Gaddafi), never a
//     name the known lexicon knows as one of its own (Gerard beside
//     Gerrard) nor one it does not relate (Charlize beside Charles);
//   - pairs it is unsure of (one vowel for another, no clear majority, a
//     spelling the dictionary knows as a name of its own), for a person to
//     decide: written as comments, never as rejections;
//   - the names used at least [Options.MinCount] times that the known
//     lexicon (usually the embedded default) does not know, and both
//     spellings of each unsure pair, known or not, so that the checker
//     accepts both until a person decides.
//
// Contractions (I'm) and compounds with a word in lower case (US-based)
// are not names. [Draft.WriteLexicon] writes a draft in the lexicon file
// format (see package lexicon), [Draft.WriteHTML] and [Draft.WriteMarkdown]
// as a report for editors, marked so that [Skip] knows them (with other
// lexicons) for no articles when the folder is harvested again.
//
// The package sits above both lexicon and spell: it uses the checker's
// tokenizer and its notion of variants, so a draft agrees with what the
// checker then flags.
package harvest
