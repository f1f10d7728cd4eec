package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines tells which lines of which files differ from a git revision.
type changedLines struct {
	top   string                 // the work tree's top directory
	lines map[string][]lineRange // by absolute path: the changed lines, in diff order
	whole map[string]bool        // files git does not track: every line is new
}

// gitChanged asks git, run in dir, which lines of the files below paths
// (as given on the command line; "-" is left out) differ from rev ("git
// diff -U0 rev -- paths"), and which of those files it does not track. A
// path outside the work tree has no changed lines.
func gitChanged(dir, rev string, paths []string) (*changedLines, error) {
	git := func(args ...string) ([]byte, error) {
		cmd := gitCommand(dir, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, gitError(args[0], err, &stderr)
		}
		return out, nil
	}
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--changed %s: not in a git work tree (%v)", rev, err)
	}
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("--changed %s: not a revision", rev)
	}
	if _, err := git("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--changed %s: unknown revision", rev)
	}
	c := &changedLines{
		top:   strings.TrimSpace(string(top)),
		lines: map[string][]lineRange{},
		whole: map[string]bool{},
	}
	specs := c.pathspecs(dir, paths)
	if len(specs) == 0 {
		return c, nil // nothing checked is in the work tree
	}
	if err := c.readDiff(dir, append([]string{"diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--no-prefix", rev, "--"}, specs...)); err != nil {
		return nil, fmt.Errorf("--changed %s: %v", rev, err)
	}
	others, err := git(append([]string{"ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--"}, specs...)...)
	if err != nil {
		return nil, fmt.Errorf("--changed %s: %v", rev, err)
	}
	for _, f := range strings.Split(string(others), "\x00") {
		if f != "" {
			c.whole[c.abs(f)] = true
		}
	}
	return c, nil
}

// gitCommand returns the command running git with args in dir, with file
// names written as they are (not quoted for being non-ASCII).
func gitCommand(dir string, args ...string) *exec.Cmd {
	cmd := exec.Command("git", append([]string{"-c", "core.quotePath=false"}, args...)...)
	cmd.Dir = dir
	return cmd
}

// gitError describes git's failure to run sub-command, with what it wrote
// to standard error.
func gitError(sub string, err error, stderr *bytes.Buffer) error {
	if errors.Is(err, exec.ErrNotFound) {
		return errors.New("--changed needs git, which is not installed")
	}
	msg := strings.TrimSpace(stderr.String())
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("git %s: %s", sub, msg)
}

// pathspecs returns the git pathspecs of the checked paths that lie in the
// work tree: each relative to its top, taken literally (a name with '*' is
// not a pattern).
func (c *changedLines) pathspecs(dir string, paths []string) []string {
	var specs []string
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		p = absDir(p)
		if r, err := filepath.EvalSymlinks(p); err == nil {
			p = r
		}
		rel, err := filepath.Rel(c.top, p)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		if rel == "." {
			rel = "" // the whole tree: a literal "." matches nothing
		}
		specs = append(specs, ":(top,literal)"+filepath.ToSlash(rel))
	}
	return specs
}

// readDiff runs git with args (a git diff) and reads its output as it
// comes, so that a large diff is not held in memory.
func (c *changedLines) readDiff(dir string, args []string) error {
	cmd := gitCommand(dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return gitError(args[0], err, &stderr)
	}
	perr := c.parseDiff(out)
	if perr != nil {
		io.Copy(io.Discard, out) // let git finish writing
	}
	if err := cmd.Wait(); err != nil {
		return gitError(args[0], err, &stderr)
	}
	if perr != nil {
		return fmt.Errorf("reading git diff: %v", perr)
	}
	return nil
}

func (c *changedLines) abs(rel string) string {
	return filepath.Join(c.top, filepath.FromSlash(rel))
}

// maxHeaderLine is the longest diff line parseDiff reads whole; longer
// lines (a changed line of a file without line breaks) are cut, which
// loses nothing: the lines parseDiff reads (file and hunk headers) are
// short, and of the others it only needs the first bytes.
const maxHeaderLine = 64 << 10

// A lineRange is the lines [from, to) of a file, counted from 1.
type lineRange struct{ from, to int }

