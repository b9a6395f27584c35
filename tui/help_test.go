package tui

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// lastLine is the bottom line of the screen: the help line.
func (r *rig) lastLine() string {
	lines := strings.Split(r.screen(), "\n")
	return lines[len(lines)-1]
}

// At 80 columns the chair's help line keeps how to type a command, get
// help and end the meeting, and the keys used most (hand, note, decision,
// action, break) when they can be used, whatever else is on, and never
// cuts a key off halfway.
func TestHelpLineKeepsTheChairsKeys(t *testing.T) {
	for name, build := range moments() {
		switch name {
		case "quit", "ended", "help", "command", "form", "go-round", "asked", "undo", "fix", "declare", "messages":
			// A dialog or a field with keys of its own.
			continue
		}
		t.Run(name, func(t *testing.T) {
			r := newRig(t)
			build(r)
			for _, w := range []int{80, 100, 120} {
				r.size(w, 24)
				l := r.lastLine()
				for _, want := range []string{": command", "? help", "e end"} {
					if !strings.Contains(l, want) {
						t.Errorf("%d columns: the help line lacks %q: %q", w, want, l)
					}
				}
				k := r.m.keys
				for _, b := range []struct {
					on   bool
					want string
				}{{k.Hand.Enabled(), "h hand"}, {k.Note.Enabled(), "t note"}, {k.Decide.Enabled(), "d decide"},
					{k.Action.Enabled(), "a action"}, {k.Break.Enabled(), "b break"}} {
					if b.on && !r.m.keys.Begin.Enabled() && !strings.Contains(l, b.want) {
						t.Errorf("%d columns: the help line lacks %q: %q", w, b.want, l)
					}
				}
				if strings.HasSuffix(l, "…") {
					t.Errorf("%d columns: the help line is cut: %q", w, l)
				}
			}
		})
	}
}

func TestHelpLineOnTheStartScreen(t *testing.T) {
	r := newRig(t)
	r.contains("enter to the meeting")
	if l := r.lastLine(); !strings.Contains(l, "i someone arrived") || strings.Contains(l, "begin") {
		t.Fatalf("start screen help line: %q", l)
	}
}

// An observer's screen offers nothing they cannot do: no "press i", no
// gaps in the help where hidden keys would be, and q leaves (asking
// first), as the help says.
func TestObserverHelpIsTrue(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{}; c.Remote = true })
	r.contains("Nobody has arrived yet.")
	r.lacks("press i", "Press i", ":arrive", "ctrl+c")
	if l := r.lastLine(); l != "? help · : command · q leave · T light/dark" {
		t.Fatalf("observer help line %q", l)
	}
	r.keys("?")
	lines := strings.Split(r.screen(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "── Help") {
			if strings.TrimSpace(lines[i+1]) == "" {
				t.Fatalf("a gap in the observer's help:\n%s", r.screen())
			}
		}
	}
	r.contains(":   command", "q   leave", "quorum")
	r.lacks("ctrl+c", "arrive NAME", "wait DURATION")
	r.keys("q")
	if r.m.showHelp {
		t.Fatal("q did not close the help")
	}
	r.keys("q")
	r.contains("Leave the meeting screen?")
	if cmd := r.send(key1("y")); !r.quits(cmd) {
		t.Fatal("y did not leave")
	}
}

// A member's screen: no arrival hint either, and q leaves too.
func TestMemberLeaveKey(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{Person: "mair"}; c.Remote = true })
	r.do("arrive mair remote")
	r.lacks("press i", "Press i")
	if l := r.lastLine(); !strings.Contains(l, "q leave") || strings.Contains(l, "ctrl+c") {
		t.Fatalf("member help line %q", l)
	}
	r.keys("q")
	r.contains("Leave the meeting screen?")
	r.keys("n")
	r.lacks("Leave the meeting screen?")
}

// wait moves the rehearsal clock: it is offered (in the help and by tab)
// only on --clock sim.
func TestWaitOnlyOnTheRehearsalClock(t *testing.T) {
	r := meetingRig(t)
	r.size(120, 60)
	r.keys("?")
	r.contains("wait DURATION")
	r.keys("esc")
	if c := complete("wa", r.m.st(), meeting.RoleChair, nil); len(c.items) != 1 {
		t.Fatalf("wa<tab> on the rehearsal clock: %+v", c.items)
	}
	r.m.snap.State.Setup.Clock = "" // the real clock
	r.m.dirty = true
	r.keys("?")
	r.contains("Commands: press :", "reflect [N/5] TEXT")
	r.lacks("wait DURATION")
	if c := complete("wa", r.m.st(), meeting.RoleChair, nil); len(c.items) != 0 {
		t.Fatalf("wa<tab> on the real clock: %+v", c.items)
	}
}
