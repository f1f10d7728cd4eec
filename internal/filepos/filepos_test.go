package filepos

import "testing"

func TestFormat(t *testing.T) {
	tests := []struct {
		file      string
		line, col int
		want      string
	}{
		{"a.txt", 3, 7, "a.txt:3:7"},
		{"a.txt", 3, 0, "a.txt:3"},
		{"a.txt", 0, 7, "a.txt"}, // a column without a line says nothing
		{"", 3, 7, "3:7"},
		{"", 0, 0, "-"},
		{"-", 2, 0, "-:2"}, // standard input
	}
	for _, tt := range tests {
		if got := Format(tt.file, tt.line, tt.col); got != tt.want {
			t.Errorf("Format(%q, %d, %d) = %q, want %q", tt.file, tt.line, tt.col, got, tt.want)
		}
	}
}
