package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
)

func statusText(r *rig) string { return strings.Join(r.m.status.lines, "\n") }

// A red card and "speak NAME" end the speaker's turn: the status line says
// so, with how long they spoke.
func TestStatusSaysWhoseTurnEnded(t *testing.T) {
	r := meetingRig(t)
	r.do("hand mair", "speak")
	r.clock.Advance(2 * time.Minute)
	r.keys(":", "speak claire", "enter")
	if got := statusText(r); !strings.HasPrefix(got, "Mair Jones's turn has ended (2m). Claire Thomas is speaking.") {
		t.Fatalf("speak NAME: status %q", got)
	}
	r.clock.Advance(3 * time.Minute)
	r.keys(":", "card dafydd red", "enter")
	got := statusText(r)
	if !strings.Contains(got, "RED CARD from Dafydd ap Gwilym") || !strings.Contains(got, "Claire Thomas's turn has ended (3m). The meeting is paused") {
		t.Fatalf("red card: status %q", got)
	}
	if !strings.Contains(got, "press r (or type resume) to go on") {
		t.Fatalf("the chair is not told how to resume: %q", got)
	}
	// At 80x24 it all shows: the status line takes a second line.
	r.contains("Claire Thomas's", "turn has ended (3m).")

	// Nobody speaking: nothing is said about a turn; nor after done, on
	// the rehearsal clock where no time passes between the two.
	r.keys("r")
	r.do("hand tom", "speak", "done")
	r.keys(":", "card aled red", "enter")
	if got := statusText(r); strings.Contains(got, "turn has ended") {
		t.Fatalf("a turn that had already ended is said to end: %q", got)
	}
	r.keys("r", ":", "speak rhys", "enter")
	if got := statusText(r); strings.Contains(got, "turn has ended") {
		t.Fatalf("speak with nobody speaking: %q", got)
	}
}

// A member's own red card: they are told the chair will resume, not to
// type a command they may not use.
func TestMemberRedCardStatus(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{Person: "mair"}; c.Remote = true })
	r.do("arrive mair remote", "arrive sian", "chair sian", "hand sian", "speak")
	r.clock.Advance(time.Minute)
	r.keys("c", "r")
	got := statusText(r)
	if !strings.Contains(got, "The chair will resume the meeting.") || strings.Contains(got, "type resume") {
		t.Fatalf("member's red card: %q", got)
	}
	if !strings.Contains(got, "Siân Davies's turn has ended (1m).") {
		t.Fatalf("member's red card does not say the turn ended: %q", got)
	}
	r.lacks("type resume", "press r")
}

// On a remote screen, the end replaces whatever the status line said (a
// red card's pause no longer holds).
func TestRemoteStatusAfterTheEnd(t *testing.T) {
	r := newRig(t, func(c *Config) { c.Actor = meeting.Actor{Person: "mair"}; c.Remote = true })
	r.do("arrive mair remote", "arrive sian", "chair sian")
	r.keys("c", "r")
	r.contains("The chair will resume the meeting.")
	r.do("resume", "end")
	r.contains("The meeting ended at 10:00.", "Press q to leave.")
	r.lacks("The chair will resume the meeting.")
}
