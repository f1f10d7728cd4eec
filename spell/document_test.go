package spell

import "testing"

// TestEchoedHeadline checks that a first line copied once word for word
// later in the document (a page's title, then its heading) counts one use
// of its words: a slip that the name rules take only once is flagged in
// both copies, while the same word written in two different lines, or a
// line written three times, is meant.
func TestEchoedHeadline(t *testing.T) {
	c := defaultChecker(t, nil)
	tests := []struct{ name, text, want string }{
		{"a headline repeated", "Austrailia Beat Wales\n\nAustrailia Beat Wales\n\nThe match was played late.\n",
			"1:1 name-variant Austrailia -> Australia\n3:1 name-variant Austrailia -> Australia\n"},
		{"a headline repeated with a slip inside", "Fans Flew From Austrailia\n\nFans Flew From Austrailia\n\nThe match was played late.\n",
			"1:16 name-variant Austrailia -> Australia\n3:16 name-variant Austrailia -> Australia\n"},
		{"the word again in another line", "Austrailia Beat Wales\n\nAustrailia fans came.\n", ""},
		{"a line of one word repeated", "Austrailia\n\nAustrailia\n\nThe match was played late.\n", ""},
		{"a headline written three times", "Austrailia Beat Wales\n\nAustrailia Beat Wales\n\nAustrailia Beat Wales\n", ""},
		{"the copy is not of the first line", "The match was played late.\n\nAustrailia Beat Wales\n\nAustrailia Beat Wales\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(c.Check("", []byte(tt.text))); got != tt.want {
				t.Errorf("%q:\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}
