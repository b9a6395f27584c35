package meeting

import "testing"

// At the close of an election the screens' count is recorded only for
// the candidates someone voted for on screen: a candidate nobody chose
// on a screen gets no count of nothing in the journal.
func TestTheScreensCountNamesOnlyCandidatesVotedFor(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally dafydd 1")
	r.ballot("mair", "sian")
	r.ballot("rhys", "sian")
	res, err := r.live.Do(ConsoleActor(), "elect close")
	if err != nil {
		t.Fatal(err)
	}
	var counted []Event
	for _, e := range res.Events {
		if e.Type == EvTallied {
			counted = append(counted, e)
		}
	}
	if len(counted) != 1 || counted[0].Person != "sian" || counted[0].Number != 2 || !counted[0].Remote {
		t.Errorf("the close recorded the screens' counts %+v; want one, 2 for sian", counted)
	}
}

// A decision recorded while an election is open (not the election's
// result) leaves the screen ballots given so far in the box: they are
// counted at the close.
func TestADecisionDuringAnElectionKeepsTheScreenBallots(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd")
	r.ballot("mair", "sian")
	r.do("decide We will meet in March")
	r.ballot("rhys", "sian")
	r.do("elect close")
	if el := r.state().Elections[0]; el.Screen[0] != 2 || el.Screen[1] != 0 {
		t.Errorf("the screens' count at the close is %v; want [2 0]", el.Screen)
	}
}
