package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// changedLines tells which lines of which files differ from a git revision.
type changedLines struct {
	top   string                  // the work tree's top directory
	lines map[string]map[int]bool // by absolute path: the changed lines (from 1)
	whole map[string]bool         // files git does not track: every line is new
}

// gitChanged asks git, run in dir, which lines of the work tree differ
// from rev ("git diff -U0 rev"), and which files it does not track.
func gitChanged(dir, rev string) (*changedLines, error) {
	git := func(args ...string) ([]byte, error) {
		cmd := exec.Command("git", append([]string{"-c", "core.quotePath=false"}, args...)...)
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			if errors.Is(err, exec.ErrNotFound) {
				return nil, errors.New("--changed needs git, which is not installed")
			}
			msg := strings.TrimSpace(stderr.String())
			if msg == "" {
				msg = err.Error()
			}
			return nil, fmt.Errorf("git %s: %s", args[0], msg)
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
	diff, err := git("diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--no-prefix", rev, "--")
	if err != nil {
		return nil, fmt.Errorf("--changed %s: %v", rev, err)
	}
	others, err := git("ls-files", "-z", "--others", "--exclude-standard", "--full-name", ":/")
	if err != nil {
		return nil, fmt.Errorf("--changed %s: %v", rev, err)
	}
	c := &changedLines{
		top:   strings.TrimSpace(string(top)),
		lines: map[string]map[int]bool{},
		whole: map[string]bool{},
	}
	if err := c.parseDiff(diff); err != nil {
		return nil, fmt.Errorf("--changed %s: reading git diff: %v", rev, err)
	}
	for _, f := range strings.Split(string(others), "\x00") {
		if f != "" {
			c.whole[c.abs(f)] = true
		}
	}
	return c, nil
}

func (c *changedLines) abs(rel string) string {
	return filepath.Join(c.top, filepath.FromSlash(rel))
}

// parseDiff reads the output of git diff -U0 --no-prefix: each file's
// "+++ path" line and the new-side ranges of its "@@ -a,b +c,d @@" lines.
func (c *changedLines) parseDiff(diff []byte) error {
	var cur map[int]bool
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				if u, err := strconv.Unquote(name); err == nil {
					name = u
				}
			}
			if name == "/dev/null" {
				cur = nil
				continue
			}
			cur = map[int]bool{}
			c.lines[c.abs(name)] = cur
		case strings.HasPrefix(line, "@@ ") && cur != nil:
			start, n, err := newRange(line)
			if err != nil {
				return err
			}
			for l := start; l < start+n; l++ {
				cur[l] = true
			}
		}
	}
	return sc.Err()
}

// newRange returns the new side of a hunk header "@@ -a,b +c,d @@": its
// first line and count (d is 1 when left out).
func newRange(h string) (start, n int, err error) {
	f := strings.Fields(h)
	if len(f) < 3 || !strings.HasPrefix(f[2], "+") {
		return 0, 0, fmt.Errorf("bad hunk header %q", h)
	}
	s, count, ok := strings.Cut(f[2][1:], ",")
	if start, err = strconv.Atoi(s); err != nil {
		return 0, 0, fmt.Errorf("bad hunk header %q", h)
	}
	n = 1
	if ok {
		if n, err = strconv.Atoi(count); err != nil {
			return 0, 0, fmt.Errorf("bad hunk header %q", h)
		}
	}
	return start, n, nil
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
	return c.lines[p][line]
}
