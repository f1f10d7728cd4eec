// Package lexicon loads, merges and indexes lexicons of known names and
// words, and provides the embedded default (an English dictionary per locale
// and a gazetteer of place names).
//
// # File format
//
// A lexicon file is UTF-8 text, one entry a line. A plain word list is a
// valid lexicon. '#' starts a comment that runs to the end of the line;
// blank lines are ignored. An entry has up to three marks:
//
//	Bakiyev = Бакиев            # '=' gives the original script
//	Jalal-Abad | Jalal'abad     # '|' separates accepted spellings; the first is preferred
//	Gaddafi !Qaddafi !Kadhafi   # '!' marks a rejected variant
//	Kurmanbek Bakiyev           # an entry may have several words
//
// The typographic apostrophe ’ and the ASCII ' are the same letter.
// A mark with nothing after it, or '|' with nothing before it, is an error;
// [Load] reports it as a [*ParseError] that names the file and line.
package lexicon
