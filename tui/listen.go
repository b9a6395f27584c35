package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

// snapshotMsg is a new snapshot of the meeting from the mailbox.
type snapshotMsg struct{ snap *meeting.Snapshot }

// stoppedMsg says the model was closed while waiting for a snapshot.
type stoppedMsg struct{}

// presenceMsg says someone's connection to a shared meeting changed.
type presenceMsg struct{}

// listen waits for the next snapshot in the mailbox, or for someone's
// connection to change (changed is closed; nil when not shared). It is
// issued again after each (a slow screen only ever misses snapshots in
// between; it never holds up the meeting), and returns when the model is
// closed so no goroutine outlives its session.
func listen(mb *meeting.Mailbox, changed, stop <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		select {
		case s := <-mb.C():
			return snapshotMsg{snap: s}
		case <-changed:
			return presenceMsg{}
		case <-stop:
			return stoppedMsg{}
		}
	}
}

// noticeMsg is lines for the status line from outside the meeting.
type noticeMsg struct{ lines []string }

// listenNotices waits for the next notice, if there is a channel of them.
func listenNotices(ch <-chan []string, stop <-chan struct{}) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		select {
		case lines, ok := <-ch:
			if !ok {
				return stoppedMsg{}
			}
			return noticeMsg{lines: lines}
		case <-stop:
			return stoppedMsg{}
		}
	}
}

// tickMsg moves the clocks on.
type tickMsg struct{ gen int }

// tick waits until the next whole second: clocks and countdowns change
// then, and never more often.
func tick(gen int, now time.Time) tea.Cmd {
	d := time.Second - time.Duration(now.Nanosecond())
	if d <= 0 {
		d = time.Second
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{gen: gen} })
}
