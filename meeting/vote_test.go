package meeting

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// allHere is everyone in testSetup's roster here in the room, Siân in the
// chair and Dafydd taking the minutes: 4 lived experience, 3 staff and a
// guest; quorate and balanced.
var allHere = []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire", "arrive tom",
	"arrive gwen", "chair sian", "minutes dafydd", "next"}

// lastDecision is the meeting's latest decision.
func (r *rig) lastDecision() Decision {
	r.t.Helper()
	ds := r.state().Decisions
	if len(ds) == 0 {
		r.t.Fatal("no decision was recorded")
	}
	return ds[len(ds)-1]
}

// TestVoteCounting runs votes through the live meeting and checks the
// result each records: the counts, the split by kind, who did not vote,
// and the verdict.
func TestVoteCounting(t *testing.T) {
	tests := []struct {
		name     string
		majority string
		lived    bool
		lines    []string
		all      Counts
		livedC   Counts
		staff    Counts
		notVoted []string
		verdict  Verdict
	}{
		{
			name:  "several names at once, by kind",
			lines: []string{"for sian, mair and rhys", "against aled, claire", "abstain tom"},
			all:   Counts{3, 2, 1}, livedC: Counts{3, 0, 0}, staff: Counts{0, 2, 1},
			notVoted: []string{"dafydd"}, verdict: Verdict{Carried: true, By: RuleSimple},
		},
		{
			name:  "names without commas, and a full name",
			lines: []string{"for sian mair", "against Dafydd ap Gwilym", "vote against rhys"},
			all:   Counts{2, 2, 0}, livedC: Counts{2, 2, 0},
			notVoted: []string{"aled", "claire", "tom"}, verdict: Verdict{By: RuleSimple, Tie: true},
		},
		{
			name:  "a changed vote counts once, as it ended",
			lines: []string{"for sian, mair, aled", "against mair", "against rhys"},
			all:   Counts{2, 2, 0}, livedC: Counts{1, 2, 0}, staff: Counts{1, 0, 0},
			notVoted: []string{"dafydd", "claire", "tom"}, verdict: Verdict{By: RuleSimple, Tie: true},
		},
		{
			name:  "someone who voted and left is still counted",
			lines: []string{"for sian, mair", "against aled", "leave mair"},
			all:   Counts{2, 1, 0}, livedC: Counts{2, 0, 0}, staff: Counts{0, 1, 0},
			notVoted: []string{"dafydd", "rhys", "claire", "tom"}, verdict: Verdict{Carried: true, By: RuleSimple},
		},
		{
			name:  "an interest declared after voting: the vote is not counted",
			lines: []string{"for sian, mair, aled", "against claire", "declare aled item 2: manages the service"},
			all:   Counts{2, 1, 0}, livedC: Counts{2, 0, 0}, staff: Counts{0, 1, 0},
			notVoted: []string{"dafydd", "rhys", "tom"}, verdict: Verdict{Carried: true, By: RuleSimple},
		},
		{
			name: "two thirds", majority: "two-thirds",
			lines: []string{"for sian, mair, rhys, aled", "against claire, tom"},
			all:   Counts{4, 2, 0}, livedC: Counts{3, 0, 0}, staff: Counts{1, 2, 0},
			notVoted: []string{"dafydd"}, verdict: Verdict{Carried: true, By: RuleTwoThirds},
		},
		{
			name: "two thirds, one short", majority: "two-thirds",
			lines: []string{"for sian, mair, rhys", "against claire, tom"},
			all:   Counts{3, 2, 0}, livedC: Counts{3, 0, 0}, staff: Counts{0, 2, 0},
			notVoted: []string{"dafydd", "aled"}, verdict: Verdict{By: RuleTwoThirds},
		},
		{
			name: "staff carry it but lived experience must agree", lived: true,
			lines: []string{"for sian, aled, claire, tom", "against mair, rhys"},
			all:   Counts{4, 2, 0}, livedC: Counts{1, 2, 0}, staff: Counts{3, 0, 0},
			notVoted: []string{"dafydd"}, verdict: Verdict{By: RuleLived},
		},
		{
			name: "lived experience agree", lived: true,
			lines: []string{"for sian, mair, aled", "against rhys, claire"},
			all:   Counts{3, 2, 0}, livedC: Counts{2, 1, 0}, staff: Counts{1, 1, 0},
			notVoted: []string{"dafydd", "tom"}, verdict: Verdict{Carried: true, By: RuleSimple, LivedAgreed: true},
		},
		{
			name:  "nobody voted",
			lines: nil,
			all:   Counts{}, notVoted: []string{"sian", "dafydd", "mair", "rhys", "aled", "claire", "tom"},
			verdict: Verdict{By: RuleSimple},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setup := testSetup()
			setup.Group.Votes.Majority = tt.majority
			setup.Group.Votes.LivedExperienceMustAgree = tt.lived
			r := newRigWith(t, setup)
			r.do(allHere...)
			r.do("vote Shall we run the survey again in spring?")
			r.do(tt.lines...)
			r.do("vote close")
			d := r.lastDecision()
			if d.Vote == nil {
				t.Fatalf("the decision %+v has no vote", d)
			}
			got := *d.Vote
			if got.All != tt.all || got.Lived != tt.livedC || got.Staff != tt.staff {
				t.Errorf("counts: all %v, lived %v, staff %v; want %v, %v, %v", got.All, got.Lived, got.Staff, tt.all, tt.livedC, tt.staff)
			}
			if !slices.Equal(got.NotVoted, tt.notVoted) {
				t.Errorf("did not vote: %v; want %v", got.NotVoted, tt.notVoted)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict %+v; want %+v", got.Verdict, tt.verdict)
			}
			if got.Question != "Shall we run the survey again in spring?" || d.Item != 2 {
				t.Errorf("the decision is %q on item %d", got.Question, d.Item)
			}
			if r.state().OpenVote() != nil {
				t.Error("the vote is still open after vote close")
			}
		})
	}
}

