package tui

import (
	"strings"

	"github.com/gyda/gyda/meeting"
)

// statusLine shows what the last command did (its plain lines, as the
// plain mode would print them) or what went wrong.
type statusLine struct {
	lines []string
	err   bool
	// log keeps every message shown (m opens it); stamp is the time of
	// day to keep with each.
	log   *messageLog
	stamp func() string
}

func (m *statusLine) set(lines []string) {
	m.lines, m.err = nil, false
	for _, l := range lines {
		// The quorum and queue lines that follow an arrival or a hand are
		// on screen already, kept up to date.
		if strings.HasPrefix(l, "Quorum: ") || strings.HasPrefix(l, "Queue: ") {
			continue
		}
		m.lines = append(m.lines, l)
	}
	m.remember()
}

func (m *statusLine) fail(msg string, more ...string) {
	m.lines, m.err = append([]string{msg}, more...), true
	m.remember()
}

// remember puts what the status says now in the log.
func (m *statusLine) remember() {
	if m.log != nil && m.stamp != nil {
		m.log.add(m.stamp(), logged(m.lines), m.err)
	}
}

// wrapped is the status as it is shown in w columns: each line wrapped,
// an error marked ✗.
func (m statusLine) wrapped(f frame, w int) []string {
	s := f.s
	var out []string
	for i, l := range m.lines {
		if m.err && i == 0 {
			l = "✗ " + l
		}
		for _, wl := range wrap(l, w) {
			if m.err {
				out = append(out, s.StatusErr.Render(wl))
			} else {
				out = append(out, s.Status.Render(wl))
			}
		}
	}
	return out
}

// view draws the status in n lines of w columns; the first lines of a
// result matter most (the quorum line that follows an arrival is already
// on screen).
func (m statusLine) view(f frame, w, n int) []string {
	s := f.s
	lines := m.wrapped(f, w)
	out := make([]string, 0, n)
	for _, l := range lines {
		if len(out) == n {
			break
		}
		out = append(out, l)
	}
	if extra := len(lines) - n; extra > 0 && n > 0 {
		// Nothing is lost: the whole message is in the log, one key away.
		last := out[n-1]
		tail := s.Dim.Render(" (+" + itoa(extra) + " more: m shows all)")
		out[n-1] = trunc(last, w-width(tail)) + tail
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out
}

// explain is what a command's result says on this screen: the meeting's
// own lines (meeting.Describe, which also says whose turn a red card or a
// new speaker ended), in the words that fit the actor: only those who may
// resume are told how to.
func explain(res meeting.Result, role meeting.Role) []string {
	lines := append([]string(nil), res.Lines...)
	for i, l := range lines {
		if rest, ok := strings.CutSuffix(l, meeting.PausedResume); ok {
			if meeting.Allowed(role, meeting.VerbResume) {
				lines[i] = rest + " The meeting is paused: press r (or type resume) to go on."
			} else {
				lines[i] = rest + " The meeting is paused. The chair will resume the meeting."
			}
		}
	}
	return lines
}
