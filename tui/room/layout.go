package room

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/gyda/gyda/tui"
)

// level is how large a part of the screen is drawn, largest first. A
// screen starts with every part at its largest and makes them smaller,
// in an order that keeps what matters most large longest, until they fit.
type level int

const (
	lvHuge   level = iota // the block font at twice its size
	lvLarge               // the block font
	lvHalf                // the block font at half height
	lvSpaced              // ordinary type, letters spaced: double width
	lvPlain               // ordinary type, wrapped
	lvLine                // one line
	lvGone                // left out
)

// size is one way of drawing a block.
type size struct {
	level level
	lines []string
}

// block is a part of the screen with the sizes it can be drawn at,
// largest first.
type block struct {
	sizes []size
	at    int  // the size in use
	tight bool // no blank line before it
}

func (b *block) lines() []string {
	if len(b.sizes) == 0 {
		return nil
	}
	return b.sizes[b.at].lines
}

// add offers a size; sizes must be added largest first.
func (b *block) add(l level, lines ...string) *block {
	b.sizes = append(b.sizes, size{l, lines})
	return b
}

// shrinkTo makes the block no larger than l (it stays at its smallest).
func (b *block) shrinkTo(l level) {
	for b.at < len(b.sizes)-1 && b.sizes[b.at].level < l {
		b.at++
	}
}

// step makes a block no larger than a level.
type step struct {
	b *block
	l level
}

// arrange fits head (always whole, at the top), the body blocks in order
// and foot (at the bottom) into h rows, taking the steps in order until
// they fit; with a blank row between parts if there is room, more when
// there is plenty.
func arrange(head []string, body []*block, foot *block, steps []step, h int) []string {
	all := append(append([]*block{}, body...), foot)
	for _, gap := range []int{1, 0} {
		for _, b := range all {
			b.at = 0
		}
		for i := 0; ; i++ {
			if used, _ := measure(head, all, gap); used <= h {
				return compose(head, body, foot, gap, h)
			}
			if i == len(steps) {
				break
			}
			steps[i].b.shrinkTo(steps[i].l)
		}
	}
	return compose(head, body, foot, 0, h)
}

// measure is the rows the parts take with gap blank rows between them,
// and how many gaps there are.
func measure(head []string, blocks []*block, gap int) (rows, gaps int) {
	rows = len(head)
	seen := len(head) > 0
	for _, b := range blocks {
		n := len(b.lines())
		if n == 0 {
			continue
		}
		if seen && !b.tight {
			gaps++
		}
		rows += n
		seen = true
	}
	return rows + gaps*gap, gaps
}

// compose lays the parts out: the spare rows widen the gaps (up to three
// rows) and the rest goes above the foot.
func compose(head []string, body []*block, foot *block, gap, h int) []string {
	used, gaps := measure(head, append(append([]*block{}, body...), foot), gap)
	if spare := h - used; spare > 0 && gaps > 0 {
		gap += min(spare/gaps, 3-gap)
	}
	out := append([]string{}, head...)
	seen := len(head) > 0
	for _, b := range body {
		ls := b.lines()
		if len(ls) == 0 {
			continue
		}
		if seen && !b.tight {
			out = append(out, make([]string, gap)...)
		}
		out = append(out, ls...)
		seen = true
	}
	if fl := foot.lines(); len(fl) > 0 {
		for len(out) < h-len(fl) {
			out = append(out, "")
		}
		out = append(out, fl...)
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}

// margin is the blank columns at each side of a screen w wide.
func margin(w int) int { return max(1, min(6, w/40)) }

// indent puts the margin before each line.
func indent(lines []string, m int) []string {
	pad := strings.Repeat(" ", m)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// styled styles each line.
func styled(s tui.Style, lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = s.Render(l)
	}
	return out
}

// fonts remembers what was drawn in the block font, as the same title
// and names are drawn again every second. It belongs to one screen.
type fonts struct {
	drawn map[fontKey]fontDrawing
}

type fontKey struct {
	text        string
	l           level
	w, maxLines int
}

type fontDrawing struct {
	rows []string
	ok   bool
}

// maxDrawings is how many drawings fonts keeps before it starts again.
const maxDrawings = 64

// draw is inFont, remembered. The rows returned are shared: never change
// them.
func (c *fonts) draw(text string, l level, w, maxLines int) ([]string, bool) {
	k := fontKey{text, l, w, maxLines}
	if d, ok := c.drawn[k]; ok {
		return d.rows, d.ok
	}
	if c.drawn == nil || len(c.drawn) >= maxDrawings {
		c.drawn = map[fontKey]fontDrawing{}
	}
	rows, ok := inFont(text, l, w, maxLines)
	c.drawn[k] = fontDrawing{rows, ok}
	return rows, ok
}

// inFont draws text in the block font at a level (huge, large or
// halved), in lines that fit w, at most maxLines of text, with a blank
// row between them; false when it does not fit or cannot be drawn.
func inFont(text string, l level, w, maxLines int) ([]string, bool) {
	scale := 1
	if l == lvHuge {
		scale = 2
	}
	parts, ok := fontLines(text, w/scale, maxLines)
	if !ok {
		return nil, false
	}
	var out []string
	for i, p := range parts {
		var rows []string
		if l == lvHalf {
			rows, ok = halfBlocks(p)
		} else {
			rows, ok = blocks(p, scale)
		}
		if !ok {
			return nil, false
		}
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, rows...)
	}
	return out, true
}

