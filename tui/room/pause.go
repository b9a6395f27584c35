package room

import (
	"fmt"

	"github.com/gyda/gyda/tui"
)

// bannerBlock is a word or two in the largest type that fits, in the
// style of the alert (a break, a red card).
func bannerBlock(f frame, text string, s tui.Style) *block {
	b := (&block{}).addText(f, lvHuge, nil, text, s, 2)
	return b.add(lvLine, s.Render(cut(text, f.w)))
}

// breakScreen is a break: "BREAK" in large type, the time until the
// meeting is back in large digits and in words ("Back at 11:15 (in 8
// minutes)"), and what comes after it.
func breakScreen(f frame) ([]*block, []step) {
	st, p := f.st, f.st.Pause
	banner := bannerBlock(f, f.t.say(func(w words) string { return w.onBreak }), f.s.Pause)
	back := p.BackAt()
	at := st.LocalTime(back)
	left := back.Sub(f.now)
	said := f.t.say(func(w words) string { return fmt.Sprintf(w.backAt, at, w.span(left)) })
	style := f.s.Big
	if left < 0 {
		said = f.t.say(func(w words) string { return fmt.Sprintf(w.dueBack, at, w.span(-left)) })
		style = f.s.Warn
	}
	clock := clockBlock(f, countdown(left), style, said)
	after := &block{}
	if n, title := st.CurrentItem(); n > 0 {
		text := f.t.say(func(w words) string { return w.after(n, clean(title)) })
		after.add(lvPlain, styled(f.s.Base, wrap(text, f.w, 2, 2))...)
		after.add(lvLine, f.s.Base.Render(cut(text, f.w)))
	}
	quorum, decision := quorumBlock(f, true), decisionBlock(f)
	body := []*block{banner, clock, after, quorum, decision}
	steps := []step{
		{banner, lvLarge}, {clock, lvLarge}, {banner, lvHalf}, {decision, lvLine}, {banner, lvSpaced},
		{clock, lvHalf}, {after, lvLine}, {banner, lvPlain}, {decision, lvGone},
		{clock, lvPlain}, {banner, lvLine},
	}
	return body, steps
}

// redCardScreen is the meeting paused by a red card: "RED CARD" in large
// type, who showed it and what it means, in words.
func redCardScreen(f frame) ([]*block, []step) {
	st, p := f.st, f.st.Pause
	banner := bannerBlock(f, f.t.say(func(w words) string { return w.redCard }), f.s.Alert)
	name := clean(st.Name(p.Person))
	var lines []string
	for _, l := range f.t.lines(func(w words) string { return fmt.Sprintf(w.redFrom, name) + " " + w.paused }) {
		lines = append(lines, wrap(l, f.w, 3, 0)...)
	}
	why := (&block{}).add(lvPlain, styled(f.s.Name, lines)...)
	item := &block{}
	if n, title := st.CurrentItem(); n > 0 {
		label := f.t.say(func(w words) string { return w.item(n, len(st.Setup.Agenda.Items)) })
		item.add(lvLine, f.s.Label.Render(label+": ")+f.s.Base.Render(cut(clean(title), f.w-width(label)-2)))
	}
	quorum, decision := quorumBlock(f, true), decisionBlock(f)
	body := []*block{banner, why, item, quorum, decision}
	steps := []step{
		{banner, lvLarge}, {banner, lvHalf}, {decision, lvLine}, {banner, lvSpaced}, {banner, lvPlain},
		{decision, lvGone}, {banner, lvLine},
	}
	return body, steps
}
