//go:build !linux

package spell

// bigTable returns n zeroed values of T and a function that frees them
// (see the Linux version, which gives large tables huge pages).
func bigTable[T any](n int) (table []T, free func()) {
	return make([]T, n), func() {}
}
