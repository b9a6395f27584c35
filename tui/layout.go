package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/gyda/gyda/internal/prose"
)

// Width helpers. Every line the screen draws goes through trunc or pad, so
// nothing wraps into garbage at any width: widths are measured as the
// terminal shows them (wide characters, escape codes).

// trunc cuts s to w columns, ending with an ellipsis when it cuts.
func trunc(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// pad cuts or fills s to exactly w columns.
func pad(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := width(s)
	if n > w {
		s = ansi.Truncate(s, w, "…")
		n = width(s)
	}
	if n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// width is the width of s as the terminal shows it. Text made only of
// characters one column wide (Latin letters with their accents, the box
// and block characters the screen draws with) is counted quickly; anything
// else (escape codes, wide or combining characters, symbols) is measured
// properly.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f, r >= 0xa0 && r < 0x300:
		case r >= 0x2500 && r <= 0x25ff, r == 0x2026, r == 0x2013, r == 0x2014, r == 0x2019:
		default:
			return ansi.StringWidth(s)
		}
		n++
	}
	return n
}

// leftRight puts left and right on one line of w columns, cutting left
// first so that right (a clock, a time left) stays whole.
func leftRight(left, right string, w int) string {
	rw := width(right)
	if rw >= w {
		return trunc(right, w)
	}
	lw := w - rw - 1
	left = trunc(left, lw)
	gap := w - width(left) - rw
	return left + strings.Repeat(" ", gap) + right
}

// center puts s in the middle of w columns.
func center(s string, w int) string {
	s = trunc(s, w)
	gap := (w - width(s)) / 2
	if gap <= 0 {
		return s
	}
	return strings.Repeat(" ", gap) + s
}

// wrap breaks plain text into lines of at most w columns, at spaces where
// it can and inside a word where it must. The first line may be given a
// different width (for a label before it).
func wrap(text string, w int) []string {
	if w <= 0 {
		return nil
	}
	if width(text) <= w {
		return []string{text}
	}
	return strings.Split(ansi.Wrap(text, w, ""), "\n")
}

// hang wraps text after a label, indenting the following lines under the
// text: "Decision 1  The RPB will be asked ..." then "            to fund ...".
func hang(label, text string, w int) []string {
	lw := width(label)
	if lw >= w/2 {
		return wrap(label+text, w)
	}
	lines := wrap(text, w-lw)
	out := make([]string, len(lines))
	indent := strings.Repeat(" ", lw)
	for i, l := range lines {
		if i == 0 {
			out[i] = label + l
		} else {
			out[i] = indent + l
		}
	}
	return out
}

// wrapSegments joins segments with sep, in order, starting a new line
// (indented) where the next segment would not fit, so that no segment is
// cut; at most maxLines lines, the last cut if it must be.
func wrapSegments(segs []string, sep, indent string, w, maxLines int) []string {
	var out []string
	line := ""
	for _, s := range segs {
		if s == "" {
			continue
		}
		switch {
		case line == "":
			line = s
		case width(line)+width(sep)+width(s) <= w:
			line += sep + s
		default:
			out = append(out, line)
			line = indent + s
		}
	}
	if line != "" {
		out = append(out, line)
	}
	if maxLines > 0 && len(out) > maxLines {
		out = out[:maxLines]
	}
	for i, l := range out {
		out[i] = trunc(l, w)
	}
	return out
}

// listWrap lays out items after a label, separated by commas, wrapping
// between items (never inside one unless it is wider than the line).
func listWrap(label string, items []string, w int) []string {
	var out []string
	line := label
	indent := "  "
	if lw := width(label); lw <= w/3 {
		indent = strings.Repeat(" ", lw)
	}
	first, broke := true, false
	for i, it := range items {
		sep := ", "
		if i == len(items)-1 {
			sep = ""
		}
		piece := it + sep
		switch {
		case first:
			line += piece
			first = false
		case width(line)+width(piece) <= w && !broke:
			line += piece
		default:
			out = append(out, strings.TrimRight(line, " "))
			line = indent + piece
		}
		if width(line) > w && width(indent) < w/2 {
			// One item wider than a line (a name with many markers):
			// wrapped at its spaces, never cut.
			parts := wrap(strings.TrimSuffix(line, sep), w)
			rest := wrap(strings.Join(parts[1:], " "), w-width(indent))
			out = append(out, parts[0])
			for _, r := range rest[:len(rest)-1] {
				out = append(out, indent+r)
			}
			line = indent + rest[len(rest)-1] + sep
			broke = true // the next item starts a line of its own
		} else {
			broke = false
		}
	}
	out = append(out, strings.TrimRight(line, " "))
	for i, l := range out {
		out[i] = trunc(l, w)
	}
	return out
}

// block is a pane's lines before it is given a height: its first line is
// its title.
type block struct {
	lines []string
	min   int  // lines it needs to be any use
	tail  bool // keep the end when cut (the record: newest last)
	// skip is how many lines from the end a tail block is scrolled back.
	skip int
	// opt is how many of the last lines may be left out without saying so
	// (hints that help only when there is room).
	opt int
	// scroll says the block can be scrolled with [ and ].
	scroll bool
}

