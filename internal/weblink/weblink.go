// Package weblink holds the one rule by which lexcheck tells that a run of
// text is a link, not words: the checker's tokenizer and the markup reader
// both leave such runs unchecked.
package weblink

// Starts reports whether s starts with a link: a URL scheme of letters
// before "://" (http://, https://, ftp://, git://), "mailto:" or "www.",
// in any case, with something other than white space after it.
func Starts[T ~string | ~[]byte](s T) bool {
	n := prefixLen(s)
	return n > 0 && len(s) > n && !isSpace(s[n])
}

// prefixLen returns the length of the link prefix s starts with, or 0.
func prefixLen[T ~string | ~[]byte](s T) int {
	for _, p := range [...]string{"mailto:", "www."} {
		if hasPrefixFold(s, p) {
			return len(p)
		}
	}
	i := 0
	for i < len(s) && i < maxScheme && (lower(s[i]) >= 'a' && lower(s[i]) <= 'z' || i > 0 && schemeChar(s[i])) {
		i++
	}
	if i > 0 && i+3 <= len(s) && s[i] == ':' && s[i+1] == '/' && s[i+2] == '/' {
		return i + 3
	}
	return 0
}

// maxScheme is the longest URL scheme looked for.
const maxScheme = 32

func schemeChar(c byte) bool { return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' }

func lower(c byte) byte { return c | 0x20 }

func hasPrefixFold[T ~string | ~[]byte](s T, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
