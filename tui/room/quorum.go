package room

import (
	"fmt"

	"github.com/gyda/gyda/tui"
)

// quorumBlock is the quorum and balance in words and numbers, never by
// colour alone ("✗ NOT QUORATE · ✓ Balanced · 4 present: ..."), and,
// when either fails and decisions may be taken, that they are
// provisional. These are the counts by kind a guest may see; nobody's own
// kind is shown.
func quorumBlock(f frame, deciding bool) *block {
	st := f.st.Status()
	var segs []seg
	add := func(s tui.Style, phrase func(w words) string) { segs = append(segs, seg{s, f.t.say(phrase)}) }
	if st.Quorate {
		add(f.s.Good, func(w words) string { return w.quorate })
	} else {
		add(f.s.Bad, func(w words) string { return w.inquorate })
	}
	if st.Balanced {
		add(f.s.Good, func(w words) string { return w.balanced })
	} else {
		add(f.s.Bad, func(w words) string { return w.unbalance })
	}
	add(f.s.Base, func(w words) string {
		s := w.present(st.Present, st.Lived, st.Staff)
		if st.Remote > 0 {
			s += " " + fmt.Sprintf(w.remote, st.Remote)
		}
		return s
	})
	needStyle := f.s.Dim
	if !st.Quorate {
		needStyle = f.s.Bad
	}
	add(needStyle, func(w words) string {
		s := fmt.Sprintf(w.needs, st.NeedPresent, st.NeedLived)
		if people, lived := st.NeedPresent-st.Counted, st.NeedLived-st.CountedLived; people > 0 || lived > 0 {
			s += ": " + w.short(max(people, 0), max(lived, 0))
		}
		return s
	})
	if st.Guests > 0 {
		add(f.s.Dim, func(w words) string { return w.guests(st.Guests) })
	}
	lines := flow(segs, seg{f.s.Dim, " · "}, f.w)
	if deciding && (!st.Quorate || !st.Balanced) {
		for _, l := range f.t.lines(func(w words) string { return w.tentative }) {
			lines = append(lines, styled(f.s.Warn, wrap(l, f.w, 2, 2))...)
		}
	}
	return (&block{}).add(lvPlain, lines...)
}

// seg is a piece of text in a style.
type seg struct {
	style tui.Style
	text  string
}

// flow puts segments on lines of at most w cells, joined by sep, moving a
// segment that does not fit to the next line whole; one wider than a
// line is wrapped at its spaces, so that nothing is cut off.
func flow(segs []seg, sep seg, w int) []string {
	var out []string
	cur, used := "", 0
	for _, sg := range segs {
		sw := width(sg.text)
		if cur != "" && used+width(sep.text)+sw <= w {
			cur += sep.style.Render(sep.text) + sg.style.Render(sg.text)
			used += width(sep.text) + sw
			continue
		}
		if cur != "" {
			out = append(out, cur)
		}
		parts := wrap(sg.text, w, 9, 2)
		for _, p := range parts[:len(parts)-1] {
			out = append(out, sg.style.Render(p))
		}
		cur, used = sg.style.Render(parts[len(parts)-1]), width(parts[len(parts)-1])
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}
