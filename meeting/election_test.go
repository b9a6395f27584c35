package meeting

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// remoteMembers brings Mair, Rhys and Claire in remotely: they vote on
// their own screens.
var remoteMembers = []string{"leave mair", "arrive mair remote", "leave rhys", "arrive rhys remote", "leave claire", "arrive claire remote"}

// ballot gives a member's own ballot, which must be accepted.
func (r *rig) ballot(who, candidate string) []string {
	r.t.Helper()
	res, err := r.live.Do(Actor{Person: who}, "ballot "+candidate)
	if err != nil {
		r.t.Fatalf("%s: ballot %s: %v", who, candidate, err)
	}
	return res.Lines
}

// secretElection runs an election in which the room gives Siân 2 paper
// ballots and Dafydd 1, and Mair, Rhys and Claire vote on their screens
// as choices says; it returns the journal.
func secretElection(t *testing.T, choices [3]string) []json.RawMessage {
	t.Helper()
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally sian 2", "tally dafydd 1")
	for i, who := range []string{"mair", "rhys", "claire"} {
		r.wait(30e9)
		r.ballot(who, choices[i])
	}
	r.do("elect close")
	return r.rec.Raw()
}

// joined is a journal's events as its lines.
func joined(events []json.RawMessage) []byte {
	var b bytes.Buffer
	for _, e := range events {
		b.Write(e)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// TestTheJournalOfASecretBallotHoldsNoOnesChoice: two elections in which
// the same members vote on screen, for different people but with the same
// totals, leave journals that are the same byte for byte. So nothing in
// the journal, nor the timing of its events, says who anyone voted for.
// Different totals do change the journal (the result is recorded), so
// the comparison can fail.
func TestTheJournalOfASecretBallotHoldsNoOnesChoice(t *testing.T) {
	a := secretElection(t, [3]string{"sian", "dafydd", "sian"})
	b := secretElection(t, [3]string{"dafydd", "sian", "sian"})
	c := secretElection(t, [3]string{"sian", "sian", "sian"})
	if !bytes.Equal(joined(a), joined(b)) {
		for i := range a {
			if i < len(b) && !bytes.Equal(a[i], b[i]) {
				t.Fatalf("the journals differ at event %d, so it tells how someone voted:\n%s\n%s", i+1, a[i], b[i])
			}
		}
		t.Fatal("the journals differ")
	}
	if bytes.Equal(joined(a), joined(c)) {
		t.Fatal("elections with different results left the same journal")
	}
	// The ballots say who voted, and nothing else; the screens' counts
	// come only at the close, with no voter, together with the result.
	var events []Event
	for _, raw := range a {
		var e Event
		if err := json.Unmarshal(raw, &e); err != nil {
			t.Fatal(err)
		}
		events = append(events, e)
	}
	var ballots int
	for i, e := range events {
		switch {
		case e.Type == EvBallotCast:
			ballots++
			if e.Person != e.By || e.Number != 0 || e.Choice != "" || e.Text != "" || len(e.People) != 0 || e.Ballot != nil {
				t.Errorf("a ballot event says more than who voted: %s", a[i])
			}
		case e.Type == EvTallied && e.Remote:
			if e.By != "" || !events[len(events)-1].At.Equal(e.At) {
				t.Errorf("the screens' count is not anonymous, or not counted at the close: %s", a[i])
			}
			for _, later := range events[i+1:] {
				if later.Type != EvTallied && later.Type != EvDecided {
					t.Errorf("the screens' count was written before the end of the ballot: %s", a[i])
				}
			}
		}
	}
	if ballots != 3 {
		t.Errorf("%d ballot events; want 3", ballots)
	}
	last := events[len(events)-1]
	if last.Type != EvDecided || last.Ballot == nil || last.Ballot.Votes("sian") != 4 || last.Ballot.Votes("dafydd") != 2 || last.Person != "sian" {
		t.Errorf("the result: %+v", last)
	}
}

// Nobody, the laptop included, sees how the screens voted while the
// ballot is open.
func TestScreenBallotsAreSeenByNobodyUntilTheClose(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally sian 2")
	r.ballot("mair", "dafydd")
	for _, viewer := range []Actor{ConsoleActor(), {Person: "sian"}, {Person: "dafydd"}, {Person: "mair"}, {}} {
		st := r.live.Snapshot(viewer).State
		if got := everything(t, st); strings.Contains(got, `"Screen":[0,1]`) || !strings.Contains(got, `"Screen":[0,0]`) {
			t.Errorf("%+v sees the screens' count while the ballot is open", viewer)
		}
	}
	said := strings.Join(r.do("quorum"), "\n")
	for _, want := range []string{"Secret ballot 1 open for chair: Siân Davies or Dafydd ap Gwilym.",
		"Paper ballots added: Siân Davies 2, Dafydd ap Gwilym 0 (2 of 4 members in the room).",
		"Voted on screen: 1 (Mair Jones); how is not seen until the ballot closes.",
		"Not voted on screen yet: Rhys Evans and Claire Thomas."} {
		if !strings.Contains(said, want) {
			t.Errorf("the chair's quorum lacks %q:\n%s", want, said)
		}
	}
	out := strings.Join(r.do("elect close"), "\n")
	for _, want := range []string{"Ballots given on screens, counted now: 1 for Dafydd ap Gwilym.",
		"Decision 1 recorded: Siân Davies was elected chair, 2 votes to 1."} {
		if !strings.Contains(out, want) {
			t.Errorf("the close lacks %q:\n%s", want, out)
		}
	}
}

// An interruption loses the screen ballots of an open election (their
// choices were never written down); the resumed meeting says so, and
// those members vote again. Paper counts are kept.
func TestAnInterruptionLosesScreenBallotsAndSaysSo(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do(remoteMembers...)
	r.do("elect chair: sian, dafydd", "tally sian 2")
	r.ballot("mair", "dafydd")
	r.ballot("rhys", "dafydd")
	past := meetingtest.Events[Event](t, r.rec)
	rec := &meetingtest.Recorder{}
	live, lines, err := Start(testSetup(), past, rec, NewSimClock(testStart), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if said := strings.Join(lines, "\n"); !strings.Contains(said, "The interruption lost 2 ballots given on screens in the open ballot for chair") {
		t.Errorf("the resume does not say what was lost:\n%s", said)
	}
	el := live.Snapshot(ConsoleActor()).State.OpenElection()
	if el == nil || len(el.Voted) != 0 || el.Lost != 2 || el.Paper[0] != 2 {
		t.Fatalf("after the interruption: %+v", el)
	}
	if _, err := live.Do(Actor{Person: "mair"}, "ballot sian"); err != nil {
		t.Fatalf("Mair cannot vote again: %v", err)
	}
	res, err := live.Do(ConsoleActor(), "elect close")
	if err != nil {
		t.Fatal(err)
	}
	if b := res.Events[len(res.Events)-1].Ballot; b.Votes("sian") != 3 || b.Votes("dafydd") != 0 {
		t.Errorf("counted %+v", b.Counts)
	}
	// Replaying the whole journal gives the same.
	all := append(past, meetingtest.Events[Event](t, rec)...)
	st, err := Replay(testSetup(), all)
	if err != nil {
		t.Fatal(err)
	}
	if b := st.Decisions[0].Election; b.Votes("sian") != 3 {
		t.Errorf("replayed: %+v", b.Counts)
	}
}

func TestElectionResults(t *testing.T) {
	tests := []struct {
		name    string
		lines   []string
		screens [][2]string
		elected string
		tied    []string
		said    string
	}{
		{"paper and screens together", []string{"tally sian 2", "tally dafydd 2"}, [][2]string{{"mair", "sian"}},
			"sian", nil, "Siân Davies was elected chair, 3 votes to 2."},
		{"a tie is said and not broken", []string{"tally sian 2", "tally dafydd 1"}, [][2]string{{"rhys", "dafydd"}},
			"", []string{"sian", "dafydd"}, "The election for chair was tied: Siân Davies and Dafydd ap Gwilym had 2 votes each. Nobody was elected; gyda never breaks a tie."},
		{"a miscount taken back", []string{"tally sian 3", "tally sian -2", "tally dafydd 2"}, nil,
			"dafydd", nil, "Dafydd ap Gwilym was elected chair, 2 votes to 1."},
		{"no ballots", nil, nil, "", nil, "No ballots were counted in the election for chair, so nobody was elected."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(allHere...)
			r.do(remoteMembers...)
			r.do("elect chair: sian, dafydd")
			r.do(tt.lines...)
			for _, s := range tt.screens {
				r.ballot(s[0], s[1])
			}
			out := strings.Join(r.do("elect close"), "\n")
			b := r.lastDecision().Election
			if b == nil || b.Elected != tt.elected || strings.Join(b.Tied, ",") != strings.Join(tt.tied, ",") {
				t.Fatalf("result %+v; want %q elected, %v tied", b, tt.elected, tt.tied)
			}
			if !strings.Contains(out, tt.said) {
				t.Errorf("the close does not say %q:\n%s", tt.said, out)
			}
			if tt.elected != "" && tt.elected != "sian" && !strings.Contains(out, "Hand the role over when you are ready with: chair "+tt.elected) {
				t.Errorf("the close does not say how to hand the chair over:\n%s", out)
			}
		})
	}
}

func TestElectionRefusals(t *testing.T) {
	mair, sian, gwen := Actor{Person: "mair"}, Actor{Person: "sian"}, Actor{Person: "gwen"}
	open := slices.Concat(remoteMembers, []string{"elect chair: sian, dafydd"})
	refusals(t, []refusal{
		{"one candidate", nil, ConsoleActor(), "elect chair: sian", "an election needs two or more candidates"},
		{"a role that is not elected", nil, ConsoleActor(), "elect treasurer: sian, mair", "an election is for the chair or the minute-taker"},
		{"a candidate not here", []string{"leave rhys"}, ConsoleActor(), "elect chair: sian, rhys", "Rhys Evans is not here"},
		{"a guest candidate", nil, ConsoleActor(), "elect chair: sian, gwen", "Gwen Morgan is a guest; only members of the group can be elected"},
		{"a candidate twice", nil, ConsoleActor(), "elect chair: sian, mair, sian", "Siân Davies is named twice"},
		{"two at once", open, ConsoleActor(), "elect minutes: aled, tom", "the ballot for chair is open; one vote or ballot at a time"},
		{"no vote during an election", open, ConsoleActor(), "vote Is it?", "the ballot for chair is open; one vote or ballot at a time"},
		{"no moving on during an election", open, ConsoleActor(), "next", "the ballot for chair is still open on this item; close it first with: elect close"},
		{"the room votes on paper", open, sian, "ballot dafydd", "you are in the room: vote on paper there"},
		{"the laptop has no ballot", open, ConsoleActor(), "ballot sian", "ballot is how a member joining remotely votes"},
		{"a ballot cannot be changed", slices.Concat(open, []string{"mair> ballot sian"}), mair, "ballot dafydd", "you have already voted in this election; a secret ballot cannot be changed"},
		{"a ballot for someone not standing", open, mair, "ballot aled", "the candidates are Siân Davies and Dafydd ap Gwilym"},
		{"guests do not vote", slices.Concat([]string{"leave gwen", "arrive gwen remote"}, open), gwen, "ballot sian", "only the chair, the minute-taker and members can use ballot"},
		{"no election open", remoteMembers, mair, "ballot sian", "no election is open; open one with: elect chair: NAME, NAME"},
		{"a ballot in an open vote", slices.Concat(remoteMembers, []string{"vote Is it?"}), mair, "ballot sian", "vote 1 is an open vote, not a secret ballot"},
		{"more paper than people in the room", open, ConsoleActor(), "tally sian 5", "that makes 5 paper ballots, but only 4 members are in the room"},
		{"taking away more than was added", slices.Concat(open, []string{"tally sian 1"}), ConsoleActor(), "tally sian -2", "Siân Davies has 1 ballot on paper; you cannot take away 2"},
		{"a member cannot add paper", open, mair, "tally sian 1", "only the chair and the minute-taker can use tally"},
		{"a member cannot close it", open, mair, "elect close", "only the chair and the minute-taker can use elect close"},
		{"close with none open", nil, ConsoleActor(), "elect close", "no election is open"},
		{"tally needs a number", open, ConsoleActor(), "tally sian", "tally needs a candidate and how many paper ballots to add"},
	})
}

func TestHeardLeavesOutWhoABallotIsFor(t *testing.T) {
	for line, want := range map[string]string{
		"ballot sian":        "ballot (secret: who for is not shown)",
		"BALLOT Siân Davies": "ballot (secret: who for is not shown)",
		"for sian":           "for sian",
		"note ballot sian":   "note ballot sian",
	} {
		if got := Heard(line); got != want {
			t.Errorf("Heard(%q) = %q; want %q", line, got, want)
		}
	}
}
