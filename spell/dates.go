package spell

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A month's name stands in a date more often than anywhere else, and a
// date says what the word is: "Fbe 26", "Jly 1987", "3 Ocotber". A slip
// in a month's name or its abbreviation is a name-variant of the month
// there, however short the word and however many names are near it
// (Jly: July, Jay, Joly), where the well-known names alone would let
// it pass (see checkCapital).

// monthForms holds the months' names and the abbreviations news writes
// (Reuters: Feb 26). May is left out: a word one slip from it (Mat, Mya,
// Maay) is another word or a name as often.
var monthForms = []string{"January", "February", "March", "April", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec"}

// minContextSlip is the fewest letters a word needs to be taken for a
// month's or a state's where it stands: two letters are an abbreviation
// of anything (Jn) or a postal code (Tx).
const minContextSlip = 3

// monthSlip returns the months that the unknown capitalised word w at
// text[start:end] is the plainest slip of (see plainestSlips: Febb too),
// when the word stands in a date (see inDate). It returns nil otherwise.
func monthSlip(text []byte, start, end int, w string) []string {
	if utf8.RuneCountInString(w) < minContextSlip || !inDate(text, start, end) {
		return nil
	}
	return plainestSlips(w, monthForms)
}

// inDate reports whether the word at text[start:end] stands where a
// month's name does in a date or a table of months: before a number from
// 1 to 31, a day or a month's figure, with or without a full stop (Feb 26,
// Nov. 17, Jul 7.0), or before a year with or without a comma (Nov, 1986);
// after a day of the month (26 Feb); after in, since, until and the like
// when no capitalised word follows (In Jly a virus spread; not In Jly
// Smith's view); or joined by a slash or a hyphen to a month (Aug/Sep,
// May-Apr).
func inDate(text []byte, start, end int) bool {
	rest := text[end:]
	if len(rest) > 0 && (rest[0] == '/' || rest[0] == '-') && startsMonth(rest[1:]) || endsMonth(text[:start]) {
		return true
	}
	if before, _ := wordsBeside(text, start, end, " "); timeWord[string(before)] && !capitalFollows(text[end:]) {
		return true // in Jly
	}
	comma := false
	if len(rest) > 0 && (rest[0] == '.' || rest[0] == ',') {
		comma = rest[0] == ','
		rest = rest[1:]
	}
	if len(rest) > 1 && rest[0] == ' ' {
		n, digits := number(rest[1:])
		if digits == 4 && n >= 1000 || !comma && dayOfMonth(n, digits) {
			return true
		}
	}
	if start >= 2 && text[start-1] == ' ' {
		i := start - 1
		for i > 0 && isDigit(rune(text[i-1])) {
			i--
		}
		if i > 0 && (asciiLetterByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			return false // a code or a figure's part (A4 Paper, 3.5 Mln)
		}
		return dayOfMonth(number(text[i : start-1]))
	}
	return false
}

// dayOfMonth reports whether n, of digits digits, may be a day of the
// month: 1 to 31, in one digit or two.
func dayOfMonth(n, digits int) bool { return (digits == 1 || digits == 2) && n >= 1 && n <= 31 }

// startsMonth reports whether b starts with a month's name or
// abbreviation, whole.
func startsMonth(b []byte) bool {
	n := 0
	for n < len(b) && asciiLetterByte(b[n]) {
		n++
	}
	return n > 0 && isMonth(string(b[:n]))
}

// endsMonth reports whether b, the text before a word, ends with a
// month's name or abbreviation, whole, and a slash or a hyphen.
func endsMonth(b []byte) bool {
	if len(b) < 2 || b[len(b)-1] != '/' && b[len(b)-1] != '-' {
		return false
	}
	i := len(b) - 1
	for i > 0 && asciiLetterByte(b[i-1]) {
		i--
	}
	return (i == 0 || !isDigit(rune(b[i-1]))) && isMonth(string(b[i:len(b)-1]))
}

// timeWord holds the words that stand before a month's name alone (in
// July, since April).
var timeWord = map[string]bool{"in": true, "In": true, "since": true, "Since": true, "until": true, "Until": true,
	"during": true, "During": true, "early": true, "late": true, "last": true, "next": true}

// isMonth reports whether w is a month's name or abbreviation.
func isMonth(w string) bool { return w == "May" || slices.Contains(monthForms, w) }

// number returns the value of the whole number b starts with, and how
// many digits it has, when no letter or digit follows it (26, 1987, 7.0
// as 7; not 26th, 3pm or 1,500): 0 digits otherwise, or when it has more
// than four.
func number(b []byte) (n, digits int) {
	for digits < len(b) && isDigit(rune(b[digits])) {
		if digits == 4 {
			return 0, 0
		}
		n = n*10 + int(b[digits]-'0')
		digits++
	}
	if digits < len(b) {
		r, _ := utf8.DecodeRune(b[digits:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' && digits+1 < len(b) && isDigit(rune(b[digits+1])) {
			return 0, 0
		}
	}
	return n, digits
}
