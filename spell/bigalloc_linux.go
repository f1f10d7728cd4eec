//go:build linux && !race

package spell

import (
	"syscall"
	"unsafe"
)

// bigTable returns n zeroed values of T, which must hold no pointers, and
// a function that frees them. A table of 2 MB or more gets memory of its
// own, aligned to huge pages and advised to use them: a hash table the
// size of a long document's words is probed at random, and on 4 KB pages
// its first touches cost a page fault each (a thousand for 4 MB) and its
// probes a TLB miss each. The caller must not use the values after
// calling free. (Under the race detector, which does not watch such
// memory, tables are made as usual.)
func bigTable[T any](n int) (table []T, free func()) {
	size := n * int(unsafe.Sizeof(*new(T)))
	if size < hugePage || size/n != int(unsafe.Sizeof(*new(T))) {
		return make([]T, n), func() {}
	}
	b, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return make([]T, n), func() {}
	}
	off := 0
	if r := int(uintptr(unsafe.Pointer(&b[0])) % hugePage); r != 0 {
		off = hugePage - r
	}
	_ = syscall.Madvise(b[off:off+size], syscall.MADV_HUGEPAGE) // advice: without it, 4 KB pages
	return unsafe.Slice((*T)(unsafe.Pointer(&b[off])), n), func() { _ = syscall.Munmap(b) }
}