// TestVoteRefusals: each line is refused with a reason, and changes
// nothing.
func TestVoteRefusals(t *testing.T) {
	member, guest := Actor{Person: "mair"}, Actor{Person: "gwen"}
	refusals(t, []refusal{
		{"no vote open", nil, ConsoleActor(), "for sian", "no vote is open; open one with: vote QUESTION"},
		{"a guest does not vote", voteOpen, ConsoleActor(), "for sian, gwen", "Gwen Morgan is a guest; guests do not vote"},
		{"someone not here", append([]string{"leave rhys"}, voteOpen...), ConsoleActor(), "for rhys", "Rhys Evans is not here"},
		{"a declared interest, with the reason", append([]string{"declare aled item 2: manages the respite service"}, voteOpen...),
			ConsoleActor(), "for sian, aled", "Aled Price declared an interest in this item (manages the respite service), so is not taking part in its decisions: their vote is not counted"},
		{"the same vote twice", append(slices.Clone(voteOpen), "for sian"), ConsoleActor(), "for sian", "Siân Davies's vote is already recorded as for"},
		{"a name twice", voteOpen, ConsoleActor(), "for sian, mair, Siân Davies", "Siân Davies is named twice"},
		{"an unknown name", voteOpen, ConsoleActor(), "for sian, nobody", `no one called "nobody"`},
		{"the laptop has no vote of its own", voteOpen, ConsoleActor(), "for", "for needs a name here"},
		{"one vote at a time", voteOpen, ConsoleActor(), "vote Another question?", "vote 1 (Shall we run the survey again?) is open; one vote or ballot at a time"},
		{"no election during a vote", voteOpen, ConsoleActor(), "elect chair: sian, mair", "is open; one vote or ballot at a time"},
		{"no moving on during a vote", voteOpen, ConsoleActor(), "next", "vote 1 (Shall we run the survey again?) is still open on this item; close it first with: vote close"},
		{"no other item during a vote", voteOpen, ConsoleActor(), "item 1", "still open on this item"},
		{"no ending during a vote", voteOpen, ConsoleActor(), "end", "still open on this item"},
		{"paused", append(slices.Clone(voteOpen), "break"), ConsoleActor(), "for sian", "the meeting is paused (break); type resume first"},
		{"paused, for a member", append(slices.Clone(voteOpen), "card rhys red"), member, "for", "the meeting is paused (red card); votes are taken when it resumes"},
		{"a member votes only for themselves", voteOpen, member, "for sian", "as a member you can vote only for yourself, not for Siân Davies"},
		{"a guest cannot record votes", voteOpen, guest, "for", "only the chair and the minute-taker, or members for themselves, can use for; you are taking part as an observer"},
		{"a member cannot open a vote", nil, member, "vote Is it?", "only the chair and the minute-taker can use vote"},
		{"a member cannot close a vote", voteOpen, member, "vote close", "only the chair and the minute-taker can use vote close"},
		{"close with none open", nil, ConsoleActor(), "vote close", "no vote is open"},
		{"for in a secret ballot", electionOpen, ConsoleActor(), "for sian", "the ballot for chair is secret"},
	})
}

// refusal is a line refused after a setup, with why.
type refusal struct {
	name  string
	setup []string // lines for the laptop; "mair> LINE" is Mair's own
	actor Actor
	line  string
	want  string
}

// refusals checks each line is refused with its reason and changes
// nothing, in a meeting where everyone is here (allHere).
func refusals(t *testing.T, tests []refusal) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(allHere...)
			for _, l := range tt.setup {
				if who, line, ok := strings.Cut(l, "> "); ok {
					if _, err := r.live.Do(Actor{Person: who}, line); err != nil {
						t.Fatalf("%s: %q: %v", who, line, err)
					}
					continue
				}
				r.do(l)
			}
			r.as(tt.actor, tt.line, tt.want)
		})
	}
}

