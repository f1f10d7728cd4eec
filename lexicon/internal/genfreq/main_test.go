package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	list := []wordCount{{"you", 900}, {"I", 800}, {"about", 500}, {"about", 5}, {"don't", 40}, {"x-ray", 3}, {"rare", 1}, {"-ly", 9}, {"café", 7}, {"Captain", 100}, {"captain", 7}}
	var buf bytes.Buffer
	if err := write(&buf, list, 2); err != nil {
		t.Fatal(err)
	}
	z, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if !strings.HasPrefix(l, "#") {
			body = append(body, l)
		}
	}
	want := "about\t505 captain\t107 don't\t40 i\t800 x-ray\t3 you\t900"
	if got := strings.Join(body, " "); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
