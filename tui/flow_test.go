package tui

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/meeting/minutes"
)

// TestShortMeetingFlow runs a short meeting in a real Bubble Tea program
// (teatest), from the start screen to the minutes: arrivals, roles, the
// speaking queue, a decision, an action through the form, the closing
// reflection and the end.
func TestShortMeetingFlow(t *testing.T) {
	live, clock, rec := newLive(t)
	setup := live.Snapshot(meeting.ConsoleActor()).State.Setup
	out := t.TempDir()
	write := func() ([]string, error) {
		events, err := meetingtest.Decode[meeting.Event](rec)
		if err != nil {
			return nil, err
		}
		m, err := minutes.Build(setup, events)
		if err != nil {
			return nil, err
		}
		return minutes.WriteFiles(out, m, []string{"md"})
	}
	m := New(Config{Live: live, Actor: meeting.ConsoleActor(), WriteMinutes: write})
	defer m.Close()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))

	waitFor := func(what ...string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			for _, w := range what {
				if !bytes.Contains(b, []byte(w)) {
					return false
				}
			}
			return true
		}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	enter := func() { tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) }
	tab := func() { tm.Send(tea.KeyMsg{Type: tea.KeyTab}) }
	command := func(line string) {
		tm.Type(":" + line)
		enter()
	}

	waitFor("Before we start", "Suggested roles for today")
	for _, id := range []string{"sian", "dafydd", "mair", "rhys remote", "aled", "claire"} {
		command("arrive " + id)
	}
	waitFor("Quorate", "6 present")
	command("chair sian")
	command("minutes dafydd")
	enter() // begin
	waitFor("Speaking queue")

	command("hand mair")
	command("hand claire")
	tm.Type("s")
	waitFor("Speaking now: Mair Jones")
	clock.Advance(2 * time.Minute)
	tm.Type("f")
	waitFor("Mair Jones finished (2m).")

	tm.Type("d")
	tm.Type("Fund weekend respite for carers.")
	enter()
	waitFor("Decision 1")

	tm.Type("a")
	waitFor("New action for item 1")
	tm.Type("ale")
	tab()
	enter()
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlU})
	tm.Type("2026-12-20")
	enter()
	tm.Type("share the survey results")
	enter()
	waitFor("Action 1")

	tm.Type("e")
	waitFor("Closing reflection")
	tm.Type("Everyone had a say.")
	enter()
	waitFor("Noted so far")
	enter()
	waitFor("End the meeting now")
	tm.Type("y")
	waitFor("Minutes written:", "minutes.md")
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))

	final := tm.FinalModel(t).(*Model)
	paths, err := final.Minutes()
	if err != nil || len(paths) == 0 {
		t.Fatalf("minutes: %v %v", paths, err)
	}
	md, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Fund weekend respite for carers.", "share the survey results", "Everyone had a say."} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the minutes lack %q", want)
		}
	}
	if !final.Ended() {
		t.Fatal("the meeting did not end")
	}
}
