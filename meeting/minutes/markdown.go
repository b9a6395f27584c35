package minutes

import (
	"strings"

	gydatext "github.com/gyda/gyda/config/text"
)

// Markdown writes the minutes as Markdown: the shape UK public bodies use,
// in plain English, with every glossary acronym spelled out on first use.
func Markdown(m *Model) []byte { return renderMarkdown(minutesDoc(m, false)) }

// EasyReadMarkdown writes the easy-read summary as Markdown (easyread.md).
func EasyReadMarkdown(m *Model) []byte { return renderMarkdown(easyReadDoc(m, 1)) }

func renderMarkdown(d document) []byte {
	var b strings.Builder
	for _, bl := range d.blocks {
		if bl.kind == sectionBlock || bl.kind == sectionEndBlock {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		switch bl.kind {
		case headingBlock:
			b.WriteString(strings.Repeat("#", bl.level) + " " + mdLine(bl.lines[0], false) + "\n")
		case paraBlock:
			for j, l := range bl.lines {
				b.WriteString(mdLine(l, true))
				if j < len(bl.lines)-1 {
					b.WriteString("  ")
				}
				b.WriteString("\n")
			}
		case listBlock:
			for _, item := range bl.items {
				for j, l := range item {
					if j == 0 {
						b.WriteString("- ")
					} else {
						b.WriteString("  ")
					}
					b.WriteString(mdLine(l, true))
					if j < len(item)-1 {
						b.WriteString("  ")
					}
					b.WriteString("\n")
				}
			}
		case tableBlock:
			t := bl.table
			cells := make([]string, len(t.head))
			for j, h := range t.head {
				cells[j] = mdCell(h)
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
			b.WriteString("|" + strings.Repeat(" --- |", len(t.head)) + "\n")
			for _, row := range t.rows {
				for j, c := range row {
					cells[j] = mdCell(c)
				}
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
			}
		}
	}
	return []byte(b.String())
}

// mdLine writes a line's runs, merging neighbours of the same style so
// "**a** **/** **b**" comes out as "**a / b**". A line of a paragraph or a
// list is escaped at its start too, so a note that starts with "- " or
// "1." does not turn into a list.
func mdLine(l line, escapeStart bool) string {
	var b strings.Builder
	for i := 0; i < len(l); {
		j := i
		var s strings.Builder
		for ; j < len(l) && l[j].strong == l[i].strong && l[j].em == l[i].em; j++ {
			s.WriteString(l[j].text)
		}
		t := mdInline(s.String(), escapeStart && i == 0)
		switch {
		case l[i].strong && l[i].em:
			t = "***" + t + "***"
		case l[i].strong:
			t = "**" + t + "**"
		case l[i].em:
			t = "*" + t + "*"
		}
		b.WriteString(t)
		i = j
	}
	return b.String()
}

// mdInline escapes text typed in the meeting so it never turns into
// Markdown markup (a note starting with # is not a heading).
func mdInline(s string, atStart bool) string {
	s = gydatext.EscapeMarkdownLine(s)
	if atStart {
		// "2026. A year" would start an ordered list.
		digits := 0
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			digits++
		}
		if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
			s = s[:digits] + "\\" + s[digits:]
		}
	}
	return s
}

// mdCell is a table cell: one line, escaped.
func mdCell(l line) string {
	return strings.ReplaceAll(strings.ReplaceAll(mdLine(l, false), "\r", " "), "\n", " ")
}
