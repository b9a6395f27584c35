package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/gyda/gyda/meeting"
)

// wideAt is the width from which the panes sit side by side; narrower
// screens stack them.
const wideAt = 100

// dialogRoom is the room an open dialog needs to be seen: the action
// form's border, title and three fields, and its lower border.
const dialogRoom = 6

// render draws the whole screen: header, quorum line and alerts at the
// top; the status and the command or help line at the bottom; the panes
// (or whatever is open) in between. It never draws more than h lines or
// wider than w columns.
func (m *Model) render() string {
	w, h := m.w, m.h
	f := m.frameCtx()
	s := f.s

	top := header{}.view(f, w)
	if !m.showHelp || h >= 30 {
		// The full help needs the room on a small screen; the quorum
		// line and the alerts are back when it closes.
		top = append(top, quorumLine{}.view(f, w, 2)...)
		maxAlerts := 3
		if h >= 30 {
			maxAlerts = 5
		}
		top = append(top, alerts{}.view(f, w, min(maxAlerts, max(h-12, 0)))...)
	}

	// The status line: one line (two on a tall screen), and one more when
	// its first line is too long for one and there is room.
	statusN, statusMax := 1, 1
	switch {
	case h >= 30:
		statusN, statusMax = 2, 3
	case h >= 20:
		statusMax = 2
	}
	statusN = max(statusN, min(len(m.status.wrapped(f, w)), statusMax))
	bottom := m.status.view(f, w, statusN)
	o := m.top()
	if line := overlayLine(o, f, w); line != nil {
		bottom = append(bottom, line...)
	} else {
		bottom = append(bottom, m.helpLine(w))
	}

	bodyH := h - len(top) - len(bottom)
	if o != nil && bodyH < dialogRoom && o.body(f, w, 1) != nil {
		// What is open has the keys, so it must be seen: on a small
		// window the top lines and the status give way to it (they are
		// back when it closes), leaving the help line.
		top, bottom = nil, bottom[statusN:]
		bodyH = h - len(bottom)
	}
	if bodyH < 0 {
		// A tiny window: keep the quorum line and the bottom line.
		top = top[:min(len(top), max(h-len(bottom), 0))]
		bodyH = 0
	}
	body := m.body(o, f, w, bodyH)

	lines := make([]string, 0, h)
	lines = append(lines, top...)
	lines = append(lines, body...)
	lines = append(lines, bottom...)
	if len(lines) > h {
		lines = lines[len(lines)-h:]
	}
	var b strings.Builder
	n := len(lines)
	for _, l := range lines {
		n += len(l)
	}
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(trunc(l, w))
	}
	_ = s
	return b.String()
}

// helpLine is the help line for whatever is open, drawn again only when
// the keys on it or the width change (drawing it takes lipgloss, which is
// slow: it would be a sixth of every frame).
func (m *Model) helpLine(w int) string {
	keys := m.helpKeys()
	var b strings.Builder
	for _, k := range keys.ShortHelp() {
		if k.Enabled() {
			b.WriteString(k.Help().Key)
			b.WriteByte(0)
			b.WriteString(k.Help().Desc)
			b.WriteByte(0)
		}
	}
	if km, ok := keys.(*KeyMap); ok {
		b.WriteString(string(km.role)) // which keys come first (Priority)
	}
	b.WriteString(itoa(w))
	sig := b.String()
	if m.helpMemo.styles != m.styles || m.helpMemo.sig != sig {
		m.helpMemo.styles, m.helpMemo.sig = m.styles, sig
		m.helpMemo.line = m.styles.help.line(keys, w)
	}
	return m.helpMemo.line
}

// helpMemo is the help line last drawn, and what it was drawn for.
type helpMemo struct {
	styles    *Styles
	sig, line string
}

// body is the middle of the screen, exactly h lines: the overlay on top
// (o, nil when none is open) or else the meeting.
func (m *Model) body(o overlay, f frame, w, h int) []string {
	if h <= 0 {
		return nil
	}
	if o != nil {
		if lines := o.body(f, w, h); lines != nil {
			return lines
		}
	}
	st := f.st
	switch {
	case !st.Ended.IsZero():
		return fill(endedView(f, w), w, h)
	case st.Pause != nil && st.Pause.Kind == meeting.PauseBreak:
		return fill(breakScreen{}.view(f, w, h), w, h)
	case m.screen == screenStart:
		return m.startBody(f, w, h)
	}
	return m.panes(f, w, h)
}

