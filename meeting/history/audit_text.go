package history

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// barWidth is how many characters a full bar takes in the terminal.
const barWidth = 20

// Text writes the audit for the terminal: headings, the charts as bars of
// # and . with their numbers beside them, and the paragraphs that go with
// them. It has no escape codes, so screen readers and scripts read it as
// it is. (The self-assessment questions are in the Markdown and HTML.)
func (a *Audit) Text() string {
	var b strings.Builder
	title := "Co-production audit: " + a.Group
	b.WriteString(title + "\n" + strings.Repeat("=", utf8.RuneCountInString(title)) + "\n")
	for _, p := range a.intro() {
		b.WriteString(p + "\n")
	}
	for _, s := range a.sections() {
		if s.annex != nil {
			continue
		}
		b.WriteString("\n" + s.heading + "\n" + strings.Repeat("-", utf8.RuneCountInString(s.heading)) + "\n")
		switch {
		case s.chart != nil && len(s.chart.bars) > 0:
			b.WriteString(s.chart.title + ":\n")
			b.WriteString(TextBars(s.chart.labels(), s.chart.values(), s.chart.max, s.chart.texts()))
		case s.chart == nil && s.table != nil:
			b.WriteString(textTable(s.table))
		case s.chart == nil:
			for _, p := range s.paras {
				b.WriteString(p + "\n")
			}
		}
		if s.extra != nil {
			b.WriteString(s.extra.caption + ":\n")
			b.WriteString(textTable(s.extra))
		}
		for _, p := range s.after {
			b.WriteString(p + "\n")
		}
		if s.chart != nil && len(s.chart.bars) == 0 {
			b.WriteString("Nothing to show for this period.\n")
		}
	}
	return b.String()
}

func (c *chart) labels() []string {
	out := make([]string, len(c.bars))
	for i, b := range c.bars {
		out[i] = b.label
	}
	return out
}

func (c *chart) values() []float64 {
	out := make([]float64, len(c.bars))
	for i, b := range c.bars {
		out[i] = b.value
	}
	return out
}

func (c *chart) texts() []string {
	out := make([]string, len(c.bars))
	for i, b := range c.bars {
		out[i] = b.text
	}
	return out
}

// TextBars draws a bar chart in plain text, one line a bar:
//
//	1 October 2026   ##########..........  50% (1 of 2)
//
// Each bar is barWidth characters of # (the value) and . (the rest, up to
// top); texts say the number in words beside it.
func TextBars(labels []string, values []float64, top float64, texts []string) string {
	width := 0
	for _, l := range labels {
		width = max(width, utf8.RuneCountInString(l))
	}
	var b strings.Builder
	for i, l := range labels {
		filled := 0
		if top > 0 {
			filled = int(math.Round(values[i] / top * barWidth))
		}
		filled = min(max(filled, 0), barWidth)
		if values[i] > 0 && filled == 0 {
			filled = 1 // something is never shown as nothing
		}
		fmt.Fprintf(&b, "  %s%s  %s%s  %s\n", l, strings.Repeat(" ", width-utf8.RuneCountInString(l)),
			strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), texts[i])
	}
	return b.String()
}

// textTable lines a table up in columns, numbers to the right.
func textTable(t *table) string {
	widths := make([]int, len(t.head))
	for i, h := range t.head {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	row := func(cells []string) {
		parts := make([]string, len(cells))
		for i, c := range cells {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i < len(t.numeric) && t.numeric[i] {
				parts[i] = pad + c
			} else {
				parts[i] = c + pad
			}
		}
		b.WriteString("  " + strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
	}
	row(t.head)
	for _, r := range t.rows {
		row(r)
	}
	return b.String()
}
