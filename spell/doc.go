// Package spell finds variant spellings in text: typos and transliteration
// variants of known names, misspelled words, rejected house variants,
// names one document spells two ways, and words typed twice in a row. The
// rules that judge each word are listed, in order, in rules.go.
//
// A [Checker] is built once from a [lexicon.Lexicon] and checks any number
// of documents; it is safe for concurrent use. Findings are plain data
// ([Finding]); printing them is the caller's business.
package spell
