package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/internal/prose"
)

// MessageKeys are the keys of the message log.
type MessageKeys struct {
	Older, Newer, Close key.Binding
}

// DefaultMessageKeys are the message log's keys.
func DefaultMessageKeys() MessageKeys {
	return MessageKeys{
		Older: key.NewBinding(key.WithKeys("up", "pgup", "["), key.WithHelp("↑", "earlier")),
		Newer: key.NewBinding(key.WithKeys("down", "pgdown", "]"), key.WithHelp("↓", "later")),
		Close: key.NewBinding(key.WithKeys("esc", "m", "q"), key.WithHelp("esc", "close")),
	}
}

// ShortHelp is the help line while the log is open.
func (k MessageKeys) ShortHelp() []key.Binding { return []key.Binding{k.Older, k.Newer, k.Close} }

// FullHelp is the same keys in one column.
func (k MessageKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// maxMessages is how many messages the log keeps (the oldest go first).
const maxMessages = 500

// message is one thing the status line said, with when.
type message struct {
	at    string // "10:05"
	lines []string
	err   bool
}

// messageLog keeps every message the status line has shown, so nothing
// said is lost when the status line has no room for all of it: m opens
// it, newest last, whole and wrapped.
type messageLog struct {
	keys     MessageKeys
	messages []message
	open     bool
	skip     int // lines scrolled back from the newest
}

func (l *messageLog) add(at string, lines []string, err bool) {
	if len(lines) == 0 {
		return
	}
	l.messages = append(l.messages, message{at: at, lines: append([]string(nil), lines...), err: err})
	if n := len(l.messages); n > maxMessages {
		l.messages = append([]message(nil), l.messages[n-maxMessages:]...)
	}
}

func (l *messageLog) update(msg tea.KeyMsg) {
	switch {
	case key.Matches(msg, l.keys.Close):
		l.open, l.skip = false, 0
	case key.Matches(msg, l.keys.Older):
		l.skip += 5
	case key.Matches(msg, l.keys.Newer):
		l.skip = max(l.skip-5, 0)
	}
}

// view is the log in h lines of w columns: every message wrapped (never
// cut), the newest at the bottom, scrolled back by skip.
func (l *messageLog) view(f frame, w, h int) []string {
	s := f.s
	var body []string
	for _, m := range l.messages {
		for i, line := range m.lines {
			label := "      "
			if i == 0 {
				label = pad(m.at, 6)
			}
			if m.err {
				line = "✗ " + line
			}
			for _, wl := range hang(label, line, w-1) {
				if m.err {
					wl = s.StatusErr.Render(wl)
				}
				body = append(body, " "+wl)
			}
		}
	}
	if len(body) == 0 {
		body = []string{s.Dim.Render(" Nothing has been said yet.")}
	}
	title := rule("Messages, newest last ("+prose.Count(len(l.messages), "message", "messages")+")", w, s)
	rows := max(h-1, 1)
	l.skip = min(l.skip, max(len(body)-rows, 0))
	end := len(body) - l.skip
	start := max(end-rows, 0)
	out := append([]string{title}, body[start:end]...)
	if start > 0 {
		out[1] = s.Dim.Render(" … " + prose.Count(start, "earlier line", "earlier lines") + " (↑ to read them)")
	}
	return out
}

// logged is a status line's text with the time it was said, for the log.
func logged(lines []string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
