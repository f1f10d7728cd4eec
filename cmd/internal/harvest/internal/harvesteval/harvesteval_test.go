package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
)

func TestSlip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for kind := range slipKinds {
		for range 200 {
			got := slip("Kemperling", kind, rng)
			if got == "" {
				continue
			}
			if got[0] != 'K' {
				t.Errorf("kind %d: %q changes the first letter", kind, got)
			}
			want := map[int]int{slipDouble: 11, slipDrop: 9, slipSwap: 10, slipKey: 10}[kind]
			if len(got) != want || got == "Kemperling" {
				t.Errorf("kind %d: %q is no slip of the kind", kind, got)
			}
		}
	}
	for seed := range uint64(20) {
		if got := slip("Kee", slipSwap, rand.New(rand.NewPCG(seed, seed))); got != "" {
			t.Errorf("a swap of like letters gave %q", got)
		}
	}
}

func TestRestore(t *testing.T) {
	src := "The coach Kempreling spoke.\nThe envoy Bakiev spoke of Bakiev.\n"
	got := string(restore([]byte(src), [][3]string{{"1", "Kempreling", "Kemperling"}, {"2", "Bakiev", "Bakiyev"}, {"9", "x", "y"}}))
	want := "The coach Kemperling spoke.\nThe envoy Bakiyev spoke of Bakiev.\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMakeArchive checks that the labels say where the slips are, that
// every slip is of a name the articles use often, that some article is
// given another person, and that the same seed makes the same archive.
func TestMakeArchive(t *testing.T) {
	def, err := lexicon.Default("en-GB")
	if err != nil {
		t.Fatal(err)
	}
	var arts []article
	for i := range 12 {
		text := strings.Repeat("Yesterday the coach Kemperling said that Gerrard and Tashiev agreed.\n", 3)
		arts = append(arts, article{string(rune('a'+i)) + ".txt", []byte(text)})
	}
	made, truths, pairs := makeArchive(arts, def, rand.New(rand.NewPCG(7, 7)))
	again, _, _ := makeArchive(arts, def, rand.New(rand.NewPCG(7, 7)))
	for i := range made {
		if string(made[i].src) != string(again[i].src) {
			t.Fatalf("the same seed made another archive")
		}
	}
	if len(truths) == 0 {
		t.Fatal("no slips made")
	}
	byName := map[string]article{}
	for _, a := range made {
		byName[a.name] = a
	}
	for _, tr := range truths {
		src := byName[tr.file].src
		if got := string(src[tr.offset : tr.offset+tr.size]); got != tr.word {
			t.Errorf("%s:%d: the label says %q, the text has %q", tr.file, tr.offset, tr.word, got)
		}
		if tr.expect != "Kemperling" && tr.expect != "Tashiev" && tr.expect != "Gerrard" {
			t.Errorf("a slip of %q, which is no name", tr.expect)
		}
	}
	if len(pairs) != 1 || pairs[0] != "Gerrard/Gerard" || !strings.Contains(string(made[len(made)-1].src), "Gerard and") {
		t.Errorf("other people: %v", pairs)
	}
}

func TestScoreReport(t *testing.T) {
	truths := map[place][2]string{{"a.txt", 10}: {"Kempreling", "Kemperling"}, {"a.txt", 40}: {"Tashiew", "Tashiev"}}
	r := &report{}
	r.Stats.Words = 5000
	add := func(off int, word string, sugg ...string) {
		r.Findings = append(r.Findings, struct {
			File        string   `json:"file"`
			Offset      int      `json:"offset"`
			Word        string   `json:"word"`
			Kind        string   `json:"kind"`
			Suggestions []string `json:"suggestions"`
		}{"/tmp/x/a.txt", off, word, "name-variant", sugg})
	}
	add(10, "Kempreling", "Kemperling")
	add(40, "Tashiew", "Tashkent", "Tashiev")
	add(70, "Gerard", "Gerrard")
	s := scoreReport(r, truths)
	if s.right != 1 || s.flagged != 2 || len(s.alarms) != 1 || s.alarms[0] != "a.txt:70 Gerard" {
		t.Errorf("got %+v", s)
	}
}

func TestNeighbours(t *testing.T) {
	for c, want := range map[byte]string{'r': "deft", 'g': "bfhtvy", 'q': "aw", 'm': "jkn"} {
		got := []byte(string(neighbours(c)))
		slices.Sort(got)
		if string(got) != want {
			t.Errorf("neighbours(%c) = %q, want %q", c, got, want)
		}
	}
}
