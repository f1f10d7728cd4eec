package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/lexcheck/lexcheck/spell"
)

// githubPrinter prints GitHub Actions workflow commands, one a line:
//
//	::warning file=F,line=L,col=C,endLine=EL,endColumn=EC,title=lexcheck KIND::MESSAGE
//
// which the Actions runner shows as annotations on the checked files. Each
// property is left out when its value is unknown: file for standard input,
// the line and columns when the position has none. GitHub honours columns
// only within one line, so col and endColumn are left out when a span
// crosses lines. endColumn, like the End of a finding, is the column just
// after the word. The command is the finding's level ([Options.Level]):
// ::error, ::warning or, for Note, ::notice. File names are written with
// forward slashes, from [Options.Dir] when it is set. Values are escaped as
// @actions/core escapes them.
type githubPrinter struct {
	w    io.Writer
	opts Options
}

func (p *githubPrinter) Print(findings []spell.Finding, _ Stats) error {
	bw := bufio.NewWriter(p.w)
	for _, f := range findings {
		var props []string
		prop := func(name, value string) { props = append(props, name+"="+escapeProperty(value)) }
		if name := f.Pos.Filename; name != "" && name != "-" {
			prop("file", p.opts.fileName(name))
		}
		if f.Pos.IsValid() {
			e := end(f)
			sameLine := !e.IsValid() || e.Line == f.Pos.Line
			prop("line", strconv.Itoa(f.Pos.Line))
			if f.Pos.Column > 0 && sameLine {
				prop("col", strconv.Itoa(f.Pos.Column))
			}
			if e.IsValid() {
				prop("endLine", strconv.Itoa(e.Line))
				if e.Column > 0 && f.Pos.Column > 0 && sameLine {
					prop("endColumn", strconv.Itoa(e.Column))
				}
			}
		}
		prop("title", "lexcheck "+string(f.Kind))
		bw.WriteString("::")
		bw.WriteString(githubCommand(p.opts.level(f)))
		bw.WriteString(" ")
		bw.WriteString(strings.Join(props, ","))
		bw.WriteString("::")
		bw.WriteString(escapeData(f.Message))
		bw.WriteString("\n")
	}
	return bw.Flush()
}

func githubCommand(l Level) string {
	if l == Note {
		return "notice"
	}
	return string(l)
}

// escapeData escapes a workflow command's message as @actions/core does.
var escapeData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// escapeProperty escapes a workflow command's property value as
// @actions/core does: as a message, and also ':' and ','.
var escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
