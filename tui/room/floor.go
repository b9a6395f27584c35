package room

import "strings"

// speakerBlock is who has the floor, their name as large as fits.
func speakerBlock(f frame) *block {
	st := f.st
	if st.Speaker == nil {
		text := f.t.say(func(w words) string { return w.nobody })
		return (&block{}).add(lvPlain, f.s.Dim.Render(cut(text, f.w)))
	}
	name := clean(st.Name(st.Speaker.Person))
	label := f.t.say(func(w words) string { return w.speaking })
	b := (&block{}).addText(f, lvLarge, []string{f.s.Label.Render(cut(label, f.w))}, name, f.s.Name, 1)
	return b.add(lvLine, f.s.Label.Render(label+": ")+f.s.Name.Render(cut(name, f.w-width(label)-2)))
}

// queueBlock is who is next to speak, names only, in the order they will
// be called.
func queueBlock(f frame) *block {
	st := f.st
	var names []string
	for _, w := range st.QueueOrder(f.now) {
		names = append(names, clean(st.Name(w.Person)))
	}
	label := f.t.say(func(w words) string { return w.next }) + ": "
	b := &block{tight: true}
	if len(names) == 0 {
		none := f.t.say(func(w words) string { return w.noQueue })
		return b.add(lvPlain, f.s.Label.Render(label)+f.s.Dim.Render(cut(none, f.w-width(label))))
	}
	list := strings.Join(names, ", ")
	if all := spread(list); width(label)+width(all) <= f.w {
		b.add(lvSpaced, f.s.Label.Render(label)+f.s.Name.Render(all))
	} else if first := spread(names[0]); len(names) > 1 && width(label)+width(first)+2 <= f.w {
		rest := wrap(strings.Join(names[1:], ", "), f.w-width(label), 2, 0)
		b.add(lvSpaced, append([]string{f.s.Label.Render(label) + f.s.Name.Render(first)},
			styled(f.s.Base, indent(rest, width(label)))...)...)
	}
	lines := wrap(list, f.w-width(label), 2, 0)
	out := []string{f.s.Label.Render(label) + f.s.Name.Render(lines[0])}
	out = append(out, styled(f.s.Base, indent(lines[1:], width(label)))...)
	b.add(lvPlain, out...)
	return b.add(lvLine, f.s.Label.Render(label)+f.s.Name.Render(cut(list, f.w-width(label))))
}
