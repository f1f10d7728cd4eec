package spell

import (
	"fmt"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		prose string // "" means none
		want  string
	}{
		{"positions", "Colonel Gaddafi's men\nmet Бакиев.", "",
			"*Colonel@1:1-8 Gaddafi@1:9-16 men@1:19-22 *met@2:1-4 Бакиев@2:5-11"},
		{"skipped chunks left out", "See www.bbc.co.uk and G8 now", "", "*See@1:1-4 and@1:19-22 now@1:26-29"},
		{"prose only", "**Kurmanbek** Bakiyev", "  Kurmanbek   Bakiyev", "*Kurmanbek@1:3-12 Bakiyev@1:15-22"},
		{"prose of the wrong length is ignored", "Osh", "O", "*Osh@1:1-4"},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Document{Name: "a.txt", Src: []byte(tt.src)}
			if tt.prose != "" {
				d.Prose = []byte(tt.prose)
			}
			var got []string
			for w := range Words(d) {
				if span := string(d.Src[w.Pos.Offset:w.End.Offset]); w.Pos.Filename != "a.txt" || span != w.Text {
					t.Errorf("word %q: span %q in %q", w.Text, span, w.Pos.Filename)
				}
				s := fmt.Sprintf("%s@%d:%d-%d", w.Text, w.Pos.Line, w.Pos.Column, w.End.Column)
				if w.SentenceStart {
					s = "*" + s
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got  %s\nwant %s", g, tt.want)
			}
		})
	}
}

func TestWordsStops(t *testing.T) {
	n := 0
	for range Words(Document{Src: []byte("one two three")}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("got %d words before break, want 2", n)
	}
}
