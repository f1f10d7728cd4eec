package spell

// FingerSlip reports whether typo looks like name typed with one slip of
// the fingers, as the checker's rules for well-known names count slips:
// two neighbours swapped, a letter doubled, a neighbouring key, a letter
// added beside its key or a vowel, or one dropped from inside the word;
// never a change to the first letter, a letter added or dropped at the
// end, one of a double or an h dropped (Gerard, Gerrard), nor a key far
// off (Marr, Mary). Case is ignored.
func FingerSlip(typo, name string) bool { return slipOf(typo, name) != noSlip }
