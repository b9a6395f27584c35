package minutes

import (
	"strings"
	"unicode/utf8"
)

// textWidth is where plain-text minutes wrap: they read well in an email
// and in any editor.
const textWidth = 72

// Text writes the minutes as plain text (minutes.txt): no markup, headings
// underlined, each table row a line of "heading: value" pairs, so it reads
// well aloud by a screen reader and in any email.
func Text(m *Model) []byte { return renderText(minutesDoc(m, false)) }

func renderText(d document) []byte {
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
			t := bl.lines[0].plainText()
			switch bl.level {
			case 1:
				b.WriteString(wrap(t, "", "") + "\n" + underline(t, '=') + "\n")
			case 2:
				b.WriteString(wrap(t, "", "") + "\n" + underline(t, '-') + "\n")
			default:
				if !strings.HasSuffix(t, ":") {
					t += ":"
				}
				b.WriteString(wrap(t, "", "") + "\n")
			}
		case paraBlock:
			for _, l := range bl.lines {
				b.WriteString(wrap(l.plainText(), "", "") + "\n")
			}
		case listBlock:
			for _, item := range bl.items {
				for j, l := range item {
					first := "- "
					if j > 0 {
						first = "  "
					}
					b.WriteString(wrap(l.plainText(), first, "  ") + "\n")
				}
			}
		case tableBlock:
			t := bl.table
			for _, row := range t.rows {
				parts := make([]string, len(row))
				for j, c := range row {
					parts[j] = t.head[j].plainText() + ": " + strings.TrimRight(c.plainText(), ".")
				}
				b.WriteString(wrap(strings.Join(parts, ". ")+".", "- ", "  ") + "\n")
			}
		}
	}
	return []byte(b.String())
}

// underline is a rule as long as the text (up to the wrap width).
func underline(t string, r rune) string {
	n := min(utf8.RuneCountInString(t), textWidth)
	return strings.Repeat(string(r), n)
}

// wrap breaks text into lines of at most textWidth characters at spaces
// (a word longer than that stands on its own line), the first line starting
// with first and the others with rest.
func wrap(text, first, rest string) string {
	var b strings.Builder
	prefix := first
	col := 0
	for _, w := range strings.Fields(text) {
		n := utf8.RuneCountInString(w)
		switch {
		case col == 0:
			b.WriteString(prefix)
			col = utf8.RuneCountInString(prefix)
		case col+1+n > textWidth:
			b.WriteString("\n" + rest)
			col = utf8.RuneCountInString(rest)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	if col == 0 {
		b.WriteString(strings.TrimRight(prefix, " "))
	}
	return b.String()
}
