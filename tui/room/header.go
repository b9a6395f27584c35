package room

import "strings"

// header is the top line: the group and the meeting on the left, the
// time on the right.
func header(f frame) []string {
	title := clean(f.group)
	if f.st != nil {
		if mt := clean(f.st.Setup.Agenda.Title); mt != "" && mt != title {
			title += " · " + mt
		}
	}
	room := f.w - width(f.clock) - 2
	if room < 4 {
		return []string{f.s.Label.Render(cut(f.clock, f.w))}
	}
	title = cut(title, room)
	gap := strings.Repeat(" ", f.w-width(title)-width(f.clock))
	return []string{f.s.Title.Render(title) + f.s.Base.Render(gap) + f.s.Label.Render(f.clock)}
}
