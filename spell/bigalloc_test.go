package spell

import (
	"testing"
	"unsafe"
)

// TestBigTable checks that tables of any size come zeroed, of the length
// asked for, and usable to their last value until freed.
func TestBigTable(t *testing.T) {
	for _, n := range []int{1, 1000, hugeSlotsOf[wordSlot]() - 1, hugeSlotsOf[wordSlot](), 3*hugeSlotsOf[wordSlot]() + 7} {
		table, free := bigTable[wordSlot](n)
		if len(table) != n {
			t.Fatalf("bigTable(%d) has %d values", n, len(table))
		}
		for i := range table {
			if table[i] != (wordSlot{}) {
				t.Fatalf("bigTable(%d): value %d is not zero", n, i)
			}
			table[i].id = int32(i + 1)
		}
		for i := range table {
			if table[i].id != int32(i+1) {
				t.Fatalf("bigTable(%d): value %d did not keep what was written", n, i)
			}
		}
		free()
	}
}

// hugeSlotsOf returns how many values of T fill a huge page.
func hugeSlotsOf[T any]() int {
	return 2 << 20 / int(unsafe.Sizeof(*new(T)))
}
