//go:build unix

package main

import (
	"sync"
	"syscall"
)

// readSmall reads the regular file name, of fewer than limit bytes,
// into a buffer from a pool, and returns the bytes with the function
// that gives the buffer back, which must not be called while anything
// refers to them. It opens name without blocking (which a regular file
// ignores), so that a named pipe found in a regular file's place is not
// waited on; the caller refuses by statInput what must not be opened at
// all, unless a directory listing just called it a regular file.
//
// It costs an open, an fstat, a close and, for a file that does not
// change meanwhile, a single read: os.Open would also register the file
// with the runtime's poller, and reading to the end a second read. That
// is most of the cost of reading a small article. ok false means "read
// it the general way", which reports any error: the file is not (or no
// longer) a regular file, too large, or could not be read.
func readSmall(name string, limit int) (b []byte, release func(), ok bool) {
	fd, err := retry(func() (int, error) {
		return syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	})
	if err != nil {
		return nil, nil, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size >= int64(limit) {
		return nil, nil, false
	}
	size := int(st.Size)
	bp := smallBuffers.Get().(*[]byte)
	if cap(*bp) < size+1 {
		*bp = make([]byte, size+1, max(size+1, 4096))
	}
	buf := (*bp)[:size+1] // one byte more than the file: a read that fills it means the file grew
	release = func() { smallBuffers.Put(bp) }
	n := 0
	for n < len(buf) {
		m, err := retry(func() (int, error) { return syscall.Read(fd, buf[n:]) })
		if err != nil {
			release()
			return nil, nil, false
		}
		n += m
		if m == 0 || n >= size && n < len(buf) {
			// The end, or a short read of the whole file as fstat sized
			// it: a regular file's read comes up short only at its end.
			return buf[:n], release, true
		}
	}
	release()
	return nil, nil, false // it grew while it was read
}

// retry calls f until it is not interrupted by a signal.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// smallBuffers holds the buffers of files read by readSmall.
var smallBuffers = sync.Pool{New: func() any { return new([]byte) }}
