package tui

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// voteRoom is a quorate, balanced room on item 4, Rhys and Claire joining
// remotely, Siân in the chair and Dafydd taking the minutes.
func voteRoom(r *rig) {
	r.do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john",
		"arrive aled", "arrive claire remote", "arrive tom", "arrive priya",
		"apologies bethan", "chair sian", "minutes dafydd", "item 4")
}

// voteRigs are the laptop, Rhys (a member joining remotely) and a guest,
// on one meeting.
func voteRigs(t *testing.T) (laptop, rhys, guest *rig) {
	t.Helper()
	live, clock, rec := newLive(t)
	laptop = rigOn(t, clock, rec, Config{Live: live, Actor: meeting.ConsoleActor()})
	cfg := Config{Live: live}
	remote(meeting.Actor{Person: "rhys"}, "")(&cfg)
	rhys = rigOn(t, clock, rec, cfg)
	cfg = Config{Live: live}
	remote(meeting.Actor{}, "Guest 3")(&cfg)
	guest = rigOn(t, clock, rec, cfg)
	voteRoom(laptop)
	laptop.keys("enter")
	rhys.sync()
	guest.sync()
	return laptop, rhys, guest
}

// syncAll gives every screen the newest snapshot.
func syncAll(rs ...*rig) {
	for _, r := range rs {
		r.sync()
	}
}

func TestGoldenVoteOpen(t *testing.T) {
	laptop, rhys, guest := voteRigs(t)
	laptop.do("vote Shall we fund weekend respite?", "for sian, mair", "against tom", "abstain john")
	syncAll(rhys, guest)
	laptop.contains("── Vote", "So far: 2 for, 1 against, 1 abstained", "Not voted yet:")
	laptop.golden("vote-open-chair", 80, 24)
	laptop.golden("vote-open-chair", 120, 40)
	rhys.contains("You have not voted", "+ for · - against · 0 abstain")
	rhys.lacks("So far")
	rhys.golden("vote-open-member", 80, 24)
	rhys.golden("vote-open-member", 120, 40)
	guest.contains("Guests do not vote.")
	guest.lacks("So far", "+ for", "0 abstain")
	guest.golden("vote-open-guest", 80, 24)
	guest.golden("vote-open-guest", 120, 40)
}

func TestGoldenVoteClosed(t *testing.T) {
	laptop, _, _ := voteRigs(t)
	laptop.do("vote Shall we fund weekend respite?", "for sian, mair, rhys, claire", "against tom, aled", "vote close")
	laptop.contains("── Result", "Carried: 4 for, 2 against, 0 abstained.", "By kind:", "Present and did not vote:", "Carried by a simple majority")
	laptop.golden("vote-closed", 80, 24)
	laptop.golden("vote-closed", 120, 40)
	laptop.do("next")
	laptop.lacks("── Result")
}

func TestGoldenBallotByNumber(t *testing.T) {
	laptop, rhys, _ := voteRigs(t)
	laptop.do("elect chair: sian, mair, dafydd")
	rhys.sync()
	rhys.contains("── Secret ballot", "1  Siân Davies", "2  Mair Jones", "3  Dafydd ap Gwilym", "1-3 ")
	rhys.golden("ballot-open-member", 80, 24)
	rhys.golden("ballot-open-member", 120, 40)
	laptop.lacks("1  Siân Davies") // the laptop is in the room: no numbers
	rhys.keys("2", "y")
	rhys.contains("Your ballot is in; it is secret.")
	rhys.lacks("1  Siân Davies", "1-3 ")
	rhys.golden("ballot-voted-member", 80, 24)
	rhys.golden("ballot-voted-member", 120, 40)
}

// A member's + records their own vote for at once, and - changes it.
func TestMemberVotesWithKeys(t *testing.T) {
	laptop, rhys, _ := voteRigs(t)
	laptop.do("vote Shall we fund weekend respite?")
	rhys.sync()
	rhys.keys("+")
	v := rhys.live.Snapshot(meeting.ConsoleActor()).State.OpenVote()
	if c, ok := v.ChoiceOf("rhys"); !ok || c != meeting.ChoiceFor {
		t.Fatalf("after +: %v %v", c, ok)
	}
	rhys.contains("Your vote: for.")
	rhys.keys("-")
	v = rhys.live.Snapshot(meeting.ConsoleActor()).State.OpenVote()
	if c, _ := v.ChoiceOf("rhys"); c != meeting.ChoiceAgainst || len(v.Casts) != 2 {
		t.Fatalf("after -: %v, %d casts", c, len(v.Casts))
	}
	rhys.contains("Your vote: against.")
	rhys.keys("0")
	if c, _ := rhys.live.Snapshot(meeting.ConsoleActor()).State.OpenVote().ChoiceOf("rhys"); c != meeting.ChoiceAbstain {
		t.Fatalf("after 0: %v", c)
	}
	if rhys.m.cmd.open {
		t.Error("a member's vote key opened the command line")
	}
}

// On the laptop, + - and 0 open the command line for the names of those
// voting in the room, and record nothing by themselves.
func TestLaptopVoteKeysOpenTheLine(t *testing.T) {
	laptop, _, _ := voteRigs(t)
	laptop.do("vote Shall we fund weekend respite?")
	for k, want := range map[string]string{"+": "for ", "-": "against ", "0": "abstain "} {
		events := laptop.state().Events
		laptop.keys(k)
		if !laptop.m.cmd.open || laptop.m.cmd.value() != want {
			t.Errorf("%s: open %v, %q", k, laptop.m.cmd.open, laptop.m.cmd.value())
		}
		if laptop.state().Events != events {
			t.Errorf("%s recorded something", k)
		}
		laptop.keys("esc", "ctrl+u")
	}
	laptop.keys("+", "sian, ma", "tab", "enter")
	if c, ok := laptop.state().OpenVote().ChoiceOf("mair"); !ok || c != meeting.ChoiceFor {
		t.Errorf("+ sian, mair: %v %v\n%s", c, ok, laptop.screen())
	}
}

