package tui

import (
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
)

// frame is everything a child needs to draw: the meeting as it stands,
// the time, the styles, and who is looking.
type frame struct {
	st      *meeting.State
	version uint64 // the snapshot's
	now     time.Time
	s       *Styles
	role    meeting.Role
	actor   meeting.Actor
	who     string // who is looking, as the header names them ("" on the chair's laptop)
	remote  bool
	share   *Sharing        // how to join, when the meeting is shared
	lost    map[string]bool // whose connection is lost (Config.Presence)
	// commands are the host's own (Config.Commands); hostKey is the SSH
	// host key's fingerprint, on a remote screen.
	commands []meeting.VerbInfo
	hostKey  string
}

// name is a person's name for the screen.
func (f frame) name(id string) string { return f.st.Name(id) }

// header is the top two lines: the group, the meeting and the clock; then
// where we are in the agenda, the time left as a bar and in words, and the
// next break.
type header struct{}

func (header) view(f frame, w int) []string {
	out := []string{header{}.line1(f, w), header{}.itemLine(f, w)}
	if f.share != nil {
		out = append(out, shareLine(f, w))
	}
	return out
}

// line1 is the group, the meeting, who is looking and the clock.
func (header) line1(f frame, w int) string {
	st, s := f.st, f.s
	title := s.Title.Render(st.Setup.Group.Name)
	if mt := st.Setup.Agenda.Title; mt != "" && mt != st.Setup.Group.Name {
		title += s.Dim.Render(" · ") + mt // a meeting titled as its group is named once
	}
	clock := clockText(st, f.now)
	right := s.Clock.Render(clock)
	switch {
	case f.who != "":
		right = s.Dim.Render("you: "+f.who+", "+string(f.role)+" · ") + right
	case !f.actor.Console:
		right = s.Dim.Render("you: "+string(f.role)+" · ") + right
	}
	if width(title)+1+width(right) > w {
		// No room for both names: the group's, whole if it can be.
		title = s.Title.Render(st.Setup.Group.Name)
	}
	return leftRight(title, right, w)
}

// shareLine says how to join a shared meeting, in one line: the address
// and the passcode whole, the host key's fingerprint as much as fits (the
// help shows it whole).
func shareLine(f frame, w int) string {
	sh, s := f.share, f.s
	line := s.Bold.Render("Sharing: ") + sh.Address + s.Dim.Render(" · ") + "passcode " + sh.Passcode
	if sh.Fingerprint != "" {
		const label = " · key "
		if room := w - width(line) - width(label); room >= 12 {
			line += s.Dim.Render(label) + trunc(sh.Fingerprint, room)
		}
	}
	return trunc(line, w)
}

func (header) itemLine(f frame, w int) string {
	st, s, now := f.st, f.s, f.now
	if !st.Ended.IsZero() {
		return s.Bold.Render("The meeting ended at " + st.LocalTime(st.Ended) + ".")
	}
	n, title := st.CurrentItem()
	left := s.Bold.Render("Item "+itoa(n)+" of "+itoa(len(st.Items))) + s.Dim.Render(" · ") + s.ItemTitle.Render(title)
	var right []string
	switch p := st.Pause; {
	case p != nil && p.Kind == meeting.PauseBreak:
		back := p.BackAt()
		if now.After(back) {
			right = append(right, s.Warn.Render("ON A BREAK · was due back "+st.LocalTime(back)))
		} else {
			right = append(right, s.Warn.Render("ON A BREAK · back "+st.LocalTime(back)))
		}
	case p != nil:
		right = append(right, s.Bad.Render("PAUSED: red card"))
	default:
		bw := 10
		if w >= 120 {
			bw = 16
		}
		right = append(right, bar(st, now, bw, s)+" "+timeLeft(st, now, s))
		if due := st.BreakDueAt(); !due.IsZero() {
			if now.Before(due) {
				right = append(right, s.Dim.Render("break "+st.LocalTime(due)))
			} else {
				right = append(right, s.Warn.Render("BREAK DUE"))
			}
		}
	}
	r := strings.Join(right, s.Dim.Render(" · "))
	if width(r) > w*2/3 && len(right) > 1 {
		r = right[0]
	}
	return leftRight(left, r, w)
}

// timeLeft says the current item's time in words: "12m left", "3m over".
func timeLeft(st *meeting.State, now time.Time, s *Styles) string {
	if st.ItemLeft(now) < 0 {
		return s.Warn.Render(st.ItemTimeText(now))
	}
	return s.Bold.Render(st.ItemTimeText(now))
}

// bar is the current item's time as a bar of w cells: filled for time
// used; all marked ! when the item runs over (the words say it too).
func bar(st *meeting.State, now time.Time, w int, s *Styles) string {
	planned := st.ItemPlanned(st.Item)
	used := st.ItemElapsed(st.Item, now)
	if planned <= 0 {
		return ""
	}
	if used > planned {
		return "[" + s.BarOver.Render(strings.Repeat("!", w)) + "]"
	}
	done := int(int64(w) * int64(used) / int64(planned))
	return "[" + s.BarDone.Render(strings.Repeat("█", done)) + s.BarLeft.Render(strings.Repeat("░", w-done)) + "]"
}

// clockText is the day and time at the top right.
func clockText(st *meeting.State, now time.Time) string {
	return now.In(st.Location()).Format("Mon 2 Jan · 15:04")
}
