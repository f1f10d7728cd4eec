package markup

import (
	"bytes"

	"golang.org/x/net/html"
)

// skipped reports whether the text inside an element is not prose: code,
// scripts, styles, form fields, templates and embedded vector markup, and
// the raw-text elements whose content is not shown.
func skipped(name []byte) bool {
	switch string(name) {
	case "script", "style", "code", "pre", "kbd", "samp", "var", "textarea",
		"template", "svg", "math", "iframe", "xmp", "plaintext":
		return true
	}
	return false
}

// blockElement reports whether an element starts and ends a block of its
// own when shown: a heading, the page's title, a paragraph, a list item, a
// table cell, a line break and the like. Its tags stand for a line break
// in the prose, so that a page written on one line still has its
// headlines and paragraphs apart.
func blockElement(name []byte) bool {
	switch string(name) {
	case "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div",
		"dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
		"head", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "section",
		"summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul":
		return true
	}
	return false
}

// reparsed reports whether the tokenizer hands the content of an element
// over as one raw text token although a reader (without scripts or
// frames) sees it as markup; such content is tokenized again.
func reparsed(name []byte) bool {
	switch string(name) {
	case "noscript", "noembed", "noframes":
		return true
	}
	return false
}

// maxSkipLookback bounds how far back an end tag looks for its start tag in the
// stack of open skipped elements, so that garbage input stays linear.
const maxSkipLookback = 64

// htmlProc marks the prose of HTML. It is fed whole documents or, for
// Markdown, the raw HTML pieces of a document in order; the stack of open
// skipped elements carries over from one piece to the next.
type htmlProc struct {
	out, src []byte
	ctl      *controls
	skip     []string // open skipped elements, innermost last
	depth    int      // nesting of re-tokenized raw text
}

func (h *htmlProc) skipping() bool { return len(h.skip) > 0 }

// feed tokenizes view, which stands at src[base:base+len(view)]: the same
// bytes, except that Markdown container markers may have been blanked.
func (h *htmlProc) feed(view []byte, base int) {
	z := html.NewTokenizer(bytes.NewReader(view))
	off := 0
	reparse := false
	for {
		tt := z.Next()
		raw := z.Raw()
		start := base + off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			switch {
			case reparse && h.depth < 4:
				h.depth++
				h.feed(raw, start)
				h.depth--
			case !h.skipping():
				h.keep(start, raw)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			h.attrs(raw, start)
			name, _ := z.TagName()
			h.blockTag(name, start)
			if tt == html.StartTagToken && skipped(name) {
				h.skip = append(h.skip, string(name))
			}
			reparse = tt == html.StartTagToken && reparsed(name)
			continue
		case html.EndTagToken:
			name, _ := z.TagName()
			h.blockTag(name, start)
			h.endTag(name)
		case html.CommentToken:
			h.ctl.comment(h.src, start, base+off)
		}
		reparse = false
	}
}

// endTag closes the innermost open skipped element of that name, and
// any open inside it.
func (h *htmlProc) endTag(name []byte) {
	for i := len(h.skip) - 1; i >= 0 && i >= len(h.skip)-maxSkipLookback; i-- {
		if h.skip[i] == string(name) {
			h.skip = h.skip[:i]
			return
		}
	}
}

// single reads view, which stands at src[base:base+len(view)] and holds
// exactly one tag, comment, declaration or processing instruction, as
// Markdown's inline raw HTML does. It does the tokenizer's work without
// its cost.
func (h *htmlProc) single(view []byte, base int) {
	switch {
	case len(view) < 2:
	case bytes.HasPrefix(view, []byte("<!--")):
		h.ctl.comment(h.src, base, base+len(view))
	case view[1] == '!' || view[1] == '?':
	case view[1] == '/':
		name := tagName(view[2:])
		h.blockTag(name, base)
		h.endTag(name)
	default:
		h.attrs(view, base)
		name := tagName(view[1:])
		h.blockTag(name, base)
		if skipped(name) && !bytes.HasSuffix(view, []byte("/>")) {
			h.skip = append(h.skip, string(name))
		}
	}
}

// blockTag puts a line break in the prose at the '<' of a tag, at
// src[at], of a block element (see blockElement), where it stands blank.
func (h *htmlProc) blockTag(name []byte, at int) {
	if blockElement(name) && at >= 0 && at < len(h.out) && h.src[at] == '<' && h.out[at] == ' ' {
		h.out[at] = '\n'
	}
}

// tagName returns the lower-cased tag name at the start of b.
func tagName(b []byte) []byte {
	n := 0
	for n < len(b) && (b[n] == '-' || '0' <= b[n] && b[n] <= '9' || 'a' <= b[n]|0x20 && b[n]|0x20 <= 'z') {
		n++
	}
	return bytes.ToLower(b[:n])
}

// keep copies b, which stands at src[at:at+len(b)], to the output. b is
// taken from the view, so blanked container markers stay blank.
func (h *htmlProc) keep(at int, b []byte) {
	if at >= 0 && at+len(b) <= len(h.out) {
		copy(h.out[at:], b)
	}
}

// attrs keeps the values of the alt and title attributes of the raw start
// tag at src[start:start+len(raw)], at their exact offsets.
func (h *htmlProc) attrs(raw []byte, start int) {
	n := len(raw)
	i := 1
	for i < n && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	for {
		for i < n && (isSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= n || raw[i] == '>' {
			return
		}
		ns := i
		i++ // a first '=' belongs to the name
		for i < n && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' && raw[i] != '=' {
			i++
		}
		name := raw[ns:i]
		for i < n && isSpace(raw[i]) {
			i++
		}
		if i >= n || raw[i] != '=' {
			continue
		}
		i++
		for i < n && isSpace(raw[i]) {
			i++
		}
		var vs, ve int
		if i < n && (raw[i] == '"' || raw[i] == '\'') {
			q := raw[i]
			vs = i + 1
			ve = vs
			for ve < n && raw[ve] != q {
				ve++
			}
			i = min(ve+1, n)
		} else {
			vs = i
			for i < n && !isSpace(raw[i]) && raw[i] != '>' {
				i++
			}
			ve = i
		}
		if bytes.EqualFold(name, []byte("alt")) || bytes.EqualFold(name, []byte("title")) {
			h.keep(start+vs, raw[vs:ve])
		}
	}
}
