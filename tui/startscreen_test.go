package tui

import (
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// startRig opens the sample group's meeting at a given time, not
// necessarily when its agenda planned it.
func startRig(t *testing.T, at time.Time) *rig {
	t.Helper()
	setup := demoSetup(t)
	clock := meeting.NewSimClock(at)
	rec := &meetingtest.Recorder{}
	live, _, err := meeting.Start(setup, nil, rec, clock, meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{t: t, live: live, clock: clock, rec: rec, m: New(Config{Live: live, Actor: meeting.ConsoleActor()})}
	t.Cleanup(r.m.Close)
	r.size(200, 40)
	return r
}

// The start screen says when the meeting opened, and when the agenda
// planned it only if that was another day or time.
func TestStartScreenSaysWhenTheMeetingOpened(t *testing.T) {
	planned := demoSetup(t).Agenda.Start // Thursday 3 December 2026, 10:00 UTC
	r := startRig(t, planned)
	r.contains("Thursday 3 December 2026, opened at 10:00 ·")
	r.lacks("planned for")

	r = startRig(t, planned.Add(7*time.Minute))
	r.contains("Thursday 3 December 2026, opened at 10:07 (planned for 10:00)")

	r = startRig(t, time.Date(2026, 11, 23, 16, 15, 0, 0, time.UTC))
	r.contains("Monday 23 November 2026, opened at 16:15 (planned for Thursday 3 December 2026, 10:00)")
}

func TestStartScreenDeclareHint(t *testing.T) {
	r := newRig(t)
	r.size(120, 40)
	r.contains(":declare NAME item N: TEXT", "(keeps NAME out of item N's decisions)")
	r.lacks(":declare NAME: TEXT")
}
