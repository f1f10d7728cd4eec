package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"
)

// Progress timing: nothing is shown for a run shorter than progressDelay;
// after it, the line is redrawn every progressEvery.
const (
	progressDelay = time.Second
	progressEvery = 200 * time.Millisecond
)

// A progress shows "checked N of M files" on one line of a terminal,
// redrawn in place, and erases it when the run ends.
type progress struct {
	w     io.Writer
	total int
	done  atomic.Int64
	stop  chan struct{}
	wg    sync.WaitGroup
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// startProgress starts showing progress on w after delay, every every. A
// nil *progress (what it returns for w nil) shows nothing and may be used.
func startProgress(w io.Writer, total int, delay, every time.Duration) *progress {
	if w == nil {
		return nil
	}
	p := &progress{w: w, total: total, stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		select {
		case <-time.After(delay):
		case <-p.stop:
			return
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			p.draw()
			select {
			case <-t.C:
			case <-p.stop:
				fmt.Fprint(p.w, "\r\033[K") // erase the line
				return
			}
		}
	}()
	return p
}

func (p *progress) draw() {
	n := p.done.Load()
	fmt.Fprintf(p.w, "\r\033[Klexcheck: checked %d of %d files (%d%%)", n, p.total, n*100/int64(max(p.total, 1)))
}

// add counts one file checked.
func (p *progress) add() {
	if p != nil {
		p.done.Add(1)
	}
}

// finish stops the display and erases its line.
func (p *progress) finish() {
	if p != nil {
		close(p.stop)
		p.wg.Wait()
	}
}
