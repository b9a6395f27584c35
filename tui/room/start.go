package room

import (
	"fmt"
	"strconv"
)

// startScreen is shown before the meeting gets going: its title as large
// as fits, when and where it starts, the agenda, and the quorum as people
// arrive.
func startScreen(f frame) ([]*block, []step) {
	st := f.st
	a := st.Setup.Agenda
	title := (&block{}).addText(f, lvLarge, nil, clean(a.Title), f.s.Big, 2)
	title.add(lvLine, f.s.Big.Render(cut(clean(a.Title), f.w)))

	soon := f.t.say(func(w words) string { return w.soon })
	when := f.t.say(func(w words) string { return fmt.Sprintf(w.starts, st.LocalTime(a.Start)) })
	if a.Place != "" {
		when += " · " + clean(a.Place)
	}
	about := (&block{}).add(lvPlain, f.s.Label.Render(cut(soon, f.w)), f.s.Base.Render(cut(when, f.w)))

	agenda := &block{}
	var items []string
	for i, it := range a.Items {
		line := strconv.Itoa(i+1) + ". " + clean(it.Title) + " (" + f.t.say(func(w words) string { return w.span(st.ItemPlanned(i + 1)) }) + ")"
		if it.Lead != "" {
			line += " · " + clean(st.Name(it.Lead))
		}
		items = append(items, cut(line, f.w))
	}
	label := f.s.Label.Render(cut(f.t.say(func(w words) string { return w.agenda }), f.w))
	shown := func(n int) []string {
		lines := append([]string{label}, styled(f.s.Base, items[:n])...)
		if n < len(items) {
			more := f.t.say(func(w words) string { return w.more(len(items) - n) })
			lines = append(lines, f.s.Dim.Render(cut("   "+more, f.w)))
		}
		return lines
	}
	agenda.add(lvPlain, shown(len(items))...)
	if len(items) > 4 {
		agenda.add(lvLine, shown(3)...) // the first items, and how many more
	}
	agenda.add(lvGone)
	quorum := quorumBlock(f, false)
	body := []*block{title, about, agenda, quorum}
	steps := []step{{title, lvHalf}, {title, lvSpaced}, {agenda, lvLine}, {title, lvPlain}, {agenda, lvGone}, {title, lvLine}}
	return body, steps
}