// A member gives their own vote on their screen, and changes it until
// the vote closes; the chair and minute-taker see it counted.
func TestAMemberVotesForThemselves(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("leave mair", "arrive mair remote", "vote Shall we run the survey again?")
	mair := Actor{Person: "mair"}
	res, err := r.live.Do(mair, "for")
	if err != nil {
		t.Fatal(err)
	}
	said := strings.Join(res.Lines, "\n")
	for _, want := range []string{"Mair Jones: for.", "Your vote: for. You can change it until the vote closes"} {
		if !strings.Contains(said, want) {
			t.Errorf("Mair is not told %q:\n%s", want, said)
		}
	}
	if strings.Contains(said, "So far") {
		t.Errorf("a member is told the running count:\n%s", said)
	}
	res, err = r.live.Do(mair, "vote against")
	if err != nil {
		t.Fatal(err)
	}
	if said := strings.Join(res.Lines, "\n"); !strings.Contains(said, "Mair Jones: against (was for).") {
		t.Errorf("the change is not said:\n%s", said)
	}
	// Each recorded vote is its own event, with who recorded it.
	var casts []Event
	for _, e := range meetingtest.Events[Event](t, r.rec) {
		if e.Type == EvVoteCast {
			casts = append(casts, e)
		}
	}
	if len(casts) != 2 || casts[0].By != "mair" || casts[1].Choice != ChoiceAgainst {
		t.Errorf("the votes recorded: %+v", casts)
	}
	out := r.do("for sian, rhys")
	if said := strings.Join(out, "\n"); !strings.Contains(said, "So far: 2 for, 1 against, 0 abstained (lived experience: 2 for, 1 against, 0 abstained; staff: 0 for, 0 against, 0 abstained).") ||
		!strings.Contains(said, "Not voted yet: Dafydd ap Gwilym, Aled Price, Claire Thomas and Tom Hughes.") {
		t.Errorf("the laptop is not told the running count:\n%s", said)
	}
	r.do("vote close")
	if v := r.lastDecision().Vote; v.All != (Counts{2, 1, 0}) {
		t.Errorf("counted %v", v.All)
	}
}

// TestProvisionalVotes: a vote is provisional under the same rules as any
// decision, and says why.
func TestProvisionalVotes(t *testing.T) {
	tests := []struct {
		name        string
		arrive      []string
		provisional bool
		reason      string
	}{
		{"quorate and balanced", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom"}, false, ""},
		{"one short of quorum", []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire"}, true, "1 more person needed for quorum"},
		{"not balanced", []string{"arrive sian", "arrive dafydd", "arrive aled", "arrive claire", "arrive tom", "arrive rhys", "declare rhys item 1: a relative works there"},
			true, "not balanced: 3 staff to 2 lived experience"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(tt.arrive...)
			r.do("vote Is it agreed?", "for sian", "vote close")
			d := r.lastDecision()
			if d.Provisional != tt.provisional || !strings.Contains(d.Reason, tt.reason) {
				t.Errorf("provisional %v (%q); want %v (%q)", d.Provisional, d.Reason, tt.provisional, tt.reason)
			}
		})
	}
	// And it says so.
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "vote Is it agreed?", "for sian")
	out := strings.Join(r.do("vote close"), "\n")
	for _, want := range []string{
		"Decision 1 recorded as PROVISIONAL (4 more people needed for quorum; 1 more lived-experience member needed): Is it agreed? Vote: carried, 1 for, 0 against, 0 abstained.",
		"Carried: 1 for, 0 against, 0 abstained.",
		"By kind: lived experience 1 for, 0 against, 0 abstained; staff 0 for, 0 against, 0 abstained.",
		"Present and did not vote: Aled Price.",
		"Carried by a simple majority (more for than against; abstentions do not count).",
		"At the decision: 2 present",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the result lacks %q:\n%s", want, out)
		}
	}
}

// TestVotesReplay: a meeting with votes and an election replays from its
// journal to the same state, results and all.
func TestVotesReplay(t *testing.T) {
	r := newRig(t)
	r.do(allHere...)
	r.do("leave rhys", "arrive rhys remote", "declare tom item 2: chairs the provider",
		"vote Run the survey again?", "for sian, mair", "against aled", "abstain claire", "vote close",
		"vote Write to the board?", "against sian", "for sian", "vote close",
		"elect chair: sian, mair", "tally sian 3", "tally mair 2")
	if _, err := r.live.Do(Actor{Person: "rhys"}, "ballot sian"); err != nil {
		t.Fatal(err)
	}
	r.do("elect close")
	live := r.state()
	replayed, err := Replay(testSetup(), meetingtest.Events[Event](t, r.rec))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"votes", replayed.Votes, live.Votes},
		{"elections", replayed.Elections, live.Elections},
		{"decisions", replayed.Decisions, live.Decisions},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("the %s replay differently:\n got %+v\nwant %+v", f.name, f.got, f.want)
		}
	}
	if b := live.Decisions[2].Election; b == nil || b.Elected != "sian" || b.Votes("sian") != 4 || b.Votes("mair") != 2 {
		t.Errorf("the election's result: %+v", b)
	}
}
