package server

import (
	"cmp"

	"github.com/lexcheck/lexcheck/spell/markup"
)

// proseOf returns the prose of src in the named markup ("" means text):
// src with everything that is not prose, or that inline-control
// directives turn off, blanked to spaces, as long as src; or nil when all
// of src is prose. An unknown markup name is an error listing the known
// ones.
func proseOf(src []byte, name string) ([]byte, error) {
	f, err := markup.ParseFormat(cmp.Or(name, "text"))
	if err != nil {
		return nil, err
	}
	return markup.Blanked(src, f), nil
}
