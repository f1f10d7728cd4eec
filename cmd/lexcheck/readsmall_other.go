//go:build !unix

package main

// readSmall is the fast path of reading a small file where there is one;
// here there is none.
func readSmall(name string, limit int) (b []byte, release func(), ok bool) {
	return nil, nil, false
}
