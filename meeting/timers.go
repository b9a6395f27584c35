package meeting

import (
	"fmt"
	"time"
)

// ItemElapsed is how long item n (1-based) has run, not counting breaks,
// red-card pauses and gaps in the record.
func (s *State) ItemElapsed(n int, now time.Time) time.Duration {
	if n < 1 || n > len(s.Items) {
		return 0
	}
	c := s.Items[n-1]
	d := c.Elapsed
	if !c.RunningSince.IsZero() && now.After(c.RunningSince) {
		d += now.Sub(c.RunningSince)
	}
	return d
}

// ItemPlanned is the time the agenda gives item n.
func (s *State) ItemPlanned(n int) time.Duration {
	if n < 1 || n > len(s.Setup.Agenda.Items) {
		return 0
	}
	return time.Duration(s.Setup.Agenda.Items[n-1].Minutes) * time.Minute
}

// ItemLeft is the time left on the current item; below zero it is the
// overrun. Nobody is ever cut off: this only informs the chair.
func (s *State) ItemLeft(now time.Time) time.Duration {
	return s.ItemPlanned(s.Item) - s.ItemElapsed(s.Item, now)
}

// BreakDueAt is when the next break is due: the group's break rhythm
// counted from the opening or the end of the last break. It is zero when
// no break is due (on a break now, or the meeting is over).
func (s *State) BreakDueAt() time.Time {
	every := s.Setup.Group.Breaks.Every.Duration
	if every <= 0 || s.Pause != nil && s.Pause.Kind == PauseBreak || !s.IsOpen() {
		return time.Time{}
	}
	from := s.Opened
	if n := len(s.Breaks); n > 0 {
		from = s.Breaks[n-1].To
	}
	return from.Add(every)
}

// BreakDue reports whether a break is due or overdue at now.
func (s *State) BreakDue(now time.Time) bool {
	due := s.BreakDueAt()
	return !due.IsZero() && !now.Before(due)
}

// BreakLength is the group's usual break length.
func (s *State) BreakLength() time.Duration {
	if l := s.Setup.Group.Breaks.Length.Duration; l > 0 {
		return l
	}
	return 10 * time.Minute
}

// ItemTimeText says the current item's time in words: "12m left" or
// "3m over".
func (s *State) ItemTimeText(now time.Time) string {
	left := s.ItemLeft(now)
	if left >= 0 {
		return Span(left) + " left"
	}
	return Span(-left) + " over"
}

// BreakText says when the next break is, or how the current pause stands.
func (s *State) BreakText(now time.Time) string {
	if p := s.Pause; p != nil {
		if p.Kind == PauseRedCard {
			return fmt.Sprintf("paused by a red card from %s", s.Name(p.Person))
		}
		back := p.BackAt()
		if now.After(back) {
			return fmt.Sprintf("on a break; was due back at %s (%s ago)", s.LocalTime(back), Span(now.Sub(back)))
		}
		return fmt.Sprintf("on a break; back at %s (in %s)", s.LocalTime(back), Span(back.Sub(now)))
	}
	due := s.BreakDueAt()
	if due.IsZero() {
		return ""
	}
	if now.Before(due) {
		return fmt.Sprintf("next break due at %s (in %s)", s.LocalTime(due), Span(due.Sub(now)))
	}
	return fmt.Sprintf("a break is due: it was due at %s (%s ago)", s.LocalTime(due), Span(now.Sub(due)))
}

// Location is the group's time zone, for showing times of day.
func (s *State) Location() *time.Location { return s.loc }

// LocalTime shows a time of day in the group's time zone, like 10:45.
func (s *State) LocalTime(t time.Time) string { return t.In(s.Location()).Format("15:04") }

// Span shows a length of time for people: "45s", "12m", "1h 05m". Seconds
// are shown only under ten minutes.
func Span(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Second)
	h, m, sec := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	switch {
	case h > 0:
		return fmt.Sprintf("%dh %02dm", h, m)
	case m >= 10 || (m > 0 && sec == 0):
		return fmt.Sprintf("%dm", m)
	case m > 0:
		return fmt.Sprintf("%dm %02ds", m, sec)
	}
	return fmt.Sprintf("%ds", sec)
}
