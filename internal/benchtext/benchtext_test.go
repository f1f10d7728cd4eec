package benchtext

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestArticles(t *testing.T) {
	as := Articles(t)
	if len(as) < 1000 {
		t.Fatalf("%d articles, want the 12,865 of the TRAIN split", len(as))
	}
	for i := 1; i < len(as); i++ {
		if as[i-1].Name >= as[i].Name {
			t.Fatalf("articles out of order: %s before %s", as[i-1].Name, as[i].Name)
		}
	}
	joined := Joined(t)
	if !bytes.HasPrefix(joined, as[0].Text) || !bytes.HasSuffix(joined, as[len(as)-1].Text) {
		t.Error("the joined text does not start with the first article and end with the last")
	}
	dir := t.TempDir()
	total := WriteDir(t, dir)
	if total != int64(len(joined)) {
		t.Errorf("WriteDir wrote %d bytes, want %d", total, len(joined))
	}
	got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(as[0].Name)))
	if err != nil || !bytes.Equal(got, as[0].Text) {
		t.Errorf("the first article as written: %v", err)
	}
}