// A guest's vote and number keys do nothing, and record nothing.
func TestGuestVoteKeysDoNothing(t *testing.T) {
	laptop, _, guest := voteRigs(t)
	laptop.do("vote Shall we fund weekend respite?")
	guest.sync()
	events := laptop.state().Events
	guest.keys("+", "-", "0", "1")
	if laptop.state().Events != events || guest.m.cmd.open || guest.m.ask.open {
		t.Errorf("a guest's keys did something:\n%s", guest.screen())
	}
	laptop.do("vote close", "elect chair: sian, mair")
	guest.sync()
	events = laptop.state().Events
	guest.keys("1", "y")
	if laptop.state().Events != events || guest.m.ask.open {
		t.Errorf("a guest's number did something:\n%s", guest.screen())
	}
}

// A number asks "Vote for NAME?"; n changes nothing; y sends the ballot
// for that candidate, which is then kept nowhere on the screen; the
// numbers are off after.
func TestBallotByNumber(t *testing.T) {
	laptop, rhys, _ := voteRigs(t)
	laptop.do("elect chair: sian, mair")
	rhys.sync()
	rhys.keys("2")
	rhys.contains("Vote for Mair Jones?")
	rhys.keys("n")
	if el := laptop.state().OpenElection(); len(el.Voted) != 0 {
		t.Fatalf("n gave a ballot: %v", el.Voted)
	}
	rhys.contains("Nothing was changed.")
	rhys.keys("9") // no ninth candidate
	if rhys.m.ask.open {
		t.Fatal("9 asked about a candidate that is not there")
	}
	rhys.keys("2", "y")
	if el := laptop.state().OpenElection(); len(el.Voted) != 1 || el.Voted[0] != "rhys" {
		t.Fatalf("y gave no ballot: %v", el.Voted)
	}
	laptop.do("elect close")
	if d := laptop.state().Decisions; d[len(d)-1].Election.Votes("mair") != 1 {
		t.Errorf("the ballot was not for the second candidate: %+v", d[len(d)-1].Election)
	}
	for _, h := range rhys.m.cmd.history {
		if strings.Contains(h, "ballot") {
			t.Errorf("the history keeps a ballot: %q", rhys.m.cmd.history)
		}
	}
	if rhys.m.keys.Ballot.Enabled() {
		t.Error("the numbers are still on after voting")
	}
}

// A ballot typed on the command line is not kept in its history, nor in a
// draft.
func TestATypedBallotIsNotKept(t *testing.T) {
	laptop, rhys, _ := voteRigs(t)
	laptop.do("elect chair: sian, mair")
	rhys.sync()
	rhys.keys(":", "ballot si")
	if d := rhys.m.draft(); d.Line != "" {
		t.Errorf("the draft keeps %q", d.Line)
	}
	rhys.keys("enter", ":", "up")
	if got := rhys.m.cmd.value(); got != "" {
		t.Errorf("↑ brings back %q", got)
	}
	if len(laptop.state().OpenElection().Voted) != 1 {
		t.Error("the typed ballot was not given")
	}
}

// Typed, end goes through the same flow as e: what is left undone, the
// reflection, and a last question; the meeting has not ended yet.
func TestTypedEndGoesThroughTheEndFlow(t *testing.T) {
	for _, typed := range []func(r *rig){
		func(r *rig) { r.keys(":", "end", "enter") },
		func(r *rig) { r.send(key1(":end")); r.keys("enter") },
	} {
		r := newRig(t)
		arriveAll(r)
		r.keys("enter")
		typed(r)
		if r.m.end.step != endReflect || !r.state().Ended.IsZero() {
			t.Fatalf("end typed: step %v, ended %v\n%s", r.m.end.step, r.state().Ended, r.screen())
		}
		r.contains("Closing reflection")
		r.keys("tab", "y")
		if r.state().Ended.IsZero() {
			t.Fatalf("the end flow did not end the meeting\n%s", r.screen())
		}
	}
}

// Tab completes the commands of votes: names of those present and
// counted after for, against and abstain (the last after a comma), the
// candidates after ballot and tally, close after vote, the role after
// elect and then its candidates.
func TestCompletionOfVotes(t *testing.T) {
	r := newRig(t)
	voteRoom(r)
	r.do("elect chair: sian, mair")
	st := r.state()
	texts := func(c completion) []string {
		var out []string
		for _, it := range c.items {
			out = append(out, c.base+it.text)
		}
		return out
	}
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"for ma", []string{"for mair"}},
		{"against sian, ma", []string{"against sian, mair"}},
		{"abstain sian,ma", []string{"abstain sian, mair"}},
		{"for sha", nil}, // a guest does not vote
		{"for ni", nil},  // not here
		{"ballot ", []string{"ballot sian", "ballot mair"}},
		{"ballot gw", nil}, // not a candidate
		{"tally m", []string{"tally mair "}},
		{"vote cl", []string{"vote close"}},
		{"elect ", []string{"elect chair: ", "elect minutes: ", "elect close"}},
		{"elect chair: sian, daf", []string{"elect chair: sian, dafydd"}},
		{"elect minutes:joh", []string{"elect minutes: john"}},
	} {
		if got := texts(complete(tc.line, st, meeting.RoleChair, nil)); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q completes to %q, want %q", tc.line, got, tc.want)
		}
	}
}
