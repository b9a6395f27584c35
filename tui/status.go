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
}

func (m *statusLine) fail(msg string) { m.lines, m.err = []string{msg}, true }

func (m *statusLine) clear() { m.lines, m.err = nil, false }

// wrapped is the status as it is shown in w columns: each line wrapped,
// an error marked ✗.
func (m statusLine) wrapped(f frame, w int) []string {
	s := f.s
	var out []string
	for _, l := range m.lines {
		if m.err {
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

// firstLines is how many lines the first line of the status takes in w
// columns.
func (m statusLine) firstLines(w int) int {
	if len(m.lines) == 0 {
		return 0
	}
	first := m.lines[0]
	if m.err {
		first = "✗ " + first
	}
	return len(wrap(first, w))
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
		last := out[n-1]
		tail := s.Dim.Render(" (+" + itoa(extra) + " more)")
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
