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

// The comments above a draft's groups of house names, and of names the
// default knows.
const (
	groupsHeader = "# Spellings of one name: the majority first, the variants to reject after '!'.\n"
	knownHeader  = "# Names the default knows: its spelling first, the archive's other spellings to reject after '!'.\n"
)

func TestDraft(t *testing.T) {
	tests := []struct {
		name string
		docs []spell.Document
		want string
	}{
		{"majority and variants",
			[]spell.Document{doc("a.txt", repeat("The colonel Gaddafi spoke.", 6)+"The colonel Qaddafi spoke. The colonel Kadhafi spoke.")},
			knownHeader + "Gaddafi !Kadhafi !Qaddafi   # 6 / 1 / 1\n"},
		{"a house name's romanization is its variant without a document using both",
			[]spell.Document{doc("a.txt", repeat("The envoy Tashiev spoke.", 6)), doc("b.txt", "The envoy Tashiew spoke.")},
			groupsHeader + "Tashiev !Tashiew   # 6 / 1\n"},
		{"a house name's slip is its variant where a document spells it both ways",
			[]spell.Document{doc("a.txt", repeat("The coach Kemperling spoke.", 6)+"The coach Kempreling spoke.")},
			groupsHeader + "Kemperling !Kempreling   # 6 / 1\n"},
		{"a rare slip in a document of its own is left to the checker",
			[]spell.Document{doc("a.txt", repeat("The coach Kemperling spoke.", 6)), doc("b.txt", "The coach Kempreling spoke.")},
			"# Names.\nKemperling   # 6\n"},
		{"a frequent slip never beside the name is a pair to decide",
			[]spell.Document{doc("a.txt", repeat("The coach Kemperling spoke.", 9)), doc("b.txt", repeat("The coach Kempreling spoke.", 3))},
			unsureHeader + "# Kemperling !Kempreling   # 9 / 3: too seldom in one document with \"Kemperling\" to tell a slip from another name\n\n" +
				"# Names.\nKemperling   # 9\nKempreling   # 3\n"},
		{"a short name needs every use of its variant beside it",
			[]spell.Document{doc("a.txt", repeat("The coach Tovic spoke.", 12)+"The coach Tovik spoke."), doc("b.txt", repeat("The coach Tovik spoke.", 3))},
			unsureHeader + "# Tovic !Tovik   # 12 / 4: too seldom in one document with \"Tovic\" to tell a slip from another name\n\n" +
				"# Names.\nTovic   # 12\nTovik   # 4\n"},
		{"a short name is grouped with its variant always beside it",
			[]spell.Document{doc("a.txt", repeat("The coach Tovic spoke.", 12)+"The coach Tovik spoke."), doc("b.txt", repeat("The coach Tovic spoke.", 3)+"The coach Tovik spoke.")},
			groupsHeader + "Tovic !Tovik   # 15 / 2\n"},
		{"a slip of a place the default knows is its variant, not a name",
			[]spell.Document{doc("a.txt", repeat("The club Manchester won.", 30)+repeat("The club Manchster won.", 6))},
			knownHeader + "Manchester !Manchster   # 30 / 6\n"},
		{"a slip of a place the default knows is no name even when the archive never spells it right",
			[]spell.Document{doc("a.txt", repeat("The club Manchster won.", 6))},
			unsureHeader + "# Manchester !Manchster   # 0 / 6: the default takes \"Manchster\" for a slip of \"Manchester\", but the archive uses it more\n"},
		{"a slip of a name the default knows is its variant where a document spells it both ways",
			[]spell.Document{doc("a.txt", repeat("The striker Gerrard scored.", 12)+"The striker Gerrrard scored.")},
			knownHeader + "Gerrard !Gerrrard   # 12 / 1\n"},
		{"a slip of a name the default knows need only be the rarer where documents spell it both ways",
			[]spell.Document{doc("a.txt", repeat("The club Newcastle won.", 5)+repeat("The club Newcstle won.", 3))},
			knownHeader + "Newcastle !Newcstle   # 5 / 3\n"},
		{"a known name that trades letters with a house name is listed, lest the checker take it for its romanization",
			[]spell.Document{doc("a.txt", repeat("The actor Michael spoke.", 8)+"The actor Micgael spoke. The leader Mikhail spoke.")},
			knownHeader + "Michael !Micgael   # 8 / 1\n\n# Names.\nMikhail   # 1\n"},
		{"a slip of the fingers of a short name the default knows is its variant beside it",
			[]spell.Document{doc("a.txt", repeat("The town China won.", 9)), doc("b.txt", "The town China won. The town Chona won.")},
			knownHeader + "China !Chona   # 10 / 1\n"},
		{"a short name's slip of the fingers in a document of its own may be another name",
			[]spell.Document{doc("a.txt", repeat("The man Peter won.", 9)), doc("b.txt", "The keeper Petr won.")}, ""},
		{"a slip of the fingers of a short name the default knows is no variant when frequent",
			[]spell.Document{doc("a.txt", repeat("The man David won.", 30)), doc("b.txt", repeat("The man Dacid won.", 3))},
			unsureHeader + "# David !Dacid   # 30 / 3: a slip of the fingers of \"David\", or a short name of its own: too often written so to tell\n"},
		{"a frequent slip of the fingers of a short name the default knows is its variant beside it",
			[]spell.Document{doc("a.txt", repeat("The man David won.", 30)+repeat("The man Dacid won.", 3))},
			knownHeader + "David !Dacid   # 30 / 3\n"},
		{"a name near a name the default knows stays accepted when the draft makes that name a house entry",
			[]spell.Document{doc("a.txt", repeat("The prince Charles spoke.", 8)+repeat("The prince Charrles spoke.", 2)),
				doc("b.txt", "The actress Charlize spoke.")},
			knownHeader + "Charles !Charrles   # 8 / 2\n\n# Names.\nCharlize   # 1\n"},
		{"a last letter typed twice of a name the default knows is its variant",
			[]spell.Document{doc("a.txt", repeat("The man Johnson won.", 12)), doc("b.txt", repeat("The man Johnsonn won.", 3))},
			knownHeader + "Johnson !Johnsonn   # 12 / 3\n"},
		{"a name the default knows that is also a word heads its slips",
			[]spell.Document{doc("a.txt", repeat("The man Williams won.", 12)), doc("b.txt", repeat("The man Wlliams won.", 3))},
			knownHeader + "Williams !Wlliams   # 12 / 3\n"},
		{"a contraction is not a name",
			[]spell.Document{doc("a.txt", repeat("Then I'm sure, said Jim, and We'll see.", 12))}, ""},
		{"a compound with a word in lower case is not a name",
			[]spell.Document{doc("a.txt", repeat("The US-based firm and the UK-based one.", 12))}, ""},
		{"a compound of names is a name",
			[]spell.Document{doc("a.txt", repeat("The envoy Tashiev-Kolbaev spoke.", 3))}, "# Names.\nTashiev-Kolbaev   # 3\n"},
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
		{"a known name of its own beside a house name is a pair to decide",
			[]spell.Document{doc("a.txt", repeat("The striker Gerrad scored.", 4)+"The striker Gerard scored.")},
			unsureHeader + "# Gerrad !Gerard   # 4 / 1: the dictionary knows \"Gerard\" as a name or word of its own\n\n" +
				"# Names.\nGerard   # 1\nGerrad   # 4\n"},
		{"two names the default knows are never paired",
			[]spell.Document{doc("a.txt", repeat("The striker Brenan scored.", 4)+"The striker Brennan scored.")}, ""},
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
			groupsHeader + "Kemperling !Kempreling   # 3 / 1\n"},
	}
	// Words the checker flags although the draft accepts them: rules of
	// the checker that harvest leaves to it.
	stray := map[string][]string{"a rare slip in a document of its own is left to the checker": {"Kempreling"}}
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
	for _, g := range slices.Concat(d.Groups, d.Known) {
		for _, v := range g.Variants {
			if g.Note == "" {
				want[v.Text] = v.Count
			}
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
	h.Add(doc("x.txt", "The coach Kemperling spoke.\nThe coach Kempreling spoke."))
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
	for _, want := range []string{"Kempreling", "x.txt:2", "| 7 |", "| 1 |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
}

// TestNamesOfTheirOwn checks that no draft line rejects a spelling the
// default knows as a name of its own, or that the default does not take
// for a slip of the other name, however the archive mixes the two: each
// pair is written in the same documents, either spelling the majority.
func TestNamesOfTheirOwn(t *testing.T) {
	pairs := []struct{ a, b string }{
		{"Jim", "I'm"}, {"France", "Franz"}, {"Charles", "Charlize"}, {"Gerrard", "Gerard"},
		{"Gerrard", "Gerhard"}, {"Gordon", "Gorton"}, {"Robson", "Hobson"}, {"Davis", "Davies"},
		{"Mary", "Marr"}, {"Anne", "Arne"}, {"Michael", "Mikhail"}, {"Ian", "Yann"}, {"Ian", "Jan"}, {"UK-based", "US-based"},
	}
	for _, p := range pairs {
		for _, order := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			major, minor := order[0], order[1]
			t.Run(major+" beside "+minor, func(t *testing.T) {
				var docs []spell.Document
				for i := range 4 {
					docs = append(docs, doc(fmt.Sprintf("%d.txt", i),
						repeat("The day "+major+" came.", 6)+"The day "+minor+" came."))
				}
				h := New(known(t), Options{})
				for _, d := range docs {
					h.Add(d)
				}
				got := body(t, h.Draft())
				for _, line := range strings.Split(got, "\n") {
					if !strings.HasPrefix(line, "#") && strings.Contains(line, "!") {
						t.Errorf("the draft rejects a name of its own: %s", line)
					}
				}
			})
		}
	}
}

// TestReportKnownAndSkipped checks that both reports list the other
// spellings of a name the default knows with their counts and examples,
// and the files not read with the reason, and that a report without them
// has neither section.
func TestReportKnownAndSkipped(t *testing.T) {
	h := New(known(t), Options{})
	h.Add(doc("a.txt", repeat("The club Manchester won.", 30)+repeat("The club Manchster won.", 6)))
	h.Skip("house.txt", SkipLexicon)
	plain := New(known(t), Options{})
	plain.Add(doc("a.txt", repeat("The coach Kemperling spoke.", 3)))
	for _, tt := range []struct {
		name string
		d    *Draft
		want []string
	}{
		{"with both", h.Draft(), []string{"Names the default knows", "Manchster", ">6<|| 6 |", "a.txt:31", "Files not read", "house.txt: " + SkipLexicon}},
		{"with neither", plain.Draft(), nil},
	} {
		var html, md bytes.Buffer
		if err := tt.d.WriteHTML(&html); err != nil {
			t.Fatal(err)
		}
		if err := tt.d.WriteMarkdown(&md); err != nil {
			t.Fatal(err)
		}
		for format, got := range map[string]string{"HTML": html.String(), "Markdown": md.String()} {
			for _, want := range tt.want {
				alts := strings.Split(want, "||")
				if !slices.ContainsFunc(alts, func(w string) bool { return strings.Contains(got, w) }) {
					t.Errorf("%s: %s report lacks %q:\n%s", tt.name, format, want, got)
				}
			}
			if tt.want == nil && (strings.Contains(got, "Names the default knows") || strings.Contains(got, "Files not read")) {
				t.Errorf("%s: %s report has an empty section:\n%s", tt.name, format, got)
			}
		}
	}
}
