package main

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// A chair who types nothing still hears, once, that a break is due.
func TestRemindersComeWithoutTyping(t *testing.T) {
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People()}
	clock := meeting.NewSimClock(agenda.Start) // moved by hand; the setup says wall clock
	live, _, err := meeting.Start(setup, nil, &meetingtest.Recorder{}, clock, meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out lockedBuffer
	p := &plainPrinter{out: &out}
	stop := p.remindEvery(&session{live: live, setup: setup}, 5*time.Millisecond)
	defer stop()
	clock.Advance(61 * time.Minute)
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "reminder: a break is due") {
		if time.Now().After(deadline) {
			t.Fatalf("no break reminder came on the ticker:\n%s", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	for range 3 { // several more ticks, each doing what a tick does
		p.remind(live)
	}
	got := out.String()
	if n := strings.Count(got, "reminder: a break is due"); n != 1 {
		t.Fatalf("break reminder said %d times; want once:\n%s", n, got)
	}
	if !strings.Contains(got, "reminder: item 1, Welcome, apologies and quorum, is 51m over its time") {
		t.Fatalf("no overrun reminder:\n%s", got)
	}
}
