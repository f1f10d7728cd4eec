package harvest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/lexcheck/lexcheck/lexicon"
	"github.com/lexcheck/lexcheck/spell"
	"github.com/lexcheck/lexcheck/spell/markup"
)

func known(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	d, err := lexicon.Default("en-GB") // opened once per test binary
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// doc returns a document named name; a name ending in .md is Markdown.
func doc(name, text string) spell.Document {
	d := spell.Document{Name: name, Src: []byte(text)}
	if f := markup.FormatOf(name); f != markup.Text {
		d.Prose = markup.Prose(d.Src, f)
	}
	return d
}

// body returns the draft lexicon without its header.
func body(t *testing.T, d *Draft) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteLexicon(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := lexicon.Load(bytes.NewReader(b.Bytes()), "draft"); err != nil {
		t.Fatalf("the draft does not load: %v\n%s", err, b.String())
	}
	_, rest, _ := strings.Cut(b.String(), "\n\n")
	return rest
}

func repeat(s string, n int) string { return strings.Repeat(s+"\n", n) }

// unsureHeader is the comment above a draft's unsure pairs.
const unsureHeader = "# Unsure: two names, or one spelled two ways? If one, remove \"# \" from the start of\n" +
	"# its line and delete the variant's own line below, if it has one. If two, write\n" +
	"# \"distinct\" in the comments of their lines below (lexcheck lexicon lint reads it).\n"

func TestDraft(t *testing.T) {
	tests := []struct {
		name string
		docs []spell.Document
		want string
	}{
		{"majority and variants",
			[]spell.Document{doc("a.txt", repeat("The colonel Gaddafi spoke.", 6)+"The colonel Qaddafi spoke. The colonel Kadhafi spoke.")},
			"# Spellings of one name: the majority first, the variants to reject after '!'.\nGaddafi !Kadhafi !Qaddafi   # 6 / 1 / 1\n"},
		{"under the minimum count",
			[]spell.Document{doc("a.txt", repeat("The judge Tashiev spoke.", 2))}, ""},
		{"at the minimum count",
			[]spell.Document{doc("a.txt", repeat("The judge Tashiev spoke.", 3))}, "# Names.\nTashiev   # 3\n"},
		{"only at sentence starts",
			[]spell.Document{doc("a.txt", repeat("Dzhusupov spoke.", 5))}, ""},
		{"several-word name covers its words",
			[]spell.Document{doc("a.txt", repeat("The winner Sadyr Japarov spoke.", 3))}, "# Names.\nSadyr Japarov   # 3\n"},
		{"punctuation parts names",
			[]spell.Document{doc("a.txt", repeat("For Sadyr, Japarov spoke.", 3))}, "# Names.\nJaparov   # 3\nSadyr   # 3\n"},
		{"code is not prose",
			[]spell.Document{doc("a.md", repeat("The judge Tashiev met `Gadhafi` and [him](https://x.org/Gadhafi).", 3))}, "# Names.\nTashiev   # 3\n"},
		{"case and accents are one spelling",
			[]spell.Document{doc("a.txt", repeat("The judge Tashiev spoke.", 2)+"The judge Tashíev spoke.")}, "# Names.\nTashiev   # 3\n"},
		{"inflections are not variants",
			[]spell.Document{doc("a.txt", repeat("The envoy Bakiyev spoke.", 4)+"The envoy Bakiyevs spoke.")}, "# Names.\nBakiyev   # 4\n"},
		{"no clear majority",
			[]spell.Document{doc("a.txt", repeat("The writer Ostrovska spoke.", 3)+repeat("The writer Ostrowska spoke.", 2))},
			unsureHeader + "# Ostrovska !Ostrowska   # 3 / 2: no clear majority\n\n# Names.\nOstrovska   # 3\nOstrowska   # 2\n"},
		{"a known name of its own is rejected only as a clear minority romanization",
			[]spell.Document{doc("a.txt", repeat("The striker Brenan scored.", 4)+"The striker Brennan scored.")},
			unsureHeader + "# Brenan !Brennan   # 4 / 1: the dictionary knows \"Brennan\" as a name or word of its own\n\n" +
				"# Names.\nBrenan   # 4\nBrennan   # 1\n"},
		// The checker flags a known name that is a romanization of a house
		// name (Qaddafi for Gadhafi): an unsure pair writes both spellings
		// as entries, so that both stay accepted until a person decides.
		{"a known romanization not clearly the minority stays accepted",
			[]spell.Document{doc("a.txt", repeat("The colonel Gadhafi spoke.", 12)+repeat("The colonel Qaddafi spoke.", 4))},
			unsureHeader + "# Gadhafi !Qaddafi   # 12 / 4: the dictionary knows \"Qaddafi\" as a name or word of its own\n\n" +
				"# Names.\nGadhafi   # 12\nQaddafi   # 4\n"},
		{"counts add up across documents",
			[]spell.Document{doc("a.txt", "The coach Kemperling spoke."), doc("b.txt", "The coach Kemperling spoke."),
				doc("c.txt", "The coach Kemperling spoke. The coach Kempreling spoke.")},
			"# Spellings of one name: the majority first, the variants to reject after '!'.\nKemperling !Kempreling   # 3 / 1\n"},
	}
	// Words the checker flags although the draft accepts them: rules of
	// the checker that harvest does not share (none at present).
	stray := map[string][]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := New(known(t), Options{})
			for _, d := range tt.docs {
				h.Add(d)
			}
			d := h.Draft()
			if got := body(t, d); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			agrees(t, d, tt.docs, stray[tt.name])
		})
	}
}

