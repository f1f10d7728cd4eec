//go:build !unix

package lexcache

// openFlags are the flags of opening a cache file beyond O_RDONLY.
const openFlags = 0