// parseDiff reads the output of git diff -U0 --no-prefix: for each file
// (from its "diff --git" line) the name on its "+++ " line, read only
// before its first hunk, so that an added line "++ x" (written "+++ x")
// is not taken for a file header; then the new-side ranges of its
// "@@ -a,b +c,d @@" hunk headers.
func (c *changedLines) parseDiff(r io.Reader) error {
	br := bufio.NewReaderSize(r, maxHeaderLine)
	cur := ""       // the file whose hunks follow; "" for none
	header := false // between "diff --git" and the file's first "@@"
	for {
		line, err := readLine(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(line, "diff --git "):
			header, cur = true, ""
		case strings.HasPrefix(line, "@@ "):
			header = false
			if cur == "" {
				continue
			}
			start, n, err := newRange(line)
			if err != nil {
				return err
			}
			if n > 0 {
				c.lines[cur] = append(c.lines[cur], lineRange{start, start + n})
			}
		case header && strings.HasPrefix(line, "+++ "):
			name := diffName(strings.TrimPrefix(line, "+++ "))
			cur = ""
			if name != "/dev/null" {
				cur = c.abs(name)
			}
		}
	}
}

// readLine returns the next line of br without its line ending, cut to
// the reader's buffer size, and skips the rest of a longer line.
func readLine(br *bufio.Reader) (string, error) {
	b, err := br.ReadSlice('\n')
	line := string(b)
	for err == bufio.ErrBufferFull {
		_, err = br.ReadSlice('\n')
	}
	if err == io.EOF && line != "" {
		err = nil
	}
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(line, "\n"), nil
}

// diffName returns the file name of a "+++ " header line's rest: git ends
// a name holding a space with a tab, and quotes a name holding a quote, a
// backslash or a control character, C-style.
func diffName(s string) string {
	s = strings.TrimSuffix(s, "\t")
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		if u, ok := unquoteC(s[1 : len(s)-1]); ok {
			return u
		}
	}
	return s
}

// cEscapes are the one-letter escapes of git's C-style quoting.
var cEscapes = map[byte]byte{'a': '\a', 'b': '\b', 't': '\t', 'n': '\n', 'v': '\v', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}

// unquoteC undoes git's C-style quoting of s (without its quotes): the
// escapes of cEscapes and three-digit octal bytes; other bytes stand for
// themselves. It reports false for a malformed escape.
func unquoteC(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch {
		case i >= len(s):
			return "", false
		case cEscapes[s[i]] != 0:
			b.WriteByte(cEscapes[s[i]])
		case i+3 <= len(s) && isOctal(s[i:i+3]) && s[i] <= '3':
			b.WriteByte((s[i]-'0')<<6 | (s[i+1]-'0')<<3 | (s[i+2] - '0'))
			i += 2
		default:
			return "", false
		}
	}
	return b.String(), true
}

func isOctal(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '7' {
			return false
		}
	}
	return true
}

// newRange returns the new side of a hunk header "@@ -a,b +c,d @@": its
// first line and count (d is 1 when left out).
func newRange(h string) (start, n int, err error) {
	bad := fmt.Errorf("bad hunk header %q", h)
	f := strings.Fields(h)
	if len(f) < 3 || !strings.HasPrefix(f[2], "+") {
		return 0, 0, bad
	}
	s, count, ok := strings.Cut(f[2][1:], ",")
	if start, err = lineNumber(s); err != nil {
		return 0, 0, bad
	}
	n = 1
	if ok {
		if n, err = lineNumber(count); err != nil {
			return 0, 0, bad
		}
	}
	return start, n, nil
}

// lineNumber parses a line number or count of a hunk header: digits only,
// small enough that a start and a count add up without overflowing.
func lineNumber(s string) (int, error) {
	n, err := strconv.ParseUint(s, 10, 62)
	if err != nil || s[0] == '+' {
		return 0, errors.New("bad line number")
	}
	return int(n), nil
}

// has reports whether line of the file name (as the checker named it)
// differs from the revision.
func (c *changedLines) has(name string, line int) bool {
	p := absDir(name)
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if c.whole[p] {
		return true
	}
	for _, r := range c.lines[p] {
		if r.from <= line && line < r.to {
			return true
		}
	}
	return false
}
