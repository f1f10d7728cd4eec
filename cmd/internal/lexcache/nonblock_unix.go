//go:build unix

package lexcache

import "syscall"

// openFlags opens a file without waiting for a writer: should a FIFO
// take a cache file's place between the check and the open, the open
// does not block, and the check after it refuses the FIFO.
const openFlags = syscall.O_NONBLOCK
