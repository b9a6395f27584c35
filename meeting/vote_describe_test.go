package meeting

import (
	"slices"
	"strings"
	"testing"
)

// viewerLines are the lines each viewer gets, whole.
type viewerLines struct {
	viewer Actor
	want   []string
}

// checkViewers compares got(viewer) with each viewer's lines, whole.
func checkViewers(t *testing.T, what string, got func(Actor) []string, tests []viewerLines) {
	t.Helper()
	for _, tt := range tests {
		if g := got(tt.viewer); !slices.Equal(g, tt.want) {
			t.Errorf("%s, as %+v:\n got %q\nwant %q", what, tt.viewer, g, tt.want)
		}
	}
}

// describedTo is event e as the viewer is told of it.
func (r *rig) describedTo(e Event) func(Actor) []string {
	return func(a Actor) []string { return r.live.Snapshot(a).State.Describe(e) }
}

// votingLinesOf is the open vote or election as the viewer sees it.
func (r *rig) votingLinesOf(a Actor) []string { return r.live.Snapshot(a).State.VotingLines() }

// A vote's opening tells each viewer how they take part: the chair how
// to record votes, a member that they vote for themselves and can
// change it, a guest that guests do not vote.
func TestRuleAVoteOpeningTellsEachViewerHowTheyTakePart(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	res, err := r.live.Do(ConsoleActor(), "vote Fund weekend respite?")
	if err != nil {
		t.Fatal(err)
	}
	opened := "Vote 1 is open on item 2: Fund weekend respite?"
	member := []string{opened, "You can vote for, against or abstain, and change your vote until the vote closes."}
	guest := []string{opened, "Guests do not vote."}
	checkViewers(t, "the vote's opening", r.describedTo(res.Events[0]), []viewerLines{
		{Actor{Person: "mair"}, member},
		{Actor{Person: "aled"}, member}, // staff vote too
		{Actor{Person: "gwen"}, guest},
		{Actor{}, guest},
	})
	if chair := r.describedTo(res.Events[0])(ConsoleActor()); len(chair) != 2 || !strings.HasPrefix(chair[1], "Record votes with: for NAME") {
		t.Errorf("the chair is told %q", chair)
	}
}

// An election's opening, and the open election on screen, tell each
// viewer how they take part: a member in the room votes on paper, a
// member joining remotely on their screen (and is told once they have),
// a guest not at all.
func TestRuleAnElectionTellsEachViewerHowTheyTakePart(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("leave mair", "arrive mair remote")
	res, err := r.live.Do(ConsoleActor(), "elect chair: sian, dafydd")
	if err != nil {
		t.Fatal(err)
	}
	room := "You are in the room: vote on paper."
	remote := "To vote, type ballot and the name of the person you vote for. Your ballot is secret, and cannot be changed."
	guests := "Guests do not vote."
	opened := "Secret ballot 1 is open for chair, on item 2: Siân Davies or Dafydd ap Gwilym."
	checkViewers(t, "the election's opening", r.describedTo(res.Events[0]), []viewerLines{
		{Actor{Person: "rhys"}, []string{opened, room}},
		{Actor{Person: "mair"}, []string{opened, remote}},
		{Actor{Person: "gwen"}, []string{opened, guests}},
	})
	open := "Secret ballot 1 open for chair: Siân Davies or Dafydd ap Gwilym."
	checkViewers(t, "the open election", r.votingLinesOf, []viewerLines{
		{Actor{Person: "rhys"}, []string{open, room}},
		{Actor{Person: "mair"}, []string{open, remote}},
		{Actor{Person: "gwen"}, []string{open, guests}},
		{Actor{}, []string{open, guests}},
	})
	r.ballot("mair", "sian")
	checkViewers(t, "after Mair's ballot", r.votingLinesOf, []viewerLines{
		{Actor{Person: "mair"}, []string{open, "Your ballot is in; it is secret."}},
		{Actor{Person: "rhys"}, []string{open, room}},
	})
}

// The chair's running count of a vote names who has not voted, and who
// is not taking part, only when there is someone to name; the result
// names who did not vote only when someone did not.
func TestRuleTheCountNamesOnlyWhoIsLeftToVote(t *testing.T) {
	question := "Vote 1 open on item 2: Fund weekend respite?"
	soFar := "So far: 4 for, 2 against, 1 abstained (lived experience: 4 for, 0 against, 0 abstained; staff: 0 for, 2 against, 1 abstained)."
	t.Run("everyone voted", func(t *testing.T) {
		r := newRig(t)
		r.do(allHere...)
		r.do("vote Fund weekend respite?", "for sian, dafydd, mair, rhys", "against aled, claire")
		checkViewers(t, "one left to vote", r.votingLinesOf, []viewerLines{{ConsoleActor(), []string{question,
			"So far: 4 for, 2 against, 0 abstained (lived experience: 4 for, 0 against, 0 abstained; staff: 0 for, 2 against, 0 abstained).",
			"Not voted yet: Tom Hughes."}}})
		r.do("abstain tom")
		checkViewers(t, "the running count", r.votingLinesOf, []viewerLines{{ConsoleActor(), []string{question, soFar}}})
		r.do("vote close")
		checkViewers(t, "the result", r.votingLinesOf, []viewerLines{{ConsoleActor(), []string{
			"Vote 1 closed on item 2: Fund weekend respite?",
			"Carried: 4 for, 2 against, 1 abstained.",
			"By kind: lived experience 4 for, 0 against, 0 abstained; staff 0 for, 2 against, 1 abstained.",
			"Carried by a simple majority (more for than against; abstentions do not count).",
		}}})
	})
	t.Run("everyone voted but one who declared an interest", func(t *testing.T) {
		r := newRig(t)
		r.do(allHere...)
		r.do("declare aled item 2: manages the respite service", "vote Fund weekend respite?",
			"for sian, dafydd, mair, rhys", "against claire, tom")
		checkViewers(t, "the running count", r.votingLinesOf, []viewerLines{{ConsoleActor(), []string{question,
			"So far: 4 for, 2 against, 0 abstained (lived experience: 4 for, 0 against, 0 abstained; staff: 0 for, 2 against, 0 abstained).",
			"Not taking part (declared an interest): Aled Price."}}})
	})
}

// The chair's view of an open election says how many voted on screen,
// naming them only when someone has, and who is still to vote on screen
// only when someone is.
func TestRuleTheBallotCountNamesOnlyWhoHasVotedOnScreen(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("elect chair: sian, dafydd", "tally sian 2")
	checkViewers(t, "all in the room", r.votingLinesOf, []viewerLines{{ConsoleActor(), []string{
		"Secret ballot 1 open for chair: Siân Davies or Dafydd ap Gwilym.",
		"Paper ballots added: Siân Davies 2, Dafydd ap Gwilym 0 (2 of 7 members in the room).",
		"Voted on screen: 0; how is not seen until the ballot closes.",
	}}})
}

// Paper ballots added for a candidate, and taken away after a miscount,
// are said as what they are, with the number of ballots.
func TestRulePaperBallotsAddedAndTakenAwayAreSaid(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("elect chair: sian, dafydd")
	for _, tt := range []struct{ line, want string }{
		{"tally sian 3", "Paper ballots: 3 added for Siân Davies."},
		{"tally sian -1", "Paper ballots: 1 taken away from Siân Davies."},
		{"tally dafydd +1", "Paper ballots: 1 added for Dafydd ap Gwilym."},
	} {
		if got := r.do(tt.line); len(got) == 0 || got[0] != tt.want {
			t.Errorf("%q says %q; want first %q", tt.line, got, tt.want)
		}
	}
}
