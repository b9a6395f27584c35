package minutes

import (
	"html"
	"strconv"
	"strings"
)

// HTML writes the minutes as one self-contained, accessible web page: the
// language set, real headings, tables with header cells, the easy-read
// summary first, and print styles. large gives the large-print page: 18pt
// on screen and on paper. The two pages link to each other.
func HTML(m *Model, large bool) []byte { return renderHTML(m, minutesDoc(m, true), large) }

func renderHTML(m *Model, d document, large bool) []byte {
	main := languages(m.Language)[0]
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + d.tag + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>" + html.EscapeString(d.title+", "+main.longDate(m.Date)) + "</title>\n")
	b.WriteString("<style>\n" + htmlStyle(large) + "</style>\n</head>\n<body>\n<main>\n")
	for _, bl := range d.blocks {
		b.WriteString(htmlBlock(bl))
		if bl.class == "header" {
			// Right after the date and place: the other print size.
			other := "minutes-large-print.html"
			if large {
				other = "minutes.html"
			}
			l := fixedLine(languages(m.Language), func(p phrasebook) string { return p.otherVersion(large) })
			b.WriteString("<p class=\"version\"><a href=\"" + other + "\">" + htmlLine(l) + "</a></p>\n")
		}
	}
	b.WriteString("</main>\n<footer>\n<p>" + htmlLine(fixedLine(languages(m.Language), func(p phrasebook) string { return p.footer() })) + "</p>\n</footer>\n")
	b.WriteString("</body>\n</html>\n")
	return []byte(b.String())
}

// fixedLine is a fixed phrase in each language, outside a builder.
func fixedLine(langs []phrasebook, f func(p phrasebook) string) line {
	b := &builder{langs: langs}
	return b.fixed(f)
}

func htmlBlock(bl block) string {
	var b strings.Builder
	class := ""
	if bl.class != "" {
		class = " class=\"" + bl.class + "\""
	}
	switch bl.kind {
	case headingBlock:
		n := strconv.Itoa(bl.level)
		b.WriteString("<h" + n + ">" + htmlLine(bl.lines[0]) + "</h" + n + ">\n")
	case paraBlock:
		b.WriteString("<p" + class + ">")
		for j, l := range bl.lines {
			if j > 0 {
				b.WriteString("<br>\n")
			}
			b.WriteString(htmlLine(l))
		}
		b.WriteString("</p>\n")
	case listBlock:
		b.WriteString("<ul" + class + ">\n")
		for _, item := range bl.items {
			b.WriteString("<li>")
			for j, l := range item {
				if j > 0 {
					b.WriteString("<br>\n")
				}
				b.WriteString(htmlLine(l))
			}
			b.WriteString("</li>\n")
		}
		b.WriteString("</ul>\n")
	case tableBlock:
		t := bl.table
		b.WriteString("<table>\n<thead>\n<tr>")
		for _, h := range t.head {
			b.WriteString("<th scope=\"col\">" + htmlLine(h) + "</th>")
		}
		b.WriteString("</tr>\n</thead>\n<tbody>\n")
		for _, row := range t.rows {
			b.WriteString("<tr>")
			for j, c := range row {
				if j == 0 {
					b.WriteString("<th scope=\"row\">" + htmlLine(c) + "</th>")
				} else {
					b.WriteString("<td>" + htmlLine(c) + "</td>")
				}
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</tbody>\n</table>\n")
	case sectionBlock:
		b.WriteString("<section" + class + ">\n")
	case sectionEndBlock:
		b.WriteString("</section>\n")
	}
	return b.String()
}

// htmlLine writes a line's runs: neighbours of one style share one
// <strong> or <em>; a run in another language is a <span lang>.
func htmlLine(l line) string {
	var b strings.Builder
	for i := 0; i < len(l); {
		open, closing := "", ""
		if l[i].strong {
			open, closing = open+"<strong>", "</strong>"+closing
		}
		if l[i].em {
			open, closing = open+"<em>", "</em>"+closing
		}
		b.WriteString(open)
		j := i
		for ; j < len(l) && l[j].strong == l[i].strong && l[j].em == l[i].em; j++ {
			t := html.EscapeString(l[j].text)
			if l[j].lang != "" {
				t = "<span lang=\"" + l[j].lang + "\">" + t + "</span>"
			}
			b.WriteString(t)
		}
		b.WriteString(closing)
		i = j
	}
	return b.String()
}

// htmlStyle is the page's style sheet: black on white, left-aligned,
// generous spacing, nothing said by colour alone. The normal page is 14pt
// on screen and 12pt on paper; the large-print page is 18pt on both.
func htmlStyle(large bool) string {
	screen, print := "14pt", "12pt"
	if large {
		screen, print = "18pt", "18pt"
	}
	return `html { color: #0b0c0c; background: #ffffff; }
body { font-family: Arial, "Helvetica Neue", Helvetica, "DejaVu Sans", sans-serif; font-size: ` + screen + `;
  line-height: 1.5; text-align: left; max-width: 46em; margin: 0 auto; padding: 1em 1.25em; }
h1 { font-size: 1.75em; line-height: 1.25; margin: 0 0 0.5em; }
h2 { font-size: 1.4em; line-height: 1.3; margin: 1.5em 0 0.5em; padding-top: 0.5em; border-top: 2px solid #0b0c0c; }
h3 { font-size: 1.15em; margin: 1.25em 0 0.4em; }
h4 { font-size: 1em; margin: 1em 0 0.3em; }
p, ul { margin: 0.5em 0 0.75em; }
li { margin: 0.25em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #505a5f; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
tbody th { font-weight: normal; }
.header { font-size: 1.1em; }
.facts { color: #383f43; }
.decision, .action { border-left: 0.3em solid #0b0c0c; padding-left: 0.75em; }
.provisional { border-left-style: dashed; }
.summary { border: 3px solid #0b0c0c; padding: 0 1.25em 0.75em; margin: 1.5em 0 2em; }
.summary h2 { border-top: none; margin-top: 0.75em; }
p.easy-read, ul.easy-read { font-size: 1.1em; line-height: 1.6; margin: 0.5em 0 1em; }
ul.easy-read li { margin: 0.4em 0; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
footer { max-width: 46em; margin: 2em auto 1em; padding: 0 1.25em; font-size: ` + screen + `; color: #383f43; }
@media print {
  body { font-size: ` + print + `; max-width: none; padding: 0; }
  footer { font-size: ` + print + `; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, .decision, .action { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: #0b0c0c; text-decoration: none; }
  .version { display: none; }
  @page { margin: 2cm; }
}
`
}