// agrees checks the documents a draft was harvested from with the draft
// and the default: the checker must flag each use of a rejected variant,
// as a rejected spelling, and nothing else but the stray words, each of
// which it must flag.
func agrees(t *testing.T, d *Draft, docs []spell.Document, stray []string) {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteLexicon(&b); err != nil {
		t.Fatal(err)
	}
	house, err := lexicon.Load(&b, "draft")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{} // rejected variant -> uses
	for _, g := range d.Groups {
		for _, v := range g.Variants {
			want[v.Text] = v.Count
		}
	}
	got := map[string]int{}
	c := spell.NewChecker(lexicon.Merge(house, known(t)), spell.Options{})
	for _, doc := range docs {
		fs, _ := c.CheckDocument(doc)
		for _, f := range fs {
			got[f.Word]++
			if slices.Contains(stray, f.Word) {
				continue
			}
			if _, ok := want[f.Word]; !ok || f.Kind != spell.Rejected {
				t.Errorf("checking with the draft flags %s", f)
			}
		}
	}
	for _, w := range stray {
		if got[w] == 0 {
			t.Errorf("%q is no longer flagged: remove it from the stray words", w)
		}
	}
	for w, n := range want {
		if got[w] != n {
			t.Errorf("%q flagged %d times; the draft counts %d uses", w, got[w], n)
		}
	}
}

// TestConcurrent checks that documents added from many goroutines give the
// same draft, examples included, as the same documents added in order.
func TestConcurrent(t *testing.T) {
	var docs []spell.Document
	for i := range 40 {
		name := fmt.Sprintf("%02d.txt", i)
		text := "The coach Kemperling spoke.\nThe envoy Bakiyev spoke.\n"
		if i%7 == 0 {
			text += "The coach Kempreling spoke. The envoy Bakiev spoke.\n"
		}
		docs = append(docs, doc(name, text))
	}
	render := func(h *Harvester) string {
		var b strings.Builder
		d := h.Draft()
		if err := d.WriteLexicon(&b); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	seq := New(known(t), Options{})
	for _, d := range docs {
		seq.Add(d)
	}
	par := New(known(t), Options{})
	var wg sync.WaitGroup
	for i := len(docs) - 1; i >= 0; i-- {
		wg.Go(func() { par.Add(docs[i]) })
	}
	wg.Wait()
	if a, b := render(seq), render(par); a != b {
		t.Errorf("in order:\n%s\nconcurrently:\n%s", a, b)
	}
	if !strings.Contains(render(seq), "Kemperling !Kempreling   # 40 / 6") {
		t.Errorf("counts wrong:\n%s", render(seq))
	}
}

func TestReportEscapes(t *testing.T) {
	h := New(known(t), Options{})
	for i := range 3 {
		h.Add(doc(fmt.Sprintf("<script>|*%d.txt", i), "The coach Kemperling spoke. The coach Kemperling spoke."))
	}
	h.Add(doc("x.txt", "The coach Kempreling spoke."))
	d := h.Draft()
	var html, md bytes.Buffer
	if err := d.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html.String(), "<script>") || !strings.Contains(html.String(), "&lt;script&gt;|*0.txt:1") {
		t.Errorf("HTML not escaped:\n%s", html.String())
	}
	if !strings.Contains(md.String(), `\<script\>\|\*0.txt:1`) {
		t.Errorf("Markdown not escaped:\n%s", md.String())
	}
	for _, want := range []string{"Kempreling", "x.txt:1", "| 6 |", "| 1 |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
}
