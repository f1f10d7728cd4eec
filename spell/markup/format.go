package markup

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Format is a kind of input.
type Format int

// The formats [Prose] understands.
const (
	Text     Format = iota // plain text: everything is prose
	Markdown               // CommonMark with GFM tables and front matter
	HTML                   // HTML or XHTML
)

// String returns the format's name as [ParseFormat] accepts it:
// "text", "markdown" or "html".
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat parses a format name as given to --markup: "text",
// "markdown" (or "md") or "html", in any case. The error for any other
// name lists the allowed values.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "text":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html":
		return HTML, nil
	}
	return Text, fmt.Errorf("unknown markup %q: want text, markdown (or md) or html", s)
}

// FormatOf returns the format of a file, judged by its extension (in any
// case): .md, .markdown, .mdown, .mkd and .mdx are [Markdown]; .html, .htm
// and .xhtml are [HTML]; anything else is [Text].
func FormatOf(filename string) Format {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mdx":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	}
	return Text
}
