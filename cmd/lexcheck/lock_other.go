//go:build !unix

package main

import "os"

// lockFile does nothing where there is no flock.
func lockFile(*os.File) (func(), error) { return func() {}, nil }
