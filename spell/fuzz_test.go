package spell

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/txtar"
)

// FuzzCheck asserts invariants of findings on any input: spans inside the
// text, the word is the span, sorted, and lines and columns agree with
// offsets. It seeds itself from the golden inputs.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range ar.Files {
			if s.Name == "input.txt" {
				f.Add(s.Data)
			}
		}
	}
	f.Add([]byte("Tom O'Connnell met Karl-Hienz and O’Connnell, 'O'Reillly-Smiith' and -'X at D'-Y.\n"))
	f.Add([]byte("RENO, Neev., Fbe 26 - 3 Ocyober, Nogv, 1986; May-Alr, D-Kaan. Wagne, Mich. Hong Kog. President Jmi Miller\n"))
	f.Add([]byte("Jn 3,5 Jum 12345 Apri\nNov.\n, Fla"))
	f.Add([]byte("Kare Bush, George W. Bsuh\r\nCalrsson; Luiz Inacio Lulla da Silva. Mr. Cirac, Mr Hollnde in Pru's, to Chle- the Aian x\n"))
	f.Add([]byte("title: A B\n\nA B\n A B\nMr\nBno Mnn. W. Bush-\n"))
	if seed, err := os.ReadFile("testdata/seed-article.txt"); err == nil {
		f.Add(seed)
	}
	c := testChecker(f, "Bakiyev\nGaddafi !Qaddafi\nJalal-Abad | Jalal'abad\nAbdul Rahman\nGorbachev = Горбачёв")
	f.Fuzz(func(t *testing.T, src []byte) {
		fs := c.Check("f", src)
		if !sort.SliceIsSorted(fs, func(i, j int) bool { return fs[i].Pos.Offset < fs[j].Pos.Offset }) {
			t.Fatal("findings not sorted")
		}
		for _, fd := range fs {
			if fd.Pos.Offset < 0 || fd.Pos.Offset > fd.End.Offset || fd.End.Offset > len(src) {
				t.Fatalf("span %d..%d outside 0..%d", fd.Pos.Offset, fd.End.Offset, len(src))
			}
			if string(src[fd.Pos.Offset:fd.End.Offset]) != fd.Word {
				t.Fatalf("word %q but span %q", fd.Word, src[fd.Pos.Offset:fd.End.Offset])
			}
			line, col := 1, 1
			for i := 0; i < fd.Pos.Offset; {
				r, n := utf8.DecodeRune(src[i:])
				if r == '\n' {
					line, col = line+1, 1
				} else {
					col++
				}
				i += n
			}
			if fd.Pos.Line != line || fd.Pos.Column != col {
				t.Fatalf("position %d:%d, want %d:%d", fd.Pos.Line, fd.Pos.Column, line, col)
			}
		}
	})
}
