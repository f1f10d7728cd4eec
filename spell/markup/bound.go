package markup

import "bytes"

// Goldmark's parse time grows faster than the input on some shapes: a line
// that opens hundreds of containers ("- - - - …", "> > > …"), lists nested
// by ever deeper indentation, and blocks crowded with link tails, reference
// definitions or emphasis delimiters ("[a](" repeated, "*a **a" repeated),
// which it rescans from each of them. Before parsing, bound rewrites such
// input so that parsing stays linear, keeping every offset: a line that
// opens too many containers is blanked for the parser and checked as plain
// text; a crowded block loses its link, emphasis and table markup, so that
// the parser reads it as text (code spans and HTML stay skipped), and that
// markup is blanked.
const (
	// maxContainers is the most block-quote and list markers a line may
	// open at its start; maxIndent the most columns of white space
	// among them when there is one.
	maxContainers = 32
	maxIndent     = 128
	// maxInlineMarks is the most link tails ("](" and "]:"), runs of
	// emphasis delimiters and table delimiter rows a block of lines
	// (between blank lines, outside fenced code) may hold.
	maxInlineMarks = 512
)

// inlineMarkup is what bound blanks in a crowded block: the brackets and
// parentheses of links, emphasis delimiters and table pipes. Code spans
// and raw HTML stay, so that they are still not prose.
var inlineMarkup = [256]bool{'[': true, ']': true, '(': true, ')': true, '*': true, '_': true, '|': true}

// A bounded document is what the Markdown parser is given: body with the
// over-limit parts blanked, and the ranges of the source to keep as prose
// since the parser no longer sees them as such.
type bounded struct {
	body    []byte
	plain   [][2]int // lines the parser sees blank, to keep whole
	crowded [][2]int // blocks whose inline markup the parser does not see, to blank
}

// bound returns body rewritten as described above. It copies body only if
// it has something to rewrite.
func bound(body []byte) bounded {
	b := bounded{body: body}
	copied := false
	write := func() []byte {
		if !copied {
			b.body = bytes.Clone(body)
			copied = true
		}
		return b.body
	}
	var fence []byte // the marker of the open fenced code block, if any
	blockStart, marks := -1, 0
	endBlock := func(end int) {
		if marks > maxInlineMarks {
			blankInline(write(), blockStart, end)
			b.crowded = append(b.crowded, [2]int{blockStart, end})
		}
		blockStart, marks = -1, 0
	}
	for at := 0; at < len(body); {
		end := lineEnd(body, at)
		line := body[at:end]
		content, containers, indent := containerPrefix(line)
		switch {
		case fence != nil:
			if closesFence(line[content:], fence) {
				fence = nil
			}
		case containers > maxContainers || containers > 0 && indent > maxIndent:
			endBlock(at)
			blank(write(), at, end)
			b.plain = append(b.plain, [2]int{at, end})
		case isBlankLine(line):
			endBlock(at)
		default:
			if f := opensFence(line[content:]); f != nil {
				endBlock(at)
				fence = f
				break
			}
			if blockStart < 0 {
				blockStart = at
			}
			marks += inlineMarks(line[content:])
		}
		at = end + 1
	}
	endBlock(len(body))
	return b
}

// containerPrefix returns where the content of line starts after the block
// quote markers, list markers and white space at its start, how many
// markers there are, and the columns of white space among them.
func containerPrefix(line []byte) (content, markers, indent int) {
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			markers++
			i++
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			markers++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				return i, markers, indent
			}
			markers++
			i = j + 1
		default:
			return i, markers, indent
		}
	}
	return i, markers, indent
}

// opensFence returns the fence marker ("```", "~~~~") that content opens a
// fenced code block with, or nil.
func opensFence(content []byte) []byte {
	if len(content) < 3 || (content[0] != '`' && content[0] != '~') {
		return nil
	}
	n := 0
	for n < len(content) && content[n] == content[0] {
		n++
	}
	if n < 3 || content[0] == '`' && bytes.IndexByte(content[n:], '`') >= 0 {
		return nil
	}
	return content[:n]
}

// closesFence reports whether content closes the fence opened by marker.
func closesFence(content, marker []byte) bool {
	content = bytes.TrimLeft(content, " \t")
	n := 0
	for n < len(content) && content[n] == marker[0] {
		n++
	}
	return n >= len(marker) && len(bytes.TrimSpace(content[n:])) == 0
}

// inlineMarks counts the marks of the line content that make the parser
// rescan the block (see maxInlineMarks).
func inlineMarks(content []byte) int {
	if isDelimiterRow(content) {
		return 1
	}
	n := 0
	for i := 0; i < len(content); i++ {
		switch c := content[i]; c {
		case ']':
			if i+1 < len(content) && (content[i+1] == '(' || content[i+1] == ':') {
				n++
			}
		case '*', '_':
			if i == 0 || content[i-1] != c {
				n++
			}
		}
	}
	return n
}

// isDelimiterRow reports whether content is a table's delimiter row
// ("|---|:-:|").
func isDelimiterRow(content []byte) bool {
	dash := false
	for _, c := range content {
		switch c {
		case '-':
			dash = true
		case '|', ':', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return dash && bytes.IndexByte(content, '|') >= 0
}

// blankInline blanks the inline markup (see inlineMarkup) of body[a:b]
// past each line's container markers.
func blankInline(body []byte, a, b int) {
	for at := a; at < b; {
		end := lineEnd(body, at)
		content, _, _ := containerPrefix(body[at:end])
		for i := at + content; i < end; i++ {
			if inlineMarkup[body[i]] {
				body[i] = ' '
			}
		}
		at = end + 1
	}
}

func isBlankLine(line []byte) bool {
	return len(bytes.TrimSpace(line)) == 0
}

// apply makes out, the prose of src parsed as b.body, keep the lines the
// parser did not see and blank the markup it did not see.
func (b bounded) apply(out, src []byte) {
	for _, r := range b.plain {
		keep(out, src, r[0], r[1])
	}
	for _, r := range b.crowded {
		for i := r[0]; i < r[1]; i++ {
			if b.body[i] != src[i] {
				out[i] = ' '
			}
		}
	}
}
