package tui

import (
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// alerts are what the chair must not miss, under the quorum line: a red
// card (boxed, full width), a break someone asked for, a yellow or green
// card in the last two minutes, a break that is due, and that decisions
// taken now would be provisional.
type alerts struct{}

// cardWindow is how long a yellow or green card stays on screen.
const cardWindow = 2 * time.Minute

func (alerts) view(f frame, w, maxLines int) []string {
	st, s, now := f.st, f.s, f.now
	if !st.IsOpen() || maxLines <= 0 {
		return nil
	}
	chair := meeting.Allowed(f.role, meeting.VerbResume)
	var out []string
	if p := st.Pause; p != nil && p.Kind == meeting.PauseRedCard {
		msg := "■ RED CARD from " + f.name(p.Person) + " (" + st.LocalTime(p.Since) + "): " + meeting.CardRed.Meaning() + ". The meeting is paused"
		if chair {
			msg += ": press r to resume when ready."
		} else {
			msg += " until the chair resumes it."
		}
		lines := wrap(msg, w-4)
		if maxLines >= len(lines)+2 {
			edge := s.AlertRed.Render(strings.Repeat("━", w))
			out = append(out, edge)
			for _, l := range lines {
				out = append(out, s.AlertRed.Render(pad(" "+l, w)))
			}
			out = append(out, edge)
		} else {
			for _, l := range lines {
				out = append(out, s.AlertRed.Render(pad("!! "+l, w)))
			}
		}
	}
	if reqs := st.BreakRequests; len(reqs) > 0 && (st.Pause == nil || st.Pause.Kind != meeting.PauseBreak) {
		who := make([]string, len(reqs))
		for i, r := range reqs {
			who[i] = f.name(r.Person) + " (" + st.LocalTime(r.At) + ")"
		}
		msg := " ▲ BREAK ASKED FOR by " + prose.AndList(who) + "."
		if chair {
			msg += " Press b to start a break."
		} else {
			msg += " The chair has been told."
		}
		// Wrapped, not cut: every name matters.
		for _, l := range hang(" ▲ ", strings.TrimPrefix(msg, " ▲ "), w) {
			out = append(out, s.AlertBreak.Render(pad(l, w)))
		}
	}
	if c, ok := lastCard(st, now); ok {
		msg := " ● " + strings.ToUpper(string(c.Card)) + " CARD from " + f.name(c.Person) + " at " + st.LocalTime(c.At) + ": " + c.Card.Meaning() + "."
		for _, l := range hang(" ● ", strings.TrimPrefix(msg, " ● "), w) {
			out = append(out, s.AlertYellow.Render(l))
		}
	}
	if st.Pause == nil && st.BreakDue(now) && len(st.BreakRequests) == 0 {
		msg := " ◷ " + prose.UpperFirst(st.BreakText(now)) + "."
		if chair {
			msg += " Press b to start one."
		}
		for _, l := range hang(" ◷ ", strings.TrimPrefix(msg, " ◷ "), w) {
			out = append(out, s.Warn.Render(l))
		}
	}
	if q := st.Status(); !q.Quorate || !q.Balanced {
		msg := " Decisions taken now will be recorded as PROVISIONAL and taken to the next meeting to be agreed."
		if width(msg) > w {
			msg = " Decisions now are PROVISIONAL: the next meeting is asked to agree them."
		}
		out = append(out, s.Warn.Render(trunc(msg, w)))
	}
	if len(out) > maxLines {
		out = out[:maxLines]
	}
	return out
}

// lastCard is the newest yellow or green card on the current item shown in
// the last two minutes.
func lastCard(st *meeting.State, now time.Time) (meeting.CardShown, bool) {
	for i := len(st.Cards) - 1; i >= 0; i-- {
		c := st.Cards[i]
		if now.Sub(c.At) > cardWindow {
			break
		}
		if c.Card != meeting.CardRed && c.Item == st.Item {
			return c, true
		}
	}
	return meeting.CardShown{}, false
}
