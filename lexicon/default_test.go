package lexicon

import (
	"strings"
	"testing"
)

// TestOverDefault checks how house lexicons stack over the embedded
// default: the house outranks the dictionary, no_default leaves the
// dictionary out, and an unknown locale is an error either way.
func TestOverDefault(t *testing.T) {
	house, err := Load(strings.NewReader("Gaddafi !Qaddafi\ncolour !color\n"), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		locale    string
		noDefault bool
		word      string
		want      func(Info) bool
	}{
		{"the default knows its words", "en-GB", false, "government", Info.Known},
		{"the house rejects a spelling the default has", "en-US", false, "color", func(i Info) bool { return i.Flags&Rejected != 0 }},
		{"without the default only the house knows", "en-GB", true, "government", func(i Info) bool { return !i.Known() }},
		{"without the default the house still speaks", "en-GB", true, "Gaddafi", Info.Known},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := OverDefault(tt.locale, tt.noDefault, house)
			if err != nil {
				t.Fatal(err)
			}
			if info := l.Lookup(tt.word); !tt.want(info) {
				t.Errorf("Lookup(%q) = %+v", tt.word, info)
			}
		})
	}
	for _, noDefault := range []bool{false, true} {
		if _, err := OverDefault("en-AU", noDefault, house); err == nil || !strings.Contains(err.Error(), "en-AU") {
			t.Errorf("no_default=%v: unknown locale gave %v, want an error naming it", noDefault, err)
		}
	}
}
