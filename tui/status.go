package tui

import "strings"

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

// view draws the status in n lines of w columns; the first lines of a
// result matter most (the quorum line that follows an arrival is already
// on screen).
func (m statusLine) view(f frame, w, n int) []string {
	s := f.s
	out := make([]string, 0, n)
	for _, l := range m.lines {
		if len(out) == n {
			break
		}
		if m.err {
			out = append(out, s.StatusErr.Render(trunc("✗ "+l, w)))
			continue
		}
		out = append(out, s.Status.Render(trunc(l, w)))
	}
	if extra := len(m.lines) - n; extra > 0 && n > 0 && !m.err {
		last := out[n-1]
		tail := s.Dim.Render(" (+" + itoa(extra) + " more)")
		out[n-1] = trunc(last, w-width(tail)) + tail
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out
}
