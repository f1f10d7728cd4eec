// Package markup tells which bytes of a Markdown, HTML or plain-text file
// are prose that a reader sees, and so are checked for spelling.
//
// [Prose] returns a copy of its input of the same length in which every
// byte that is not prose is an ASCII space, except line breaks ('\n' and
// '\r'), which are always kept, and the '<' of an HTML tag that starts or
// ends a block (a heading, the title, a paragraph, a list item, a table
// cell, <br>), which is a line break: a page written on one line still has
// its headline and paragraphs on lines of their own. Prose bytes are
// copied unchanged, so an offset in the result is the same in the input,
// and a fix at an offset of the result can be applied to the input; count
// lines and columns in the input, which may have fewer lines. A multi-byte
// UTF-8 rune is never split: all its bytes are kept, or none. Character
// references (&eacute;) and Markdown backslash escapes are left as they
// are, for the tokenizer to read.
//
// # Text
//
// Everything is prose, except what inline control blanks.
//
// # Markdown
//
// Markdown is CommonMark with GFM tables, strikethrough, task lists and
// bare-URL autolinks. Prose is the text of paragraphs, headings, block quotes, list
// items and table cells, including emphasized text, link text, image alt
// text and link titles (of inline links and of reference definitions).
// Not prose: fenced and indented code blocks, code spans, autolinks and
// bare URLs (and URL-looking runs that start a word in link text), link
// and image destinations, reference labels, emphasis markers and all
// other syntax. Raw HTML, in blocks or inline, is read by the HTML rules
// below; an element such as <code> opened by inline HTML ends with its
// paragraph at the latest.
//
// Input that would make the parser's time grow faster than its size is
// read more plainly, offsets unchanged: a line that opens more than 32
// block quotes and list items at its start, or a list item indented more
// than 128 columns, is prose as it stands, markers and all; a block (lines
// between blank lines) with more than 512 link tails, reference
// definitions, runs of emphasis delimiters and table delimiter rows is read
// without its link, emphasis and table markup (which is blanked), while its
// code spans and HTML are still skipped.
//
// Front matter at the very start of the file, YAML between "---" lines or
// TOML between "+++" lines, is blanked except for the values of the keys
// title, description, summary, subtitle and caption (at any nesting):
// scalar values, quoted or not, and YAML block scalars ("|", ">") with
// their indented lines. Quotes and backslash escapes are blanked.
// Front matter without a closing line is not front matter.
//
// # HTML
//
// Prose is text, except inside <script>, <style>, <code>, <pre>, <kbd>,
// <samp>, <var>, <textarea>, <template>, <svg>, <math>, <iframe>, <xmp>
// and <plaintext>, and the values of alt and title attributes on any
// element, at their exact offsets. The content of <noscript>, <noembed>
// and <noframes> is read as HTML. Tag names, other attributes, comments
// and doctypes are blanked.
//
// # Inline control
//
// Directives turn checking off for part of a file. In Markdown and HTML a
// directive is written in an HTML comment, such as <!-- lexcheck:off -->;
// in text, on a line of its own (in whatever comment syntax the file
// uses), and that whole line is blanked.
//
//   - lexcheck:off blanks everything after it up to the next lexcheck:on
//     (in text, the lines from the off line to the on line), or to the end
//     of the file if there is none.
//   - lexcheck:ignore-next-line blanks the next line that has anything but
//     white space on it, after the line on which the directive ends. In
//     Markdown this is a source line, whatever block it belongs to.
//
// Directives in code (code blocks, code spans, <code>) are not directives.
package markup
