package harvest

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/lexcheck/lexcheck/internal/filepos"
	"github.com/lexcheck/lexcheck/spell"
)

// reportData is what a report shows: the groups sorted by how often their
// minority spellings occur, most first, so that an editor starts with the
// inconsistencies readers meet most.
type reportData struct {
	Docs, Names int
	Groups      []Group
	Known       []Group
	Unsure      []Group
	Skipped     []Skipped
}

func (d *Draft) report() reportData {
	order := func(gs []Group) []Group {
		gs = slices.Clone(gs)
		slices.SortStableFunc(gs, func(a, b Group) int {
			return cmp.Or(cmp.Compare(b.Minority(), a.Minority()), byCount(&a.Preferred, &b.Preferred))
		})
		return gs
	}
	return reportData{Docs: d.Docs, Names: len(d.Names), Groups: order(d.Groups), Known: order(d.Known),
		Unsure: order(d.Unsure), Skipped: d.Skipped}
}

// The marks that say a file is a harvest report, which a harvest of the
// folder it lies in skips (see [Skip]).
const (
	htmlMark     = `<meta name="generator" content="lexcheck lexicon harvest">`
	markdownMark = "<!-- report of lexcheck lexicon harvest -->"
)

// WriteHTML writes a report of d for editors as a standalone HTML page:
// the names spelled more than one way, those whose minority spellings
// occur most first, each spelling with its count and a few example
// locations (file:line), then the other spellings of names the default
// knows, the unsure pairs and the files not read. Everything from the
// archive is escaped.
func (d *Draft) WriteHTML(w io.Writer) error {
	return htmlReport.Execute(w, d.report())
}

// WriteMarkdown writes the report of [Draft.WriteHTML] as Markdown.
func (d *Draft) WriteMarkdown(w io.Writer) error {
	r := d.report()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n# Harvest report\n\n%d documents read: %d names spelled more than one way, %d names the default knows spelled otherwise, %d pairs to decide, %d names listed.\n",
		markdownMark, r.Docs, len(r.Groups), len(r.Known), len(r.Unsure), r.Names)
	section := func(title, intro string, gs []Group) {
		if len(gs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", title, intro)
		for _, g := range gs {
			var vs []string
			for _, v := range g.Variants {
				vs = append(vs, v.Text)
			}
			fmt.Fprintf(&b, "\n### %s → %s\n\n", mdEscape(strings.Join(vs, ", ")), mdEscape(g.Preferred.Text))
			if g.Note != "" {
				fmt.Fprintf(&b, "%s.\n\n", mdEscape(capitalise(g.Note)))
			}
			b.WriteString("| spelling | uses | examples |\n| --- | ---: | --- |\n")
			fmt.Fprintf(&b, "| **%s** | %d | %s |\n", mdEscape(g.Preferred.Text), g.Preferred.Count, mdEscape(examples(g.Preferred.Examples)))
			for _, v := range g.Variants {
				fmt.Fprintf(&b, "| %s | %d | %s |\n", mdEscape(v.Text), v.Count, mdEscape(examples(v.Examples)))
			}
		}
	}
	section("Spellings of one name", intros["groups"], r.Groups)
	section("Names the default knows", intros["known"], r.Known)
	section("To decide", intros["unsure"], r.Unsure)
	if len(r.Skipped) > 0 {
		fmt.Fprintf(&b, "\n## Files not read\n\n%s\n\n", intros["skipped"])
		for _, s := range r.Skipped {
			fmt.Fprintf(&b, "- %s: %s\n", mdEscape(s.File), mdEscape(s.Why))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// intros are the paragraphs under the reports' headings.
var intros = map[string]string{
	"groups":  "The draft keeps the first spelling and rejects the others. Most used variants first.",
	"known":   "The default knows the first spelling; the archive's others are slips or romanizations of it, which the draft rejects and never lists as names.",
	"unsure":  "Two names, or one spelled two ways? The draft accepts both until someone decides.",
	"skipped": "Lexicons and harvest reports are not articles.",
}

func examples(ps []spell.Position) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = filepos.Format(p.Filename, p.Line, 0)
	}
	return strings.Join(s, ", ")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// mdEscape escapes the characters that Markdown (and a GFM table cell)
// would read as markup inside a line.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

var htmlReport = template.Must(template.New("report").Funcs(template.FuncMap{
	"examples":   examples,
	"capitalise": capitalise,
	"mark":       func() template.HTML { return htmlMark },
	"intro":      func(s string) string { return intros[s] },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{{mark}}
<title>Harvest report</title>
<style>
body { font: 16px/1.4 system-ui, sans-serif; max-width: 50em; margin: 2em auto; padding: 0 1em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { text-align: left; padding: 0.2em 0.8em 0.2em 0; vertical-align: top; }
td.n { text-align: right; }
.ex { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1>Harvest report</h1>
<p>{{.Docs}} documents read: {{len .Groups}} names spelled more than one way, {{len .Known}} names the default knows spelled otherwise, {{len .Unsure}} pairs to decide, {{.Names}} names listed.</p>
{{define "group"}}<h3>{{range $i, $v := .Variants}}{{if $i}}, {{end}}{{$v.Text}}{{end}} → {{.Preferred.Text}}</h3>
{{if .Note}}<p>{{capitalise .Note}}.</p>
{{end}}<table>
<tr><th>spelling</th><th>uses</th><th>examples</th></tr>
<tr><td><strong>{{.Preferred.Text}}</strong></td><td class="n">{{.Preferred.Count}}</td><td class="ex">{{examples .Preferred.Examples}}</td></tr>
{{range .Variants}}<tr><td>{{.Text}}</td><td class="n">{{.Count}}</td><td class="ex">{{examples .Examples}}</td></tr>
{{end}}</table>
{{end}}{{if .Groups}}<h2>Spellings of one name</h2>
<p>{{intro "groups"}}</p>
{{range .Groups}}{{template "group" .}}{{end}}{{end}}{{if .Known}}<h2>Names the default knows</h2>
<p>{{intro "known"}}</p>
{{range .Known}}{{template "group" .}}{{end}}{{end}}{{if .Unsure}}<h2>To decide</h2>
<p>{{intro "unsure"}}</p>
{{range .Unsure}}{{template "group" .}}{{end}}{{end}}{{if .Skipped}}<h2>Files not read</h2>
<p>{{intro "skipped"}}</p>
<ul>
{{range .Skipped}}<li>{{.File}}: {{.Why}}</li>
{{end}}</ul>
{{end}}</body>
</html>
`))
