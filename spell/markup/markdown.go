package markup

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mdParser is the CommonMark parser with the GFM extensions that change
// what is prose: tables, strikethrough, task-list boxes and bare-URL
// autolinks.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(
		extension.Table,
		extension.Strikethrough,
		extension.TaskList,
		extension.Linkify,
	)).Parser()
})

// proseMarkdown un-blanks the prose of a Markdown document in out, which
// starts all blank.
func proseMarkdown(out, src []byte, ctl *controls) {
	body := src
	if end := frontMatter(out, src); end > 0 {
		// Parse the body with the front matter blanked, so that offsets
		// stay those of src.
		body = make([]byte, len(src))
		blankAll(body[:end], src[:end])
		copy(body[end:], src[end:])
	}
	bd := bound(body)
	body = bd.body
	w := mdWalker{out: out, src: src, body: body}
	w.h = htmlProc{out: out, src: src, ctl: ctl}
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		doc := mdParser().Parse(text.NewReader(body))
		w.walk(doc)
		return true
	}()
	if !ok {
		// The parser failed on this input: report nothing rather than
		// report code and markup as prose.
		blankAll(out, src)
		*ctl = controls{}
		return
	}
	bd.apply(out, src)
	blankURLs(out)
}

// mdWalker walks a goldmark syntax tree in source order.
type mdWalker struct {
	out, src []byte
	body     []byte // what was parsed: src, or src with the front matter blanked
	h        htmlProc

	// The lines of the current leaf block, and a copy of its source with
	// everything outside them blanked, made when a link tail is scanned.
	lines    *text.Segments
	mask     []byte
	maskBase int
}

// walk marks the prose in n and returns the end offset of the source that
// n is known to cover, or -1.
func (w *mdWalker) walk(n ast.Node) int {
	switch n := n.(type) {
	case *ast.Text:
		if !w.h.skipping() {
			keep(w.out, w.src, n.Segment.Start, n.Segment.Stop)
		}
		return n.Segment.Stop
	case *ast.CodeSpan:
		end := -1
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				end = max(end, t.Segment.Stop)
			}
		}
		return end
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.AutoLink, *ast.ThematicBreak:
		return -1
	case *ast.RawHTML:
		return w.html(n.Segments.Sliced(0, n.Segments.Len()), true)
	case *ast.HTMLBlock:
		segs := n.Lines().Sliced(0, n.Lines().Len())
		if n.HasClosure() {
			segs = append(segs, n.ClosureLine)
		}
		return w.html(segs, false)
	case *ast.LinkReferenceDefinition:
		w.enter(n.Lines())
		if len(n.Title) > 0 {
			w.refTitle()
		}
		return -1
	case *ast.Link:
		end := max(w.walkChildren(n), n.Pos()+1)
		return w.linkTail(end, n.Reference == nil && len(n.Title) > 0)
	case *ast.Image:
		end := max(w.walkChildren(n), n.Pos()+2)
		return w.linkTail(end, n.Reference == nil && len(n.Title) > 0)
	case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *extast.TableCell:
		saved, depth := w.lines, len(w.h.skip)
		w.enter(n.Lines())
		end := w.walkChildren(n)
		// An element opened by inline HTML does not outlive its block.
		if len(w.h.skip) > depth {
			w.h.skip = w.h.skip[:depth]
		}
		w.lines, w.mask = saved, nil
		return end
	}
	return w.walkChildren(n)
}

func (w *mdWalker) walkChildren(n ast.Node) int {
	end := -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		end = max(end, w.walk(c))
	}
	return end
}

// enter makes lines those of the current leaf block.
func (w *mdWalker) enter(lines *text.Segments) {
	w.lines, w.mask = lines, nil
}

// html feeds raw HTML made of the given source segments to the HTML rules:
// a block, or (if inline is set) a single tag or comment. Anything between
// the segments (container markers such as "> ") is blanked in the view the
// tokenizer sees.
func (w *mdWalker) html(segs []text.Segment, inline bool) int {
	if len(segs) == 0 {
		return -1
	}
	lo, hi := clampSeg(segs[0], len(w.src)).Start, clampSeg(segs[len(segs)-1], len(w.src)).Stop
	if lo >= hi {
		return -1
	}
	view := w.body[lo:hi]
	if len(segs) > 1 && !contiguous(segs) {
		view = make([]byte, hi-lo)
		blankAll(view, w.body[lo:hi])
		for _, s := range segs {
			s = clampSeg(s, len(w.src))
			if s.Start >= lo && s.Stop <= hi && s.Start < s.Stop {
				copy(view[s.Start-lo:], w.body[s.Start:s.Stop])
			}
		}
	}
	if inline {
		w.h.single(view, lo)
	} else {
		w.h.feed(view, lo)
	}
	return hi
}

