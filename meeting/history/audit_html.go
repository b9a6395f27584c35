package history

import (
	"fmt"
	"html"
	"math"
	"strings"
	"unicode/utf8"
)

// HTML writes the audit as one self-contained, accessible page: real
// headings, tables with headers, left-aligned text at 18px, and a bar
// chart for each measure as inline SVG. Each chart has role="img", an
// aria-label, a <title> and a <desc> that says every number in words, and
// the same numbers follow it in a table; every bar has its number written
// beside it, so nothing is carried by colour or length alone. The
// self-assessment questions end the page, with space for the group's
// answers when it is printed.
func (a *Audit) HTML() []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	e := html.EscapeString
	title := "Co-production audit: " + a.Group
	w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w("<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", e(title), auditCSS)
	w("<h1>%s</h1>\n", e(title))
	for _, p := range a.intro() {
		w("<p>%s</p>\n", e(p))
	}
	sections := a.sections()
	w("<nav aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n")
	for _, s := range sections {
		w("<li><a href=\"#%s\">%s</a></li>\n", s.id, e(s.heading))
	}
	w("</ul>\n</nav>\n")
	for _, s := range sections {
		w("<section aria-labelledby=\"%s\">\n<h2 id=\"%s\">%s</h2>\n", s.id, s.id, e(s.heading))
		for _, p := range s.paras {
			w("<p>%s</p>\n", e(p))
		}
		if s.chart != nil && len(s.chart.bars) > 0 {
			w("<figure>\n%s<figcaption>%s</figcaption>\n</figure>\n", s.chart.svg("chart-"+s.id), e(s.chart.title))
		}
		for _, t := range []*table{s.table, s.extra} {
			if t != nil && len(t.rows) > 0 {
				w("%s", t.html())
			}
		}
		for _, p := range s.after {
			w("<p>%s</p>\n", e(p))
		}
		for _, q := range s.annex {
			id := fmt.Sprintf("question-%d", q.Number)
			w("<section class=\"question\" aria-labelledby=\"%s\">\n<h3 id=\"%s\">Question %d</h3>\n<blockquote><p>%s</p></blockquote>\n", id, id, q.Number, e(q.Text))
			if len(q.Evidence) == 0 {
				w("<p>What gyda's record shows: nothing that bears on this question.</p>\n")
			} else {
				w("<p>What gyda's record shows:</p>\n<ul>\n")
				for _, ev := range q.Evidence {
					w("<li>%s</li>\n", e(ev))
				}
				w("</ul>\n")
			}
			w("<p id=\"%s-ask\">Do you need to develop in this area? If so, how will you do it?</p>\n", id)
			w("<div class=\"answer\" role=\"note\" aria-labelledby=\"%s-ask\"></div>\n</section>\n", id)
		}
		w("</section>\n")
	}
	w("</main>\n</body>\n</html>\n")
	return []byte(b.String())
}

const auditCSS = `body { font-family: Arial, Helvetica, sans-serif; font-size: 18px; line-height: 1.5; color: #111; background: #fff; margin: 1rem auto; max-width: 52rem; padding: 0 1rem; text-align: left; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #444; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
td.number { text-align: right; }
figure { margin: 1rem 0; }
figcaption { font-weight: bold; }
svg { max-width: 100%; height: auto; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 4px solid #444; }
.answer { border: 1px solid #444; min-height: 6rem; margin-bottom: 1.5rem; }
a { color: #0b4f9c; }
@media print { nav { display: none; } .question { break-inside: avoid; } }
`

// html writes the table with a caption and header cells.
func (t *table) html() string {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString("<table>\n<caption>" + e(t.caption) + "</caption>\n<thead>\n<tr>")
	for _, h := range t.head {
		b.WriteString("<th scope=\"col\">" + e(h) + "</th>")
	}
	b.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, r := range t.rows {
		b.WriteString("<tr>")
		for i, c := range r {
			switch {
			case i == 0:
				b.WriteString("<th scope=\"row\">" + e(c) + "</th>")
			case i < len(t.numeric) && t.numeric[i]:
				b.WriteString("<td class=\"number\">" + e(c) + "</td>")
			default:
				b.WriteString("<td>" + e(c) + "</td>")
			}
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}

// Chart geometry, in SVG user units (pixels at 100%).
const (
	svgRow      = 30  // height of one bar's row
	svgBar      = 20  // height of a bar
	svgBarWidth = 300 // the longest bar
	svgTextGap  = 8   // between a bar and its number
	svgCharW    = 8.5 // the width of a character of 15px text, roughly
)

// svg draws the chart as an accessible inline SVG: role="img" with an
// aria-label, a <title> and a <desc> in words, and each bar's label and
// number written beside it.
func (c *chart) svg(id string) string {
	e := html.EscapeString
	labelW := 0
	textW := 0
	for _, b := range c.bars {
		labelW = max(labelW, utf8.RuneCountInString(b.label))
		textW = max(textW, utf8.RuneCountInString(b.text))
	}
	left := int(math.Ceil(float64(labelW)*svgCharW)) + 12
	width := left + svgBarWidth + svgTextGap + int(math.Ceil(float64(textW)*svgCharW)) + 8
	height := len(c.bars)*svgRow + 10
	var b strings.Builder
	fmt.Fprintf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" aria-describedby=\"%s-desc\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
		e(c.title), id, width, height, width, height)
	fmt.Fprintf(&b, "<title id=\"%s-title\">%s</title>\n<desc id=\"%s-desc\">%s</desc>\n", id, e(c.title), id, e(c.desc))
	fmt.Fprintf(&b, "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#444\" stroke-width=\"1\"/>\n", left, left, height-5)
	for i, bar := range c.bars {
		y := 5 + i*svgRow
		w := 0
		if c.max > 0 {
			w = int(math.Round(bar.value / c.max * svgBarWidth))
		}
		if bar.value > 0 && w < 2 {
			w = 2
		}
		fmt.Fprintf(&b, "<g>\n<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"15\" fill=\"#111\">%s</text>\n",
			left-8, y+15, e(bar.label))
		if w > 0 {
			fmt.Fprintf(&b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1d4f91\"/>\n", left, y, w, svgBar)
		}
		fmt.Fprintf(&b, "<text x=\"%d\" y=\"%d\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"15\" fill=\"#111\">%s</text>\n</g>\n",
			left+w+svgTextGap, y+15, e(bar.text))
	}
	b.WriteString("</svg>\n")
	return b.String()
}
