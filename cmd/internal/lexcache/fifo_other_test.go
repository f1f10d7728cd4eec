//go:build !unix

package lexcache

import "errors"

// mkfifo reports that this system has no named pipes to make.
func mkfifo(string) error { return errors.ErrUnsupported }
