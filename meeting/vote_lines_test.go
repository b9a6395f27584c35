package meeting

import (
	"slices"
	"strings"
	"testing"
)

// A closed vote's or election's result stays in VotingLines, for every
// viewer, until the meeting moves to another item; the one closed last
// is said.
func TestVotingLinesKeepTheResultUntilTheNextItem(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("vote Fund weekend respite?", "for sian, mair, rhys", "against aled", "vote close")
	for _, viewer := range []Actor{ConsoleActor(), {Person: "mair"}, {}} {
		got := strings.Join(r.live.Snapshot(viewer).State.VotingLines(), "\n")
		for _, want := range []string{"Vote 1 closed on item 2: Fund weekend respite?", "Carried: 3 for, 1 against, 0 abstained.",
			"By kind: lived experience 3 for, 0 against, 0 abstained; staff 0 for, 1 against", "Present and did not vote: Dafydd ap Gwilym",
			"Carried by a simple majority"} {
			if !strings.Contains(got, want) {
				t.Errorf("%+v: the result lacks %q:\n%s", viewer, want, got)
			}
		}
	}
	r.do("elect chair: sian, dafydd", "tally sian 3", "tally dafydd 1", "elect close")
	got := strings.Join(r.state().VotingLines(), "\n")
	if want := "Secret ballot 1 for chair closed.\nSiân Davies was elected chair, 3 votes to 1."; got != want {
		t.Errorf("after the election:\n%s\nwant\n%s", got, want)
	}
	r.do("next")
	if got := r.state().VotingLines(); got != nil {
		t.Errorf("on the next item: %q", got)
	}
}

// BallotChoices offers the candidates only to a member joining remotely
// who has not given their ballot.
func TestBallotChoices(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	if got := r.live.Snapshot(Actor{Person: "mair"}).State.BallotChoices(); got != nil {
		t.Errorf("with nothing open: %q", got)
	}
	r.do("elect chair: sian, dafydd")
	for _, tc := range []struct {
		viewer Actor
		want   []string
	}{
		{Actor{Person: "mair"}, []string{"sian", "dafydd"}},
		{Actor{Person: "rhys"}, []string{"sian", "dafydd"}},
		{Actor{Person: "aled"}, nil}, // in the room: on paper
		{Actor{Person: "gwen"}, nil}, // a guest
		{ConsoleActor(), nil},
		{Actor{}, nil},
	} {
		if got := r.live.Snapshot(tc.viewer).State.BallotChoices(); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: %q, want %q", tc.viewer, got, tc.want)
		}
	}
	r.ballot("mair", "sian")
	if got := r.live.Snapshot(Actor{Person: "mair"}).State.BallotChoices(); got != nil {
		t.Errorf("after voting: %q", got)
	}
}

// A result's Record is what was recorded as the meeting's record says it:
// not what the actor alone was told.
func TestResultRecordIsNotTheActorsOwn(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("vote Fund weekend respite?")
	res, err := r.live.Do(Actor{Person: "mair"}, "for")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(res.Record, "\n"); got != "Mair Jones: for." {
		t.Errorf("record %q", got)
	}
	r.do("vote close", "elect chair: sian, dafydd")
	res, err = r.live.Do(Actor{Person: "rhys"}, "ballot sian")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(res.Record, "\n"); got != "Rhys Evans has voted on their screen." {
		t.Errorf("record %q", got)
	}
}

func TestSecret(t *testing.T) {
	for line, want := range map[string]bool{"ballot sian": true, "BALLOT Siân Davies": true, "ballot": false, "for sian": false, "note ballot sian": false} {
		if got := Secret(line); got != want {
			t.Errorf("Secret(%q) = %v", line, got)
		}
	}
}
