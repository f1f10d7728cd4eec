package spell

// hugePage is the size of a transparent huge page on Linux, and the size
// from which bigTable gives a table memory of its own.
const hugePage = 2 << 20
