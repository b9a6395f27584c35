package room

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
)

// breakBlock is when the next break is, or that one is due.
func breakBlock(f frame) *block {
	st := f.st
	due := st.BreakDueAt()
	b := &block{}
	if due.IsZero() {
		return b
	}
	at := st.LocalTime(due)
	if f.now.Before(due) {
		text := f.t.say(func(w words) string { return fmt.Sprintf(w.nextBreak, at, w.span(due.Sub(f.now))) })
		b.add(lvPlain, f.s.Base.Render(cut(text, f.w)))
	} else {
		text := f.t.say(func(w words) string { return fmt.Sprintf(w.breakDue, at) })
		b.add(lvPlain, f.s.Warn.Render(cut(text, f.w)))
	}
	return b.add(lvGone)
}

// cardWindow is how long a yellow or green card stays on the room screen.
const cardWindow = 2 * time.Minute

// signalsBlock is what people asked for that the room should see: a
// break asked for, and a yellow or green card shown in the last two
// minutes (a red card has its own screen).
func signalsBlock(f frame) *block {
	st := f.st
	var lines []string
	if len(st.BreakRequests) > 0 {
		var names []string
		for _, r := range st.BreakRequests {
			names = append(names, clean(st.Name(r.Person)))
		}
		list := strings.Join(names, ", ")
		lines = append(lines, f.s.Warn.Render(cut(f.t.say(func(w words) string { return w.breakAsk(list) }), f.w)))
	}
	if n := len(st.Cards); n > 0 {
		c := st.Cards[n-1]
		if c.Card != meeting.CardRed && c.Item == st.Item && f.now.Sub(c.At) < cardWindow {
			name := clean(st.Name(c.Person))
			lines = append(lines, f.s.Warn.Render(cut(f.t.say(func(w words) string { return w.card(string(c.Card), name) }), f.w)))
		}
	}
	b := &block{}
	if len(lines) > 0 {
		b.add(lvPlain, lines...)
	}
	return b.add(lvGone)
}
