package tui

import (
	"github.com/gyda/gyda/meeting"
)

// queue is the speaking queue: who has the floor, who is next and why,
// who has not been heard on this item, and how speaking time is shared
// between lived experience and staff.
type queue struct{}

// blocks are the queue itself and, apart, the lines that help only when
// there is room (who has not been heard, the speaking time by kind).
func (queue) blocks(f frame, w int) (core, extra block) {
	st, s, now := f.st, f.s, f.now
	q := st.QueueOrder(now)
	title := "Speaking queue"
	switch len(q) {
	case 0:
		title += ": nobody waiting"
	default:
		title += ": " + itoa(len(q)) + " waiting"
	}
	lines := []string{rule(title, w, s)}
	if sp := st.Speaker; sp != nil {
		l := " Speaking now: " + s.Speaker.Render(f.name(sp.Person)) + remoteMark(f, sp.Person) +
			s.Dim.Render(" · "+meeting.Span(now.Sub(sp.From)))
		lines = append(lines, trunc(l, w))
	} else {
		lines = append(lines, s.Dim.Render(" Nobody has the floor."))
	}
	nameW := 0
	for _, wt := range q {
		nameW = max(nameW, width(f.name(wt.Person)+remoteMark(f, wt.Person)))
	}
	nameW = min(nameW, max(w/2-10, 12))
	for i, wt := range q {
		var lead string
		if i == 0 {
			lead = s.Next.Render(" ▶ next ")
		} else {
			lead = "   " + pad(itoa(i+1)+".", 5)
		}
		l := lead + " " + pad(f.name(wt.Person)+remoteMark(f, wt.Person), nameW) + "  " + s.Dim.Render(wt.Reason)
		lines = append(lines, trunc(l, w))
	}
	core = block{lines: lines, min: min(len(lines), 5)}
	lines = nil
	if !st.Ended.IsZero() {
		return core, block{}
	}
	// Once anyone has spoken on the item, say who has not (before that
	// it would be everyone).
	if ns := st.NotSpoken(st.Item); len(ns) > 0 && anyoneSpoke(st) {
		names := make([]string, len(ns))
		for i, id := range ns {
			names[i] = f.name(id)
		}
		lines = append(lines, listWrap(" Not heard on this item yet: ", names, w)...)
	}
	if sh := st.SpeakingByKind(st.Item, now); sh.Lived+sh.Staff > 0 {
		l := " Speaking time on this item: lived experience " + meeting.Span(sh.Lived) + ", staff " + meeting.Span(sh.Staff)
		lines = append(lines, s.Dim.Render(trunc(l, w)))
	}
	return core, block{lines: lines, opt: len(lines)}
}

// remoteMark is " [remote]" for someone who joined remotely.
func remoteMark(f frame, id string) string {
	if f.st.IsRemote(id) {
		return " [remote]"
	}
	return ""
}

// anyoneSpoke reports whether anyone has had the floor on the current item.
func anyoneSpoke(st *meeting.State) bool {
	if sp := st.Speaker; sp != nil && sp.Item == st.Item {
		return true
	}
	for _, t := range st.Turns {
		if t.Item == st.Item {
			return true
		}
	}
	return false
}
