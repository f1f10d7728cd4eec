// Package spell finds variant spellings in text: typos and transliteration
// variants of known names, misspelled words, rejected house variants, and
// names one document spells two ways.
//
// A [Checker] is built once from a [lexicon.Lexicon] and checks any number
// of documents; it is safe for concurrent use. Findings are plain data
// ([Finding]); printing them is the caller's business.
package spell
