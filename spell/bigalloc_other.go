//go:build !linux || race

package spell

// bigTable returns n zeroed values of T and a function that frees them
// (see the Linux version, which gives large tables huge pages; this one
// serves other systems, and the race detector, which does not watch
// memory mapped outside the Go heap).
func bigTable[T any](n int) (table []T, free func()) {
	return make([]T, n), func() {}
}
