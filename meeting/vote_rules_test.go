package meeting

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// Rule 18, secret ballots counted on paper: a miscount can be taken back
// down to no ballots at all, and not one below.
func TestRuleAPaperMiscountIsTakenBackToNoneButNotBelow(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("elect chair: sian, dafydd", "tally sian 2", "tally sian -2")
	el := r.state().OpenElection()
	if el == nil || el.Paper[0] != 0 {
		t.Fatalf("after taking back both ballots the election is %+v; want Siân at 0 on paper", el)
	}
	r.fails("tally sian -1", "Siân Davies has 0 ballots on paper; you cannot take away 1")
}

// Rule 18, secret ballots across an interruption: only ballots given on
// screens are lost, and said to be; with none given, the resume says
// nothing was lost, and the paper count stands.
func TestRuleAnInterruptionWithNoScreenBallotsLosesNothing(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally sian 2")
	live, lines, err := Start(testSetup(), meetingtest.Events[Event](t, r.rec), &meetingtest.Recorder{}, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if strings.Contains(l, "lost") {
			t.Errorf("the resume says ballots were lost when none were given on screen: %q", l)
		}
	}
	el := live.Snapshot(ConsoleActor()).State.OpenElection()
	if el == nil || el.Lost != 0 || !el.LostAt.IsZero() || el.Paper[0] != 2 {
		t.Fatalf("after the interruption: %+v", el)
	}
}
