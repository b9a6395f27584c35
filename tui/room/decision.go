package room

// decisionBlock is the last decision recorded, with its number, and
// marked when it is provisional.
func decisionBlock(f frame) *block {
	ds := f.st.Decisions
	b := &block{}
	if len(ds) == 0 {
		return b
	}
	d := ds[len(ds)-1]
	label := f.t.say(func(w words) string { return w.decision(d.Number) })
	if d.Provisional {
		label += " (" + f.t.say(func(w words) string { return w.provis }) + ")"
	}
	label += ": "
	text := clean(d.Text)
	style := f.s.Decision
	if d.Provisional {
		style = f.s.Warn
	}
	lines := wrap(text, f.w-width(label), 3, 0)
	out := []string{style.Render(label) + f.s.Base.Render(lines[0])}
	out = append(out, styled(f.s.Base, indent(lines[1:], width(label)))...)
	b.add(lvPlain, out...)
	b.add(lvLine, style.Render(label)+f.s.Base.Render(cut(text, f.w-width(label))))
	return b.add(lvGone)
}
