//go:build !unix

package lexicon

import "os"

// mapFile returns the contents of the file at path.
func mapFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}
