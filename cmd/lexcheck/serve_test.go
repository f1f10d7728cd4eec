package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/lexcheck/lexcheck/cmd/internal/report"
	"github.com/lexcheck/lexcheck/cmd/internal/server"
	"github.com/lexcheck/lexcheck/spell"
)

// TestServeSettings checks what serve --config reads at each reload: the
// file as it is now, with the flags laid over it, or an error naming the
// file and line.
func TestServeSettings(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, ".lexcheck.toml")
	for _, f := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("Gaddafi\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	flags := server.Config{Lexicons: []string{"flag.txt"}, Locale: "en-GB"}
	tests := []struct {
		name string
		file string
		set  []string // flags given
		want server.Config
		err  string
	}{
		{"file", "lexicons = [\"a.txt\"]\nlocale = \"en-US\"\n[severity]\nmisspelling = \"off\"\nrejected = \"error\"\ninconsistent = \"info\"\n", nil,
			server.Config{Lexicons: []string{filepath.Join(dir, "a.txt"), "flag.txt"}, Locale: "en-US", Disabled: []spell.Kind{spell.Misspelling},
				Levels: map[spell.Kind]report.Level{spell.Rejected: report.Error, spell.NameVariant: report.Warning, spell.Inconsistent: report.Note, spell.Repeated: report.Warning}}, ""},
		{"file changed", "lexicons = [\"b.txt\"]\ndefault = false\n", nil,
			server.Config{Lexicons: []string{filepath.Join(dir, "b.txt"), "flag.txt"}, Locale: "en-GB", NoDefault: true}, ""},
		{"flags win", "locale = \"en-US\"\ndefault = false\n", []string{"locale", "no-default"},
			server.Config{Lexicons: []string{"flag.txt"}, Locale: "en-GB"}, ""},
		{"broken", "# oops\ndefault = \"no\"\n", nil, server.Config{}, conf + ":2:12: default must be true or false, not a string"},
		{"missing lexicon", "# house\nlexicons = [\"a.txt\", \"gone.txt\"]\n", nil, server.Config{},
			conf + ":2: lexicon gone.txt: stat " + filepath.Join(dir, "gone.txt") + ": no such file or directory"},
	}
	settings := serveSettings(conf, flags, map[string]bool{}) // one for the whole run, as serve has
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := os.WriteFile(conf, []byte(tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			read := settings
			if tt.set != nil {
				set := map[string]bool{}
				for _, f := range tt.set {
					set[f] = true
				}
				read = serveSettings(conf, flags, set)
			}
			got, err := read()
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Lexicons, tt.want.Lexicons) || got.Locale != tt.want.Locale || got.NoDefault != tt.want.NoDefault ||
				!slices.Equal(got.Disabled, tt.want.Disabled) || tt.want.Levels != nil && !maps.Equal(got.Levels, tt.want.Levels) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
