package room

import "fmt"

// itemBlock is the current item: its number and lead, and its title in
// the largest type that fits.
func itemBlock(f frame) *block {
	st := f.st
	n, title := st.CurrentItem()
	if n == 0 {
		return &block{}
	}
	title = clean(title)
	it := st.Setup.Agenda.Items[n-1]
	label := f.t.say(func(w words) string { return w.item(n, len(st.Setup.Agenda.Items)) })
	if it.Lead != "" {
		name := clean(st.Name(it.Lead))
		label += " · " + f.t.say(func(w words) string { return fmt.Sprintf(w.lead, name) })
	}
	if it.Confidential {
		label += " · " + f.t.say(func(w words) string { return w.secret })
	}
	above := styled(f.s.Label, wrap(label, f.w, 2, 2))
	b := (&block{}).addText(f, lvLarge, above, title, f.s.Big, 2)
	first := f.t.say(func(w words) string { return w.item(n, len(st.Setup.Agenda.Items)) })
	return b.add(lvLine, f.s.Label.Render(first+": ")+f.s.Name.Render(cut(title, f.w-width(first)-2)))
}
