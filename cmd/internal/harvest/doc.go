// Package harvest drafts a house lexicon from an archive of articles.
//
// An archive already knows its house spellings (the ones it uses hundreds of
// times) and shows where the desk has been inconsistent. A [Harvester]
// counts the capitalised words and several-word names of each document it
// is given, streaming (it keeps counts, not text), and its [Draft] lists:
//
//   - groups of spellings of one name, as the checker relates them (one
//     edit apart, or romanizations of one name; see [spell.Related]), the
//     majority spelling first and the others as rejected variants;
//   - pairs it is unsure of (one vowel for another, no clear majority, a
//     spelling the dictionary knows as a name of its own), for a person to
//     decide: written as comments, never as rejections;
//   - the names used at least [Options.MinCount] times that the known
//     lexicon (usually the embedded default) does not know, and both
//     spellings of each unsure pair, known or not, so that the checker
//     accepts both until a person decides.
//
// [Draft.WriteLexicon] writes it in the lexicon file format (see package
// lexicon), [Draft.WriteHTML] and [Draft.WriteMarkdown] as a report for editors.
//
// The package sits above both lexicon and spell: it uses the checker's
// tokenizer and its notion of variants, so a draft agrees with what the
// checker then flags.
package harvest
