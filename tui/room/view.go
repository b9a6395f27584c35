package room

import (
	"errors"
	"fmt"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// frame is everything one drawing of the screen depends on. st is the
// meeting as a guest may see it: the only meeting the drawing has.
type frame struct {
	st    *meeting.State
	now   time.Time
	s     *Styles
	t     tongue
	w     int // the width inside the margins
	join  *Joining
	err   error
	group string // the group's name
	clock string // the time of day now, in the group's time zone
	quit  string // the key that closes the screen
	fonts *fonts // the screen's drawings in the block font
}

// draw is the whole screen, w by h, in lines.
func draw(f frame, ph phase, w, h int) []string {
	m := margin(w)
	f.w = w - 2*m
	head := header(f)
	var body []*block
	var steps []step
	foot := joinBlock(f)
	switch {
	case ph == waiting || f.st == nil:
		body, steps = waitingScreen(f)
	case ph == ended:
		body, steps = endedScreen(f)
	case notStarted(f.st):
		body, steps = startScreen(f)
	case f.st.Pause != nil && f.st.Pause.Kind == meeting.PauseBreak:
		body, steps = breakScreen(f)
	case f.st.Pause != nil:
		body, steps = redCardScreen(f)
	default:
		body, steps = meetingScreen(f)
	}
	if f.err != nil {
		body = append(body, problemBlock(f))
	}
	steps = append(steps, step{foot, lvLine})
	return indent(arrange(head, body, foot, steps, h), m)
}

// notStarted reports whether the meeting has not got going: nobody has
// arrived, and it is still on its first item with nobody speaking.
func notStarted(st *meeting.State) bool {
	return !st.IsOpen() && st.Ended.IsZero() ||
		len(st.Attendance) == 0 && st.Item <= 1 && st.Pause == nil && st.Speaker == nil && len(st.Queue) == 0
}

// clean makes text from the meeting safe to show: it was cleaned on the
// way in, but the agenda and roster come from files.
func clean(s string) string { return meeting.Clean(s) }

// problemBlock says why the screen may not show the meeting as it is now.
func problemBlock(f frame) *block {
	why := f.err.Error()
	if ce := (*journal.CorruptError)(nil); errors.As(f.err, &ce) {
		why = fmt.Sprintf("line %d: %s", ce.Line, ce.Reason) // the file's path is no use on a projector
	}
	text := f.t.say(func(w words) string { return w.unread }) + " (" + why + ")"
	b := &block{}
	b.add(lvPlain, styled(f.s.Bad, wrap(text, f.w, 3, 2))...)
	b.add(lvLine, f.s.Bad.Render(cut(text, f.w)))
	return b
}