// overlayLine is the overlay's own bottom line (the command line), or nil
// for the help line.
func overlayLine(o overlay, f frame, w int) []string {
	if o == nil {
		return nil
	}
	return o.line(f, w)
}

// fill makes lines exactly h long, each cut to w.
func fill(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = trunc(lines[i], w)
		}
	}
	return out
}

// split is the widths of the left and right columns of a wide screen.
func split(w int) (left, right int) {
	left = min(max(w/3, 30), 50)
	return left, w - left - 3
}

// withDialog draws a dialog at the top of the body with the panes
// underneath, so the chair still sees the meeting while answering.
func (m *Model) withDialog(f frame, dialog []string, w, h int) []string {
	if len(dialog) >= h {
		return fill(dialog, w, h)
	}
	return append(fill(dialog, w, len(dialog)), m.panes(f, w, h-len(dialog))...)
}

// panes are the meeting: people, the vote (while one is open, or its
// result), the queue, the record (and the agenda when wide).
// votePane is the vote pane with this screen's vote keys.
func (m *Model) votePane() votePane {
	return votePane{keys: []key.Binding{m.keys.VoteFor, m.keys.VoteAgainst, m.keys.VoteAbstain}}
}

func (m *Model) panes(f frame, w, h int) []string {
	if h <= 0 {
		return nil
	}
	if w >= wideAt {
		lw, rw := split(w)
		left := stack([]block{people{}.block(f, lw), agenda{}.block(f, lw)}, []int{0, 1}, lw, h, f.s)
		rec := record{}.block(f, rw, m.recordSkip)
		q, qx := queue{}.blocks(f, rw)
		right := stack([]block{m.votePane().block(f, rw), q, qx, rec}, []int{0, 1, 3, 2}, rw, h, f.s)
		m.noteOverflow(rec, h)
		return columns(left, lw, right, rw, h, f.s)
	}
	rec := record{}.block(f, w, m.recordSkip)
	q, qx := queue{}.blocks(f, w)
	blocks := []block{m.votePane().block(f, w), q, qx, rec, people{}.compact(f, w)}
	prio := []int{0, 1, 3, 4, 2}
	m.noteOverflow(rec, h)
	fitPeople(f, blocks, 4, prio, w, h)
	return stack(blocks, prio, w, h, f.s)
}

// fitPeople puts the people by name only in place of the pane with their
// markers when that would be cut short.
func fitPeople(f frame, blocks []block, i int, prio []int, w, h int) {
	if hs := allocate(blocks, prio, h); hs[i] < len(blocks[i].lines) {
		blocks[i] = people{}.names(f, w)
	}
}

// noteOverflow remembers whether the record may be longer than its pane
// (for the scroll keys and their help).
func (m *Model) noteOverflow(rec block, h int) {
	m.overflow = len(rec.lines) > h/2
	m.recordMax = max(len(rec.lines)-2, 0)
}

// startBody is the start screen: the roles and the standing items, with
// who is here so far.
func (m *Model) startBody(f frame, w, h int) []string {
	if w >= wideAt {
		lw, rw := split(w)
		left := stack([]block{people{}.block(f, lw)}, []int{0}, lw, h, f.s)
		right := stack(m.start.blocks(f, rw), []int{0, 1, 2, 3}, rw, h, f.s)
		return columns(left, lw, right, rw, h, f.s)
	}
	blocks := append(m.start.blocks(f, w), people{}.compact(f, w))
	prio := []int{0, 1, 2, 4, 3}
	fitPeople(f, blocks, 4, prio, w, h)
	return stack(blocks, prio, w, h, f.s)
}

// quitView asks before leaving a meeting that has not ended.
func (m *Model) quitView(f frame, w int) []string {
	s := f.s
	inner := max(w-4, 10)
	var lines []string
	if m.cfg.Remote || !m.cfg.Actor.Console {
		lines = append(lines, s.Bold.Render("Leave the meeting screen?"),
			"The meeting goes on without this screen; you can join again.")
	} else {
		lines = append(lines, s.Bold.Render("Leave gyda? The meeting has not ended."),
			"Everything recorded is saved. To carry on later, run gyda run in the group folder: it resumes this meeting.")
	}
	lines = append(lines, "", "  "+s.HelpKey.Render(pad("y", 5))+"leave", "  "+s.HelpKey.Render(pad("n", 5))+"stay")
	var out []string
	for _, l := range lines {
		for _, wl := range wrap(l, inner) {
			out = append(out, pad(wl, inner))
		}
	}
	return strings.Split(s.Dialog.Render(strings.Join(out, "\n")), "\n")
}
