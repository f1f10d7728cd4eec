package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/lexcheck/lexcheck/spell"
)

// ANSI styles of the text output on a terminal.
const (
	styleBold  = "\x1b[1m"
	styleWord  = "\x1b[1;31m" // the flagged word: bold red
	styleKind  = "\x1b[2m"    // the kind: dim
	styleReset = "\x1b[0m"
)

// useColor reports whether output to w may be coloured: w is a terminal,
// NO_COLOR (https://no-color.org) is unset or empty, and TERM is not
// "dumb".
func useColor(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb" && isTerminal(w)
}

// textOutput returns where the findings of format go: stdout, through a
// [colorWriter] when the format is text and stdout takes colour; flush
// writes what the colorWriter holds.
func textOutput(format string, stdout io.Writer) (w io.Writer, flush func() error) {
	if format != "text" || !useColor(stdout) {
		return stdout, func() error { return nil }
	}
	c := &colorWriter{w: stdout}
	return c, c.Flush
}

// printSummary writes the summary line to stderr after text output when
// stderr is a terminal and the run is not quiet.
func printSummary(stderr io.Writer, format string, quiet bool, findings []spell.Finding, checked int) {
	if format == "text" && !quiet && isTerminal(stderr) {
		fmt.Fprintln(stderr, summary(findings, checked))
	}
}

// findingLine matches a line of the text format: position, message, kind.
var findingLine = regexp.MustCompile(`^(.*?:\d+:\d+): (.*) \(([a-z-]+)\)$`)

// quotedWord is the first quoted word of a message, the one flagged.
var quotedWord = regexp.MustCompile(`^"[^"]*"`)

// A colorWriter colours the lines of the text format as they pass to w:
// the position bold, the flagged word red, the kind dim. Lines it does not
// recognise pass unchanged.
type colorWriter struct {
	w    io.Writer
	line []byte // a partial line, waiting for its end
}

func (c *colorWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			c.line = append(c.line, p...)
			break
		}
		c.line = append(c.line, p[:i]...)
		p = p[i+1:]
		if _, err := io.WriteString(c.w, colorLine(string(c.line))+"\n"); err != nil {
			return n - len(p), err
		}
		c.line = c.line[:0]
	}
	return n, nil
}

// Flush writes a last line that had no line break.
func (c *colorWriter) Flush() error {
	if len(c.line) == 0 {
		return nil
	}
	_, err := c.w.Write(c.line)
	c.line = c.line[:0]
	return err
}

// colorLine returns a finding line with its parts styled.
func colorLine(line string) string {
	m := findingLine.FindStringSubmatch(line)
	if m == nil {
		return line
	}
	msg := quotedWord.ReplaceAllString(m[2], styleWord+"$0"+styleReset)
	return styleBold + m[1] + ":" + styleReset + " " + msg + " " + styleKind + "(" + m[3] + ")" + styleReset
}

// summary is the line a terminal user reads after the findings:
// "3 findings in 2 files (120 checked)".
func summary(findings []spell.Finding, checked int) string {
	if len(findings) == 0 {
		return fmt.Sprintf("no findings (%d checked)", checked)
	}
	files := map[string]bool{}
	for _, f := range findings {
		files[f.Pos.Filename] = true
	}
	return fmt.Sprintf("%s in %s (%d checked)", plural(len(findings), "finding"), plural(len(files), "file"), checked)
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
