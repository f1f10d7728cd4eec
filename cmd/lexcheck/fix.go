package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/lexcheck/lexcheck/spell"
)

// fixable reports whether f can be fixed in src: it has one clear
// suggestion (see [clearSuggestion]) on a single line, different from the
// word, and src holds the word at f's offsets (so nothing but the flagged
// prose is replaced).
func fixable(f spell.Finding, src []byte) bool {
	if !clearSuggestion(f) {
		return false
	}
	s := f.Suggestions[0]
	start, end := f.Pos.Offset, f.End.Offset
	return s != f.Word && s != "" && !strings.ContainsAny(s, "\r\n") &&
		0 <= start && start < end && end <= len(src) && string(src[start:end]) == f.Word
}

// clearSuggestion reports whether f has one clear suggestion: its first
// suggestion is nearer the word than every other one, by optimal string
// alignment distance (letters inserted, deleted, replaced or swapped),
// ignoring case. "oppenents" has the clear suggestion "opponents" (one
// edit; "opponent" is two), "recieved" has none ("received" and "relieved"
// are one edit each).
func clearSuggestion(f spell.Finding) bool {
	if len(f.Suggestions) == 0 {
		return false
	}
	w := strings.ToLower(f.Word)
	best := osa(w, strings.ToLower(f.Suggestions[0]))
	for _, s := range f.Suggestions[1:] {
		if osa(w, strings.ToLower(s)) <= best {
			return false
		}
	}
	return true
}

// osa returns the optimal string alignment distance between a and b,
// counted in runes.
func osa(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows of the table: two back, one back, current.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// applyFixes returns src with every fixable finding replaced by its
// suggestion, the findings fixed, and those left. fs must be sorted by
// offset; a finding overlapping one fixed before it is left.
func applyFixes(src []byte, fs []spell.Finding) (out []byte, fixed, left []spell.Finding) {
	var b bytes.Buffer
	at := 0
	for _, f := range fs {
		if !fixable(f, src) || f.Pos.Offset < at {
			left = append(left, f)
			continue
		}
		b.Write(src[at:f.Pos.Offset])
		b.WriteString(f.Suggestions[0])
		at = f.End.Offset
		fixed = append(fixed, f)
	}
	if len(fixed) == 0 {
		return src, nil, left
	}
	b.Write(src[at:])
	return b.Bytes(), fixed, left
}

// writeAtomic writes path through write, with permissions perm: to a
// temporary file in the same directory, synced and renamed over path once
// complete, so that a reader sees the old file or the new one, never a
// part, and a failed write leaves nothing behind.
func writeAtomic(path string, perm fs.FileMode, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".lexcheck-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(perm)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// diffContext is the number of unchanged lines shown around a change.
const diffContext = 3

// unifiedDiff returns the unified diff from a to b, files named name (see
// [patchPath]), in the form of diff -u and git diff ("--- a/name",
// "+++ b/name"). It
// compares line by line, which is exact for fixes: they replace words
// within a line and never add or remove lines. It returns "" when a and b
// are equal.
func unifiedDiff(name string, a, b []byte) string {
	al, bl := lines(a), lines(b)
	if len(al) != len(bl) {
		panic("unifiedDiff: fixes changed the number of lines")
	}
	var changed []int
	for i := range al {
		if al[i] != bl[i] {
			changed = append(changed, i)
		}
	}
	if len(changed) == 0 {
		return ""
	}
	slashed := filepath.ToSlash(name)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", headerName("a/"+slashed), headerName("b/"+slashed))
	for i := 0; i < len(changed); {
		// A hunk runs from diffContext lines before a change to
		// diffContext after the last change within 2*diffContext of
		// the one before.
		j := i
		for j+1 < len(changed) && changed[j+1]-changed[j] <= 2*diffContext {
			j++
		}
		from := max(changed[i]-diffContext, 0)
		to := min(changed[j]+diffContext+1, len(al))
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(from, to), hunkRange(from, to))
		for k := from; k < to; {
			if al[k] == bl[k] {
				diffLine(&sb, ' ', al[k])
				k++
				continue
			}
			// A run of changed lines: the old ones, then the new.
			end := k
			for end < to && al[end] != bl[end] {
				end++
			}
			for _, l := range al[k:end] {
				diffLine(&sb, '-', l)
			}
			for _, l := range bl[k:end] {
				diffLine(&sb, '+', l)
			}
			k = end
		}
		i = j + 1
	}
	return sb.String()
}

// headerName returns the file name p as a diff header gives it, as git
// diff writes it: in double quotes with C escapes when it holds a double
// quote, a backslash or a control character (a newline would otherwise
// end the header), and followed by a tab when it holds a space, so that
// GNU patch, which reads a name up to a tab, takes the whole name.
func headerName(p string) string {
	if strings.ContainsFunc(p, func(r rune) bool { return r == '"' || r == '\\' || r < ' ' || r == 0x7f }) {
		var b strings.Builder
		b.WriteByte('"')
		for i := 0; i < len(p); i++ {
			switch c := p[i]; c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\t':
				b.WriteString(`\t`)
			default:
				if c < ' ' || c == 0x7f {
					fmt.Fprintf(&b, `\%03o`, c)
				} else {
					b.WriteByte(c)
				}
			}
		}
		b.WriteByte('"')
		p = b.String()
	}
	if strings.Contains(p, " ") {
		p += "\t"
	}
	return p
}

// patchPath returns the file name as a --diff header names it: relative
// to the working directory dir, with forward slashes and without "./" or
// inner "..", so that git apply run in dir takes it ("/w/a.md" and
// "x/../a.md" are "a.md" from /w). A file outside dir gets a path that
// starts with "../", which git apply takes with --unsafe-paths.
func patchPath(dir, name string) string {
	abs := name
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(dir, abs)
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs) // another volume
}

// hunkRange formats lines [from, to) (from 0) as a hunk header does.
func hunkRange(from, to int) string {
	if to-from == 1 {
		return fmt.Sprint(from + 1)
	}
	return fmt.Sprintf("%d,%d", from+1, to-from)
}

func diffLine(sb *strings.Builder, mark byte, line string) {
	sb.WriteByte(mark)
	sb.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		sb.WriteString("\n\\ No newline at end of file\n")
	}
}

// lines splits src after each '\n'; the last line may lack one.
func lines(src []byte) []string {
	ls := strings.SplitAfter(string(src), "\n")
	if ls[len(ls)-1] == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}
