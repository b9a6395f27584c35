package tui

import (
	"testing"

	"github.com/gyda/gyda/meeting"
)

// TestTinyWindowShowsTheOpenDialog opens the action form and the leave
// question on a 20x6 window (a phone's ssh client, or a pane squeezed
// small): what has the keys is on the screen, not hidden behind the
// quorum line while the keys go into it unseen.
func TestTinyWindowShowsTheOpenDialog(t *testing.T) {
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.ConsoleActor()})
	defer m.Close()
	r := &rig{t: t, live: live, m: m}
	r.size(20, 6)
	r.keys("enter", "a", "aled", "enter", "enter", "zq")
	if m.form.focus != fieldText {
		t.Fatalf("the keys are in field %d, want %d", m.form.focus, fieldText)
	}
	r.contains("▸ What")
	r.keys("esc", "ctrl+c")
	r.contains("Leave")
}

// On a narrow screen the field being typed in goes under its label, so
// what is typed is seen: beside a label it had no room at all.
func TestNarrowActionFormShowsWhatIsTyped(t *testing.T) {
	live, _, _ := newLive(t)
	m := New(Config{Live: live, Actor: meeting.ConsoleActor()})
	defer m.Close()
	r := &rig{t: t, live: live, m: m}
	r.size(20, 12)
	r.keys("enter", "a", "aled")
	r.contains("▸ Who will do it", "aled")
	r.keys("tab", "tab", "zq")
	r.contains("▸ What", "zq", "By when: ")
	r.size(80, 24)
	r.contains("▸ What            zq")
}