// spread spaces text out, a space between letters and three between
// words, so that it reads as double width: "S i â n   D a v i e s".
func spread(text string) string {
	var b strings.Builder
	for i, word := range strings.Fields(text) {
		if i > 0 {
			b.WriteString("   ")
		}
		for j, r := range word {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wrap breaks text at its spaces into lines at most w wide, at most
// maxLines of them (the last ending "…" when there was more); each line
// after the first is indented by hang spaces. A word longer than a line
// is cut.
func wrap(text string, w, maxLines, hang int) []string {
	text = strings.TrimSpace(text)
	if w < 8 || text == "" {
		return []string{cut(text, w)}
	}
	var out []string
	for rest := text; rest != ""; {
		lw, pad := w, ""
		if len(out) > 0 {
			lw, pad = w-hang, strings.Repeat(" ", hang)
		}
		first := firstLine(rest, lw)
		if len(out) == maxLines-1 && first != rest {
			// The last line there is room for, with more to come.
			out = append(out, pad+cut(firstLine(rest, lw-2)+" …", lw))
			break
		}
		out = append(out, pad+cut(first, lw))
		rest = strings.TrimLeft(strings.TrimPrefix(rest, first), " ")
	}
	return out
}

// firstLine is the words of text that fit in w cells (a first word wider
// than that whole).
func firstLine(text string, w int) string {
	first, _, _ := strings.Cut(ansi.Wordwrap(text, w, ""), "\n")
	return strings.TrimRight(first, " ")
}

// cut shortens text to w cells, ending it with "…" when it is cut.
func cut(text string, w int) string {
	if ansi.StringWidth(text) <= w {
		return text
	}
	if w <= 1 {
		return ansi.Truncate(text, max(w, 0), "")
	}
	return ansi.Truncate(text, w, "…")
}

// width is the cells text takes on screen (escape codes take none).
func width(text string) int { return ansi.StringWidth(text) }

// addText offers text in every size from the level first down to plain,
// each under the lines above: in the block font when it fits in maxLines
// lines of it, spaced out when it fits in maxLines, and wrapped in
// ordinary type (at most maxLines+1 lines). The line size is the
// caller's, as it differs.
func (b *block) addText(f frame, first level, above []string, text string, s tui.Style, maxLines int) *block {
	w := f.w
	with := func(rows []string) []string {
		return append(append([]string{}, above...), styled(s, rows)...)
	}
	for _, l := range []level{lvHuge, lvLarge, lvHalf} {
		if l < first {
			continue
		}
		if rows, ok := f.fonts.draw(text, l, w, maxLines); ok {
			b.add(l, with(rows)...)
		}
	}
	if parts := wrap(text, w/2, maxLines+1, 0); len(parts) <= maxLines && !strings.HasSuffix(parts[len(parts)-1], "…") {
		for i, p := range parts {
			parts[i] = spread(p)
		}
		b.add(lvSpaced, with(parts)...)
	}
	return b.add(lvPlain, with(wrap(text, w, maxLines+1, 0))...)
}
