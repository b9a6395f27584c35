package meeting

import (
	"strings"
	"testing"
)

// The lines say whose turn a red card or a new speaker ended (plain mode
// has nothing else to say it), and only when it did.
func TestDescribeSaysWhoseTurnEnded(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair", "arrive tom", "speak mair")
	r.wait(90e9)
	lines := r.do("speak tom")
	if !strings.HasPrefix(lines[0], "Mair Jones's turn has ended (1m 30s). Tom Hughes is speaking.") {
		t.Fatalf("speak tom: %q", lines)
	}
	r.wait(30e9)
	lines = r.do("card mair red")
	if want := "RED CARD from Mair Jones: stop: a question, or not OK. Tom Hughes's turn has ended (30s). The meeting is paused; type resume to go on."; lines[0] != want {
		t.Fatalf("card: %q\nwant %q", lines[0], want)
	}
	r.do("resume", "speak mair")
	r.wait(20e9)
	lines = r.do("card mair red")
	if want := "Mair Jones's turn has ended (20s)."; !strings.Contains(lines[0], want) {
		t.Fatalf("the speaker's own red card: %q; want it to say %q", lines[0], want)
	}
	lines = r.do("resume", "break", "card tom red")
	if last := lines[len(lines)-1]; strings.Contains(last, "turn has ended") {
		t.Fatalf("a red card during a break ended nobody's turn: %q", last)
	}
	r.do("resume")
}

// A note from a journal written before notes were numbered is described
// with the number it was given, and a new speaker in a state that has
// applied nothing ends nobody's turn.
func TestDescribeWithoutNumbersOrTurns(t *testing.T) {
	s, err := NewState(testSetup())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Describe(Event{Type: EvSpeaking, Person: "sian"}), "Siân Davies is speaking."; got[0] != want {
		t.Errorf("speaking with no turn recorded says %q; want %q", got[0], want)
	}
	for i, e := range []Event{{Type: EvOpened}, {Type: EvNote, Text: "first"}, {Type: EvNote, Text: "second"}} {
		e.At = testStart
		if err := s.Apply(e); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			if got, want := s.Describe(e), "Note 2 added to item 1."; got[0] != want {
				t.Errorf("an unnumbered note says %q; want %q", got[0], want)
			}
		}
	}
}