// contiguous reports whether each segment starts where the one before it
// stops, so that together they are one stretch of the source.
func contiguous(segs []text.Segment) bool {
	for i := 1; i < len(segs); i++ {
		if segs[i].Start != segs[i-1].Stop {
			return false
		}
	}
	return true
}

func clampSeg(s text.Segment, n int) text.Segment {
	s.Start = min(max(s.Start, 0), n)
	s.Stop = min(max(s.Stop, s.Start), n)
	return s
}

// masked returns the source of the current leaf block with everything
// outside its lines blanked, and the offset in src where it starts.
func (w *mdWalker) masked() ([]byte, int) {
	if w.mask != nil || w.lines == nil || w.lines.Len() == 0 {
		return w.mask, w.maskBase
	}
	lo := clampSeg(w.lines.At(0), len(w.src)).Start
	hi := clampSeg(w.lines.At(w.lines.Len()-1), len(w.src)).Stop
	if lo >= hi {
		return nil, 0
	}
	m := make([]byte, hi-lo)
	blankAll(m, w.body[lo:hi])
	for i := 0; i < w.lines.Len(); i++ {
		s := clampSeg(w.lines.At(i), len(w.src))
		if s.Start >= lo && s.Stop <= hi {
			copy(m[s.Start-lo:], w.body[s.Start:s.Stop])
		}
	}
	w.mask, w.maskBase = m, lo
	return m, lo
}

// linkTail finds the end of an inline link or image whose text ends at or
// after from: the "](destination "title")" part. When title is set, the
// title's text is kept as prose. It returns the end of what it recognized.
func (w *mdWalker) linkTail(from int, title bool) int {
	m, base := w.masked()
	i := from - base
	if m == nil || i < 0 || i > len(m) {
		return from
	}
	// Find the ']' that closes the link text.
	for i < len(m) && m[i] != ']' {
		if m[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(m) {
		return from
	}
	i++ // past ']'
	if i >= len(m) || m[i] != '(' {
		return base + i
	}
	ts, te, j, ok := destTitle(m, i+1)
	j = skipSpace(m, j)
	if !ok || j >= len(m) || m[j] != ')' {
		return base + i
	}
	if title && ts < te {
		w.keepLines(base+ts, base+te)
	}
	return base + j + 1
}

// refTitle keeps the title of the link reference definition whose lines
// are current: `[label]: destination "title"`.
func (w *mdWalker) refTitle() {
	m, base := w.masked()
	i := skipSpace(m, 0)
	if i >= len(m) || m[i] != '[' {
		return
	}
	for i < len(m) && m[i] != ']' {
		if m[i] == '\\' {
			i++
		}
		i++
	}
	if i+1 >= len(m) || m[i+1] != ':' {
		return
	}
	if ts, te, _, ok := destTitle(m, i+2); ok && ts < te {
		w.keepLines(base+ts, base+te)
	}
}

// destTitle parses the optional white space, destination, white space and
// title that start at m[i]. It returns the title's inner range (empty when
// there is none) and the index after what it parsed.
func destTitle(m []byte, i int) (ts, te, end int, ok bool) {
	i = skipSpace(m, i)
	if i < len(m) && m[i] == '<' {
		for i < len(m) && m[i] != '>' && m[i] != '\n' {
			if m[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(m) || m[i] != '>' {
			return 0, 0, i, false
		}
		i++
	} else {
		depth := 0
	dest:
		for i < len(m) {
			switch c := m[i]; {
			case c == '\\':
				i++
			case c <= ' ':
				break dest
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			}
			i++
		}
	}
	i = skipSpace(m, i)
	if i >= len(m) || (m[i] != '"' && m[i] != '\'' && m[i] != '(') {
		return i, i, i, true
	}
	closer := m[i]
	if closer == '(' {
		closer = ')'
	}
	i++
	ts = i
	for i < len(m) && m[i] != closer {
		if m[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(m) {
		return 0, 0, i, false
	}
	return ts, i, i + 1, true
}

func skipSpace(m []byte, i int) int {
	for i < len(m) && isSpace(m[i]) {
		i++
	}
	return i
}

// keepLines keeps src[a:b] where it lies within the current block's lines.
func (w *mdWalker) keepLines(a, b int) {
	for i := 0; i < w.lines.Len(); i++ {
		s := w.lines.At(i)
		keep(w.out, w.src, max(a, s.Start), min(b, s.Stop))
	}
}
