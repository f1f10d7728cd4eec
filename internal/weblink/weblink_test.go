package weblink

import "testing"

func TestStarts(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"http://example.com", true},
		{"HTTPS://EXAMPLE.COM/a", true},
		{"ftp://x", true},
		{"git+ssh://host/repo", true},
		{"mailto:desk@example.com", true},
		{"www.example.com", true},
		{"WWW.Example.com", true},
		{"http:// spaced", false}, // nothing after the scheme
		{"www.", false},
		{"http:/one-slash", false},
		{"://no-scheme", false},
		{"1http://digit-first", false},
		{"see http://x", false}, // not at the start
		{"wwwx.example", false},
		{"mailbox", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Starts(tt.s); got != tt.want {
			t.Errorf("Starts(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := Starts([]byte(tt.s)); got != tt.want {
			t.Errorf("Starts([]byte(%q)) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func FuzzStarts(f *testing.F) {
	f.Add("http://example.com")
	f.Add("www.")
	f.Fuzz(func(t *testing.T, s string) {
		if Starts(s) != Starts([]byte(s)) {
			t.Fatalf("string and bytes disagree on %q", s)
		}
	})
}
