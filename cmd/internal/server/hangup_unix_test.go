//go:build unix

package server

import (
	"os"
	"syscall"
)

// hangUp sends this process SIGHUP, and reports whether it could.
func hangUp() (bool, error) { return true, syscall.Kill(os.Getpid(), syscall.SIGHUP) }
