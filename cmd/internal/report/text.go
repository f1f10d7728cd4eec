package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/lexcheck/lexcheck/spell"
)

// textPrinter prints one finding a line,
// "file:line:column: severity: message (kind)", the convention of
// compilers (gcc's "warning:") that editors and problem matchers parse. It
// prints nothing for a run without findings.
type textPrinter struct {
	w    io.Writer
	opts Options
}

// lineBreaks turns line breaks in a message into the two-character escapes
// \n and \r, so that one finding stays on one line.
var lineBreaks = strings.NewReplacer("\r", `\r`, "\n", `\n`)

func (p *textPrinter) Print(findings []spell.Finding, _ Stats) error {
	bw := bufio.NewWriter(p.w)
	for _, f := range findings {
		bw.WriteString(f.Pos.String())
		bw.WriteString(": ")
		bw.WriteString(p.opts.level(f).severity())
		bw.WriteString(": ")
		lineBreaks.WriteString(bw, f.Message)
		bw.WriteString(" (")
		bw.WriteString(string(f.Kind))
		bw.WriteString(")\n")
	}
	return bw.Flush()
}