// cut fits a block into h lines, saying how many lines were left out.
func (b block) cut(h int, s *Styles) []string {
	if h <= 0 {
		return nil
	}
	if len(b.lines) <= h {
		return b.lines
	}
	if h >= len(b.lines)-b.opt {
		return b.lines[:h]
	}
	if h == 1 {
		return b.lines[:1]
	}
	if b.tail {
		return b.cutTail(h, s)
	}
	if b.skip > 0 {
		return b.cutScrolled(h, s)
	}
	out := append([]string(nil), b.lines[:h-1]...)
	tail := more(len(b.lines)-(h-1), "more line", "more lines")
	if b.scroll {
		tail += " (] to scroll)"
	}
	return append(out, s.Dim.Render(tail))
}

// cutScrolled shows a block scrolled down by skip lines, saying how many
// lines are above and below what is shown.
func (b block) cutScrolled(h int, s *Styles) []string {
	body := b.lines[1:]
	rows := h - 1
	start := min(b.skip, max(len(body)-(rows-1), 0))
	lines := make([]string, 0, h)
	lines = append(lines, b.lines[0])
	if start > 0 {
		lines = append(lines, s.Dim.Render(more(start, "earlier line", "earlier lines")+" ([ to scroll)"))
		rows--
	}
	end := min(start+rows, len(body))
	if end < len(body) {
		end--
	}
	if end > start {
		lines = append(lines, body[start:end]...)
	}
	if end < len(body) {
		lines = append(lines, s.Dim.Render(more(len(body)-end, "more line", "more lines")+" (] to scroll)"))
	}
	return lines
}

// cutTail keeps the newest lines of a tail block (scrolled back by skip),
// saying how many earlier and later lines are not shown.
func (b block) cutTail(h int, s *Styles) []string {
	body := b.lines[1:]
	r := h - 1
	skip := min(max(b.skip, 0), len(body)-1)
	end := len(body) - skip
	if end < r-1 {
		end = min(len(body), r-1)
	}
	later := len(body) - end
	rows := r
	if later > 0 {
		rows--
	}
	start := max(end-rows, 0)
	if start > 0 {
		start++
		rows--
	}
	if rows <= 0 {
		return []string{b.lines[0], s.Dim.Render(more(len(body), "line", "lines") + " ([ and ] to scroll)")}
	}
	lines := make([]string, 0, h)
	lines = append(lines, b.lines[0])
	if start > 0 {
		lines = append(lines, s.Dim.Render(more(start, "earlier line", "earlier lines")+" ([ to scroll)"))
	}
	lines = append(lines, body[start:end]...)
	if later > 0 {
		lines = append(lines, s.Dim.Render(more(later, "later line", "later lines")+" (] to scroll)"))
	}
	return lines
}

func more(n int, one, many string) string { return "  … " + prose.Count(n, one, many) }

// allocate shares h lines between blocks: each gets up to its minimum, in
// priority order, then what is left goes to them in priority order up to
// what they would show. prio lists block indexes, most important first.
func allocate(blocks []block, prio []int, h int) []int {
	hs := make([]int, len(blocks))
	left := h
	for _, i := range prio {
		want := min(blocks[i].min, len(blocks[i].lines))
		give := min(want, left)
		hs[i] = give
		left -= give
	}
	for _, i := range prio {
		want := len(blocks[i].lines) - hs[i]
		give := min(want, left)
		if give > 0 {
			hs[i] += give
			left -= give
		}
	}
	// A block with room for little more than its title is left out
	// rather than drawn as a title and "… 5 more lines".
	for i, b := range blocks {
		if hs[i] > 0 && hs[i] < min(2, len(b.lines)) || hs[i] == 2 && len(b.lines) > 2 && !b.tail {
			hs[i] = 0
		}
	}
	return hs
}

// stack draws blocks one under another in h lines of w columns.
func stack(blocks []block, prio []int, w, h int, s *Styles) []string {
	hs := allocate(blocks, prio, h)
	out := make([]string, 0, h)
	for i, b := range blocks {
		for _, l := range b.cut(hs[i], s) {
			out = append(out, pad(l, w))
		}
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return out[:h]
}

// columns puts two columns of lines side by side with a rule between.
func columns(left []string, lw int, right []string, rw int, h int, s *Styles) []string {
	out := make([]string, h)
	bar := s.Dim.Render("│")
	for i := 0; i < h; i++ {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = pad(l, lw) + " " + bar + " " + pad(r, rw)
	}
	return out
}

// rule is a pane title: "── Speaking queue ─────────".
func rule(title string, w int, s *Styles) string {
	head := "── " + title + " "
	n := w - width(head)
	if n < 0 {
		return s.Section.Render(trunc(head, w))
	}
	return s.Section.Render(head + strings.Repeat("─", n))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
