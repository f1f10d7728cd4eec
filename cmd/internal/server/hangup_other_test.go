//go:build !unix

package server

// hangUp reports that this system has no SIGHUP to send.
func hangUp() (bool, error) { return false, nil }
